"""``planner briefing TRIP -o FILE.pdf``: the briefing pack from the command line.

``run(args, out)`` is what :mod:`planner.cli` calls. ``args`` carries ``store``, ``trip``,
``output`` and ``edition`` (None means internal); ``paper``, ``lang``, ``logo``, ``leave_out``
and ``person`` are optional, so a parser that does not define them yet still works. ``person``
names whose personal pack it is, as ``planner ics --person`` takes a name ("GIVEN FAMILY", the
name in the order of the person's culture, or the native-script name). ``lang`` is
``en``, ``de`` or ``zh`` (``zh_CN`` and ``zh-CN`` mean ``zh``); any other is an error, which
``planner.cli`` prints as one line and exits 2.

Document control: ``pack_version`` (the version stamped on every page), ``recipients`` (the
distribution list, copy 1 first) and ``copy`` (which copy this file is). They are named so
because ``--version`` is the program's own; a bad one is refused naming its option.

``docx`` (``--docx``) writes the same pack as ``FILE.docx`` beside ``FILE.pdf``: the accessible
edition, with headings, table headers, alt text and languages a screen reader finds
(:mod:`planner.briefing.docx_pack`).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from planner import calendar_ics, i18n, model, store, text_rules, trips
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
    options = _document_control(args, options)
    with store.open_store(args.store, create=False) as st, st.session() as session:
        trip = session.get(model.Trip, trips.find_trip_id(session, args.trip))
        assert trip is not None
        person = getattr(args, "person", None)
        if person is not None:
            found = calendar_ics.find_person_in_trip(session, trip.uuid, person)
            options = replace(options, person_uuid=found.uuid)
        docx = path.with_suffix(".docx") if getattr(args, "docx", False) else None
        built = write_briefing(session, trip.uuid, path, options, docx=docx)
    for warning in built.warnings:
        out(f"warning: {warning}")
    out(f"wrote {path}: {i18n.counted(built.pages, 'page')}, {options.edition} edition")
    if docx is not None:
        out(f"wrote {docx}: the same pack, structured for screen readers")
    return EXIT_OK


def _document_control(args: argparse.Namespace, options: BriefingOptions) -> BriefingOptions:
    """The options with the version, the distribution list and the copy number the command
    line gives; each refused naming its option before any file is written."""
    version = getattr(args, "pack_version", None)
    recipients = tuple(getattr(args, "recipients", None) or ())
    copy = getattr(args, "copy", None)
    if version is not None:
        _one_line("--pack-version", version)
        options = replace(options, version=version.strip())
    for number, name in enumerate(recipients, 1):
        _one_line(f"--recipient #{number}", name)
    recipients = tuple(name.strip() for name in recipients)
    try:
        return replace(options, recipients=recipients, copy=copy)
    except PlannerError as error:
        raise PlannerError(f"--copy {copy}: {_after_colon(str(error))}") from None


def _one_line(option: str, text: str) -> None:
    if not text.strip():
        raise PlannerError(f"{option}: is empty")
    fault = text_rules.fault(text)
    if fault is not None:
        raise PlannerError(f"{option}: {fault}")


def _after_colon(message: str) -> str:
    return message.split(": ", 1)[-1]
