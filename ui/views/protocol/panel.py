"""The Protocol tab: who ranks first on each side, and what follows from it for a meeting.

On the left, the delegation and the counterparts in order of rank; dragging a name to another
place (or Ctrl+Up/Ctrl+Down) ranks that side 1..n anew as one undoable command
(:class:`~ui.commands.RankCommand`). On the right, a meeting with people on both sides, its
seating plan and its speaking order; both are read again after every change, so they follow a
drag, an undo and a redo. The plan is the layout of the meeting's kind
(:mod:`planner.protocol.layouts`): talks in
:class:`~ui.views.protocol.seating_view.SeatingPlanView`, a signing or a banquet in
:class:`~ui.views.protocol.layout_view.LayoutView`; the layout chooser
asks for the cars or the group photo instead. "Place cards…" writes the meeting's tent cards.
A drop is checked against the ranks the list was loaded with: when a colleague re-ranked the
side since, nothing is written, the window says so and the list shows their ranks.

Like the other panels it is given a session and a trip (``load``) and keeps no ORM objects.
The command is pushed a moment after the drop, not inside it: the push reloads this panel,
and resetting a view's model while the view is still handling its own drop would pull the
rug from Qt (see CONTRIBUTING).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from planner import protocol, queries
from planner.protocol import COUNTERPART, DELEGATION, MeetingPeople
from planner.protocol.layouts import layout_for, layout_kind
from planner.protocol.precedence import side_order
from planner.protocol.ranking import trip_sides
from planner.protocol.rules import FOREIGN_AFFAIRS
from ui.commands import RankCommand
from ui.models import timetext
from ui.operations import Background
from ui.views.protocol.layout_view import LayoutView
from ui.views.protocol.rank_list import RankList, RankModel
from ui.views.protocol.seating_view import SeatingPlanView

if TYPE_CHECKING:
    from ui.workspace import Workspace


class ProtocolPanel(QWidget):
    """Precedence lists, a meeting chooser, its seating plan and speaking order.

    Signal ``selection_changed(str)``: the person selected in either list ('' for none);
    ``place_cards_written(str)``: the file of place cards is written.
    """

    selection_changed = Signal(str)
    place_cards_written = Signal(str)
    """The path of the place cards just written."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("protocolPanel")
        self.workspace = workspace
        self.trip_uuid: str | None = None
        self.rules = FOREIGN_AFFAIRS
        """The open trip's rule set for places of honour (:mod:`planner.protocol.rules`), read
        with the rest of the trip."""
        self.meetings: dict[str, MeetingPeople] = {}
        self.background = Background(self)
        self._pending: tuple[str, list[str]] | None = None

        self.delegation_model = RankModel(self)
        self.counterpart_model = RankModel(self)
        self.delegation = RankList(self.delegation_model, self)
        self.delegation.setObjectName("delegationRanks")
        self.counterparts = RankList(self.counterpart_model, self)
        self.counterparts.setObjectName("counterpartRanks")
        self.delegation_label = QLabel(self)
        self.counterpart_label = QLabel(self)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setObjectName("protocolHint")
        for label, buddy in (
            (self.delegation_label, self.delegation),
            (self.counterpart_label, self.counterparts),
        ):
            label.setBuddy(buddy)

        self.meeting_label = QLabel(self)
        self.meeting = QComboBox(self)
        self.meeting.setObjectName("seatingMeeting")
        self.meeting.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.meeting_label.setBuddy(self.meeting)
        self.seating = SeatingPlanView(self)
        self.plan_scroll = QScrollArea(self)
        self.plan_scroll.setWidget(self.seating)
        self.plan_scroll.setWidgetResizable(True)
        self.plan_scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.seat_details = QLabel(self)
        self.seat_details.setObjectName("seatDetails")
        self.seat_details.setWordWrap(True)
        self.seat_details.hide()
        self.seating.seat_focused.connect(self._show_seat)
        self.layout_view = LayoutView(self)
        self.layout_scroll = QScrollArea(self)
        self.layout_scroll.setWidget(self.layout_view)
        self.layout_scroll.setWidgetResizable(True)
        self.layout_scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.plans = QStackedWidget(self)
        self.plans.addWidget(self.plan_scroll)
        self.plans.addWidget(self.layout_scroll)
        self.layout_label = QLabel(self)
        self.layout_choice = QComboBox(self)
        self.layout_choice.setObjectName("seatingLayout")
        self.layout_label.setBuddy(self.layout_choice)
        self.place_cards = QPushButton(self)
        self.place_cards.setObjectName("placeCards")
        self.speaking_label = QLabel(self)
        self.speaking = QListWidget(self)
        self.speaking.setObjectName("speakingOrder")
        self.speaking.setMaximumHeight(140)
        self.speaking_label.setBuddy(self.speaking)

        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.delegation_label)
        column.addWidget(self.delegation, 1)
        column.addWidget(self.counterpart_label)
        column.addWidget(self.counterparts, 1)
        column.addWidget(self.hint)
        right = QWidget(self)
        plan = QVBoxLayout(right)
        plan.setContentsMargins(0, 0, 0, 0)
        chooser = QHBoxLayout()
        chooser.addWidget(self.meeting_label)
        chooser.addWidget(self.meeting, 1)
        chooser.addWidget(self.layout_label)
        chooser.addWidget(self.layout_choice)
        chooser.addWidget(self.place_cards)
        plan.addLayout(chooser)
        plan.addWidget(self.plans, 1)
        plan.addWidget(self.seat_details)
        plan.addWidget(self.speaking_label)
        plan.addWidget(self.speaking)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([320, 960])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        self.delegation_model.order_requested.connect(
            lambda order: self._request(DELEGATION, order)
        )
        self.counterpart_model.order_requested.connect(
            lambda order: self._request(COUNTERPART, order)
        )
        self.delegation.uuid_selection_changed.connect(self.selection_changed)
        self.counterparts.uuid_selection_changed.connect(self.selection_changed)
        self.meeting.currentIndexChanged.connect(lambda _index: self._show_meeting())
        # The choosers in the order they read, then the drawing.
        QWidget.setTabOrder(self.meeting, self.layout_choice)
        QWidget.setTabOrder(self.layout_choice, self.place_cards)
        QWidget.setTabOrder(self.place_cards, self.seating)
        QWidget.setTabOrder(self.seating, self.layout_view)
        self.layout_choice.currentIndexChanged.connect(lambda _index: self._show_meeting())
        self.place_cards.clicked.connect(self._write_place_cards)
        self.retranslate()

    # -- what the main window calls ------------------------------------------------------------

    def set_read_only(self, reason: str | None) -> None:
        """A viewer sees the ranks but cannot reorder them (no drag, no Ctrl+Up/Down); the
        lists say why in their tooltip."""
        for ranks in (self.delegation, self.counterparts):
            ranks.set_read_only(reason)

    def load(self, session: Session, trip_uuid: str | None) -> None:
        """Show the trip's ranks and the chosen meeting's plan as the store holds them now;
        None shows no trip. The selected person and meeting stay chosen across reloads."""
        if trip_uuid is None:
            self.trip_uuid = None
            self.rules = FOREIGN_AFFAIRS
            self.meetings = {}
            for model in (self.delegation_model, self.counterpart_model):
                model.reload([])
            self._fill_meetings([])
            self._show_meeting()
            return
        another = trip_uuid != self.trip_uuid
        kept = {
            view: None if another else view.selected_uuid()
            for view in (self.delegation, self.counterparts)
        }
        sides = trip_sides(session, trip_uuid)
        self.trip_uuid = trip_uuid
        self.rules = queries.trip_header(session, trip_uuid).protocol_rules
        self.delegation_model.reload(sides[DELEGATION])
        self.counterpart_model.reload(sides[COUNTERPART])
        for view, uuid in kept.items():
            view.select_uuid(uuid)
        self.meetings = protocol.trip_people(session, trip_uuid)
        rows = {row.uuid: row for row in queries.meeting_rows(session, trip_uuid)}
        items = []
        for uuid, meeting in self.meetings.items():
            if not all(meeting.side(side) for side in (DELEGATION, COUNTERPART)):
                continue
            row = rows.get(uuid)
            when = (
                f"{timetext.day_text(row.local_day)} "
                f"{timetext.clock_text(row.start, row.timezone)} · "
                if row is not None
                else ""
            )
            items.append((when + meeting.title, uuid))
        self._fill_meetings(items, keep=not another)
        self._show_meeting()

    def retranslate(self) -> None:
        self.delegation_label.setText(self.tr("&Delegation, in order of rank:"))
        self.counterpart_label.setText(self.tr("&Counterparts, in order of rank:"))
        self.hint.setText(
            self.tr("Drag a name to another place, or press Ctrl+Up or Ctrl+Down, to rank it.")
        )
        self.meeting_label.setText(self.tr("Seating plan for &meeting:"))
        self.meeting.setToolTip(self.tr("The trip's meetings with people on both sides"))
        self.speaking_label.setText(self.tr("Spea&king order:"))
        self.layout_label.setText(self.tr("La&yout:"))
        chosen = self.layout_choice.currentData()
        self.layout_choice.blockSignals(True)
        self.layout_choice.clear()
        for text, data in (
            (self.tr("By the kind of meeting"), ""),
            (self.tr("Cars"), "cars"),
            (self.tr("Group photo"), "photo"),
        ):
            self.layout_choice.addItem(text, data)
        self.layout_choice.setCurrentIndex(max(0, self.layout_choice.findData(chosen or "")))
        self.layout_choice.blockSignals(False)
        self.layout_choice.setAccessibleName(self.tr("Seating layout"))
        self.layout_choice.setToolTip(
            self.tr("The meeting's own layout (talks, signing, banquet), the cars or the photo")
        )
        self.place_cards.setText(self.tr("Place c&ards…"))
        self.place_cards.setAccessibleName(self.tr("Write place cards"))
        self.place_cards.setToolTip(
            self.tr("A PDF of folded tent cards, one for each attendee at the main venue")
        )
        self._show_meeting()

    def selected_uuid(self) -> str | None:
        """The person selected in the list that has the focus (else either list)."""
        for view in (self.delegation, self.counterparts):
            if view.hasFocus() and view.selected_uuid():
                return view.selected_uuid()
        return self.delegation.selected_uuid() or self.counterparts.selected_uuid()

    def select_meeting(self, uuid: str) -> bool:
        """Show the seating plan of meeting ``uuid``; False when it is not offered."""
        index = self.meeting.findData(uuid)
        if index < 0:
            return False
        self.meeting.setCurrentIndex(index)
        return True

    def list_of(self, side: str) -> RankList:
        return self.delegation if side == DELEGATION else self.counterparts

    # -- private ---------------------------------------------------------------------------------

    def _request(self, side: str, order: list[str]) -> None:
        """A drop or key asked for a new order: push it once the view has finished with the
        event (see the module's docstring)."""
        self._pending = (side, order)
        QTimer.singleShot(0, self._push_pending)

    def _push_pending(self) -> None:
        pending, self._pending = self._pending, None
        if pending is None or self.trip_uuid is None:
            return
        side, order = pending
        view = self.list_of(side)
        moved = next(iter(view.rank_model().moved), None) or view.selected_uuid()
        self.workspace.push(
            RankCommand(
                self.workspace,
                self.trip_uuid,
                side,
                order,
                expected=view.rank_model().ranks(),
            )
        )
        view.select_uuid(moved)

    def _fill_meetings(self, items: list[tuple[str, str]], *, keep: bool = True) -> None:
        chosen = self.meeting.currentData() if keep else None
        self.meeting.blockSignals(True)
        try:
            self.meeting.clear()
            for text, uuid in items:
                self.meeting.addItem(text, uuid)
            index = self.meeting.findData(chosen) if chosen else -1
            if index < 0:
                # The first meeting held across a table, else the first of all.
                index = next(
                    (n for n, (_t, uuid) in enumerate(items)
                     if protocol.has_seating_plan(self.meetings[uuid])),
                    0 if items else -1,
                )  # fmt: skip
            self.meeting.setCurrentIndex(index)
        finally:
            self.meeting.blockSignals(False)
        self.meeting.setEnabled(bool(items))

    def _show_meeting(self) -> None:
        uuid = self.meeting.currentData()
        meeting = self.meetings.get(uuid) if uuid else None
        self.speaking.clear()
        self.place_cards.setEnabled(meeting is not None)
        if meeting is None:
            self.plans.setCurrentWidget(self.plan_scroll)
            self.seating.show_plan(
                None,
                empty_text=self.tr("No trip is open.")
                if self.trip_uuid is None
                else self.tr("No meeting of this trip has people on both sides yet."),
            )
            self.layout_view.show_layout(None)
            return
        choice = self.layout_choice.currentData() or None
        if layout_kind(meeting.kind, choice) == "talks":
            self.seating.show_plan(protocol.seating_plan(meeting, self.rules), meeting.title)
            self.plans.setCurrentWidget(self.plan_scroll)
        else:
            self.layout_view.show_layout(layout_for(meeting, self.rules, choice))
            self.plans.setCurrentWidget(self.layout_scroll)
        for number, person in enumerate(protocol.speaking_order(meeting), start=1):
            where = self.tr(" (from {venue})").format(venue=person.branch) if person.branch else ""
            self.speaking.addItem(f"{number}.  {person.name}{where}")

    def _show_seat(self, text: str) -> None:
        """The focused seat's details under the plan, in sight while the keyboard is on it
        (a tooltip only followed the mouse), and the seat scrolled into sight."""
        self.seat_details.setText(text)
        self.seat_details.setVisible(bool(text))
        rect = self.seating.seat_rect(self.seating.current or "")
        if text and rect is not None:
            center = rect.center().toPoint()
            self.plan_scroll.ensureVisible(
                center.x(), center.y(), int(rect.width()), int(rect.height())
            )

    def _write_place_cards(self) -> None:
        """Ask where, then write the cards of the attendees at the main venue, hosts first,
        each side in order of rank, on a worker thread."""
        meeting = self.meetings.get(self.meeting.currentData() or "")
        if meeting is None:
            return
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Place cards"), f"{meeting.title}.pdf", self.tr("PDF (*.pdf)")
        )
        if not path:
            return
        people = [
            a
            for side in (meeting.host_side, meeting.guest_side)
            for a in side_order(meeting.side(side))
            if a.branch is None
        ]
        # Imported on first use: reportlab added 16 MiB to the window at start (VmRSS).
        from planner.briefing.place_cards import write_place_cards  # noqa: PLC0415

        self.background.run(
            lambda: write_place_cards(Path(path), people, meeting.title),
            lambda _result: self.place_cards_written.emit(path),
            lambda error: self.workspace.error.emit(str(error)),
        )
