"""The Protocol tab as a protocol officer uses it: ranking a side by dragging a name or by
Ctrl+Up/Down, undoing it, reading the seating plan and speaking order of a meeting; and the
hybrid meetings' marks in the schedule and the meetings table.

How the drag is driven: under ``QT_QPA_PLATFORM=offscreen`` (the suite's platform) Qt's
platform drag is a stub, so ``QDrag.exec`` returns at once and a drag started with the mouse
never drops. The test therefore does what the drag would deliver: it takes the dragged row's
``mimeData`` from the model exactly as ``QAbstractItemView.startDrag`` does and sends
``QDragEnterEvent``, ``QDragMoveEvent`` and ``QDropEvent`` to the list's viewport at the
drop point; Qt's item view then works out the drop row and hands the drop to the model
(``RankModel.dropMimeData``). Under a real window system (checked by hand with xvfb and
QTest mouse events on the window) the same drop takes Qt's internal-move path
(``QListView.dropEvent`` → ``RankModel.moveRows``); both end in the same ``order_requested``.
"""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from planner import store, trips
from planner.protocol import COUNTERPART, HOST
from planner.protocol.ranking import set_ranks, trip_sides
from planner.store import Store
from tests.conftest import JIANGSU, NANSHAN, needs_tool
from ui.colours import colours_for
from ui.main_window import MainWindow
from ui.views.meetings_panel import MeetingsPanel
from ui.views.protocol import ProtocolPanel
from ui.views.protocol.rank_list import RankList
from ui.views.schedule import ScheduleView
from ui.views.schedule.painting import hybrid_rect
from ui.workspace import Workspace

MOVE = Qt.DropAction.MoveAction
LEFT = Qt.MouseButton.LeftButton


@dataclass
class Shown:
    store: Store
    workspace: Workspace
    panel: ProtocolPanel
    trip_uuid: str

    def reload(self) -> None:
        with self.store.session() as session:
            self.panel.load(session, self.trip_uuid)

    def names(self, view: RankList) -> list[str]:
        model = view.rank_model()
        return [model.person_at(row).family_name for row in range(model.rowCount())]

    def stored_ranks(self, table: str) -> dict[str, int | None]:
        """Family name to rank as SQLite holds it, read beside the application."""
        conn = sqlite3.connect(self.store.path)
        try:
            if table == "person":  # a counterpart's rank in the trip (one trip is open)
                rows = conn.execute(
                    "SELECT p.family_name, t.precedence FROM trip_person t"
                    " JOIN person p ON p.id = t.person_id"
                ).fetchall()
            else:
                rows = conn.execute(
                    "SELECT p.family_name, d.precedence FROM delegation_member d"
                    " JOIN person p ON p.id = d.person_id"
                ).fetchall()
            return dict(rows)
        finally:
            conn.close()

    def speaking(self) -> list[str]:
        widget = self.panel.speaking
        return [widget.item(row).text() for row in range(widget.count())]

    def choose(self, title_start: str) -> None:
        combo = self.panel.meeting
        index = next(i for i in range(combo.count()) if title_start in combo.itemText(i))
        combo.setCurrentIndex(index)


def show(qtbot: QtBot, st: Store, path: Path) -> Shown:
    with st.transaction() as session:
        uuid = trips.import_trip(session, path).uuid
    workspace = Workspace(st)
    workspace.open_trip(uuid)
    panel = ProtocolPanel(workspace)
    qtbot.addWidget(panel)
    shown = Shown(st, workspace, panel, uuid)
    workspace.changed.connect(lambda _uuid: shown.reload())
    shown.reload()
    panel.resize(1400, 900)
    panel.show()
    qtbot.waitExposed(panel)
    return shown


@pytest.fixture
def jiangsu(qtbot: QtBot, empty_store_file: Path) -> Iterator[Shown]:
    with store.open_store(empty_store_file) as st:
        shown = show(qtbot, st, JIANGSU)
        yield shown
        shown.workspace.watcher.stop()  # no poll (of a colleague's change) after the panel


