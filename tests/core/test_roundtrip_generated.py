"""Generated trips survive import and export: whatever a valid file says, the store keeps."""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from planner import store, travel_documents, tripfile, trips, vocab
from tests.conftest import new_sqlite_store
from tests.core.tripdocs import canonical

# Zones with DST north and south, west of UTC, a half-hour DST shift, a half-hour offset, none.
ZONES = [
    "Europe/Berlin",
    "Asia/Shanghai",
    "America/New_York",
    "America/Los_Angeles",
    "Australia/Lord_Howe",
    "Asia/Kolkata",
    "UTC",
]
COUNTRIES = ["DE", "CN", "US", "AU", "FR"]

# What planner/text_rules.py lets in: no control characters or lone surrogates; tabs and line
# breaks only in notes, addresses, objectives and talking points (``paragraphs``).
texts = st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=30).filter(
    lambda s: s.strip() != ""
)
paragraphs = st.text(
    st.characters(blacklist_categories=("Cs", "Cc"), whitelist_characters="\t\n"),
    min_size=1,
    max_size=40,
).filter(lambda s: s.strip() != "")
optional_texts = st.none() | texts
# Autumn clock changes (Berlin, New York, Lord Howe): around them wall times repeat.
TRANSITIONS = [
    dt.datetime(2024, 10, 27, 1, 0, tzinfo=dt.UTC),
    dt.datetime(2024, 11, 3, 6, 0, tzinfo=dt.UTC),
    dt.datetime(2024, 4, 6, 15, 0, tzinfo=dt.UTC),
]
instants = st.datetimes(
    min_value=dt.datetime(2020, 1, 1),
    max_value=dt.datetime(2030, 12, 31),
    timezones=st.just(dt.UTC),
).map(lambda d: d.replace(microsecond=0)) | st.builds(
    lambda t, minutes: t + dt.timedelta(minutes=minutes),
    st.sampled_from(TRANSITIONS),
    st.integers(-90, 90),
)

USEFUL_NUMBERS = ("+493027588551", "+8675588886666", "+8651985150000")
"""Numbers as the store keeps them (E.164), so the export writes them back unchanged."""


def wall(instant: dt.datetime, zone: str) -> str:
    """The local time with its offset always written: independent of the writer under test."""
    return instant.astimezone(ZoneInfo(zone)).isoformat(timespec="seconds")


def maybe(draw: st.DrawFn, strategy: st.SearchStrategy[Any]) -> Any:
    return draw(st.none() | strategy)


def fields(draw: st.DrawFn, **spec: st.SearchStrategy[Any]) -> dict[str, Any]:
    """Optional fields: each left out or drawn."""
    return {k: v for k, s in spec.items() if (v := maybe(draw, s)) is not None}


days = st.dates(min_value=dt.date(1930, 1, 1), max_value=dt.date(2020, 12, 31))


@st.composite
def passports(draw: st.DrawFn) -> dict[str, Any]:
    """A passport (issue 23) that expires after it was issued, when both are given."""
    issued = draw(days)
    passport = {
        "number": draw(texts),
        "kind": draw(st.sampled_from(travel_documents.PASSPORT_KINDS)),
        "issued": issued.isoformat(),
        "expires": (issued + dt.timedelta(days=draw(st.integers(1, 3650)))).isoformat(),
    }
    return {k: v for k, v in passport.items() if k in ("number", "kind") or draw(st.booleans())}


@st.composite
def visas(draw: st.DrawFn) -> dict[str, Any]:
    start = draw(days)
    return {
        "area": draw(st.sampled_from([*COUNTRIES, "schengen"])),
        "valid_from": start.isoformat(),
        "valid_to": (start + dt.timedelta(days=draw(st.integers(0, 730)))).isoformat(),
        **fields(
            draw,
            kind=texts,
            number=texts,
            entries=st.integers(1, 9) | st.just(travel_documents.MULTIPLE),
        ),
    }


