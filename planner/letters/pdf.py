"""A letter or a list as a PDF, in the briefing pack's fonts and styles.

The pack's font chain (:mod:`planner.briefing.fonts`) sets Chinese, Latin and the rarer
scripts a name may hold, embedded, so the Chinese 邀请函 prints on any computer; its escaping
(:func:`planner.briefing.text.escape`) keeps user text literal. The top of the first page is
left free for the office's letterhead, and the stamp and signature get room of their own.
"""

from __future__ import annotations

import io
from typing import Any

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    KeepTogether,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from planner.briefing import fonts
from planner.briefing import styles as st
from planner.briefing.context import paragraph
from planner.briefing.text import escape, lines
from planner.language_tags import DOCUMENT_TAGS
from planner.letters.wording import (
    DATE_LINE,
    FIELDS,
    HEADING,
    NOTE,
    SENDER,
    SIGNATURE,
    TABLE,
    TEXT,
    Block,
    Document,
)

LETTERHEAD = 30 * mm
"""Room left blank above the text of the first page for the office's printed letterhead."""
STAMP_HEIGHT = 32 * mm
KEEP_BELOW = 80.0
"""Points a heading wants below it on its page; with less it starts the next page."""
_HEADINGS = {1: "h2", 2: "h3", 3: "label_strong"}
"""A letter's subject is no title page's: one step smaller than the pack's headings."""


def render(document: Document) -> bytes:
    """The PDF of ``document``."""
    font = fonts.register()
    styles = st.Styles(font)
    out = io.BytesIO()
    size = landscape(A4) if document.landscape else A4
    template = SimpleDocTemplate(
        out,
        pagesize=size,
        leftMargin=st.MARGIN_X,
        rightMargin=st.MARGIN_X,
        topMargin=st.MARGIN_TOP,
        bottomMargin=st.MARGIN_BOTTOM,
        title=document.title,
        lang=DOCUMENT_TAGS.get(document.language, document.language),
    )
    width = size[0] - 2 * st.MARGIN_X
    story: list[Any] = []
    if not document.landscape:
        story.append(Spacer(1, LETTERHEAD))
    for block in document.blocks:
        story += _flowables(block, styles, width)
    template.build(story)
    return out.getvalue()


def _flowables(block: Block, styles: st.Styles, width: float) -> list[Any]:
    if block.kind == HEADING:
        # Room for the heading and the first lines under it, or a new page (as the pack's).
        return [
            CondPageBreak(KEEP_BELOW),
            paragraph(escape(block.text), styles, _HEADINGS.get(block.level, "label_strong")),
        ]
    if block.kind == TEXT:
        return [paragraph(lines(block.text), styles, "body")]
    if block.kind == SENDER:
        return [paragraph(lines(block.text), styles, "meta")]
    if block.kind == DATE_LINE:
        return [paragraph(lines(block.text), styles, "cell_right"), Spacer(1, 6)]
    if block.kind == NOTE:
        return [paragraph(lines(block.text), styles, "note")]
    if block.kind == FIELDS:
        # A person's or the visit's fields are read together: never split across pages.
        return [KeepTogether([_fields(block, styles, width)]), Spacer(1, 4)]
    if block.kind == TABLE:
        return [_table(block, styles, width)]
    if block.kind == SIGNATURE:
        return [_signature(block, styles, width)]
    raise ValueError(f"unknown block {block.kind!r}")


def _fields(block: Block, styles: st.Styles, width: float) -> Table:
    data = [
        [paragraph(escape(label), styles, "label"), paragraph(lines(value), styles, "value")]
        for label, value in block.rows
    ]
    table = Table(data, colWidths=[width * 0.32, width * 0.68], hAlign="LEFT", splitInRow=1)
    table.setStyle(st.facts_style(styles.font))
    return table


def _table(block: Block, styles: st.Styles, width: float) -> Table:
    data: list[list[Any]] = [[paragraph(escape(h), styles, "cell_head") for h in block.header]]
    data += [[paragraph(lines(cell), styles, "cell") for cell in row] for row in block.rows]
    table = Table(
        data,
        colWidths=[width * w for w in block.widths],
        repeatRows=1,
        splitInRow=1,
        hAlign="LEFT",
    )
    table.setStyle(st.table_style(styles.font, 1, True, len(data)))
    return table


def _signature(block: Block, styles: st.Styles, width: float) -> KeepTogether:
    """Place and date, then a box for the stamp beside a line for the signature, with the
    organization under the one and the signatory's name and function under the other."""
    (stamp, signature), (organization, signatory) = block.rows
    data = [
        ["", ""],
        [paragraph(escape(text), styles, "muted") for text in (stamp, signature)],
        [paragraph(lines(text), styles, "value") for text in (organization, signatory)],
    ]
    table = Table(
        data,
        colWidths=[width * 0.45, width * 0.5],
        rowHeights=[STAMP_HEIGHT, None, None],
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), styles.font),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BOX", (0, 0), (0, 0), 0.5, st.RULE),
                ("LINEBELOW", (1, 0), (1, 0), 0.8, st.INK),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 12),
            ]
        )
    )
    return KeepTogether([paragraph(lines(block.text), styles, "body"), Spacer(1, 4), table])
