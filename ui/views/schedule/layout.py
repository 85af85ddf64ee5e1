"""Where everything goes on the schedule grid, in pixels, computed once per change.

No Qt here: the layout is plain arithmetic over a :class:`planner.schedule.Schedule` and the
view's options, so it is easy to test and the paint event only draws what it finds here.

Coordinates are those of the grid's content: x from the left of the first day column shown,
y from the first instant of each day. The canvas adds the pinned header and time gutter and
the scroll offsets. A column is one local day of its stop's zone in elapsed time (see
:mod:`planner.schedule`): ``y = minutes since the day's first instant * px_per_minute``, so
a 25-hour day is taller than its neighbours and a 23-hour day ends an hour early.

The time gutter is labelled from one *axis column* (the first shown day in the zone most
shown days are in, a 24-hour day if there is one). Another column says how it differs:

- its local hours where they differ from the gutter's (the day the clocks change, from the
  change on) are labelled in a margin at the column's left;
- when home is a fixed time ahead of it that differs from the gutter's (another zone, or a
  day after a clock change), the header says so ("home +7 h") instead of labelling every
  hour; when that difference changes during the day, the hours where it differs carry their
  home time in the margin too.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from planner import localtime
from planner.queries import ItineraryRow, MeetingRow
from planner.schedule import DayFrame, HourMark, Schedule, ScheduleDay, most_common_zone

MEETING = "meeting"
TRANSFER = "transfer"
ZOOM_LEVELS = (24.0, 32.0, 40.0, 48.0, 64.0, 80.0, 96.0, 128.0)
"""Pixels per hour the zoom steps through."""
DEFAULT_ZOOM = 48.0
MIN_COLUMN_WIDTH = 150.0
BAND_WIDTH = 5.0
"""The stripe at a column's left edge that shows which stop the delegation is at."""
BLOCK_LEFT = 8.0
BLOCK_RIGHT = 14.0
"""Blocks leave this much of a column free on the right, to press and drag a new meeting
beside a busy hour."""
MIN_BLOCK_HEIGHT = 14.0
"""A five-minute meeting is still a block one can see, point at and drag."""


@dataclass(frozen=True)
class ViewOptions:
    first_day: int = 0
    """Index in :attr:`Schedule.days` of the first day shown."""
    day_count: int = 7
    px_per_hour: float = DEFAULT_ZOOM
    show_cancelled: bool = True
    person: str | None = None
    """Only the meetings this person (UUID) attends; None for everyone."""
    width: float = 7 * MIN_COLUMN_WIDTH
    """The width available for the day columns."""
    label_width: float = 40.0
    """The margin a column keeps at its left for its own hour labels, when it has any."""

    @property
    def px_per_minute(self) -> float:
        return self.px_per_hour / 60


@dataclass(frozen=True)
class AxisLabel:
    """A time label at a line: the local and home wall times (None where not shown)."""

    minute: int
    local: str | None
    home: str | None
    second_pass: bool = False
    half: bool = False


@dataclass(frozen=True)
class Transition:
    """A clock change inside a day: the offsets before and after, by abbreviation."""

    minute: int
    before: str
    after: str
    shift_minutes: int
    """How far the clocks move: -60 when they go back an hour."""
    at: str
    """The wall time at which they move, on the clock before the change (``03:00``)."""


@dataclass(frozen=True)
class Band:
    """A stop's stay within one column (the delegation is there from top to bottom)."""

    stop_uuid: str
    stop_index: int
    top: float
    bottom: float
    arrives_here: bool
    """The stay begins inside the column (an arrival), not before it."""


@dataclass(frozen=True)
class Column:
    """One day shown: where it is, how tall it is, and what marks it carries."""

    position: int
    """0 for the first column shown."""
    index: int
    """The day's index in :attr:`Schedule.days`."""
    day: ScheduleDay
    x: float
    width: float
    px_per_minute: float
    marks: tuple[HourMark, ...]
    labels: tuple[AxisLabel, ...]
    """Labels the column draws itself in its margin, where they differ from the gutter's."""
    transitions: tuple[Transition, ...]
    bands: tuple[Band, ...]
    home_ahead: int | None = None
    """Minutes home is ahead of this day's clock, for the header, when that differs from
    what the gutter shows (None: as the gutter, the home zone itself, or said by labels)."""
    label_margin: float = 0.0

    @property
    def block_left(self) -> float:
        """Where the blocks of this column start (right of the stripe and the margin)."""
        return self.x + BLOCK_LEFT + self.label_margin

    @property
    def frame(self) -> DayFrame:
        return self.day.frame

    @property
    def height(self) -> float:
        return self.frame.minutes * self.px_per_minute

    @property
    def right(self) -> float:
        return self.x + self.width

    def y_of(self, instant: dt.datetime) -> float:
        return self.frame.minute_of(instant) * self.px_per_minute

    def minute_at(self, y: float) -> float:
        return y / self.px_per_minute