@st.composite
def documents(draw: st.DrawFn) -> dict[str, Any]:
    n_orgs = draw(st.integers(1, 4))
    orgs = [
        {
            "key": f"o{i}",
            "name": draw(texts),
            **fields(
                draw,
                native_name=texts,
                kind=st.sampled_from(vocab.ORGANIZATION_KINDS),
                city=texts,
                country=st.sampled_from(COUNTRIES),
                notes=paragraphs,
            ),
        }
        for i in range(n_orgs)
    ]
    org_keys = st.sampled_from([o["key"] for o in orgs])
    n_people = draw(st.integers(1, 5))
    people = [
        {
            "key": f"p{i}",
            "family_name": draw(texts),
            **fields(
                draw,
                given_name=texts,
                native_name=texts,
                position=texts,
                organization=org_keys,
                email=texts,
                languages=st.lists(st.sampled_from(["de", "zh", "en"]), max_size=3),
                precedence=st.integers(1, 9),
                nationality=st.sampled_from(COUNTRIES),
                date_of_birth=days.map(dt.date.isoformat),
                gender=st.sampled_from(travel_documents.GENDERS),
                passport=passports(),
                visas=st.lists(visas(), max_size=2),
            ),
        }
        for i in range(n_people)
    ]
    person_keys = [p["key"] for p in people]
    stops = []
    n_stops = draw(st.integers(1, 4))
    for i in range(n_stops):
        zone = draw(st.sampled_from(ZONES))
        arrive, depart = sorted(draw(st.lists(instants, min_size=2, max_size=2)))
        times = {"arrive": arrive, "depart": depart}
        if i == 0:
            del times["arrive"]
        elif draw(st.booleans()):
            del times["depart"]
        stops.append(
            {
                "key": f"s{i}",
                "city": draw(texts),
                "country": draw(st.sampled_from(COUNTRIES)),
                "timezone": zone,
                **{k: wall(v, zone) for k, v in times.items()},
                **fields(
                    draw,
                    lodging=st.fixed_dictionaries(
                        {}, optional={"name": texts, "address": paragraphs}
                    ),
                ),
            }
        )
    transfers = []
    for a, b in itertools.pairwise(stops):
        # A transfer arrives after it departs (a file saying otherwise is refused).
        depart, arrive = sorted((draw(instants), draw(instants)))
        transfers.append(
            {
                "from": a["key"],
                "to": b["key"],
                "mode": draw(st.sampled_from(vocab.TRANSFER_MODES)),
                "depart": wall(depart, a["timezone"]),
                "arrive": wall(arrive, b["timezone"]),
                **fields(draw, carrier=texts, number=texts, reference=texts),
            }
        )
    meetings = []
    for i in range(draw(st.integers(0, 5))):
        stop = draw(st.sampled_from(stops))
        start = draw(instants)
        end = start + dt.timedelta(minutes=draw(st.integers(1, 600)))
        meetings.append(
            {
                "key": f"m{i}",
                "title": draw(texts),
                "stop": stop["key"],
                "start": wall(start, stop["timezone"]),
                "end": wall(end, stop["timezone"]),
                "attendees": draw(st.lists(st.sampled_from(person_keys), unique=True, max_size=4)),
                **fields(
                    draw,
                    kind=st.sampled_from(vocab.MEETING_KINDS),
                    status=st.sampled_from(vocab.MEETING_STATUSES),
                    host=org_keys,
                    organizations=st.lists(org_keys, unique=True, max_size=3),
                    venue=st.fixed_dictionaries({"name": texts}, optional={"city": texts}),
                    talking_points=st.lists(paragraphs, max_size=3),
                    private_notes=paragraphs,
                    follow_ups=st.lists(
                        st.fixed_dictionaries(
                            {"title": texts},
                            optional={"done": st.booleans(), "owner": st.sampled_from(person_keys)},
                        ),
                        max_size=2,
                    ),
                ),
            }
        )
    delegation = [
        {"person": key, "role": draw(st.sampled_from(vocab.DELEGATION_ROLES))}
        for key in draw(st.lists(st.sampled_from(person_keys), unique=True, max_size=3))
    ]
    return {
        "format": "delegation-trip",
        "version": 1,
        "trip": {
            "title": draw(texts),
            "home_timezone": draw(st.sampled_from(ZONES)),
            **fields(
                draw,
                status=st.sampled_from(vocab.TRIP_STATUSES),
                organizer=org_keys,
                purpose=texts,
                protocol_rules=st.sampled_from(vocab.PROTOCOL_RULES),
                invitation=st.fixed_dictionaries(
                    {},
                    optional={
                        "purpose": paragraphs,
                        "costs_borne_by": texts,
                        "issued": days.map(dt.date.isoformat),
                    },
                ),
                useful_numbers=st.lists(
                    st.fixed_dictionaries(
                        {"label": texts, "number": st.sampled_from(USEFUL_NUMBERS)}
                    ),
                    max_size=3,
                ),
            ),
        },
        "organizations": orgs,
        "people": people,
        "delegation": delegation,
        "stops": stops,
        "transfers": transfers,
        "meetings": meetings,
    }


