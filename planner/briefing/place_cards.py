"""Place cards: folded A4 tent cards, one per attendee, for the table (席卡).

A sheet folds across its middle into a tent that stands on the table; the lower half faces one
way, the upper half the other, so the upper half is printed upside down and the name reads from
both sides (the US Office of the Chief of Protocol's 2007 guide lists place cards among the
materials of an event; the Nantong Foreign Affairs Office's 礼宾接待规范 (2020) names the
table cards, 席卡). Each face holds the honorific and the name in Latin letters, the name in
its native script beneath, and the organization. The text goes through the pack's font chain
and escaping (:mod:`planner.briefing.text`), so a Chinese, Arabic or Greek name prints in a
bundled font, embedded; a name too wide for the card is set smaller rather than broken.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from planner import names
from planner.briefing import fonts, text
from planner.briefing.styles import INK, MUTED, RULE
from planner.private_files import write_private
from planner.protocol import Attendee

SIDE_MARGIN = 15 * mm
NAME_SIZE, NATIVE_SIZE, DETAIL_SIZE = 40.0, 34.0, 15.0
SMALLEST = 14.0
"""A name is set smaller down to this size to fit on one line; below it, it wraps."""


def place_cards(people: Sequence[Attendee], title: str = "") -> bytes:
    """A PDF with one folded tent card (one A4 page) per person, in the order given."""
    font = fonts.register()
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4, pageCompression=1, initialFontName=font)
    canvas.setTitle(title or "Place cards")
    width, height = A4
    for person in people:
        canvas.setStrokeColor(RULE)
        canvas.setDash(4, 4)
        canvas.line(SIDE_MARGIN / 2, height / 2, width - SIDE_MARGIN / 2, height / 2)
        canvas.setDash()
        _face(canvas, font, person, width, height / 2)
        canvas.saveState()
        # Turned about the page's centre: the upper half, upside down.
        canvas.translate(width, height)
        canvas.rotate(180)
        _face(canvas, font, person, width, height / 2)
        canvas.restoreState()
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def write_place_cards(path: Path, people: Sequence[Attendee], title: str = "") -> None:
    """Write the cards to ``path`` (owner-only: they carry names and organizations)."""
    write_private(path, place_cards(people, title), "the place cards")


def _face(canvas: Canvas, font: str, person: Attendee, width: float, height: float) -> None:
    """One face of the card, centred in the half-page (0, 0, width, height)."""
    latin = names.latin_name(person.family_name, person.given_name, person.native_name)
    native = person.native_name if person.native_name and person.native_name != latin else None
    usable = width - 2 * SIDE_MARGIN
    lines: list[tuple[str, float, colors.Color]] = []
    name = " ".join(p for p in (person.honorific, latin) if p)
    lines.append((name, _fit(name, NAME_SIZE, usable), INK))
    if native:
        lines.append((native, _fit(native, NATIVE_SIZE, usable), INK))
    if person.organization:
        lines.append((person.organization, DETAIL_SIZE, MUTED))
    blocks = []
    for words, size, colour in lines:
        markup = text.escape(words)
        style = ParagraphStyle(
            "card", fontName=font, fontSize=size, leading=size * 1.25, alignment=TA_CENTER,
            textColor=colour, wordWrap="CJK" if text.has_cjk(words) else None,
            shaping=1 if text.is_shaped(markup) else 0,
        )  # fmt: skip
        paragraph = Paragraph(markup, style)
        blocks.append((paragraph, paragraph.wrap(usable, height)[1]))
    total = sum(h for _p, h in blocks) + 4 * mm * (len(blocks) - 1)
    # Centred a little towards the fold, where the eye meets a standing card.
    y = (height + total) / 2 + 6 * mm
    for paragraph, h in blocks:
        y -= h
        paragraph.drawOn(canvas, SIDE_MARGIN, y)
        y -= 4 * mm


def _fit(words: str, size: float, width: float) -> float:
    """``size``, or smaller so that ``words`` stays on one line of ``width`` (not below
    :data:`SMALLEST`)."""
    measured = sum(
        float(pdfmetrics.stringWidth(run, face.name if face else fonts.FONT, size))
        for face, run in fonts.runs(words)
    )
    return size if measured <= width else max(SMALLEST, size * width / measured)
