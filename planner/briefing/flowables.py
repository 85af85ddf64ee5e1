"""The pack's own flowables and canvas: bold text from one weight, headings that know their
page, a table of contents and "page N of M" laid out in a single pass.

reportlab's usual recipes take more than one pass: ``multiBuild`` lays the whole document out
again until the table of contents stops changing, and the "page N of M" canvas keeps every
page in memory until the end. Here the contents has one entry per heading, known before layout,
and its page numbers sit in a fixed column, so its height never depends on them; each number
(and each footer's "page N of M") is a form XObject that the page refers to at once and that
:class:`PackCanvas` defines when the document is saved, when every page is known. One layout
pass, and bookmarks and links point at the right pages.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph
from reportlab.platypus.paragraph import _processed_frags

Later = Callable[[Canvas, "Finished"], None]
"""Draws a form's content once the document is finished."""

NUMBER_COLUMN = 34.0
"""Width kept free at the right of a contents line for its page number."""


@dataclass
class Finished:
    """What is known only at the end: the number of pages and where each heading landed."""

    pages: int
    heading_pages: dict[str, int] = field(default_factory=dict)


class PackCanvas(Canvas):  # type: ignore[misc]  # reportlab is untyped
    """A canvas that defines, when it is saved, the forms its pages used before they could be
    drawn (the total page count, the page of a heading further on)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.pages_shown = 0
        self.running_brief: str | None = None
        """The meeting brief whose text is being laid out (:class:`BriefTitle`)."""
        self.heading_pages: dict[str, int] = {}
        self._later: dict[str, Later] = {}

    def later(self, name: str, draw: Later) -> None:
        """Use the form ``name`` here and now; ``draw`` fills it in when the document ends."""
        self.doForm(name)
        self._later[name] = draw

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self.pages_shown += 1
        super().showPage()

    def save(self) -> None:
        if self._code:
            self.showPage()
        finished = Finished(self.pages_shown, dict(self.heading_pages))
        for name, draw in self._later.items():
            self.beginForm(name)
            draw(self, finished)
            self.endForm()
        super().save()


class CJKParagraph(Paragraph):  # type: ignore[misc]  # reportlab is untyped
    """A paragraph with ``wordWrap="CJK"`` whose parts, when it breaks across pages (or rows
    of a table), keep their text exactly.

    reportlab breaks CJK lines well but loses text when it splits such a paragraph: the part
    after the break is rebuilt from the lines' pieces, joined without the spaces that stood
    between them ("Wir besprechen" came out "Wirbesprechen"), or with a space added after the
    last ideograph of every line. Here the rest of a single-run paragraph is cut from the
    original text, and a paragraph of several runs keeps the runs of its lines as they are.
    A line that begins with the space after a full stop (a break between an ideograph and a
    Latin word) loses that space, so the line is not indented by it.
    """

    def breakLinesCJK(self, max_widths: Any) -> Any:  # noqa: N802 - reportlab's name
        lines = super().breakLinesCJK(max_widths)
        if lines.kind == 1 and not getattr(self, "_splitpara", 0):
            for line in lines.lines[1:]:
                _strip_leading_space(line)
        return lines

    def _get_split_blParaFunc(self) -> Any:  # noqa: N802 - reportlab's name
        kind = self.blPara.kind
        if (
            kind == 0
            and len(self.frags) == 1
            and isinstance(getattr(self.frags[0], "text", None), str)
        ):
            return self._split_single_run
        if kind == 1 and not _processed_frags(self.frags):
            return _split_runs
        return super()._get_split_blParaFunc()

    def _split_single_run(self, lines: Any, start: int, stop: int) -> list[Any]:
        """The text of lines ``start`` to ``stop``, cut from the paragraph's own text."""
        frag = self.frags[0]
        text, offsets, position = frag.text, [0], 0
        for _space, words in lines.lines:
            piece = "".join(words)
            found = text.find(piece, position)
            position = found + len(piece) if found >= 0 else position
            offsets.append(position)
        end = len(text) if stop >= len(lines.lines) else offsets[stop]
        return [frag.clone(text=text[offsets[start] : end].strip())]


