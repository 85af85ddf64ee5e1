"""What a DOCX must say about its languages and tables, for the pack and the letters alike.

Word picks a font, and a screen reader a voice, by the language a run is marked with; python-docx
has no API for it, so the marks are written into the XML here. Both writers of DOCX (the
briefing pack, :mod:`planner.briefing.docx_pack`, and the visa letters and lists,
:mod:`planner.letters.word`) use these, so that a Chinese name is marked the same way in both
and the document languages agree with the PDFs' (:mod:`planner.language_tags`).
"""

from __future__ import annotations

from typing import Any

from docx.document import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from planner.language_tags import CHINESE_TAG, LATIN_TAGS


def mark_chinese(run: Any) -> None:
    """Mark a run of Han characters Chinese (``w:lang`` ``w:val`` and ``w:eastAsia``: Word reads
    the second, other readers of DOCX the first) and ask for the East Asian font slot, which
    Word would otherwise guess for the full-width punctuation."""
    properties = run._r.get_or_add_rPr()
    fonts = properties.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        properties.insert(0, fonts)
    fonts.set(qn("w:hint"), "eastAsia")
    language = properties.find(qn("w:lang"))
    if language is None:
        language = OxmlElement("w:lang")
        properties.append(language)
    language.set(qn("w:val"), CHINESE_TAG)
    language.set(qn("w:eastAsia"), CHINESE_TAG)


def set_document_language(doc: Document, language: str) -> None:
    """The language of every run not marked otherwise, in the document's default run
    properties: Latin text in :data:`LATIN_TAGS` of ``language`` (the program's ``en``,
    ``de`` or ``zh``; English for any other), East Asian text Chinese."""
    defaults = doc.styles.element.find(qn("w:docDefaults"))
    assert defaults is not None  # python-docx's template has them
    properties = defaults.find(qn("w:rPrDefault") + "/" + qn("w:rPr"))
    assert properties is not None
    element = properties.find(qn("w:lang"))
    if element is None:
        element = OxmlElement("w:lang")
        properties.append(element)
    element.set(qn("w:val"), LATIN_TAGS.get(language, LATIN_TAGS["en"]))
    element.set(qn("w:eastAsia"), CHINESE_TAG)


def repeat_as_header(row: Any) -> None:
    """Mark ``row`` as the table's header (``w:tblHeader``): read as the column names by a
    screen reader, repeated at the top of every page."""
    properties = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    properties.append(header)
