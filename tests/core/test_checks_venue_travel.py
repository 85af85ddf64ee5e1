"""``venue-travel``: the issue's cases. The Nanshan delegation stays in Frankfurt, visits
trinamiX in Ludwigshafen (10:00-12:00) and signs at Innovation Lab Heidelberg (15:30); it
takes ICE 521 to Nuremberg (arriving 11:30) and signs at Siemens Healthineers in Erlangen at
14:00. Ludwigshafen-Heidelberg is 19 km of straight line, Nuremberg-Erlangen 16 km."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

import pytest

from planner import checks
from planner.store import Store
from tests.core.test_checks import (
    add_meeting,
    check,
    import_document,
    meeting,
    nanshan,
    of_kind,
)
from tests.core.test_checks_cli import run

ICE521 = "Train ICE 521 Frankfurt am Main → Nuremberg"
ICE1007 = "Train ICE 1007 Nuremberg → Munich"
VISIT = "Site visit and talks at trinamiX"
SIGNING = "Signing of cooperation memorandum with Innovation Lab Heidelberg"
ERLANGEN = "Memorandum signing with Siemens Healthineers"


def with_cities(*, signing_at: str | None = None) -> dict[str, Any]:
    """Nanshan whose venues name their cities; the Heidelberg signing moved to
    ``signing_at`` (local 18 June, one hour) when given."""
    doc = nanshan()
    meeting(doc, "trinamix-visit")["venue"]["city"] = "Ludwigshafen am Rhein"
    meeting(doc, "ilh-signing")["venue"]["city"] = "Heidelberg"
    meeting(doc, "healthineers-signing")["venue"]["city"] = "Erlangen"
    if signing_at:
        hour = int(signing_at[:2])
        signing = meeting(doc, "ilh-signing")
        signing["start"] = f"2024-06-18T{signing_at}"
        signing["end"] = f"2024-06-18T{hour + 1:02d}{signing_at[2:]}"
    return doc


def test_two_venues_in_different_cities_back_to_back_are_a_warning(st: Store) -> None:
    [problem] = of_kind(check(st, with_cities(signing_at="12:30")), "venue-travel")
    assert problem.severity == "warning"
    assert problem.message == (
        f"'{SIGNING}' starts Tue 18 Jun 12:30 (Europe/Berlin) in Heidelberg, only 30 min "
        f"after '{VISIT}' ends in Ludwigshafen am Rhein; the 19 km between them need about "
        "41 min"
    )
    assert problem.items == (VISIT, SIGNING)
    assert len(problem.meeting_uuids) == 2
    assert problem.transfer_uuids == ()


def test_the_planned_afternoon_leaves_time_for_the_drive(st: Store) -> None:
    assert of_kind(check(st, with_cities()), "venue-travel") == []


def test_without_venue_cities_every_venue_is_in_its_stops_city(st: Store) -> None:
    """The examples as they are: a file that names no venue city reads as before."""
    doc = nanshan()
    signing = meeting(doc, "ilh-signing")
    signing["start"], signing["end"] = "2024-06-18T12:05", "2024-06-18T13:00"
    assert of_kind(check(st, doc), "venue-travel") == []


def test_a_train_arriving_just_before_a_meeting_in_the_next_town(st: Store) -> None:
    doc = with_cities()
    train = next(t for t in doc["transfers"] if t["to"] == "nue")
    train["arrive"] = "2024-06-19T13:45"
    [problem] = of_kind(check(st, doc), "venue-travel")
    assert problem.message == (
        f"'{ERLANGEN}' starts Wed 19 Jun 14:00 (Europe/Berlin) in Erlangen, only 15 min after "
        f"{ICE521} arrives in Nuremberg; the 16 km between them need about 36 min"
    )
    assert problem.items == (ICE521, ERLANGEN)
    assert len(problem.transfer_uuids) == len(problem.meeting_uuids) == 1


def test_a_meeting_just_before_a_train_from_the_next_town(st: Store) -> None:
    doc = with_cities()
    add_meeting(
        doc, "fau", "nue", "2024-06-20T14:00", "2024-06-20T14:50", venue={"city": "Erlangen"}
    )
    [problem] = of_kind(check(st, doc), "venue-travel")
    assert problem.message.startswith(
        f"{ICE1007} departs Thu 20 Jun 15:00 (Europe/Berlin) from Nuremberg, only 10 min after "
    )
    assert problem.items[-1] == ICE1007


@pytest.mark.parametrize("city", ["Atlantis", "Ladenburg"])
def test_a_city_the_gazetteer_does_not_know_gives_no_finding(st: Store, city: str) -> None:
    """Ladenburg (12,000 people) is below the gazetteer's cities of 15,000."""
    doc = with_cities(signing_at="12:30")
    meeting(doc, "ilh-signing")["venue"]["city"] = city
    assert of_kind(check(st, doc), "venue-travel") == []


def test_the_buffer_is_a_setting(st: Store) -> None:
    """The drive alone takes 26 min: 30 min is enough without a buffer, not with 15."""
    relaxed = checks.CheckSettings(venue_buffer=0)
    assert of_kind(check(st, with_cities(signing_at="12:30"), relaxed), "venue-travel") == []
    assert checks.CheckSettings.from_mapping({"venue_buffer": 45}).venue_buffer == 45
    assert checks.CheckSettings.from_mapping({"venue_buffer": -3}).venue_buffer == 15
    off = dataclasses.replace(relaxed, disabled_kinds=frozenset({"venue-travel"}))
    assert "venue_buffer" in off.to_mapping()


@pytest.mark.parametrize(
    ("language", "words"),
    [("de", ("Heidelberg", "30 Min.", "19 km")), ("zh", ("Heidelberg", "30分钟", "19公里"))],
)
def test_the_warning_is_worded_in_german_and_chinese(
    st: Store, language: str, words: tuple[str, ...]
) -> None:
    uuid = import_document(st, with_cities(signing_at="12:30"))
    with st.session() as session:
        [problem] = of_kind(checks.check_trip(session, uuid, language=language), "venue-travel")
    for word in words:
        assert word in problem.message
    assert "only" not in problem.message


def test_the_check_json_lists_the_later_meeting(
    store_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "venues.trip.json"
    path.write_text(json.dumps(with_cities(signing_at="12:30"), ensure_ascii=False), "utf-8")
    code, _out, _err = run(["--store", str(store_path), "import", str(path)], capsys)
    assert code == 0
    code, out, _err = run(["--store", str(store_path), "check", "1", "--json"], capsys)
    assert code == 1
    [problem] = [p for p in json.loads(out) if p["kind"] == "venue-travel"]
    assert SIGNING in problem["items"]
