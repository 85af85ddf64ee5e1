"""A calendar's bytes: icalendar's content lines, folded here.

icalendar folds each content line one character at a time (to count UTF-8 octets and keep an
escape with the character it escapes); for a thousand-meeting trip that loop was a third of
``planner ics``. Most lines are short and most long ones are ASCII, so :func:`to_ical` folds
those by slicing and walks characters only in a long line outside ASCII. The bytes are
icalendar's own (``Component.to_ical``): the same 75-octet limit, the same ``CRLF`` and
space, a backslash or ``^`` never left at the end of a part (icalendar issue 1501).
"""

from __future__ import annotations

import codecs
from typing import Any

from icalendar import vText

LIMIT = 75
"""Octets of a line before the line break, as icalendar (and RFC 5545) count them."""
_ESCAPES = b"\\^"
_SEPARATOR = b"\r\n "


def to_ical(component: Any) -> bytes:
    """``component.to_ical()``, the same bytes, in a fraction of the time."""
    return b"\r\n".join(fold(line) for line in content_lines(component)) + b"\r\n"


def content_lines(component: Any) -> list[bytes]:
    """``component.content_lines()`` unfolded, as UTF-8: each value's and parameters' own
    ``to_ical``, without the Contentline (and empty Parameters) made for every property."""
    lines: list[bytes] = []
    _add_lines(component, lines)
    return lines


def _add_lines(component: Any, lines: list[bytes]) -> None:
    lines.append(b"BEGIN:" + component.name.encode())
    for name in component.sorted_keys():  # icalendar's order: UID, DTSTART... then the rest
        values = component[name]
        for value in values if isinstance(values, list) else (values,):
            data = value.to_ical() if hasattr(value, "to_ical") else vText(value).to_ical()
            if isinstance(data, str):  # some types give text
                data = data.encode()
            elif data.startswith(codecs.BOM_UTF8):  # icalendar decodes bytes as UTF-8-SIG
                data = data[3:]
            params = getattr(value, "params", None)
            head = name.encode()
            if params:
                encoded = params.to_ical()
                if encoded:
                    head += b";" + encoded
            lines.append(head + b":" + data)
    for child in component.subcomponents:
        _add_lines(child, lines)
    lines.append(b"END:" + component.name.encode())


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
