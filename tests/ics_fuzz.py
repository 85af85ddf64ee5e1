"""Mutated real .ics files through ``planner import-ics``, for the property test and for the
figures of the README's "Reliability" section (``tools/fuzz_report.py ics``).

The seeds are the corpus of other programs' files (``tests/data/corpus/ics``) and the planner's
own export of the Nanshan trip; each example changes one to three things in a seed: bytes
replaced, a line deleted, duplicated or swapped, a property's value replaced with something
hostile (huge numbers, control characters, dates at the ends of the calendar, rules that never
end or never match), or a hostile line added to an event. The import goes into a trip that
spans 1995 to 2030, so that most events of the corpus land in it and are worked out.

Every outcome must be an import (exit 0) or a refusal in one line that names the file (exit 2,
the store unchanged): never a catch-all "unexpected" message, never an exception out of the
command, never longer than :data:`EXAMPLE_SECONDS`.
"""

from __future__ import annotations

import contextlib
import io
import json
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner import cli
from tests import dumps
from tests.conftest import DATA, NANSHAN

CORPUS = DATA / "corpus" / "ics"
EXAMPLE_SECONDS = 15.0
"""Longest an import of one example may take: the expansion budget (2 s) and the parsing of
the largest seed, with room for a loaded machine."""
CATCH_ALL = "unexpected"

# Also the trip of the corpus test (test_calendar_import.py): most corpus events land in it.
WIDE_TRIP = {
    "format": "delegation-trip",
    "version": 1,
    "trip": {"title": "Everything since 1995", "home_timezone": "Europe/Berlin"},
    "organizations": [],
    "people": [],
    "delegation": [],
    "stops": [
        {
            "key": "anywhere",
            "city": "Berlin",
            "country": "DE",
            "timezone": "Europe/Berlin",
            "arrive": "1995-01-01T00:00",
            "depart": "2030-12-31T23:00",
        }
    ],
    "transfers": [],
    "meetings": [],
}

HOSTILE_VALUES = (
    "0",
    "-1",
    "99999999999999999999",
    "2147483648",
    "\x00",
    "a\x01b",
    "\x1b[31m",
    "\x7f",
    "x" * 400,
    "P99999999W",
    "-P99999999W",
    "PT0S",
    "00010101T000000",
    "99991231T235959",
    "00000000T000000",
    "20240230T100000",
    "FREQ=DAILY;INTERVAL=0",
    "FREQ=SECONDLY",
    "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30",
    "FREQ=DAILY;COUNT=1000000000",
    "FREQ=WEEKLY;BYSETPOS=999999;BYDAY=MO",
    "\\",
    ";;;",
    ",,,",
    '"',
    ":",
    "\ud800",
)
HOSTILE_LINES = (
    "RRULE:FREQ=DAILY;INTERVAL=0",
    "RRULE:FREQ=MONTHLY;BYMONTHDAY=31;BYMONTH=4",
    "RRULE:FREQ=DAILY;COUNT=1000000000",
    "DURATION:P99999999W",
    "DTSTART;TZID=Asia/Tokyo:00010101T010000",
    "DTEND;TZID=America/New_York:99991231T230000",
    "EXDATE:00010101T000000Z",
    "RDATE;VALUE=PERIOD:20240101T000000Z/P99999999W",
    "SEQUENCE:99999999999999999999",
    "DTSTART;TZID=" + "Z" * 300 + ":20240101T100000",
    "SUMMARY:\x00",
    "RECURRENCE-ID:20240101T000000Z",
    "BEGIN:VALARM",
    "END:VEVENT",
)
_INTERESTING_BYTES = (0x00, 0x0A, 0x0D, 0x20, 0x22, 0x2C, 0x3A, 0x3B, 0x5C, 0x7F, 0x80, 0xFF)


def seeds(own_export: bytes) -> list[tuple[str, bytes]]:
    files = sorted(p for p in CORPUS.rglob("*.ics"))
    return [(p.name, p.read_bytes()) for p in files] + [("nanshan-export.ics", own_export)]


@st.composite
def mutated(draw: st.DrawFn, pool: list[tuple[str, bytes]]) -> tuple[str, bytes]:
    """A seed with one to three changes."""
    name, data = draw(st.sampled_from(pool))
    for _ in range(draw(st.integers(1, 3))):
        data = draw(_one_change(data))
    return name, data


