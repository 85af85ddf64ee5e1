"""A person's or an organization's page: who they are, and the office's history with them.

A person's page shows their details (the phone formatted for reading) with the meetings they
attended and the trips they were part of; an organization's page shows its people and its
meetings; both newest first, as :mod:`planner.directory.pages` reads them. The page holds plain
values only and is read again whenever the directory reloads.

Signals: ``meeting_activated(trip_uuid, meeting_uuid)`` and ``trip_activated(trip_uuid)``
(double-click or Enter on a line; the directory window brings the main window to it) and
``person_activated(uuid)`` (a person of an organization's page).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner import localtime, phones
from planner.directory.pages import MeetingLine, OrganizationPage, PersonPage
from ui.models import timetext, vocab_text

_UUID = Qt.ItemDataRole.UserRole
_TRIP = Qt.ItemDataRole.UserRole + 1


class DirectoryPage(QWidget):
    """The page beside the directory's tables (see the module docstring)."""

    meeting_activated = Signal(str, str)
    trip_activated = Signal(str)
    person_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("directoryPage")
        self.setMinimumWidth(340)
        self.page: PersonPage | OrganizationPage | None = None
        self.title = QLabel(self)
        self.title.setObjectName("pageTitle")
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = QLabel(self)
        self.subtitle.setObjectName("pageSubtitle")
        self.subtitle.setWordWrap(True)
        self.subtitle.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.empty = QLabel(self)
        self.empty.setObjectName("pageEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setEnabled(False)

        self.details = QFormLayout()
        self.details.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.details.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._labels: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        for key in (
            "native_name", "organization", "kind", "city", "country", "sector", "website",
            "email", "phone", "languages", "notes",
        ):  # fmt: skip
            label = QLabel(self)
            value = QLabel(self)
            value.setObjectName(f"value_{key}")
            value.setWordWrap(True)
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            self.details.addRow(label, value)
            self._labels[key], self.values[key] = label, value

        self.meetings = self._tree("pageMeetings", 3, stretch=1)
        self.trips = self._tree("pageTrips", 3, stretch=0)
        self.people = self._tree("pagePeople", 2, stretch=1)
        self.meetings_box = self._box("meetingsBox", self.meetings)
        self.trips_box = self._box("tripsBox", self.trips)
        self.people_box = self._box("peopleBox", self.people)
        self.meetings.itemActivated.connect(self._meeting)
        self.trips.itemActivated.connect(self._trip)
        self.people.itemActivated.connect(self._person)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addLayout(self.details)
        layout.addWidget(self.people_box, 1)
        layout.addWidget(self.meetings_box, 2)
        layout.addWidget(self.trips_box, 1)
        layout.addWidget(self.empty, 1)
        self.retranslate()
        self.show_page(None)

    def retranslate(self) -> None:
        for key, text in (
            ("native_name", self.tr("Native name:")),
            ("organization", self.tr("Organization:")),
            ("kind", self.tr("Kind:")),
            ("city", self.tr("City:")),
            ("country", self.tr("Country:")),
            ("sector", self.tr("Sector:")),
            ("website", self.tr("Website:")),
            ("email", self.tr("E-mail:")),
            ("phone", self.tr("Phone:")),
            ("languages", self.tr("Languages:")),
            ("notes", self.tr("Notes:")),
        ):
            self._labels[key].setText(text)
        self.meetings.setHeaderLabels([self.tr("When"), self.tr("Meeting"), self.tr("City")])
        self.trips.setHeaderLabels([self.tr("Trip"), self.tr("First day"), self.tr("Role")])
        self.people.setHeaderLabels([self.tr("Name"), self.tr("Position")])
        self.empty.setText(self.tr("Select a person or an organization to see their page."))
        self.show_page(self.page)

    # -- showing

    def show_page(self, page: PersonPage | OrganizationPage | None) -> None:
        self.page = page
        for tree in (self.meetings, self.trips, self.people):
            tree.clear()
        shown: set[str] = set()
        if isinstance(page, PersonPage):
            shown = self._show_person(page)
        elif isinstance(page, OrganizationPage):
            shown = self._show_organization(page)
        else:
            self.title.clear()
            self.subtitle.clear()
        for key, value in self.values.items():
            visible = key in shown and bool(value.text())
            self._labels[key].setVisible(visible)
            value.setVisible(visible)
        self.title.setVisible(page is not None)
        self.subtitle.setVisible(bool(self.subtitle.text()))
        self.empty.setVisible(page is None)
        self.meetings_box.setVisible(page is not None)
        self.trips_box.setVisible(isinstance(page, PersonPage))
        self.people_box.setVisible(isinstance(page, OrganizationPage))
        for tree in (self.meetings, self.trips, self.people):
            for column in range(tree.columnCount()):
                if tree.header().sectionResizeMode(column) != QHeaderView.ResizeMode.Stretch:
                    tree.resizeColumnToContents(column)

    def _show_person(self, page: PersonPage) -> set[str]:
        entry = page.entry
        self.title.setText(
            f"{entry.honorific} {entry.display_name}" if entry.honorific else entry.display_name
        )
        self.subtitle.setText(entry.position or "")
        self._set("native_name", entry.native_name)
        self._set("organization", entry.organization_name)
        self._set("country", entry.country)
        self._set("email", entry.email)
        self._set("phone", phones.formatted(entry.phone))
        self._set("languages", ", ".join(entry.languages))
        self._set("notes", page.notes)
        self._fill_meetings(page.meetings)
        roles = vocab_text.delegation_roles()
        for trip in page.trips:
            item = QTreeWidgetItem(
                [
                    trip.title,
                    timetext.full_day_text(trip.first_day) if trip.first_day else "",
                    vocab_text.word(roles, trip.role),
                ]
            )
            item.setData(0, _UUID, trip.uuid)
            item.setToolTip(0, trip.title)
            self.trips.addTopLevelItem(item)
        self.meetings_box.setTitle(self.tr("Meetings attended ({count})").format(
            count=len(page.meetings)
        ))  # fmt: skip
        self.trips_box.setTitle(self.tr("Trips ({count})").format(count=len(page.trips)))
        return {"native_name", "organization", "country", "email", "phone", "languages", "notes"}

    def _show_organization(self, page: OrganizationPage) -> set[str]:
        entry = page.entry
        self.title.setText(entry.name)
        self.subtitle.clear()
        self._set("native_name", entry.native_name)
        self._set("kind", vocab_text.word(vocab_text.organization_kinds(), entry.kind))
        self._set("city", entry.city)
        self._set("country", entry.country)
        self._set("sector", entry.sector)
        self._set("website", entry.website)
        self._set("notes", page.notes)
        for person in page.people:
            item = QTreeWidgetItem([person.display_name, person.position or ""])
            item.setData(0, _UUID, person.uuid)
            self.people.addTopLevelItem(item)
        self._fill_meetings(page.meetings)
        self.people_box.setTitle(self.tr("People ({count})").format(count=len(page.people)))
        self.meetings_box.setTitle(self.tr("Meetings ({count})").format(count=len(page.meetings)))
        return {"native_name", "kind", "city", "country", "sector", "website", "notes"}

    def _fill_meetings(self, meetings: tuple[MeetingLine, ...]) -> None:
        for meeting in meetings:
            local = timetext.full_day_text(localtime.local_date(meeting.start, meeting.timezone))
            when = f"{local} {timetext.clock_text(meeting.start, meeting.timezone)}"
            item = QTreeWidgetItem([when, meeting.title, meeting.city])
            item.setData(0, _UUID, meeting.uuid)
            item.setData(0, _TRIP, meeting.trip_uuid)
            # The trip is in the tooltips (and in the list of trips below): the page is narrow.
            trip = self.tr("Trip: {title}").format(title=meeting.trip_title)
            item.setToolTip(0, timetext.when_tooltip(meeting.start, meeting.timezone, None))
            item.setToolTip(1, f"{meeting.title}\n{trip}")
            item.setToolTip(2, trip)
            self.meetings.addTopLevelItem(item)

    def _set(self, key: str, text: str | None) -> None:
        self.values[key].setText(text or "")

    # -- building

    def _tree(self, name: str, columns: int, *, stretch: int) -> QTreeWidget:
        tree = QTreeWidget(self)
        tree.setObjectName(name)
        tree.setColumnCount(columns)
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        tree.setRootIsDecorated(False)
        tree.setUniformRowHeights(True)
        tree.setAlternatingRowColors(True)
        tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        return tree

    def _box(self, name: str, tree: QTreeWidget) -> QGroupBox:
        box = QGroupBox(self)
        box.setObjectName(name)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(tree)
        return box

    # -- activation

    def _meeting(self, item: QTreeWidgetItem) -> None:
        self.meeting_activated.emit(str(item.data(0, _TRIP)), str(item.data(0, _UUID)))

    def _trip(self, item: QTreeWidgetItem) -> None:
        self.trip_activated.emit(str(item.data(0, _UUID)))

    def _person(self, item: QTreeWidgetItem) -> None:
        self.person_activated.emit(str(item.data(0, _UUID)))
