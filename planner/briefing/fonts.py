"""The chain of bundled fonts the briefing pack prints with, embedded in every PDF.

reportlab has no per-glyph fallback: a glyph its font lacks prints as nothing, so a name in
Arabic left the cover reading just "Mr.". No single font covers every script the office meets,
so the pack's text is cut into runs, each set in the first font of :data:`CHAIN` that has its
characters (:func:`runs`). The first font sets almost everything (Latin, Greek, Cyrillic,
Chinese, kana, Hangul); the others are registered with reportlab only when a text first needs
them, so a pack in Latin and Chinese costs what it did. All are TrueType (reportlab cannot
embed CFF outlines), bundled under ``resources/fonts`` with their licences, and reportlab
embeds subsets of the glyphs a document uses. A character no font has is printed as ``?``
and reported (:func:`collect_unprintable`), never dropped in silence.

Arabic letters join and Devanagari forms conjuncts only through shaping: reportlab shapes
with HarfBuzz (``uharfbuzz``) a paragraph whose style has ``shaping=1``, one word at a time,
but with the word's first font for all of it. :func:`register` teaches it to shape a word
that mixes fonts (``(محمد)``: brackets from one font, letters from another) run by run, and
without discretionary ligatures (:data:`FEATURES`). It also mends reportlab's ToUnicode map,
which writes a character beyond U+FFFF (𠀋) as five hex digits where PDF wants UTF-16, so
that such a name can be searched and copied out of the PDF.

This module also closes reportlab's doors to the outside: Paragraph markup can name images
by path or URL, and although every user string is escaped (:mod:`planner.briefing.text`),
no URL scheme is trusted either, in case one slips through.
"""

from __future__ import annotations

import contextlib
import re
import threading
import unicodedata
from collections.abc import Iterator
from contextvars import ContextVar
from dataclasses import dataclass
from importlib import resources
from typing import Any

from reportlab import rl_config
from reportlab.lib import textsplit
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont, makeShapedFragWord
from reportlab.platypus import paragraph as rl_paragraph


@dataclass(frozen=True)
class Face:
    """One bundled font: the name the pack's markup uses, its file, and whether its script
    needs shaping (joining, reordering of marks, right-to-left glyph order)."""

    name: str
    file: str
    index: int = 0
    """The face within a collection (``.ttc``)."""
    shaped: bool = False


CHAIN = (
    # Face 0 of the collection is WenQuanYi Micro Hei, 1 its monospaced sibling.
    Face("WenQuanYiMicroHei", "wqy-microhei.ttc"),
    Face("NotoSans", "NotoSans-Regular.ttf"),  # Vietnamese, Yoruba, Azeri, rare Greek
    Face("NotoSansArabic", "NotoSansArabic-Regular.ttf", shaped=True),
    Face("NotoSansHebrew", "NotoSansHebrew-Regular.ttf", shaped=True),
    Face("NotoSansThai", "NotoSansThai-Regular.ttf", shaped=True),
    Face("NotoSansDevanagari", "NotoSansDevanagari-Regular.ttf", shaped=True),
    Face("PlannerExtBMincho", "HanaMinExtB.ttf"),  # CJK Extension B: 𠀋, 𡈽
)
"""The fonts in the order they are asked for a character."""
FONT = CHAIN[0].name
"""The name the pack's styles use for the font that sets everything the others do not."""
FONT_FILE = CHAIN[0].file
SHAPED_RUN = re.compile(
    '<font face="(?:{})">'.format("|".join(face.name for face in CHAIN if face.shaped))
)
"""A run of :func:`planner.briefing.text.escape`'s markup that needs shaping."""
FEATURES = {"kern": True, "liga": True}
"""HarfBuzz's features for the pack; reportlab's default adds discretionary ligatures,
which set محمد as one ornate glyph with vowel marks nobody wrote, and Hebrew וי as ױ."""
UNPRINTABLE = "?"
"""What prints in place of a character no bundled font has."""

