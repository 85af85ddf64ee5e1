"""Right-to-left text (Arabic, Hebrew) in the order reportlab must be handed it.

reportlab lays words out left to right; its own bidi support needs ``rlbidi``, which is not on
PyPI. So the Unicode bidi algorithm (``python-bidi``) puts a line into visual order here, and
then each word's right-to-left letters are turned back into reading order: HarfBuzz, which
shapes every word of such a paragraph (:mod:`planner.briefing.fonts`), joins the letters of a
word in reading order and itself lays them out right to left. What comes out is the words of
a right-to-left run in visual order (``Mr.`` before ``محمد بن سلمان`` reads right to left
from the name's end), each shaped.

The order is settled before reportlab breaks lines: a right-to-left run that wraps keeps its
first words on the second line. Names and titles fit a line; a long paragraph in Arabic would
need the bidi algorithm per line, which reportlab cannot do without ``rlbidi``.
"""

from __future__ import annotations

import re
import unicodedata

from bidi import get_display

_RTL = re.compile(
    "[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\U00010800-\U00010fff\U0001e800-\U0001efff]"
)
_WORD = re.compile(r"\S+")
_RIGHT = frozenset({"R", "AL", "NSM"})


def has_rtl(text: str) -> bool:
    """Whether ``text`` holds Hebrew, Arabic or another right-to-left script."""
    return _RTL.search(text) is not None


def visual(line: str) -> str:
    """``line`` (one line, reading order) as reportlab must lay it out; the same string when it
    holds no right-to-left text."""
    if not has_rtl(line):
        return line
    return _WORD.sub(_letters_in_reading_order, get_display(line))


def _letters_in_reading_order(match: re.Match[str]) -> str:
    word = match.group()
    if not has_rtl(word):
        return word
    # Marks go with their letters: a vowel sign after a word's last letter comes first here.
    strong = [i for i, ch in enumerate(word) if unicodedata.bidirectional(ch) in _RIGHT]
    first, last = strong[0], strong[-1] + 1
    return word[:first] + word[first:last][::-1] + word[last:]
