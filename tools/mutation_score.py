"""How many deliberate bugs in the core the core tests catch: a fixed list of mutations of
``planner/``, each applied alone to a copy of the repository, with the tests that should notice.

A passing suite says the code does what the tests ask; this says whether the tests ask enough.
Each mutation is a one-line change a hurried edit could make (``<`` for ``<=``, a rule deleted,
a sign lost). A mutation is *caught* when its tests fail (or hang past the time limit); a
*missed* one names a gap to close with a test that fails on it. Not part of the suite (it runs
the core tests once per mutation); ``tests/test_mutation_score.py`` runs one through it.

    .venv/bin/python tools/mutation_score.py                 # all: "caught N of M"
    .venv/bin/python tools/mutation_score.py --only transfer-ends-at-departure
    .venv/bin/python tools/mutation_score.py --list

Only the SQLite half of each core test runs (``-k "not postgresql"``): the mutations are in
the domain logic, not the SQL. The working tree is never touched: the copy lives in a temporary
folder that is removed afterwards.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
COPIED = ("planner", "tests", "pyproject.toml")
LINKED = ("resources", "benchmarks")  # large or read-only: the copy links them
TIMEOUT = 600  # seconds for one mutation's tests; a hang counts as caught

TRAVEL = "tests/core/test_checks_travel.py"
TRIPFILE = "tests/core/test_tripfile.py"
LOCALTIME = "tests/core/test_localtime.py"
CONTACTS = "tests/core/test_contacts_formats.py"
IDENTITY = "tests/core/test_trip_identity.py"
INVITATIONS = "tests/core/test_calendar_invitations.py"


@dataclass(frozen=True)
class Mutation:
    name: str
    path: str
    old: str
    new: str
    tests: tuple[str, ...]


MUTATIONS = (
    Mutation(
        "zone-check-deleted",
        "planner/checks/zones.py",
        "if not stop.country or zones.used_in(stop.zone, stop.country) is not False:",
        "if True:",
        ("tests/core/test_checks_zone.py",),
    ),
    Mutation(
        "zone-links-not-followed",
        "planner/gazetteer/zones.py",
        "return rules is not None and any(rules == _rules(z) for z in zones)",
        "return False",
        ("tests/core/test_checks_zone.py",),
    ),
    # -- the gaps a mutation review found unnoticed (each now has a test) --------------------
    Mutation(
        "transfer-ends-at-departure",
        "planner/checks/transfers.py",
        "high = bisect_right(ends, transfer.depart)",
        "high = bisect_left(ends, transfer.depart)",
        (TRAVEL,),
    ),
    Mutation(
        "tripfile-same-stop-rule-deleted",
        "planner/tripfile/reader.py",
        'self.problem(f"{path}.to", "is the same stop as from")',
        "pass",
        (TRIPFILE,),
    ),
    Mutation(
        "tripfile-depart-before-arrive-rule-deleted",
        "planner/tripfile/reader.py",
        'self.problem(f"{path}.depart", "is before the arrival at this stop")',
        "pass",
        (TRIPFILE,),
    ),
    Mutation(
        "tripfile-region-of-country-rule-deleted",
        "planner/tripfile/reader.py",
        "if region and not region.startswith(f\"{data['country']}-\"):",
        "if False:",
        (TRIPFILE,),
    ),
    Mutation(
        "tripfile-uid-not-kept",
        "planner/tripfile/reader.py",
        '        given = data.get("uid")\n',
        "        given = None\n",
        (IDENTITY,),
    ),
    Mutation(
        "tripfile-stored-trip-not-refused",
        "planner/tripfile/identity.py",
        "    if stored is not None:\n        raise TripAlreadyStored",
        "    if False:\n        raise TripAlreadyStored",
        (IDENTITY,),
    ),
    Mutation(
        "tripfile-update-removes-nothing",
        "planner/tripfile/update.py",
        'removed = [old["id"] for uuid, old in stored.items() if uuid not in wanted]',
        "removed: list[int] = []",
        (IDENTITY,),
    ),
    Mutation(
        "import-ics-venue-city-ignored",
        "planner/calendar_ics/importer.py",
        "    named = [s for s in dated if in_city(s)]",
        "    named: list[StopInfo] = []",
        (INVITATIONS,),
    ),
    Mutation(
        "import-ics-attendee-name-ignored",
        "planner/calendar_ics/matching.py",
        "        if len(matches) == 1:",
        "        if False:",
        (INVITATIONS,),
    ),
    Mutation(
        "offset-without-abs",
        "planner/localtime.py",
        "    minutes = abs(minutes)\n",
        "",
        (LOCALTIME,),
    ),
    Mutation(
        "formula-starts-weakened",
        "planner/contacts/csv_format.py",
        'FORMULA_STARTS = ("=", "+", "-", "@", "\\t", "\\r")',
        'FORMULA_STARTS = ("=", "+", "-", "@")',
        (CONTACTS,),
    ),
    Mutation(
        "csv-import-strips-any-apostrophe",
        "planner/contacts/csv_format.py",
        """return cell[1:] if cell.startswith("'") and cell[1:].startswith(FORMULA_STARTS) else""",
        """return cell[1:] if cell.startswith("'") else""",
        (CONTACTS,),
    ),
    Mutation(
        "record-kind-run-together",
        "planner/editing/rows.py",
        'words = re.sub(r"(?<!^)(?=[A-Z])", " ", entity.__name__).lower()',
        "words = entity.__name__.lower()",
        ("tests/core/test_protocol_branches.py",),
    ),
    # -- checks ----------------------------------------------------------------------------
    Mutation(
        "meeting-touching-travel-is-during",
        "planner/checks/transfers.py",
        "if meeting.end > transfer.depart:",
        "if meeting.end >= transfer.depart:",
        (TRAVEL,),
    ),
    Mutation(
        "buffer-after-arrival-inclusive",
        "planner/checks/transfers.py",
        "high = bisect_left(starts, transfer.arrive + after)",
        "high = bisect_right(starts, transfer.arrive + after)",
        (TRAVEL,),
    ),
    Mutation(
        "meeting-at-arrival-is-outside-stop",
        "planner/checks/stays.py",
        "meeting.start < stop.arrive",
        "meeting.start <= stop.arrive",
        (TRAVEL,),
    ),
    Mutation(
        "day-stop-needs-lodging",
        "planner/checks/stays.py",
        "if nights <= 0:",
        "if nights < 0:",
        (TRAVEL,),
    ),
    Mutation(
        "night-hours-start-inclusive",
        "planner/checks/night_hours.py",
        "early = start.time() < settings.earliest_start",
        "early = start.time() <= settings.earliest_start",
        ("tests/core/test_checks_calendar.py",),
    ),
    Mutation(
        "gift-at-the-limit-is-over",
        "planner/checks/gifts.py",
        "if gift.value <= settings.gift_limit:",
        "if gift.value < settings.gift_limit:",
        ("tests/core/test_checks_gifts.py",),
    ),
    Mutation(
        "back-to-back-meetings-overlap",
        "planner/checks/attendance.py",
        "while running and running[0][0] <= start:",
        "while running and running[0][0] < start:",
        ("tests/core/test_checks_attendance.py",),
    ),
    # (Not "_WEEKEND = frozenset({6})": that fallback is unreachable while the holidays
    # package has a table, with its weekend, for every ISO 3166 country; no test can see it.)
    Mutation(
        "working-weekends-ignored",
        "planner/checks/days_off.py",
        "return day.weekday() in self.weekend and day not in self.working_weekend_days",
        "return day.weekday() in self.weekend",
        ("tests/core/test_checks_calendar.py",),
    ),
    # -- trip file and local time ----------------------------------------------------------
    Mutation(
        "skipped-hour-accepted",
        "planner/localtime.py",
        "if _wall(first.astimezone(dt.UTC), tz) != wall:",
        "if False:",
        (LOCALTIME,),
    ),
    Mutation(
        "repeated-hour-means-second-pass",
        "planner/localtime.py",
        "    if offset is None:\n        return first.astimezone(dt.UTC)",
        "    if offset is None:\n        return second.astimezone(dt.UTC)",
        (LOCALTIME,),
    ),
    # -- calendar export -------------------------------------------------------------------
    Mutation(
        "changed-event-keeps-its-sequence",
        "planner/calendar_ics/export_state.py",
        "sequence = max(row.sequence + 1, spec.base_sequence)",
        "sequence = max(row.sequence, spec.base_sequence)",
        ("tests/core/test_calendar_export.py",),
    ),
    Mutation(
        "cancelled-event-not-labelled",
        "planner/calendar_ics/events.py",
        "summary = CANCELLED_PREFIX + summary",
        "summary = summary",
        ("tests/core/test_calendar_export.py", "tests/core/test_calendar_follow_ups.py"),
    ),
    Mutation(
        "opaque-and-transparent-swapped",
        "planner/calendar_ics/export.py",
        '"TRANSPARENT" if spec.transparent else "OPAQUE"',
        '"OPAQUE" if spec.transparent else "TRANSPARENT"',
        ("tests/core/test_calendar_export.py",),
    ),
    Mutation(
        "publish-deletes-other-peoples-events",
        "planner/calendar_ics/publish.py",
        "if uid in ours.produced and uid not in present:",
        "if uid not in present:",
        ("tests/core/test_calendar_publish.py",),
    ),
    Mutation(
        "publish-resends-unchanged-events",
        "planner/calendar_ics/publish.py",
        "if on_server is not None and on_server[1] == _version_of(item):",
        "if False:",
        ("tests/core/test_calendar_publish.py",),
    ),
    # -- contacts and names ----------------------------------------------------------------
    Mutation(
        "languages-keep-their-case",
        "planner/contacts/values.py",
        "return tuple(word.lower() for word in _LANGUAGE_SEPARATORS.split(text) if word)",
        "return tuple(word for word in _LANGUAGE_SEPARATORS.split(text) if word)",
        (CONTACTS, "tests/core/test_directory_import.py"),
    ),
    Mutation(
        "search-keeps-accents",
        "planner/names.py",
        'bare = _ACCENTS.sub("", unicodedata.normalize("NFKD", text))',
        "bare = text",
        ("tests/core/test_names.py",),
    ),
    Mutation(
        "meeting-interpreter-ignored",
        "planner/checks/attendance.py",
        "p for p in present if p.is_interpreter or p.uuid in meeting.interpreter_uuids",
        "p for p in present if p.is_interpreter",
        ("tests/core/test_checks_attendance.py",),
    ),
    Mutation(
        "any-interpreter-bridges-every-language",
        "planner/checks/attendance.py",
        "if len(speakers) < 2 or _understood(speakers, interpreting):",
        "if len(speakers) < 2 or bool(interpreting) or _understood(speakers, interpreting):",
        ("tests/core/test_checks_attendance.py",),
    ),
    # -- protocol: precedence and seating --------------------------------------------------
    Mutation(
        "unranked-before-ranked",
        "planner/ranks.py",
        "return (False, rank, 0, 0, sort_key)",
        "return (True, rank, 0, 0, sort_key)",
        ("tests/core/test_protocol_precedence.py",),
    ),
    Mutation(
        "unranked-by-name-not-by-role",
        "planner/ranks.py",
        'by_role = ROLE_ORDER.get(role or "member", len(ROLE_ORDER))',
        "by_role = 0",
        ("tests/core/test_protocol_precedence.py", "tests/core/test_briefing_precedence.py"),
    ),
    Mutation(
        "head-by-role-ignored",
        "planner/protocol/precedence.py",
        "return by_role or next((a for a in order if a.speaks), None)",
        "return next((a for a in order if a.speaks), None)",
        ("tests/core/test_protocol_precedence.py", "tests/core/test_protocol_seating.py"),
    ),
    Mutation(
        "speaking-order-drops-the-longer-sides-rest",
        "planner/protocol/precedence.py",
        "for pair in zip_longest(host, guest):",
        "for pair in zip(host, guest):",
        ("tests/core/test_protocol_precedence.py",),
    ),
    Mutation(
        "both-sides-seated-on-the-same-side",
        "planner/protocol/seating.py",
        "flip = -1 if place == HOST else 1",
        "flip = 1",
        ("tests/core/test_protocol_seating.py",),
    ),
    Mutation(
        "seats-left-before-right",
        "planner/protocol/rules.py",
        "        yield first * distance\n        yield -first * distance\n",
        "        yield -first * distance\n        yield first * distance\n",
        ("tests/core/test_protocol_seating.py", "tests/core/test_protocol_layouts.py"),
    ),
    # -- protocol: layouts by the kind of meeting ----------------------------------------------
    Mutation(
        "signing-guest-at-the-hosts-left",
        "planner/protocol/layouts/signing.py",
        "host_x = float(honour(rules))",
        "host_x = -float(honour(rules))",
        ("tests/core/test_protocol_layouts.py",),
    ),
    Mutation(
        "signatory-role-ignored",
        "planner/protocol/layouts/base.py",
        "return next((a for a in order if a.meeting_role == SIGNATORY), None) or head_of(order)",
        "return head_of(order)",
        ("tests/core/test_protocol_layouts.py",),
    ),
    Mutation(
        "banquet-first-guest-at-the-hosts-left",
        "planner/protocol/layouts/banquet.py",
        "        (-first, GUEST),\n        (first, GUEST),\n",
        "        (first, GUEST),\n        (-first, GUEST),\n",
        ("tests/core/test_protocol_layouts.py",),
    ),
    Mutation(
        "delegation-member-twice-let-through",
        "planner/editing/delegation.py",
        "            if twice is not None:",
        "            if False:",
        ("tests/core/test_delegation_editing.py",),
    ),
    Mutation(
        "member-ranked-among-the-counterparts",
        "planner/protocol/sides.py",
        "    if member is None:\n        return set_rank(",
        "    if True:\n        return set_rank(",
        ("tests/core/test_trip_rank.py",),
    ),
    Mutation(
        "pack-seats-by-the-default-rules",
        "planner/briefing/sections/seating.py",
        "layout_for(people, ctx.pack.trip.protocol_rules)",
        "layout_for(people)",
        ("tests/core/test_trip_rules.py",),
    ),
    Mutation(
        "transfer-clashes-with-everyones-meetings",
        "planner/checks/transfers.py",
        "if not transfer.traveller_uuids or not meeting.participant_uuids:",
        "if True:",
        ("tests/core/test_transfer_bookings.py",),
    ),
    Mutation(
        "home-leg-read-in-the-stops-zone",
        "planner/model.py",
        "    if airport is not None and airport.timezone:",
        "    if False:",
        ("tests/core/test_transfer_bookings.py",),
    ),
    Mutation(
        "transfer-end-without-stop-or-place-let-through",
        "planner/editing/__init__.py",
        '        if not record.from_stop and not (record.from_place or "").strip():',
        "        if False:",
        ("tests/core/test_transfer_bookings.py",),
    ),
    Mutation(
        "hosts-delegation-list-with-passports",
        "planner/letters/wording.py",
        "    with_documents = edition == DOCUMENTS",
        "    with_documents = True",
        ("tests/core/test_letters.py",),
    ),
    Mutation(
        "letter-invites-who-needs-no-visa",
        "planner/letters/content.py",
        "        return self.needs_visa is not False",
        "        return True",
        ("tests/core/test_letters.py",),
    ),
    Mutation(
        "declining-signatory-not-a-problem",
        "planner/checks/declined.py",
        "    if person.uuid in meeting.signatory_uuids:",
        "    if False:",
        ("tests/core/test_replies.py",),
    ),
    Mutation(
        "reply-to-an-attendee-found-by-any-name",
        "planner/calendar_ics/replies.py",
        "            if wanted in _name_forms(person):",
        "            if True:",
        ("tests/core/test_replies.py",),
    ),
)


@dataclass(frozen=True)
class Outcome:
    mutation: Mutation
    verdict: str  # "caught", "caught (timeout)", "missed" or "error: ..."
    seconds: float

    @property
    def caught(self) -> bool:
        return self.verdict.startswith("caught")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", action="append", metavar="NAME", help="run these mutations")
    parser.add_argument("--list", action="store_true", help="name the mutations and stop")
    parser.add_argument("--timeout", type=float, default=TIMEOUT, help="seconds per mutation")
    args = parser.parse_args(argv)
    chosen = list(MUTATIONS)
    if args.only:
        unknown = sorted(set(args.only) - {m.name for m in MUTATIONS})
        if unknown:
            parser.error(f"no mutation named {', '.join(unknown)} (see --list)")
        chosen = [m for m in MUTATIONS if m.name in args.only]
    if args.list:
        for m in chosen:
            print(f"{m.name:45} {m.path}")
        return 0
    with tempfile.TemporaryDirectory(prefix="mutation-") as folder:
        copy = _copy_of_repository(Path(folder))
        baseline = _baseline(copy, chosen, args.timeout)
        if baseline is not None:
            print(f"mutation_score: error: {baseline}", file=sys.stderr)
            return 2
        outcomes = []
        for mutation in chosen:
            outcome = _try(copy, mutation, args.timeout)
            outcomes.append(outcome)
            print(f"{outcome.verdict:18} {mutation.name} ({outcome.seconds:.0f} s)", flush=True)
    caught = sum(o.caught for o in outcomes)
    print(f"caught {caught} of {len(outcomes)}")
    missed = [o.mutation.name for o in outcomes if not o.caught]
    if missed:
        print("missed: " + ", ".join(missed))
    return 0 if not missed else 1


def _copy_of_repository(folder: Path) -> Path:
    copy = folder / "repo"
    copy.mkdir()
    skip = shutil.ignore_patterns("__pycache__", ".pytest_cache", ".hypothesis")
    for name in COPIED:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, copy / name, ignore=skip)
        else:
            shutil.copy2(source, copy / name)
    for name in LINKED:
        (copy / name).symlink_to(ROOT / name)
    return copy


def _baseline(copy: Path, chosen: list[Mutation], timeout: float) -> str | None:
    """Why the score would mean nothing (None when it means something): the copy's planner
    must be the one imported, and the unmutated tests must pass."""
    probe = subprocess.run(
        [sys.executable, "-c", "import planner; print(planner.__file__)"],
        cwd=copy, env=_env(copy), capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    if not probe.stdout.strip().startswith(str(copy)):
        return f"the tests would import planner from {probe.stdout.strip() or probe.stderr}"
    tests = sorted({t for m in chosen for t in m.tests})
    code, output = _pytest(copy, tests, timeout * 2)
    if code != 0:
        return f"the unmutated tests do not pass ({' '.join(tests)}):\n{output[-2000:]}"
    return None


def _try(copy: Path, mutation: Mutation, timeout: float) -> Outcome:
    path = copy / mutation.path
    original = path.read_text(encoding="utf-8")
    found = original.count(mutation.old)
    if found != 1:
        return Outcome(mutation, f"error: found {found} times", 0.0)
    started = time.monotonic()
    path.write_text(original.replace(mutation.old, mutation.new), encoding="utf-8")
    try:
        code, _output = _pytest(copy, list(mutation.tests), timeout)
    finally:
        path.write_text(original, encoding="utf-8")
    seconds = time.monotonic() - started
    verdict = {0: "missed", 1: "caught", -1: "caught (timeout)"}.get(code, f"error: exit {code}")
    return Outcome(mutation, verdict, seconds)


def _pytest(copy: Path, tests: list[str], timeout: float) -> tuple[int, str]:
    """pytest's exit code (-1 on a timeout) and its output."""
    command = [
        sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider", "-n", "0",
        "-k", "not postgresql", *tests,
    ]  # fmt: skip
    # "-n 0": one process. Under pytest-xdist "-x" ends the run as interrupted (exit 2), which
    # would read as an error rather than as a caught mutation; a few tests start faster alone.
    try:
        done = subprocess.run(
            command, cwd=copy, env=_env(copy), capture_output=True, text=True,
            timeout=timeout, check=False,
        )  # fmt: skip
    except subprocess.TimeoutExpired:
        return -1, ""
    return done.returncode, done.stdout + done.stderr


def _env(copy: Path) -> dict[str, str]:
    """The copy's planner before the installed one; no PostgreSQL demanded (SQLite only)."""
    env = {k: v for k, v in os.environ.items() if k not in ("PLANNER_REQUIRE_PG",)}
    env["PYTHONPATH"] = str(copy)
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


if __name__ == "__main__":
    sys.exit(main())
