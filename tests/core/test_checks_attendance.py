"""``overlap`` and ``language``: people in two places at once, and meetings nobody can follow."""

from __future__ import annotations

import datetime as dt
from typing import Any

from planner import checks
from planner.store import Store
from tests.core.test_checks import add_meeting, at, check, meeting, nanshan, of_kind, shifted

LI = "Li Wei (李伟)"
CHEN = "Chen Jing (陈静)"
TRINAMIX = "Site visit and talks at trinamiX"


# ---------------------------------------------------------------------------------------------
# overlap


def test_a_person_in_two_meetings_at_once_is_an_error_naming_both_and_the_time(
    st: Store,
) -> None:
    doc = nanshan()
    added = add_meeting(
        doc, "lunch", "fra", "2024-06-18T11:00", "2024-06-18T12:30", attendees=["li-head"]
    )
    added["title"] = "Working lunch with BASF"

    [problem] = of_kind(check(st, doc), "overlap")

    assert problem.severity == "error"
    assert problem.message == (
        f"{LI} is in '{TRINAMIX}' and 'Working lunch with BASF' at once on "
        "Tue 18 Jun 11:00 (Europe/Berlin), for 1 h"
    )
    assert problem.items == (TRINAMIX, "Working lunch with BASF")
    assert problem.people == (LI,)
    assert (problem.instant, problem.zone) == (at("2024-06-18T09:00"), "Europe/Berlin")
    assert len(problem.meeting_uuids) == 2


def test_people_sharing_two_overlapping_meetings_are_reported_together(st: Store) -> None:
    doc = nanshan()
    add_meeting(doc, "call", "fra", "2024-06-18T11:30", "2024-06-18T12:30")  # Li and Chen

    [problem] = of_kind(check(st, doc), "overlap")

    assert problem.people == (LI, CHEN)
    assert problem.message.startswith(f"{LI} and {CHEN} are in '{TRINAMIX}' and 'Call' at once")


def test_counterparts_and_branch_venue_attendees_count_too(st: Store) -> None:
    doc = nanshan()
    add_meeting(
        doc,
        "video-call",
        "fra",
        "2024-06-18T11:00",
        "2024-06-18T11:30",
        attendees=[],
        branch_venues=[
            {
                "name": "trinamiX lab",
                "city": "Ludwigshafen",
                "country": "DE",
                "timezone": "Europe/Berlin",
                "attendees": ["bruder"],
            }
        ],
    )

    [problem] = of_kind(check(st, doc), "overlap")

    assert problem.people == ("Ingmar Bruder",)


def test_adjacent_meetings_do_not_overlap(st: Store) -> None:
    doc = nanshan()
    add_meeting(doc, "before", "fra", "2024-06-18T09:00", "2024-06-18T10:00")
    add_meeting(doc, "after", "fra", "2024-06-18T12:00", "2024-06-18T13:00")

    assert of_kind(check(st, doc), "overlap") == []


def test_overlap_is_judged_on_instants_across_zones(st: Store) -> None:
    doc = nanshan()
    # 17:00 in Shenzhen is 11:00 in Frankfurt: during the trinamiX visit.
    add_meeting(doc, "call-home", "szx-return", "2024-06-18T17:00", "2024-06-18T17:30")
    # 10:00 in Shenzhen is 04:00 in Frankfurt: the same wall time as the visit, hours apart.
    add_meeting(doc, "morning-call", "szx-return", "2024-06-18T10:00", "2024-06-18T11:00")

    [problem] = of_kind(check(st, doc), "overlap")

    assert problem.items == (TRINAMIX, "Call home")
    assert (problem.instant, problem.zone) == (at("2024-06-18T09:00"), "Asia/Shanghai")
    assert "Tue 18 Jun 17:00 (Asia/Shanghai), for 30 min" in problem.message


