"""The briefing pack as a structured DOCX: the accessible edition beside the PDF.

reportlab writes untagged PDF (no structure tree, so a screen reader meets one stream of text
with headings that are only bold, and nothing of the seating plan). A DOCX carries structure
that every word processor and screen reader knows: heading styles (the navigation pane),
tables whose first row is marked as the header, alt text on pictures, the language of each
run. It is written from the very story the PDF is laid out from (:func:`planner.briefing.
document.story`), read in reading order (:func:`planner.briefing.text.in_reading_order`), so
both editions hold the same sections, names and words, and the external edition leaves out
exactly what the PDF leaves out.

How the story's parts become Word's: a heading is a Heading 1 or 2 by its outline level and a
sub-heading the level below the last one; a table with a header row stays a table, its first
row marked to repeat as a header; a table without one (labels and values, the private notes'
box) is text, since a layout table reads as nonsense cell by cell; a seating plan is its
table of seats (:class:`planner.briefing.sections.seating.SeatList`); the contents and the
links of the schedule and agreements point at bookmarks on the headings. The page's running
header and footer (marking, edition, version and copy) are the section's header and footer.
"""

from __future__ import annotations

import functools
import io
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import docx
from docx.document import Document
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.table import CT_Tbl
from docx.shared import Mm, Pt
from docx.table import Table as DocxTable
from docx.table import _Cell
from docx.text.paragraph import Paragraph as DocxParagraph
from reportlab.platypus import (
    CondPageBreak,
    Image,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
)

from planner.briefing import fonts
from planner.briefing import styles as st
from planner.briefing.content import Pack
from planner.briefing.context import Context
from planner.briefing.control import control, stamp
from planner.briefing.flowables import BriefTitle, ContentsEntry, Heading
from planner.briefing.labels import Labels
from planner.briefing.options import BriefingOptions
from planner.briefing.story import marking, properties, story
from planner.briefing.text import in_reading_order
from planner.docx_marks import mark_chinese, repeat_as_header, set_document_language
from planner.language_tags import DOCUMENT_TAGS, han_pieces

LOGO_WIDTH = Mm(60)
SUFFIXES = ("-cjk", "-shaped")
"""Added to a paragraph style's name for its CJK and shaped variants (:class:`Styles`)."""


def render_docx(pack: Pack, options: BriefingOptions) -> bytes:
    """The pack of ``pack`` as the bytes of a DOCX."""
    font = fonts.register()
    labels = Labels(options.language)
    width = st.PAPERS[options.paper][0] - 2 * st.MARGIN_X
    ctx = Context(pack, options, labels, st.Styles(font), width)
    with in_reading_order():
        flowables = story(ctx)
        writer = _Writer(ctx, docx.Document())
        writer.start()
        for flowable in flowables:
            writer.add(flowable)
    buffer = io.BytesIO()
    writer.doc.save(buffer)
    return buffer.getvalue()