@dataclass(frozen=True)
class Block:
    """A meeting or transfer drawn in one column (one that crosses midnight is two)."""

    uuid: str
    kind: str
    column: int
    """Position of the column in :attr:`Layout.columns`."""
    x: float
    top: float
    width: float
    bottom: float
    start: dt.datetime
    end: dt.datetime
    starts_before: bool
    """Its start is in an earlier column: the top edge is a cut, not the start."""
    ends_after: bool
    lane: int = 0
    lanes: int = 1
    meeting: MeetingRow | None = None
    transfer: ItineraryRow | None = None

    @property
    def height(self) -> float:
        return self.bottom - self.top

    @property
    def right(self) -> float:
        return self.x + self.width

    def contains(self, x: float, y: float) -> bool:
        return self.x <= x < self.right and self.top <= y < self.bottom


@dataclass(frozen=True)
class Layout:
    """Everything the canvas paints and hit-tests, for one set of options."""

    schedule: Schedule
    options: ViewOptions
    columns: tuple[Column, ...]
    blocks: tuple[Block, ...]
    axis: int | None
    """Position of the column the gutter is labelled from (None without columns)."""
    gutter: tuple[AxisLabel, ...]
    show_home: bool
    """The home axis is shown: some day shown is in another zone than home."""

    @property
    def width(self) -> float:
        return self.columns[-1].right if self.columns else 0.0

    @property
    def height(self) -> float:
        return max((c.height for c in self.columns), default=0.0)

    @property
    def px_per_minute(self) -> float:
        return self.options.px_per_minute

    def column_at(self, x: float) -> Column | None:
        for column in self.columns:
            if column.x <= x < column.right:
                return column
        return None

    def column_of_day(self, index: int) -> Column | None:
        return next((c for c in self.columns if c.index == index), None)

    def blocks_of(self, uuid: str) -> list[Block]:
        return [b for b in self.blocks if b.uuid == uuid]

    def block_at(self, x: float, y: float) -> Block | None:
        """The block drawn on top at content point (x, y)."""
        for block in reversed(self.blocks):
            if block.contains(x, y):
                return block
        return None

    def meeting_order(self) -> list[str]:
        """The meetings shown, by start instant: the order Tab walks through them."""
        seen: dict[str, dt.datetime] = {}
        for block in self.blocks:
            if block.meeting is not None:
                seen.setdefault(block.uuid, block.meeting.start)
        return sorted(seen, key=lambda uuid: seen[uuid])


def build_layout(schedule: Schedule, options: ViewOptions) -> Layout:
    """Place the days ``options`` asks for side by side and everything in them."""
    first = max(0, min(options.first_day, len(schedule.days) - 1))
    days = schedule.days[first : first + max(1, options.day_count)]
    ppm = options.px_per_minute
    width = max(MIN_COLUMN_WIDTH, options.width / len(days)) if days else 0.0
    home = schedule.home_timezone
    zone = most_common_zone(days)
    axis = None
    if days:
        same = [i for i, d in enumerate(days) if d.zone == zone]
        axis = next((i for i in same if days[i].frame.minutes == 24 * 60), same[0])
    gutter = _labels(days[axis].frame, home) if axis is not None else ()
    in_gutter = {label.minute: label for label in gutter}
    axis_ahead = _home_ahead(days[axis].frame, home) if axis is not None else frozenset()

    columns = []
    for position, day in enumerate(days):
        ahead = _home_ahead(day.frame, home)
        labels: tuple[AxisLabel, ...] = ()
        note = None
        if position != axis:
            abroad = day.zone != home
            varies = len(ahead) > 1
            if abroad and not varies and ahead != axis_ahead:
                note = next(iter(ahead))
            labels = tuple(
                label
                for label in (
                    _own_label(label, in_gutter.get(label.minute), abroad and varies)
                    for label in _labels(day.frame, home)
                    if not label.half
                )
                if label is not None
            )
        columns.append(
            Column(
                position=position,
                index=first + position,
                day=day,
                x=position * width,
                width=width,
                px_per_minute=ppm,
                marks=day.frame.marks(home, half_hours=True),
                labels=labels,
                transitions=_transitions(day.frame),
                bands=_bands(schedule, day, ppm),
                home_ahead=note,
                label_margin=options.label_width if labels else 0.0,
            )
        )
    meetings = [m for m in schedule.meetings if _shown(m, options)]
    blocks: list[Block] = []
    for column in columns:
        # Only what can reach the day is placed (a meeting ends a minute after it starts at
        # least): a week of a thousand meetings was seven thousand placements.
        start, end = column.frame.start - _MINUTE, column.frame.end
        near = [m for m in meetings if m.start < end and (m.end > start or m.start > start)]
        blocks += _place(column, near, schedule.transfers)
    return Layout(
        schedule=schedule,
        options=options,
        columns=tuple(columns),
        blocks=tuple(blocks),
        axis=axis,
        gutter=gutter,
        show_home=any(d.zone != home for d in schedule.days),
    )


