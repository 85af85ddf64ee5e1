"""The status bar's clock: the open stop's local time beside the home time.

Travellers and the office at home read two watches; the clock shows both for the stop the user
is looking at. Kept apart from the window, which only tells it when what is selected changed.
Texts keep the ``MainWindow`` translation context they had in the window.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QLabel

from planner import localtime, queries
from planner.records import StopChoice, TripContext
from ui.workspace import reads_store

# The main window whose tabs say which stop is open. Not imported, even for type checking: the
# window imports this module, and the codebase test refuses import circles.
MainWindow = Any

TICK_MS = 30_000  # the minutes change; a clock a few seconds late is read the same


class TripClock(QLabel):
    """The label in ``window``'s status bar, set again every half minute and on :meth:`show`."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("clockLabel")
        self.owner = window
        self.workspace = window.workspace  # for reads_store
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.show_time)
        self.timer.start()

    @reads_store
    def show_time(self) -> None:
        context = self.workspace.context()
        if context is None:
            self.clear()
            return
        now = dt.datetime.now(dt.UTC)
        stop = self._open_stop(context, now)
        home = localtime.local(now, context.home_timezone)
        text = QCoreApplication.translate("MainWindow", "Home {time} ({zone})").format(
            time=f"{home:%H:%M}", zone=context.home_timezone
        )
        if stop is not None and stop.timezone != context.home_timezone:
            there = localtime.local(now, stop.timezone)
            text = (
                QCoreApplication.translate("MainWindow", "{city} {time} ({zone})").format(
                    city=stop.label, time=f"{there:%H:%M}", zone=stop.timezone
                )
                + "  ·  "
                + text
            )
        self.setText(text)

    def _open_stop(self, context: TripContext, now: dt.datetime) -> StopChoice | None:
        """The stop selected in the itinerary or of the selected meeting, else where the
        delegation is now, else the first stop abroad."""
        window = self.owner
        shown = window.trip_tabs.current_name()  # (asking for a panel would make it)
        selected = window.itinerary.selected_uuid() if shown == "itinerary" else None
        meeting = None
        if shown in ("meetings", "schedule"):
            meeting = window.trip_tabs.current_panel().selected_uuid()
        if meeting:  # (in the schedule, a transfer's UUID finds no meeting)
            with self.workspace.store.session() as session:
                selected = queries.meeting_stop_uuid(session, meeting)
        for stop in context.stops:
            if stop.uuid == selected:
                return stop
        for stop in context.stops:
            if stop.arrive and stop.depart and stop.arrive <= now <= stop.depart:
                return stop
        abroad = [s for s in context.stops if s.timezone != context.home_timezone]
        return abroad[0] if abroad else (context.stops[0] if context.stops else None)
