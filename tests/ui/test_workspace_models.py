"""The trip workspace's tables as a user meets them: meetings, itinerary and contacts.

The Nanshan example gets two more meetings here: a briefing in Shenzhen before departure (so
the trip has meetings in two zones, and one at 18:00 local that comes before others at 10:00
and 14:00) and a cancelled dinner in Frankfurt.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QInputMethodEvent, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QHeaderView, QWidget
from pytestqt.qtbot import QtBot

from planner import editing, queries, store, trips
from planner.editing.registry import editor_for
from planner.records import MeetingRecord
from tests.conftest import JIANGSU, NANSHAN
from tests.ui.palettes import PALETTES
from ui.colours import TEXT_RATIO, contrast
from ui.models.contacts import OrganizationsModel, PeopleModel
from ui.models.itinerary import ItineraryModel
from ui.models.meetings import MeetingFilterProxy, MeetingTableModel
from ui.views.contacts_panel import ContactsPanel
from ui.views.itinerary_panel import ItineraryPanel
from ui.views.meetings_panel import MeetingsPanel

FRANKFURT_SESSION = "Nanshan–Frankfurt cooperation session"
BRIEFING = "Pre-departure briefing"
DINNER = "Dinner with the Frankfurt business community"
EXTRA_MEETINGS = [
    {
        "key": "briefing",
        "title": BRIEFING,
        "kind": "briefing",
        "stop": "szx",
        "start": "2024-06-15T18:00",
        "end": "2024-06-15T19:00",
        "status": "confirmed",
        "venue": {"name": "Nanshan District Government, Room 101"},
        "host": "nanshan-gov",
        "attendees": ["li-head", "wong"],
    },
    {
        "key": "dinner",
        "title": DINNER,
        "kind": "banquet",
        "stop": "fra",
        "start": "2024-06-16T19:00",
        "end": "2024-06-16T21:00",
        "status": "cancelled",
        "venue": {"name": "Restaurant Römer"},
        "attendees": ["li-head", "bruder"],
    },
]


@dataclass
class Office:
    store: store.Store
    nanshan: str
    jiangsu: str

    def load(self, panel: Any, trip: str) -> None:
        with self.store.session() as session:
            panel.load(session, trip)


@pytest.fixture(autouse=True)
def _english_dates() -> Iterator[None]:
    """Day names as the assertions spell them, whatever the machine's language."""
    from PySide6.QtCore import QLocale

    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def office(tmp_path: Path, empty_store_file: Path) -> Iterator[Office]:
    document = json.loads(NANSHAN.read_text(encoding="utf-8"))
    document["meetings"].extend(EXTRA_MEETINGS)
    nanshan_plus = tmp_path / "nanshan-plus.trip.json"
    nanshan_plus.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    with store.open_store(empty_store_file) as st:
        with st.transaction() as session:
            nanshan = trips.import_trip(session, nanshan_plus).uuid
            jiangsu = trips.import_trip(session, JIANGSU).uuid
        yield Office(st, nanshan, jiangsu)


def show(qtbot: QtBot, panel: QWidget) -> None:
    qtbot.addWidget(panel)
    panel.resize(1300, 500)
    panel.show()
    qtbot.waitExposed(panel)


@pytest.fixture
def meetings(qtbot: QtBot, office: Office) -> MeetingsPanel:
    panel = MeetingsPanel()
    show(qtbot, panel)
    office.load(panel, office.nanshan)
    return panel


def titles(panel: MeetingsPanel) -> list[str]:
    proxy = panel.proxy
    return [proxy.index(row, MeetingTableModel.TITLE).data() for row in range(proxy.rowCount())]


def click_header(qtbot: QtBot, header: QHeaderView, section: int) -> None:
    x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2)
    )


def type_german(widget: QWidget, text: str) -> None:
    """Key presses as a German keyboard sends them: ``ö`` is one key with its own code
    (``qtbot.keyClicks`` only knows ASCII)."""
    for char in text:
        key = Qt.Key(ord(char.upper()))
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, key, char, Qt.KeyboardModifier.NoModifier)


def cell(panel: MeetingsPanel, title: str, column: int, role: int = 0) -> Any:
    row = next(r for r in range(panel.model.rowCount()) if panel.model.row_at(r).title == title)
    return panel.model.index(row, column).data(role)


# --- every model keeps Qt's model contract -------------------------------------------------