def snap(minute: float, step: int) -> int:
    """The nearest multiple of ``step`` minutes."""
    return round(minute / step) * step


def step_from(minute: float, step: int, direction: int) -> int:
    """The next multiple of ``step`` after ``minute`` (``direction`` 1) or before it (-1); a
    keyboard move lands on the grid even from an odd time."""
    if direction > 0:
        return (int(minute // step) + 1) * step
    return (-int(-minute // step) - 1) * step


# -- private helpers ---------------------------------------------------------------------------


def _shown(meeting: MeetingRow, options: ViewOptions) -> bool:
    if meeting.cancelled and not options.show_cancelled:
        return False
    return options.person is None or options.person in meeting.attendee_uuids


@lru_cache(maxsize=512)
def _labels(frame: DayFrame, home: str) -> tuple[AxisLabel, ...]:
    return tuple(
        AxisLabel(
            mark.minute,
            f"{mark.local:%H:%M}",
            _home_text(mark.home, frame.day),
            mark.second_pass,
            mark.local.minute != 0,
        )
        for mark in frame.marks(home, half_hours=True)
    )


def _own_label(label: AxisLabel, gutter: AxisLabel | None, with_home: bool) -> AxisLabel | None:
    """What a column must label itself at a line: its local time where the gutter's differs,
    and (``with_home``) its home time where that differs."""
    local = label.local if gutter is None or gutter.local != label.local else None
    home = label.home if with_home and (gutter is None or gutter.home != label.home) else None
    if local is None and home is None:
        return None
    return AxisLabel(label.minute, local, home, label.second_pass, label.half)


@lru_cache(maxsize=512)
def _home_ahead(frame: DayFrame, home: str) -> frozenset[int]:
    """How many minutes home is ahead of the day's clock, over the day (one value unless a
    clock changes in either zone that day)."""
    return frozenset(
        int(((m.home.utcoffset() or _ZERO) - (m.local.utcoffset() or _ZERO)).total_seconds()) // 60
        for m in frame.marks(home)
    )


_ZERO = dt.timedelta()
_MINUTE = dt.timedelta(minutes=1)


def _home_text(home: dt.datetime, day: dt.date) -> str:
    """``20:00``, or ``06:00 +1`` when that is already the next day at home."""
    days = (home.date() - day).days
    return f"{home:%H:%M}" + (f" {days:+d}" if days else "")


@lru_cache(maxsize=512)
def _transitions(frame: DayFrame) -> tuple[Transition, ...]:
    """Where the offset changes inside the day (found between consecutive quarter hours)."""
    found = []
    tz = localtime.zone(frame.zone)
    previous = frame.start.astimezone(tz)
    minute = 15
    while minute < frame.minutes:
        local = frame.instant_at(minute).astimezone(tz)
        before, after = previous.utcoffset(), local.utcoffset()
        if before != after and before is not None and after is not None:
            change = int((after - before).total_seconds() // 60)
            wall = (frame.instant_at(minute) + before).replace(tzinfo=None)
            found.append(
                Transition(
                    minute, previous.tzname() or "", local.tzname() or "", change, f"{wall:%H:%M}"
                )
            )
        previous = local
        minute += 15
    return tuple(found)


def _bands(schedule: Schedule, day: ScheduleDay, ppm: float) -> tuple[Band, ...]:
    frame = day.frame
    bands = []
    for uuid in day.stop_uuids:
        stop = schedule.stop(uuid)
        if stop is None:
            continue
        start = max(stop.arrive or frame.start, frame.start)
        end = min(stop.depart or frame.end, frame.end)
        if end <= start:
            continue
        bands.append(
            Band(
                stop_uuid=uuid,
                stop_index=schedule.stop_index(uuid),
                top=frame.minute_of(start) * ppm,
                bottom=frame.minute_of(end) * ppm,
                arrives_here=stop.arrive is not None and frame.contains(stop.arrive),
            )
        )
    return tuple(bands)


@dataclass
class _Item:
    uuid: str
    kind: str
    top: float
    bottom: float
    start: dt.datetime
    end: dt.datetime
    starts_before: bool
    ends_after: bool
    meeting: MeetingRow | None = None
    transfer: ItineraryRow | None = None
    lane: int = 0
    lanes: int = 1
    span: int = 1
    """How many lanes the item is wide: it grows to the right over lanes free at its time."""


def _place(
    column: Column, meetings: Sequence[MeetingRow], transfers: Sequence[ItineraryRow]
) -> list[Block]:
    """The blocks of one column, side by side where they overlap (one lane each)."""
    frame, ppm = column.frame, column.px_per_minute
    items: list[_Item] = []

    def add(
        uuid: str,
        kind: str,
        *,
        start: dt.datetime,
        end: dt.datetime,
        meeting: MeetingRow | None = None,
        transfer: ItineraryRow | None = None,
    ) -> None:
        end = max(end, start + dt.timedelta(minutes=1))
        if start >= frame.end or end <= frame.start:
            return
        top = max(frame.minute_of(start), 0.0) * ppm
        bottom = min(frame.minute_of(end), frame.minutes) * ppm
        if bottom - top < MIN_BLOCK_HEIGHT:
            bottom = min(top + MIN_BLOCK_HEIGHT, frame.minutes * ppm)
            top = bottom - MIN_BLOCK_HEIGHT
        items.append(
            _Item(
                uuid,
                kind,
                top,
                bottom,
                start,
                end,
                start < frame.start,
                end > frame.end,
                meeting,
                transfer,
            )
        )

    for transfer in transfers:
        if transfer.depart is not None and transfer.arrive is not None:
            add(
                transfer.uuid,
                TRANSFER,
                start=transfer.depart,
                end=transfer.arrive,
                transfer=transfer,
            )
    for meeting in meetings:
        add(meeting.uuid, MEETING, start=meeting.start, end=meeting.end, meeting=meeting)

    items.sort(key=lambda i: (i.top, -i.bottom, i.kind != TRANSFER))
    _assign_lanes(items)
    inner = column.right - BLOCK_RIGHT - column.block_left
    blocks = []
    for item in items:
        lane_width = inner / item.lanes
        blocks.append(
            Block(
                uuid=item.uuid,
                kind=item.kind,
                column=column.position,
                x=column.block_left + item.lane * lane_width,
                top=item.top,
                width=lane_width * item.span - 1,
                bottom=item.bottom,
                start=item.start,
                end=item.end,
                starts_before=item.starts_before,
                ends_after=item.ends_after,
                lane=item.lane,
                lanes=item.lanes,
                meeting=item.meeting,
                transfer=item.transfer,
            )
        )
    return blocks


def _assign_lanes(items: list[_Item]) -> None:
    """Greedy lanes within each cluster of overlapping items (sorted by top); every item of a
    cluster shares the cluster's lane count, so their edges line up, and then widens over the
    lanes to its right that are free while it lasts (as paper diaries are drawn)."""
    cluster: list[_Item] = []
    lane_ends: list[float] = []
    bottom = 0.0
    for item in items:
        if cluster and item.top >= bottom:
            _close(cluster, len(lane_ends))
            cluster, lane_ends = [], []
        lane = next((i for i, end in enumerate(lane_ends) if end <= item.top), len(lane_ends))
        if lane == len(lane_ends):
            lane_ends.append(item.bottom)
        else:
            lane_ends[lane] = item.bottom
        item.lane = lane
        bottom = max(bottom, item.bottom) if cluster else item.bottom
        cluster.append(item)
    _close(cluster, len(lane_ends))


def _close(cluster: list[_Item], lanes: int) -> None:
    by_lane: dict[int, list[_Item]] = {}
    for item in cluster:
        item.lanes = lanes
        by_lane.setdefault(item.lane, []).append(item)
    for item in cluster:
        for lane in range(item.lane + 1, lanes):
            if any(o.top < item.bottom and item.top < o.bottom for o in by_lane.get(lane, ())):
                break
            item.span += 1
