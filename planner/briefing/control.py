"""Document control: which version of the pack this is, as of when, and whose numbered copy.

A protocol office hands out packs by name and takes them back: every page carries the version
and "as of" date, and a pack that leaves the office (the external edition, a personal pack)
carries its copy number and recipient ("Copy 3 of 12 — Dr. Katrin Vogt") on every page, so a
page found on a table says whose it was. The distribution list itself is a section
(:mod:`planner.briefing.sections.distribution`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from planner import model
from planner.briefing.context import Context


@dataclass(frozen=True)
class Control:
    version: str
    as_of: dt.date
    recipients: tuple[str, ...]
    """The distribution list, copy 1 first; empty when none was given."""
    copy: int | None
    """This file's copy number; None when the pack is not handed out by name."""

    @property
    def recipient(self) -> str | None:
        if self.copy is None or not self.recipients:
            return None
        return self.recipients[self.copy - 1]


def control(ctx: Context) -> Control:
    """The stamp of the pack: a personal pack without a distribution list goes to its reader
    as copy 1 of 1; one with a list is the reader's copy unless another is asked for."""
    options = ctx.options
    as_of = options.prepared or dt.date.today()
    recipients = tuple(r.strip() for r in options.recipients if r.strip())
    if not options.handed_out:
        return Control(options.version, as_of, (), None)
    copy = options.copy
    person = ctx.pack.person
    if person is not None:
        name = ctx.person_name(person)
        if not recipients:
            recipients = (name,)
        if copy is None:
            own = [n for n, r in enumerate(recipients, 1) if r in (name, _plain(ctx, person))]
            copy = own[0] if own else 1
    elif recipients and copy is None:
        copy = 1
    return Control(options.version, as_of, recipients, copy)


def stamp(ctx: Context, c: Control) -> str:
    """``Version 2 · as of 1 June 2024 · Copy 3 of 12 — Dr. Katrin Vogt``."""
    labels = ctx.labels
    parts = [labels.get("version_as_of", version=c.version, date=labels.date(c.as_of))]
    if c.copy is not None:
        if c.recipient:
            parts.append(
                labels.get("copy_for", copy=c.copy, copies=len(c.recipients), name=c.recipient)
            )
        else:
            parts.append(labels.get("copy_of", copy=c.copy, copies=max(len(c.recipients), 1)))
    return " · ".join(parts)


def _plain(ctx: Context, person: model.Person) -> str:
    return ctx.person_name(person, honorific=False)
