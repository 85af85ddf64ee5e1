"""File ▸ Import Calendar: events of an .ics file into the open trip, after a preview.

The preview is :func:`planner.calendar_ics.plan_import`: one line per event saying whether it
is added, updates a meeting, or is skipped and why; choosing a stop puts every event there and
plans again. Import applies exactly that plan in one transaction (all or nothing). A file that
cannot be read is refused with the place named, before the preview opens.

A reply to an invitation (METHOD:REPLY, :mod:`planner.calendar_ics.replies`) previews the
answers it sets instead, one line per attendee; an .eml message is read for the calendar it
carries (:mod:`planner.calendar_ics.mail`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from planner import calendar_ics
from planner.calendar_ics import CalendarSource, ImportPlan
from planner.calendar_ics.replies import SET, ReplyPlan
from planner.errors import PlannerError
from planner.store import Store
from ui.background import Cancelled, run_and_wait
from ui.colours import show_as_error
from ui.i18n import QT_TRANSLATE_NOOP

ICS_FILTER = QT_TRANSLATE_NOOP(
    "CalendarImportDialog",
    "Calendar files (*.ics *.ical *.ifb);;E-mail with a calendar (*.eml);;All files (*)",
)
AnyPlan = ImportPlan | ReplyPlan


def _tr(text: str) -> str:
    return QCoreApplication.translate("CalendarImportDialog", text)


class CalendarImportDialog(QDialog):
    def __init__(
        self,
        store: Store,
        source: CalendarSource,
        *,
        data: bytes,
        name: str,
        plan: AnyPlan,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import Calendar: {name}").format(name=name))
        self.store, self.source, self.data, self.name = store, source, data, name
        self.plan = plan
        self.stop = QComboBox(self)
        self.stop.setObjectName("stop")
        self.stop.addItem(self.tr("The stop whose dates and city fit each event"), None)
        for stop in source.stops:
            self.stop.addItem(stop.city, stop.uuid)
        self.preview = QPlainTextEdit(self)
        self.preview.setObjectName("preview")
        self.preview.setReadOnly(True)
        self.preview.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.preview.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.summary = QLabel(self)
        self.summary.setObjectName("summary")
        self.problem = QLabel(self)
        self.problem.setObjectName("problem")
        show_as_error(self.problem)
        self.problem.setWordWrap(True)
        self.problem.setVisible(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Import"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if not isinstance(plan, ReplyPlan):  # a reply's answers go to their meetings
            form = QFormLayout()
            form.addRow(self.tr("Put events at:"), self.stop)
            layout.addLayout(form)
        else:
            self.stop.setVisible(False)
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Set Answers"))
        layout.addWidget(self.preview)
        layout.addWidget(self.summary)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.resize(900, 420)
        self.stop.currentIndexChanged.connect(lambda _index: self._replan())
        self._show(plan)

    def _replan(self) -> None:
        stop_uuid = self.stop.currentData()
        store, trip_uuid, data, name = self.store, self.source.uuid, self.data, self.name

        def work() -> ImportPlan:
            with store.session() as session:
                return calendar_ics.plan_import(session, trip_uuid, data, name, stop_uuid=stop_uuid)

        try:
            plan = run_and_wait(self, work, self.tr("Reading {file}…").format(file=name))
        except PlannerError as exc:
            self.problem.setText(str(exc))
            self.problem.setVisible(True)
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
            return
        self.problem.setVisible(False)
        self._show(plan)

    def _show(self, plan: AnyPlan) -> None:
        self.plan = plan
        self.preview.setPlainText("\n".join(a.describe() for a in plan.actions))
        if isinstance(plan, ReplyPlan):
            count = plan.count(SET)
            self.summary.setText(self.tr("%n answer(s) to set", "", count))
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(count > 0)
            return
        changes = plan.count("add") + plan.count("update")
        self.summary.setText(
            self.tr("{add} to add, {update} to update, {skip} to skip").format(
                add=plan.count("add"), update=plan.count("update"), skip=plan.count("skip")
            )
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(changes > 0)

    @classmethod
    def choose(cls, parent: QWidget | None, store: Store, trip_uuid: str) -> AnyPlan | None:
        """Choose a file and preview what importing it does; the plan to apply, or None."""
        title = QCoreApplication.translate("CalendarImportDialog", "Cannot import the calendar")
        name, _ = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("CalendarImportDialog", "Import Calendar"),
            "",
            _tr(ICS_FILTER),
        )
        if not name:
            return None
        path = Path(name)

        def work() -> tuple[bytes, CalendarSource, AnyPlan]:
            from planner.calendar_ics import mail, replies  # noqa: PLC0415 - as the module

            data = path.read_bytes()
            if mail.is_mail(path.name):
                data = mail.calendar_of_mail(data, path.name)
            with store.session() as session:
                source = calendar_ics.read_source(session, trip_uuid)
                if replies.is_reply(data):
                    return data, source, replies.plan_replies(session, trip_uuid, data, path.name)
                return data, source, calendar_ics.plan_import(session, trip_uuid, data, path.name)

        label = QCoreApplication.translate("CalendarImportDialog", "Reading {file}…")
        try:
            data, source, plan = run_and_wait(
                parent, work, label.format(file=path.name), cancellable=True
            )
        except Cancelled:
            return None
        except OSError as exc:
            QMessageBox.warning(parent, title, f"{path}: {exc.strerror or exc}")
            return None
        except PlannerError as exc:
            QMessageBox.warning(parent, title, str(exc))
            return None
        dialog = cls(store, source, data=data, name=path.name, plan=plan, parent=parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.plan
        finally:
            dialog.deleteLater()

    @classmethod
    def ask(cls, parent: QWidget | None, store: Store, trip_uuid: str) -> bool:
        """Choose, preview and import at once (without undo); True if anything changed. The
        window uses :meth:`choose` and applies the plan as an undoable command instead."""
        plan = cls.choose(parent, store, trip_uuid)
        if plan is None:
            return False
        try:
            with store.transaction() as session:
                apply_plan(session, plan)
        except PlannerError as exc:
            QMessageBox.warning(
                parent,
                QCoreApplication.translate("CalendarImportDialog", "Cannot import the calendar"),
                str(exc),
            )
            return False
        return changes(plan) > 0


def apply_plan(session: Session, plan: AnyPlan) -> None:
    """Make the plan the dialog showed: events imported, or a reply's answers set."""
    if isinstance(plan, ReplyPlan):
        from planner.calendar_ics import replies  # noqa: PLC0415 - with the plan

        replies.apply_replies(session, plan)
    else:
        calendar_ics.apply_import(session, plan)


def changes(plan: AnyPlan) -> int:
    """How many events or answers the plan changes."""
    if isinstance(plan, ReplyPlan):
        return plan.count(SET)
    return plan.count("add") + plan.count("update")
