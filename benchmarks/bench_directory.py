"""Directory benchmark: importing 60,000 contacts, and filtering them as the user types.

Run ``python benchmarks/bench_directory.py`` (full size, about a minute) or with ``--quick``
(ten times smaller). It

1. writes a CSV of 60,000 people at 5,000 organizations (German, English and Chinese names,
   a native-script column, unique e-mails, phones formatted as people write them: "+49 69 1234
   5678", "+86 21 6123 4567", and one in five without the country code, read in the row's
   country), every name unique within its organization so that no row is a duplicate;
2. times the import into an empty store (``planner.contacts.csv_format`` reading the bytes,
   ``planner.directory.importing`` planning and applying, the commit) against bare ``sqlite3``
   ``executemany`` of the same rows (organizations, then people, values already converted:
   E.164 phones, JSON languages, the timestamp text) into an identical table of an identical
   empty store, in the same run, each side on a fresh copy of the store; the stored people are
   compared afterwards, so the baseline cannot do less;
3. times ``listing.people`` on that store, then each keystroke of typing a few searches with
   ``listing.matching`` (goal: under 16 ms), once filtering all entries on every key and once
   narrowing the previous key's result.

The functions are importable (``run(scale)``) for the smoke test in tests/core.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import functools
import gc
import json
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid as uuidlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench_store import (
    CHINESE_FAMILY,
    CHINESE_GIVEN,
    CHINESE_ORG,
    GERMAN_FAMILY,
    GERMAN_GIVEN,
    GERMAN_ORG_FORMS,
    GERMAN_ORG_STEMS,
    Result,
    _connect,
    machine,
)

from planner import phones
from planner.contacts import csv_format
from planner.directory import importing, listing
from planner.store import open_store

SEED = 20241126
GOAL_KEYSTROKE_MS = 16.0
ENGLISH_FAMILY = ("Smith", "Johnson", "Brown", "Taylor", "Wilson", "Davies", "Evans", "Clarke")
ENGLISH_GIVEN = ("Oliver", "Amelia", "Harry", "Isla", "George", "Emily", "Jack", "Sophie")
HEADERS = (
    "Last Name", "First Name", "Chinese Name", "Title", "Job Title", "Company", "Country",
    "E-mail Address", "Business Phone", "Languages",
)  # fmt: skip
STAGES = ("read the CSV into drafts", "plan", "apply", "commit")
SEARCHES = ("müller jürgen", "zhang wei", "朱伟", "example.org", "wirtschaftsförderung")


@dataclass(frozen=True)
class Keystrokes:
    search: str
    narrowed: bool
    median_ms: float
    worst_ms: float
    found: int


@dataclass(frozen=True)
class Contacts:
    csv: bytes
    organizations: list[tuple[str, str]]
    """(name, country) of each organization, in the order the file first names them."""
    people: list[tuple[Any, ...]]
    """What the store must hold per person: family, given, native, honorific, position,
    organization index, country, e-mail, E.164 phone, languages."""


def make_contacts(people: int, organizations: int, seed: int = SEED) -> Contacts:
    rng = random.Random(seed)
    orgs: list[tuple[str, str]] = []
    for index in range(organizations):
        if index % 3 == 2:
            latin, _native = CHINESE_ORG[index % len(CHINESE_ORG)]
            orgs.append((f"{latin} {index}", "CN"))
        else:
            stem = GERMAN_ORG_STEMS[index % len(GERMAN_ORG_STEMS)]
            form = GERMAN_ORG_FORMS[index % len(GERMAN_ORG_FORMS)]
            orgs.append((f"{stem} {form} {index}".replace("  ", " "), "DE"))
    german = [(f, g, None, "DE") for f in GERMAN_FAMILY for g in GERMAN_GIVEN]
    english = [(f, g, None, "GB") for f in ENGLISH_FAMILY for g in ENGLISH_GIVEN]
    chinese = [(f, g, nf + ng, "CN") for f, nf in CHINESE_FAMILY for g, ng in CHINESE_GIVEN]
    rows: list[list[str]] = []
    expected: list[tuple[Any, ...]] = []
    slots: dict[int, int] = {}
    for index in range(people):
        org = rng.randrange(organizations)
        slot = slots.get(org, 0)
        slots[org] = slot + 1
        pool = chinese if orgs[org][1] == "CN" and rng.random() < 0.8 else german
        if rng.random() < 0.15:
            pool = english
        # Consecutive slots of one organization get different names: no duplicates.
        family, given, native, country = pool[(org * 7 + slot) % len(pool)]
        number = 10_000_000 + index
        national = {"DE": ("69", "0"), "GB": ("20", "0"), "CN": ("21", "0")}[country]
        digits = f"{number % 90_000_000 + 10_000_000}"
        if country == "GB":
            digits = "7" + digits[1:]
        code = {"DE": "49", "GB": "44", "CN": "86"}[country]
        if rng.random() < 0.2:
            phone = f"{national[1]}{national[0]} {digits[:4]} {digits[4:]}"
        else:
            phone = f"+{code} {national[0]} {digits[:4]} {digits[4:]}"
        e164 = f"+{code}{national[0]}{digits}"
        languages = ("de", "en") if country != "CN" else ("zh", "en")
        honorific = rng.choice(("Dr.", "Prof.", "Herr", "Frau", "Mr.", "Ms.", ""))
        position = rng.choice(("Geschäftsführer", "Referentin", "副市长", "主任", "Director"))
        email = f"p{index}@example.org"
        rows.append(
            [family, given, native or "", honorific, position, orgs[org][0], country, email,
             phone, ", ".join(languages)]
        )  # fmt: skip
        expected.append(
            (family, given, native, honorific or None, position, org, country, email, e164,
             list(languages))
        )  # fmt: skip
    lines = [",".join(HEADERS)] + [",".join(_quoted(cell) for cell in row) for row in rows]
    data = ("\ufeff" + "\r\n".join(lines) + "\r\n").encode("utf-8")
    return Contacts(data, orgs, expected)


def _quoted(cell: str) -> str:
    return f'"{cell}"' if any(c in cell for c in ',"\n') else cell


# ---------------------------------------------------------------------------------------------
# The two sides of the import


def planner_import(store_path: Path, data: bytes) -> int:
    with open_store(store_path, create=False) as store:
        return _planner_import_open(store, data)


def _planner_import_open(store: Any, data: bytes, stages: dict[str, float] | None = None) -> int:
    """The import as the window runs it; ``stages`` gets the ms each step took."""
    marks = [time.perf_counter()]
    with store.transaction() as session:
        table = csv_format.read_table(data, "contacts.csv")
        drafts = csv_format.drafts(table, csv_format.guess_mapping(table.headers), "contacts.csv")
        marks.append(time.perf_counter())
        plan = importing.plan_import(session, drafts, "contacts.csv")
        marks.append(time.perf_counter())
        if plan.problems or plan.duplicates:
            raise AssertionError(f"{plan.problems[:3]} {plan.duplicates[:3]}")
        result = importing.apply_import(session, plan)
        marks.append(time.perf_counter())
    marks.append(time.perf_counter())
    if stages is not None:
        for name, start, end in zip(STAGES, marks, marks[1:], strict=False):
            stages[name] = (end - start) * 1000
    return len(result.people)


def phones_alone(contacts: Contacts) -> float:
    """ms that phonenumbers takes for the file's numbers, one call per distinct number."""
    table = csv_format.read_table(contacts.csv, "contacts.csv")
    numbers = {(row[8], row[6]) for row in table.rows}
    start = time.perf_counter()
    for raw, region in numbers:
        phones.normalize(raw, region)
    return (time.perf_counter() - start) * 1000


