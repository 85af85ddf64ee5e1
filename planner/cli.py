"""The ``planner`` command line: a contract that scripts and other tools rely on.

The commands, their arguments and their output lines are fixed by the foundation issue; add to
them, never change them. Errors exit 2 with one line on stderr and never a traceback; ``check``
exits 1 when it finds problems.

The command line answers at once: the parser is built and the arguments parsed before anything
heavy is imported, and each command imports what it uses inside its function (SQLAlchemy and the
model for every store, icalendar only for ``ics``, reportlab only for ``briefing``).
``benchmarks/bench_cli.py`` measures each command as a whole process against a floor.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import importlib
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any, NoReturn

# Only what the parser and the error lines need: none of these imports SQLAlchemy.
from planner import __version__, i18n, locations, paths, reminders
from planner.errors import PlannerError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from planner.calendar_ics.events import ExportOptions

EXIT_OK, EXIT_PROBLEMS, EXIT_ERROR = 0, 1, 2
PROG = "planner"
# planner.calendar_ics.publish's, repeated for --help: importing it would load icalendar.
PUBLISH_PASSWORD_ENV = "DELEGATION_PLANNER_CALDAV_PASSWORD"
PUBLISH_KEYRING_SERVICE = "Delegation Planner CalDAV"


class _Parser(argparse.ArgumentParser):
    """argparse that reports a usage error in one line, like every other error, and names the
    default store only in the help: finding the user's data folder imports platformdirs
    (with tempfile and random, 16-30 ms), which a command given ``--store`` never needs."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_ERROR, f"planner: error: {message} (see {self.prog} --help)\n")

    def format_help(self) -> str:
        if self.epilog is None and self.prog == PROG:
            self.epilog = (
                f"The store defaults to {paths.default_store_path()} "
                f"(or ${paths.STORE_ENV} when set)."
            )
        return super().format_help()


def _one_line(text: str) -> str:
    """One line, with any control character or lone surrogate a file smuggled into a message
    shown as an escape: printing it raw would garble the terminal or fail to encode."""
    from planner import text_rules  # noqa: PLC0415 - an error line needs it, --help does not

    return text_rules.shown(" ".join(text.split()))


def _clean_cell(text: str) -> str:
    """A title fit for a tab-separated line: no tabs, newlines or other control characters."""
    if text.isprintable():  # nearly always: one C loop, not a generator per character
        return text
    return "".join(ch if ch.isprintable() else " " for ch in text)


def cmd_import(args: argparse.Namespace, out: Callable[[str], None]) -> int:
    from planner import store, tripfile, trips  # noqa: PLC0415 - SQLAlchemy and the tables

    # The file is read and checked before the store is opened (nothing is created for a bad
    # file), and the summary counts the rows it planned: reading the trip back to count its
    # lists cost six lazy loads of the whole trip (50 ms for 1,000 meetings).
    with _imported_libraries_frozen(tripfile):
        prepared = trips.prepare_import(Path(args.file))
        # On a Core connection: the import writes rows and its one history entry, and never
        # loads an object (the ORM and the model's classes cost a third of the command).
        with store.open_store(args.store) as st, st.writing() as connection:
            prepared, trip_id = trips.add_or_update(
                connection, prepared, copy=args.as_copy, update=args.update
            )
    for line in prepared.kept:  # directory entries the store holds, kept as they are
        out(_one_line(line))
    rows = prepared.counts()
    counts = ", ".join(
        (
            i18n.counted(rows["stop"], "stop"),
            i18n.counted(rows["transfer"], "transfer"),
            i18n.counted(rows["meeting"], "meeting"),
            i18n.counted(rows["trip_organization"], "organization"),
            i18n.counted(rows["trip_person"], "person", "people"),
        )
    )
    for line in prepared.filled:  # what the file left out and the gazetteer gave
        out(_one_line(line))
    out(f"imported {_clean_cell(prepared.title)!r}: {counts}")
    out(str(trip_id))
    return EXIT_OK


