"""Where each delegate is, by visa area and day: the stays that passports and visas must cover.

A visa is for a country or an area (the Schengen area), so the itinerary's stops are grouped
into *visits*: a run of consecutive stops in one area, from the local day of arrival at its
first stop to the local day of departure from its last. Each visit is one entry into its area;
going home or to another area in between and coming back is a second entry. A stop without
times takes its days from the transfers that reach and leave it, else from its meetings.

A person travels with the delegation to every stop, except a stop that only transfers naming
other travellers reach: then they stay behind (or travel elsewhere on a transfer naming them).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from planner import localtime
from planner.checks.facts import StopFact, TransferFact, TripFacts
from planner.visa_rules import VisaRules


@dataclass(frozen=True)
class Visit:
    area: str
    """A country code, or ``schengen``."""
    countries: tuple[str, ...]
    first: dt.date
    last: dt.date
    entry: StopFact
    """The first stop of the visit, where a problem points."""

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1


class Itinerary:
    """The trip's stops by day and who reaches them, read once for every person."""

    def __init__(self, facts: TripFacts, rules: VisaRules) -> None:
        self.facts = facts
        self.rules = rules
        self.spans = _stop_days(facts)
        self.reached: dict[str, list[TransferFact]] = {}
        for transfer in facts.transfers:
            if transfer.to_stop_uuid is not None:
                self.reached.setdefault(transfer.to_stop_uuid, []).append(transfer)

    def visits(self, person_uuid: str) -> list[Visit]:
        """The person's visits in the trip's order, every area (their own included)."""
        result: list[Visit] = []
        for stop in self.facts.stops:
            span = self.spans.get(stop.uuid)
            if span is None or not _travels_to(person_uuid, self.reached.get(stop.uuid, [])):
                continue
            area = self.rules.area_of(stop.country)
            last = result[-1] if result else None
            if last is not None and last.area == area:
                more = () if stop.country in last.countries else (stop.country,)
                result[-1] = Visit(
                    area, last.countries + more, last.first, max(last.last, span[1]), last.entry
                )
            else:
                result.append(Visit(area, (stop.country,), span[0], span[1], stop))
        return result


def _travels_to(person_uuid: str, transfers: list[TransferFact]) -> bool:
    if not transfers:
        return True
    return any(not t.traveller_uuids or person_uuid in t.traveller_uuids for t in transfers)


def _stop_days(facts: TripFacts) -> dict[str, tuple[dt.date, dt.date]]:
    """The first and last local day at each stop, where anything tells."""
    days: dict[str, list[dt.date]] = {}

    def note(stop_uuid: str | None, instant: dt.datetime | None, zone: str) -> None:
        if stop_uuid is not None and instant is not None:
            days.setdefault(stop_uuid, []).append(localtime.local_date(instant, zone))

    for stop in facts.stops:
        note(stop.uuid, stop.arrive, stop.zone)
        note(stop.uuid, stop.depart, stop.zone)
        if stop.uuid in days:
            continue
        for transfer in facts.transfers:
            if transfer.to_stop_uuid == stop.uuid:
                note(stop.uuid, transfer.arrive, transfer.arrive_zone)
            if transfer.from_stop_uuid == stop.uuid:
                note(stop.uuid, transfer.depart, transfer.depart_zone)
        if stop.uuid in days:
            continue
        for meeting in facts.meetings:
            if meeting.stop_uuid == stop.uuid and not meeting.cancelled:
                note(stop.uuid, meeting.start, meeting.zone)
                note(stop.uuid, meeting.end, meeting.zone)
    return {uuid: (min(found), max(found)) for uuid, found in days.items()}