def baseline_rows(contacts: Contacts) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    """The rows the planner writes, converted already as the store keeps them."""
    now = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    # A new organization takes the country of the first row that names it.
    first_country: dict[int, str] = {}
    for person in contacts.people:
        first_country.setdefault(person[5], person[6])
    org_id = {index: oid for oid, index in enumerate(first_country, start=1)}
    orgs = [
        (org_id[i], str(uuidlib.uuid4()), 1, now, contacts.organizations[i][0], country)
        for i, country in first_country.items()
    ]
    people = [
        (str(uuidlib.uuid4()), 1, now, family, given, native, honorific, position, org_id[org],
         email, phone, json.dumps(languages))
        for family, given, native, honorific, position, org, _c, email, phone, languages
        in contacts.people
    ]  # fmt: skip
    return orgs, people


def baseline_import(conn: sqlite3.Connection, rows: tuple[list[Any], list[Any]]) -> int:
    orgs, people = rows
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO organization (id, uuid, version, modified, name, country) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        orgs,
    )
    conn.executemany(
        "INSERT INTO person (uuid, version, modified, family_name, given_name, native_name, "
        "honorific, position, organization_id, email, phone, languages) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        people,
    )
    conn.execute("COMMIT")
    return len(people)


_STORED = """
SELECT p.family_name, p.given_name, p.native_name, p.honorific, p.position, o.name, o.country,
       p.email, p.phone, p.languages
FROM person p LEFT JOIN organization o ON o.id = p.organization_id ORDER BY p.email
"""


