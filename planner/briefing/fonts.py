"""The one font of the briefing pack, registered with reportlab and embedded in every PDF.

reportlab has no per-glyph fallback, so a line like "Zhu Wei 朱伟" needs a single font that
covers Latin with diacritics and Chinese; it must be TrueType, since reportlab cannot embed
CFF outlines (the ``.otf`` Noto CJK fonts), and it must be embedded, since a reader's machine
may have no Chinese font at all (``UnicodeCIDFont`` is never embedded). WenQuanYi Micro Hei,
bundled under ``resources/fonts`` with its licence, is all of that; reportlab embeds subsets
of the glyphs a document uses.

This module also closes reportlab's doors to the outside: Paragraph markup can name images
by path or URL, and although every user string is escaped (:mod:`planner.briefing.text`),
no URL scheme is trusted either, in case one slips through.
"""

from __future__ import annotations

import threading
from importlib import resources

from reportlab import rl_config
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONT_FILE = "wqy-microhei.ttc"
FONT_FACE = 0
"""The face within the collection: 0 is WenQuanYi Micro Hei, 1 its monospaced sibling."""
FONT = "WenQuanYiMicroHei"
"""The name the pack's styles use for the font."""

_lock = threading.Lock()


def font_path() -> str:
    """The bundled font file (a plain file in the source tree and in the frozen app)."""
    return str(resources.files("resources") / "fonts" / FONT_FILE)


def register() -> str:
    """Register the pack's font with reportlab once per process; its name.

    Safe to call from any thread: the first build may run on a worker thread of the window.
    """
    with _lock:
        _distrust_urls()
        if FONT not in pdfmetrics.getRegisteredFontNames():
            font = TTFont(FONT, font_path(), subfontIndex=FONT_FACE)
            pdfmetrics.registerFont(font)
            # <b> and <i> in the pack's own markup map back to the same face (there is one).
            pdfmetrics.registerFontFamily(
                FONT, normal=FONT, bold=FONT, italic=FONT, boldItalic=FONT
            )
    return FONT


def covers(text: str) -> bool:
    """Whether the font has a glyph for every character of ``text`` (tests, diagnostics)."""
    register()
    face = pdfmetrics.getFont(FONT).face
    return all(ord(ch) in face.charToGlyph for ch in text if not ch.isspace())


def _distrust_urls() -> None:
    # None: no host is trusted; an empty list: no scheme (file:, data:, http:) either.
    rl_config.trustedHosts = None
    rl_config.trustedSchemes = []
