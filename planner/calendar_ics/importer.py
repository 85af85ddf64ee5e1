"""Importing the events of an .ics file into a trip as meetings: planned first, then applied.

:func:`plan_import` reads the file (:mod:`reading`) and the trip and decides, for every event,
to add a meeting, update one, or skip the event, each with its reason; it changes nothing, so
``--dry-run`` and the window's preview show exactly what an import would do.
:func:`apply_import` then makes the whole plan in the caller's transaction: all or nothing.

How events become meetings:

- An event already in the trip is updated, never added twice: one the planner exported (UID
  ``<meeting uuid>@delegation-planner``), or one imported before (its UID is kept with the
  meeting, :class:`planner.model.CalendarLink`, and an export gives the meeting that UID
  back). An update changes the title, the times (and the stop, if they moved to another),
  the status, the venue and the online link where the event says something else than the
  meeting; the description replaces the notes only for another calendar's event (the
  planner's own descriptions are generated from the meeting).
- A new event inside the trip (from the first stop's first local day to the last stop's last)
  becomes a meeting at the stop whose dates fit and whose city the event's location names;
  else at the stop where the delegation is at that time; else at a stop whose dates fit.
  ``stop_uuid`` puts every event at one stop the user picked. Attendees are the trip's people
  whose e-mail address the event lists; CATEGORIES may give the kind of meeting.
- Skipped, with the reason: events outside the trip, all-day events (holidays, reminders,
  "trip" blocks: a meeting has a time of day; add one by hand if it is a meeting), cancelled
  events the trip does not hold, replies, the planner's own transfer and lodging events,
  series repeating more often than daily, older copies of an event.
- Recurring events: each occurrence during the trip is its own meeting, told apart by its
  RECURRENCE-ID (at most :data:`expansion.MAX_OCCURRENCES`, within its time budget).
- An event with no end lasts one hour.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid as uuidlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from planner import editing, localtime, model, names, vocab
from planner.calendar_ics import labels, matching
from planner.calendar_ics.events import DOMAIN, location_texts
from planner.calendar_ics.reading import FileEvent, IcsError, read_events
from planner.calendar_ics.source import CalendarSource, MeetingInfo, StopInfo, read_source
from planner.editing.registry import editor_for
from planner.errors import NotFound, PlannerError
from planner.gazetteer.places import City
from planner.records import MeetingRecord, cleaned

ADD, UPDATE, SKIP = "add", "update", "skip"
DEFAULT_LENGTH = dt.timedelta(hours=1)
_OWN_UID = re.compile(
    rf"^(?P<uuid>[0-9a-f]{{8}}-[0-9a-f]{{4}}-[0-9a-f]{{4}}-[0-9a-f]{{4}}-[0-9a-f]{{12}})"
    rf"(?P<suffix>-check-in|-check-out)?@{re.escape(DOMAIN)}$"
)


@dataclass(frozen=True)
class ImportAction:
    """What the import does with one event (or occurrence) of the file."""

    verb: str
    title: str
    when: str
    reason: str
    line: int = 0
    uid: str = ""
    recurrence: str = ""
    sequence: int = 0
    meeting_uuid: str | None = None
    record: MeetingRecord | None = None
    link: bool = False
    """Keep the event's UID with the meeting (another calendar's event)."""

    def describe(self) -> str:
        """One line: verb, local time, title, and why."""
        title = " ".join(self.title.split())
        return f"{self.verb:<6}  {self.when}  '{title}': {self.reason}"


@dataclass(frozen=True)
class ImportPlan:
    trip_uuid: str
    source: str
    actions: tuple[ImportAction, ...]

    def count(self, verb: str) -> int:
        return sum(1 for a in self.actions if a.verb == verb)

    def summary(self, *, applied: bool) -> str:
        adds, updates, skips = self.count(ADD), self.count(UPDATE), self.count(SKIP)
        if applied:
            return f"added {adds}, updated {updates}, skipped {skips}"
        return f"would add {adds}, update {updates}, skip {skips}; nothing was changed"


def plan_import(
    session: Session,
    trip_uuid: str,
    data: bytes,
    name: str,
    *,
    stop_uuid: str | None = None,
) -> ImportPlan:
    """What importing the .ics ``data`` into the trip would do; changes nothing."""
    source = read_source(session, trip_uuid)
    if stop_uuid is not None and all(s.uuid != stop_uuid for s in source.stops):
        raise NotFound(f"the stop {stop_uuid} is not part of the trip {source.title!r}")
    window = _trip_window(source.stops)
    wide = (
        (window[0] - dt.timedelta(days=1), window[1] + dt.timedelta(days=1))
        if window
        else (dt.datetime(1970, 1, 1, tzinfo=dt.UTC), dt.datetime(1970, 1, 2, tzinfo=dt.UTC))
    )
    events = read_events(data, name, wide)
    planner = _Planner(session, source, window, stop_uuid, name)
    return ImportPlan(trip_uuid, name, tuple(planner.plan(events)))


def apply_import(session: Session, plan: ImportPlan) -> None:
    """Make ``plan`` in the caller's transaction (which commits all of it or nothing)."""
    trip_id = session.scalar(select(model.Trip.id).where(model.Trip.uuid == plan.trip_uuid))
    if trip_id is None:
        raise NotFound(f"the trip {plan.trip_uuid} no longer exists")
    for action in plan.actions:
        if action.verb == SKIP or action.record is None or action.meeting_uuid is None:
            continue
        try:
            if action.verb == ADD:
                editing.create(session, plan.trip_uuid, action.record, uuid=action.meeting_uuid)
            else:
                editing.update(session, action.meeting_uuid, action.record)
        except PlannerError as exc:
            raise IcsError(
                f"{plan.source}: line {action.line}: VEVENT {action.uid!r}: {exc}"
            ) from None
        if action.link:
            _keep_link(session, trip_id, action)
    session.flush()


