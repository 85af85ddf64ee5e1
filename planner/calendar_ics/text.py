"""Stored text made fit for an .ics TEXT value or parameter, whatever the user typed.

Titles, venues and names come from forms, trip files and other calendars, so they may hold a
line break (written as ``\\n`` by icalendar's escaping, which every client reads), a tab or a
stray control character pasted from elsewhere. RFC 5545 allows no control character in a
content line but HTAB, and icalendar refuses a raw CR outright, so a single odd character
would fail the whole export. Line breaks of every kind become one ``\\n``; a tab becomes a
space (clients show tabs differently, if at all); every other control character (C0, DEL, C1)
is dropped, and a lone surrogate, which UTF-8 cannot encode, becomes U+FFFD.

A parameter value (an attendee's ``CN``) cannot hold a line break at all, and a double quote
there needs RFC 6868's ``^'``, which vobject and Outlook do not read: it is one line, with
``'`` for ``"``.
"""

from __future__ import annotations

import re

_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def clean(value: str) -> str:
    """``value`` as a TEXT value may say it: line breaks as ``\\n``, no control character."""
    text = _LINE_BREAK.sub("\n", value).replace("\t", " ")
    return _SURROGATE.sub("\ufffd", _CONTROL.sub("", text))


def one_line(value: str) -> str:
    """``value`` as a parameter value may say it: one line, no double quote."""
    return " ".join(clean(value).split()).replace('"', "'")


def is_clean_uri(value: str) -> bool:
    """Whether ``value`` can be written as a URI value: no space and no control character
    (a URI has no escaping in .ics; the text keeps it in the description)."""
    # Python counts every space but " " as not printable (categories Z and C), so this is
    # "no space and every character printable" without a loop over the characters.
    return bool(value) and value.isprintable() and " " not in value