@pytest.mark.parametrize("trip", ["nanshan", "jiangsu"])
def test_every_workspace_model_follows_the_qt_model_contract(
    office: Office, qtmodeltester: Any, trip: str
) -> None:
    trip_uuid = getattr(office, trip)
    with office.store.session() as session:
        home = queries.home_timezone(session, trip_uuid)
        meeting_rows = queries.meeting_rows(session, trip_uuid)
        itinerary_rows = queries.itinerary_rows(session, trip_uuid)
        contacts = queries.contact_rows(session, trip_uuid)
    meetings = MeetingTableModel(home)
    meetings.reload(meeting_rows)
    proxy = MeetingFilterProxy()
    proxy.setSourceModel(meetings)
    proxy.set_show_cancelled(False)
    proxy.sort(MeetingTableModel.START)
    itinerary = ItineraryModel(home)
    itinerary.reload(itinerary_rows)
    people = PeopleModel()
    people.reload(contacts.people)
    organizations = OrganizationsModel()
    organizations.reload(contacts.organizations)

    for model in (meetings, proxy, itinerary, people, organizations):
        qtmodeltester.check(model)
        assert model.rowCount() > 0
    for model, rows in ((meetings, meeting_rows), (itinerary, itinerary_rows)):
        for i, row in enumerate(rows):
            assert model.row_of(row.uuid) == i
            assert model.uuid_at(i) == row.uuid
            assert model.index(i, 0).data(model.UuidRole) == row.uuid
    assert meetings.row_of("no such uuid") == -1


# --- meetings -------------------------------------------------------------------------------


def test_a_meeting_shows_local_time_at_its_stop_and_home_time_as_tooltip(
    meetings: MeetingsPanel,
) -> None:
    tooltip = Qt.ItemDataRole.ToolTipRole
    assert cell(meetings, FRANKFURT_SESSION, MeetingTableModel.DAY) == "Mon 17 Jun"
    assert cell(meetings, FRANKFURT_SESSION, MeetingTableModel.START) == "14:00"
    assert cell(meetings, FRANKFURT_SESSION, MeetingTableModel.END) == "17:30"
    start_tip = cell(meetings, FRANKFURT_SESSION, MeetingTableModel.START, tooltip)
    assert start_tip.splitlines() == [
        "Mon 17 Jun 2024 14:00 Europe/Berlin (UTC+02:00)",
        "Mon 17 Jun 2024 20:00 at home (Asia/Shanghai)",
    ]
    end_tip = cell(meetings, FRANKFURT_SESSION, MeetingTableModel.END, tooltip)
    assert "23:30 at home (Asia/Shanghai)" in end_tip
    # At home there is nothing to convert: the tooltip gives the zone only.
    assert cell(meetings, BRIEFING, MeetingTableModel.START) == "18:00"
    assert cell(meetings, BRIEFING, MeetingTableModel.START, tooltip) == (
        "Sat 15 Jun 2024 18:00 Asia/Shanghai (UTC+08:00)"
    )
    assert cell(meetings, FRANKFURT_SESSION, MeetingTableModel.ATTENDEES) == 3
    assert cell(meetings, FRANKFURT_SESSION, MeetingTableModel.ATTENDEES, tooltip).splitlines() == [
        "Li Wei (李伟)",
        "Wong",
        "Chen Jing (陈静)",
    ]
    assert cell(meetings, FRANKFURT_SESSION, MeetingTableModel.KIND) == "Conference"
    assert cell(meetings, FRANKFURT_SESSION, MeetingTableModel.VENUE, tooltip) == (
        "Deutsche Bank Park (Eintracht Frankfurt)\nHost: Eintracht Frankfurt"
    )


@pytest.mark.parametrize("palette", ["light", "dark"])
def test_a_cancelled_meeting_is_struck_through_and_grey(
    meetings: MeetingsPanel, qapp: QApplication, palette: str
) -> None:
    before, shown = qapp.palette(), PALETTES[palette]()
    qapp.setPalette(shown)
    try:
        font = cell(meetings, DINNER, MeetingTableModel.TITLE, Qt.ItemDataRole.FontRole)
        assert font.strikeOut()
        assert cell(meetings, DINNER, MeetingTableModel.STATUS) == "Cancelled"
        grey = cell(meetings, DINNER, MeetingTableModel.TITLE, Qt.ItemDataRole.ForegroundRole)
        assert cell(meetings, BRIEFING, MeetingTableModel.TITLE, Qt.ItemDataRole.FontRole) is None
        # Grey, yet readable on both row colours (Fusion's disabled grey was 1.86:1).
        assert grey != shown.color(QPalette.ColorRole.Text)
        for row in (QPalette.ColorRole.Base, QPalette.ColorRole.AlternateBase):
            assert contrast(grey, shown.color(row)) >= TEXT_RATIO
    finally:
        qapp.setPalette(before)