@pytest.fixture
def nanshan(qtbot: QtBot, empty_store_file: Path) -> Iterator[Shown]:
    with store.open_store(empty_store_file) as st:
        shown = show(qtbot, st, NANSHAN)
        yield shown
        shown.workspace.watcher.stop()  # no poll (of a colleague's change) after the panel


def drag_row(view: RankList, row: int, onto: int, *, below: bool = False) -> None:
    """Drag the name in ``row`` and drop it on the upper (or lower) edge of row ``onto``:
    the drop events a drag delivers to the viewport, with the data the drag carries."""
    model = view.rank_model()
    view.setCurrentIndex(model.index(row, 0))
    data = model.mimeData([model.index(row, 0)])
    rect = view.visualRect(model.index(onto, 0))
    point = QPointF(rect.center().x(), rect.bottom() - 1 if below else rect.top() + 1)
    viewport = view.viewport()
    enter = QDragEnterEvent(point.toPoint(), MOVE, data, LEFT, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted()
    move = QDragMoveEvent(point.toPoint(), MOVE, data, LEFT, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, move)
    assert move.isAccepted()
    drop = QDropEvent(point, MOVE, data, LEFT, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, drop)
    assert drop.isAccepted()


# -- precedence ----------------------------------------------------------------------------------


def test_dragging_a_counterpart_to_the_top_reranks_the_side_and_undo_restores_it(
    qtbot: QtBot, jiangsu: Shown
) -> None:
    view = jiangsu.panel.counterparts
    assert jiangsu.names(view) == ["Du", "Jacke", "Becker", "Hoffmann"]
    jiangsu.choose("Opening")
    assert jiangsu.speaking() == [
        "1.  Sheng Lei (盛蕾)",
        "2.  Du Chunguo (杜春国) (from Branch venue Frankfurt)",
        "3.  Liang Yi (梁一)",
        "4.  Michael Jacke (from Branch venue Frankfurt)",
        "5.  Anna Becker (from Branch venue Frankfurt)",
        "6.  Jens Hoffmann",
    ]
    before = jiangsu.stored_ranks("person")

    drag_row(view, 3, 0)  # Hoffmann (unranked) above Du
    qtbot.waitUntil(lambda: jiangsu.stored_ranks("person")["Hoffmann"] == 1)
    assert jiangsu.stored_ranks("person") | {"Sheng": None} == before | {
        "Hoffmann": 1,
        "Du": 2,
        "Jacke": 3,
        "Becker": 4,
        "Sheng": None,
    }
    assert jiangsu.names(view) == ["Hoffmann", "Du", "Jacke", "Becker"]
    assert view.selected_uuid() == view.rank_model().person_at(0).uuid  # still Hoffmann
    # The seating plan and speaking order follow: Hoffmann now heads the counterparts.
    assert jiangsu.speaking()[:4] == [
        "1.  Sheng Lei (盛蕾)",
        "2.  Jens Hoffmann",
        "3.  Liang Yi (梁一)",
        "4.  Du Chunguo (杜春国) (from Branch venue Frankfurt)",
    ]
    assert jiangsu.workspace.undo_stack.undoText() == "Reorder Counterparts"

    jiangsu.workspace.undo_stack.undo()
    assert jiangsu.stored_ranks("person") == before  # Hoffmann unranked again, not 4
    assert jiangsu.names(view) == ["Du", "Jacke", "Becker", "Hoffmann"]
    assert jiangsu.speaking()[1] == "2.  Du Chunguo (杜春国) (from Branch venue Frankfurt)"

    jiangsu.workspace.undo_stack.redo()
    assert jiangsu.names(view) == ["Hoffmann", "Du", "Jacke", "Becker"]


def test_dragging_a_name_down_and_onto_its_own_place(qtbot: QtBot, jiangsu: Shown) -> None:
    view = jiangsu.panel.delegation
    assert jiangsu.names(view) == ["Sheng", "Liang", "Xu"]
    drag_row(view, 0, 2, below=True)  # Sheng below Xu
    qtbot.waitUntil(lambda: jiangsu.workspace.undo_stack.count() == 1)
    assert jiangsu.names(view) == ["Liang", "Xu", "Sheng"]
    assert jiangsu.stored_ranks("delegation") == {"Liang": 1, "Xu": 2, "Sheng": 3}
    assert jiangsu.workspace.undo_stack.count() == 1
    jiangsu.workspace.undo_stack.undo()
    assert jiangsu.stored_ranks("delegation") == {"Sheng": 1, "Liang": 2, "Xu": 3}


def test_ctrl_down_and_ctrl_up_move_the_selected_person(qtbot: QtBot, nanshan: Shown) -> None:
    view = nanshan.panel.delegation
    # Nanshan ranks nobody: the list follows the rule (head, interpreter, staff), no numbers.
    assert nanshan.names(view) == ["Li", "Chen", "Wong"]
    assert nanshan.stored_ranks("delegation") == {"Chen": None, "Li": None, "Wong": None}
    view.setFocus()
    view.select_uuid(view.rank_model().person_at(1).uuid)  # Chen
    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: nanshan.stored_ranks("delegation")["Chen"] == 1)
    assert nanshan.names(view) == ["Chen", "Li", "Wong"]
    assert view.rank_model().data(view.rank_model().index(0, 0)).startswith("1   Chen Jing")

    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: nanshan.workspace.undo_stack.count() == 2)
    assert nanshan.names(view) == ["Li", "Chen", "Wong"]
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: nanshan.workspace.undo_stack.count() == 3)
    assert nanshan.names(view) == ["Li", "Wong", "Chen"]
    assert nanshan.stored_ranks("delegation") == {"Li": 1, "Wong": 2, "Chen": 3}
    # At the end of the list Ctrl+Down does nothing (and stacks nothing).
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    QApplication.processEvents()
    assert nanshan.workspace.undo_stack.count() == 3

    for _ in range(3):
        nanshan.workspace.undo_stack.undo()
    assert nanshan.stored_ranks("delegation") == {"Chen": None, "Li": None, "Wong": None}


