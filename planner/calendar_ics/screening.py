"""The content lines of an imported .ics file checked before icalendar reads them.

Some values make the libraries behind the import hang, fill memory or fail deep inside with
an error that names no place: ``RRULE:FREQ=DAILY;INTERVAL=0`` makes dateutil yield the same
instant for ever, a TZID of hundreds of characters becomes a file name too long for zoneinfo,
a control character pasted into a SUMMARY is stored and later breaks an export. Each is found
here, on the line it is written on (a folded line counts from its first physical line), and
refused in one sentence: ``x.ics: line 14: RRULE: INTERVAL must be 1 or more (it is 0)``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from planner.calendar_ics.errors import IcsError

MAX_INTEGER = 2_147_483_647
"""RFC 5545's INTEGER (3.3.8) is a signed 32-bit number; anything larger is not a count,
an interval or a position any calendar writes."""
MAX_TZID = 100
"""IANA names have at most 30 characters and Outlook's display names about 80; zoneinfo turns a
TZID into a file name, which the system refuses past 255 bytes."""

_LINE_BREAK = re.compile(r"\r\n|\n|\r")
_CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")
_NAME = re.compile(r"[A-Za-z0-9-]+")
_TZID_PARAMETER = re.compile(r';TZID=("[^"]*"|[^;:]*)', re.IGNORECASE)
_RULES = ("RRULE", "EXRULE")
_RULE_NUMBERS = frozenset(
    {"COUNT", "INTERVAL", "BYSECOND", "BYMINUTE", "BYHOUR", "BYMONTHDAY", "BYYEARDAY"}
    | {"BYWEEKNO", "BYMONTH", "BYSETPOS"}
)
_NUMBER = re.compile(r"^[+-]?\d+$")
_OBSERVANCES = frozenset({"STANDARD", "DAYLIGHT"})
_ONE_IN_ZONES = ("BYHOUR", "BYMINUTE", "BYSECOND")


def screen(text: str, name: str) -> None:
    """Refuse the first content line of ``text`` (the file ``name``) that no calendar writes
    and that the libraries cannot be trusted with."""
    observance = False
    for number, line, physical in _content_lines(text):
        match = _NAME.match(line)
        prop = match[0].upper() if match else "content"
        if prop in ("BEGIN", "END"):
            opened = prop == "BEGIN"
            if line.partition(":")[2].strip().upper() in _OBSERVANCES:
                observance = opened
        for at, segment in physical:
            control = _CONTROL.search(segment)
            if control is not None:
                raise IcsError(
                    f"{name}: line {at}: {prop}: a control character (U+{ord(control[0]):04X}) "
                    "in the value, which no calendar writes"
                )
        where = f"{name}: line {number}: {prop}"
        head, _colon, value = _split(line)
        for tzid in _TZID_PARAMETER.findall(head):
            _check_tzid(tzid.strip('"'), where)
        if prop in ("TZID", "X-WR-TIMEZONE"):
            _check_tzid(value, where)
        if prop in _RULES:
            _check_rule(value, where)
            if observance:
                _check_zone_rule(value, where)


def _check_tzid(tzid: str, where: str) -> None:
    if len(tzid) > MAX_TZID:
        raise IcsError(
            f"{where}: a TZID of {len(tzid)} characters is not a time zone "
            f"(names have at most {MAX_TZID})"
        )


def _check_rule(value: str, where: str) -> None:
    for part in value.split(";"):
        key, _equals, given = part.partition("=")
        key = key.strip().upper()
        if key == "INTERVAL" and not (_NUMBER.match(given) and int(given) >= 1):
            raise IcsError(f"{where}: INTERVAL must be 1 or more (it is {given!r})")
        if key == "COUNT" and not (_NUMBER.match(given) and int(given) >= 1):
            raise IcsError(f"{where}: COUNT must be 1 or more (it is {given!r})")
        if key in _RULE_NUMBERS or key == "BYDAY":
            for item in given.split(","):
                digits = re.sub(r"[A-Za-z]+$", "", item.strip()) if key == "BYDAY" else item
                if _NUMBER.match(digits.strip()) and abs(int(digits)) > MAX_INTEGER:
                    raise IcsError(
                        f"{where}: {key} {digits.strip()} is too large (at most {MAX_INTEGER})"
                    )


def _check_zone_rule(value: str, where: str) -> None:
    """icalendar lists every transition of a VTIMEZONE rule up to 2038 when it reads the file:
    a rule finer than yearly would list millions. Clocks change a few times a year, and every
    calendar writes its zones' rules as FREQ=YEARLY (Lotus Notes adds one BYHOUR and one
    BYMINUTE, the time of the change)."""
    parts = {
        key.strip().upper(): given.strip().upper()
        for key, _equals, given in (part.partition("=") for part in value.split(";"))
    }
    if parts.get("FREQ") != "YEARLY" or any("," in parts.get(key, "") for key in _ONE_IN_ZONES):
        raise IcsError(
            f"{where}: a time zone's rule must be FREQ=YEARLY with at most one BYHOUR, BYMINUTE "
            "and BYSECOND (clocks change a few times a year)"
        )


def _split(line: str) -> tuple[str, str, str]:
    """Name and parameters, colon, value: the first colon outside a quoted parameter value."""
    quoted = False
    for index, char in enumerate(line):
        if char == '"':
            quoted = not quoted
        elif char == ":" and not quoted:
            return line[:index], ":", line[index + 1 :]
    return line, "", ""


def _content_lines(text: str) -> Iterator[tuple[int, str, list[tuple[int, str]]]]:
    """Each unfolded content line with the number of its first physical line, and its physical
    lines with their numbers (a control character is reported on the line it is on)."""
    start, physical = 0, list[tuple[int, str]]()
    for number, line in enumerate(_LINE_BREAK.split(text), start=1):
        if line[:1] in (" ", "\t") and physical:
            physical.append((number, line[1:]))
            continue
        if physical:
            yield start, "".join(segment for _at, segment in physical), physical
        start, physical = number, [(number, line)] if line.strip(" \t") else []
    if physical:
        yield start, "".join(segment for _at, segment in physical), physical