def test_clicking_the_start_header_sorts_by_instant_across_zones(
    meetings: MeetingsPanel, qtbot: QtBot
) -> None:
    header = meetings.table.horizontalHeader()
    by_instant = [
        BRIEFING,  # Sat 18:00 in Shenzhen
        DINNER,  # Sun 19:00 in Frankfurt
        FRANKFURT_SESSION,  # Mon 14:00
        "Site visit and talks at trinamiX",  # Tue 10:00
        "Signing of cooperation memorandum with Innovation Lab Heidelberg",  # Tue 15:30
        "Memorandum signing with Siemens Healthineers",  # Wed 14:00
        "Meeting with Ledvance management",  # Fri 10:00
    ]
    assert titles(meetings) == by_instant  # the panel opens sorted by start

    click_header(qtbot, header, MeetingTableModel.TITLE)
    assert titles(meetings) == sorted(by_instant, key=str.casefold)

    click_header(qtbot, header, MeetingTableModel.START)
    assert header.sortIndicatorSection() == MeetingTableModel.START
    assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    assert titles(meetings) == by_instant
    # Sorting the text of the Start column would put 10:00 first and 18:00 last.
    starts = [meetings.proxy.index(r, MeetingTableModel.START).data() for r in range(7)]
    assert starts == ["18:00", "19:00", "14:00", "10:00", "15:30", "14:00", "10:00"]

    click_header(qtbot, header, MeetingTableModel.START)
    assert titles(meetings) == by_instant[::-1]


def test_typing_in_the_search_box_narrows_by_title_venue_and_people(
    meetings: MeetingsPanel, qtbot: QtBot
) -> None:
    qtbot.keyClicks(meetings.search, "signing")
    assert titles(meetings) == [
        "Signing of cooperation memorandum with Innovation Lab Heidelberg",
        "Memorandum signing with Siemens Healthineers",
    ]
    assert meetings.count_label.text() == "Meetings: 2 of 7"

    meetings.search.clear()
    qtbot.keyClicks(meetings.search, "SCHAFER")  # an attendee: Jürgen Schäfer
    assert titles(meetings) == ["Signing of cooperation memorandum with Innovation Lab Heidelberg"]

    meetings.search.clear()
    type_german(meetings.search, "Römer")  # a venue
    assert titles(meetings) == [DINNER]

    meetings.search.clear()
    qtbot.keyClicks(meetings.search, "wong signing")  # every word must match
    assert titles(meetings) == ["Memorandum signing with Siemens Healthineers"]

    # Chinese arrives from the input method as committed text, not as key presses.
    meetings.search.clear()
    meetings.search.setFocus()
    typed = QInputMethodEvent()
    typed.setCommitString("陈静")
    QApplication.sendEvent(meetings.search, typed)
    assert meetings.search.text() == "陈静"
    assert len(titles(meetings)) == 5  # the meetings Chen Jing (陈静) interprets at

    meetings.search.clear()
    assert len(titles(meetings)) == 7
    assert meetings.count_label.text() == "Meetings: 7"


def test_choosing_a_person_shows_their_meetings_and_cancelled_ones_can_be_hidden(
    meetings: MeetingsPanel, qtbot: QtBot
) -> None:
    combo = meetings.person_filter
    assert combo.itemText(0) == "Anyone"
    assert "Ingmar Bruder" in [combo.itemText(i) for i in range(combo.count())]

    combo.setFocus()
    qtbot.keyClicks(combo, "Ingmar")
    assert combo.currentText() == "Ingmar Bruder"
    assert titles(meetings) == [DINNER, "Site visit and talks at trinamiX"]

    qtbot.mouseClick(meetings.show_cancelled, Qt.MouseButton.LeftButton)
    assert not meetings.show_cancelled.isChecked()
    assert titles(meetings) == ["Site visit and talks at trinamiX"]

    # Asking for cancelled meetings shows them even with "show cancelled" off.
    meetings.status_filter.setFocus()
    qtbot.keyClicks(meetings.status_filter, "Can")
    assert meetings.status_filter.currentData() == "cancelled"
    assert titles(meetings) == [DINNER]