def test_the_two_passes_of_the_repeated_hour_do_not_overlap(st: Store) -> None:
    # 27 October 2024, Europe/Berlin: 02:00-03:00 happens twice (CEST, then CET).
    doc = shifted(nanshan(), 132)  # Frankfurt from 17 to 21 October
    add_meeting(doc, "first-pass", "fra", "2024-10-27T02:00", "2024-10-27T02:50")
    add_meeting(doc, "second-pass", "fra", "2024-10-27T02:00+01:00", "2024-10-27T02:50+01:00")

    assert of_kind(check(st, doc), "overlap") == []


def test_a_meeting_across_the_repeated_hour_overlaps_its_second_pass(st: Store) -> None:
    doc = shifted(nanshan(), 132)
    add_meeting(doc, "long-night", "fra", "2024-10-27T02:30", "2024-10-27T03:00")  # 90 min
    add_meeting(doc, "second-pass", "fra", "2024-10-27T02:30+01:00", "2024-10-27T02:50+01:00")

    [problem] = of_kind(check(st, doc), "overlap")

    assert problem.instant == at("2024-10-27T01:30")
    assert "on Sun 27 Oct 02:30+01:00 (Europe/Berlin), for 20 min" in problem.message


def test_every_pair_of_a_pile_up_is_found_once(st: Store) -> None:
    doc = nanshan()
    for i in range(4):
        add_meeting(doc, f"slot-{i}", "fra", "2024-06-17T08:00", f"2024-06-17T{9 + i:02d}:00")

    pairs = {p.items for p in of_kind(check(st, doc), "overlap")}

    assert len(pairs) == 6  # 4 meetings, every pair once


def test_the_sweep_grows_with_meetings_not_with_their_square() -> None:
    """10,000 back-to-back meetings of one person: a pairwise pass would take 50 million
    comparisons (seconds); the sweep finds no overlap at once."""
    person = checks.PersonFact(uuid="p", name="P")
    start = at("2024-01-01T08:00")
    meetings = tuple(
        checks.MeetingFact(
            uuid=f"m{i}",
            title=f"M{i}",
            status=None,
            stop_uuid="s",
            zone="UTC",
            start=start + dt.timedelta(hours=i),
            end=start + dt.timedelta(hours=i + 1),
            attendee_uuids=("p",),
        )
        for i in range(10_000)
    )
    settings = checks.CheckSettings(
        disabled_kinds=frozenset(set(checks.KINDS) - {"overlap"}),
    )
    facts = checks.TripFacts(
        uuid="t", title="T", home_zone="UTC", meetings=meetings, people={"p": person}
    )

    assert checks.check_facts(facts, settings) == []


# ---------------------------------------------------------------------------------------------
# language


def test_attendees_without_a_common_language_or_interpreter_are_a_warning(st: Store) -> None:
    doc = nanshan()
    meeting(doc, "trinamix-visit")["attendees"] = ["li-head", "bruder"]

    [problem] = of_kind(check(st, doc), "language")

    assert problem.severity == "warning"
    assert problem.message == (
        f"The attendees of '{TRINAMIX}' on Tue 18 Jun 10:00 (Europe/Berlin) share no language "
        f"and no interpreter attends: {LI} (zh); Ingmar Bruder (de, en)"
    )
    assert problem.people == (LI, "Ingmar Bruder")
    assert problem.items == (TRINAMIX,)


def test_an_interpreter_or_a_common_language_is_enough(st: Store) -> None:
    doc = nanshan()  # trinamiX: Li (zh) and Bruder (de, en) with Chen, the interpreter
    add_meeting(
        doc, "chat", "muc", "2024-06-21T14:00", "2024-06-21T15:00", attendees=["wong", "bruder"]
    )

    assert of_kind(check(st, doc), "language") == []  # Wong and Bruder share English


