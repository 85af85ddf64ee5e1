"""A letter or a list as a Word document (DOCX), for the office's letterhead and signature.

Offices put an invitation on their own letterhead and sign it, which a PDF does not allow; so
the same blocks (:mod:`planner.letters.wording`) are written with python-docx, as a document a
screen reader and Word's navigation pane understand: headings in Word's own heading styles,
labelled fields as paragraphs (no layout tables), the delegation list as a real table whose
header row is marked to repeat (``w:tblHeader``), the document's language in its styles and
core properties, and every run holding Chinese marked ``w:eastAsia="zh-CN"`` so that Word
picks a Chinese font and a screen reader a Chinese voice.
"""

from __future__ import annotations

import io

import docx
from docx.document import Document as WordDocument
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Mm, Pt
from docx.text.paragraph import Paragraph

from planner.docx_marks import mark_chinese, repeat_as_header, set_document_language
from planner.language_tags import DOCUMENT_TAGS, han_pieces
from planner.letters.labels import Words
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

_SIGNATURE_LINE = "_" * 36


def render(document: Document) -> bytes:
    """The DOCX of ``document``."""
    doc = docx.Document()
    set_document_language(doc, document.language)
    doc.core_properties.title = document.title
    doc.core_properties.language = DOCUMENT_TAGS.get(document.language, document.language)
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    if document.landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = section.page_height, section.page_width
    for margin in ("left_margin", "right_margin"):
        setattr(section, margin, Mm(20))
    labelled = Words(document.language)["labelled"]
    for block in document.blocks:
        _write(doc, block, labelled)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def _write(doc: WordDocument, block: Block, labelled: str) -> None:
    """``labelled`` is the language's ``{label}: {text}`` (Chinese: ``{label}：{text}``)."""
    add_paragraph = doc.add_paragraph
    if block.kind == HEADING:
        _runs(doc.add_heading("", level=block.level), block.text)
    elif block.kind in (TEXT, SENDER, NOTE):
        paragraph = add_paragraph()
        _runs(paragraph, block.text)
        if block.kind == NOTE:
            for run in paragraph.runs:
                run.italic = True
    elif block.kind == DATE_LINE:
        paragraph = add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        _runs(paragraph, block.text)
    elif block.kind == FIELDS:
        for label, value in block.rows:
            paragraph = add_paragraph()
            paragraph.paragraph_format.space_after = Pt(2)
            head, _, tail = labelled.partition("{text}")
            _runs(paragraph, head.format(label=label), bold=True)
            _runs(paragraph, value + tail)
    elif block.kind == TABLE:
        _table(doc, block)
    elif block.kind == SIGNATURE:
        _signature(doc, block)
    else:
        raise ValueError(f"unknown block {block.kind!r}")


def _table(doc: WordDocument, block: Block) -> None:
    table = doc.add_table(rows=1, cols=len(block.header))
    table.style = "Table Grid"
    header = table.rows[0]
    repeat_as_header(header)
    for cell, text in zip(header.cells, block.header, strict=True):
        _runs(cell.paragraphs[0], text, bold=True)
    for row in block.rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            _runs(cell.paragraphs[0], text)


def _signature(doc: WordDocument, block: Block) -> None:
    """Place and date, room for the stamp, a line to sign on, then who signs."""
    (stamp, signature), (organization, signatory) = block.rows
    add_paragraph = doc.add_paragraph
    _runs(add_paragraph(), block.text)
    room = add_paragraph()
    room.paragraph_format.space_before = Pt(48)
    _runs(room, _SIGNATURE_LINE)
    _runs(add_paragraph(), f"{signature} · {stamp}", italic=True)
    for text in (signatory, organization):
        if text:
            _runs(add_paragraph(), text)


def _runs(paragraph: Paragraph, text: str, *, bold: bool = False, italic: bool = False) -> None:
    """``text`` as runs, Chinese apart and marked, line breaks kept as breaks."""
    for number, line in enumerate(text.split("\n")):
        if number:
            paragraph.add_run().add_break()
        for part, chinese in han_pieces(line):
            run = paragraph.add_run(part)
            run.bold = bold or None
            run.italic = italic or None
            if chinese:
                mark_chinese(run)