def import_file(
    session: Session,
    trip_uuid: str,
    data: bytes,
    name: str,
    *,
    dry_run: bool = False,
    stop_uuid: str | None = None,
) -> ImportPlan:
    """Plan, and unless ``dry_run`` apply, in the caller's transaction."""
    plan = plan_import(session, trip_uuid, data, name, stop_uuid=stop_uuid)
    if not dry_run:
        apply_import(session, plan)
    return plan


def find_stop(source: CalendarSource, ref: str) -> StopInfo:
    """The stop named by its UUID or its city (``--stop``)."""
    found = [s for s in source.stops if ref in (s.uuid, s.city)]
    if not found:
        folded = names.fold(ref)
        found = [s for s in source.stops if names.fold(s.city) == folded]
    if not found:
        cities = ", ".join(s.city for s in source.stops) or "none"
        raise NotFound(f"the trip has no stop {ref!r} (its stops: {cities})")
    if len(found) > 1:
        raise PlannerError(f"the trip stops {len(found)} times in {ref!r}; name one by its UUID")
    return found[0]


# ---------------------------------------------------------------------------------------------


class _Planner:
    def __init__(
        self,
        session: Session,
        source: CalendarSource,
        window: tuple[dt.datetime, dt.datetime] | None,
        stop_uuid: str | None,
        name: str,
    ) -> None:
        self.session = session
        self.source = source
        self.window = window
        self.forced = next((s for s in source.stops if s.uuid == stop_uuid), None)
        self.name = name
        self.meetings = {m.uuid: m for m in source.meetings}
        self.linked = {
            (m.link.uid, m.link.recurrence): m for m in source.meetings if m.link is not None
        }
        self.transfers = {t.uuid for t in source.transfers}
        self.stops = {s.uuid for s in source.stops}
        self.countries = tuple(dict.fromkeys(s.country for s in source.stops))
        self._cities: dict[str, City | None] = {}

    def city_of(self, stop: StopInfo) -> City | None:
        """The gazetteer's city of a stop, looked up once per import."""
        if stop.uuid not in self._cities:
            self._cities[stop.uuid] = matching.city_of(stop.city, stop.country)
        return self._cities[stop.uuid]

    def plan(self, events: Sequence[FileEvent]) -> list[ImportAction]:
        newest: dict[tuple[str, str], FileEvent] = {}
        for event in events:
            key = (event.uid, event.recurrence)
            if key not in newest or event.sequence >= newest[key].sequence:
                newest[key] = event
        actions = []
        for event in events:
            kept = newest[(event.uid, event.recurrence)]
            if kept is not event:
                actions.append(self._skip(event, f"an older copy of the event on line {kept.line}"))
            else:
                actions.append(self._action(event))
        return actions

    # -- one event

    def _action(self, event: FileEvent) -> ImportAction:
        if event.skip:
            return self._skip(event, event.skip)
        own = _OWN_UID.match(event.uid)
        if own and own["suffix"] and own["uuid"] in self.stops:
            return self._skip(event, "the lodging of this trip (lodging is not imported)")
        if own and own["uuid"] in self.transfers:
            return self._skip(event, "a transfer of this trip (transfers are not imported)")
        meeting = None
        if own and own["uuid"] in self.meetings:
            meeting = self.meetings[own["uuid"]]
        else:
            meeting = self.linked.get((event.uid, event.recurrence))
        if event.all_day:
            return self._skip(event, "an all-day event, not a meeting at a time of day")
        if not self.source.stops:
            return self._skip(event, "the trip has no stops yet")
        if event.status == "cancelled" and meeting is None:
            return self._skip(event, "cancelled, and not in the trip")
        if meeting is not None:
            return self._update(event, meeting, is_own=own is not None)
        return self._add(event)

    def _add(self, event: FileEvent) -> ImportAction:
        placed = self._place(event, None)
        if isinstance(placed, ImportAction):
            return placed
        stop, start, end = placed
        attendees = matching.people_of(event.names, self.source.people)
        venue = matching.venue_city(event.location, self.countries)
        elsewhere = venue is not None and venue != self.city_of(stop)
        record = MeetingRecord(
            title=event.summary,
            stop=stop.uuid,
            start=start,
            end=end,
            kind=_kind(event.categories),
            status=event.status or "tentative",
            venue_name=event.location,
            online_url=event.url,
            attendees=attendees,
            notes=event.description,
            venue_city=venue.name if venue is not None and elsewhere else None,
        )
        reason = f"new meeting at {stop.city}"
        if venue is not None and elsewhere:
            reason += f" (the venue is in {venue.name})"
        if attendees:
            reason += f" with {len(attendees)} of the trip's people"
        if event.end_assumed:
            reason += " (no end given: one hour)"
        return self._checked(
            event,
            verb=ADD,
            stop=stop,
            start=start,
            record=record,
            reason=reason,
            meeting_uuid=str(uuidlib.uuid4()),
            link=True,
        )

    def _update(self, event: FileEvent, meeting: MeetingInfo, *, is_own: bool) -> ImportAction:
        current = editor_for(MeetingRecord).read(self.session, meeting.uuid)
        assert isinstance(current, MeetingRecord)
        stop = next((s for s in self.source.stops if s.uuid == current.stop), None)
        changes: dict[str, object] = {}
        if event.summary != current.title and not (
            event.status == "cancelled" and event.summary.startswith("Cancelled: ")
        ):
            changes["title"] = event.summary
        start = current.start
        if event.start is not None:
            zone = stop.zone if stop else meeting.zone
            start = event.start.at(zone)
            end = event.end.at(zone) if event.end else start + (current.end - current.start)
            if (start, end) != (current.start, current.end):
                placed = self._place(event, stop)
                if isinstance(placed, ImportAction):
                    return placed
                stop, start, end = placed
                changes.update(start=start, end=end)
                if stop.uuid != current.stop:
                    changes["stop"] = stop.uuid
        if event.status is not None and event.status != (current.status or "tentative"):
            changes["status"] = event.status
        if event.location and event.location not in _locations(meeting):
            changes.update(venue_name=event.location, venue_address=None)
        if event.url and event.url != current.online_url:
            changes["online_url"] = event.url
        if not is_own and event.description and event.description != current.notes:
            changes["notes"] = event.description
        assert stop is not None or self.source.stops
        where = stop or self.source.stops[0]
        if not changes:
            return self._skip(event, "unchanged", zone=where.zone, instant=start)
        record = replace(current, **changes)  # type: ignore[arg-type]
        named = ", ".join(sorted({_FIELD_WORDS.get(k, k) for k in changes}))
        return self._checked(
            event,
            verb=UPDATE,
            stop=where,
            start=start,
            record=record,
            reason=f"changes {named}",
            meeting_uuid=meeting.uuid,
            link=not is_own,
        )

    def _place(
        self, event: FileEvent, current: StopInfo | None
    ) -> tuple[StopInfo, dt.datetime, dt.datetime] | ImportAction:
        """The stop an event goes to and its instants there, or a skip saying why not."""
        assert event.start is not None and self.window is not None
        start_of = event.start.at
        first, last = self.window
        guess = self.forced or current or self.source.stops[0]
        guessed_zone = event.start.zone or guess.zone
        if not first <= start_of(guess.zone) < last:
            first_day = _day(first, self.source.stops[0].zone)
            last_day = _day(last - _SECOND, self.source.stops[-1].zone)
            return self._skip(
                event,
                f"outside the trip (it runs {first_day} to {last_day})",
                zone=guessed_zone,
                instant=start_of(guess.zone),
            )
        stop = self.forced or _choose_stop(
            self.source.stops,
            start_of,
            _Venue(event.location, matching.venue_city(event.location, self.countries)),
            event.start.zone,
            current,
            city_of=self.city_of,
        )
        if stop is None:
            return self._skip(event, "no stop of the trip fits its time (choose one)")
        start = start_of(stop.zone)
        end = event.end.at(stop.zone) if event.end else start + DEFAULT_LENGTH
        return stop, start, end

    def _checked(
        self,
        event: FileEvent,
        *,
        verb: str,
        stop: StopInfo,
        start: dt.datetime,
        record: MeetingRecord,
        reason: str,
        meeting_uuid: str,
        link: bool,
    ) -> ImportAction:
        record = cleaned(record)
        problems = editing.validate(record)
        if problems:
            field, message = next(iter(problems.items()))
            raise IcsError(f"{self.name}: {event.place}: {field}: {message}")
        return ImportAction(
            verb=verb,
            title=record.title,
            when=_local(start, stop.zone),
            reason=reason,
            line=event.line,
            uid=event.uid,
            recurrence=event.recurrence,
            sequence=event.sequence,
            meeting_uuid=meeting_uuid,
            record=record,
            link=link,
        )

    def _skip(
        self,
        event: FileEvent,
        reason: str,
        *,
        zone: str | None = None,
        instant: dt.datetime | None = None,
    ) -> ImportAction:
        return ImportAction(
            verb=SKIP,
            title=event.summary,
            when=self._when_text(event, zone, instant),
            reason=reason,
            line=event.line,
            uid=event.uid,
            recurrence=event.recurrence,
        )

    def _when_text(self, event: FileEvent, zone: str | None, instant: dt.datetime | None) -> str:
        if event.start is None:
            return "(all day)" if event.all_day else "-"
        zone = zone or event.start.zone
        if zone is None:
            zone = self.source.stops[0].zone if self.source.stops else "UTC"
        return _local(instant or event.start.at(zone), zone)


