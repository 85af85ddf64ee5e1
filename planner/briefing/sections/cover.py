"""The cover: what the pack is about, for whom, when, and how it is classified.

The classification marking itself is drawn by the cover's page template (a band at the top
and bottom of the page, :mod:`planner.briefing.document`); this module lays out the logo,
the title and the trip's key facts. A long delegation is cut short here (the trip at a glance
lists everyone) so that the cover stays one page.
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Image

from planner.briefing.context import Context
from planner.briefing.text import escape
from planner.errors import PlannerError

COVER_DELEGATES = 12
"""Members of the delegation named on the cover; the rest are counted."""
LOGO_BOX = (60 * mm, 28 * mm)


def cover(ctx: Context) -> list[Any]:
    trip, labels = ctx.pack.trip, ctx.labels
    story: list[Any] = []
    if ctx.options.logo is not None:
        story += [logo(ctx.options.logo), ctx.space(10 * mm)]
    else:
        story.append(ctx.space(45 * mm))
    title = labels.of_visit("briefing_pack", trip.direction)
    kicker = f"{title} · {labels['edition.' + ctx.options.edition]}"
    story += [
        ctx.markup("kicker", escape(kicker.upper())),
        ctx.text("title", trip.title),
    ]
    if ctx.pack.person is not None:
        name = ctx.person_name(ctx.pack.person)
        story.append(ctx.text("kicker", labels.get("personal_for", name=name)))
    if trip.purpose:
        story.append(ctx.text("subtitle", trip.purpose))
    else:
        story.append(ctx.space(8))

    first, last = ctx.pack.first_day, ctx.pack.last_day
    route = [stop.city for stop in trip.stops]
    facts = ctx.facts(
        [
            (labels["organizer"], _value(ctx, ctx.org_name(trip.organizer))),
            (
                labels["dates"],
                _value(ctx, labels.date_range(first, last) if first and last else ""),
            ),
            (labels["route"], _value(ctx, " → ".join(route))),
            (labels["status"], _value(ctx, labels.word("trip_status", trip.status))),
        ],
        label_width=0.22,
    )
    if facts is not None:
        story += [facts, ctx.space(8 * mm)]

    members = list(ctx.pack.delegation)
    if members:
        story += ctx.subheading(labels["delegation"])
        delegates = ctx.facts(
            [
                (labels.word("role", m.role), ctx.text("value", ctx.person_name(m.person)))
                for m in members[:COVER_DELEGATES]
            ],
            label_width=0.22,
        )
        story.append(delegates)
        if len(members) > COVER_DELEGATES:
            more = labels.get("and_more", count=len(members) - COVER_DELEGATES)
            story.append(ctx.text("note", more))
    story += [ctx.space(10 * mm), ctx.text("note", labels[f"edition.{ctx.options.edition}.note"])]
    prepared = ctx.options.prepared or dt.date.today()
    story.append(ctx.text("note", labels.get("prepared", date=labels.date(prepared))))
    return story


def logo(path: Path) -> Image:
    """The logo scaled into the cover's logo box, keeping its proportions."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise PlannerError(f"{path}: cannot read the logo ({exc.strerror or exc})") from None
    try:
        width, height = ImageReader(io.BytesIO(data)).getSize()
    except Exception:  # PIL raises many kinds, reportlab wraps some: any means "not an image"
        raise PlannerError(f"{path}: the logo is not an image (PNG or JPEG)") from None
    if width <= 0 or height <= 0:
        raise PlannerError(f"{path}: the logo is empty")
    scale = min(LOGO_BOX[0] / width, LOGO_BOX[1] / height)
    image = Image(io.BytesIO(data), width=width * scale, height=height * scale)
    image.hAlign = "LEFT"
    return image


def _value(ctx: Context, text: str) -> Any:
    return ctx.text("value", text) if text else None