# -- seating plan --------------------------------------------------------------------------------


def test_the_jiangsu_signing_is_laid_out_as_a_signing_with_commerzbank_in_frankfurt(
    jiangsu: Shown,
) -> None:
    panel = jiangsu.panel
    # The signing is the trip's first meeting held across a table: it is shown first, as a
    # signing ceremony.
    assert panel.meeting.currentText().endswith(
        "Signing: memorandum of cooperation with Commerzbank"
    )
    assert panel.plans.currentWidget() is panel.layout_scroll
    view = panel.layout_view
    assert view.accessibleName() == "Signing ceremony"
    # The mayor signs on the left as she faces the room (the drawing's right: she faces down
    # it), the flags between her and the guest's place; Commerzbank signs from Frankfurt.
    people = {p.attendee.family_name: (p, r) for p, r in view.boxes if p.attendee}
    sheng, becker, xu = people["Sheng"][1], people["Becker"][1], people["Xu"][1]
    assert becker.right() < sheng.left()
    assert xu.bottom() < sheng.top()  # her interpreter stands behind her
    assert view.accessibleDescription().splitlines() == [
        "Host side, Signatory, Sheng Lei (盛蕾), Changzhou Municipal People's Government",
        "Host side, Signing assistant, not yet assigned",
        "Host side, Interpreter, Xu Ning (徐宁), Changzhou Municipal People's Government",
        "Guest side, Signatory, Anna Becker, Commerzbank, at Branch venue Frankfurt",
    ]
    assert jiangsu.speaking() == [
        "1.  Sheng Lei (盛蕾)",
        "2.  Anna Becker (from Branch venue Frankfurt)",
    ]
    image = view.grab().toImage()
    assert image.width() >= sheng.right()
    # The signatory's box is filled in the hosts' colour.
    inside = image.pixelColor(int(sheng.left()) + 6, int(sheng.bottom()) - 6)
    assert inside.name() == colours_for(view.palette()).layout.host_fill.name()