_SECOND = dt.timedelta(seconds=1)
_FIELD_WORDS = {
    "title": "title",
    "start": "time",
    "end": "time",
    "stop": "stop",
    "status": "status",
    "venue_name": "venue",
    "venue_address": "venue",
    "online_url": "online link",
    "notes": "notes",
}


def _keep_link(session: Session, trip_id: int, action: ImportAction) -> None:
    meeting_id = session.scalar(
        select(model.Meeting.id).where(model.Meeting.uuid == action.meeting_uuid)
    )
    assert meeting_id is not None
    link = session.get(model.CalendarLink, meeting_id)
    if link is None:
        session.add(
            model.CalendarLink(
                meeting_id=meeting_id,
                trip_id=trip_id,
                uid=action.uid,
                recurrence=action.recurrence,
                sequence=action.sequence,
            )
        )
    else:
        link.sequence = max(link.sequence, action.sequence)


def _trip_window(stops: Sequence[StopInfo]) -> tuple[dt.datetime, dt.datetime] | None:
    """From local midnight of the trip's first day to local midnight after its last."""
    instants = [
        (instant, stop.zone)
        for stop in stops
        for instant in (stop.arrive, stop.depart)
        if instant is not None
    ]
    if not instants:
        return None
    first, first_zone = min(instants, key=lambda pair: pair[0])
    last, last_zone = max(instants, key=lambda pair: pair[0])
    start_day = localtime.local_date(first, first_zone)
    end_day = localtime.local_date(last, last_zone) + dt.timedelta(days=1)
    return (
        localtime.to_instant(dt.datetime.combine(start_day, dt.time()), first_zone),
        localtime.to_instant(dt.datetime.combine(end_day, dt.time()), last_zone),
    )


