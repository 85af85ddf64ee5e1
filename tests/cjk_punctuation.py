"""Where generated Chinese text puts ASCII punctuation beside a Chinese character.

Chinese writes full-width marks next to Han characters (``李伟（Li Wei）``, ``目标：``,
``德语、中文``); an ASCII ``:`` ``(`` ``)`` or ``,`` touching a Han character is code that
assembled English-style text (``Li Wei (李伟)``, ``发言顺序: 1.``). ASCII inside a Latin run
(``UTC+08:00``, ``Frankfurt am Main, Terminal 1``, a user's ``Interpreter (Chinese–German)``)
is fine and not reported. Any test of generated Chinese, the briefing pack's as well as the
calendars' and the checks', can assert ``ascii_marks_beside_han(text) == []``.
"""

from __future__ import annotations

import re

__all__ = ["ascii_marks_beside_han"]

_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_MARKS = ":(),"
_BESIDE = re.compile(rf"[{_HAN}] ?[{re.escape(_MARKS)}]|[{re.escape(_MARKS)}] ?[{_HAN}]")


def ascii_marks_beside_han(text: str, context: int = 12) -> list[str]:
    """Each place in ``text`` where an ASCII ``:`` ``(`` ``)`` or ``,`` stands directly (or
    after one space) beside a Chinese character, with ``context`` characters either side, so
    that a failing assertion shows where."""
    found = []
    for match in _BESIDE.finditer(text):
        start, end = max(match.start() - context, 0), match.end() + context
        found.append(text[start:end].replace("\n", "⏎"))
    return found
