"""``night-hours``, ``public-holiday`` and ``weekend``: local hours and days off, at the stop and
at every branch venue."""

from __future__ import annotations

import datetime as dt

import pytest

from planner import checks
from planner.checks import days_off
from planner.store import Store
from tests.core.test_checks import (
    add_meeting,
    at,
    check,
    jiangsu,
    nanshan,
    of_kind,
    shifted,
    stop,
)

CHANGZHOU_BRANCH = {
    "name": "Nanshan partner office",
    "city": "Changzhou",
    "country": "CN",
    "timezone": "Asia/Shanghai",
}


# ---------------------------------------------------------------------------------------------
# night-hours


def test_an_early_start_is_a_warning_in_local_time(st: Store) -> None:
    doc = nanshan()
    add_meeting(doc, "breakfast", "muc", "2024-06-21T06:30", "2024-06-21T07:30")

    [problem] = of_kind(check(st, doc), "night-hours")

    assert problem.severity == "warning"
    assert problem.message == (
        "'Breakfast' starts Fri 21 Jun 06:30 (Europe/Berlin) in Munich, before 07:00 local time"
    )
    assert (problem.instant, problem.zone) == (at("2024-06-21T04:30"), "Europe/Berlin")


def test_a_late_end_is_a_warning_and_the_limits_themselves_are_fine(st: Store) -> None:
    doc = nanshan()
    add_meeting(doc, "dinner", "muc", "2024-06-21T19:00", "2024-06-21T22:00")
    add_meeting(doc, "morning", "muc", "2024-06-21T07:00", "2024-06-21T08:00")
    add_meeting(doc, "reception", "fra", "2024-06-17T20:00", "2024-06-17T22:30")
    add_meeting(doc, "bar", "fra", "2024-06-18T23:00", "2024-06-19T00:30")

    problems = of_kind(check(st, doc), "night-hours")

    assert [p.message for p in problems] == [
        "'Reception' ends Mon 17 Jun 22:30 (Europe/Berlin) in Frankfurt am Main, "
        "after 22:00 local time",
        "'Bar' ends Wed 19 Jun 00:30 (Europe/Berlin) in Frankfurt am Main, after 22:00 local time",
    ]


def test_the_hours_are_settings(st: Store) -> None:
    doc = nanshan()
    add_meeting(doc, "dinner", "muc", "2024-06-21T19:00", "2024-06-21T22:00")

    strict = checks.CheckSettings(latest_end=dt.time(21, 0))

    [problem] = of_kind(check(st, doc, strict), "night-hours")
    assert problem.message.endswith("after 21:00 local time")


def test_an_evening_in_frankfurt_is_the_middle_of_the_night_at_a_branch_venue_in_china(
    st: Store,
) -> None:
    doc = nanshan()
    add_meeting(
        doc,
        "hybrid-forum",
        "fra",
        "2024-06-17T19:00",
        "2024-06-17T21:00",
        branch_venues=[{**CHANGZHOU_BRANCH, "attendees": ["jacke"]}],
    )
    doc["people"].append(
        {"key": "jacke", "family_name": "Jacke", "given_name": "Michael", "languages": ["de"]}
    )

    [problem] = of_kind(check(st, doc), "night-hours")

    assert problem.message == (
        "'Hybrid forum' starts Tue 18 Jun 01:00 (Asia/Shanghai) at the branch venue in "
        "Changzhou, before 07:00 local time"
    )
    assert problem.zone == "Asia/Shanghai"
    assert problem.people == ("Michael Jacke",)  # those at the branch venue pay for it


def test_a_meeting_outside_both_limits_is_one_problem(st: Store) -> None:
    doc = nanshan()
    add_meeting(doc, "all-nighter", "muc", "2024-06-21T05:00", "2024-06-21T23:00", attendees=[])

    [problem] = of_kind(check(st, doc), "night-hours")

    assert problem.message == (
        "'All nighter' runs from Fri 21 Jun 05:00 (Europe/Berlin) to Fri 21 Jun 23:00 in "
        "Munich, outside 07:00–22:00 local time"
    )