def _one_change(data: bytes) -> st.SearchStrategy[bytes]:
    lines = data.split(b"\n")
    index = st.integers(0, max(len(lines) - 1, 0))
    hostile = st.sampled_from(HOSTILE_VALUES).map(lambda v: v.encode("utf-8", "surrogatepass"))

    def replace_bytes(position: int, value: int) -> bytes:
        if not data:
            return bytes([value])
        at = position % len(data)
        return data[:at] + bytes([value]) + data[at + 1 :]

    def delete(i: int) -> bytes:
        return b"\n".join(lines[:i] + lines[i + 1 :])

    def duplicate(i: int) -> bytes:
        return b"\n".join(lines[: i + 1] + lines[i:])

    def swap(i: int, j: int) -> bytes:
        swapped = list(lines)
        swapped[i], swapped[j] = swapped[j], swapped[i]
        return b"\n".join(swapped)

    def set_value(i: int, value: bytes) -> bytes:
        head, colon, _old = lines[i].partition(b":")
        if not colon:
            return data
        changed = list(lines)
        changed[i] = head + b":" + value + (b"\r" if lines[i].endswith(b"\r") else b"")
        return b"\n".join(changed)

    def add_line(value: str) -> bytes:
        at = data.find(b"BEGIN:VEVENT")
        if at < 0:
            return data
        end = data.find(b"\n", at) + 1
        return data[:end] + value.encode("utf-8") + b"\r\n" + data[end:]

    byte = st.one_of(st.sampled_from(_INTERESTING_BYTES), st.integers(0, 255))
    return st.one_of(
        st.builds(replace_bytes, st.integers(0, 1 << 20), byte),
        st.builds(delete, index),
        st.builds(duplicate, index),
        st.builds(swap, index, index),
        st.builds(set_value, index, hostile),
        st.builds(add_line, st.sampled_from(HOSTILE_LINES)),
    )


@dataclass
class Tally:
    """What the examples came to; ``slowest`` in seconds."""

    outcomes: Counter[str] = field(default_factory=Counter)
    slowest: float = 0.0

    @property
    def tried(self) -> int:
        return sum(self.outcomes.values())


@dataclass(frozen=True)
class Target:
    store: Path
    trip: str
    folder: Path
    pool: list[tuple[str, bytes]]


def prepare(folder: Path) -> Target:
    """A store with the wide trip, and the seeds (the corpus and this store's own export)."""
    store = folder / "fuzz.sqlite"
    trip_file = folder / "wide.trip.json"
    trip_file.write_text(json.dumps(WIDE_TRIP), encoding="utf-8")
    export = folder / "nanshan.ics"
    with contextlib.redirect_stdout(io.StringIO()):
        assert cli.main(["--store", str(store), "import", str(trip_file)]) == 0
        assert cli.main(["--store", str(store), "import", str(NANSHAN)]) == 0
        assert cli.main(["--store", str(store), "ics", "2", "-o", str(export), "--lodging"]) == 0
    return Target(store, "1", folder, seeds(export.read_bytes()))


def import_once(target: Target, name: str, data: bytes, tally: Tally) -> None:
    """One example: import it, classify the outcome, and assert the promises."""
    path = target.folder / name
    path.write_bytes(data)
    before = dumps.dump(target.store)
    out, err = io.StringIO(), io.StringIO()
    started = time.monotonic()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = cli.main(["--store", str(target.store), "import-ics", target.trip, str(path)])
    except BaseException:
        tally.outcomes["crashed"] += 1
        raise
    finally:
        took = time.monotonic() - started
        tally.slowest = max(tally.slowest, took)
    message = err.getvalue()
    if code == 0:
        tally.outcomes["accepted"] += 1
    elif CATCH_ALL in message:
        tally.outcomes["catch-all"] += 1
    elif message.startswith(f"planner: error: {name}: ") and message.count("\n") == 1:
        tally.outcomes["refused with a place"] += 1
    else:
        tally.outcomes["refused otherwise"] += 1
    assert CATCH_ALL not in message, message
    assert "Traceback" not in message, message
    assert took < EXAMPLE_SECONDS, f"{took:.1f} s"
    if code != 0:
        assert code == 2, (code, message)
        assert message.startswith(f"planner: error: {name}: "), message
        assert message.count("\n") == 1, message
        assert dumps.dump(target.store) == before


def campaign(target: Target, examples: int, tally: Tally) -> Callable[[], None]:
    """The property over ``examples`` mutated files, fixed seed, as a function to call."""

    @settings(
        max_examples=examples,
        derandomize=True,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(mutated(target.pool))
    def run(example: tuple[str, bytes]) -> None:
        name, data = example
        import_once(target, name, data, tally)

    return run


def report_into(tally: Tally, examples: int) -> Tally:
    """Run ``examples`` examples in a fresh store, counting into ``tally`` (for the tool,
    which shows the figures so far when a promise is broken)."""
    with tempfile.TemporaryDirectory() as folder:
        target = prepare(Path(folder))
        campaign(target, examples, tally)()
    return tally
