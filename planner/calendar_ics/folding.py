"""A calendar's content lines folded as icalendar folds them.

icalendar folds each content line one character at a time (to count UTF-8 octets and keep an
escape with the character it escapes); for a thousand-meeting trip that loop was a third of
``planner ics``. Most lines are short and most long ones are ASCII, so :func:`fold` folds
those by slicing and walks back over continuation bytes only at a cut. The bytes are
icalendar's own (``Contentline.to_ical``): the same 75-octet limit, the same ``CRLF`` and
space, a backslash or ``^`` never left at the end of a part (icalendar issue 1501).
"""

from __future__ import annotations

LIMIT = 75
"""Octets of a line before the line break, as icalendar (and RFC 5545) count them."""
_ESCAPES = b"\\^"
_SEPARATOR = b"\r\n "


def fold(line: bytes) -> bytes:
    """A UTF-8 content line split into parts of fewer than :data:`LIMIT` octets, as
    icalendar splits it: each part as long as it can be without cutting a character, less a
    trailing escape character, which begins the next part instead."""
    width = LIMIT - 1
    if len(line) <= width:
        return line
    parts = []
    start = 0
    while len(line) - start > width:
        cut = start + width
        while line[cut] & 0xC0 == 0x80:  # inside a character: cut before it
            cut -= 1
        if line[cut - 1] in _ESCAPES:
            cut -= 1
        parts.append(line[start:cut])
        start = cut
    parts.append(line[start:])
    return _SEPARATOR.join(parts)