def _stored(path: Path) -> list[tuple[Any, ...]]:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        return [
            (*row[:-1], json.loads(row[-1]) if row[-1] else []) for row in conn.execute(_STORED)
        ]


# ---------------------------------------------------------------------------------------------
# Running


def _timed(fn: Callable[[], object]) -> float:
    gc.collect()
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def compare_import(
    contacts: Contacts, template: Path, workdir: Path, runs: int
) -> tuple[float, float, Path, dict[str, float]]:
    """Medians (ms) of alternating runs on fresh copies of the empty store; the last planner
    store, for the listing."""
    rows = baseline_rows(contacts)
    planner_times: list[float] = []
    baseline_times: list[float] = []
    stages: dict[str, list[float]] = {name: [] for name in STAGES}
    last = workdir / "planner-0.sqlite"
    for run in range(runs + 1):  # the first run of each side warms up and is not counted
        planner_path = workdir / f"planner-{run}.sqlite"
        baseline_path = workdir / f"baseline-{run}.sqlite"
        shutil.copyfile(template, planner_path)
        shutil.copyfile(template, baseline_path)
        store = open_store(planner_path, create=False)
        conn = _connect(baseline_path)
        try:
            steps: dict[str, float] = {}
            sides = [
                (
                    planner_times,
                    functools.partial(_planner_import_open, store, contacts.csv, steps),
                ),
                (baseline_times, functools.partial(baseline_import, conn, rows)),
            ]
            for times, side in sides if run % 2 else reversed(sides):
                elapsed = _timed(side)
                if run:
                    times.append(elapsed)
            if run:
                for name in STAGES:
                    stages[name].append(steps[name])
        finally:
            store.close()
            conn.close()
        if _stored(planner_path) != _stored(baseline_path):
            raise AssertionError("the planner and the baseline stored different people")
        if run:
            (workdir / f"planner-{run - 1}.sqlite").unlink(missing_ok=True)
        baseline_path.unlink()
        last = planner_path
    medians = {name: statistics.median(times) for name, times in stages.items()}
    return statistics.median(planner_times), statistics.median(baseline_times), last, medians


def keystrokes(
    entries: Sequence[listing.PersonEntry], search: str, *, narrowed: bool
) -> Keystrokes:
    index = listing.SearchIndex(entries)  # built once when the window shows the list
    times = []
    found: list[int] | None = None
    for end in range(1, len(search) + 1):
        text = search[:end]
        within = found if narrowed else None  # each key extends the text before it
        start = time.perf_counter()
        found = index.matching(text, within)
        times.append((time.perf_counter() - start) * 1000)
    assert found is not None
    return Keystrokes(search, narrowed, statistics.median(times), max(times), len(found))


