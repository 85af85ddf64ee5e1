"""A signing ceremony or a banquet printed as a drawing seen from above.

The layout is :func:`planner.protocol.layouts.layout_for`'s, so the pack prints what the
Protocol tab draws: tables, the flag stand, the door, a branch venue's frame, and a box per
place with the name in Latin letters, the native script and what the place is. The drawing is
scaled to the frame's width and kept whole on one page. reportlab's graphics set one font per
string, so each text is cut into the font chain's runs (:func:`planner.briefing.fonts.runs`)
and the runs are placed side by side; names are cut to their box rather than overflow it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from reportlab.graphics.shapes import Circle, Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.attrmap import AttrMap, AttrMapValue
from reportlab.lib.validators import isAnything
from reportlab.pdfbase import pdfmetrics

from planner import names
from planner.briefing import fonts
from planner.briefing.context import Context
from planner.briefing.labels import CHINESE
from planner.briefing.styles import INK, MUTED
from planner.protocol import GUEST, HOST
from planner.protocol.layouts import Furniture, Layout, Place

MAX_UNIT = 62.0
"""Points for one seat unit at most (a small signing is not blown up to the page's width)."""
HOST_FILL, GUEST_FILL = colors.HexColor("#e3f2fd"), colors.HexColor("#fff3e0")
HOST_EDGE, GUEST_EDGE = colors.HexColor("#1565c0"), colors.HexColor("#b35c00")
EMPTY_FILL, EMPTY_EDGE = colors.HexColor("#f5f5f5"), colors.HexColor("#616161")
TABLE_FILL, TABLE_EDGE = colors.HexColor("#d7ccc8"), colors.HexColor("#6d4c41")


class PlanDrawing(Drawing):  # type: ignore[misc]  # reportlab is untyped
    """A drawing that may carry its plan as a table of seats (``seat_list``), for the DOCX
    pack; reportlab refuses an attribute its class does not declare."""

    _attrMap = AttrMap(BASE=Drawing, seat_list=AttrMapValue(isAnything))  # noqa: N815


def layout_drawing(ctx: Context, layout: Layout) -> Drawing:
    left, top, right, bottom = layout.bounds
    unit = min(MAX_UNIT, ctx.width / max(right - left, 1.0))
    pad = 4.0
    shift = (ctx.width - (right - left) * unit) / 2

    def at(x: float, y: float) -> tuple[float, float]:
        return (shift + (x - left) * unit, pad + (bottom - y) * unit)

    painter = _Painter(
        PlanDrawing(ctx.width, (bottom - top) * unit + 2 * pad), ctx, layout, at, unit
    )
    # The drawing's own base font, else reportlab sets Helvetica (not embedded) first.
    painter.drawing.initialFontName = ctx.styles.font
    for item in layout.furniture:
        painter.furniture(item)
    for place in layout.places:
        painter.place(place)
    return painter.drawing


@dataclass
class _Painter:
    drawing: Drawing
    ctx: Context
    layout: Layout
    at: Callable[[float, float], tuple[float, float]]
    unit: float

    def furniture(self, item: Furniture) -> None:
        x, y = self.at(item.x, item.y)
        w, h = item.width * self.unit, item.height * self.unit
        labels, add = self.ctx.labels, self.drawing.add
        if item.kind == "round-table":
            add(Circle(x, y, w / 2, fillColor=TABLE_FILL, strokeColor=TABLE_EDGE))
            self.text(x, y - 4, labels.get("table_number", number=item.label), 9, INK)
        elif item.kind == "table":
            add(
                Rect(x - w / 2, y - h / 2, w, h, rx=3, fillColor=TABLE_FILL, strokeColor=TABLE_EDGE)
            )
            self.text(x, y - 3, labels["signing_table"], 7, INK)
        elif item.kind == "flags":
            add(Line(x, y - 8, x, y + 8, strokeColor=TABLE_EDGE))
            add(Rect(x - 10, y + 2, 9, 6, fillColor=colors.HexColor("#c62828"), strokeWidth=0))
            add(Rect(x + 1, y + 2, 9, 6, fillColor=HOST_EDGE, strokeWidth=0))
            self.text(x, y - 16, labels["flags"], 6, MUTED)
        elif item.kind == "door":
            add(Line(x - w / 2, y, x + w / 2, y, strokeColor=TABLE_EDGE, strokeWidth=3))
            self.text(x, y - 9, labels["door"], 6, MUTED)
        elif item.kind == "venue":
            add(
                Rect(x - w / 2, y - h / 2, w, h, rx=5, fillColor=None, strokeColor=HOST_EDGE,
                     strokeDashArray=[3, 2])
            )  # fmt: skip
            self.text(x, y + h / 2 - 9, self.cut(item.label, w - 6, 6.5), 6.5, INK)

    def place(self, place: Place) -> None:
        x, y = self.at(place.x, place.y)
        w, h = self.unit * 0.92, self.unit * 0.66
        fill, edge = {HOST: (HOST_FILL, HOST_EDGE), GUEST: (GUEST_FILL, GUEST_EDGE)}.get(
            place.side, (EMPTY_FILL, EMPTY_EDGE)
        )
        if place.attendee is None:
            fill, edge = EMPTY_FILL, EMPTY_EDGE
        bold = place.role in ("principal", "signatory")
        self.drawing.add(
            Rect(x - w / 2, y - h / 2, w, h, rx=3, fillColor=fill, strokeColor=edge,
                 strokeWidth=1.6 if bold else 0.6,
                 strokeDashArray=[2, 2] if place.attendee is None else None)
        )  # fmt: skip
        lines: list[tuple[str, float, Any]] = []
        person = place.attendee
        if person is not None:
            latin = names.latin_name(person.family_name, person.given_name, person.native_name)
            both = [latin]
            if person.native_name and person.native_name != latin:
                both.append(person.native_name)
            if self.ctx.labels.language == CHINESE:
                both.reverse()  # a Chinese reader looks for the name in Han characters first
            lines += [(name, 6.5, INK) for name in both]
        tag = place_tag(self.ctx, self.layout, place)
        if tag:
            lines.append((tag, 5.5, MUTED))
        line_y = y + h / 2 - 8
        for words, size, colour in lines:
            self.text(x, line_y, self.cut(words, w - 4, size), size, colour)
            line_y -= size + 2

    def text(self, x: float, y: float, text: str, size: float, colour: Any) -> None:
        """``text`` centred on ``x``, each run of the font chain in its own font."""
        font = self.ctx.styles.font
        runs = [(face.name if face else font, run) for face, run in fonts.runs(text)]
        start = x - sum(float(pdfmetrics.stringWidth(r, n, size)) for n, r in runs) / 2
        for name, run in runs:
            self.drawing.add(String(start, y, run, fontName=name, fontSize=size, fillColor=colour))
            start += float(pdfmetrics.stringWidth(run, name, size))

    def cut(self, text: str, width: float, size: float) -> str:
        """``text``, or its start with an ellipsis, to fit ``width`` points."""
        font = self.ctx.styles.font

        def wide(words: str) -> float:
            return sum(
                float(pdfmetrics.stringWidth(run, face.name if face else font, size))
                for face, run in fonts.runs(words)
            )

        if wide(text) <= width:
            return text
        while text and wide(text + "…") > width:
            text = text[:-1]
        return text + "…"


def place_tag(ctx: Context, layout: Layout, place: Place) -> str:
    """What the place is: its table and seat at a banquet, a signatory, a role."""
    labels = ctx.labels
    if layout.kind == "banquet" and place.order:
        return labels.get("table_seat", table=place.table, seat=place.order)
    if place.role == "signatory":
        return labels["signatory"]
    if place.role == "assistant":
        return labels["signing_assistant"]
    if place.attendee is not None and place.attendee.role:
        return labels.word("role", place.attendee.role)
    return ""
