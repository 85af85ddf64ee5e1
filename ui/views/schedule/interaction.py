"""What a press, a drag or a key means on the schedule grid, as new instants; no Qt here.

A drag starts where the mouse is pressed (:func:`start_drag`: on a meeting's body it moves
the meeting, on its top or bottom edge it resizes it, on empty space it creates one) and
:func:`propose` turns every later mouse position into the start and end the meeting would
get. Positions are snapped in elapsed minutes of the column under the mouse, so what the grid
shows is what the store gets, also in the repeated hour of an autumn clock change. Keys use
:func:`key_times`. The canvas draws the proposal while the button is down and asks for one
edit when it is released.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import Enum

from planner import editing, localtime
from planner.schedule import day_frame
from ui.views.schedule.layout import MEETING, Block, Column, Layout, snap, step_from

EDGE = 5.0
"""How close to a block's top or bottom edge (in pixels) a press resizes instead of moving."""


class Mode(Enum):
    MOVE = "move"
    RESIZE_START = "resize-start"
    RESIZE_END = "resize-end"
    CREATE = "create"


@dataclass(frozen=True)
class Target:
    """What is under the mouse: a block (and which part of it), or empty space in a column."""

    column: Column | None
    block: Block | None
    mode: Mode | None
    """What a drag from here does (None: nothing, e.g. a transfer, or outside the days)."""


@dataclass
class Drag:
    """A drag in progress."""

    mode: Mode
    uuid: str | None
    start: dt.datetime
    end: dt.datetime
    """The meeting's instants before the drag (for CREATE: the pressed instant, twice)."""
    column: int
    """Position of the pressed column in the layout."""
    grab: float
    """For MOVE: elapsed minutes from the meeting's start to the pressed point."""
    press_minute: float
    proposal: tuple[dt.datetime, dt.datetime] | None = None
    """Where the meeting would go if released now; None until the mouse has moved."""


def target_at(layout: Layout, x: float, y: float) -> Target:
    """What a press at content point (x, y) would grab."""
    column = layout.column_at(x)
    if column is None or y < 0 or y >= column.height:
        return Target(column, None, None)
    block = layout.block_at(x, y)
    if block is None:
        return Target(column, None, Mode.CREATE)
    if block.kind != MEETING:
        return Target(column, block, None)
    edge = min(EDGE, block.height / 4)
    if y < block.top + edge and not block.starts_before:
        return Target(column, block, Mode.RESIZE_START)
    if y >= block.bottom - edge and not block.ends_after:
        return Target(column, block, Mode.RESIZE_END)
    return Target(column, block, Mode.MOVE)


def start_drag(layout: Layout, x: float, y: float) -> Drag | None:
    """The drag a press at (x, y) begins, or None where a drag does nothing."""
    target = target_at(layout, x, y)
    column = target.column
    if target.mode is None or column is None:
        return None
    minute = column.minute_at(y)
    if target.block is None:
        instant = column.frame.instant_at(minute)
        return Drag(Mode.CREATE, None, instant, instant, column.position, 0.0, minute)
    block = target.block
    grab = minute - column.frame.minute_of(block.start)
    return Drag(target.mode, block.uuid, block.start, block.end, column.position, grab, minute)


def propose(
    drag: Drag, layout: Layout, x: float, y: float, step: int
) -> tuple[dt.datetime, dt.datetime] | None:
    """The start and end the dragged meeting gets with the mouse at (x, y), snapped to
    ``step`` minutes; None outside the days shown."""
    if drag.mode is Mode.CREATE:
        column = layout.columns[drag.column]  # a new meeting stays in the day it began
    else:
        found = layout.column_at(x)
        if found is None:
            found = layout.columns[0] if x < 0 else layout.columns[-1]
        column = found
    frame = column.frame
    minute = min(max(column.minute_at(y), 0.0), float(frame.minutes))
    length = drag.end - drag.start
    if drag.mode is Mode.MOVE:
        start = frame.instant_at(snap(minute - drag.grab, step))
        return start, start + length
    if drag.mode is Mode.RESIZE_END:
        end = frame.instant_at(snap(minute, step))
        return drag.start, max(end, drag.start + dt.timedelta(minutes=step))
    if drag.mode is Mode.RESIZE_START:
        start = frame.instant_at(snap(minute, step))
        return min(start, drag.end - dt.timedelta(minutes=step)), drag.end
    low, high = sorted((drag.press_minute, minute))
    first = snap(low, step)
    last = max(snap(high, step), first + step)
    if last > frame.minutes:
        first, last = max(0, frame.minutes - step), frame.minutes
    return frame.instant_at(first), frame.instant_at(last)


def key_times(
    start: dt.datetime, end: dt.datetime, zone: str, step: int, *, vertical: int, days: int,
    resize: bool,
) -> tuple[dt.datetime, dt.datetime] | None:  # fmt: skip
    """Where a key moves a meeting: ``vertical`` (-1 up, 1 down) by ``step`` minutes onto the
    grid of its local day, or ``days`` whole days at the same wall time; with ``resize`` the
    end moves instead (never to or before the start). None when nothing changes."""
    length = end - start
    if days:
        new_start = editing.shift_wall(start, zone, days)
        return new_start, new_start + length
    if resize:
        frame = day_frame(localtime.local_date(end, zone), zone)
        new_end = frame.instant_at(step_from(frame.minute_of(end), step, vertical))
        if new_end <= start:
            return None
        return start, new_end
    frame = day_frame(localtime.local_date(start, zone), zone)
    new_start = frame.instant_at(step_from(frame.minute_of(start), step, vertical))
    return new_start, new_start + length