def test_the_nanshan_signing_seats_the_guest_at_the_hosts_right(nanshan: Shown) -> None:
    panel = nanshan.panel
    # Only the meetings with people on both sides are offered; the first signing is shown.
    assert [panel.meeting.itemText(i).split(" · ", 1)[1] for i in range(panel.meeting.count())] == [
        "Site visit and talks at trinamiX",
        "Signing of cooperation memorandum with Innovation Lab Heidelberg",
    ]
    assert panel.meeting.currentIndex() == 1
    # Talks are drawn as the facing plan.
    nanshan.choose("trinamiX")
    assert panel.plans.currentWidget() is panel.plan_scroll
    assert panel.seating.row_names(HOST) == ["Ingmar Bruder"]
    nanshan.choose("Heidelberg")
    assert panel.plans.currentWidget() is panel.layout_scroll
    view = panel.layout_view
    rects = {p.attendee.family_name: r for p, r in view.boxes if p.attendee}
    # ILH hosts: Schäfer signs, Li Wei at his right (the drawing's left), level with him;
    # Chen Jing, the interpreter, stands behind Li Wei.
    assert rects["Li"].right() < rects["Schäfer"].left()
    assert rects["Li"].top() == rects["Schäfer"].top()
    assert rects["Chen"].bottom() < rects["Li"].top()
    assert nanshan.speaking() == ["1.  Jürgen Schäfer", "2.  Li Wei (李伟)"]


def test_the_layout_chooser_is_reached_by_keyboard_and_shows_cars_and_the_photo(
    qtbot: QtBot, nanshan: Shown
) -> None:
    panel = nanshan.panel
    assert panel.layout_label.buddy() is panel.layout_choice
    assert panel.layout_label.text() == "La&yout:"
    assert panel.layout_choice.accessibleName() == "Seating layout"
    panel.meeting.setFocus()
    qtbot.waitUntil(panel.meeting.hasFocus, timeout=2000)
    qtbot.keyClick(panel.meeting, Qt.Key.Key_Tab)
    qtbot.waitUntil(panel.layout_choice.hasFocus, timeout=2000)
    qtbot.keyClick(panel.layout_choice, Qt.Key.Key_Down)
    assert panel.layout_choice.currentText() == "Cars"
    view = panel.layout_view
    assert view.accessibleName() == "Seats in the cars"
    assert view.accessibleDescription().splitlines()[1:3] == [
        "Guest side, Rear right, Li Wei (李伟), Nanshan District Government of Shenzhen",
        "Host side, Rear left, Jürgen Schäfer, Innovation Lab Heidelberg",
    ]
    qtbot.keyClick(panel.layout_choice, Qt.Key.Key_Down)
    assert view.accessibleName() == "Group photo"
    first = view.accessibleDescription().splitlines()[0]
    assert first.startswith("Host side, ★ Head of side, Jürgen Schäfer")
    # Back to the meeting's own kind.
    qtbot.keyClick(panel.layout_choice, Qt.Key.Key_Home)
    assert view.accessibleName() == "Signing ceremony"


