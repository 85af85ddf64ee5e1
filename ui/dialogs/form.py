"""What every record editor shares: fields named like the record, messages at the fields, and
an OK button that is only enabled while the record would be accepted, with the reason beside it.

A problem shows as a warning sign beside its field, in room kept for it, so nothing moves while
the user types (:func:`ui.widgets.messages.field_mark`); its words are the field's tooltip and
accessible description (a screen reader is alerted), and the reason line beside the buttons says
why OK is unavailable, reachable with Tab since a disabled button is not.

A viewer (a read-only store) opens the same editors read-only (:meth:`RecordDialog.run` with
a reason): every field keeps its text readable and selectable but takes no change, and the only
button is Close.

The rules live in :func:`planner.editing.validate`; an editor only adds what the core cannot
know (a time that does not exist, a typed name that is no choice). Each input widget's
``objectName`` is the record field it fills, which is also the key ``validate`` reports a
problem under, so a problem finds its field without a table to keep in step.
"""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from planner import editing
from planner.protocol import branches
from planner.protocol import editing as protocol_editing
from planner.records import Record, TripContext, cleaned
from ui import i18n
from ui.field_names import field_name
from ui.spoken_text import spoken
from ui.widgets import screen_fit
from ui.widgets.local_time_edit import LocalTimeEdit
from ui.widgets.messages import (
    ElidedLine,
    describe,
    field_mark,
    message_label,
    set_tooltip,
    show_mark,
    show_message,
)

# Keys that only move about or leave; any other would change a combo box or a check box.
_MOVING_KEYS = frozenset(
    {
        Qt.Key.Key_Tab,
        Qt.Key.Key_Backtab,
        Qt.Key.Key_Escape,
        Qt.Key.Key_Return,
        Qt.Key.Key_Enter,
        Qt.Key.Key_Left,
        Qt.Key.Key_Right,
    }
)
# A list moves its current row with these, and scrolls with the wheel; only Space ticks.
_LIST_KEYS = _MOVING_KEYS | {
    Qt.Key.Key_Up,
    Qt.Key.Key_Down,
    Qt.Key.Key_PageUp,
    Qt.Key.Key_PageDown,
    Qt.Key.Key_Home,
    Qt.Key.Key_End,
}
_CHANGING_EVENTS = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.Wheel,
    }
)

R = TypeVar("R", bound=Record | protocol_editing.ProtocolRecord | branches.BranchVenueRecord)
W = TypeVar("W", bound=QWidget)


