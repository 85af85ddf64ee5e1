"""``planner briefing TRIP -o FILE.pdf``: the briefing pack from the command line.

``run(args, out)`` is what :mod:`planner.cli` calls. ``args`` carries ``store``, ``trip``,
``output`` and ``edition`` (None means internal); ``paper``, ``lang``, ``logo``, ``leave_out``
and ``person`` are optional, so a parser that does not define them yet still works. ``person``
names whose personal pack it is, as ``planner ics --person`` takes a name ("GIVEN FAMILY", the
name in the order of the person's culture, or the native-script name). ``lang`` is
``en``, ``de`` or ``zh`` (``zh_CN`` and ``zh-CN`` mean ``zh``); any other is an error, which
``planner.cli`` prints as one line and exits 2.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from planner import calendar_ics, model, store, trips
from planner.briefing.document import write_briefing
from planner.briefing.labels import ENGLISH
from planner.briefing.options import A4, INTERNAL, SECTIONS, BriefingOptions
from planner.errors import PlannerError

EXIT_OK = 0


def run(args: argparse.Namespace, out: Callable[[str], None]) -> int:
    path = Path(args.output)
    if path.suffix.lower() != ".pdf":
        raise PlannerError(f"{path}: the briefing pack is a PDF; name the file *.pdf")
    leave_out = set(getattr(args, "leave_out", None) or ())
    logo = getattr(args, "logo", None)
    options = BriefingOptions(
        edition=args.edition or INTERNAL,
        paper=getattr(args, "paper", None) or A4,
        language=getattr(args, "lang", None) or ENGLISH,
        sections=frozenset(SECTIONS) - leave_out,
        logo=Path(logo) if logo else None,
    )
    with store.open_store(args.store, create=False) as st, st.session() as session:
        trip = session.get(model.Trip, trips.find_trip_id(session, args.trip))
        assert trip is not None
        person = getattr(args, "person", None)
        if person is not None:
            found = calendar_ics.find_person_in_trip(session, trip.uuid, person)
            options = replace(options, person_uuid=found.uuid)
        built = write_briefing(session, trip.uuid, path, options)
    for warning in built.warnings:
        out(f"warning: {warning}")
    out(f"wrote {path}: {built.pages} pages, {options.edition} edition")
    return EXIT_OK