def test_the_jiangsu_branch_venue_in_frankfurt_is_in_working_hours(st: Store) -> None:
    assert of_kind(check(st, jiangsu()), "night-hours") == []


# ---------------------------------------------------------------------------------------------
# public-holiday


def test_corpus_christi_is_a_holiday_in_bavaria(st: Store) -> None:
    doc = shifted(nanshan(), -22)  # the Ledvance meeting moves to Thu 30 May 2024
    stop(doc, "muc")["region"] = "DE-BY"

    [problem] = of_kind(check(st, doc), "public-holiday")

    assert problem.severity == "warning"
    assert problem.message == (
        "'Meeting with Ledvance management' in Munich falls on Corpus Christi, a public "
        "holiday in Bayern (DE-BY), on Thu 30 May 10:00 (Europe/Berlin)"
    )
    assert problem.items == ("Meeting with Ledvance management",)
    assert problem.instant == at("2024-05-30T08:00")


@pytest.mark.parametrize("region", ["DE-BE", None], ids=["berlin", "no-region"])
def test_corpus_christi_is_not_a_holiday_in_berlin_or_nationwide(
    st: Store, region: str | None
) -> None:
    doc = shifted(nanshan(), -22)
    muc = stop(doc, "muc")
    muc["city"], muc["region"] = "Berlin", region

    assert of_kind(check(st, doc), "public-holiday") == []


@pytest.mark.parametrize("region", ["DE-BY", "DE-BE", "DE-HE", None])
def test_german_unity_day_is_a_holiday_everywhere_in_germany(st: Store, region: str | None) -> None:
    doc = shifted(nanshan(), 108)  # the Frankfurt session moves to Thu 3 Oct 2024
    stop(doc, "fra")["region"] = region

    [problem] = of_kind(check(st, doc), "public-holiday")

    assert problem.message == (
        "'Nanshan–Frankfurt cooperation session' in Frankfurt am Main falls on German Unity "
        "Day, a public holiday in Germany, on Thu 3 Oct 14:00 (Europe/Berlin)"
    )


def test_branch_venues_have_their_own_countrys_holidays(st: Store) -> None:
    doc = shifted(jiangsu(), 88)  # 7 July 2022 becomes Mon 3 October: holidays in both
    # Same instants at both venues: the order is then by message.
    messages = [p.message for p in of_kind(check(st, doc), "public-holiday")]

    assert messages == [
        "'Opening of the Jiangsu-Germany Dialogue 2022' at the branch venue in Frankfurt am "
        "Main falls on German Unity Day, a public holiday in Germany, on Mon 3 Oct 09:00 "
        "(Europe/Berlin)",
        "'Opening of the Jiangsu-Germany Dialogue 2022' in Changzhou falls on National Day, "
        "a public holiday in China, on Mon 3 Oct 15:00 (Asia/Shanghai)",
        "'Signing: memorandum of cooperation with Commerzbank' at the branch venue in "
        "Frankfurt am Main falls on German Unity Day, a public holiday in Germany, on "
        "Mon 3 Oct 11:30 (Europe/Berlin)",
        "'Signing: memorandum of cooperation with Commerzbank' in Changzhou falls on National "
        "Day, a public holiday in China, on Mon 3 Oct 17:30 (Asia/Shanghai)",
    ]


def test_a_meeting_over_several_days_is_checked_on_each(st: Store) -> None:
    doc = shifted(nanshan(), 106)  # Frankfurt from 30 September to 3 October 2024
    add_meeting(doc, "fair", "fra", "2024-10-02T09:00", "2024-10-04T17:00")

    [problem] = [p for p in of_kind(check(st, doc), "public-holiday") if p.items == ("Fair",)]

    assert problem.instant == at("2024-10-02T22:00")  # midnight in Frankfurt
    assert "on Thu 3 Oct 00:00 (Europe/Berlin)" in problem.message


