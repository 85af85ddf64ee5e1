"""The schedule view: the grid of a trip's days with its toolbar, and the edits made on it.

The main window hosts it like the other panels: ``load(session, trip_uuid)`` after every
change, ``set_problems`` after every check, ``selected_uuid``/``select_uuid`` for the Edit and
Delete actions, and the signals ``activated(str)`` (the window opens the editor) and
``selection_changed(str)``. A drag or a key on the grid becomes one
:class:`~ui.commands.EditCommand` ("Move …"), a drag on empty space one
:class:`~ui.commands.CreateCommand`, pushed on the workspace's undo stack; the window then
reloads every view. Reloading the same trip keeps the days shown, the zoom, the filters, the
scroll position and the selection; another trip starts at its first day.

Printing would need QtPrintSupport, which the desktop build leaves out; "Export Image…" saves
the visible grid as a PNG to print from any image viewer.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QIODevice, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select
from sqlalchemy.orm import Session

from planner import model, private_files
from planner.editing.registry import editor_for
from planner.errors import PlannerError
from planner.records import MeetingRecord
from planner.schedule import Schedule, read_schedule
from ui.commands import CreateCommand, EditCommand
from ui.i18n import QT_TRANSLATE_NOOP
from ui.models import timetext
from ui.views.schedule.canvas import ScheduleCanvas
from ui.views.schedule.layout import DEFAULT_ZOOM, ZOOM_LEVELS, ViewOptions
from ui.workspace import reads_store

if TYPE_CHECKING:
    from planner.checks import Problem
    from ui.workspace import Workspace

DAY_COUNTS = (1, 3, 5, 7)
ALL_DAYS = 0
SNAPS = (5, 15)
MORNING = 7 * 60
IMAGE_FILTER = QT_TRANSLATE_NOOP("ScheduleView", "PNG images (*.png)")


class ScheduleView(QWidget):
    """The trip's days as a grid. Signals: ``activated(str)`` (double-click or Enter on a
    meeting or transfer: its UUID) and ``selection_changed(str)`` ('' for none)."""

    activated = Signal(str)
    selection_changed = Signal(str)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scheduleView")
        self.workspace = workspace
        self.trip_uuid: str | None = None
        self.schedule: Schedule | None = None
        self.versions: dict[str, int] = {}
        """Each shown meeting's version as loaded: what a drag is saved against."""
        self._zoom = ZOOM_LEVELS.index(DEFAULT_ZOOM)
        self._reveal: str | None = None
        self.canvas = ScheduleCanvas(self)
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("scheduleToolbar")
        self._build_toolbar()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.canvas, 1)

        self.canvas.activated.connect(self.activated)
        self.canvas.selection_changed.connect(self.selection_changed)
        self.canvas.times_requested.connect(self.change_times)
        self.canvas.create_requested.connect(self.create_meeting)
        self.canvas.zoom_requested.connect(self.zoom)
        self.canvas.day_chosen.connect(self.show_day)
        self._update_controls()

    # -- what the main window calls ------------------------------------------------------------

    def retranslate(self) -> None:
        """Build the toolbar again in the installed language, keeping every choice made."""
        kept = (
            self.day_count.currentData(),
            self.snap.currentData(),
            self.show_cancelled.isChecked(),
        )
        for act in self.toolbar.actions():
            self.removeAction(act)
        self.toolbar.clear()
        for child in self.toolbar.findChildren(QWidget):
            if child.parent() is self.toolbar and not isinstance(child, QToolButton):
                child.deleteLater()
        self._build_toolbar()
        for combo, data in ((self.day_count, kept[0]), (self.snap, kept[1])):
            blocked = combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(data)))
            combo.blockSignals(blocked)
        blocked = self.show_cancelled.blockSignals(True)
        self.show_cancelled.setChecked(kept[2])
        self.show_cancelled.blockSignals(blocked)
        self._update_controls()

    def load(self, session: Session, trip_uuid: str | None) -> None:
        """Show ``trip_uuid`` as the store holds it now (eight queries); None shows nothing."""
        if trip_uuid is None:
            self.trip_uuid = self.schedule = None
            self._fill_days(None)
            self._fill_people(keep=False)
            self.canvas.show_schedule(None, self.canvas.options)
            self._update_controls()
            return
        schedule = read_schedule(session, trip_uuid)
        self.versions = {
            uuid: version
            for uuid, version in session.connection()
            .execute(
                select(model.Meeting.uuid, model.Meeting.version)
                .join(model.Trip, model.Trip.id == model.Meeting.trip_id)
                .where(model.Trip.uuid == trip_uuid)
            )
            .all()
        }
        another = trip_uuid != self.trip_uuid
        shown = None if another else self.first_day.currentData()
        self.trip_uuid, self.schedule = trip_uuid, schedule
        if another:
            self.day_count.blockSignals(True)
            self.day_count.setCurrentIndex(self.day_count.findData(7))
            self.day_count.blockSignals(False)
        self._fill_days(shown)
        self._fill_people(keep=not another)
        if self._reveal is not None:
            self._show_day_of(self._reveal)
        self.canvas.show_schedule(schedule, self._options())
        if another:
            self._scroll_to_morning()
        self._update_controls()

    def set_problems(self, problems: list[Problem]) -> None:
        """Badges on the meetings and transfers the checks found problems with."""
        self.canvas.set_problems(problems)

    def selected_uuid(self) -> str | None:
        return self.canvas.selected

    def select_uuid(self, uuid: str) -> bool:
        """Select the meeting or transfer ``uuid``, showing its day and clearing a filter
        that hides it; False when the trip shown has no such thing."""
        schedule = self.schedule
        if schedule is None:
            return False
        meeting = schedule.meeting(uuid)
        if meeting is not None:
            if self.person.currentData() not in (None, *meeting.attendee_uuids):
                self.person.setCurrentIndex(0)
            if meeting.cancelled and not self.show_cancelled.isChecked():
                self.show_cancelled.setChecked(True)
        elif schedule.transfer(uuid) is None:
            return False
        self._show_day_of(uuid)
        self.canvas.set_options(self._options())
        if not self.canvas.grid or not self.canvas.grid.blocks_of(uuid):
            return False
        self.canvas.select(uuid)
        self.canvas.ensure_visible(uuid)
        return True

    # -- edits -----------------------------------------------------------------------------------

    @reads_store
    def change_times(self, uuid: str, start: dt.datetime, end: dt.datetime) -> bool:
        """Move or resize the meeting ``uuid`` to ``start``–``end`` as one undoable command;
        it goes to the stop the delegation is at by then (see
        :meth:`planner.schedule.Schedule.stop_for_move`)."""
        try:
            with self.workspace.store.session() as session:
                before, current = editor_for(MeetingRecord).read_versioned(session, uuid)
        except PlannerError as exc:
            self.workspace.report_error(exc)
            return False
        # Saved against the version the grid showed: a colleague's change since then (not yet
        # shown) opens the conflict dialog instead of being overwritten by the drag.
        version = self.versions.get(uuid, current)
        stop = self.schedule.stop_for_move(before.stop, start) if self.schedule else before.stop
        after = replace(before, start=start, end=end, stop=stop)
        if after == before:
            return False
        self._reveal = uuid
        try:
            done = self.workspace.push(
                EditCommand(self.workspace, uuid, before, after, version=version)
            )
        finally:
            self._reveal = None
        if done and self.canvas.grid is not None and self.canvas.grid.blocks_of(uuid):
            self.canvas.select(uuid)
            self.canvas.ensure_visible(uuid)
        return done

    def create_meeting(self, day_index: int, start: dt.datetime, end: dt.datetime) -> str | None:
        """Make a meeting "New meeting" from ``start`` to ``end`` at the stop whose window
        holds ``start`` (else the day's stop); its UUID, selected."""
        schedule = self.schedule
        if schedule is None or self.trip_uuid is None or not 0 <= day_index < len(schedule.days):
            return None
        record = MeetingRecord(
            title=self.tr("New meeting"),
            stop=schedule.stop_for_new(start, schedule.days[day_index]),
            start=start,
            end=end,
        )
        command = CreateCommand(self.workspace, self.trip_uuid, record)
        if not self.workspace.push(command) or command.uuid is None:
            return None
        self.select_uuid(command.uuid)
        return command.uuid

    # -- days, zoom and filters -----------------------------------------------------------------

    def show_day(self, index: int) -> None:
        """Show the day of this index alone."""
        self.day_count.setCurrentIndex(self.day_count.findData(1))
        self.first_day.setCurrentIndex(index)

    def page(self, direction: int) -> None:
        """Show the previous (-1) or next (1) days, as many as are shown."""
        count = self._count()
        last = max(0, self.first_day.count() - count)
        index = self.first_day.currentIndex() + direction * count
        self.first_day.setCurrentIndex(max(0, min(index, last)))

    def jump_to_first_day(self) -> None:
        self.first_day.setCurrentIndex(0)

    def zoom(self, direction: int) -> None:
        """One zoom step in (1) or out (-1), keeping the time at the top of the grid."""
        index = max(0, min(self._zoom + direction, len(ZOOM_LEVELS) - 1))
        if index == self._zoom:
            return
        top = self.canvas.top_minute()
        self._zoom = index
        self.canvas.set_options(self._options())
        self.canvas.scroll_to_minute(top)
        self._update_controls()

    @property
    def px_per_hour(self) -> float:
        return ZOOM_LEVELS[self._zoom]

    def set_snap(self, minutes: int) -> None:
        self.snap.setCurrentIndex(self.snap.findData(minutes))

    # -- export ----------------------------------------------------------------------------------

    def export_image(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export Schedule as Image"), "schedule.png", self.tr(IMAGE_FILTER)
        )
        if name:
            self.save_image(Path(name))

    def save_image(self, path: Path) -> bool:
        """Save the grid as shown (header, time axes, the hours in sight) as a PNG, owner-only
        like every export: it shows who meets whom, where and when."""
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        if self.canvas.viewport().grab().save(buffer, "PNG"):
            try:
                private_files.write_private(path, bytes(buffer.data().data()))
            except PlannerError:
                pass
            else:
                return True
        QMessageBox.warning(
            self,
            self.tr("Export Schedule as Image"),
            self.tr("Cannot write {path}.").format(path=path),
        )
        return False

    # -- private -------------------------------------------------------------------------------

    def _build_toolbar(self) -> None:
        bar = self.toolbar
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut

        def action(text: str, tip: str, slot: object, keys: object = None) -> QAction:
            act = QAction(text, self)
            act.setToolTip(tip)
            act.setShortcutContext(context)
            if keys is not None:
                act.setShortcut(QKeySequence(keys))  # type: ignore[call-overload]
            act.triggered.connect(slot)
            self.addAction(act)
            bar.addAction(act)
            return act

        self.previous_action = action(
            "◀", self.tr("Previous days (Alt+Left)"), lambda: self.page(-1), "Alt+Left"
        )
        self.first_day = QComboBox(self)
        self.first_day.setObjectName("scheduleFirstDay")
        self.first_day.setAccessibleName(self.tr("First day shown"))
        self.first_day.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        bar.addWidget(self.first_day)
        self.next_action = action(
            "▶", self.tr("Next days (Alt+Right)"), lambda: self.page(1), "Alt+Right"
        )
        self.day_count = QComboBox(self)
        self.day_count.setObjectName("scheduleDayCount")
        self.day_count.setAccessibleName(self.tr("Days shown"))
        for count in DAY_COUNTS:
            text = self.tr("1 day") if count == 1 else self.tr("{count} days").format(count=count)
            self.day_count.addItem(text, count)
        self.day_count.addItem(self.tr("All days"), ALL_DAYS)
        self.day_count.setCurrentIndex(self.day_count.findData(7))
        bar.addWidget(self.day_count)
        self.first_day_action = action(
            self.tr("First Day"),
            self.tr("Jump to the trip's first day (Alt+Home)"),
            self.jump_to_first_day,
            "Alt+Home",
        )
        bar.addSeparator()
        self.zoom_out_action = action(
            "−",
            self.tr("Zoom out (Ctrl+-)"),
            lambda: self.zoom(-1),
            QKeySequence.StandardKey.ZoomOut,
        )
        self.zoom_label = QLabel(self)
        self.zoom_label.setObjectName("scheduleZoom")
        bar.addWidget(self.zoom_label)
        self.zoom_in_action = action(
            "+", self.tr("Zoom in (Ctrl++)"), lambda: self.zoom(1), QKeySequence.StandardKey.ZoomIn
        )
        self.snap = QComboBox(self)
        self.snap.setObjectName("scheduleSnap")
        self.snap.setAccessibleName(self.tr("Snap"))
        self.snap.setToolTip(self.tr("Drags and Ctrl+arrow keys move meetings by this step"))
        for minutes in SNAPS:
            self.snap.addItem(self.tr("Snap {minutes} min").format(minutes=minutes), minutes)
        self.snap.setCurrentIndex(self.snap.findData(15))
        bar.addWidget(self.snap)
        bar.addSeparator()
        self.person = QComboBox(self)
        self.person.setObjectName("schedulePerson")
        self.person.setAccessibleName(self.tr("Person"))
        self.person.setToolTip(self.tr("Only the meetings this person attends"))
        self.person.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        bar.addWidget(self.person)
        self.show_cancelled = QCheckBox(self.tr("Show cancelled"), self)
        self.show_cancelled.setObjectName("scheduleShowCancelled")
        self.show_cancelled.setToolTip(self.tr("Show cancelled meetings, struck through"))
        self.show_cancelled.setChecked(True)
        bar.addWidget(self.show_cancelled)
        bar.addSeparator()
        self.export_action = action(
            self.tr("Export Image…"),
            self.tr("Save the visible schedule as a PNG image, e.g. to print it"),
            self.export_image,
        )

        self.first_day.currentIndexChanged.connect(lambda _i: self._options_changed())
        self.day_count.currentIndexChanged.connect(lambda _i: self._options_changed())
        self.person.currentIndexChanged.connect(lambda _i: self._options_changed())
        self.show_cancelled.toggled.connect(lambda _on: self._options_changed())
        self.snap.currentIndexChanged.connect(
            lambda _i: setattr(self.canvas, "snap", int(self.snap.currentData()))
        )

    def _options(self) -> ViewOptions:
        return ViewOptions(
            first_day=max(0, self.first_day.currentIndex()),
            day_count=self._count(),
            px_per_hour=self.px_per_hour,
            show_cancelled=self.show_cancelled.isChecked(),
            person=self.person.currentData(),
            width=self.canvas.options.width,
        )

    def _count(self) -> int:
        chosen = self.day_count.currentData()
        total = len(self.schedule.days) if self.schedule else 0
        return max(1, total if chosen in (None, ALL_DAYS) else min(int(chosen), max(1, total)))

    def _options_changed(self) -> None:
        if self.schedule is not None:
            self.canvas.set_options(self._options())
        self._update_controls()

    def _fill_days(self, shown: str | None = None) -> None:
        """Offer the trip's days; keep the first day shown (an ISO date) if it is still there,
        else start at the first."""
        combo = self.first_day
        combo.blockSignals(True)
        try:
            combo.clear()
            schedule = self.schedule
            for day in schedule.days if schedule else ():
                stop = schedule.stop(day.stop_uuid) if schedule else None
                text = timetext.day_text(day.day)
                combo.addItem(f"{text} · {stop.city}" if stop else text, day.day.isoformat())
            combo.setCurrentIndex(max(0, combo.findData(shown)) if combo.count() else -1)
        finally:
            combo.blockSignals(False)

    def _fill_people(self, *, keep: bool = True) -> None:
        """Offer everyone who attends a meeting; keep the person chosen if asked and still
        there, else show everyone."""
        combo = self.person
        chosen = combo.currentData() if keep else None
        combo.blockSignals(True)
        try:
            combo.clear()
            combo.addItem(self.tr("Everyone"), None)
            for uuid, name in self.schedule.people() if self.schedule else ():
                combo.addItem(name, uuid)
            found = combo.findData(chosen) if chosen is not None else 0
            combo.setCurrentIndex(max(found, 0))
        finally:
            combo.blockSignals(False)

    def _show_day_of(self, uuid: str) -> None:
        """Move the days shown so that the meeting or transfer ``uuid`` starts in sight."""
        schedule = self.schedule
        if schedule is None:
            return
        meeting, transfer = schedule.meeting(uuid), schedule.transfer(uuid)
        when = meeting.start if meeting else transfer.depart if transfer else None
        index = schedule.day_of(when) if when is not None else None
        if index is None:
            return
        first, count = self.first_day.currentIndex(), self._count()
        if index < first or index >= first + count:
            self.first_day.blockSignals(True)
            self.first_day.setCurrentIndex(index if index < first else index - count + 1)
            self.first_day.blockSignals(False)

    def _scroll_to_morning(self) -> None:
        """Start an hour before 07:00, or before the first meeting shown if that is earlier."""
        grid = self.canvas.grid
        minute = float(MORNING)
        if grid is not None:
            tops = [b.top / grid.px_per_minute for b in grid.blocks if b.meeting is not None]
            minute = min([minute, *tops])
        self.canvas.scroll_to_minute(max(0.0, minute - 60))

    def _update_controls(self) -> None:
        has_days = bool(self.schedule and self.schedule.days)
        first, count = self.first_day.currentIndex(), self._count()
        self.previous_action.setEnabled(has_days and first > 0)
        self.next_action.setEnabled(has_days and first + count < self.first_day.count())
        self.first_day_action.setEnabled(has_days and first > 0)
        for widget in (self.first_day, self.day_count, self.person, self.show_cancelled):
            widget.setEnabled(has_days)
        self.export_action.setEnabled(has_days)
        self.zoom_in_action.setEnabled(self._zoom < len(ZOOM_LEVELS) - 1)
        self.zoom_out_action.setEnabled(self._zoom > 0)
        self.zoom_label.setText(self.tr("{px} px/h").format(px=int(self.px_per_hour)))