class BoldParagraph(Paragraph):  # type: ignore[misc]  # reportlab is untyped
    """A paragraph set bolder by stroking its glyph outlines in the text colour.

    The bundled font has a single weight; a hairline stroke around each glyph (text render
    mode 2, fill then stroke) gives a semi-bold that prints and extracts as ordinary text.
    """

    STROKE = 0.032
    """Stroke width as a fraction of the font size."""

    def draw(self) -> None:
        canv = self.canv
        canv.saveState()
        canv.setStrokeColor(self.style.textColor)
        canv.setLineWidth(self.style.fontSize * self.STROKE)
        canv.setLineJoin(1)
        # Text state (Tr) may be set outside a text object and is restored by restoreState.
        canv._code.append("2 Tr")
        super().draw()
        canv.restoreState()


class BoldCJKParagraph(BoldParagraph, CJKParagraph):
    """Bold, with CJK line breaking."""


class Heading(BoldParagraph):
    """A heading that is a bookmark, an entry of the PDF outline and of the contents.

    ``key`` names the bookmark; ``level`` is its depth in the outline (0 for a section);
    ``entry`` is the text the contents and the outline show (the markup-free heading text).
    """

    def __init__(
        self, markup: str, style: Any, *, key: str, level: int, entry: str, listed: bool = True
    ) -> None:
        super().__init__(markup, style)
        self.key, self.level, self.entry, self.listed = key, level, entry, listed

    def split(self, avail_width: float, avail_height: float) -> list[Any]:
        # A heading is never split: the part on the next page would be a second bookmark.
        return []

    def draw(self) -> None:
        canv = self.canv
        canv.bookmarkPage(self.key, fit="XYZ", top=canv.absolutePosition(0, self.height)[1])
        canv.addOutlineEntry(self.entry, self.key, level=self.level, closed=self.level > 0)
        if isinstance(canv, PackCanvas):
            canv.heading_pages[self.key] = canv.getPageNumber()
        super().draw()


class ContentsEntry(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """One line of the table of contents: the heading's text, its page number at the right
    (filled in when the document ends) and a link to the heading."""

    def __init__(self, text: Paragraph, key: str) -> None:
        super().__init__()
        self.text, self.key = text, key

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        _w, self.height = self.text.wrap(avail_width - NUMBER_COLUMN, avail_height)
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Any]:
        return []

    def getSpaceBefore(self) -> float:  # noqa: N802 - reportlab's name
        return float(self.text.getSpaceBefore())

    def getSpaceAfter(self) -> float:  # noqa: N802
        return float(self.text.getSpaceAfter())

    def draw(self) -> None:
        canv = self.canv
        self.text.drawOn(canv, 0, 0)
        style = self.text.style
        baseline = self.height - style.fontSize
        font, size, colour = style.fontName, style.fontSize, style.textColor
        width, key = self.width, self.key

        def number(c: Canvas, finished: Finished) -> None:
            page = finished.heading_pages.get(key)
            if page is not None:
                c.setFont(font, size)
                c.setFillColor(colour)
                c.drawRightString(width, baseline, str(page))

        if isinstance(canv, PackCanvas):
            canv.later(f"contents-{key}", number)
        canv.linkRect("", key, (0, 0, self.width, self.height), relative=1, thickness=0)


def _split_runs(lines: Any, start: int, stop: int) -> list[Any]:
    """The runs of lines ``start`` to ``stop``, as they are (no space added)."""
    return [word for line in lines.lines[start:stop] for word in line.words]


def _strip_leading_space(line: Any) -> None:
    while line.words and line.words[0].text[:1] == " ":
        first = line.words[0]
        bare = first.text.lstrip(" ")
        width = stringWidth(
            first.text[: len(first.text) - len(bare)], first.fontName, first.fontSize
        )
        line.currentWidth -= width
        line.extraSpace += width
        if bare:
            first.text = bare
        else:
            line.words.pop(0)


class BriefTitle(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """Takes no room; tells the canvas which meeting brief is running (None: none is), so
    that a page a brief runs onto repeats its title with "(continued)"
    (:class:`planner.briefing.document.PackTemplate`)."""

    def __init__(self, title: str | None) -> None:
        super().__init__()
        self.title = title

    def wrap(self, _width: float, _height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv.running_brief = self.title
