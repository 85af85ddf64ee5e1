"""What every section needs to lay out its part: the data, the choices, the labels and the
styles, with the few ways of turning text into flowables that keep user text literal.

Sections never build a Paragraph from user text themselves: :meth:`Context.text` escapes it,
and :meth:`Context.markup` takes the pack's own markup, whose user parts were escaped with
:func:`planner.briefing.text.escape`. Either picks the style's CJK variant when the text holds
Chinese, so that lines break between ideographs, or its shaped variant when a run needs shaping.
"""

from __future__ import annotations

import functools
import gettext
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import pycountry
from reportlab.platypus import CondPageBreak, Paragraph, Spacer, Table

from planner import model, names
from planner.briefing import styles as st
from planner.briefing.content import Pack
from planner.briefing.flowables import BoldCJKParagraph, BoldParagraph, CJKParagraph, Heading
from planner.briefing.labels import CHINESE, ENGLISH, GERMAN, GETTEXT_LOCALES, Labels
from planner.briefing.options import BriefingOptions
from planner.briefing.text import clean, escape, has_cjk, is_shaped, lines

KEEP_BELOW = {"h1": 120.0, "h2": 100.0, "h3": 60.0}
"""Room (points) a heading wants below its top on the page, for itself and the first lines
of what it introduces; with less, it starts a new page instead of being left alone at the
bottom. (A ``keepWithNext`` would move a long table with its heading to the next page whole,
leaving the rest of the page blank.)"""

HEADING_LIMIT = 240
"""Characters of a heading; a longer title is cut there (a heading cannot break across
pages), and printed whole below it."""

Cell = Any
"""A table cell: a flowable, or a list of them."""


SEPARATORS = {"list": ", ", "fields": ", ", "items": "; "}
"""How :meth:`Context.series` joins in the languages that write a comma and a semicolon."""


