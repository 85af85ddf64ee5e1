"""Adding someone to the delegation: from the trip's people, from the office's directory as
one types, or a new person.

With nothing typed the list offers the trip's people who are not yet in the delegation; typing
searches the whole directory the way the Directory window does (every folded word anywhere in
the name, organization, position or e-mail: "zhu" finds "Zhu Wei", "朱" finds "朱伟"), the
trip's people first. The directory is read off the GUI thread (20,000 people take over a
second) at the first keystroke, and again at the first after a reload; meanwhile the search
runs over what was read last (or the trip's people alone), so no keystroke waits for it.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from planner import vocab
from planner.directory import listing
from planner.directory.listing import PersonEntry
from ui.models import vocab_text
from ui.widgets.vocab_combo import VocabCombo

SHOWN = 100
"""At most this many people are offered: more is a sign to type on."""
UUID_ROLE = Qt.ItemDataRole.UserRole
NAME_ROLE = Qt.ItemDataRole.UserRole + 1


class MemberAdder(QWidget):
    """A search field over the candidates, their list, the role to give and the buttons.

    Signals: ``add_requested(str, str, str)`` a person's UUID, name and the role chosen;
    ``new_person_requested(str)`` the role for a person yet to be entered;
    ``directory_wanted()`` the directory should be read (and given to :meth:`set_directory`,
    or :meth:`directory_failed` said)."""

    add_requested = Signal(str, str, str)
    new_person_requested = Signal(str)
    directory_wanted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._directory: list[PersonEntry] = []
        self._index = listing.SearchIndex([])
        self._stale = True
        self._reading = False
        self._trip_people: list[PersonEntry] = []
        self._members: set[str] = set()

        self.search_label = QLabel(self)
        self.search = _SearchField(self)
        self.search.setObjectName("memberSearch")
        self.search.setClearButtonEnabled(True)
        self.search_label.setBuddy(self.search)
        self.candidates = QListWidget(self)
        self.candidates.setObjectName("memberCandidates")
        self.reading = QLabel(self)
        self.reading.setObjectName("readingDirectory")
        self.reading.hide()
        self.role_label = QLabel(self)
        self.role = VocabCombo(vocab.DELEGATION_ROLES, vocab_text.delegation_roles(), parent=self)
        self.role.setObjectName("newMemberRole")
        self.role.set_word("member")
        self.role_label.setBuddy(self.role)
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("addMember")
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("newMemberPerson")

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.search_label, 0, 0)
        grid.addWidget(self.search, 0, 1, 1, 3)
        grid.addWidget(self.candidates, 1, 1, 1, 3)
        grid.addWidget(self.reading, 3, 1, 1, 3)
        row = QHBoxLayout()
        row.addWidget(self.role)
        row.addStretch(1)
        row.addWidget(self.add_button)
        row.addWidget(self.new_button)
        grid.addWidget(self.role_label, 2, 0)
        grid.addLayout(row, 2, 1, 1, 3)
        grid.setColumnStretch(1, 1)

        self.search.textChanged.connect(lambda _text: self._fill())
        self.search.down_pressed.connect(self._enter_list)
        self.search.returnPressed.connect(self._add_current)
        self.candidates.itemActivated.connect(lambda _item: self._add_current())
        self.candidates.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.add_button.clicked.connect(self._add_current)
        self.new_button.clicked.connect(
            lambda: self.new_person_requested.emit(self.role.word() or "member")
        )
        self.retranslate()

    def show_trip(self, trip_people: Sequence[PersonEntry], members: set[str]) -> None:
        """Offer the trip's people (and, as one types, the directory) who are not in
        ``members`` (person UUIDs); the directory is read again at the next search."""
        self._trip_people = list(trip_people)
        self._members = set(members)
        self._stale = True
        self._fill()

    def set_directory(self, entries: Sequence[PersonEntry]) -> None:
        """The directory as read now: searched from the next keystroke, and at once."""
        self._directory = list(entries)
        self._index = listing.SearchIndex(self._directory)
        self._reading = False
        self._fill()

    def directory_failed(self) -> None:
        """The directory could not be read: the search goes on over what it has."""
        self._reading = False
        self._stale = True
        self._fill()

    def set_enabled(self, enabled: bool, reason: str = "") -> None:
        for widget in (self.search, self.candidates, self.role, self.add_button, self.new_button):
            widget.setEnabled(enabled)
            widget.setToolTip("" if enabled else reason)
        if enabled:
            self._update_buttons()

    def retranslate(self) -> None:
        self.search_label.setText(self.tr("Fi&nd:"))
        self.reading.setText(self.tr("Reading the directory…"))
        self.search.setPlaceholderText(self.tr("A name, organization or e-mail"))
        self.search.setAccessibleName(self.tr("Find a person to add to the delegation"))
        self.candidates.setAccessibleName(self.tr("People who can be added"))
        self.role_label.setText(self.tr("&Join as:"))
        self.role.setAccessibleName(self.tr("Role of the person added"))
        self.add_button.setText(self.tr("&Add to Delegation"))
        self.add_button.setAccessibleName(self.tr("Add the chosen person to the delegation"))
        self.new_button.setText(self.tr("Ne&w Person…"))
        self.new_button.setAccessibleName(self.tr("Enter a new person and add them"))
        for index, (word, reading) in enumerate(vocab_text.delegation_roles().items()):
            if self.role.itemData(index) == word:
                self.role.setItemText(index, reading)

    def offered(self) -> list[str]:
        """The names offered, in the list's order."""
        return [self.candidates.item(row).text() for row in range(self.candidates.count())]

    # -- private ---------------------------------------------------------------------------------

    def _fill(self) -> None:
        text = self.search.text().strip()
        in_trip = {entry.uuid for entry in self._trip_people}
        if not text:
            found = self._trip_people
        else:
            self._want_directory()
            # The trip's people first, then the directory's (who may not be read yet).
            found = [self._trip_people[i] for i in listing.matching(self._trip_people, text)]
            found += [
                self._directory[i]
                for i in self._index.matching(text)
                if self._directory[i].uuid not in in_trip
            ]
        self.reading.setVisible(self._reading and bool(text))
        self.candidates.clear()
        for entry in [e for e in found if e.uuid not in self._members][:SHOWN]:
            item = QListWidgetItem(_shown(entry))
            item.setData(UUID_ROLE, entry.uuid)
            item.setData(NAME_ROLE, entry.display_name)
            if entry.uuid in in_trip:
                item.setToolTip(
                    self.tr("{name} is one of this trip's people").format(name=entry.display_name)
                )
            self.candidates.addItem(item)
        if self.candidates.count():
            self.candidates.setCurrentRow(0)
        self._update_buttons()

    def _want_directory(self) -> None:
        if self._stale and not self._reading and self.search.isEnabled():
            self._stale, self._reading = False, True
            self.directory_wanted.emit()

    def _enter_list(self) -> None:
        if self.candidates.count():
            self.candidates.setFocus(Qt.FocusReason.TabFocusReason)

    def _add_current(self) -> None:
        item = self.candidates.currentItem()
        if item is None or not self.add_button.isEnabled():
            return
        self.add_requested.emit(
            str(item.data(UUID_ROLE)), str(item.data(NAME_ROLE)), self.role.word() or "member"
        )
        self.search.clear()
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)

    def _update_buttons(self) -> None:
        if self.search.isEnabled():
            self.add_button.setEnabled(self.candidates.currentItem() is not None)


def _shown(entry: PersonEntry) -> str:
    """A candidate as listed: the name, and where they work to tell two Li Weis apart."""
    where = entry.organization_name or entry.position
    return f"{entry.display_name} · {where}" if where else entry.display_name


class _SearchField(QLineEdit):
    """The search field; Down moves into the list of people found."""

    down_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Down:
            self.down_pressed.emit()
            event.accept()
            return
        super().keyPressEvent(event)
