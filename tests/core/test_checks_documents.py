"""``passport``, ``visa`` and ``invitation``: a Chinese delegation to Germany whose papers trigger
each check once, and a German delegation to China that China's dated visa-free rule lets in
without a visa (until the rule ends)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import types

import pytest

from planner import checks
from planner.checks.facts import PersonFact, PersonName, StopFact, TripFacts
from planner.travel_documents import InvitationDetails, Passport, TravelDocuments, Visa

D = dt.date
KINDS = ("passport", "visa", "invitation")


def at(text: str, zone_offset: int = 0) -> dt.datetime:
    return dt.datetime.fromisoformat(text).replace(tzinfo=dt.UTC) - dt.timedelta(hours=zone_offset)


def person(uuid: str, family: str, given: str, native: str | None, role: str) -> PersonFact:
    parts = PersonName(family, given, native)
    return PersonFact(uuid=uuid, name=parts.shown("en"), role=role, parts=parts, listed=0)


def stop(uuid: str, city: str, country: str, zone: str, times: tuple[str, str]) -> StopFact:
    """A stop from ``(arrive, depart)`` in ISO 8601 with their offsets."""
    arrive, depart = times
    return StopFact(
        uuid=uuid,
        city=city,
        country=country,
        region=None,
        zone=zone,
        arrive=dt.datetime.fromisoformat(arrive).astimezone(dt.UTC),
        depart=dt.datetime.fromisoformat(depart).astimezone(dt.UTC),
    )


LI = person("li", "Li", "Wei", "李伟", "head")
WANG = person("wang", "Wang", "Fang", "王芳", "member")
CHEN = person("chen", "Chen", "Jing", "陈静", "interpreter")
HOST = PersonFact(uuid="host", name="Anna Becker", side="host")

VISIT_TO_GERMANY = TripFacts(
    uuid="t1",
    title="Nanshan delegation to Germany",
    home_zone="Asia/Shanghai",
    stops=(
        stop(
            "fra",
            "Frankfurt am Main",
            "DE",
            "Europe/Berlin",
            ("2026-06-16T06:40+02:00", "2026-06-19T09:20+02:00"),
        ),
        stop(
            "vie",
            "Vienna",
            "AT",
            "Europe/Vienna",
            ("2026-06-19T11:30+02:00", "2026-06-22T12:00+02:00"),
        ),
    ),
    people=types.MappingProxyType({p.uuid: p for p in (LI, WANG, CHEN, HOST)}),
    documents=types.MappingProxyType(
        {
            # Passport runs out in August: less than 3 months after leaving on 22 June.
            # Visa ends on 20 June: the 21st and 22nd in Vienna are not covered.
            "li": TravelDocuments(
                nationality="CN",
                passport=Passport("E12345678", "ordinary", expires=D(2026, 8, 31)),
                visas=(Visa("schengen", D(2026, 6, 10), D(2026, 6, 20), "C", "123", 1),),
            ),
            # No passport recorded, and no visa: the visa is needed and the day to apply is
            # near.
            "wang": TravelDocuments(nationality="CN"),
            # Everything in order.
            "chen": TravelDocuments(
                nationality="CN",
                passport=Passport("E87654321", "service", expires=D(2030, 1, 1)),
                visas=(Visa("schengen", D(2026, 6, 1), D(2026, 6, 30), "C", "456", "multiple"),),
            ),
            # The host stays at home: not checked even with no passport.
            "host": TravelDocuments(nationality="DE"),
        }
    ),
    today=D(2026, 5, 10),
)


def problems(facts: TripFacts, language: str = "en", **settings: int) -> list[checks.Problem]:
    found = checks.check_facts(facts, checks.CheckSettings(**settings), language)
    return [p for p in found if p.kind in KINDS]


def test_a_chinese_delegation_to_germany_triggers_each_check_once() -> None:
    found = problems(VISIT_TO_GERMANY)
    assert [(p.kind, p.severity, p.message) for p in found] == [
        (
            "passport",
            "error",
            "Li Wei (李伟)'s passport expires on 31 August 2026; for the Schengen area it must "
            "be valid until 22 September 2026, 3 months after leaving on 22 June 2026",
        ),
        (
            "passport",
            "error",
            "Wang Fang (王芳) travels abroad (the Schengen area, 16–22 June 2026), but no "
            "passport is recorded",
        ),
        (
            "visa",
            "error",
            "Li Wei (李伟)'s visa for the Schengen area does not cover every day of the stay "
            "(16–22 June 2026): 21–22 June 2026",
        ),
        (
            "visa",
            "warning",
            "Wang Fang (王芳) must apply for the visa for the Schengen area by 17 May 2026, in "
            "7 days: 15 days before entry on 16 June 2026 and 15 days for the decision",
        ),
        (
            "visa",
            "warning",
            "Wang Fang (王芳) needs a visa for the Schengen area (16–22 June 2026) under "
            "Regulation (EU) 2018/1806, Annex I, but none is recorded",
        ),
        (
            "invitation",
            "error",
            "The invitation letter for Wang Fang (王芳) had to be issued by 7 May 2026, 10 days "
            "before the latest day to apply (17 May 2026), and is not issued yet",
        ),
    ]
    assert {p.stop_uuid for p in found} == {"fra"}
    assert found[0].people == ("Li Wei (李伟)",)


def test_the_checks_speak_german_and_chinese() -> None:
    de = [p.message for p in problems(VISIT_TO_GERMANY, "de")]
    zh = [p.message for p in problems(VISIT_TO_GERMANY, "zh")]
    assert de[0] == (
        "Der Reisepass von Li Wei (李伟) läuft am 31. August 2026 ab; für die Reise "
        "(Schengen-Raum) muss er bis zum 22. September 2026 gültig sein, 3 Monate nach der "
        "Ausreise am 22. Juni 2026"
    )
    assert "Rechtsgrundlage: Verordnung (EU) 2018/1806, Anhang I" in "\n".join(de)
    assert de[4].startswith("Wang Fang (王芳) muss das Visum (Schengen-Raum) spätestens am 17. Mai")
    assert zh[0] == (
        "李伟（Li Wei）的护照有效期至2026年8月31日，而前往申根区须有效至2026年9月22日，"
        "即2026年6月22日离境后3个月"
    )
    assert "依据：欧盟第2018/1806号条例附件一" in "\n".join(zh)
    assert zh[-1] == (
        "王芳（Wang Fang）的邀请函应于2026年5月7日前出具（最迟申请日2026年5月17日前10天），"
        "但尚未出具"
    )


def test_the_day_to_apply_is_an_error_once_passed_and_nothing_far_ahead() -> None:
    late = [p for p in problems(dataclasses.replace(VISIT_TO_GERMANY, today=D(2026, 5, 20)))]
    [deadline] = [p for p in late if p.kind == "visa" and "apply" in p.message]
    assert deadline.severity == "error"
    assert deadline.message.startswith(
        "The latest day for Wang Fang (王芳) to apply for the visa for the Schengen area was "
        "17 May 2026"
    )
    early = problems(dataclasses.replace(VISIT_TO_GERMANY, today=D(2026, 3, 1)))
    assert not [p for p in early if "apply" in p.message or p.kind == "invitation"]
    # A longer processing time is a setting: the latest day moves back.
    slow = problems(
        dataclasses.replace(VISIT_TO_GERMANY, today=D(2026, 4, 5)), visa_processing_days=45
    )
    assert any("by 17 April 2026" in p.message for p in slow)


def test_an_invitation_issued_in_time_is_no_problem_and_a_late_one_is_named() -> None:
    in_time = dataclasses.replace(
        VISIT_TO_GERMANY, invitation=InvitationDetails(issued=D(2026, 5, 6))
    )
    assert not [p for p in problems(in_time) if p.kind == "invitation"]
    late = dataclasses.replace(VISIT_TO_GERMANY, invitation=InvitationDetails(issued=D(2026, 5, 9)))
    [problem] = [p for p in problems(late) if p.kind == "invitation"]
    assert problem.severity == "warning"
    assert "was issued on 9 May 2026, after 7 May 2026" in problem.message


def test_a_visa_with_too_few_entries_for_the_itinerary() -> None:
    home = stop(
        "pek",
        "Beijing",
        "CN",
        "Asia/Shanghai",
        ("2026-06-19T20:00+08:00", "2026-06-20T08:00+08:00"),
    )
    back = stop(
        "muc", "Munich", "DE", "Europe/Berlin", ("2026-06-20T14:00+02:00", "2026-06-22T12:00+02:00")
    )
    facts = dataclasses.replace(
        VISIT_TO_GERMANY,
        stops=(VISIT_TO_GERMANY.stops[0], home, back),
        people=types.MappingProxyType({"chen": CHEN}),
        documents=types.MappingProxyType(
            {
                "chen": TravelDocuments(
                    nationality="CN",
                    passport=Passport("E87654321", expires=D(2030, 1, 1)),
                    visas=(Visa("schengen", D(2026, 6, 1), D(2026, 6, 30), entries=1),),
                )
            }
        ),
    )
    [problem] = problems(facts)
    assert problem.message == (
        "Chen Jing (陈静)'s visa for the Schengen area allows 1 entry, but the itinerary enters "
        "2 times"
    )
    assert "入境2次" in problems(facts, "zh")[0].message


def test_no_documents_recorded_for_the_trip_checks_nothing() -> None:
    assert problems(dataclasses.replace(VISIT_TO_GERMANY, documents={})) == []


def test_the_kinds_can_be_turned_off() -> None:
    settings = checks.CheckSettings(disabled_kinds=frozenset({"passport", "invitation"}))
    kinds = {p.kind for p in checks.check_facts(VISIT_TO_GERMANY, settings) if p.kind in KINDS}
    assert kinds == {"visa"}


# ---------------------------------------------------------------------------------------------
# A German delegation to China


MUELLER = person("mueller", "Müller", "Hans", None, "head")
SCHMIDT = person("schmidt", "Schmidt", "Eva", None, "member")


def visit_to_china(start: dt.date, days: int) -> TripFacts:
    last = start + dt.timedelta(days=days - 1)
    return TripFacts(
        uuid="t2",
        title="Bavarian delegation to Jiangsu",
        home_zone="Europe/Berlin",
        stops=(
            stop(
                "nkg",
                "Nanjing",
                "CN",
                "Asia/Shanghai",
                (f"{start}T09:00+08:00", f"{last}T18:00+08:00"),
            ),
        ),
        people=types.MappingProxyType({p.uuid: p for p in (MUELLER, SCHMIDT)}),
        documents=types.MappingProxyType(
            {
                uuid: TravelDocuments(
                    nationality="DE", passport=Passport("C01X00T47", expires=D(2032, 1, 1))
                )
                for uuid in ("mueller", "schmidt")
            }
        ),
        today=start - dt.timedelta(days=60),
    )


def test_the_dated_rule_lets_germans_into_china_without_a_visa() -> None:
    assert problems(visit_to_china(D(2026, 9, 7), 6)) == []


def test_after_the_rule_ends_a_visa_is_needed_again() -> None:
    found = problems(visit_to_china(D(2027, 1, 11), 6))
    assert [(p.kind, p.people) for p in found] == [
        ("visa", ("Eva Schmidt",)),
        ("visa", ("Hans Müller",)),
    ]
    assert found[1].message == (
        "Hans Müller needs a visa for China (11–16 January 2027) under the Exit and Entry "
        "Administration Law of the PRC, Art. 15, but none is recorded"
    )


def test_a_stay_longer_than_the_rule_allows_needs_a_visa() -> None:
    [_, first] = problems(visit_to_china(D(2026, 9, 1), 31))
    assert first.message == (
        "Hans Müller stays 31 days in China (1 September – 1 October 2026), longer than the "
        "30 days visa-free under China's unilateral visa-free entry, extended to 31 December "
        "2026: a visa is needed, but none is recorded"
    )


def test_the_documents_settings_default_to_the_visa_code_and_survive_hand_editing() -> None:
    s = checks.CheckSettings()
    assert (s.passport_months_schengen, s.passport_months_other) == (3, 6)
    assert (s.apply_days_before_entry, s.visa_processing_days) == (15, 15)
    stored = {**s.to_mapping(), "visa_processing_days": 45, "passport_months_other": "six"}
    read = checks.CheckSettings.from_mapping(stored)
    assert (read.visa_processing_days, read.passport_months_other) == (45, 6)
    with pytest.raises(ValueError, match="visa_processing_days must be a whole number"):
        checks.CheckSettings(visa_processing_days=-1)
