"""ASCII punctuation beside Chinese characters, which Chinese text writes full-width.

A Chinese document writes ``李伟（Li Wei）`` and ``发言顺序：1.``; an ASCII ``:`` ``(`` ``)``
or ``,`` touching a Han character (``Li Wei (李伟)``, ``Changzhou, 中国``) is text built by code
for English and never composed for Chinese. ASCII stays right inside Latin runs
(``UTC+08:00``, ``Sino-German (Changzhou) Innovation Park``), so only a mark with a CJK
character on either side, spaces between allowed, is a fault. A line break is not "beside":
pdftotext puts table cells on lines of their own.
"""

from __future__ import annotations

import re

_CJK = (
    "\u2e80-\u2fdf\u3000-\u303f\u3040-\u30ff\u3100-\u31ff\u3200-\u9fff"
    "\uac00-\ud7af\uf900-\ufaff\uff00-\uffef\U00020000-\U0003134f"
)
_ASCII = ":(),"
_BESIDE = re.compile(f"[{_CJK}][ \\t]*[{re.escape(_ASCII)}]|[{re.escape(_ASCII)}][ \\t]*[{_CJK}]")
_AROUND = 8
"""Characters of context either side of a fault in the snippet."""


def ascii_next_to_cjk(text: str) -> list[str]:
    """The snippets of ``text`` (a few characters either side, on one line) where an ASCII
    ``:`` ``(`` ``)`` or ``,`` touches a CJK character; empty when the text is clean."""
    found = []
    for match in _BESIDE.finditer(text):
        start = max(text.rfind("\n", 0, match.start()) + 1, match.start() - _AROUND)
        end = text.find("\n", match.end())
        end = min(len(text) if end < 0 else end, match.end() + _AROUND)
        found.append(text[start:end])
    return found
