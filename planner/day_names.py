"""The names of weekdays and months in each language the planner writes, as plain tuples.

They are words of their own rather than ``strftime``'s, which follow the machine's locale. The
briefing pack's labels (:mod:`planner.briefing.labels`) and the checks' messages
(:mod:`planner.checks.messages`) both take them from here.
"""

from __future__ import annotations

from typing import NamedTuple


class Names(NamedTuple):
    """Monday first, January first."""

    days: tuple[str, ...]
    short_days: tuple[str, ...]
    months: tuple[str, ...]
    short_months: tuple[str, ...]


NAMES: dict[str, Names] = {
    "en": Names(
        ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
        ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
        (
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ),
        ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    ),
    "de": Names(
        ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
        ("Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."),
        (
            "Januar",
            "Februar",
            "März",
            "April",
            "Mai",
            "Juni",
            "Juli",
            "August",
            "September",
            "Oktober",
            "November",
            "Dezember",
        ),
        (
            "Jan.",
            "Feb.",
            "März",
            "Apr.",
            "Mai",
            "Juni",
            "Juli",
            "Aug.",
            "Sept.",
            "Okt.",
            "Nov.",
            "Dez.",
        ),
    ),
    "zh": Names(
        ("星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"),
        ("周一", "周二", "周三", "周四", "周五", "周六", "周日"),
        tuple(f"{n}月" for n in range(1, 13)),
        tuple(f"{n}月" for n in range(1, 13)),
    ),
}
"""The names of each language by its code (``en``, ``de``, ``zh``)."""
