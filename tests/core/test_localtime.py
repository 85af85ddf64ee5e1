"""Wall times and instants across clock changes and zones."""

from __future__ import annotations

import datetime as dt

import pytest

from planner import localtime

UTC = dt.UTC


def test_a_wall_time_in_shanghai_is_eight_hours_ahead_of_utc() -> None:
    assert localtime.parse_local("2024-06-17T14:00", "Asia/Shanghai") == dt.datetime(
        2024, 6, 17, 6, 0, tzinfo=UTC
    )


def test_the_skipped_hour_is_refused_naming_time_and_zone() -> None:
    with pytest.raises(localtime.TimeError) as caught:
        localtime.parse_local("2024-03-31T02:30", "Europe/Berlin")
    assert "2024-03-31T02:30" in str(caught.value)
    assert "Europe/Berlin" in str(caught.value)


def test_the_repeated_hour_means_its_first_pass_unless_an_offset_says_otherwise() -> None:
    first = localtime.parse_local("2024-10-27T02:30", "Europe/Berlin")
    second = localtime.parse_local("2024-10-27T02:30+01:00", "Europe/Berlin")
    assert first == dt.datetime(2024, 10, 27, 0, 30, tzinfo=UTC)
    assert second - first == dt.timedelta(hours=1)
    assert localtime.parse_local("2024-10-27T02:30+02:00", "Europe/Berlin") == first


def test_an_offset_that_the_zone_never_has_at_that_time_is_refused() -> None:
    with pytest.raises(localtime.TimeError, match=r"\+05:00 does not match Europe/Berlin"):
        localtime.parse_local("2024-06-17T14:00+05:00", "Europe/Berlin")


def test_formatting_writes_an_offset_only_for_the_second_pass() -> None:
    first = dt.datetime(2024, 10, 27, 0, 30, tzinfo=UTC)
    second = dt.datetime(2024, 10, 27, 1, 30, tzinfo=UTC)
    assert localtime.format_local(first, "Europe/Berlin") == "2024-10-27T02:30"
    assert localtime.format_local(second, "Europe/Berlin") == "2024-10-27T02:30+01:00"
    assert (
        localtime.format_local(dt.datetime(2024, 6, 17, 6, 0, 15, tzinfo=UTC), "Asia/Shanghai")
        == "2024-06-17T14:00:15"
    )


def test_offsets_west_of_utc_and_half_hours_are_written_with_their_sign_once() -> None:
    # New York's repeated hour: 01:30 EDT (-04:00), then 01:30 again in EST (-05:00).
    second = dt.datetime(2024, 11, 3, 6, 30, tzinfo=UTC)
    assert localtime.format_local(second, "America/New_York") == "2024-11-03T01:30-05:00"
    assert localtime.parse_local("2024-11-03T01:30-05:00", "America/New_York") == second
    with pytest.raises(localtime.TimeError) as caught:
        localtime.parse_local("2024-11-03T01:30+01:00", "America/New_York")
    assert "(it is -04:00 or -05:00 there)" in str(caught.value)
    assert localtime.format_offset(dt.timedelta(hours=-3, minutes=-30)) == "-03:30"  # St John's
    assert localtime.format_offset(dt.timedelta(hours=5, minutes=30)) == "+05:30"  # Kolkata
    assert localtime.format_offset(None) == "+00:00"


@pytest.mark.parametrize(
    "text",
    ["2024-06-17 14:00", "2024-6-17T14:00", "2024-02-30T10:00", "2024-06-17T25:00", "", "noon"],
)
def test_malformed_or_impossible_times_are_refused(text: str) -> None:
    with pytest.raises(localtime.TimeError):
        localtime.parse_local(text, "Europe/Berlin")


@pytest.mark.parametrize("name", ["Europe/Nowhere", "localtime", "../etc/passwd", "", " UTC"])
def test_unknown_zone_names_are_refused(name: str) -> None:
    assert not localtime.is_zone(name)
    with pytest.raises(localtime.TimeError, match="unknown time zone"):
        localtime.parse_local("2024-06-17T14:00", name)


def test_a_zone_tzdata_lists_is_known_without_walking_the_system_zone_folders(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Walking /usr/share/zoneinfo (zone_names) cost 30 ms of every process's first zone.
    walked: list[bool] = []
    monkeypatch.setattr(localtime, "zone_names", lambda: walked.append(True) or frozenset())
    localtime.zone.cache_clear()
    try:
        assert localtime.is_zone("Asia/Shanghai") and localtime.is_zone("Europe/Berlin")
        assert walked == []
        assert not localtime.is_zone("Europe/Nowhere")  # only a stranger asks the folders
        assert walked == [True]
    finally:
        localtime.zone.cache_clear()
