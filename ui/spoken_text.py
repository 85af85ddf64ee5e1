"""A control's words as a screen reader, a tool tip or a menu should give them.

Labels carry their mnemonic: "&Nationality", in Chinese "国籍(&Y)". Stripping only the "&"
leaves "国籍(Y)", which a screen reader reads out as "国籍 left bracket Y right bracket" and a
tool tip shows as if the letter were part of the word. Every place that shows or speaks a
label without its mnemonic goes through :func:`spoken`.
"""

from __future__ import annotations

import re

_BRACKETED_MNEMONIC = re.compile(r"\s*[(（]&[^&)）][)）]")


def spoken(label: str) -> str:
    """``label`` without its mnemonic (a Chinese label's bracket goes with its "&"; "&&" is a
    literal "&") and without a trailing colon."""
    text = _BRACKETED_MNEMONIC.sub("", label)
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text.strip().rstrip(":：").strip()