@dataclass(frozen=True)
class _Venue:
    """Where an event says it is: its LOCATION text, and the city of it the gazetteer knows."""

    location: str | None
    city: City | None


def _choose_stop(
    stops: Sequence[StopInfo],
    start_of: Callable[[str], dt.datetime],
    venue: _Venue,
    zone: str | None,
    current: StopInfo | None,
    *,
    city_of: Callable[[StopInfo], City | None],
) -> StopInfo | None:
    """Among the stops on the event's day: the one in the venue's city, then one in its
    region (an afternoon in Erlangen during the stay in Nuremberg), then where the delegation
    is at that time; else where it is at that time, else any stop on that day. A city the
    gazetteer does not know is looked for in the LOCATION text by the stop's name."""
    location = venue.location

    def in_city(stop: StopInfo) -> bool:
        if venue.city is not None:
            return venue.city == city_of(stop)
        return _names_city(location, stop.city)

    def in_region(stop: StopInfo) -> bool:
        here = city_of(stop)
        return venue.city is not None and here is not None and venue.city.region == here.region

    def on_its_days(stop: StopInfo) -> bool:
        day = localtime.local_date(start_of(stop.zone), stop.zone)
        first = localtime.local_date(stop.arrive, stop.zone) if stop.arrive else dt.date.min
        last = localtime.local_date(stop.depart, stop.zone) if stop.depart else dt.date.max
        return first <= day <= last

    def present(stop: StopInfo) -> bool:
        instant = start_of(stop.zone)
        return (stop.arrive is None or stop.arrive <= instant) and (
            stop.depart is None or instant < stop.depart
        )

    def best(candidates: list[StopInfo]) -> StopInfo | None:
        if not candidates:
            return None
        preferences: list[Callable[[StopInfo], bool]] = [
            lambda s: current is not None and s.uuid == current.uuid,
            lambda s: zone is not None and s.zone == zone,
        ]
        for prefer in preferences:
            chosen = [s for s in candidates if prefer(s)]
            if chosen:
                return chosen[-1]
        return candidates[-1]

    dated = [s for s in stops if on_its_days(s)]
    named = [s for s in dated if in_city(s)]
    regional = [s for s in dated if in_region(s)] if venue.city and venue.city.region else []
    return (
        best([s for s in named if present(s)])
        or best(named)
        or best([s for s in regional if present(s)])
        or best(regional)
        or best([s for s in stops if present(s)])
        or best(dated)
    )