@needs_tool(shutil.which("pdftotext") is not None, "needs poppler-utils")
def test_place_cards_are_written_for_the_meeting_shown(
    qtbot: QtBot, jiangsu: Shown, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "cards.pdf"
    offered: list[str] = []

    def save(_parent: object, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
        offered.append(suggested)
        return str(target), "PDF (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save)
    button = jiangsu.panel.place_cards
    assert button.accessibleName() == "Write place cards"
    with qtbot.waitSignal(jiangsu.panel.place_cards_written, timeout=20000) as written:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert written.args == [str(target)]
    assert offered == ["Signing: memorandum of cooperation with Commerzbank.pdf"]
    pages = subprocess.run(
        ["pdftotext", str(target), "-"], capture_output=True, text=True, check=True
    ).stdout.split("\f")[:-1]
    # The two at the main venue, hosts first; Frankfurt signs on screen and gets no card.
    assert len(pages) == 2
    assert "Ms. Sheng Lei" in pages[0] and "盛蕾" in pages[0] and "Xu Ning" in pages[1]
    assert "Becker" not in "".join(pages)


# -- hybrid meetings -----------------------------------------------------------------------------


def test_the_schedule_marks_a_hybrid_meeting_with_frankfurt_time_in_its_tooltip(
    qtbot: QtBot, tmp_path: Path
) -> None:
    with store.open_store(tmp_path / "office.sqlite") as st:
        with st.transaction() as session:
            uuid = trips.import_trip(session, JIANGSU).uuid
        workspace = Workspace(st)
        workspace.open_trip(uuid)
        view = ScheduleView(workspace)
        qtbot.addWidget(view)
        view.resize(1400, 900)
        view.show()
        qtbot.waitExposed(view)
        with st.session() as session:
            view.load(session, uuid)
        assert view.schedule is not None
        signing = next(m for m in view.schedule.meetings if m.title.startswith("Signing"))
        assert view.select_uuid(signing.uuid)
        canvas = view.canvas
        assert canvas.grid is not None
        block = canvas.grid.blocks_of(signing.uuid)[0]
        mark = hybrid_rect(block, with_badge=False)
        at = canvas.to_viewport(mark.center().x(), mark.center().y())
        frankfurt = "Branch venue Frankfurt, Frankfurt am Main: 11:30–12:00 (Europe/Berlin)"
        assert canvas.tooltip_at(at) == f"Hybrid meeting, also joined from:\n{frankfurt}"
        body = canvas.to_viewport(block.x + 10, block.top + 10)
        assert frankfurt in canvas.tooltip_at(body).splitlines()
        # The mark is drawn: its blue shows at the mark and nowhere in a plain meeting.
        image = canvas.viewport().grab().toImage()
        blue = {
            image.pixelColor(QPoint(int(at.x()) + dx, int(at.y()) + dy)).name()
            for dx in range(-6, 7)
            for dy in range(-6, 7)
        }
        assert "#1565c0" in blue


def test_the_meetings_table_shows_the_branch_venue_in_its_local_time(
    qtbot: QtBot, tmp_path: Path
) -> None:
    with store.open_store(tmp_path / "office.sqlite") as st:
        with st.transaction() as session:
            jiangsu = trips.import_trip(session, JIANGSU).uuid
            nanshan = trips.import_trip(session, NANSHAN).uuid
        panel = MeetingsPanel()
        qtbot.addWidget(panel)
        panel.show()
        with st.session() as session:
            panel.load(session, jiangsu)
        opening = next(
            panel.model.row_at(r).uuid
            for r in range(panel.model.rowCount())
            if panel.model.row_at(r).title.startswith("Opening")
        )
        assert panel.select_uuid(opening)
        assert panel.branches.isVisible()
        assert panel.branches.text() == (
            "Hybrid meeting, also joined from:\n"
            "Branch venue Frankfurt, Frankfurt am Main: 09:00–11:30 (Europe/Berlin)"
        )
        with st.session() as session:
            panel.load(session, nanshan)
        panel.table.selectRow(0)
        assert not panel.branches.isVisible()


# -- in the main window -------------------------------------------------------------------------


def test_the_protocol_tab_in_the_window_reranks_with_ctrl_down(
    qtbot: QtBot, window: MainWindow
) -> None:
    with window.store.transaction() as session:
        uuid = trips.import_trip(session, JIANGSU).uuid
    window.refresh()
    assert window.navigator.select_uuid(uuid)
    window.tabs.setCurrentWidget(window.protocol)
    assert window.tabs.tabText(window.tabs.currentIndex()) == "Protoco&l"
    panel = window.protocol
    qtbot.waitUntil(lambda: panel.delegation.rank_model().rowCount() == 3)
    assert panel.layout_view.accessibleName() == "Signing ceremony"
    panel.delegation.setFocus()
    panel.delegation.select_uuid(panel.delegation.rank_model().person_at(0).uuid)
    qtbot.keyClick(panel.delegation, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.workspace.undo_stack.count() == 1)
    assert panel.delegation.rank_model().person_at(0).family_name == "Liang"
    assert window.undo_action.text() == "&Undo Reorder Delegation"
    assert panel.delegation.selected_uuid() == panel.delegation.rank_model().person_at(1).uuid
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: panel.delegation.rank_model().person_at(0).family_name == "Sheng")


# -- a colleague re-ranks the same side --------------------------------------------------------


def _colleague_ranks_first(shown: Shown, family_name: str) -> None:
    """A colleague's program, on the same store, ranks ``family_name`` first among the
    counterparts (after this panel loaded them, and before the workspace's poll would show
    it: the poll is stopped, so the drop or undo meets it)."""
    shown.workspace.watcher.stop()
    with store.open_store(shown.store.path) as theirs, theirs.transaction() as session:
        side = trip_sides(session, shown.trip_uuid)[COUNTERPART]
        uuid = next(a.uuid for a in side if a.family_name == family_name)
        set_ranks(session, shown.trip_uuid, COUNTERPART, [uuid])


def test_a_drop_over_a_colleagues_reranking_is_refused_and_shows_theirs(
    qtbot: QtBot, jiangsu: Shown
) -> None:
    view = jiangsu.panel.counterparts
    assert jiangsu.names(view) == ["Du", "Jacke", "Becker", "Hoffmann"]
    _colleague_ranks_first(jiangsu, "Becker")
    theirs = jiangsu.stored_ranks("person")
    errors: list[str] = []
    jiangsu.workspace.error.connect(errors.append)

    drag_row(view, 3, 0)  # Hoffmann above Du, on the list as this window loaded it
    qtbot.waitUntil(lambda: bool(errors))
    assert errors == [
        "The ranks of this side were changed by someone else; the list shows them now — drag again."
    ]
    assert jiangsu.stored_ranks("person") == theirs  # nothing of the drop was written
    assert jiangsu.names(view) == ["Becker", "Du", "Jacke", "Hoffmann"]  # theirs, reloaded
    assert jiangsu.workspace.undo_stack.count() == 0

    drag_row(view, 3, 0)  # dragged again, against their ranks, it goes through
    qtbot.waitUntil(lambda: jiangsu.stored_ranks("person")["Hoffmann"] == 1)
    assert jiangsu.names(view) == ["Hoffmann", "Becker", "Du", "Jacke"]
    assert len(errors) == 1


def test_undo_of_a_drop_a_colleague_reranked_since_is_refused(qtbot: QtBot, jiangsu: Shown) -> None:
    view = jiangsu.panel.counterparts
    errors: list[str] = []
    jiangsu.workspace.error.connect(errors.append)
    drag_row(view, 3, 0)
    qtbot.waitUntil(lambda: jiangsu.stored_ranks("person")["Hoffmann"] == 1)
    _colleague_ranks_first(jiangsu, "Becker")
    theirs = jiangsu.stored_ranks("person")

    jiangsu.workspace.undo_stack.undo()
    assert errors and "changed by someone else" in errors[0]
    assert jiangsu.stored_ranks("person") == theirs  # their order is not overwritten
    assert jiangsu.names(view) == ["Becker", "Hoffmann", "Du", "Jacke"]
    assert jiangsu.workspace.undo_stack.count() == 0  # the drop left the stack
