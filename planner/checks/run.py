"""Running the checks: every enabled kind over one read of the trip.

The checks are pure functions of :class:`~planner.checks.facts.TripFacts` and the settings, so
the window can read the facts in its session and check them anywhere (a worker thread, a
test with hand-made facts), and each check can be turned off on its own.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from planner.checks.attendance import check_languages, check_overlaps
from planner.checks.days_off import check_days_off
from planner.checks.declined import check_declined
from planner.checks.documents import check_documents
from planner.checks.facts import TripFacts, read_facts
from planner.checks.gifts import check_gifts
from planner.checks.messages import ENGLISH, Words, words
from planner.checks.night_hours import check_night_hours
from planner.checks.problems import (
    DECLINED,
    GIFT_VALUE,
    INVITATION,
    LANGUAGE,
    LODGING,
    NIGHT_HOURS,
    OUTSIDE_STOP,
    OVERLAP,
    PASSPORT,
    PUBLIC_HOLIDAY,
    TRANSFER_BUFFER,
    TRAVEL_GAP,
    VENUE_TRAVEL,
    VISA,
    WEEKEND,
    ZONE,
    Problem,
    sort_key,
)
from planner.checks.settings import CheckSettings
from planner.checks.stays import check_lodging, check_outside_stops
from planner.checks.transfers import check_transfer_buffers, check_travel_gaps
from planner.checks.venue_travel import check_venue_travel
from planner.checks.zones import check_zones

if TYPE_CHECKING:  # read on a Core connection (planner check, the window) or in a session
    from sqlalchemy import Connection
    from sqlalchemy.orm import Session

Check = Callable[[TripFacts, CheckSettings, Words], Iterable[Problem]]

CHECKS: tuple[tuple[frozenset[str], Check], ...] = (
    (frozenset({OVERLAP}), check_overlaps),
    (frozenset({TRANSFER_BUFFER}), check_transfer_buffers),
    (frozenset({VENUE_TRAVEL}), check_venue_travel),
    (frozenset({OUTSIDE_STOP}), check_outside_stops),
    (frozenset({NIGHT_HOURS}), check_night_hours),
    (frozenset({PUBLIC_HOLIDAY, WEEKEND}), check_days_off),
    (frozenset({TRAVEL_GAP}), check_travel_gaps),
    (frozenset({LANGUAGE}), check_languages),
    (frozenset({LODGING}), check_lodging),
    (frozenset({GIFT_VALUE}), check_gifts),
    (frozenset({ZONE}), check_zones),
    (frozenset({DECLINED}), check_declined),
    (frozenset({PASSPORT, VISA, INVITATION}), check_documents),
)
"""Each check with the kinds it reports; a check runs when one of its kinds is enabled."""


def check_facts(
    facts: TripFacts, settings: CheckSettings | None = None, language: str = ENGLISH
) -> list[Problem]:
    """The problems of the trip, by instant (those without one last), worded in ``language``
    (``en``, ``de`` or ``zh``; ``zh_CN`` is ``zh``, and a language the checks do not speak is
    English). The kinds and severities stay the fixed English words whatever the language."""
    settings = settings or CheckSettings()
    wording = words(language)
    problems = [
        problem
        for kinds, check in CHECKS
        if any(settings.is_enabled(kind) for kind in kinds)
        for problem in check(facts, settings, wording)
        if settings.is_enabled(problem.kind)
    ]
    problems.sort(key=sort_key)
    return problems


def check_trip(
    session: Session | Connection,
    trip_uuid: str,
    settings: CheckSettings | None = None,
    language: str = ENGLISH,
    *,
    today: dt.date | None = None,
) -> list[Problem]:
    """Read the trip and check it (see :func:`check_facts` for ``language``), the travel
    documents' deadlines counted from ``today`` (None: the computer's);
    :class:`planner.errors.NotFound` when it does not exist."""
    facts = read_facts(session, trip_uuid)
    if today is not None:
        facts = dataclasses.replace(facts, today=today)
    return check_facts(facts, settings, language)
