"""``zone``: a stop in a zone no place of its country uses (issue 19: Shanghai left in
Europe/Berlin), worded in English, German and Chinese."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from planner import checks
from planner.checks import StopFact, TripFacts

ARRIVE = dt.datetime(2025, 5, 12, 2, 0, tzinfo=dt.UTC)


def trip(*stops: StopFact) -> TripFacts:
    return TripFacts(uuid="t", title="Trip", home_zone="Europe/Berlin", stops=stops)


def stop(city: str, country: str, zone: str) -> StopFact:
    return StopFact(
        uuid=city, city=city, country=country, region=None, zone=zone, arrive=ARRIVE, depart=None
    )


def zone_problems(facts: TripFacts, language: str = "en") -> list[checks.Problem]:
    return [p for p in checks.check_facts(facts, language=language) if p.kind == "zone"]


def test_a_chinese_stop_in_berlin_time_is_a_warning_that_names_chinas_zones() -> None:
    [problem] = zone_problems(trip(stop("Shanghai", "CN", "Europe/Berlin")))
    assert problem.severity == "warning"
    assert problem.message == (
        "The stop Shanghai is in Europe/Berlin, a zone no place in China uses; "
        "did you mean Asia/Shanghai, Asia/Urumqi?"
    )
    assert (problem.stop_uuid, problem.instant, problem.zone) == (
        "Shanghai",
        ARRIVE,
        "Europe/Berlin",
    )


def test_a_country_of_many_zones_is_not_listed() -> None:
    [problem] = zone_problems(trip(stop("Chicago", "US", "Asia/Shanghai")))
    assert problem.message == (
        "The stop Chicago is in Asia/Shanghai, a zone no place in United States uses"
    )


@pytest.mark.parametrize(
    ("country", "zone"),
    [
        ("CN", "Asia/Shanghai"),
        ("CN", "Asia/Urumqi"),
        ("CN", "Asia/Chongqing"),  # a link to Asia/Shanghai
        ("cn", "Asia/Shanghai"),
        ("DE", "Europe/Berlin"),
        ("DE", "Europe/Busingen"),
        ("NO", "Europe/Berlin"),  # zone1970.tab: Europe/Berlin serves Norway too
        ("XK", "Asia/Tokyo"),  # Kosovo: the tables list no zone, so the check cannot tell
    ],
)
def test_a_zone_of_the_country_or_an_unknown_country_is_no_finding(country: str, zone: str) -> None:
    assert zone_problems(trip(stop("Somewhere", country, zone))) == []


def test_the_message_in_german_and_chinese() -> None:
    facts = trip(stop("Shanghai", "CN", "Europe/Berlin"))
    [german] = zone_problems(facts, "de")
    # Each zone by the name a reader knows, with the identifier the stop's form takes.
    assert german.message == (
        "Die Station Shanghai liegt in der Zone Mitteleuropäische Sommerzeit (Europe/Berlin), "
        "die an keinem Ort in China gilt; meinten Sie Chinesische Normalzeit (Asia/Shanghai), "
        "Ürümqi-Zeit (Asia/Urumqi)?"
    )
    [chinese] = zone_problems(facts, "zh")
    assert chinese.message == (
        "站点Shanghai的时区为中欧夏令时间（Europe/Berlin），但中国境内没有任何地方使用该时区；"
        "是否应为北京时间（Asia/Shanghai）、乌鲁木齐时间（Asia/Urumqi）？"
    )


def test_the_check_can_be_turned_off() -> None:
    off = dataclasses.replace(checks.CheckSettings(), disabled_kinds=frozenset({"zone"}))
    facts = trip(stop("Shanghai", "CN", "Europe/Berlin"))
    assert [p for p in checks.check_facts(facts, off) if p.kind == "zone"] == []