_lock = threading.Lock()
_loaded: dict[str, Any] = {}
"""Each registered face's character-to-glyph map, by name."""
_face_of: dict[str, Face | None] = {}
_outside_first: re.Pattern[str] | None = None
_unprintable: ContextVar[dict[str, str] | None] = ContextVar("unprintable", default=None)


def font_path(face: Face = CHAIN[0]) -> str:
    """The bundled font file (a plain file in the source tree and in the frozen app)."""
    return str(resources.files("resources") / "fonts" / face.file)


def register() -> str:
    """Register the first font of the chain with reportlab once per process; its name.

    Safe to call from any thread: the first build may run on a worker thread of the window.
    """
    with _lock:
        _distrust_urls()
        _shape_run_by_run()
        _map_astral_characters()
        _remember_character_widths()
        _load(CHAIN[0])
    return FONT


def runs(text: str) -> list[tuple[Face | None, str]]:
    """``text`` cut into runs of one font each; ``None`` for characters no font has.

    Spaces, punctuation and combining marks stay in the run before them when its font has
    them, so that ``בן-גוריון`` or a letter with its accents is shaped as one piece.
    """
    if _outside_first is None:
        register()
    if _outside_first is not None and _outside_first.search(text) is None:
        return [(CHAIN[0], text)] if text else []
    result: list[tuple[Face | None, str]] = []
    current: Face | None = CHAIN[0]
    start = 0
    for position, ch in enumerate(text):
        face = _face_for(ch, current)
        if face is not current:
            if position > start:
                result.append((current, text[start:position]))
            current, start = face, position
    if len(text) > start:
        result.append((current, text[start:]))
    return result


def covers(text: str) -> bool:
    """Whether some bundled font has a glyph for every character of ``text``."""
    return not unprintable(text)


def unprintable(text: str) -> list[str]:
    """The characters of ``text`` that no bundled font has, each once, in order."""
    return list(dict.fromkeys(ch for face, run in runs(text) if face is None for ch in run))


@contextlib.contextmanager
def collect_unprintable() -> Iterator[dict[str, str]]:
    """While the block runs, :func:`note_unprintable` records here (character → the text it
    stood in), so that the build can warn about what printed as ``?``."""
    found: dict[str, str] = {}
    token = _unprintable.set(found)
    try:
        yield found
    finally:
        _unprintable.reset(token)


def note_unprintable(text: str, characters: str) -> None:
    found = _unprintable.get()
    if found is not None:
        for ch in characters:
            found.setdefault(ch, text)


def warning(ch: str, text: str) -> str:
    """``Li 𰻞 (U+30EDE) has no glyph in the bundled fonts; it prints as ?``."""
    shown = text if len(text) <= 60 else text[:59] + "…"
    return (
        f"{shown}: {ch} (U+{ord(ch):04X}) has no glyph in the bundled fonts; "
        f"it prints as {UNPRINTABLE}"
    )


# -- private helpers ---------------------------------------------------------------------------


def _load(face: Face) -> Any:
    """Register ``face`` with reportlab (once); its character-to-glyph map. Hold the lock."""
    global _outside_first  # noqa: PLW0603 - built once, with the first font
    cmap = _loaded.get(face.name)
    if cmap is None:
        if face.name not in pdfmetrics.getRegisteredFontNames():
            font = TTFont(face.name, font_path(face), subfontIndex=face.index)
            pdfmetrics.registerFont(font)
            # <b> and <i> map back to the same face (each has one weight).
            pdfmetrics.registerFontFamily(
                face.name, normal=face.name, bold=face.name, italic=face.name,
                boldItalic=face.name,
            )  # fmt: skip
        cmap = _loaded[face.name] = pdfmetrics.getFont(face.name).face.charToGlyph
        if face is CHAIN[0]:
            _outside_first = re.compile(f"[^{_ranges(cmap)}]")
    return cmap


def _face_for(ch: str, current: Face | None) -> Face | None:
    code = ord(ch)
    if current is not None and _sticks(ch) and code in _loaded.get(current.name, ()):
        return current
    if ch in _face_of:
        return _face_of[ch]
    with _lock:
        found = next((face for face in CHAIN if code in _load(face)), None)
        if found is None and ch.isspace():
            found = CHAIN[0]
        _face_of[ch] = found
    return found


