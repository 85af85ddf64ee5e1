"""How the workspace tables write instants: local wall time in a zone, the home time beside it.

Every table shows a time in the zone of the place it happens (a meeting in Frankfurt at
14:00 shows 14:00) and offers the same instant in the trip's home zone as a tooltip, because
that is the question the office at home asks. The day format is itself translatable, so a
Chinese translation can write 6月17日 周一 where English writes Mon 17 Jun.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from planner import localtime
from ui.home_time import home_zone_label


def day_text(day: dt.date) -> str:
    """A short day in the user's language: ``Mon 17 Jun``."""
    pattern = QCoreApplication.translate(
        "TimeText", "ddd d MMM", "a short day as a QLocale date format"
    )
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


def full_day_text(day: dt.date) -> str:
    """A day with its year, for tooltips: ``Mon 17 Jun 2024``."""
    pattern = QCoreApplication.translate(
        "TimeText", "ddd d MMM yyyy", "a day with its year as a QLocale date format"
    )
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


def numeric_day(day: dt.date) -> str:
    """A day in digits, for lists: ``2024-06-15``; German ``15.06.2024``."""
    pattern = QCoreApplication.translate(
        "TimeText", "yyyy-MM-dd", "a day in digits as a QLocale date format"
    )
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


def clock_text(instant: dt.datetime, zone: str) -> str:
    """The 24-hour wall time of ``instant`` in ``zone``: ``14:00``."""
    return f"{localtime.local(instant, zone):%H:%M}"


def when_text(instant: dt.datetime, zone: str) -> str:
    """Day and wall time in ``zone``: ``Mon 17 Jun 14:00``."""
    return QCoreApplication.translate("TimeText", "{day} {time}").format(
        day=day_text(localtime.local_date(instant, zone)), time=clock_text(instant, zone)
    )


def later_days(instant: dt.datetime, zone: str, since: dt.date) -> int:
    """How many local days after ``since`` the instant falls (0 on the same day)."""
    return (localtime.local_date(instant, zone) - since).days


def when_tooltip(instant: dt.datetime, zone: str, home: str | None) -> str:
    """The instant in its zone with the UTC offset, then in the home zone when that differs:

    ``Mon 17 Jun 2024 14:00 Europe/Berlin (UTC+02:00)`` /
    ``Mon 17 Jun 2024 20:00 at home (Asia/Shanghai)``
    """
    local = localtime.local(instant, zone)
    lines = [
        QCoreApplication.translate("TimeText", "{day} {time} {zone} (UTC{offset})").format(
            day=full_day_text(local.date()),
            time=f"{local:%H:%M}",
            zone=zone,
            offset=localtime.format_offset(local.utcoffset()),
        )
    ]
    if home and home != zone:
        at_home = localtime.local(instant, home)
        lines.append(
            QCoreApplication.translate("TimeText", "{day} {time} at home ({zone})").format(
                day=full_day_text(at_home.date()),
                time=f"{at_home:%H:%M}",
                zone=home_zone_label(home),
            )
        )
    return "\n".join(lines)
