"""The schedule grid's geometry and drag arithmetic, without widgets: where days, stops,
transfers and meetings go, across zones and on the days the clocks change."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from planner import localtime, store, trips
from planner.queries import ItineraryRow, MeetingRow
from planner.schedule import Schedule, build_schedule, read_schedule
from tests.conftest import NANSHAN
from ui.views.schedule.interaction import Mode, key_times, propose, start_drag, target_at
from ui.views.schedule.layout import (
    BLOCK_LEFT,
    MIN_BLOCK_HEIGHT,
    ViewOptions,
    build_layout,
    snap,
    step_from,
)

BERLIN = "Europe/Berlin"
PPM = 1.0  # one pixel per minute keeps the arithmetic readable
OPTIONS = ViewOptions(px_per_hour=60, width=700)


def at(text: str, zone: str = BERLIN) -> dt.datetime:
    return localtime.parse_local(text, zone)


def meeting(uuid: str, start: str, end: str, **extra: object) -> MeetingRow:
    begin = at(start)
    fields: dict[str, object] = {
        "uuid": uuid,
        "title": uuid,
        "kind": "meeting",
        "status": "confirmed",
        "stop_uuid": "berlin",
        "stop_city": "Berlin",
        "timezone": BERLIN,
        "start": begin,
        "end": at(end),
        "local_day": localtime.local_date(begin, BERLIN),
        "venue_name": None,
        "host": None,
    }
    fields.update(extra)
    return MeetingRow(**fields)  # type: ignore[arg-type]


def berlin(arrive: str, depart: str) -> ItineraryRow:
    return ItineraryRow(
        kind="stop", uuid="berlin", label="Berlin", depart_zone=BERLIN, arrive_zone=BERLIN,
        arrive=at(arrive), depart=at(depart), city="Berlin", lodging_name="Hotel Spree",
    )  # fmt: skip


def made(meetings: list[MeetingRow], arrive: str = "2024-10-25T08:00",
         depart: str = "2024-10-29T20:00", home: str = "Asia/Shanghai") -> Schedule:  # fmt: skip
    return build_schedule("trip", home, [berlin(arrive, depart)], meetings)


@pytest.fixture(scope="module")
def nanshan(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Schedule]:
    path: Path = tmp_path_factory.mktemp("layout") / "office.sqlite"
    with store.open_store(path) as st:
        with st.transaction() as session:
            uuid = trips.import_trip(session, NANSHAN).uuid
        with st.session() as session:
            yield read_schedule(session, uuid)


def test_a_flight_into_another_zone_is_drawn_in_each_days_local_time(nanshan: Schedule) -> None:
    layout = build_layout(nanshan, replace(OPTIONS, day_count=9))
    flight = next(t for t in nanshan.transfers if t.number == "EX 123")
    shenzhen, frankfurt = layout.blocks_of(flight.uuid)

    assert (shenzhen.column, frankfurt.column) == (0, 1)
    assert shenzhen.top == pytest.approx(23 * 60 + 55 - (MIN_BLOCK_HEIGHT - 5))
    assert shenzhen.bottom == 24 * 60 and shenzhen.ends_after
    assert frankfurt.top == 0 and frankfurt.starts_before
    assert frankfurt.bottom == pytest.approx(6 * 60 + 40)  # 06:40 in Frankfurt


def test_stops_are_bands_that_begin_at_arrival(nanshan: Schedule) -> None:
    layout = build_layout(nanshan, replace(OPTIONS, first_day=4, day_count=1))
    (wednesday,) = layout.columns
    frankfurt, nuremberg = wednesday.bands
    assert (frankfurt.top, frankfurt.bottom) == (0, 9 * 60 + 20)
    assert not frankfurt.arrives_here
    assert (nuremberg.top, nuremberg.bottom) == (11 * 60 + 30, 24 * 60)
    assert nuremberg.arrives_here


def test_overlapping_meetings_share_the_width_in_lanes() -> None:
    schedule = made(
        [
            meeting("a", "2024-10-25T10:00", "2024-10-25T11:00"),
            meeting("b", "2024-10-25T10:30", "2024-10-25T11:30"),
            meeting("c", "2024-10-25T11:00", "2024-10-25T12:00"),
            meeting("d", "2024-10-25T14:00", "2024-10-25T15:00"),
        ]
    )
    layout = build_layout(schedule, replace(OPTIONS, day_count=1))
    lanes = {b.uuid: (b.lane, b.lanes) for b in layout.blocks}
    assert lanes == {"a": (0, 2), "b": (1, 2), "c": (0, 2), "d": (0, 1)}
    a, b, d = (layout.blocks_of(u)[0] for u in "abd")
    assert a.x == BLOCK_LEFT and b.x == pytest.approx(a.right + 1)
    assert d.width == pytest.approx(2 * a.width + 1)


def test_a_block_widens_over_lanes_free_while_it_lasts() -> None:
    schedule = made(
        [
            meeting("long", "2024-10-25T10:00", "2024-10-25T11:00"),
            meeting("b", "2024-10-25T10:00", "2024-10-25T10:30"),
            meeting("c", "2024-10-25T10:00", "2024-10-25T10:30"),
            meeting("later", "2024-10-25T10:30", "2024-10-25T11:00"),
        ]
    )
    layout = build_layout(schedule, replace(OPTIONS, day_count=1))
    (b,), (later,) = layout.blocks_of("b"), layout.blocks_of("later")
    assert (later.lane, later.lanes) == (1, 3)
    assert later.x == b.x and later.width == pytest.approx(2 * b.width + 1)


def test_the_autumn_day_is_an_hour_taller_and_labels_its_own_hours() -> None:
    schedule = made([meeting("late", "2024-10-27T23:00", "2024-10-27T23:30")])
    layout = build_layout(schedule, replace(OPTIONS, first_day=1, day_count=3))
    saturday, sunday, monday = layout.columns

    assert [c.frame.minutes for c in layout.columns] == [1440, 1500, 1440]
    assert layout.height == 1500 * PPM
    assert layout.axis == 0  # the gutter reads Saturday's hours
    assert saturday.labels == () and saturday.home_ahead is None
    # Monday's wall hours are Saturday's, but home (Shanghai) is now 7 hours ahead, not 6:
    # its header says so once rather than every hour.
    assert monday.labels == () and monday.home_ahead == 7 * 60
    assert sunday.home_ahead is None  # its home hours match the gutter's, line by line
    assert sunday.label_margin > 0 and saturday.label_margin == 0
    own = {(label.minute, label.local) for label in sunday.labels if not label.half}
    assert (180, "02:00") in own and (240, "03:00") in own
    assert (120, "02:00") not in own  # the gutter already says so
    (late,) = layout.blocks_of("late")
    assert late.top == 24 * 60 and late.column == 1  # 23:00 CET is 24 h after midnight
    (change,) = sunday.transitions
    assert (change.minute, change.before, change.after, change.at) == (180, "CEST", "CET", "03:00")


def test_the_spring_day_is_an_hour_shorter() -> None:
    schedule = made(
        [meeting("m", "2024-03-31T03:00", "2024-03-31T04:00")],
        "2024-03-30T08:00",
        "2024-04-01T20:00",
    )
    layout = build_layout(schedule, replace(OPTIONS, day_count=3))
    assert [c.frame.minutes for c in layout.columns] == [1440, 1380, 1440]
    (m,) = layout.blocks_of("m")
    assert m.top == 2 * 60  # 03:00 comes two hours after midnight that day
    assert (m.top, "03:00") in {(label.minute, label.local) for label in layout.columns[1].labels}


def test_a_day_in_the_home_zone_gets_no_second_time_axis(nanshan: Schedule) -> None:
    layout = build_layout(nanshan, replace(OPTIONS, first_day=0, day_count=3))
    assert layout.show_home
    assert layout.columns[layout.axis or 0].frame.zone == BERLIN
    shenzhen = layout.columns[0]
    assert shenzhen.frame.zone == "Asia/Shanghai"
    assert shenzhen.labels == ()  # same wall hours as the gutter, and home time itself
    gutter = {label.minute: label.home for label in layout.gutter}
    assert gutter[14 * 60] == "20:00" and gutter[20 * 60] == "02:00 +1"


def test_filters_hide_other_peoples_and_cancelled_meetings() -> None:
    schedule = made(
        [
            meeting("mine", "2024-10-25T10:00", "2024-10-25T11:00", attendee_uuids=("p",),
                    attendee_names=("P",)),
            meeting("theirs", "2024-10-25T12:00", "2024-10-25T13:00"),
            meeting("off", "2024-10-25T14:00", "2024-10-25T15:00", status="cancelled",
                    attendee_uuids=("p",), attendee_names=("P",)),
        ]
    )  # fmt: skip
    shown = {b.uuid for b in build_layout(schedule, replace(OPTIONS, day_count=1)).blocks}
    assert shown == {"mine", "theirs", "off"}
    mine = build_layout(schedule, replace(OPTIONS, day_count=1, person="p"))
    assert {b.uuid for b in mine.blocks} == {"mine", "off"}
    active = build_layout(schedule, replace(OPTIONS, day_count=1, show_cancelled=False))
    assert {b.uuid for b in active.blocks} == {"mine", "theirs"}


def test_a_press_chooses_move_resize_or_create() -> None:
    layout = build_layout(
        made([meeting("m", "2024-10-25T10:00", "2024-10-25T11:00")]),
        replace(OPTIONS, day_count=1),
    )
    x = BLOCK_LEFT + 20
    assert target_at(layout, x, 10 * 60 + 30).mode is Mode.MOVE
    assert target_at(layout, x, 10 * 60 + 1).mode is Mode.RESIZE_START
    assert target_at(layout, x, 11 * 60 - 2).mode is Mode.RESIZE_END
    assert target_at(layout, x, 13 * 60).mode is Mode.CREATE
    assert target_at(layout, x, 25 * 60).mode is None  # below the day


def test_drags_snap_and_keep_lengths() -> None:
    layout = build_layout(
        made([meeting("m", "2024-10-25T10:00", "2024-10-25T11:00")]),
        replace(OPTIONS, day_count=2),
    )
    x = BLOCK_LEFT + 20
    move = start_drag(layout, x, 10 * 60 + 20)
    assert move is not None and move.mode is Mode.MOVE
    start, end = propose(move, layout, x, 11 * 60 + 57, 15) or (None, None)
    assert (start, end) == (at("2024-10-25T11:30"), at("2024-10-25T12:30"))
    start, end = propose(move, layout, x + 350, 10 * 60 + 20, 5) or (None, None)
    assert start == at("2024-10-26T10:00")  # the next column: the same time a day later

    resize = start_drag(layout, x, 11 * 60 - 1)
    assert resize is not None and resize.mode is Mode.RESIZE_END
    assert propose(resize, layout, x, 9 * 60, 15) == (
        at("2024-10-25T10:00"),
        at("2024-10-25T10:15"),
    )  # never shorter than a step

    create = start_drag(layout, x, 15 * 60 + 4)
    assert create is not None and create.mode is Mode.CREATE
    assert propose(create, layout, x, 14 * 60 + 2, 15) == (
        at("2024-10-25T14:00"),
        at("2024-10-25T15:00"),
    )  # dragged upwards


def test_keys_step_onto_the_grid_and_move_by_whole_days() -> None:
    start, end = at("2024-10-25T10:07"), at("2024-10-25T11:07")
    assert key_times(start, end, BERLIN, 15, vertical=1, days=0, resize=False) == (
        at("2024-10-25T10:15"),
        at("2024-10-25T11:15"),
    )
    assert key_times(start, end, BERLIN, 15, vertical=-1, days=0, resize=False) == (
        at("2024-10-25T10:00"),
        at("2024-10-25T11:00"),
    )
    assert key_times(start, end, BERLIN, 5, vertical=1, days=0, resize=True) == (
        start,
        at("2024-10-25T11:10"),
    )
    # Across the autumn change a day later is the same wall time, 25 hours on.
    moved = key_times(
        at("2024-10-26T10:00"), at("2024-10-26T11:00"), BERLIN, 15, vertical=0, days=1,
        resize=False,
    )  # fmt: skip
    assert moved == (at("2024-10-27T10:00"), at("2024-10-27T11:00"))
    short = (at("2024-10-25T10:00"), at("2024-10-25T10:15"))
    assert key_times(*short, BERLIN, 15, vertical=-1, days=0, resize=True) is None


def test_snap_and_step() -> None:
    assert snap(37, 15) == 30 and snap(38, 15) == 45 and snap(-7, 5) == -5
    assert step_from(30, 15, 1) == 45 and step_from(30, 15, -1) == 15
    assert step_from(37, 15, 1) == 45 and step_from(37, 15, -1) == 30