def awkward(zone: str, utc: str) -> dict[str, Any]:
    """A trip whose stop, transfer and meeting sit at one instant that is awkward in ``zone``:
    the examples every run tries first, whatever the generator draws."""
    at = dt.datetime.fromisoformat(utc).replace(tzinfo=dt.UTC)
    return {
        "format": "delegation-trip",
        "version": 1,
        "trip": {"title": f"Awkward hour in {zone}", "home_timezone": zone},
        "organizations": [{"key": "o0", "name": "Host"}],
        "people": [{"key": "p0", "family_name": "Link", "organization": "o0"}],
        "delegation": [{"person": "p0", "role": "head"}],
        "stops": [
            {"key": "s0", "city": "Origin", "country": "DE", "timezone": "UTC",
             "depart": wall(at - dt.timedelta(hours=5), "UTC")},
            {"key": "s1", "city": "There", "country": "US", "timezone": zone,
             "arrive": wall(at, zone), "depart": wall(at + dt.timedelta(hours=6), zone)},
        ],
        "transfers": [
            {"from": "s0", "to": "s1", "mode": "flight",
             "depart": wall(at - dt.timedelta(hours=5), "UTC"), "arrive": wall(at, zone)},
        ],
        "meetings": [
            {"key": "m0", "title": "Talks", "stop": "s1", "start": wall(at, zone),
             "end": wall(at + dt.timedelta(minutes=30), zone), "attendees": ["p0"]},
        ],
    }  # fmt: skip


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(document=documents())
# The second pass of a repeated hour west of UTC (01:30-05:00, 01:30-08:00), the 30-minute
# clock changes of Lord Howe (the repeated 01:45+10:30 in April; 02:45+11:00 just after the
# skipped half hour in October), and Kolkata's half-hour offset.
@example(document=awkward("America/New_York", "2024-11-03T06:30"))
@example(document=awkward("America/Los_Angeles", "2024-11-03T09:30"))
@example(document=awkward("Australia/Lord_Howe", "2024-04-06T15:15"))
@example(document=awkward("Australia/Lord_Howe", "2024-10-05T15:45"))
@example(document=awkward("Asia/Kolkata", "2024-06-17T08:45"))
def test_a_generated_trip_reads_back_as_the_same_trip(
    document: dict[str, Any], tmp_path_factory: Any, sqlite_template: Path
) -> None:
    path = new_sqlite_store(sqlite_template, tmp_path_factory.mktemp("gen") / "store.sqlite")
    with store.open_store(path) as opened:
        with opened.transaction() as session:
            tripfile.insert_trip(session, tripfile.build_trip(document, "generated"))
        with opened.session() as session:
            trip_id = trips.list_trips(session)[0].id
            trip = trips.load_trip(session, trip_id)
            exported = tripfile.trip_document(trip, with_documents=True)
    assert canonical(exported) == canonical(document)
