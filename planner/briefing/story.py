"""The pack's content in reading order, for every edition of it: the story of flowables the
PDF is laid out from (:mod:`planner.briefing.document`) and the DOCX is written from
(:mod:`planner.briefing.docx_pack`), what the file says about itself, and the marking on
every page. One story for both files: they cannot drift apart on what an edition holds.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from reportlab.platypus import NextPageTemplate, PageBreak

from planner.briefing import styles as st
from planner.briefing.content import Pack
from planner.briefing.context import Context
from planner.briefing.labels import Labels
from planner.briefing.options import (
    AGREEMENTS,
    CONTACTS,
    DIRECTORY,
    DISTRIBUTION,
    GLANCE,
    MEETINGS,
    PROBLEMS,
    PROGRAMME,
    SCHEDULE,
    BriefingOptions,
)
from planner.briefing.sections.agreements import agreements
from planner.briefing.sections.contacts import contacts
from planner.briefing.sections.contents import contents
from planner.briefing.sections.cover import cover
from planner.briefing.sections.directory import organizations, people
from planner.briefing.sections.distribution import distribution
from planner.briefing.sections.glance import glance
from planner.briefing.sections.meetings import meetings
from planner.briefing.sections.problems import problems
from planner.briefing.sections.programme import programme
from planner.briefing.sections.schedule import schedule
from planner.briefing.text import clean


def story(ctx: Context) -> list[Any]:
    """Every flowable of the pack, cover to appendix."""
    body: list[Any] = []
    parts: list[tuple[str, Callable[[Context], list[Any]]]] = [
        (PROGRAMME, programme),
        (GLANCE, glance),
        (SCHEDULE, schedule),
        (AGREEMENTS, agreements),
        (MEETINGS, meetings),
        (DIRECTORY, people),
        (DIRECTORY, organizations),
        (CONTACTS, contacts),
        (DISTRIBUTION, distribution),
        (PROBLEMS, problems),
    ]
    for section, make in parts:
        part = make(ctx) if ctx.options.includes(section) else []
        if part and body:
            body.append(PageBreak())
        body += part
    return [
        *cover(ctx),
        NextPageTemplate("body"),
        PageBreak(),
        *contents(ctx, body),
        PageBreak(),
        *body,
    ]


@dataclass(frozen=True)
class Properties:
    """What the file says about itself (the PDF's document information, the DOCX's core
    properties): a reader's file list and a screen reader's first words."""

    title: str
    author: str | None
    subject: str
    keywords: tuple[str, ...]


def properties(ctx: Context) -> Properties:
    pack, labels = ctx.pack, ctx.labels
    trip = pack.trip
    edition = labels[f"edition.{ctx.options.edition}"]
    pack_title = labels.of_visit("briefing_pack", trip.direction)
    subject = f"{pack_title}, {edition}"
    if pack.person is not None:
        subject += f" · {labels.get('personal_for', name=ctx.person_name(pack.person))}"
    keywords = [
        pack_title,
        edition,
        marking(pack, ctx.options, labels)[0],
        *dict.fromkeys(stop.city for stop in trip.stops),
    ]
    return Properties(
        title=clean(trip.title),
        author=clean(trip.organizer.name) if trip.organizer else None,
        subject=subject,
        keywords=tuple(clean(k) for k in keywords if k),
    )


def marking(pack: Pack, options: BriefingOptions, labels: Labels) -> tuple[str, Any]:
    """The marking printed on every page and its colour: the trip's classification, or in
    the external edition what it means for partners (never "internal", which partners would
    read as a document they should not have)."""
    classification = pack.trip.classification
    if not options.internal:
        key = f"marking.external.{classification or 'internal'}"
        return labels[key].upper(), st.MARKINGS.get(classification or "", st.ACCENT)
    if classification is None:
        return "", st.ACCENT
    return (
        labels.word("classification", classification).upper(),
        st.MARKINGS.get(classification, st.ACCENT),
    )