def test_stop_day_and_kind_filters_combine(meetings: MeetingsPanel, qtbot: QtBot) -> None:
    stops = [meetings.stop_filter.itemText(i) for i in range(meetings.stop_filter.count())]
    assert stops == ["All stops", "Shenzhen", "Frankfurt am Main", "Nuremberg", "Munich"]
    days = [meetings.day_filter.itemText(i) for i in range(meetings.day_filter.count())]
    assert days[:3] == ["All days", "Sat 15 Jun", "Sun 16 Jun"]

    meetings.stop_filter.setFocus()
    qtbot.keyClicks(meetings.stop_filter, "Frankfurt")
    assert len(titles(meetings)) == 4
    meetings.day_filter.setFocus()
    qtbot.keyClicks(meetings.day_filter, "Tue")
    assert titles(meetings) == [
        "Site visit and talks at trinamiX",
        "Signing of cooperation memorandum with Innovation Lab Heidelberg",
    ]
    meetings.kind_filter.setFocus()
    qtbot.keyClicks(meetings.kind_filter, "Signing")
    assert titles(meetings) == ["Signing of cooperation memorandum with Innovation Lab Heidelberg"]

    meetings.clear_filters()
    assert len(titles(meetings)) == 7


def test_a_reload_keeps_the_selection_and_the_filters(
    meetings: MeetingsPanel, office: Office, qtbot: QtBot
) -> None:
    uuid = meetings.model.uuid_at(meetings.model.row_of(_uuid_of(meetings, FRANKFURT_SESSION)))
    with qtbot.waitSignal(meetings.selection_changed) as selected:
        assert meetings.select_uuid(uuid)
    assert selected.args == [uuid]
    qtbot.keyClicks(meetings.search, "frankfurt")

    with office.store.transaction() as session:
        record = editor_for(MeetingRecord).read(session, uuid)
        editing.update(session, uuid, _renamed(record, "Nanshan–Frankfurt investment forum"))
    with qtbot.assertNotEmitted(meetings.selection_changed):
        office.load(meetings, office.nanshan)

    assert meetings.selected_uuid() == uuid
    assert meetings.search.text() == "frankfurt"
    assert "Nanshan–Frankfurt investment forum" in titles(meetings)

    with office.store.transaction() as session:
        editor_for(MeetingRecord).remove(session, uuid)
    with qtbot.waitSignal(meetings.selection_changed) as gone:
        office.load(meetings, office.nanshan)
    assert gone.args == [""]
    assert meetings.selected_uuid() is None


def test_another_trip_starts_without_filters(
    meetings: MeetingsPanel, office: Office, qtbot: QtBot
) -> None:
    qtbot.keyClicks(meetings.search, "signing")
    office.load(meetings, office.jiangsu)
    assert meetings.search.text() == ""
    assert titles(meetings) == [
        "Opening of the Jiangsu-Germany Dialogue 2022",
        "Signing: memorandum of cooperation with Commerzbank",
    ]
    # All of this trip happens at home: times are Changzhou's.
    assert cell(meetings, titles(meetings)[0], MeetingTableModel.START) == "15:00"


def test_a_filter_that_hides_a_meeting_is_cleared_to_select_it(
    meetings: MeetingsPanel, qtbot: QtBot
) -> None:
    qtbot.keyClicks(meetings.search, "ledvance")
    assert meetings.select_uuid(_uuid_of(meetings, BRIEFING))
    assert meetings.search.text() == ""
    assert meetings.selected_uuid() == _uuid_of(meetings, BRIEFING)


def test_double_click_or_enter_activates_a_meeting(meetings: MeetingsPanel, qtbot: QtBot) -> None:
    table = meetings.table
    index = table.index_of(_uuid_of(meetings, FRANKFURT_SESSION))
    centre = table.visualRect(index).center()
    with qtbot.waitSignal(meetings.activated) as clicked:
        # A double-click is a click and then a double-click event, as a mouse sends it.
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert clicked.args == [_uuid_of(meetings, FRANKFURT_SESSION)]

    meetings.select_uuid(_uuid_of(meetings, DINNER))
    table.setFocus()
    with qtbot.waitSignal(meetings.activated) as entered:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert entered.args == [_uuid_of(meetings, DINNER)]


# --- itinerary and contacts -----------------------------------------------------------------