@dataclass
class _Writer:
    ctx: Context
    doc: Document
    level: int = 0
    """The level of the last heading (1 for a section, 2 for a meeting's brief)."""
    page_break: bool = False
    """A page break is due before what comes next."""
    style_ids: dict[str, str] = field(default_factory=dict)
    bookmarks: dict[str, str] = field(default_factory=dict)
    """Word's name for each heading's key: Word wants at most 40 characters, and a meeting's
    key is longer."""

    # -- the document ---------------------------------------------------------------------------

    def start(self) -> None:
        ctx, doc = self.ctx, self.doc
        language = DOCUMENT_TAGS.get(ctx.labels.language, ctx.labels.language)
        about = properties(ctx)
        core = doc.core_properties
        core.title = about.title
        core.subject = about.subject
        core.keywords = ", ".join(about.keywords)
        core.author = about.author or ""
        core.language = language
        core.comments = ""
        set_document_language(doc, ctx.labels.language)
        section = doc.sections[0]
        page_width, page_height = st.PAPERS[ctx.options.paper]
        section.page_width, section.page_height = Pt(page_width), Pt(page_height)
        for side in ("left_margin", "right_margin"):
            setattr(section, side, Pt(st.MARGIN_X))
        mark = marking(ctx.pack, ctx.options, ctx.labels)[0]
        edition = ctx.labels[f"edition.{ctx.options.edition}"]
        head = " · ".join(x for x in (about.title, mark) if x)
        self.runs(section.header.paragraphs[0], head)
        footer = section.footer.paragraphs[0]
        self.runs(footer, f"{edition} · {stamp(ctx, control(ctx))}")
        if mark:  # the PDF prints it in a band across the cover
            self.runs(self.paragraph(), mark, bold=True)

    def add(self, flowable: Any) -> None:
        if isinstance(flowable, Heading):
            self.level = flowable.level + 1
            paragraph = self.paragraph(f"Heading {self.level}")
            self.markup(paragraph, flowable.text)
            self.bookmark(paragraph, flowable.key)
        elif isinstance(flowable, ContentsEntry):
            paragraph = self.paragraph()
            if flowable.text.style.name.startswith("toc2"):
                paragraph.paragraph_format.left_indent = Mm(6)
            self.link(paragraph, flowable.key, _plain(flowable.text.text))
        elif isinstance(flowable, Paragraph):
            self.text(flowable)
        elif isinstance(flowable, Table):
            self.table(flowable)
        elif isinstance(flowable, KeepTogether):
            for part in flowable._content:
                self.add(part)
        elif isinstance(flowable, PageBreak):
            self.page_break = True
        elif isinstance(flowable, Image):
            self.logo()
        elif hasattr(flowable, "seat_list"):  # a signing's or banquet's drawing
            self.seats(flowable.seat_list)
        elif not isinstance(
            flowable, (Spacer, CondPageBreak, NextPageTemplate, BriefTitle)
        ):  # pragma: no cover - a new kind of flowable must be taught here
            raise TypeError(f"the DOCX pack cannot print a {type(flowable).__name__}")

    def paragraph(self, style: str | None = None) -> DocxParagraph:
        element = OxmlElement("w:p")
        self.end_of_body.addprevious(element)
        paragraph = DocxParagraph(element, self.doc._body)
        self.style(paragraph, style)
        if self.page_break:
            paragraph.paragraph_format.page_break_before = True
            self.page_break = False
        return paragraph

    @functools.cached_property
    def end_of_body(self) -> Any:
        """The section properties that close the body: what comes next goes before them.
        (python-docx looks for them among all the body's children on every paragraph and
        table it adds, which is quadratic: 15 s for a 300-meeting pack.)"""
        return self.doc.element.body.sectPr

    def style(self, paragraph: DocxParagraph, name: str | None) -> None:
        if name is not None:
            paragraph._p.style = self.style_id(name)

    def style_id(self, name: str) -> str:
        """The id of the template's style ``name``, looked up once: python-docx looks a name
        up anew on every paragraph, which took half the time of the whole DOCX."""
        if name not in self.style_ids:
            self.style_ids[name] = self.doc.styles[name].style_id
        return self.style_ids[name]

    # -- paragraphs -----------------------------------------------------------------------------

    def text(self, flowable: Any, into: _Cell | None = None, first: bool = False) -> None:
        """A paragraph of the story (or of a table's cell ``into``) in its Word style."""
        name = _style_name(flowable)
        style, bold = None, name in st.BOLD
        if name == "title":
            style, bold = "Title", False
        elif name == "h3":  # a sub-heading: one level below the heading it is under
            style, bold = f"Heading {min(self.level + 1, 9)}", False
        elif getattr(flowable, "bulletText", None):
            style = "List Bullet"
        if into is None:
            paragraph = self.paragraph(style)
        else:
            paragraph = into.paragraphs[0] if first else into.add_paragraph()
            self.style(paragraph, style)
        self.markup(paragraph, flowable.text, bold=bold)

    def markup(self, paragraph: DocxParagraph, markup: str, *, bold: bool = False) -> None:
        """The pack's paragraph markup as runs: ``<b>``, ``<i>``, ``<strike>``, ``<br/>``
        and links to a heading (``<a href="#key">``); fonts and colours are the reader's."""
        root = ET.fromstring(f"<p>{markup}</p>")
        for text, style, anchor in _pieces(root, {"b": bold}):
            if text == "\n":
                paragraph.add_run().add_break(WD_BREAK.LINE)
            elif anchor is not None:
                self.link(paragraph, anchor, text, **style)
            else:
                self.runs(paragraph, text, **style)

    def runs(self, paragraph: DocxParagraph, text: str, **style: bool) -> list[Any]:
        """``text`` as runs, Chinese runs marked as Chinese."""
        made = []
        for part, chinese in han_pieces(text):
            run = paragraph.add_run(part)
            if style.get("b"):
                run.bold = True
            if style.get("i"):
                run.italic = True
            if style.get("strike"):
                run.font.strike = True
            if chinese:
                mark_chinese(run)
            made.append(run)
        return made

    def link(self, paragraph: DocxParagraph, key: str, text: str, **style: bool) -> None:
        """``text`` (plain, not markup) as a link to the heading ``key``, which a reader
        follows with Enter."""
        hyperlink = OxmlElement("w:hyperlink")
        hyperlink.set(qn("w:anchor"), self.bookmark_name(key))
        hyperlink.set(qn("w:history"), "1")
        paragraph._p.append(hyperlink)
        for run in self.runs(paragraph, text, **style):
            run.underline = True
            hyperlink.append(run._r)

    def bookmark(self, paragraph: DocxParagraph, key: str) -> None:
        name = self.bookmark_name(key)
        number = str(list(self.bookmarks).index(key))
        start, end = OxmlElement("w:bookmarkStart"), OxmlElement("w:bookmarkEnd")
        start.set(qn("w:id"), number)
        start.set(qn("w:name"), name)
        end.set(qn("w:id"), number)
        paragraph._p.insert(0, start)
        paragraph._p.append(end)

    def bookmark_name(self, key: str) -> str:
        return self.bookmarks.setdefault(key, f"heading_{len(self.bookmarks) + 1}")

    # -- tables and pictures --------------------------------------------------------------------

    def table(self, flowable: Any) -> None:
        """A table with a header row as a table; one without as the text it holds."""
        if hasattr(flowable, "seat_list"):
            self.seats(flowable.seat_list)
            return
        rows = [[list(_flowables(cell)) for cell in row] for row in flowable._cellvalues]
        if not flowable.repeatRows:
            self.untabled(rows)
            return
        self.grid(rows, flowable.repeatRows, flowable._argW)

    def grid(self, rows: list[list[list[Any]]], header_rows: int = 1, widths: Any = None) -> None:
        """A table, its first ``header_rows`` marked as its header; columns ``widths`` points
        wide as in the PDF (the schedule's "What" wider than its times), else evenly."""
        if self.page_break:
            self.paragraph()
        columns = max(len(row) for row in rows)
        element = CT_Tbl.new_tbl(len(rows), columns, Pt(self.ctx.width))
        self.end_of_body.addprevious(element)
        table = DocxTable(element, self.doc._body)
        table._tbl.tblPr.style = self.style_id("Table Grid")
        if widths and all(isinstance(w, (int, float)) for w in widths):
            table.autofit = False
            for column, width in zip(table.columns, widths, strict=False):
                column.width = Pt(width)  # the grid, which LibreOffice reads
                for cell in column.cells:
                    cell.width = Pt(width)  # each cell's, which Word reads
        for r, row in enumerate(rows):
            cells = table.rows[r].cells
            for c, parts in enumerate(row):
                for n, part in enumerate(parts):
                    if isinstance(part, str):
                        target = cells[c].paragraphs[0] if n == 0 else cells[c].add_paragraph()
                        self.runs(target, part, b=r < header_rows)
                    else:
                        self.text(part, into=cells[c], first=n == 0)
            if r < header_rows:
                repeat_as_header(table.rows[r])

    def untabled(self, rows: list[list[list[Any]]]) -> None:
        """Labels and values as ``Label: value`` paragraphs (a value of several lines keeps
        them in its paragraph); any other cells' paragraphs one after another."""
        labelled = all(len(row) == 2 for row in rows)
        for row in rows:
            if not (labelled and row[0] and row[1]):
                for part in (part for cell in row for part in cell):
                    if isinstance(part, str):
                        self.runs(self.paragraph(), part)
                    else:
                        self.add(part)
                continue
            label, values = row
            paragraph = self.paragraph()
            self.runs(paragraph, _plain_of(label[0]), b=True)
            self.runs(paragraph, self.separator)
            for n, value in enumerate(values):
                if n:
                    paragraph.add_run().add_break(WD_BREAK.LINE)
                if isinstance(value, str):
                    self.runs(paragraph, value)
                else:
                    self.markup(paragraph, value.text)

    @property
    def separator(self) -> str:
        """What stands between a label and its value: ``: `` (Chinese ``：``)."""
        return self.ctx.labels.get("labelled", label="", text="")

    def seats(self, seat_list: Any) -> None:
        rows = [[[h] for h in seat_list.header]] + [[[c] for c in row] for row in seat_list.rows]
        self.grid(rows)

    def logo(self) -> None:
        """The cover's logo, named for whose it is."""
        path = self.ctx.options.logo
        if path is None:  # pragma: no cover - the cover has a picture only with a logo
            return
        organizer = self.ctx.org_name(self.ctx.pack.trip.organizer)
        labels = self.ctx.labels
        alt = labels.get("logo_of", organization=organizer) if organizer else labels["logo"]
        run = self.paragraph().add_run()
        shape = run.add_picture(io.BytesIO(path.read_bytes()), width=LOGO_WIDTH)
        shape._inline.docPr.set("descr", alt)
        shape._inline.docPr.set("title", alt)


