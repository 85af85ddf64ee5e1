"""The briefing pack as a PDF: the sections strung together on pages with a running header
and footer, laid out once, written all or nothing.

Every page names the trip, the edition and the classification, and says "page N of M". The
canvas starts in the pack's embedded font (reportlab would otherwise start every page in
Helvetica, which is not embedded), and the file is written to a temporary name and renamed,
so a failed or cancelled build leaves no half-written PDF behind.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    PageTemplate,
    Paragraph,
)
from sqlalchemy.orm import Session

from planner import __version__, private_files
from planner.briefing import fonts
from planner.briefing import styles as st
from planner.briefing.content import Pack, read_pack
from planner.briefing.context import Context
from planner.briefing.control import control, stamp
from planner.briefing.flowables import Finished, PackCanvas
from planner.briefing.labels import Labels
from planner.briefing.options import PROBLEMS, BriefingOptions
from planner.briefing.story import marking, properties, story
from planner.briefing.text import clean, escape, is_shaped
from planner.language_tags import DOCUMENT_TAGS

Progress = Callable[[int, int], None]
"""Called with (flowables laid out, flowables in all) as the build goes on; it may raise to
stop the build (the window's Cancel)."""

HEADER_SIZE = 8
CONTROL_Y = 5.5 * mm
"""Baseline of the document-control line (version, as of, copy and recipient), below the
footer on every page."""
_UNSAFE_IN_NAMES = re.compile(r'[\x00-\x1f<>:"/\\|?*]')


@dataclass(frozen=True)
class Built:
    """A finished pack: the PDF's bytes, its number of pages, and what the reader should know
    about it (a character that no bundled font has printed as ``?``)."""

    data: bytes
    pages: int
    warnings: tuple[str, ...] = ()


def write_briefing(
    session: Session,
    trip_uuid: str,
    path: Path,
    options: BriefingOptions | None = None,
    progress: Progress | None = None,
    *,
    docx: Path | None = None,
) -> Built:
    """Read the trip, lay out its pack and write it to ``path`` (replacing it whole); with
    ``docx``, write the same pack there as a structured DOCX too, the accessible edition
    (:mod:`planner.briefing.docx_pack`). Both are made before either is written."""
    options = options or BriefingOptions()
    pack = read_pack(
        session,
        trip_uuid,
        problems=options.includes(PROBLEMS),
        language=options.language,
        person_uuid=options.person_uuid,
    )
    built = render(pack, options, progress)
    document = _docx(pack, options) if docx is not None else None
    write_file(path, built.data)
    if docx is not None and document is not None:
        write_file(docx, document)
    return built


def render(pack: Pack, options: BriefingOptions, progress: Progress | None = None) -> Built:
    """The pack of ``pack`` as PDF bytes, laid out in one pass."""
    font = fonts.register()
    buffer = io.BytesIO()
    labels = Labels(options.language)
    probe = Context(pack, options, labels, st.Styles(font), 0)
    template = PackTemplate(buffer, pack, options, font, probe)
    if progress is not None:
        template.report_to(progress)
    ctx = Context(pack, options, labels, st.Styles(font), template.width)
    with fonts.collect_unprintable() as unprintable:
        template.build(story(ctx), canvasmaker=PackCanvas)
    warnings = tuple(fonts.warning(ch, text) for ch, text in unprintable.items())
    return Built(buffer.getvalue(), template.canv.pages_shown, warnings)


def file_name(title: str, edition: str) -> str:
    """``Nanshan delegation - briefing (internal).pdf``: safe on Windows, macOS and Linux."""
    stem = _UNSAFE_IN_NAMES.sub("_", clean(title)).strip(" .")[:100].rstrip(" .") or "trip"
    return f"{stem} - briefing ({edition}).pdf"


def write_file(path: Path, data: bytes) -> None:
    """Write the pack whole, owner-only like every export: an internal edition holds private
    notes, and whoever passes a pack on chooses to (:mod:`planner.private_files`)."""
    private_files.write_private(path, data)


class PackTemplate(BaseDocTemplate):  # type: ignore[misc]  # reportlab is untyped
    """Two page templates: the cover (classification bands, no running header) and the body
    (header with title and classification, footer with edition and page N of M)."""

    def __init__(
        self, out: Any, pack: Pack, options: BriefingOptions, font: str, ctx: Context
    ) -> None:
        labels = ctx.labels
        self.pack, self.options, self.labels, self.font = pack, options, labels, font
        self.control = control(ctx)
        self.stamp = stamp(ctx, self.control)
        about = properties(ctx)
        super().__init__(
            out,
            pagesize=st.PAPERS[options.paper],
            leftMargin=st.MARGIN_X,
            rightMargin=st.MARGIN_X,
            topMargin=st.MARGIN_TOP,
            bottomMargin=st.MARGIN_BOTTOM,
            title=about.title,
            author=about.author,
            subject=about.subject,
            keywords=list(about.keywords),
            creator=f"Delegation Planner {__version__}",
            initialFontName=font,
            initialFontSize=9.5,
            lang=DOCUMENT_TAGS.get(options.language, options.language),
            displayDocTitle=1,
        )
        frame = Frame(
            self.leftMargin,
            self.bottomMargin,
            self.width,
            self.height,
            id="text",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        self.addPageTemplates(
            [
                PageTemplate("cover", [frame], onPage=self._cover_page),
                PageTemplate("body", [frame], onPage=self._body_page),
            ]
        )

    def report_to(self, progress: Progress) -> None:
        total = [0]

        def on_progress(kind: str, value: int) -> None:
            if kind == "SIZE_EST":
                total[0] = value
            elif kind == "PROGRESS":
                progress(min(value, total[0]), total[0])

        self.setProgressCallBack(on_progress)

    # -- page decorations ---------------------------------------------------------------------

    def _marking(self) -> tuple[str, Any]:
        return marking(self.pack, self.options, self.labels)

    def _cover_page(self, canv: PackCanvas, _doc: Any) -> None:
        width, height = self.pagesize
        marking, colour = self._marking()
        band = 9 * mm
        canv.saveState()
        canv.setFillColor(colour)
        canv.rect(0, height - band, width, band, stroke=0, fill=1)
        canv.rect(0, 0, width, band, stroke=0, fill=1)
        canv.setFillColor(colors.white)
        canv.setFont(self.font, 10)
        if marking:
            canv.drawCentredString(width / 2, height - band + 3.2 * mm, marking)
        canv.drawCentredString(width / 2, 3.2 * mm, self.labels[f"edition.{self.options.edition}"])
        canv.setFillColor(st.MUTED)
        canv.setFont(self.font, HEADER_SIZE)
        left = self.leftMargin
        running_title(canv, self.stamp, left, band + 3 * mm, width - 2 * left)
        canv.restoreState()

    def _body_page(self, canv: PackCanvas, _doc: Any) -> None:
        width, height = self.pagesize
        left, right = self.leftMargin, width - self.rightMargin
        marking, colour = self._marking()
        top = height - st.HEADER_Y
        canv.saveState()
        canv.setFont(self.font, HEADER_SIZE)
        marking_width = stringWidth(marking, self.font, HEADER_SIZE) if marking else 0
        if marking:
            canv.setFillColor(colour)
            canv.drawRightString(right, top, marking)
        canv.setFillColor(st.MUTED)
        running_title(
            canv, clean(self.pack.trip.title), left, top, right - left - marking_width - 12
        )
        canv.setStrokeColor(st.RULE)
        canv.setLineWidth(0.5)
        canv.line(left, top - 2.5 * mm, right, top - 2.5 * mm)
        bottom = st.FOOTER_Y
        canv.line(left, bottom + 3.5 * mm, right, bottom + 3.5 * mm)
        canv.drawString(left, bottom, self.labels[f"edition.{self.options.edition}"])
        if marking:
            canv.setFillColor(colour)
            canv.drawCentredString(width / 2, bottom, marking)
        canv.setFillColor(st.MUTED)
        running_title(canv, self.stamp, left, CONTROL_Y, right - left)
        brief = canv.running_brief
        if brief:
            continued = self.labels.get("continued", title=brief)
            canv.setFillColor(st.ACCENT)
            running_title(canv, continued, left, top - 7 * mm, right - left)
        canv.restoreState()

        page, font, labels = canv.getPageNumber(), self.font, self.labels

        def page_of(c: PackCanvas, finished: Finished) -> None:
            c.setFont(font, HEADER_SIZE)
            c.setFillColor(st.MUTED)
            c.drawRightString(right, bottom, labels.get("page_of", page=page, pages=finished.pages))

        canv.later(f"page-{page}", page_of)


def running_title(canv: Any, title: str, left: float, baseline: float, width: float) -> None:
    """The trip's title at the head of a body page, cut to one line.

    A title the first font sets alone is drawn straight (the common, fast case); one with
    Arabic, Hebrew, Thai or Extension B characters goes through the same font chain and
    shaping as the pack's paragraphs, so that no script is dropped from the header.
    """
    if all(face is fonts.CHAIN[0] for face, _ in fonts.runs(title)):
        canv.drawString(left, baseline, fit(title, fonts.FONT, HEADER_SIZE, width))
        return
    style = ParagraphStyle(
        "running-title",
        fontName=fonts.FONT,
        fontSize=HEADER_SIZE,
        leading=HEADER_SIZE * 1.2,
        textColor=st.MUTED,
    )
    words = " ".join(title.split()).split(" ")
    for count in range(len(words), 0, -1):
        shown = " ".join(words[:count]) + ("" if count == len(words) else " …")
        markup = escape(shown)
        if is_shaped(markup):
            style.shaping = 1
        paragraph = Paragraph(markup, style)
        _, height = paragraph.wrap(width, 10 * HEADER_SIZE)
        if height <= style.leading:
            break
    paragraph.drawOn(canv, left, baseline - height + HEADER_SIZE)


def fit(text: str, font: str, size: float, width: float) -> str:
    """``text`` cut with an ellipsis so that it fits ``width`` points."""
    text = " ".join(text.split())
    if stringWidth(text, font, size) <= width:
        return text
    low, high = 0, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if stringWidth(text[:middle] + "…", font, size) <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + "…"


def _docx(pack: Pack, options: BriefingOptions) -> bytes:
    # python-docx (and lxml) load only when a DOCX is asked for.
    from planner.briefing import docx_pack  # noqa: PLC0415

    return docx_pack.render_docx(pack, options)