def _names_city(location: str | None, city: str) -> bool:
    if not location:
        return False
    text = names.fold(location)
    name = names.fold(city)
    words = [w for w in re.split(r"[\s,()/-]+", name) if len(w) >= 4]
    return name in text or any(re.search(rf"\b{re.escape(w)}\b", text) for w in words[:1])


def _locations(meeting: MeetingInfo) -> set[str]:
    """The LOCATION texts the planner's own export writes for a meeting (main and branches),
    today's and those of earlier versions (a branch's city even where its address named it)."""
    places = {", ".join(p for p in (meeting.venue_name, meeting.venue_address) if p)}
    places |= {", ".join(p for p in (b.name, b.address, b.city) if p) for b in meeting.branches}
    return {p for p in places if p} | location_texts(meeting)


def _kind(categories: tuple[str, ...]) -> str:
    for category in categories:
        word = category.strip().casefold().replace(" ", "-")
        if word in vocab.MEETING_KINDS:
            return word
        named = labels.kind_named(category)  # as the export writes it in German or Chinese
        if named is not None:
            return named
    return "meeting"


def _local(instant: dt.datetime, zone: str) -> str:
    return f"{localtime.local(instant, zone):%Y-%m-%d %H:%M} {zone}"


def _day(instant: dt.datetime, zone: str) -> str:
    return localtime.local_date(instant, zone).isoformat()