@contextlib.contextmanager
def _imported_libraries_frozen(*_imported: ModuleType) -> Iterator[None]:
    """Keep the collector's full passes off the objects of the libraries imported so far
    (the modules named are imported for that; they live as long as the command) while the
    block runs: building a trip file's rows allocates tens of thousands of dicts, and each
    full pass walked every object of SQLAlchemy too (``gc.freeze``: 70 ms of the benchmark's
    1,000-meeting import). Thawed afterwards, for a caller that goes on (the tests)."""
    import gc  # noqa: PLC0415 - one command needs it

    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def cmd_trips(args: argparse.Namespace, out: Callable[[str], None]) -> int:
    from planner import store, trips  # noqa: PLC0415 - SQLAlchemy and the model

    # A Core connection: a listing needs no ORM (about 110 ms to import).
    with store.open_store(args.store, create=False) as st, st.reading() as session:
        for summary in trips.list_trips(session):
            first = summary.first_day.isoformat() if summary.first_day else "-"
            last = summary.last_day.isoformat() if summary.last_day else "-"
            out(f"{summary.id}\t{_clean_cell(summary.title)}\t{first}\t{last}")
    return EXIT_OK


def cmd_export(args: argparse.Namespace, out: Callable[[str], None]) -> int:
    from planner import store, trips  # noqa: PLC0415 - SQLAlchemy and the model

    with store.open_store(args.store, create=False) as st, st.session() as session:
        trip_id = trips.find_trip_id(session, args.trip)
        trips.export_trip(session, trip_id, Path(args.output), with_documents=args.with_documents)
    return EXIT_OK


def cmd_backup(args: argparse.Namespace, out: Callable[[str], None]) -> int:
    target = Path(args.output)
    if target.exists():
        raise PlannerError(f"{target}: already exists; choose a new file for the backup")
    from planner import store  # noqa: PLC0415 - SQLAlchemy and the model
    from planner.copy_store import backup  # noqa: PLC0415 - one command needs it

    with store.open_store(args.store, create=False) as st:
        backup(st, target)
    out(str(target))
    return EXIT_OK


def cmd_documents_key(args: argparse.Namespace, out: Callable[[str], None]) -> int:
    from planner import document_crypto  # noqa: PLC0415 - one command needs it

    key = document_crypto.current_key()
    if key is None:
        out("no documents key on this computer yet: one is made when documents are first saved")
        return EXIT_OK
    fingerprint = document_crypto.fingerprint(key.encode())
    out(f"documents key {fingerprint} from {document_crypto.key_origin()}")
    if args.show:
        out(key)
    return EXIT_OK


def cmd_upgrade(args: argparse.Namespace, out: Callable[[str], None]) -> int:
    from planner import store  # noqa: PLC0415 - SQLAlchemy and the model

    with store.open_store(args.store, create=False, upgrade=True) as st:
        before = st.opened.upgraded_from
        now = store.schema_revision(st)
        out(f"upgraded from {before} to {now}" if before else f"already at {now}")
    return EXIT_OK


def cmd_copy_store(args: argparse.Namespace, out: Callable[[str], None]) -> int:
    from planner import store  # noqa: PLC0415 - SQLAlchemy and the model
    from planner.copy_store import copy_store  # noqa: PLC0415 - one command needs it

    with store.open_store(args.source, create=False) as source:
        result = copy_store(source, args.target)
        rows = i18n.counted(result.total, "row")
        tables = i18n.counted(sum(1 for n in result.rows.values() if n), "table")
        out(f"copied {rows} in {tables} from {source.location} to {args.target}")
    return EXIT_OK


def cmd_check(args: argparse.Namespace, out: Callable[[str], None]) -> int:
    # The checks read the trip in a few queries; the holidays tables come with them.
    from planner import checks, store, trips  # noqa: PLC0415

    # The checks read over the tables on a Core connection: no ORM (about 110 ms to import).
    with store.open_store(args.store, create=False) as st, st.reading() as session:
        trip_uuid = trips.find_trip_uuid(session, args.trip)
        problems = checks.check_trip(session, trip_uuid, language=args.lang, today=args.today)
    if args.json:
        import json  # noqa: PLC0415 - only --json prints it

        out(json.dumps([p.to_json() for p in problems], ensure_ascii=False, indent=2))
    elif not problems:
        out("no problems found")
    else:
        for p in problems:
            when = "-"
            if p.instant is not None and p.zone is not None:
                when = f"{checks.local_stamp(p.instant, p.zone)} {p.zone}"
            out(f"{p.severity:<7}  {p.kind:<15}  {when}  {_clean_cell(p.message)}")
    return EXIT_PROBLEMS if problems else EXIT_OK


