"""Feasibility checks of a trip: overlaps, tight transfers, night hours, holidays and more.

``check_trip(session, trip_uuid, settings, language)`` reads what the checks need in a fixed
number of queries (:func:`read_facts`) and returns the :class:`Problem` list sorted by instant,
the messages worded in ``language`` (``en``, ``de``, ``zh``: :mod:`planner.checks.messages`);
:func:`check_facts` does the same on facts already read. :class:`CheckSettings` holds every
threshold and which kinds are checked; :data:`KINDS` lists the kinds in a stable order.
"""

from planner.checks.facts import (
    BranchFact,
    GiftFact,
    MeetingFact,
    PersonFact,
    StopFact,
    TransferFact,
    TripFacts,
    read_facts,
)
from planner.checks.messages import LANGUAGES
from planner.checks.problems import ERROR, INFO, KINDS, SEVERITIES, WARNING, Problem
from planner.checks.run import check_facts, check_trip
from planner.checks.settings import CheckSettings
from planner.checks.wording import local_stamp

__all__ = [
    "ERROR",
    "INFO",
    "KINDS",
    "LANGUAGES",
    "SEVERITIES",
    "WARNING",
    "BranchFact",
    "CheckSettings",
    "GiftFact",
    "MeetingFact",
    "PersonFact",
    "Problem",
    "StopFact",
    "TransferFact",
    "TripFacts",
    "check_facts",
    "check_trip",
    "local_stamp",
    "read_facts",
]
