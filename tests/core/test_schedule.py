"""The schedule's time model: local days in elapsed time, across zones and clock changes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from planner import localtime, schedule, store, trips
from planner.schedule import Schedule, day_frame
from tests.conftest import NANSHAN

UTC = dt.UTC


def utc(*args: int) -> dt.datetime:
    return dt.datetime(*args, tzinfo=UTC)  # type: ignore[misc]


@pytest.fixture(scope="module")
def nanshan(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Schedule]:
    path: Path = tmp_path_factory.mktemp("schedule") / "office.sqlite"
    with store.open_store(path) as st:
        with st.transaction() as session:
            uuid = trips.import_trip(session, NANSHAN).uuid
        with st.session() as session:
            yield schedule.read_schedule(session, uuid)


def test_a_day_is_24_hours_and_clock_change_days_are_23_and_25() -> None:
    assert day_frame(dt.date(2024, 6, 17), "Europe/Berlin").minutes == 24 * 60
    spring = day_frame(dt.date(2024, 3, 31), "Europe/Berlin")
    autumn = day_frame(dt.date(2024, 10, 27), "Europe/Berlin")
    assert spring.minutes == 23 * 60
    assert autumn.minutes == 25 * 60
    assert autumn.start == utc(2024, 10, 26, 22)
    assert autumn.end == utc(2024, 10, 27, 23)


def test_the_repeated_hour_appears_twice_one_hour_apart_in_elapsed_time() -> None:
    autumn = day_frame(dt.date(2024, 10, 27), "Europe/Berlin")
    first = localtime.parse_local("2024-10-27T02:30", "Europe/Berlin")
    second = localtime.parse_local("2024-10-27T02:30+01:00", "Europe/Berlin")

    assert autumn.minute_of(first) == 150
    assert autumn.minute_of(second) == 210
    assert autumn.instant_at(210) == second
    marks = [(m.minute, f"{m.local:%H:%M}", m.second_pass) for m in autumn.marks("UTC")]
    assert marks[:5] == [
        (0, "00:00", False),
        (60, "01:00", False),
        (120, "02:00", False),
        (180, "02:00", True),
        (240, "03:00", False),
    ]
    assert marks[-1] == (1440, "23:00", False)


def test_the_skipped_hour_is_absent() -> None:
    spring = day_frame(dt.date(2024, 3, 31), "Europe/Berlin")
    labels = [f"{m.local:%H:%M}" for m in spring.marks("Europe/Berlin")]
    assert "02:00" not in labels
    assert labels[:3] == ["00:00", "01:00", "03:00"]
    assert len(labels) == 23


def test_a_day_whose_midnight_is_skipped_starts_at_the_change() -> None:
    # Havana's clocks go from 00:00 to 01:00 on 2024-03-10.
    frame = day_frame(dt.date(2024, 3, 10), "America/Havana")
    assert frame.minutes == 23 * 60
    assert localtime.local(frame.start, "America/Havana").strftime("%d %H:%M") == "10 01:00"
    assert localtime.local_date(frame.start - dt.timedelta(seconds=1), "America/Havana") == (
        dt.date(2024, 3, 9)
    )


def test_home_labels_are_computed_per_line_when_home_changes_its_clocks() -> None:
    # New York moves to summer time at 07:00 UTC on 2024-03-10; Berlin three weeks later.
    frame = day_frame(dt.date(2024, 3, 10), "Europe/Berlin")
    homes = {f"{m.local:%H:%M}": f"{m.home:%H:%M}" for m in frame.marks("America/New_York")}
    assert homes["07:00"] == "01:00"
    assert homes["08:00"] == "03:00"
    assert homes["14:00"] == "09:00"


def test_half_hours_are_marked_when_asked() -> None:
    frame = day_frame(dt.date(2024, 6, 17), "Asia/Kathmandu")
    assert len(frame.marks("Asia/Shanghai")) == 24
    assert len(frame.marks("Asia/Shanghai", half_hours=True)) == 48


def test_each_day_of_the_sample_trip_is_in_the_zone_of_its_stop(nanshan: Schedule) -> None:
    days = [(d.day.isoformat(), d.zone) for d in nanshan.days]
    assert days[0] == ("2024-06-15", "Asia/Shanghai")
    assert days[1:8] == [(f"2024-06-{n}", "Europe/Berlin") for n in range(16, 23)]
    assert days[8] == ("2024-06-23", "Asia/Shanghai")

    def cities(day: str) -> list[str]:
        found = next(d for d in nanshan.days if d.day.isoformat() == day)
        return [nanshan.stop(u).city for u in found.stop_uuids]  # type: ignore[union-attr]

    assert cities("2024-06-19") == ["Frankfurt am Main", "Nuremberg"]
    assert cities("2024-06-20") == ["Nuremberg", "Munich"]
    wednesday = nanshan.days[nanshan.day_index(dt.date(2024, 6, 19)) or 0]
    assert nanshan.stop(wednesday.stop_uuid).city == "Nuremberg"  # type: ignore[union-attr]
    night = nanshan.stop(wednesday.night_stop_uuid or "")
    assert night is not None and night.lodging_name == "Hotel Altstadt (example)"
    saturday = nanshan.days[nanshan.day_index(dt.date(2024, 6, 22)) or 0]
    assert saturday.night_stop_uuid is None  # on the plane home


def test_the_stop_of_a_new_or_moved_meeting_follows_the_delegation(nanshan: Schedule) -> None:
    frankfurt, nuremberg = nanshan.stops[1].uuid, nanshan.stops[2].uuid
    wednesday = nanshan.days[nanshan.day_index(dt.date(2024, 6, 19)) or 0]
    at_one = localtime.parse_local("2024-06-19T13:00", "Europe/Berlin")
    on_the_train = localtime.parse_local("2024-06-19T10:00", "Europe/Berlin")
    early = localtime.parse_local("2024-06-19T08:00", "Europe/Berlin")

    assert nanshan.stop_for_new(at_one, wednesday) == nuremberg
    assert nanshan.stop_for_new(on_the_train, wednesday) == nuremberg  # the day's stop
    assert nanshan.stop_for_new(early, wednesday) == frankfurt
    assert nanshan.stop_for_move(frankfurt, early) == frankfurt
    assert nanshan.stop_for_move(frankfurt, at_one) == nuremberg
    assert nanshan.stop_for_move(frankfurt, on_the_train) == frankfurt  # nowhere else


def test_people_are_those_who_attend_meetings_by_name(nanshan: Schedule) -> None:
    names = [name for _uuid, name in nanshan.people()]
    assert names == sorted(names, key=str.casefold)
    assert "Ingmar Bruder" in names


def test_a_trip_without_stops_has_no_days() -> None:
    empty = schedule.build_schedule("x", "Europe/Berlin", [], [])
    assert empty.days == ()
    assert empty.day_index(dt.date(2024, 1, 1)) is None