class RecordDialog(QDialog, Generic[R]):
    """An editor of one record. Subclasses build their fields and implement :meth:`draft`.

    ``record()`` is what the user entered, blank optional texts as None; ``ask()`` runs the
    dialog and is the one call the window makes (tests monkeypatch it).
    """

    def __init__(
        self, context: TripContext | None, record: R | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.fields: dict[str, QWidget] = {}
        self.messages: dict[str, QLabel] = {}  # the warning sign beside each field
        self._labels: dict[str, str] = {}  # a field's label as read, for the reason line
        self._help: dict[str, str] = {}  # a field's own tooltip, shown while it has no problem
        self.read_only_note = message_label("readOnlyNote", self)
        self.read_only_reason: str | None = None
        self._ready = False
        self._guard = _ChangeGuard(_MOVING_KEYS, self)
        self._list_guard = _ChangeGuard(_LIST_KEYS, self)

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        context: TripContext | None,
        record: R | None,
        *,
        read_only: str | None = None,
    ) -> R | None:
        """Let the user edit ``record`` (None: a new one); the result, or None if cancelled.
        With ``read_only`` (why the store may not be changed) it is only shown."""
        return cls(context, record, parent).run(read_only)

    def run(self, read_only: str | None = None) -> R | None:
        """Show the dialog until it is closed: the record entered, or None if cancelled or
        shown read-only (``read_only`` says why; see :meth:`make_read_only`)."""
        if read_only is not None:
            self.make_read_only(read_only)
        try:
            accepted = self.exec() == QDialog.DialogCode.Accepted
            return self.record() if accepted and self.read_only_reason is None else None
        finally:
            self.deleteLater()

    def make_read_only(self, reason: str) -> None:
        """Let the user read every field but change none, and close with one button.

        Texts, numbers and times stay enabled and read-only (greyed-out text is hard to read
        and cannot be selected and copied); combo and check boxes, which have no read-only
        state, keep their look and ignore clicks, the wheel and keys that would change them;
        buttons inside a field (they add or remove) are off.
        """
        self.read_only_reason = reason
        for widget in self.findChildren(QWidget):
            if widget.parent() is self.buttons or widget is self.buttons:
                continue
            _freeze(widget, self._guard, self._list_guard)
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)
        close = self.close_button()
        close.setDefault(True)
        close.setAutoDefault(True)
        self.setWindowTitle(self.tr("{title} (read-only)").format(title=self.windowTitle()))
        show_message(
            self.read_only_note,
            self.tr("Read-only: {reason}. You can look at everything but change nothing.").format(
                reason=reason
            ),
        )
        if self._ready:
            self.refresh()

    def close_button(self) -> QPushButton:
        """The one button of a read-only editor."""
        return self.buttons.button(QDialogButtonBox.StandardButton.Close)

    def showEvent(self, event: Any) -> None:  # noqa: N802
        if not event.spontaneous():
            screen_fit.fit_dialog(self)
        super().showEvent(event)
        if self.read_only_reason is not None:
            # Enter or Escape closes; no field takes the focus as if it could be typed in.
            self.close_button().setFocus(Qt.FocusReason.OtherFocusReason)
            return
        # Typing starts in the first field: on Cancel typed letters vanished and Space closed.
        first = self.first_field()
        if first is not None:
            first.setFocus(Qt.FocusReason.TabFocusReason)

    def first_field(self) -> QWidget | None:
        """The control the keyboard starts in: the first field that takes focus."""
        for widget in self.fields.values():
            target = widget.focusProxy() or widget
            if target.isEnabled() and target.focusPolicy() & Qt.FocusPolicy.TabFocus:
                return target
        return None

    # -- what subclasses provide

    def draft(self) -> R:
        """The record as entered, with a skipped wall time moved on so the rest can be checked."""
        raise NotImplementedError

    def extra_problems(self) -> dict[str, str]:
        """Problems only the editor can see (besides widgets' own ``error()``)."""
        return {}

    # -- results

    def record(self) -> R:
        """The record entered; raises :class:`~planner.localtime.TimeError` for a time that
        does not exist (the OK button is disabled then, so ``ask`` never returns one)."""
        for widget in self.fields.values():
            if isinstance(widget, LocalTimeEdit) and widget.isEnabled():
                widget.instant()
        return cleaned(self.draft())

    def problems(self) -> dict[str, str]:
        """Every problem by record field name; empty when the record can be saved."""
        found = dict(self.extra_problems())
        for name, widget in self.fields.items():
            error = getattr(widget, "error", None)
            message = error() if callable(error) and widget.isEnabled() else None
            if message:
                found.setdefault(name, message)
        for name, message in _validate(cleaned(self.draft())).items():
            found.setdefault(name, message)
        return found

    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def accept(self) -> None:
        if self.read_only_reason is None and not self.problems():
            super().accept()

    # -- building

    def add_field(self, form: QFormLayout, label: str | QWidget, name: str, widget: W) -> W:
        """Add ``widget`` as the input for the record field ``name``, with ``label`` (a text
        with an & mnemonic, or a widget such as a check box) and a warning sign beside it."""
        widget.setObjectName(name)
        mark = field_mark(f"{name}_message", self)
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        # The box is no taller than its field, so a fixed-height field stays under its label
        # instead of floating in the middle of spare room.
        row.setSizeConstraint(QLayout.SizeConstraint.SetMinAndMaxSize)
        row.addWidget(widget, 1)
        row.addWidget(mark, 0, Qt.AlignmentFlag.AlignTop)
        target = widget.focusProxy() or widget
        if isinstance(label, str):
            label = QLabel(label, self)
            # A label only focuses a buddy that takes focus itself, not one that forwards it.
            label.setBuddy(target)
        said = spoken(label.text()) if isinstance(label, QLabel | QAbstractButton) else ""
        # The box between label and field hides the buddy from Qt's accessible name lookup.
        if said and not target.accessibleName():
            target.setAccessibleName(said)
        # A field of several controls (a filter above a list of choices): the list is the
        # field's too, and a screen reader says whose list it is.
        for view in widget.findChildren(QAbstractItemView):
            if said and not view.accessibleName():
                view.setAccessibleName(said)
        form.addRow(label, box)
        self.fields[name] = widget
        self.messages[name] = mark
        self._labels[name] = said or field_name(name)
        self._watch(widget)
        return widget

    def line_edit(self, text: str | None = None, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit(text or "", self)
        edit.setPlaceholderText(placeholder)
        return edit

    def code_edit(self, text: str | None, placeholder: str, length: int = 2) -> QLineEdit:
        """A code such as DE or DE-BY: letters are upper-cased as they are typed."""
        edit = self.line_edit(text, placeholder)
        if length:
            edit.setMaxLength(length)
        edit.textEdited.connect(lambda typed: _upper(edit, typed))
        return edit

    def text_edit(self, text: str | None = None, lines: int = 3) -> QPlainTextEdit:
        """A multi-line text in which Tab moves on, so the form stays usable from the keyboard."""
        edit = QPlainTextEdit(text or "", self)
        edit.setTabChangesFocus(True)
        height = edit.fontMetrics().lineSpacing() * lines + 12
        edit.setMinimumHeight(height)
        if lines <= 2:
            edit.setMaximumHeight(height)  # an address or a purpose need not grow with the form
        return edit

    def new_form(self, *, labels_above: bool = False) -> QFormLayout:
        """A form; ``labels_above`` for a narrow column of lists and notes."""
        form = QFormLayout()
        if labels_above:
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        return form

    def finish(self, body: QLayout) -> None:
        """Put ``body`` above the messages and buttons, and show the first problems."""
        # The form scrolls where the screen cannot hold it (200 %, a large font); made
        # before the buttons, so that moving the fields into it keeps them first for Tab.
        form = screen_fit.scrolling(body, self)
        # Made last, so that Tab reaches them after every field (Qt's focus chain follows
        # the order widgets are made in).
        self.reason = ElidedLine("problems", self)
        # A disabled OK cannot take the focus; the line that says why can.
        self.reason.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.reason.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.reason_mark = field_mark("problemsMark", self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.read_only_note)
        layout.addWidget(form, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.reason_mark)
        bottom.addWidget(self.reason, 1)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)
        self._help = {name: widget.toolTip() for name, widget in self.fields.items()}
        self._ready = True
        self.refresh()

    def refresh(self) -> None:
        """Show every problem at its field and enable OK only when there is none."""
        if not self._ready:
            return
        problems = self.problems()
        for name, mark in self.messages.items():
            widget = self.fields[name]
            message = problems.get(name)
            show_mark(mark, message)
            set_tooltip(widget, message or self._help.get(name))
            describe(widget, message, alert=True)
        self._show_reason(problems if self.read_only_reason is None else {})
        if self.read_only_reason is None and self.ok_button().isEnabled() == bool(problems):
            self.ok_button().setEnabled(not problems)

    def _show_reason(self, problems: dict[str, str]) -> None:
        """Say beside the buttons, on OK and to a screen reader why OK is unavailable."""
        words = ReasonWords()
        lines = [
            words.line(self._labels.get(name) or field_name(name), text)
            for name, text in problems.items()
        ]
        summary = words.summary(lines[0], len(lines) - 1) if lines else ""
        self.reason.set_full_text("\n".join([summary, *lines[1:]]) if lines else "")
        show_mark(self.reason_mark, "\n".join(lines) or None)
        self.reason.setHidden(not lines)
        ok = self.ok_button()
        if ok is not None:  # a read-only editor has only Close
            set_tooltip(ok, "\n".join(lines) or None)
            describe(ok, "\n".join(lines) or None, alert=False)

    def _watch(self, widget: QWidget) -> None:
        signals: list[Any] = []
        if hasattr(widget, "changed"):
            signals.append(widget.changed)
        elif isinstance(widget, QLineEdit | QPlainTextEdit):
            signals.append(widget.textChanged)
        elif isinstance(widget, QComboBox):
            signals += [widget.currentIndexChanged, widget.editTextChanged]
        elif isinstance(widget, QSpinBox):
            signals.append(widget.valueChanged)
        elif isinstance(widget, QCheckBox):
            signals.append(widget.toggled)
        for signal in signals:
            signal.connect(self.refresh)


