"""The seating plan of a meeting, drawn as the protocol office lays it out: the host side along
the top of a long table, the guests along the bottom, heads facing each other in the middle,
interpreters beside their heads. The plan itself is :func:`planner.protocol.seating_plan`'s,
so the pack prints exactly what the window draws; people joining from a branch venue are listed
under the table, and the speaking order follows. A signing or a banquet is printed as its own
layout instead (:mod:`planner.briefing.sections.layout_drawing`).

Each plan also carries its seats as a list (:class:`SeatList`, the flowable's ``seat_list``):
the DOCX pack prints that table where the PDF draws, for a reader who cannot see the drawing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.platypus import Table

from planner import model, protocol
from planner.briefing import styles as st
from planner.briefing.context import Context
from planner.briefing.labels import ENGLISH
from planner.briefing.sections.layout_drawing import layout_drawing, place_tag
from planner.protocol.layouts import Layout, layout_for, layout_kind

LABEL_WIDTH = 0.15
"""The share of the frame's width for the side labels on the left."""
SEAT_TEXT = 60
"""Characters of a name or position on a seat; the plan must stay one block on one page, so a
longer text is cut (the attendee list above prints it whole)."""


@dataclass(frozen=True)
class SeatList:
    """A seating plan as a table: one row a seat, in the plan's order, named in full."""

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


def seating(ctx: Context, m: model.Meeting) -> list[Any]:
    """The plan and speaking order, for a meeting held across a table with both sides there."""
    people = ctx.pack.attendance.get(m.uuid)
    if people is None or not protocol.has_seating_plan(people):
        return []
    labels = ctx.labels
    kind = layout_kind(people.kind)
    if kind != "talks":
        return _layout(ctx, people, kind)
    plan = protocol.seating_plan(people, ctx.pack.trip.protocol_rules)
    # Columns symmetric about the heads, so that they sit in the middle of the drawing.
    reach = max(abs(x) for x in plan.span)
    columns = 2 * reach + 1
    remote = _remote_lines(ctx, plan)
    rows: list[list[Any]] = []
    boxed: list[tuple[int, int]] = []
    spans: list[int] = []
    for place, row_index in ((protocol.HOST, 0), (protocol.GUEST, 2)):
        side = people.host_side if place == protocol.HOST else people.guest_side
        ours = side == protocol.DELEGATION
        who = labels["attendees_delegation" if ours else "attendees_counterparts"]
        cells: list[Any] = [
            [
                ctx.text("cell_head", labels[f"{place}_side"]),
                ctx.text("cell_muted", who),
            ]
        ]
        cells += [""] * columns
        seats = plan.row(place)
        for seat in seats:
            column = 1 + seat.x + reach
            cells[column] = _seat(ctx, seat.attendee)
            boxed.append((column, row_index))
        if not seats and remote.get(place):
            # Nobody of this side at the table: the row says where they join from.
            cells[1] = [ctx.text("seat_muted", line) for line in remote.pop(place)]
            spans.append(row_index)
        rows.append(cells)
        if place == protocol.HOST:
            rows.append([""] * (columns + 1))
    width = (1 - LABEL_WIDTH) / columns
    table = Table(
        rows,
        colWidths=[ctx.width * LABEL_WIDTH] + [ctx.width * width] * columns,
        rowHeights=[None, 16, None],
        hAlign="LEFT",
    )
    table.setStyle(st.seating_style(ctx.styles.font, boxed, spans))
    table.seat_list = _talks_seats(ctx, plan)
    story: list[Any] = [*ctx.subheading(labels["seating"]), table]
    for place, lines in remote.items():
        story += [ctx.text("cell_muted", f"{labels[f'{place}_side']} · {line}") for line in lines]
    turns = protocol.speaking_order(people)
    if turns:
        order = _turns(ctx, turns)
        story.append(
            ctx.text("small", labels.get("labelled", label=labels["speaking_order"], text=order))
        )
    return story


