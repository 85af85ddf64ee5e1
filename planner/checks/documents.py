"""``passport``, ``visa`` and ``invitation``: the papers each delegate needs to cross a border.

A wrong passport number or a late invitation letter cancels a visit (issue 23), so for every
delegate who travels to a country or area that is neither their own (by nationality) nor the
delegation's home (the country of the trip's home zone, where they live and travel from;
:mod:`planner.checks.itinerary_areas`) the checks report:

- ``passport``: none recorded; or one that expires too soon after leaving an area (Schengen:
  three months, elsewhere six; :class:`CheckSettings`);
- ``visa``: needed by the dated rules (:mod:`planner.visa_rules`) but none recorded for the area;
  recorded but not covering every day there (the uncovered days named), or allowing fewer
  entries than the itinerary makes; the latest day to apply (the days before entry plus the
  consulate's time to decide, counted back from entry) as it nears and once it has passed; and,
  as information, a traveller for whom no rule is known;
- ``passport`` too: documents stored with a key this computer does not have, which cannot be
  checked here;
- ``invitation``: the host's letter not issued by its lead date (days before the earliest
  latest day to apply of those who need a visa and have none).

Only a trip with travel documents recorded for someone is checked: an office that keeps no
documents in the planner is not told on every trip that every passport is missing. The
deadlines count from :attr:`TripFacts.today` (the computer's today when None), and none is
reported once the entry day has come.
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
from collections.abc import Iterator

from planner.checks.facts import PersonFact, TripFacts
from planner.checks.itinerary_areas import Itinerary, Visit
from planner.checks.messages import ENGLISH_WORDS, Words
from planner.checks.problems import ERROR, INFO, INVITATION, PASSPORT, VISA, WARNING, Problem
from planner.checks.settings import CheckSettings
from planner.gazetteer import zones
from planner.travel_documents import MULTIPLE, SCHENGEN, TravelDocuments, Visa
from planner.visa_rules import VisaDecision, VisaRules, decide, load


def check_documents(
    facts: TripFacts,
    settings: CheckSettings,
    words: Words = ENGLISH_WORDS,
    rules: VisaRules | None = None,
) -> Iterator[Problem]:
    recorded = any(not documents.is_empty for documents in facts.documents.values())
    if not recorded and not facts.unreadable_documents:
        return
    rules = rules if rules is not None else load()
    itinerary = Itinerary(facts, rules)
    home = frozenset(rules.area_of(code) for code in zones.zone_countries(facts.home_zone))
    today = facts.today or dt.date.today()
    pending: list[tuple[PersonFact, Visit, dt.date]] = []
    delegates = sorted(
        (p for p in facts.people.values() if p.is_delegate),
        key=lambda p: (p.listed is None, p.listed or 0, p.name),
    )
    for person in delegates:
        if person.uuid in facts.unreadable_documents:
            yield _unreadable(person, itinerary, home, words)
            continue
        documents = facts.documents.get(person.uuid, TravelDocuments())
        own = {rules.area_of(documents.nationality)} if documents.nationality else set()
        abroad = [v for v in itinerary.visits(person.uuid) if v.area not in own | home]
        if not abroad:
            continue
        yield from _passport(person, documents, abroad, settings, words)
        kind = documents.passport.kind if documents.passport else "ordinary"
        for visit in abroad:
            visas = _visas_for(documents, visit)
            if visas:
                yield from _coverage(person, visit, visas, abroad, words)
                continue
            decision = decide(
                documents.nationality, kind, visit.area, visit.first, visit.last, rules=rules
            )
            yield from _visa(person, documents, kind, visit, decision, words=words)
            if decision is not None and decision.needed:
                yield from _deadline(person, visit, settings, words, today)
                pending.append((person, visit, _latest_application(visit, settings)))
    yield from _invitation(facts, pending, settings, words, today)


def _problem(kind: str, severity: str, text: str, person: PersonFact, visit: Visit) -> Problem:
    stop = visit.entry
    instant = stop.arrive or stop.depart
    return Problem(
        kind=kind,
        severity=severity,
        message=text,
        people=(person.name,),
        instant=instant,
        zone=stop.zone if instant else None,
        stop_uuid=stop.uuid,
    )


def _unreadable(
    person: PersonFact, itinerary: Itinerary, home: frozenset[str], words: Words
) -> Problem:
    """Pointing at the first stop away from home, where the documents would be needed."""
    text = words.text("documents.unreadable", name=person.named(words.language))
    visits = itinerary.visits(person.uuid)
    visits = [v for v in visits if v.area not in home] or visits
    if not visits:
        return Problem(kind=PASSPORT, severity=WARNING, message=text, people=(person.name,))
    return _problem(PASSPORT, WARNING, text, person, visits[0])


def _passport(
    person: PersonFact,
    documents: TravelDocuments,
    abroad: list[Visit],
    settings: CheckSettings,
    words: Words,
) -> Iterator[Problem]:
    name = person.named(words.language)
    passport = documents.passport
    if passport is None:
        areas = words.join(dict.fromkeys(words.area(v.area) for v in abroad))
        span = words.date_range(abroad[0].first, abroad[-1].last)
        text = words.text("passport.missing", name=name, areas=areas, span=span)
        yield _problem(PASSPORT, ERROR, text, person, abroad[0])
        return
    if passport.expires is None:
        return
    last_visits = {visit.area: visit for visit in abroad}  # the last visit of each area
    for area, visit in last_visits.items():
        months = (
            settings.passport_months_schengen
            if area == SCHENGEN
            else settings.passport_months_other
        )
        needed = _add_months(visit.last, months)
        if passport.expires >= needed:
            continue
        text = words.plural(
            "passport.expires",
            months,
            name=name,
            expires=words.full_date(passport.expires),
            area=words.area(area),
            needed=words.full_date(needed),
            months=months,
            left=words.full_date(visit.last),
        )
        yield _problem(PASSPORT, ERROR, text, person, visit)


def _visa(
    person: PersonFact,
    documents: TravelDocuments,
    kind: str,
    visit: Visit,
    decision: VisaDecision | None,
    *,
    words: Words,
) -> Iterator[Problem]:
    """A visa needed and none recorded, or no rule to tell."""
    name = person.named(words.language)
    area, span = words.area(visit.area), words.date_range(visit.first, visit.last)
    if documents.nationality is None:
        text = words.text("visa.no_nationality", name=name, area=area)
        yield _problem(VISA, INFO, text, person, visit)
    elif decision is None:
        text = words.text(
            "visa.no_rule",
            name=name,
            kind=words.text(f"passport_kind.{kind}"),
            nationality=words.country(documents.nationality),
            area=area,
        )
        yield _problem(VISA, INFO, text, person, visit)
    elif decision.too_long is not None:
        text = words.text(
            "visa.too_long",
            name=name,
            days=visit.days,
            area=area,
            span=span,
            limit=decision.too_long.max_stay_days,
            source=decision.too_long.cited(words.language),
        )
        yield _problem(VISA, WARNING, text, person, visit)
    elif decision.needed:
        source = decision.rule.cited(words.language) if decision.rule else ""
        text = words.text("visa.missing", name=name, area=area, span=span, source=source)
        yield _problem(VISA, WARNING, text, person, visit)


def _deadline(
    person: PersonFact, visit: Visit, settings: CheckSettings, words: Words, today: dt.date
) -> Iterator[Problem]:
    latest = _latest_application(visit, settings)
    if today >= visit.first:
        return
    values = {
        "name": person.named(words.language),
        "area": words.area(visit.area),
        "latest": words.full_date(latest),
        "entry": words.full_date(visit.first),
        "before": settings.apply_days_before_entry,
        "processing": settings.visa_processing_days,
    }
    if today > latest:
        yield _problem(VISA, ERROR, words.text("visa.apply_late", **values), person, visit)
        return
    left = (latest - today).days
    if left <= settings.apply_warning_days:
        text = words.plural("visa.apply_soon", left, left=left, **values)
        yield _problem(VISA, WARNING, text, person, visit)


def _coverage(
    person: PersonFact, visit: Visit, visas: list[Visa], abroad: list[Visit], words: Words
) -> Iterator[Problem]:
    name, area = person.named(words.language), words.area(visit.area)
    uncovered = [
        day
        for day in (visit.first + dt.timedelta(days=n) for n in range(visit.days))
        if not any(v.valid_from <= day <= v.valid_to for v in visas)
    ]
    if uncovered:
        text = words.text(
            "visa.uncovered",
            name=name,
            area=area,
            span=words.date_range(visit.first, visit.last),
            days=words.join(words.date_range(a, b) for a, b in _runs(uncovered)),
        )
        yield _problem(VISA, ERROR, text, person, visit)
    counts = [v.entries for v in visas]
    if any(c is None or c == MULTIPLE or not isinstance(c, int) for c in counts):
        return
    allowed = max(c for c in counts if isinstance(c, int))
    needed = sum(1 for v in abroad if v.area == visit.area)
    first_of_area = next(v for v in abroad if v.area == visit.area)
    if needed > allowed and visit is first_of_area:
        text = words.plural(
            "visa.entries", allowed, name=name, area=area, allowed=allowed, needed=needed
        )
        yield _problem(VISA, ERROR, text, person, visit)


def _invitation(
    facts: TripFacts,
    pending: list[tuple[PersonFact, Visit, dt.date]],
    settings: CheckSettings,
    words: Words,
    today: dt.date,
) -> Iterator[Problem]:
    if not pending:
        return
    person, visit, latest = min(pending, key=lambda item: item[2])
    due = latest - dt.timedelta(days=settings.invitation_lead_days)
    issued = facts.invitation.issued
    names = words.names(dict.fromkeys(p.named(words.language) for p, _, _ in pending))
    values = {
        "names": names,
        "due": words.full_date(due),
        "lead": settings.invitation_lead_days,
        "latest": words.full_date(latest),
    }
    if issued is not None:
        if issued <= due:
            return
        text, severity = (
            words.text("invitation.issued_late", issued=words.full_date(issued), **values),
            WARNING,
        )
    elif today >= visit.first:
        return
    elif today > due:
        text, severity = words.text("invitation.late", **values), ERROR
    elif (due - today).days <= settings.apply_warning_days:
        text, severity = words.text("invitation.soon", **values), WARNING
    else:
        return
    problem = _problem(INVITATION, severity, text, person, visit)
    yield dataclasses.replace(problem, people=tuple(dict.fromkeys(p.name for p, _, _ in pending)))


def _visas_for(documents: TravelDocuments, visit: Visit) -> list[Visa]:
    return [v for v in documents.visas if v.area == visit.area or v.area in visit.countries]


def _latest_application(visit: Visit, settings: CheckSettings) -> dt.date:
    days = settings.apply_days_before_entry + settings.visa_processing_days
    return visit.first - dt.timedelta(days=days)


def _runs(days: list[dt.date]) -> Iterator[tuple[dt.date, dt.date]]:
    """Consecutive days as (first, last) pairs."""
    start = previous = days[0]
    for day in days[1:]:
        if day != previous + dt.timedelta(days=1):
            yield start, previous
            start = day
        previous = day
    yield start, previous


def _add_months(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` later, or the month's last day (31 Aug + 6 months: 28/29 Feb)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))