def cmd_ics(args: argparse.Namespace, out: Callable[[str], None]) -> int:
    # icalendar and the calendar package (about 130 ms) for the two commands that use them.
    from planner import calendar_ics, store, trips  # noqa: PLC0415

    path = Path(args.output)
    with store.open_store(args.store, create=False) as st, st.transaction() as session:
        trip_uuid = trips.find_trip_uuid(session, args.trip)
        options = _calendar_options(session, trip_uuid, args)
        exported = calendar_ics.export_to_file(session, trip_uuid, options, path)
    events = i18n.counted(exported.events, "event")
    out(f"wrote {path}: {events}, {exported.cancelled} of them cancelled")
    if exported.todos:
        as_todos = "as a to-do" if exported.todos == 1 else "as to-dos"
        out(f"and {i18n.counted(exported.todos, 'follow-up')} {as_todos} (VTODO)")
    return EXIT_OK


def _calendar_options(session: Session, trip_uuid: str, args: argparse.Namespace) -> ExportOptions:
    """The calendar that ``ics`` and ``publish`` make, from the options they share."""
    from planner import calendar_ics  # noqa: PLC0415 - as cmd_ics
    from planner.calendar_ics.invitations import office_organizer  # noqa: PLC0415

    person_uuid = None
    if args.person is not None:
        source = calendar_ics.read_source(session, trip_uuid)
        person_uuid = calendar_ics.find_person(source, args.person).uuid
    return calendar_ics.ExportOptions(
        edition=args.edition,
        person_uuid=person_uuid,
        reminder_minutes=args.reminder,
        lodging=args.lodging,
        language=args.lang,
        follow_ups=args.follow_ups,
        organizer=office_organizer(),
    )


def cmd_publish(args: argparse.Namespace, out: Callable[[str], None]) -> int:
    from planner import store, trips  # noqa: PLC0415 - as cmd_ics
    from planner.calendar_ics import caldav, publish  # noqa: PLC0415

    collection = caldav.Collection(args.url, user=args.user)
    collection.use_password(publish.password(collection.user, collection.url))
    with store.open_store(args.store, create=False) as st:
        with st.session() as session:
            trip_uuid = trips.find_trip_uuid(session, args.trip)
            options = _calendar_options(session, trip_uuid, args)
        done = publish.publish(st, trip_uuid, options, collection)
    out(f"put {done.created + done.updated}: {done.created} new, {done.updated} changed")
    out(f"deleted {done.deleted}")
    out(
        f"published {done.url}: {done.events} events, {done.cancelled} of them cancelled, "
        f"{done.todos} to-dos, {done.unchanged} unchanged"
    )
    return EXIT_OK


def cmd_import_ics(args: argparse.Namespace, out: Callable[[str], None]) -> int:
    from planner import calendar_ics, store, trips  # noqa: PLC0415 - as cmd_ics

    path = Path(args.file)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise PlannerError(f"{path}: cannot read the file ({exc.strerror or exc})") from None
    from planner.calendar_ics import mail, replies  # noqa: PLC0415 - as cmd_ics

    if mail.is_mail(path.name):
        data = mail.calendar_of_mail(data, path.name)
    if replies.is_reply(data):
        return _import_reply(args, data, path.name, out)
    with store.open_store(args.store, create=False) as st, st.transaction() as session:
        trip_uuid = trips.find_trip_uuid(session, args.trip)
        stop_uuid = None
        if args.stop is not None:
            source = calendar_ics.read_source(session, trip_uuid)
            stop_uuid = calendar_ics.find_stop(source, args.stop).uuid
        plan = calendar_ics.import_file(
            session, trip_uuid, data, path.name, dry_run=args.dry_run, stop_uuid=stop_uuid
        )
    for action in plan.actions:
        out(_clean_cell(action.describe()))
    out(plan.summary(applied=not args.dry_run))
    return EXIT_OK


def cmd_invite(args: argparse.Namespace, out: Callable[[str], None]) -> int:
    from planner import office, store  # noqa: PLC0415 - as cmd_ics
    from planner.calendar_ics import invitation_mail  # noqa: PLC0415

    drafts = Path(args.drafts) if args.drafts is not None else None
    settings = office.load()
    with store.open_store(args.store, create=False) as st:
        plan = invitation_mail.deliver(
            st,
            args.trip,
            settings,
            person=args.person,
            language=args.lang,
            drafts=drafts,
            dry_run=args.dry_run,
        )
    for invitation in plan.invitations:
        out(invitation.line())
    count = len(plan.invitations)
    kinds = f"{plan.requests} requests, {plan.cancels} cancellations"
    if not plan.recipients:
        out("nothing to send: nobody on the trip has an e-mail address")
    elif not count:
        out("nothing to send: every invitation is up to date")
    elif args.dry_run:
        out(f"dry run: {count} messages ({kinds}); nothing was sent")
    elif drafts is not None:
        out(f"wrote {count} drafts ({kinds}) into {drafts}")
    else:
        out(f"sent {count} messages ({kinds}) through {settings.smtp_host}")
    return EXIT_OK