def _pieces(
    element: ET.Element, style: dict[str, bool], anchor: str | None = None
) -> Iterator[tuple[str, dict[str, bool], str | None]]:
    """The text of ``element`` in pieces, each with its style and the heading it links to."""
    if element.text:
        yield element.text, style, anchor
    for child in element:
        if child.tag == "br":
            yield "\n", style, anchor
        else:
            inner = dict(style)
            if child.tag in ("b", "i", "strike"):
                inner[child.tag] = True
            href = child.get("href", "") if child.tag == "a" else ""
            yield from _pieces(child, inner, href[1:] if href.startswith("#") else anchor)
        if child.tail:
            yield child.tail, style, anchor


def _flowables(cell: Any) -> Iterator[Any]:
    """A table cell's contents: a flowable, a string, or a list of them."""
    if cell is None or cell == "":
        return
    if isinstance(cell, (list, tuple)):
        for part in cell:
            yield from _flowables(part)
    else:
        yield cell


def _style_name(flowable: Any) -> str:
    name = str(getattr(flowable.style, "name", ""))
    for suffix in SUFFIXES:
        name = name.removesuffix(suffix)
    return name


def _plain(markup: str) -> str:
    return "".join(ET.fromstring(f"<p>{markup}</p>").itertext())


def _plain_of(part: Any) -> str:
    return part if isinstance(part, str) else _plain(part.text)
