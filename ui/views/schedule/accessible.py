"""The schedule grid as a screen reader reads it: one item per stop band, meeting and transfer.

The items follow the grid's reading order (:func:`~ui.views.schedule.navigation.reading_order`):
each day shown, its stop bands first, then its blocks from the top. A name says what a sighted
user sees at a glance (title, day, local and home time, kind, status, problems); the
description repeats the block's tooltip (venue, attendees, answers). A block with problems has
the badge as its child, named with the problems. Keys are the UUIDs the canvas selects by, so
the keyboard's place and the items agree.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtGui import QAccessible

from planner import localtime
from ui.home_time import home_zone_label
from ui.models import vocab_text
from ui.views.schedule.layout import Band, Block, Column, Layout
from ui.views.schedule.navigation import reading_order
from ui.views.schedule.painting import time_range
from ui.widgets.accessible_items import Item

if TYPE_CHECKING:
    from planner.checks import Problem

STOP_KEY = "stop:{column}:{stop}"
BADGE_KEY = "problems:{uuid}"


def schedule_items(
    layout: Layout | None,
    problems_of: Callable[[str], Sequence[Problem]],
    problem_text: Callable[[Sequence[Any]], str],
    tooltip: Callable[[Block], str],
) -> list[Item]:
    """The items of ``layout`` in reading order (none without a layout)."""
    if layout is None:
        return []
    items: list[Item] = []
    seen: set[str] = set()
    blocks = reading_order(layout)
    for column in layout.columns:
        items += [_band_item(layout, column, band) for band in column.bands]
        for block in blocks:
            if block.column != column.position or block.uuid in seen:
                continue
            seen.add(block.uuid)
            problems = problems_of(block.uuid)
            said = problem_text(problems) if problems else ""
            badge = (
                (Item(BADGE_KEY.format(uuid=block.uuid), said, QAccessible.Role.StaticText),)
                if problems
                else ()
            )
            items.append(
                Item(
                    block.uuid,
                    _block_name(layout, block, said),
                    QAccessible.Role.ListItem,
                    description=partial(tooltip, block),
                    focusable=True,
                    children=badge,
                )
            )
    return items


def block_name(
    layout: Layout | None,
    uuid: str,
    problems_of: Callable[[str], Sequence[Problem]],
    problem_text: Callable[[Sequence[Any]], str],
) -> str | None:
    """The name of the block ``uuid`` alone (None when it is not shown): what the keyboard is
    on, checked after every change without naming the whole week."""
    blocks = layout.blocks_of(uuid) if layout is not None else []
    if layout is None or not blocks:
        return None
    problems = problems_of(uuid)
    return _block_name(layout, blocks[0], problem_text(problems) if problems else "")


def long_day(day: dt.date) -> str:
    """``Monday, 17 June 2024`` in the user's language: what a screen reader says in full."""
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)


def _block_name(layout: Layout, block: Block, problems: str) -> str:
    home = layout.schedule.home_timezone
    meeting, transfer = block.meeting, block.transfer
    if meeting is not None:
        zone = meeting.timezone
        first = meeting.title
        parts = [
            vocab_text.word(vocab_text.meeting_kinds(), meeting.kind),
            vocab_text.word(vocab_text.meeting_statuses(), meeting.status),
        ]
    else:
        assert transfer is not None
        zone = transfer.depart_zone
        mode = vocab_text.word(vocab_text.transfer_modes(), transfer.mode)
        name = " ".join(p for p in (mode, transfer.number or transfer.carrier) if p)
        first = f"{name}, {transfer.city} → {transfer.to_city or ''}"
        parts = []
    day = long_day(localtime.local(block.start, zone).date())
    local = QCoreApplication.translate("ScheduleView", "{times} local time").format(
        times=_times(block, zone)
    )
    words = [first, day, local]
    if home != zone:
        at_home = QCoreApplication.translate("ScheduleView", "{times} at home ({zone})")
        words.append(at_home.format(times=_times(block, home), zone=home_zone_label(home)))
    words += [p for p in parts if p]
    if problems:
        words.append(problems.replace("\n", "; "))
    return _separator().join(words)


def _separator() -> str:
    """Between the parts of a name: a full-width comma in Chinese."""
    return QCoreApplication.translate("ScheduleView", ", ", "between the parts of a spoken name")


def _times(block: Block, zone: str) -> str:
    """The block's span in ``zone``; a transfer between zones names each end's zone."""
    transfer = block.transfer
    if (
        transfer is None
        or transfer.depart_zone == transfer.arrive_zone
        or zone != transfer.depart_zone
    ):
        return time_range(block.start, block.end, zone)
    depart = localtime.local(block.start, transfer.depart_zone)
    arrive = localtime.local(block.end, transfer.arrive_zone)
    return f"{depart:%H:%M} {depart.tzname()}–{arrive:%H:%M} {arrive.tzname()}"


def _band_item(layout: Layout, column: Column, band: Band) -> Item:
    stop = layout.schedule.stop(band.stop_uuid)
    city = stop.city if stop is not None else ""
    frame = column.frame
    start = frame.instant_at(round(band.top / column.px_per_minute))
    end = frame.instant_at(round(band.bottom / column.px_per_minute))
    whole_start, whole_end = start <= frame.start, end >= frame.end
    if whole_start and whole_end:
        times = QCoreApplication.translate("ScheduleView", "all day")
    elif whole_end:
        times = QCoreApplication.translate("ScheduleView", "from {time}").format(
            time=f"{localtime.local(start, frame.zone):%H:%M}"
        )
    elif whole_start:
        times = QCoreApplication.translate("ScheduleView", "until {time}").format(
            time=f"{localtime.local(end, frame.zone):%H:%M}"
        )
    else:
        times = time_range(start, end, frame.zone)
    name = QCoreApplication.translate("ScheduleView", "Stay in {city}, {day}, {times}").format(
        city=city, day=long_day(column.day.day), times=times
    )
    if stop is not None and stop.lodging_name and column.day.night_stop_uuid == band.stop_uuid:
        name += _separator() + stop.lodging_name
    return Item(
        STOP_KEY.format(column=column.position, stop=band.stop_uuid),
        name,
        QAccessible.Role.StaticText,
    )