def _import_reply(
    args: argparse.Namespace, data: bytes, name: str, out: Callable[[str], None]
) -> int:
    """A reply to an invitation sets answers instead of importing events: one line each."""
    from planner import store, trips  # noqa: PLC0415 - as cmd_ics
    from planner.calendar_ics import replies  # noqa: PLC0415

    with store.open_store(args.store, create=False) as st, st.transaction() as session:
        trip_uuid = trips.find_trip_uuid(session, args.trip)
        plan = replies.plan_replies(session, trip_uuid, data, name)
        if not args.dry_run:
            replies.apply_replies(session, plan)
    for action in plan.actions:
        out(_clean_cell(action.describe()))
    if args.dry_run:
        out(f"would set {plan.count(replies.SET)} of {len(plan.actions)}; nothing was changed")
    return EXIT_OK


def _minutes(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = -1
    if value < 0:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of minutes (0 or more)")
    return value


def _day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a day (YYYY-MM-DD)") from None


def cmd_briefing(args: argparse.Namespace, out: Callable[[str], None]) -> int:
    # reportlab is imported when a pack is printed, not by every planner command.
    from planner.briefing import command  # noqa: PLC0415

    return command.run(args, out)


def cmd_letters(args: argparse.Namespace, out: Callable[[str], None]) -> int:
    # reportlab and python-docx are imported when letters are written, as for the pack.
    from planner.letters import command  # noqa: PLC0415

    return command.run(args, out)


def _read_drafts(path: Path, encoding: str | None) -> list[Any]:
    """The contacts of a .vcf or CSV file, with the CSV's columns guessed from its headers."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise PlannerError(f"{path}: cannot read the file ({exc.strerror or exc})") from None
    if path.suffix.lower() in (".vcf", ".vcard"):
        if encoding is not None:
            raise PlannerError("--encoding is for CSV files; a vCard says its own")
        from planner.contacts import vcard_format  # noqa: PLC0415 - vobject is large

        return list(vcard_format.read_vcards(data, path.name))
    from planner.contacts import csv_format  # noqa: PLC0415

    table = csv_format.read_table(data, path.name, encoding=encoding)
    mapping = csv_format.guess_mapping(table.headers)
    return list(csv_format.drafts(table, mapping, path.name))


def cmd_people_import(args: argparse.Namespace, out: Callable[[str], None]) -> int:
    from planner import store  # noqa: PLC0415 - SQLAlchemy and the model
    from planner.directory import importing  # noqa: PLC0415

    path = Path(args.file)
    drafts = _read_drafts(path, args.encoding)
    with store.open_store(args.store) as st, st.transaction() as session:
        plan = importing.plan_import(session, drafts, path.name, default_region=args.region)
        if plan.problems:
            for problem in plan.problems:
                out(
                    f"problem\tline {problem.line}\t{problem.field}\t{_clean_cell(problem.message)}"
                )
            raise PlannerError(
                f"{path.name}: {len(plan.problems)} problem(s) (listed above); nothing was imported"
            )
        for dup in plan.duplicates:
            action = "merge" if args.merge else "add"
            out(
                f"duplicate\tline {dup.line}\t{dup.reason}\t{_clean_cell(dup.existing_label)}"
                f"\t{action}"
            )
        if args.dry_run:
            out(
                f"would import {i18n.counted(len(plan.drafts), 'contact')}: "
                f"{i18n.counted(plan.people, 'new person', 'new people')}, "
                f"{i18n.counted(len(plan.organizations_new), 'new organization')}, "
                f"{i18n.counted(len(plan.duplicates), 'duplicate')}"
            )
            return EXIT_OK
        result = importing.apply_import(session, plan, merge=args.merge)
    out(
        f"imported {i18n.counted(len(plan.drafts), 'contact')}: "
        f"{i18n.counted(len(result.people), 'new person', 'new people')}, "
        f"{i18n.counted(len(result.organizations), 'new organization')}, "
        f"{i18n.counted(len(result.merged), 'person', 'people')} merged"
    )
    return EXIT_OK


def cmd_people_export(args: argparse.Namespace, out: Callable[[str], None]) -> int:
    from planner import store  # noqa: PLC0415 - SQLAlchemy and the model
    from planner.directory import exporting  # noqa: PLC0415

    path = Path(args.file)
    with store.open_store(args.store, create=False) as st, st.session() as session:
        count = exporting.export_people(session, None, path)
    out(f"wrote {path}: {i18n.counted(count, 'person', 'people')}")
    return EXIT_OK


def cmd_people_erase(args: argparse.Namespace, out: Callable[[str], None]) -> int:
    from planner import store  # noqa: PLC0415 - SQLAlchemy and the model
    from planner.directory import listing, privacy  # noqa: PLC0415

    with store.open_store(args.store, create=False) as st:
        with st.transaction() as session:
            uuid = listing.find_person(session, args.person)
            erasure = privacy.erase_person(session, uuid)
        privacy.checkpoint(st.engine)
    removed = ", ".join(f"{table} {n}" for table, n in sorted(erasure.removed.items()))
    out(f"erased {_clean_cell(erasure.label)} ({uuid}): {removed}")
    for column, n in sorted(erasure.cleared.items()):
        out(f"cleared\t{column}\t{n}")
    for place in erasure.mentions:
        out(f"still named in\t{_clean_cell(place)}")
    return EXIT_OK


def cmd_people_personal_data(args: argparse.Namespace, out: Callable[[str], None]) -> int:
    from planner import store  # noqa: PLC0415 - SQLAlchemy and the model
    from planner.directory import listing, privacy  # noqa: PLC0415

    path = Path(args.output)
    with store.open_store(args.store, create=False) as st, st.session() as session:
        uuid = listing.find_person(session, args.person)
        privacy.write_personal_data(session, uuid, path)
    out(str(path))
    return EXIT_OK


def _person_ref(text: str) -> str:
    if not text.strip():
        raise argparse.ArgumentTypeError("an empty name names nobody; give a name or a UUID")
    return text


def _region(text: str) -> str:
    if len(text) != 2 or not text.isalpha():
        raise argparse.ArgumentTypeError(f"{text!r} is not a two-letter country code (DE, CN)")
    return text.upper()


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROG,
        description="Delegation Planner on the command line: import, list and export trips.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--store",
        metavar="PATH|URL",
        help=f"the store file, or a PostgreSQL database postgresql://USER@HOST[:PORT]/DB "
        "(its password from PGPASSWORD or ~/.pgpass) "
        f"(default: ${paths.STORE_ENV} or the user data folder)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    commands.required = True

    p = commands.add_parser("import", help="import a trip file; prints the new trip's id last")
    p.add_argument("file", metavar="FILE.trip.json")
    again = p.add_mutually_exclusive_group()
    again.add_argument(
        "--as-copy",
        action="store_true",
        help="the store holds this trip already: add a second one with new identities "
        "(its calendars are new ones) and the title marked as a copy",
    )
    again.add_argument(
        "--update",
        action="store_true",
        help="the store holds this trip already: apply the file's changes to it, objects "
        "matched by uid (changed ones updated, new ones added, missing ones removed)",
    )
    p.set_defaults(run=cmd_import)

    p = commands.add_parser("trips", help="list trips: id, title, first and last day")
    p.set_defaults(run=cmd_trips)

    p = commands.add_parser("export", help="write a trip to a trip file")
    p.add_argument("trip", metavar="TRIP", help="the trip's id or exact title")
    p.add_argument("-o", "--output", required=True, metavar="FILE.trip.json")
    p.add_argument(
        "--with-documents",
        action="store_true",
        help="include the people's travel documents (nationality, birth, passport, visas); "
        "a file with them is as sensitive as the passports",
    )
    p.set_defaults(run=cmd_export)

    p = commands.add_parser("backup", help="copy the store safely, even while the app is open")
    p.add_argument("-o", "--output", required=True, metavar="FILE.sqlite")
    p.set_defaults(run=cmd_backup)

    p = commands.add_parser(
        "documents-key",
        help="say which key encrypts the travel documents here, and where it is kept",
        description="Every computer sharing a store needs the same key: give the one shown "
        "with --show to a colleague, who sets it as DELEGATION_PLANNER_DOCUMENTS_KEY.",
    )
    p.add_argument("--show", action="store_true", help="print the key itself (keep it secret)")
    p.set_defaults(run=cmd_documents_key)

    p = commands.add_parser(
        "copy-store",
        help="copy a whole store into a new or empty one: file to database or back, losslessly",
    )
    p.add_argument("source", metavar="FROM", help="the store to copy (a file or a URL)")
    p.add_argument("target", metavar="TO", help="a new file, or a URL of an empty database")
    p.set_defaults(run=cmd_copy_store)

    p = commands.add_parser(
        "upgrade", help="bring a PostgreSQL store to this version's schema (after a pg_dump)"
    )
    p.set_defaults(run=cmd_upgrade)

    p = commands.add_parser("ics", help="export a trip's calendar (.ics)")
    p.add_argument("trip", metavar="TRIP", help="the trip's id, UUID or exact title")
    p.add_argument("-o", "--output", required=True, metavar="FILE.ics")
    _add_calendar_options(p)
    p.set_defaults(run=cmd_ics)

    p = commands.add_parser(
        "publish",
        help="put a trip's calendar into a CalDAV collection, for phones to follow",
        description="Put a trip's calendar into a CalDAV collection: one resource per event "
        "and to-do, named by its UID. Changed events are updated (SEQUENCE as in the .ics "
        "export), events no longer in the calendar deleted, unchanged ones not sent; other "
        "resources in the collection are never touched. The password comes from "
        f"${PUBLISH_PASSWORD_ENV} or the system keychain (service "
        f'"{PUBLISH_KEYRING_SERVICE}", account USER@HOST), never from the command line.',
        epilog="Prints three lines: 'put N: N new, N changed', 'deleted N', and 'published "
        "URL: N events, N of them cancelled, N to-dos, N unchanged'. An error is one line "
        "naming the URL (no password), exit 2; publishing again finishes what a failure left.",
    )
    p.add_argument("trip", metavar="TRIP", help="the trip's id, UUID or exact title")
    p.add_argument("url", metavar="URL", help="the calendar collection: https://[USER@]HOST/PATH/")
    p.add_argument("--user", metavar="USER", help="the user name (default: the URL's)")
    _add_calendar_options(p)
    p.set_defaults(run=cmd_publish)

    p = commands.add_parser(
        "invite",
        help="send each person with an e-mail their meetings as invitations (iTIP), "
        "and cancellations",
        description="One METHOD:REQUEST per person and meeting that is new or changed since "
        "the last sending, and a METHOD:CANCEL for a meeting cancelled or that the person "
        "was taken off. The office's name, e-mail and mail server come from office.json in "
        f"the settings folder (${paths.CONFIG_ENV} moves it); the SMTP password from the "
        "system keychain or $DELEGATION_PLANNER_SMTP_PASSWORD, never from a file.",
    )
    p.add_argument("trip", metavar="TRIP", help="the trip's id, UUID or exact title")
    p.add_argument("--person", metavar='"GIVEN FAMILY"', help="only this person's invitations")
    p.add_argument(
        "--lang",
        choices=i18n.LANGUAGES,
        default="en",
        help="the language of the e-mails and the events' texts (default en)",
    )
    how = p.add_mutually_exclusive_group(required=True)
    how.add_argument("--smtp", action="store_true", help="send through the office's mail server")
    how.add_argument(
        "--drafts", metavar="DIR", help="save the messages as .eml drafts into DIR instead"
    )
    p.add_argument(
        "--dry-run",
        action="store_true",
        help="print each message (method, recipient, meeting) and send nothing",
    )
    p.set_defaults(run=cmd_invite)

    p = commands.add_parser(
        "import-ics",
        help="import events of an .ics file into a trip",
        description="Import the events of an .ics file (or of the .eml e-mail it came in) into "
        "a trip. A reply to an invitation (METHOD:REPLY) sets the attendee's answer "
        "(accepted, declined, tentative) on the meeting with the reply's UID instead, printing "
        "one line per answer.",
    )
    p.add_argument("trip", metavar="TRIP", help="the trip's id, UUID or exact title")
    p.add_argument("file", metavar="FILE.ics", help="an .ics file, or an .eml message with one")
    p.add_argument(
        "--dry-run", action="store_true", help="print what would be done and change nothing"
    )
    p.add_argument("--stop", metavar="CITY", help="put every event at this stop (its city or UUID)")
    p.set_defaults(run=cmd_import_ics)

    p = commands.add_parser("briefing", help="print a trip's briefing pack (PDF)")
    p.add_argument("trip", metavar="TRIP", help="the trip's id, UUID or exact title")
    p.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    p.add_argument(
        "--edition",
        choices=("internal", "external"),
        help="internal (default) has private notes, notes on people and the problems found; "
        "external leaves them out",
    )
    p.add_argument("--paper", choices=("a4", "letter"), default="a4", help="default: a4")
    p.add_argument(
        "--lang", default="en", metavar="LANG", help="language of headings and dates: en, de or zh"
    )
    p.add_argument("--logo", metavar="IMAGE", help="a PNG or JPEG for the cover")
    p.add_argument(
        "--leave-out",
        action="append",
        choices=("glance", "schedule", "agreements", "meetings", "directory", "problems"),
        metavar="SECTION",
        help="leave out a section: glance, schedule, agreements, meetings, directory or problems "
        "(repeatable)",
    )
    p.add_argument(
        "--person",
        metavar='"GIVEN FAMILY"',
        help="a personal pack: only this person's meetings and the people and organizations "
        "they meet",
    )
    p.add_argument(
        "--pack-version",
        metavar="VERSION",
        help='the version stamped on every page with the "as of" date (default: 1)',
    )
    p.add_argument(
        "--recipient",
        dest="recipients",
        action="append",
        metavar="NAME",
        help="a recipient on the distribution list, copy 1 first (repeatable)",
    )
    p.add_argument(
        "--copy",
        type=int,
        metavar="N",
        help="which copy of the distribution list this file is (default: 1, or the reader's "
        "own in a personal pack)",
    )
    p.add_argument(
        "--docx",
        action="store_true",
        help="also write the pack as FILE.docx beside FILE.pdf: the accessible edition, with "
        "headings, table headers, alt text and languages marked for screen readers",
    )
    p.set_defaults(run=cmd_briefing)

    p = commands.add_parser(
        "letters",
        help="write a trip's invitation letter(s) and official delegation list (PDF or DOCX)",
    )
    p.add_argument("trip", metavar="TRIP", help="the trip's id, UUID or exact title")
    p.add_argument("-o", "--output", required=True, metavar="DIR", help="the folder to write to")
    p.add_argument("--lang", choices=("de", "en", "zh"), default="en", help="default: en")
    p.add_argument("--format", choices=("pdf", "docx"), default="pdf", help="default: pdf")
    p.add_argument(
        "--per-delegate",
        action="store_true",
        help="one invitation letter per delegate who needs a visa (default: one for all)",
    )
    p.set_defaults(run=cmd_letters)

    _add_people_commands(commands)

    p = commands.add_parser("check", help="list the problems of a trip; exit 1 if any")
    p.add_argument("trip", metavar="TRIP")
    p.add_argument("--json", action="store_true", help="print the problems as a JSON list")
    p.add_argument(
        "--lang",
        choices=i18n.LANGUAGES,
        default="en",
        help="the language of the messages: en, de or zh (kinds and severities stay English)",
    )
    p.add_argument(
        "--today",
        metavar="YYYY-MM-DD",
        type=_day,
        help="count the visa and invitation deadlines from this day instead of today",
    )
    p.set_defaults(run=cmd_check)
    return parser


def _add_calendar_options(p: argparse.ArgumentParser) -> None:
    """The options that choose a calendar, shared by ``ics`` and ``publish``."""
    p.add_argument(
        "--person",
        metavar='"GIVEN FAMILY"',
        help="only what this person attends (and travel and lodging if a delegate)",
    )
    p.add_argument(
        "--edition",
        choices=("internal", "external"),
        default="external",
        help="external (default) leaves out private notes and notes on people",
    )
    p.add_argument(
        "--reminder",
        type=_minutes,
        default=reminders.DEFAULT_REMINDER_MINUTES,
        metavar="MINUTES",
        help="a reminder this many minutes before each meeting and transfer (0: none; "
        f"default {reminders.DEFAULT_REMINDER_MINUTES})",
    )
    p.add_argument(
        "--lodging", action="store_true", help="add check-in and check-out days of the hotels"
    )
    p.add_argument(
        "--no-follow-ups",
        dest="follow_ups",
        action="store_false",
        help="leave out the follow-ups (to-dos, VTODO); a person's calendar holds only theirs",
    )
    p.add_argument(
        "--lang",
        choices=i18n.LANGUAGES,
        default="en",
        help="the language of the events' titles, reminders and descriptions (default en)",
    )


def _add_people_commands(commands: Any) -> None:
    people = commands.add_parser("people", help="the directory: import, export, erase people")
    sub = people.add_subparsers(dest="people_command", metavar="ACTION", parser_class=_Parser)
    sub.required = True

    p = sub.add_parser("import", help="add the contacts of a .vcf or .csv file (all or nothing)")
    p.add_argument("file", metavar="FILE")
    p.add_argument(
        "--encoding", metavar="E", help="the CSV's encoding (default: detected; e.g. gb18030)"
    )
    p.add_argument(
        "--region",
        type=_region,
        metavar="DE",
        help="read phone numbers without a country code in this country",
    )
    p.add_argument(
        "--no-merge",
        dest="merge",
        action="store_false",
        help="add duplicates as new people instead of filling the existing entries",
    )
    p.add_argument(
        "--dry-run", action="store_true", help="print what would be done and change nothing"
    )
    p.set_defaults(run=cmd_people_import)

    p = sub.add_parser("export", help="write every person to a .vcf (vCard 4.0) or .csv file")
    p.add_argument("file", metavar="FILE")
    p.set_defaults(run=cmd_people_export)

    p = sub.add_parser(
        "erase", help="erase a person and every link to them (GDPR; cannot be undone)"
    )
    p.add_argument("person", metavar='"NAME|UUID"', type=_person_ref)
    p.set_defaults(run=cmd_people_erase)

    p = sub.add_parser(
        "personal-data", help="write everything stored about a person to a JSON file (GDPR)"
    )
    p.add_argument("person", metavar='"NAME|UUID"', type=_person_ref)
    p.add_argument("output", metavar="OUT.json")
    p.set_defaults(run=cmd_people_personal_data)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)

    def out(line: str) -> None:
        print(line, flush=True)

    if not os.environ.get("PLANNER_DEBUG"):
        # psycopg logs what it could not clean up after a lost connection; the error line
        # below says all of it, and stderr holds one line.
        _quiet("psycopg")
    named = [args.store, getattr(args, "source", None), getattr(args, "target", None)]
    try:
        for location in named:
            if location:
                locations.check(location)  # before anything connects or creates a file
        return int(args.run(args, out))
    except PlannerError as exc:
        print(f"planner: error: {_one_line(str(exc))}", file=sys.stderr)
    except KeyboardInterrupt:
        print("planner: interrupted; nothing was changed", file=sys.stderr)
    except BrokenPipeError:
        return EXIT_ERROR
    except Exception as exc:  # the contract: never a traceback (PLANNER_DEBUG=1 shows it)
        # What explains a failure knows the drivers and the store: loaded only on a failure.
        import traceback  # noqa: PLC0415

        from planner import failures  # noqa: PLC0415

        if os.environ.get("PLANNER_DEBUG"):
            traceback.print_exc()
        failure = failures.explain(exc, _store_named(args), saving=args.run in _SAVING_COMMANDS)
        if failure is not None:  # the driver's words would quote SQL and people's names
            print(f"planner: error: {failure}", file=sys.stderr)
            return EXIT_ERROR
        print(
            f"planner: error: unexpected {type(exc).__name__}: {_one_line(str(exc))}",
            file=sys.stderr,
        )
    return EXIT_ERROR


# The commands that write to a store (a failure there loses a change, not a listing).
_SAVING_COMMANDS = (
    cmd_import,
    cmd_import_ics,
    cmd_ics,  # it records what it exported, for the next export's SEQUENCE
    cmd_publish,  # as cmd_ics
    cmd_invite,  # it records what it sent, for the next sending's SEQUENCE and CANCEL
    cmd_copy_store,
    cmd_people_import,
    cmd_people_erase,
    cmd_upgrade,
)


# The modules this one imported at the top before the commands imported their own, still
# reachable as its attributes (``planner.cli.trips``: tests patch them) but loaded when used.
_LAZY_MODULES = frozenset(("calendar_ics", "checks", "failures", "model", "store", "trips"))


def __getattr__(name: str) -> ModuleType:
    if name in _LAZY_MODULES:
        return importlib.import_module(f"planner.{name}")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _quiet(name: str) -> None:
    import logging  # noqa: PLC0415 - psycopg and SQLAlchemy import it anyway; --help does not

    logger: logging.Logger = logging.getLogger(name)
    if not any(isinstance(h, logging.NullHandler) for h in logger.handlers):
        logger.addHandler(logging.NullHandler())
        logger.propagate = False


def _store_named(args: argparse.Namespace) -> str:
    """The store a failure concerns, as a message may show it (never a password)."""
    if getattr(args, "target", None):
        return locations.redact(str(args.target))
    if args.store:
        return locations.redact(str(args.store))
    return str(os.environ.get(paths.STORE_ENV) or paths.default_store_path())


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
