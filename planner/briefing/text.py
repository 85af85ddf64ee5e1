"""User text on its way into reportlab's Paragraph markup.

A Paragraph reads its text as mini-XML: ``<b>R&D</b> & Partners`` in an organization's name
would turn bold or break the build, and ``<img src=...>`` would make reportlab open a file or
fetch a URL. So every user string goes through :func:`escape` before it meets markup, and the
pack's own markup is written around escaped text only. Control characters (which no PDF
viewer shows and some break XML) are dropped, and line breaks a user typed are kept.

Escaping is also where text meets the font chain: each run a fallback font sets is wrapped in
``<font face=...>`` (:func:`planner.briefing.fonts.runs`), right-to-left runs are put into
the order reportlab lays out (:mod:`planner.briefing.direction`), and a character no font
has becomes ``?`` and is reported to the build.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator, Sequence
from contextvars import ContextVar
from xml.sax.saxutils import escape as _xml_escape

from planner.briefing import fonts
from planner.briefing.direction import visual

_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")
_CJK = re.compile(
    "[\u2e80-\u2fdf\u3000-\u303f\u3040-\u30ff\u3100-\u31ff\u3200-\u9fff"
    "\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\U00020000-\U0003134f]"
)
_BLANK_LINES = re.compile(r"\n\s*\n")
_reading_order: ContextVar[bool] = ContextVar("reading_order", default=False)


def clean(text: str | None) -> str:
    """``text`` without control characters, with ``\\n`` line ends and no outer blanks."""
    if not text:
        return ""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return _CONTROL.sub("", text).strip()


def escape(text: str | None) -> str:
    """``text`` safe inside Paragraph markup: it prints exactly as written."""
    return "\n".join(_printed(line) for line in clean(text).split("\n"))


@contextlib.contextmanager
def in_reading_order() -> Iterator[None]:
    """Within the block, :func:`escape` keeps each line in reading order, in no font and
    with every character (none becomes ``?``): markup for a reader other than reportlab."""
    token = _reading_order.set(True)
    try:
        yield
    finally:
        _reading_order.reset(token)


def lines(text: str | None) -> str:
    """Escaped ``text`` with the user's line breaks kept as ``<br/>``."""
    return escape(text).replace("\n", "<br/>")


def paragraphs(text: str | None) -> list[str]:
    """The blocks of ``text`` separated by blank lines, each escaped (line breaks kept), so
    that a long note can break across pages between its paragraphs."""
    return [lines(block) for block in _BLANK_LINES.split(clean(text)) if block.strip()]


def is_shaped(markup: str) -> bool:
    """Whether ``markup`` (from :func:`escape`) holds a run that only shaping prints right:
    joined Arabic, right-to-left letters, Thai or Devanagari marks."""
    return fonts.SHAPED_RUN.search(markup) is not None


def has_cjk(text: str) -> bool:
    """Whether ``text`` holds Chinese, Japanese or Korean characters (or CJK punctuation)."""
    return _CJK.search(text) is not None


def joined(parts: Sequence[str | None], separator: str = ", ") -> str:
    """The non-empty ``parts`` (cleaned, not escaped) joined by ``separator``."""
    return separator.join(c for c in (clean(p) for p in parts) if c)


def _printed(line: str) -> str:
    """One line of user text as markup, run by run in its fonts."""
    if _reading_order.get():
        return _xml(line)
    parts = []
    for face, run in fonts.runs(visual(line)):
        if face is None:
            fonts.note_unprintable(line, run)
            parts.append(fonts.UNPRINTABLE * len(run))
        elif face is fonts.CHAIN[0]:
            parts.append(_xml(run))
        else:
            parts.append(f'<font face="{face.name}">{_xml(run)}</font>')
    return "".join(parts)


def _xml(text: str) -> str:
    return _xml_escape(text, {'"': "&quot;"})
