"""``planner letters TRIP -o DIR [--lang de|en|zh] [--format pdf|docx] [--per-delegate]``.

``run(args, out)`` is what :mod:`planner.cli` calls. It writes the invitation letter (or one
per delegate) for the delegates who need a visa, and the official delegation list in its two
editions, and prints each file written; then, as warnings, what a consulate will miss (a
passport number not recorded, who pays) and who is not invited because no visa is needed,
with the rule that says so. ``today`` (for the letter's date when the trip records no issue
date) may be given in ``args`` for tests.
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable
from pathlib import Path

from planner import names, store, trips
from planner.briefing.labels import language_code
from planner.errors import PlannerError
from planner.letters import files
from planner.letters.content import LetterContent, read_stored

EXIT_OK = 0
LANGUAGES = ("de", "en", "zh")


def run(args: argparse.Namespace, out: Callable[[str], None]) -> int:
    language = language_code(getattr(args, "lang", None) or "en")
    if language not in LANGUAGES:
        raise PlannerError(f"--lang {args.lang}: not a letter language (de, en or zh)")
    fmt = (getattr(args, "format", None) or files.PDF).lower()
    if fmt not in files.FORMATS:
        raise PlannerError(f"--format {args.format}: not a letter format (pdf or docx)")
    folder = Path(args.output)
    if folder.exists() and not folder.is_dir():
        raise PlannerError(f"{folder}: not a folder; name a folder for the letters")
    content = read_trip_content(args.store, args.trip, getattr(args, "today", None))
    docs = files.documents(content, language, per_delegate=bool(args.per_delegate))
    for path in files.write_documents(docs, folder, fmt):
        out(f"wrote {path}")
    for line in notes(content):
        out(line)
    return EXIT_OK


def read_trip_content(
    location: str | Path, trip: str, today: dt.date | None = None
) -> LetterContent:
    """The letters' content of ``trip`` (its id, UUID or title) in the store at ``location``."""
    with store.open_store(location, create=False) as st, st.session() as session:
        uuid = trips.find_trip_uuid(session, trip)
        return read_stored(session, uuid, today or dt.date.today())


def notes(content: LetterContent) -> list[str]:
    """The warnings and the delegates left out, one line each, in English (the command line's
    lines are read by scripts and never translated)."""
    lines = [f"warning: {gap}" for gap in content.gaps()]
    for d in content.delegation:
        if d.needs_visa is False:
            who = names.display_name(d.family_name, d.given_name, d.native_name)
            why = f" ({d.because})" if d.because else ""
            lines.append(f"not invited: {who}: no visa needed{why}")
    if not content.invitees:
        lines.append("no delegate needs a visa: no invitation letter written")
    return lines
