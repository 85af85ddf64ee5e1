"""The thresholds of the feasibility checks, with the defaults a protocol office starts from.

Offices differ (one wants two hours before every flight, another checks in online), so every
number is a field a settings dialog can show: each field's ``metadata`` carries its ``title``,
its ``unit`` (``minutes``, ``hours``, ``days``, ``months``, ``time`` or ``kinds``), and for
numbers the ``minimum`` and ``maximum`` a spin box allows. :meth:`CheckSettings.from_mapping`
reads what :meth:`CheckSettings.to_mapping` wrote, forgiving keys it does not know (from a
newer version) and values it cannot use (edited by hand): each such value falls back to its
default rather than the whole set.

Kinds are stored as the ones turned *off*, so that a kind added by a later version is on for
everyone who saved settings before it existed.

The gift limit is a whole amount in euros (``unit`` ``amount``, ``currency`` ``EUR``): the
check compares gifts valued in euros, or without a currency, with it, and converts nothing
(exchange rates would have to come from somewhere and change daily); see
:mod:`planner.checks.gifts` for what it does with other currencies.

The travel documents' numbers (:mod:`planner.checks.documents`) are the EU Visa Code's for a
Schengen visa: a passport valid three months after leaving the area (six for China), the
application in at least 15 days before entry plus the consulate's 15 days to decide; the
latest day to apply is counted back from the day of entry by both.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from planner import vocab
from planner.checks.problems import KINDS

_MINUTES_MAX = 24 * 60
_NUMBERS = ("minutes", "hours", "amount", "days", "months")
"""Units of whole-number fields, each with a ``minimum`` and ``maximum``."""


def _minutes(default: int, title: str, group: str) -> Any:
    return dataclasses.field(
        default=default,
        metadata={
            "title": title,
            "group": group,
            "unit": "minutes",
            "minimum": 0,
            "maximum": _MINUTES_MAX,
        },
    )


_BEFORE = "Time between a meeting's end and a departure"
_AFTER = "Time between an arrival and the next meeting"
_DAY = "Working hours (local time)"
_GIFTS = "Gifts"
_VENUES = "Between venues in different cities"
_DOCUMENTS = "Travel documents"


def _days(default: int, title: str, maximum: int = 365) -> Any:
    return dataclasses.field(
        default=default,
        metadata={
            "title": title,
            "group": _DOCUMENTS,
            "unit": "days",
            "minimum": 0,
            "maximum": maximum,
        },
    )


def _months(default: int, title: str) -> Any:
    return dataclasses.field(
        default=default,
        metadata={
            "title": title,
            "group": _DOCUMENTS,
            "unit": "months",
            "minimum": 0,
            "maximum": 24,
        },
    )


GIFT_CURRENCY = "EUR"
"""The currency of :attr:`CheckSettings.gift_limit`."""


@dataclass(frozen=True)
class CheckSettings:
    """Every threshold of the checks; the defaults are the issue's."""

    depart_flight: int = _minutes(120, "Before a flight", _BEFORE)
    depart_train: int = _minutes(30, "Before a train", _BEFORE)
    depart_car: int = _minutes(15, "Before a car", _BEFORE)
    depart_bus: int = _minutes(20, "Before a bus", _BEFORE)
    depart_ferry: int = _minutes(45, "Before a ferry", _BEFORE)
    depart_other: int = _minutes(30, "Before other transport", _BEFORE)
    arrive_long_haul: int = _minutes(90, "After a long-haul flight", _AFTER)
    arrive_flight: int = _minutes(45, "After another flight", _AFTER)
    arrive_train: int = _minutes(15, "After a train", _AFTER)
    arrive_car: int = _minutes(15, "After a car", _AFTER)
    arrive_bus: int = _minutes(15, "After a bus", _AFTER)
    arrive_ferry: int = _minutes(15, "After a ferry", _AFTER)
    arrive_other: int = _minutes(15, "After other transport", _AFTER)
    long_haul_hours: int = dataclasses.field(
        default=6,
        metadata={
            "title": "A flight is long-haul from",
            "group": _AFTER,
            "unit": "hours",
            "minimum": 1,
            "maximum": 24,
        },
    )
    venue_buffer: int = _minutes(15, "Buffer on top of the drive", _VENUES)
    """Parking, security at the gate, finding the room: added to the drive that
    :mod:`planner.checks.venue_travel` reckons from the distance."""
    earliest_start: dt.time = dataclasses.field(
        default=dt.time(7, 0),
        metadata={"title": "Earliest start", "group": _DAY, "unit": "time"},
    )
    latest_end: dt.time = dataclasses.field(
        default=dt.time(22, 0),
        metadata={"title": "Latest end", "group": _DAY, "unit": "time"},
    )
    gift_limit: int = dataclasses.field(
        default=100,
        metadata={
            "title": "Gifts worth more than this need approval",
            "group": _GIFTS,
            "unit": "amount",
            "currency": GIFT_CURRENCY,
            "minimum": 0,
            "maximum": 1_000_000,
        },
    )
    passport_months_schengen: int = _months(3, "Passport valid after leaving the Schengen area")
    """EU Visa Code (Regulation (EC) 810/2009), Art. 12: at least three months after the
    intended departure from the Member States' territory."""
    passport_months_other: int = _months(6, "Passport valid after leaving other countries")
    """China, and most countries that ask: six months beyond the stay."""
    apply_days_before_entry: int = _days(15, "Visa application before entry")
    """EU Visa Code, Art. 9: as a rule no later than 15 calendar days before the journey."""
    visa_processing_days: int = _days(15, "Consulate's time to decide")
    """EU Visa Code, Art. 23: normally 15 calendar days, up to 45 in individual cases."""
    apply_warning_days: int = _days(14, "Warn before the latest day to apply")
    invitation_lead_days: int = _days(10, "Invitation letter before the latest day to apply")
    """The consulate wants the host's letter with the application; a trade-fair organiser
    alone takes about ten working days to write one."""
    disabled_kinds: frozenset[str] = dataclasses.field(
        default=frozenset(),
        metadata={"title": "Checks turned off", "group": "Checks", "unit": "kinds"},
    )

    def __post_init__(self) -> None:
        for f in dataclasses.fields(self):
            value = getattr(self, f.name)
            if f.metadata["unit"] in _NUMBERS and not _in_range(value, f.metadata):
                raise ValueError(
                    f"{f.name} must be a whole number from {f.metadata['minimum']} to "
                    f"{f.metadata['maximum']}, not {value!r}"
                )
        if not self.earliest_start < self.latest_end:
            raise ValueError("the earliest start must come before the latest end")
        unknown = set(self.disabled_kinds) - set(KINDS)
        if unknown:
            raise ValueError(f"unknown kinds of problem: {', '.join(sorted(unknown))}")

    @property
    def enabled_kinds(self) -> tuple[str, ...]:
        """The kinds that are checked, in the order of :data:`KINDS`."""
        return tuple(kind for kind in KINDS if kind not in self.disabled_kinds)

    def is_enabled(self, kind: str) -> bool:
        return kind not in self.disabled_kinds

    def buffer_before(self, mode: str) -> dt.timedelta:
        """The time to leave between a meeting's end and a departure by ``mode``."""
        return dt.timedelta(minutes=getattr(self, f"depart_{_mode(mode)}"))

    def buffer_after(self, mode: str, duration: dt.timedelta) -> dt.timedelta:
        """The time to leave between an arrival by ``mode`` after ``duration`` and a meeting."""
        if self.is_long_haul(mode, duration):
            return dt.timedelta(minutes=self.arrive_long_haul)
        return dt.timedelta(minutes=getattr(self, f"arrive_{_mode(mode)}"))

    def is_long_haul(self, mode: str, duration: dt.timedelta) -> bool:
        return mode == "flight" and duration >= dt.timedelta(hours=self.long_haul_hours)

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> CheckSettings:
        """Settings from what :meth:`to_mapping` wrote; anything unusable takes its default."""
        values: dict[str, Any] = {}
        for f in dataclasses.fields(cls):
            if f.name not in data:
                continue
            value = _parse(data[f.name], f.metadata)
            if value is not None:
                values[f.name] = value
        start = values.get("earliest_start", cls.earliest_start)
        end = values.get("latest_end", cls.latest_end)
        if not start < end:
            values.pop("earliest_start", None)
            values.pop("latest_end", None)
        return cls(**values)

    def to_mapping(self) -> dict[str, Any]:
        """JSON values by field name: minutes, hours and amounts as numbers, times as
        ``HH:MM``."""
        result: dict[str, Any] = {}
        for f in dataclasses.fields(self):
            value = getattr(self, f.name)
            if isinstance(value, dt.time):
                result[f.name] = value.strftime("%H:%M")
            elif isinstance(value, frozenset):
                result[f.name] = [kind for kind in KINDS if kind in value]
            else:
                result[f.name] = value
        return result


def _mode(mode: str) -> str:
    """A transfer mode with a field of its own; an unknown one counts as ``other``."""
    return mode if mode in vocab.TRANSFER_MODES else "other"


def _in_range(value: Any, meta: Mapping[str, Any]) -> bool:
    return (
        isinstance(value, int)
        and not isinstance(value, bool)
        and meta["minimum"] <= value <= meta["maximum"]
    )


def _parse(value: Any, meta: Mapping[str, Any]) -> Any:
    """The field's value from a stored one, or None when it cannot be used."""
    unit = meta["unit"]
    if unit in _NUMBERS:
        return value if _in_range(value, meta) else None
    if unit == "time":
        if isinstance(value, dt.time):
            return value.replace(second=0, microsecond=0, tzinfo=None)
        if isinstance(value, str):
            try:
                parsed = dt.time.fromisoformat(value.strip())
            except ValueError:
                return None
            return parsed.replace(second=0, microsecond=0, tzinfo=None)
        return None
    if isinstance(value, (list, tuple, set, frozenset)) and all(
        isinstance(kind, str) for kind in value
    ):
        return frozenset(kind for kind in value if kind in KINDS)
    return None