@dataclass
class Context:
    pack: Pack
    options: BriefingOptions
    labels: Labels
    styles: st.Styles
    width: float
    """The width of the text frame, in points."""

    # -- paragraphs ---------------------------------------------------------------------------

    def text(self, style: str, text: str | None) -> Paragraph:
        """User text, printed exactly as written (line breaks kept)."""
        return self.markup(style, lines(text))

    def markup(self, style: str, markup: str) -> Paragraph:
        """The pack's own markup around escaped user text."""
        return paragraph(markup, self.styles, style)

    def heading(
        self,
        style: str,
        title: str,
        key: str,
        level: int,
        *,
        listed: bool = True,
        entry: str | None = None,
    ) -> list[Any]:
        """A heading (bookmark, outline and contents entry, whose text is ``entry`` if given);
        a title too long to be a heading is cut and printed whole below it."""
        title = " ".join(clean(title).split())
        short = _shorten(title)
        markup = escape(short)
        flowables: list[Any] = [
            CondPageBreak(KEEP_BELOW[style]),
            Heading(
                markup,
                self.styles.get(style, has_cjk(markup), is_shaped(markup)),
                key=key,
                level=level,
                entry=_shorten(entry) if entry else short,
                listed=listed,
            ),
        ]
        if short != title:
            flowables.append(self.text("body", title))
        return flowables

    def subheading(self, title: str) -> list[Any]:
        """A heading inside a section (not in the contents), kept with what follows it."""
        return [CondPageBreak(KEEP_BELOW["h3"]), self.markup("h3", escape(title))]

    def bullets(self, items: Sequence[str]) -> list[Paragraph]:
        return [paragraph(lines(item), self.styles, "bullet", "•") for item in items if clean(item)]

    def space(self, points: float) -> Spacer:
        return Spacer(1, points)

    # -- tables -------------------------------------------------------------------------------

    def table(
        self,
        header: Sequence[str] | None,
        rows: Sequence[Sequence[Cell]],
        widths: Sequence[float],
        *,
        zebra: bool = True,
    ) -> Table:
        """A table across the frame: ``widths`` are fractions of it; the header row repeats
        on every page, and a row taller than a page splits inside (``splitInRow``)."""
        data: list[list[Cell]] = []
        if header is not None:
            data.append([self.markup("cell_head", escape(h)) for h in header])
        data.extend(list(row) for row in rows)
        table = Table(
            data,
            colWidths=[self.width * w for w in widths],
            repeatRows=1 if header is not None else 0,
            splitInRow=1,
            hAlign="LEFT",
        )
        table.setStyle(
            st.table_style(self.styles.font, 1 if header is not None else 0, zebra, len(data))
        )
        return table

    def facts(self, rows: Sequence[tuple[str, Cell]], label_width: float = 0.2) -> Table | None:
        """Labels and values in two columns; rows without a value are left out."""
        data = [[self.markup("label", escape(label)), value] for label, value in rows if value]
        if not data:
            return None
        table = Table(
            data,
            colWidths=[self.width * label_width, self.width * (1 - label_width)],
            splitInRow=1,
            hAlign="LEFT",
        )
        table.setStyle(st.facts_style(self.styles.font))
        return table

    # -- words --------------------------------------------------------------------------------

    def person_name(self, p: model.Person, *, honorific: bool = True) -> str:
        """``Dr. Ingmar Bruder``, ``Mr. Li Wei 李伟``; ``Herr Li Wei (李伟)``; ``李伟先生（Li
        Wei）``: plain text, not escaped."""
        return self.named(
            p.family_name, p.given_name, p.native_name, p.honorific if honorific else None
        )

    def named(
        self, family: str, given: str | None, native: str | None, honorific: str | None = None
    ) -> str:
        """A name as the pack's language writes it (:func:`planner.names.name_in`); English
        keeps the Latin name, the native one after a space, and the honorific as typed."""
        family, given, native, honorific = (clean(x) for x in (family, given, native, honorific))
        if self.labels.language != ENGLISH:
            return names.name_in(self.labels.language, family, given, native, honorific)
        latin = names.latin_name(family, given, native)
        parts = [honorific, latin, native if native != latin else None]
        return " ".join(c for c in parts if c)

    def org_name(self, o: model.Organization | None) -> str:
        """An organization as the pack's language names it, plain text: ``Nanshan District
        Government of Shenzhen 深圳市南山区人民政府``; in German the native name in brackets,
        as a person's (``Li Wei (李伟)``); in Chinese the Chinese name alone, as a Chinese
        letter writes it (the English translation beside it says nothing more)."""
        if o is None:
            return ""
        if self.labels.language == CHINESE and names.has_han(o.native_name):
            return clean(o.native_name)
        if (
            self.labels.language == GERMAN
            and o.native_name
            and clean(o.native_name) != clean(o.name)
        ):
            return f"{clean(o.name)} ({clean(o.native_name)})"  # as a person: Li Wei (李伟)
        return " ".join(c for c in (clean(o.name), clean(o.native_name)) if c)

    def language_names(self, codes: Sequence[str]) -> str:
        """``German, Chinese``; ``Deutsch, Chinesisch``; ``德语、中文``."""
        names = []
        for code in codes:
            found: Any = pycountry.languages.get(alpha_2=code)
            names.append(_translated("iso639-3", found.name, self.labels) if found else code)
        return self.series(names)

    def series(self, items: Sequence[str], kind: str = "list") -> str:
        """Items in a row as the language writes them: a ``list`` of like things (``a, b`` /
        ``a、b``), ``fields`` of one thing (``3A, XYZ789`` / ``3A，XYZ789``), or ``items`` that
        hold commas themselves (``a; b`` / ``a；b``)."""
        chinese = self.labels.language == CHINESE
        separator = {"list": "、", "fields": "，", "items": "；"} if chinese else SEPARATORS
        return separator[kind].join(items)

    def fields(self, parts: Sequence[str | None]) -> str:
        """The non-empty ``parts`` of one thing (cleaned, not escaped) joined as the language
        writes them: ``Memorandum of understanding, signed``, ``谅解备忘录，已签署``."""
        return self.series([c for c in (clean(p) for p in parts) if c], "fields")

    def place(self, city: str | None, country_code: str | None) -> str:
        """``Changzhou, China``; Chinese names the larger place first: ``中国 · Changzhou``."""
        country = self.country_name(country_code)
        if self.labels.language == CHINESE:
            return " · ".join(c for c in (clean(country), clean(city)) if c)
        return self.fields([city, country])

    def country_name(self, code: str | None) -> str:
        if not code:
            return ""
        found: Any = pycountry.countries.get(alpha_2=code)
        name = str(getattr(found, "common_name", None) or getattr(found, "name", code))
        return _translated("iso3166-1", name, self.labels) if found else name


def paragraph(markup: str, styles: st.Styles, style: str, bullet: str | None = None) -> Paragraph:
    """A paragraph of ``markup`` in ``style``: bold for the bold styles, shaped when a font run
    needs it, or else breaking lines between ideographs when the text holds Chinese."""
    shaped = is_shaped(markup)
    cjk = has_cjk(markup) and not shaped
    bold = style in st.BOLD
    cls = (
        (BoldCJKParagraph if bold else CJKParagraph)
        if cjk
        else (BoldParagraph if bold else Paragraph)
    )
    return cls(markup, styles.get(style, cjk, shaped), bulletText=bullet)


@functools.cache
def _catalogue(domain: str, locale: str) -> gettext.NullTranslations:
    return gettext.translation(domain, pycountry.LOCALES_DIR, [locale], fallback=True)


def _translated(domain: str, name: str, labels: Labels) -> str:
    """A language's or country's English name (pycountry's) in the pack's language; the first
    of several names (``中文; 汉语; 华语``)."""
    locale = GETTEXT_LOCALES.get(labels.language)
    if locale is None:
        return name
    return _catalogue(domain, locale).gettext(name).split(";")[0].strip() or name


def _shorten(text: str) -> str:
    text = " ".join(clean(text).split())
    return text if len(text) <= HEADING_LIMIT else text[: HEADING_LIMIT - 1] + "…"