def test_an_unknown_region_is_skipped_quietly_and_the_countrys_holidays_apply(
    st: Store,
) -> None:
    doc = shifted(jiangsu(), 88)  # Mon 3 October 2022
    doc["stops"][0]["region"] = "CN-JS"  # a region the holidays package has no table for

    problems = of_kind(check(st, doc), "public-holiday")

    assert days_off.days_off("CN", "JS", 2022) is None
    assert [p.message.split(" falls on ")[1].split(",")[0] for p in problems] == [
        "German Unity Day",  # at the branch venue in Frankfurt
        "National Day",
        "German Unity Day",
        "National Day",
    ]


def test_an_unknown_country_is_skipped_quietly() -> None:
    # Imports and editors accept ISO countries only, and the holidays package knows them all;
    # a code from elsewhere (a newer ISO list, a hand-edited store) must not break the check.
    monday = at("2022-10-03T08:00")
    place = checks.MeetingFact(
        uuid="m",
        title="M",
        status=None,
        stop_uuid="s",
        zone="UTC",
        start=monday,
        end=monday + dt.timedelta(hours=1),
        branches=(checks.BranchFact(name="B", city="Pristina", country="XK", zone="UTC"),),
    )
    stops = (
        checks.StopFact(
            uuid="s",
            city="Nowhere",
            country="XX",
            region="XX-1",
            zone="UTC",
            arrive=None,
            depart=None,
        ),
    )
    facts = checks.TripFacts(uuid="t", title="T", home_zone="UTC", stops=stops, meetings=(place,))

    assert days_off.days_off("XX", None, 2022) is None
    assert checks.check_facts(facts) == []


def test_holiday_tables_are_cached_per_country_subdivision_and_year() -> None:
    days_off.days_off.cache_clear()
    first = days_off.days_off("DE", "BY", 2024)
    again = days_off.days_off("DE", "BY", 2024)

    assert first is again is not None
    assert first.holiday(dt.date(2024, 5, 30)) == "Corpus Christi"
    assert days_off.days_off("DE", "BE", 2024) is not first
    assert days_off.days_off("XX", None, 2024) is None
    assert days_off.subdivision("DE", "DE-BY") == "BY"
    assert days_off.subdivision("AT", "AT-9") == "9"
    assert days_off.subdivision("DE", "FR-75") is None


# ---------------------------------------------------------------------------------------------
# weekend


def test_a_weekend_meeting_is_info(st: Store) -> None:
    doc = nanshan()
    add_meeting(doc, "excursion", "muc", "2024-06-22T08:00", "2024-06-22T09:30")

    [problem] = of_kind(check(st, doc), "weekend")

    assert problem.severity == "info"
    assert (
        problem.message
        == "'Excursion' in Munich is on a Saturday, Sat 22 Jun 08:00 (Europe/Berlin)"
    )


def test_a_holiday_on_a_weekend_is_reported_once_as_a_holiday(st: Store) -> None:
    doc = shifted(nanshan(), 108 + 730)  # the Frankfurt session on Sat 3 October 2026

    session = ("Nanshan–Frankfurt cooperation session",)

    problems = [p for p in check(st, doc) if p.items == session]

    assert [p.kind for p in problems] == ["public-holiday"]


def test_china_s_working_weekends_are_not_weekends(st: Store) -> None:
    # Sun 29 September 2024 was an official working day in China (for the National Day week).
    doc = nanshan()
    doc["stops"][0]["depart"] = "2024-09-30T23:55"
    doc["transfers"][0]["depart"] = "2024-09-30T23:55"
    doc["transfers"][0]["arrive"] = "2024-10-01T06:40"
    add_meeting(doc, "kick-off", "szx", "2024-09-29T10:00", "2024-09-29T11:00", attendees=["wong"])
    add_meeting(doc, "rest-day", "szx", "2024-09-28T10:00", "2024-09-28T11:00", attendees=["wong"])

    problems = check(st, doc)

    assert [p.items for p in of_kind(problems, "weekend")] == [("Rest day",)]
