"""What text the store accepts, the same for trip files, contacts files and the editors.

A NUL ends a string in C and in PostgreSQL (which refuses it outright), a lone surrogate cannot
be encoded as UTF-8 at all (SQLite, the exports and the terminal fail on it), and other control
characters are invisible in every view yet make two names that look alike compare unequal. So
they are refused where text comes in, with the field and the place, rather than failing later
in a driver with a message nobody can act on.

One decision holds everywhere: a line break (and a tab) is allowed in texts that are written
as paragraphs — notes, objectives, descriptions, addresses, talking points — and nowhere else:
a name, a title or a code is one line, because lists, tab-separated command output and
calendar summaries show it as one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MULTILINE_FIELDS = frozenset({
    "notes", "private_notes", "objectives", "purpose", "description", "talking_points",
    "address", "venue_address", "lodging_address", "invitation_purpose",
})  # fmt: skip
"""Fields (in records, trip files and contacts) that may hold line breaks and tabs."""

# C0 controls, DEL, C1 controls and the surrogate block; the multi-line set lets tab, line
# feed and carriage return through.
_ONE_LINE = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
_MULTILINE = re.compile(r"[\x00-\x08\x0b-\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
_LINE_BREAKS = frozenset("\t\n\r")


@dataclass(frozen=True)
class TextFault:
    """The first character of a text the store does not take, and why."""

    kind: str
    """``control``, ``line_break`` (a tab or line break where one line is expected) or
    ``surrogate``: the key of the message (``text.<kind>`` in the editors' tables)."""
    char: str
    position: int
    """1-based, in characters."""

    @property
    def code(self) -> str:
        return f"U+{ord(self.char):04X}"

    def __str__(self) -> str:
        return message(self)


def fault(text: str, *, multiline: bool = False) -> TextFault | None:
    """The first character of ``text`` that is not allowed, or None (one regex search)."""
    found = (_MULTILINE if multiline else _ONE_LINE).search(text)
    if found is None:
        return None
    char = found.group()
    if char in _LINE_BREAKS:
        kind = "line_break"
    elif "\ud800" <= char <= "\udfff":
        kind = "surrogate"
    else:
        kind = "control"
    return TextFault(kind, char, found.start() + 1)


def field_fault(field: str, text: str) -> TextFault | None:
    """:func:`fault` with the line rule of the field called ``field``."""
    return fault(text, multiline=field in MULTILINE_FIELDS)


def message(found: TextFault) -> str:
    """The English message, for files (the editors use their language's table)."""
    if found.kind == "line_break":
        return (
            f"must be one line (a tab or line break, {found.code}, at character {found.position})"
        )
    if found.kind == "surrogate":
        return (
            f"holds half of a character ({found.code}, a lone surrogate) at character "
            f"{found.position}"
        )
    return f"holds a control character ({found.code}) at character {found.position}"


def shown(text: str) -> str:
    """``text`` safe to print in a one-line message: controls and surrogates as escapes."""
    return _ONE_LINE.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)
