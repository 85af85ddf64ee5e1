"""Feasibility checks: the API the problems panel relies on, the settings, the one read of
facts, and what the shared examples report. The kinds have their own files
(``test_checks_*.py``), which build trips with the helpers here: a fresh copy of the Nanshan
example, edited, imported into the test's store and checked.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from planner import checks, tripfile
from planner.errors import NotFound
from planner.store import Store
from tests.conftest import JIANGSU, NANSHAN

UTC = dt.UTC


# ---------------------------------------------------------------------------------------------
# Helpers for the other test_checks_* files


def nanshan() -> dict[str, Any]:
    """A fresh, editable copy of the Nanshan example (it checks clean)."""
    data: dict[str, Any] = json.loads(NANSHAN.read_text(encoding="utf-8"))
    return data


def jiangsu() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(JIANGSU.read_text(encoding="utf-8"))
    return data


def import_document(st: Store, document: dict[str, Any]) -> str:
    """Store ``document`` as a new trip; its UUID."""
    prepared = tripfile.build_trip(document, "test.trip.json")
    with st.transaction() as session:
        tripfile.insert_trip(session, prepared)
    return prepared.uuid


def check(
    st: Store, document: dict[str, Any], settings: checks.CheckSettings | None = None
) -> list[checks.Problem]:
    uuid = import_document(st, document)
    with st.session() as session:
        return checks.check_trip(session, uuid, settings or checks.CheckSettings())


def of_kind(problems: list[checks.Problem], kind: str) -> list[checks.Problem]:
    assert kind in checks.KINDS
    return [p for p in problems if p.kind == kind]


def meeting(document: dict[str, Any], key: str) -> dict[str, Any]:
    found: dict[str, Any] = next(m for m in document["meetings"] if m["key"] == key)
    return found


def stop(document: dict[str, Any], key: str) -> dict[str, Any]:
    found: dict[str, Any] = next(s for s in document["stops"] if s["key"] == key)
    return found


def add_meeting(
    document: dict[str, Any],
    key: str,
    stop_key: str,
    start: str,
    end: str,
    *,
    attendees: list[str] | None = None,
    **fields: Any,
) -> dict[str, Any]:
    """Add a meeting (wall times in its stop's zone); the new meeting's document."""
    added: dict[str, Any] = {
        "key": key,
        "title": fields.pop("title", key.replace("-", " ").capitalize()),
        "stop": stop_key,
        "start": start,
        "end": end,
        "attendees": attendees if attendees is not None else ["li-head", "chen-interp"],
        **fields,
    }
    document["meetings"].append(added)
    return added


def shifted(document: dict[str, Any], days: int) -> dict[str, Any]:
    """The whole trip moved by whole days of wall time: the same plan on other dates."""

    def move(text: str) -> str:
        wall = dt.datetime.fromisoformat(text[:16]) + dt.timedelta(days=days)
        return wall.strftime("%Y-%m-%dT%H:%M") + text[16:]

    for item in (*document["stops"], *document["transfers"]):
        for name in ("arrive", "depart"):
            if item.get(name):
                item[name] = move(item[name])
    for m in document["meetings"]:
        m["start"], m["end"] = move(m["start"]), move(m["end"])
    return document


def at(text: str) -> dt.datetime:
    """An aware UTC instant from ``2024-06-18T09:00``."""
    return dt.datetime.fromisoformat(text).replace(tzinfo=UTC)


# ---------------------------------------------------------------------------------------------
# The shared examples


@pytest.mark.parametrize("example", [NANSHAN, JIANGSU], ids=["nanshan", "jiangsu"])
def test_the_shared_examples_are_feasible(st: Store, example: Path) -> None:
    problems = check(st, json.loads(example.read_text(encoding="utf-8")))

    for kind in ("overlap", "outside-stop", "public-holiday"):
        assert of_kind(problems, kind) == []
    # Nothing else either: every meeting is on a working day inside its stay, with time to
    # travel, a shared language or an interpreter, and a hotel for every night.
    assert [(p.kind, p.message) for p in problems] == []


def test_an_unknown_trip_is_not_found(st: Store) -> None:
    with st.session() as session, pytest.raises(NotFound):
        checks.check_trip(session, "00000000-0000-4000-8000-000000000000")


def test_cancelled_meetings_are_ignored_by_every_check(st: Store) -> None:
    doc = nanshan()
    # Everything wrong at once: at night, on a Sunday, before the arrival, overlapping the
    # flight and another meeting, no shared language and no interpreter.
    add_meeting(
        doc,
        "doomed",
        "fra",
        "2024-06-16T05:00",
        "2024-06-18T23:00",
        attendees=["li-head", "bruder"],
        status="cancelled",
        branch_venues=[
            {"name": "Hall", "city": "Changzhou", "country": "CN", "timezone": "Asia/Shanghai"}
        ],
    )

    problems = check(st, doc)

    assert [p for p in problems if "Doomed" in p.items] == []
    assert problems == []


# ---------------------------------------------------------------------------------------------
# The list of problems


def test_problems_are_sorted_by_instant_with_those_without_one_last(st: Store) -> None:
    doc = nanshan()
    add_meeting(doc, "late", "muc", "2024-06-21T21:00", "2024-06-21T23:00")
    add_meeting(doc, "early", "fra", "2024-06-17T06:00", "2024-06-17T07:30")
    facts = _facts(st, doc)
    undated = checks.Problem(kind="travel-gap", severity="warning", message="no time")
    facts_problems = checks.check_facts(facts, checks.CheckSettings())

    instants = [p.instant for p in facts_problems]
    assert instants == sorted(i for i in instants if i is not None)
    assert [p.items for p in facts_problems] == [("Early",), ("Late",)]
    mixed = sorted([undated, *facts_problems], key=checks.problems.sort_key)
    assert mixed[-1] is undated


def test_a_problem_as_json_has_every_field_and_an_instant_in_utc_with_z(st: Store) -> None:
    doc = nanshan()
    add_meeting(doc, "early", "fra", "2024-06-17T06:00", "2024-06-17T07:30")

    [problem] = check(st, doc)
    data = problem.to_json()

    assert set(data) == {f.name for f in dataclasses.fields(checks.Problem)}
    assert data["instant"] == "2024-06-17T04:00:00Z"
    assert data["zone"] == "Europe/Berlin"
    assert data["items"] == ["Early"]
    assert data["kind"] == "night-hours" and data["severity"] == "warning"
    assert json.loads(json.dumps(data)) == data


def test_kinds_are_a_stable_list_of_every_kind() -> None:
    assert checks.KINDS == (
        "overlap",
        "transfer-buffer",
        "venue-travel",
        "outside-stop",
        "night-hours",
        "public-holiday",
        "weekend",
        "travel-gap",
        "language",
        "lodging",
        "gift-value",
        "zone",
        "declined",
        "passport",
        "visa",
        "invitation",
    )
    produced = {kind for kinds, _check in checks.run.CHECKS for kind in kinds}
    assert produced == set(checks.KINDS)


# ---------------------------------------------------------------------------------------------
# Settings


def test_settings_defaults_are_the_issues() -> None:
    s = checks.CheckSettings()
    before = {m: s.buffer_before(m) for m in ("flight", "train", "car", "bus", "ferry", "other")}
    assert {m: int(v.total_seconds() // 60) for m, v in before.items()} == {
        "flight": 120,
        "train": 30,
        "car": 15,
        "bus": 20,
        "ferry": 45,
        "other": 30,
    }
    six_hours, five_hours = dt.timedelta(hours=6), dt.timedelta(hours=5, minutes=59)
    assert s.buffer_after("flight", six_hours) == dt.timedelta(minutes=90)
    assert s.buffer_after("flight", five_hours) == dt.timedelta(minutes=45)
    for mode in ("train", "car", "bus", "ferry", "other"):
        assert s.buffer_after(mode, six_hours) == dt.timedelta(minutes=15)
    assert (s.earliest_start, s.latest_end) == (dt.time(7), dt.time(22))
    assert s.enabled_kinds == checks.KINDS


def test_every_setting_has_a_title_and_a_unit_for_a_settings_dialog() -> None:
    for f in dataclasses.fields(checks.CheckSettings):
        assert f.metadata["title"], f.name
        units = ("minutes", "hours", "days", "months", "amount", "time", "kinds")
        assert f.metadata["unit"] in units, f.name
        if f.metadata["unit"] in ("minutes", "hours", "days", "months", "amount"):
            assert f.metadata["minimum"] <= f.default <= f.metadata["maximum"], f.name


def test_settings_round_trip_through_a_mapping() -> None:
    s = checks.CheckSettings(
        depart_flight=180,
        long_haul_hours=8,
        earliest_start=dt.time(8, 30),
        disabled_kinds=frozenset({"weekend"}),
    )
    stored = json.loads(json.dumps(s.to_mapping()))

    assert stored["earliest_start"] == "08:30"
    assert stored["disabled_kinds"] == ["weekend"]
    assert checks.CheckSettings.from_mapping(stored) == s


def test_settings_ignore_unknown_keys_and_take_defaults_for_bad_values() -> None:
    read = checks.CheckSettings.from_mapping(
        {
            "depart_flight": "lots",
            "depart_train": -5,
            "depart_car": True,
            "depart_bus": 25,
            "arrive_long_haul": 10**6,
            "earliest_start": "7 in the morning",
            "latest_end": 22,
            "disabled_kinds": ["weekend", "no-such-kind"],
            "from_a_newer_version": 1,
        }
    )
    defaults = checks.CheckSettings()

    assert read == dataclasses.replace(
        defaults, depart_bus=25, disabled_kinds=frozenset({"weekend"})
    )
    # An earliest start after the latest end cannot be meant: both fall back.
    swapped = checks.CheckSettings.from_mapping({"earliest_start": "23:00", "latest_end": "06:00"})
    assert (swapped.earliest_start, swapped.latest_end) == (dt.time(7), dt.time(22))
    assert checks.CheckSettings.from_mapping({"disabled_kinds": "weekend"}) == defaults


def test_settings_refuse_impossible_values_when_built_directly() -> None:
    with pytest.raises(ValueError, match="depart_flight"):
        checks.CheckSettings(depart_flight=-1)
    with pytest.raises(ValueError, match="earliest start"):
        checks.CheckSettings(earliest_start=dt.time(23))
    with pytest.raises(ValueError, match="unknown kinds"):
        checks.CheckSettings(disabled_kinds=frozenset({"typo"}))


def test_a_disabled_kind_is_not_reported(st: Store) -> None:
    doc = nanshan()
    add_meeting(doc, "early", "fra", "2024-06-22T06:00", "2024-06-22T07:30")  # a Saturday too
    facts = _facts(st, doc)

    everything = checks.check_facts(facts, checks.CheckSettings())
    quiet = checks.check_facts(
        facts, checks.CheckSettings(disabled_kinds=frozenset({"night-hours"}))
    )

    assert {p.kind for p in everything} >= {"night-hours", "weekend"}
    assert "night-hours" not in {p.kind for p in quiet}
    assert "weekend" in {p.kind for p in quiet}


# ---------------------------------------------------------------------------------------------
# The facts


def test_facts_are_read_in_a_fixed_number_of_queries(st: Store) -> None:
    small = nanshan()
    big = shifted(nanshan(), 0)
    for i in range(40):
        add_meeting(
            big,
            f"extra-{i}",
            "fra",
            f"2024-06-17T{8 + i % 6:02d}:00",
            f"2024-06-17T{8 + i % 6:02d}:30",
            attendees=["wong", "bruder"],
            branch_venues=[
                {
                    "name": "Hall",
                    "city": "Changzhou",
                    "country": "CN",
                    "timezone": "Asia/Shanghai",
                    "attendees": ["ilh-director"],
                }
            ],
        )
    counts = []
    for document in (small, big):
        uuid = import_document(st, document)
        with st.session() as session, _statements(st) as statements:
            facts = checks.read_facts(session, uuid)
        counts.append(len([s for s in statements if s.startswith("SELECT")]))
    # the tenth: the transfers' travellers; the eleventh: signatories; then the documents (one:
    # the trip's id is the header's) and the invitation
    assert counts == [13, 13]
    assert len(facts.meetings) == 45
    extra = next(m for m in facts.meetings if m.title == "Extra 0")
    [branch] = extra.branches
    assert (branch.city, branch.zone) == ("Changzhou", "Asia/Shanghai")
    assert [facts.people[u].name for u in extra.participant_uuids] == [
        "Wong",
        "Ingmar Bruder",
        "Jürgen Schäfer",
    ]


def test_facts_are_plain_values_that_outlive_their_session(st: Store) -> None:
    uuid = import_document(st, nanshan())
    with st.session() as session:
        facts = checks.read_facts(session, uuid)

    assert facts.title == "Nanshan economic and trade delegation to Germany"
    assert [s.city for s in facts.stops][:2] == ["Shenzhen", "Frankfurt am Main"]
    assert facts.transfers[0].title == "Flight EX 123 Shenzhen → Frankfurt am Main"
    assert facts.meetings[0].start == at("2024-06-17T12:00")
    roles = {p.name: p.role for p in facts.people.values()}
    assert roles["Chen Jing (陈静)"] == "interpreter"
    assert roles["Ingmar Bruder"] is None
    with pytest.raises(dataclasses.FrozenInstanceError):
        facts.meetings[0].title = "x"  # type: ignore[misc]


def _facts(st: Store, document: dict[str, Any]) -> checks.TripFacts:
    uuid = import_document(st, document)
    with st.session() as session:
        return checks.read_facts(session, uuid)


@contextmanager
def _statements(st: Store) -> Iterator[list[str]]:
    statements: list[str] = []

    def record(*args: Any) -> None:
        statements.append(str(args[2]))

    event.listen(st.engine, "before_cursor_execute", record)
    try:
        yield statements
    finally:
        event.remove(st.engine, "before_cursor_execute", record)