def run(
    scale: float = 1.0,
    *,
    repeats: int | None = None,
    workdir: Path | None = None,
    log: Callable[[str], None] = lambda _text: None,
) -> tuple[list[Result], list[Keystrokes]]:
    people = max(50, round(60_000 * scale))
    organizations = max(10, round(5_000 * scale))
    contacts = make_contacts(people, organizations)
    with contextlib.ExitStack() as stack:
        if workdir is None:
            workdir = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="bench-dir-")))
        template = workdir / "empty.sqlite"
        open_store(template).close()
        runs = repeats or 5
        p_ms, b_ms, path, stages = compare_import(contacts, template, workdir, runs)
        log(f"import: planner {p_ms:.0f} ms, baseline {b_ms:.0f} ms")
        log("  stages (medians): " + ", ".join(f"{k} {v:.0f} ms" for k, v in stages.items()))
        log(f"  phonenumbers alone, once per distinct number: {phones_alone(contacts):.0f} ms")
        results = [
            Result(
                f"import {people:,} people at {organizations:,} organizations from CSV",
                p_ms,
                b_ms,
                "decode and read the CSV, map columns, drafts, plan (e-mails, phones to E.164, "
                "organizations by folded name, duplicates against store and file), one Core "
                "executemany per table, commit",
                "executemany of the same rows already converted, commit",
                runs,
            )
        ]
        with open_store(path, create=False) as store:
            with store.session() as session:
                entries = listing.people(session)
            list_ms = statistics.median(
                _timed(lambda: _list(store)) for _ in range(max(3, min(runs, 5)))
            )
        log(f"listing.people: {list_ms:.0f} ms for {len(entries)} people")
        results.append(
            Result(
                f"list all {len(entries):,} people (listing.people)",
                list_ms,
                0.0,
                "3 Core queries, entries with folded search text, sorted by names.sort_key",
                "-",
                max(3, min(runs, 5)),
            )
        )
        typed = []
        for search in SEARCHES:
            for narrowed in (False, True):
                typed.append(keystrokes(entries, search, narrowed=narrowed))
                log(
                    f"typing {search!r} {'narrowing' if narrowed else 'from all'}: "
                    f"median {typed[-1].median_ms:.1f} ms, worst {typed[-1].worst_ms:.1f} ms"
                )
        return results, typed


def _list(store: Any) -> None:
    with store.session() as session:
        listing.people(session)


def markdown(results: list[Result], typed: list[Keystrokes]) -> str:
    lines = [
        "| operation | planner ms | bare sqlite3 ms | ratio |",
        "|---|---:|---:|---:|",
    ]
    for r in results:
        if r.baseline_ms:
            lines.append(
                f"| {r.operation} | {r.planner_ms:.0f} | {r.baseline_ms:.0f} | {r.ratio:.2f}x |"
            )
        else:
            lines.append(f"| {r.operation} | {r.planner_ms:.0f} | – | – |")
    lines += [
        "",
        f"| typing (one keystroke, {GOAL_KEYSTROKE_MS:.0f} ms goal) | median ms | worst ms |"
        " people found |",
        "|---|---:|---:|---:|",
    ]
    for k in typed:
        how = "narrowing the previous result" if k.narrowed else "over all entries"
        lines.append(
            f"| {k.search!r}, {how} | {k.median_ms:.1f} | {k.worst_ms:.1f} | {k.found:,} |"
        )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true", help="ten times smaller (smoke run)")
    parser.add_argument("--repeats", type=int, help="timed import runs per side (default 5)")
    args = parser.parse_args(argv)
    print(machine(), flush=True)
    started = time.perf_counter()
    results, typed = run(
        0.1 if args.quick else 1.0, repeats=args.repeats, log=lambda t: print(t, flush=True)
    )
    print()
    print(markdown(results, typed))
    print(f"\nTotal {time.perf_counter() - started:.0f} s.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