def _layout(ctx: Context, people: protocol.MeetingPeople, kind: str) -> list[Any]:
    """A signing or banquet drawn, the people at branch venues and the speaking order."""
    layout = layout_for(people, ctx.pack.trip.protocol_rules)
    labels = ctx.labels
    drawing = layout_drawing(ctx, layout)
    drawing.seat_list = _layout_seats(ctx, layout)
    story: list[Any] = [*ctx.subheading(labels[f"layout_{kind}"]), drawing]
    grouped: dict[str, list[str]] = {}
    for r in layout.remote:
        name = _name(ctx, r.attendee)
        grouped.setdefault(r.branch, []).append(name)
    for branch, names in grouped.items():
        text = labels.get("joining_from", branch=branch, names=ctx.series(names, "items"))
        story.append(ctx.text("cell_muted", text))
    turns = protocol.speaking_order(people)
    if turns:
        order = _turns(ctx, turns)
        story.append(
            ctx.text("small", labels.get("labelled", label=labels["speaking_order"], text=order))
        )
    return story


def _talks_seats(ctx: Context, plan: protocol.SeatingPlan) -> SeatList:
    """The host row, then the guest row, each seat numbered by the drawing's column from the
    left: a head and the head opposite share a number."""
    labels = ctx.labels
    reach = max(abs(x) for x in plan.span)
    rows = tuple(
        (
            labels[f"{side}_side"],
            str(seat.x + reach + 1),
            _name(ctx, seat.attendee),
            *_role_and_position(ctx, seat.attendee),
        )
        for side in (protocol.HOST, protocol.GUEST)
        for seat in plan.row(side)
    )
    header = ("side", "seat_from_left", "name", "role", "position")
    return SeatList(tuple(labels[h] for h in header), rows)


def _layout_seats(ctx: Context, layout: Layout) -> SeatList:
    """Every taken place of a signing or banquet, in the layout's order, with what it is."""
    labels = ctx.labels
    rows = tuple(
        (
            labels[f"{place.side}_side"] if place.side else "",
            place_tag(ctx, layout, place),
            _name(ctx, place.attendee),
            *_role_and_position(ctx, place.attendee),
        )
        for place in layout.places
        if place.attendee is not None
    )
    header = ("side", "place", "name", "role", "position")
    return SeatList(tuple(labels[h] for h in header), rows)


def _seat(ctx: Context, a: protocol.Attendee) -> list[Any]:
    """Name, and under it the delegation role or the counterpart's position."""
    name = _name(ctx, a)
    detail = ctx.labels.word("role", a.role) if a.role else a.position
    cells = [ctx.text("seat", _cut(name))]
    if detail:
        cells.append(ctx.text("seat_muted", _cut(detail)))
    return cells


def _role_and_position(ctx: Context, a: protocol.Attendee) -> tuple[str, str]:
    """The delegation role (none for a counterpart) and the position, each in its column."""
    return (ctx.labels.word("role", a.role) if a.role else "", a.position or "")


def _cut(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= SEAT_TEXT else text[: SEAT_TEXT - 1] + "…"


def _remote_lines(ctx: Context, plan: protocol.SeatingPlan) -> dict[str, list[str]]:
    """Per side, ``Joining from Branch venue Frankfurt: Dr. Anna Becker``, a line a venue."""
    grouped: dict[tuple[str, str], list[str]] = {}
    for r in plan.remote:
        name = _name(ctx, r.attendee)
        grouped.setdefault((r.side, r.branch), []).append(name)
    lines: dict[str, list[str]] = {}
    for (side, branch), names in grouped.items():
        text = ctx.labels.get("joining_from", branch=branch, names=ctx.series(names, "items"))
        lines.setdefault(side, []).append(text)
    return lines


def _name(ctx: Context, a: protocol.Attendee, *, honorific: bool = True) -> str:
    """The name on a seat and in the lists under the plan: as the window shows it in English
    (``Mr. Li Wei (李伟)``), as the pack's language writes it otherwise (``李伟先生（Li Wei）``)."""
    title = a.honorific if honorific else None
    if ctx.labels.language == ENGLISH:
        return " ".join(x for x in (title, a.name) if x)
    return ctx.named(a.family_name, a.given_name, a.native_name, title)


def _turns(ctx: Context, turns: Sequence[protocol.Attendee]) -> str:
    """``1. Jürgen Schäfer  2. Li Wei (李伟)``; Chinese ``1. 李伟（Li Wei）  2. ...``."""
    return "  ".join(f"{n}. {_name(ctx, a, honorific=False)}" for n, a in enumerate(turns, 1))