class ReasonWords(QObject):
    """The words of the reason line, in a class of their own: ``self.tr`` in an editor would
    look them up under the editor's class name, and there are a dozen editors."""

    def line(self, field: str, problem: str) -> str:
        return self.tr("{field}: {problem}").format(field=field, problem=problem)

    def summary(self, first: str, more: int) -> str:
        if not more:
            return self.tr("Cannot save yet: {problem}").format(problem=first)
        return self.tr("Cannot save yet: {problem} (and %n more)", "", more).format(problem=first)


class _ChangeGuard(QObject):
    """Swallows the clicks, wheel turns and keys that would change a widget with no read-only
    state of its own (a combo box, a check box, a list of check boxes)."""

    def __init__(self, keys: frozenset[Qt.Key], parent: QObject) -> None:
        super().__init__(parent)
        self.keys = keys

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in _CHANGING_EVENTS:
            return not (event.type() == QEvent.Type.Wheel and self.keys is _LIST_KEYS)
        if event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            copying = event.modifiers() & Qt.KeyboardModifier.ControlModifier and event.key() in (
                Qt.Key.Key_C,
                Qt.Key.Key_A,
            )
            return not copying and Qt.Key(event.key()) not in self.keys
        return False


def _freeze(widget: QWidget, guard: _ChangeGuard, list_guard: _ChangeGuard) -> None:
    if isinstance(widget, QLineEdit):
        # A list's filter only narrows what is shown: a viewer may still use it.
        if widget.objectName() != "filter":
            widget.setReadOnly(True)
    elif isinstance(widget, QPlainTextEdit | QAbstractSpinBox):
        widget.setReadOnly(True)
    elif isinstance(widget, QComboBox | QCheckBox):
        widget.installEventFilter(guard)
    elif isinstance(widget, QAbstractButton):
        widget.setEnabled(False)
    elif isinstance(widget, QAbstractItemView):
        widget.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        widget.installEventFilter(list_guard)  # Space would tick
        widget.viewport().installEventFilter(list_guard)


def _validate(
    record: Record | protocol_editing.ProtocolRecord | branches.BranchVenueRecord,
) -> dict[str, str]:
    """The core's rules for a trip's record, a register's (agreement, follow-up, gift) or a
    hybrid meeting's branch venue."""
    if isinstance(record, branches.BranchVenueRecord):
        return branches.validate(record, i18n.check_language())
    if isinstance(record, protocol_editing.ProtocolRecord):
        return protocol_editing.validate(record, i18n.check_language())
    return editing.validate(record, i18n.check_language())


def _upper(edit: QLineEdit, typed: str) -> None:
    if typed != typed.upper():
        position = edit.cursorPosition()
        edit.setText(typed.upper())
        edit.setCursorPosition(position)