def test_the_itinerary_shows_stops_and_transfers_in_local_time(
    qtbot: QtBot, office: Office
) -> None:
    panel = ItineraryPanel()
    show(qtbot, panel)
    office.load(panel, office.nanshan)
    model = panel.model

    def shown(row: int) -> list[str]:
        return [model.index(row, c).data() for c in range(model.columnCount())]

    assert shown(0) == ["Shenzhen", "", "Sat 15 Jun 23:55", "Asia/Shanghai", ""]
    assert shown(1) == [
        "Flight EX 123 Shenzhen → Frankfurt am Main",
        "Sat 15 Jun 23:55",
        "Sun 16 Jun 06:40",
        "Asia/Shanghai → Europe/Berlin",
        "",
    ]
    assert shown(2) == [
        "Frankfurt am Main",
        "Sun 16 Jun 06:40",
        "Wed 19 Jun 09:20",
        "Europe/Berlin",
        "Hotel am Main (example)",
    ]
    arrival_tip = model.index(1, ItineraryModel.END).data(Qt.ItemDataRole.ToolTipRole)
    assert arrival_tip.splitlines() == [
        "Arrival in Frankfurt am Main",
        "Sun 16 Jun 2024 06:40 Europe/Berlin (UTC+02:00)",
        "Sun 16 Jun 2024 12:40 at home (Asia/Shanghai)",
    ]
    assert model.index(1, 0).data(ItineraryModel.KindRole) == "transfer"
    assert panel.kind_of(model.uuid_at(2)) == "stop"

    assert panel.select_uuid(model.uuid_at(2))
    with qtbot.assertNotEmitted(panel.selection_changed):
        office.load(panel, office.nanshan)
    assert panel.selected_uuid() == model.uuid_at(2)


def test_contacts_search_both_tables_in_any_script(qtbot: QtBot, office: Office) -> None:
    panel = ContactsPanel()
    show(qtbot, panel)
    office.load(panel, office.jiangsu)
    people, organizations = panel.people_table, panel.organizations_table
    assert panel.tabs.tabText(0) == "People (7)"
    assert panel.tabs.tabText(1) == "Organizations (7)"
    assert people.model().index(0, PeopleModel.ROLE).data() == "Head of delegation"
    assert organizations.model().index(2, OrganizationsModel.KIND).data() == "Government"

    qtbot.keyClicks(panel.search, "commerz")
    assert [people.model().index(r, 0).data() for r in range(people.model().rowCount())] == [
        "Anna Becker"
    ]
    assert organizations.model().rowCount() == 1
    assert panel.tabs.tabText(0) == "People (1)"

    panel.search.clear()
    panel.search.insert("常州")  # as an input method commits it
    assert organizations.model().rowCount() == 2
    assert people.model().rowCount() == 0

    consulate = next(o.uuid for o in panel.organizations_model.rows() if "Consulate" in o.name)
    assert panel.kind_of(consulate) == "organization"
    with qtbot.waitSignal(panel.selection_changed) as selected:
        assert panel.select_uuid(consulate)
    assert selected.args == [consulate]
    assert panel.search.text() == ""  # the search hid it
    assert panel.table is organizations
    assert panel.selected_uuid() == consulate


def test_contacts_keep_the_trip_order_until_a_header_is_clicked(
    qtbot: QtBot, office: Office
) -> None:
    panel = ContactsPanel()
    show(qtbot, panel)
    office.load(panel, office.jiangsu)
    model = panel.people_table.model()

    def names() -> list[str]:
        return [model.index(r, 0).data() for r in range(model.rowCount())]

    assert names()[:3] == ["Sheng Lei", "Liang Yi", "Xu Ning"]  # by precedence
    click_header(qtbot, panel.people_table.horizontalHeader(), PeopleModel.NAME)
    assert names() == sorted(names(), key=str.casefold)
    assert names()[0] == "Anna Becker"


def _uuid_of(panel: MeetingsPanel, title: str) -> str:
    return next(r.uuid for r in panel.model.rows() if r.title == title)


def _renamed(record: MeetingRecord, title: str) -> MeetingRecord:
    from dataclasses import replace

    return replace(record, title=title)


@pytest.mark.parametrize(
    ("home", "said"), [("Asia/Shanghai", "国内时间"), ("Europe/Berlin", "中欧时间")]
)
def test_chinese_calls_the_home_time_domestic_only_for_a_home_in_china(
    qapp: QApplication, home: str, said: str
) -> None:
    """国内时间 is China's time: an office in Berlin read in Chinese gets its zone's name."""
    import datetime as dt

    from ui import i18n
    from ui.models import timetext

    i18n.install("zh_CN")
    try:
        start = dt.datetime(2024, 6, 17, 12, tzinfo=dt.UTC)
        there, at_home = timetext.when_tooltip(start, "America/New_York", home).splitlines()
        assert at_home.startswith(f"{said} "), at_home
        assert "/" not in at_home and "国内时间" not in there
    finally:
        i18n.install("en")