def _with_host_interpreter(doc: dict[str, Any]) -> dict[str, Any]:
    """The issue's case: an interpreter whom only her position calls one attends."""
    doc["people"].append(
        {
            "key": "hu",
            "family_name": "Hu",
            "given_name": "Lan",
            "position": "Interpreter (zh-de)",
            "languages": ["zh", "de"],
        }
    )
    meeting(doc, "trinamix-visit")["attendees"] = ["li-head", "bruder", "hu"]
    return doc


def test_a_position_that_says_interpreter_is_not_a_role(st: Store) -> None:
    [problem] = of_kind(check(st, _with_host_interpreter(nanshan())), "language")
    assert problem.items == (TRINAMIX,)
    assert "no interpreter attends" in problem.message


def test_an_interpreter_by_role_in_the_meeting_bridges_on_either_side(st: Store) -> None:
    doc = _with_host_interpreter(nanshan())
    meeting(doc, "trinamix-visit")["attendees"][2] = {"person": "hu", "role": "interpreter"}
    assert of_kind(check(st, doc), "language") == []


def test_an_interpreter_who_speaks_no_language_of_one_side_does_not_bridge(st: Store) -> None:
    doc = nanshan()  # trinamiX: Li (zh), Bruder and Chen, the delegation's interpreter
    bruder = next(p for p in doc["people"] if p["key"] == "bruder")
    chen = next(p for p in doc["people"] if p["key"] == "chen-interp")
    bruder["languages"], chen["languages"] = ["de"], ["zh", "en"]

    [problem] = of_kind(check(st, doc), "language")

    assert problem.message == (
        f"The attendees of '{TRINAMIX}' on Tue 18 Jun 10:00 (Europe/Berlin) share no language, "
        f"and no interpreter there speaks a language of each: {LI} (zh); Ingmar Bruder (de)"
    )
    assert problem.people == (LI, "Ingmar Bruder")


def test_interpreters_relay_through_a_language_they_share(st: Store) -> None:
    doc = nanshan()
    bruder = next(p for p in doc["people"] if p["key"] == "bruder")
    chen = next(p for p in doc["people"] if p["key"] == "chen-interp")
    bruder["languages"], chen["languages"] = ["de"], ["zh", "en"]
    doc["people"].append({"key": "roth", "family_name": "Roth", "languages": ["en", "de"]})
    meeting(doc, "trinamix-visit")["attendees"].append({"person": "roth", "role": "interpreter"})
    assert of_kind(check(st, doc), "language") == []


def test_an_interpreter_at_a_branch_venue_counts(st: Store) -> None:
    doc = nanshan()
    visit = meeting(doc, "trinamix-visit")
    visit["attendees"] = ["li-head", "bruder"]
    visit["branch_venues"] = [
        {
            "name": "Nanshan office",
            "city": "Shenzhen",
            "country": "CN",
            "timezone": "Asia/Shanghai",
            "attendees": ["chen-interp"],
        }
    ]

    assert of_kind(check(st, doc), "language") == []


def test_people_without_recorded_languages_are_not_counted(st: Store) -> None:
    doc = nanshan()
    doc["people"].append({"key": "guest", "family_name": "Gast", "given_name": "Max"})
    add_meeting(
        doc, "tea", "muc", "2024-06-21T14:00", "2024-06-21T15:00", attendees=["li-head", "guest"]
    )

    assert of_kind(check(st, doc), "language") == []


def test_one_language_must_be_common_to_everyone(st: Store) -> None:
    doc = nanshan()  # Wong and Bruder share English, Anne Dupont speaks only French
    doc["people"].append(
        {"key": "fr", "family_name": "Dupont", "given_name": "Anne", "languages": ["fr"]}
    )
    add_meeting(
        doc,
        "tea",
        "muc",
        "2024-06-21T14:00",
        "2024-06-21T15:00",
        attendees=["wong", "fr", "bruder"],
    )

    [problem] = of_kind(check(st, doc), "language")

    assert problem.people == ("Wong", "Anne Dupont", "Ingmar Bruder")
