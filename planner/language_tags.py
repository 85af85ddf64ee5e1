"""The language tags of the documents the program writes, and where Chinese text begins.

A PDF's ``/Lang``, a DOCX's core properties and its runs' ``w:lang`` tell a screen reader which
voice to read with and a word processor where it may break a line. The pack and the letters,
in PDF and in DOCX, take them from here, so that they agree (they were three maps once, and
the pack's PDF said ``zh-Hans`` where everything else said ``zh-CN``). No reportlab and no
python-docx here: each writer imports its own library.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

DOCUMENT_TAGS = {"en": "en-GB", "de": "de-DE", "zh": "zh-CN"}
"""The BCP 47 language of a document (a PDF's ``/Lang``, a DOCX's core properties) in each of
the program's languages; NVDA and JAWS choose their voice by it."""
LATIN_TAGS = {"en": "en-GB", "de": "de-DE", "zh": "en-GB"}
"""The language of text in Latin letters (``w:lang w:val``; Chinese is ``w:eastAsia``): in a
Chinese document that is the English of venues and organizations, and a word processor that
took it for Chinese would break "Frankfurt" anywhere, as it breaks between ideographs."""
CHINESE_TAG = "zh-CN"
HAN = re.compile(
    "([\u2e80-\u2fdf\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\ufe30-\ufe4f"
    "\uff00-\uffef\U00020000-\U0003134f]+)"
)
"""Han characters and the full-width punctuation written with them: a run of these is marked
Chinese, so that a screen reader reads 李伟 in a Chinese voice inside an English document."""


def han_pieces(text: str) -> Iterator[tuple[str, bool]]:
    """``text`` cut where it turns from Chinese to other text and back, each piece with
    whether it is Chinese (a run of its own, marked by :func:`planner.docx_marks.mark_chinese`)."""
    for number, piece in enumerate(HAN.split(text)):
        if piece:
            yield piece, number % 2 == 1  # split() puts the captured (Han) pieces at odd places