def _sticks(ch: str) -> bool:
    """Whether ``ch`` belongs to no script of its own (spaces, punctuation, marks)."""
    return unicodedata.category(ch)[0] in "MPZS"


def _ranges(cmap: Any) -> str:
    """A regular-expression character class body for the code points of ``cmap``."""
    codes = sorted(c for c in cmap if c > 0x20)
    parts: list[str] = []
    start = previous = codes[0]
    for code in [*codes[1:], -1]:
        if code != previous + 1:
            parts.append(
                re.escape(chr(start)) + ("-" + re.escape(chr(previous)) if previous > start else "")
            )
            start = code
        previous = code
    return "\\s" + "".join(parts)


def _shape_run_by_run() -> None:
    """Make reportlab shape a word of several fonts one font run at a time. Hold the lock."""
    original = rl_paragraph.shapeFragWord
    if getattr(original, "by_font_run", False):
        return

    def shape(word: Any, features: dict[str, bool] | None = None, force: bool = False) -> Any:
        features = features or FEATURES
        groups: list[list[Any]] = []
        for pair in word[1:]:
            name = getattr(pair[0], "fontName", None)
            if groups and getattr(groups[-1][-1][0], "fontName", None) == name:
                groups[-1].append(pair)
            else:
                groups.append([pair])
        if len(groups) <= 1:
            return original(word, features, force)
        parts = [original([_width(group), *group], features, force) for group in groups]
        joined = makeShapedFragWord(word)([sum(part[0] for part in parts)])
        for part in parts:
            joined.extend(part[1:])
        return joined

    shape.by_font_run = True  # type: ignore[attr-defined]
    rl_paragraph.shapeFragWord = shape


def _map_astral_characters() -> None:
    """Write ToUnicode entries beyond U+FFFF as UTF-16 surrogate pairs. Hold the lock."""
    original = ttfonts.makeToUnicodeCMap
    if getattr(original, "astral", False):
        return

    def to_unicode(fontname: str, subset: Any) -> str:
        return _ASTRAL_ENTRY.sub(_surrogates, original(fontname, subset))

    to_unicode.astral = True  # type: ignore[attr-defined]
    ttfonts.makeToUnicodeCMap = to_unicode


_ASTRAL_ENTRY = re.compile(r"^(<[0-9A-F]{2}> )<([0-9A-F]{5,6})>$", re.M)


def _surrogates(match: re.Match[str]) -> str:
    return f"{match.group(1)}<{chr(int(match.group(2), 16)).encode('utf-16-be').hex().upper()}>"


def _width(group: list[Any]) -> float:
    return sum(
        float(pdfmetrics.stringWidth(text, frag.fontName, frag.fontSize))
        for frag, text in group
        if hasattr(frag, "fontName") and isinstance(text, str)
    )


def _remember_character_widths() -> None:
    """Measure each character once per font and size when breaking CJK lines. Hold the lock.

    reportlab breaks a paragraph of Chinese by measuring every character of it, one
    ``stringWidth`` call each; a 1,000-meeting pack made half a million such calls for a few
    thousand distinct characters. The widths come from the same function, so the lines break
    exactly where they did.
    """
    original = textsplit.getCharWidths
    if getattr(original, "remembered", False):
        return
    widths: dict[tuple[str, float], dict[str, float]] = {}

    def char_widths(word: str, font_name: str, font_size: float) -> list[float]:
        known = widths.get((font_name, font_size))
        if known is None:
            known = widths.setdefault((font_name, font_size), {})
        missing = [ch for ch in dict.fromkeys(word) if ch not in known]
        if missing:
            measured = original("".join(missing), font_name, font_size)
            known.update(zip(missing, measured, strict=True))
        return [known[ch] for ch in word]

    char_widths.remembered = True  # type: ignore[attr-defined]
    textsplit.getCharWidths = char_widths


def _distrust_urls() -> None:
    # None: no host is trusted; an empty list: no scheme (file:, data:, http:) either.
    rl_config.trustedHosts = None
    rl_config.trustedSchemes = []
