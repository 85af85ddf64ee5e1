"""Which traveller needs a visa for which destination: a bundled table of dated rules, each with
its source, that an office can override.

Visa rules change by announcement (China's unilateral visa-free entry for German ordinary
passports began on 1 December 2023 and has been extended year by year), so a rule is data with
its validity dates and the text it rests on, not code: ``resources/visa_rules/visa_rules.json``
holds the bundled rules, and ``visa_rules.json`` in the settings folder
(:func:`planner.paths.config_folder`) holds the office's. An office rule with the id of a
bundled one replaces it, ``"remove": true`` drops it, a new id adds a rule; a bad entry is
an error naming the file and the entry (``visa_rules.json: rules[2].valid_to: ...``).

A rule matches a nationality, passport kinds and a destination (a country code or
``schengen``, whose members the table lists) on the day of entry. A visa-free rule holds for
stays of at most ``max_stay_days`` calendar days, counting the days of entry and departure
(the stricter count: a stay a rule might allow by a day is reported rather than missed);
longer stays, and entries outside every dated rule, fall to the undated rule that requires
a visa.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from planner import paths
from planner.errors import PlannerError
from planner.travel_documents import PASSPORT_KINDS, SCHENGEN

FILE_NAME = "visa_rules.json"
"""The office's overrides in the settings folder, and the bundled table's name."""

_FIELDS = {
    "id",
    "nationality",
    "passports",
    "destination",
    "visa_required",
    "max_stay_days",
    "valid_from",
    "valid_to",
    "source",
    "remove",
}


@dataclass(frozen=True)
class VisaRule:
    id: str
    nationality: str
    passports: tuple[str, ...]
    destination: str
    """A country code (``CN``) or ``schengen``."""
    visa_required: bool
    source_title: str
    source_url: str
    max_stay_days: int | None = None
    """For a visa-free rule, the longest stay it covers; None: any length."""
    valid_from: dt.date | None = None
    """The first day of entry the rule holds for; None: since before the table."""
    valid_to: dt.date | None = None
    """The last day of entry it holds for; None: until changed."""
    short: tuple[tuple[str, str], ...] = ()
    """The source's short name by language (``en``, ``de``, ``zh``), for messages."""

    def cited(self, language: str) -> str:
        """The source's short name in ``language``, else in English, else its title."""
        names = dict(self.short)
        return names.get(language) or names.get("en") or self.source_title

    def holds_on(self, day: dt.date) -> bool:
        return (self.valid_from is None or self.valid_from <= day) and (
            self.valid_to is None or day <= self.valid_to
        )

    @property
    def dated(self) -> bool:
        return self.valid_from is not None or self.valid_to is not None


@dataclass(frozen=True)
class VisaRules:
    rules: tuple[VisaRule, ...]
    schengen: frozenset[str]

    def area_of(self, country: str) -> str:
        """``schengen`` for a member of the Schengen area, else the country code itself."""
        code = country.upper()
        return SCHENGEN if code in self.schengen else code


@dataclass(frozen=True)
class VisaDecision:
    """Whether a visa is needed and why: the rule that decided, or None for travel within one's
    own country or area."""

    needed: bool
    rule: VisaRule | None
    too_long: VisaRule | None = None
    """A visa-free rule that held on the day of entry but for a shorter stay."""


def needs_visa(
    nationality: str | None,
    passport_kind: str,
    area: str,
    first_day: dt.date,
    last_day: dt.date,
    *,
    rules: VisaRules | None = None,
) -> bool | None:
    """True or False by the rules; None when no rule is known (or no nationality)."""
    decision = decide(nationality, passport_kind, area, first_day, last_day, rules=rules)
    return None if decision is None else decision.needed


def decide(
    nationality: str | None,
    passport_kind: str,
    area: str,
    first_day: dt.date,
    last_day: dt.date,
    *,
    rules: VisaRules | None = None,
) -> VisaDecision | None:
    """The decision for a stay in ``area`` (a country code or ``schengen``) from ``first_day``
    to ``last_day``: a visa-free rule holding on the day of entry for the stay's length wins;
    else a rule requiring a visa; None when no rule matches."""
    if nationality is None:
        return None
    table = rules if rules is not None else load()
    own, area = table.area_of(nationality), area if area == SCHENGEN else table.area_of(area)
    if own == area:
        return VisaDecision(needed=False, rule=None)
    days = (last_day - first_day).days + 1
    matching = [
        rule
        for rule in table.rules
        if rule.nationality == nationality.upper()
        and passport_kind in rule.passports
        and rule.destination == area
        and rule.holds_on(first_day)
    ]
    free = [rule for rule in matching if not rule.visa_required]
    for rule in free:
        if rule.max_stay_days is None or days <= rule.max_stay_days:
            return VisaDecision(needed=False, rule=rule)
    required = [rule for rule in matching if rule.visa_required]
    if required:
        # A dated rule is the more specific one.
        rule = sorted(required, key=lambda r: not r.dated)[0]
        return VisaDecision(needed=True, rule=rule, too_long=free[0] if free else None)
    if free:
        return VisaDecision(needed=True, rule=free[0], too_long=free[0])
    return None


def load() -> VisaRules:
    """The bundled rules with the office's overrides merged over them."""
    return merged(bundled(), office_overrides())


@cache
def bundled() -> VisaRules:
    raw = (resources.files("resources") / "visa_rules" / FILE_NAME).read_text("utf-8")
    data = json.loads(raw)
    where = f"resources/visa_rules/{FILE_NAME}"
    schengen = frozenset(str(code).upper() for code in data["schengen"]["members"])
    rules = tuple(_rule(entry, f"{where}: rules[{i}]") for i, entry in enumerate(data["rules"]))
    return VisaRules(rules=rules, schengen=schengen)


def overrides_path() -> Path:
    return paths.config_folder() / FILE_NAME


def office_overrides() -> list[tuple[Mapping[str, Any], str]]:
    """The office's entries with where each is (``path: rules[i]``); none without a file."""
    path = overrides_path()
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return []
    except OSError as exc:
        raise PlannerError(f"{path}: cannot read the file ({exc.strerror or exc})") from None
    try:
        data = json.loads(text)
    except ValueError as exc:
        line = getattr(exc, "lineno", None)
        place = f", line {line}" if line else ""
        raise PlannerError(f"{path}{place}: not a visa rules file (JSON): {exc}") from None
    entries = data.get("rules") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise PlannerError(f'{path}: not a visa rules file (expected {{"rules": [...]}})')
    return [(entry, f"{path}: rules[{i}]") for i, entry in enumerate(entries)]


def merged(base: VisaRules, entries: Iterable[tuple[Mapping[str, Any], str]]) -> VisaRules:
    """``base`` with each entry replacing the rule of its id, removing it, or added."""
    rules = {rule.id: rule for rule in base.rules}
    for entry, where in entries:
        if not isinstance(entry, Mapping):
            raise PlannerError(f"{where}: a rule must be an object")
        ident = entry.get("id")
        if not isinstance(ident, str) or not ident.strip():
            raise PlannerError(f"{where}.id: every rule needs an id")
        if entry.get("remove") is True:
            if rules.pop(ident, None) is None:
                raise PlannerError(f"{where}.id: no rule {ident!r} to remove")
            continue
        rules[ident] = _rule(entry, where)
    return VisaRules(rules=tuple(rules.values()), schengen=base.schengen)


def _rule(entry: Mapping[str, Any], where: str) -> VisaRule:
    if not isinstance(entry, Mapping):
        raise PlannerError(f"{where}: a rule must be an object")
    unknown = sorted(set(entry) - _FIELDS)
    if unknown:
        raise PlannerError(f"{where}.{unknown[0]}: not a field of a visa rule")
    ident = _text(entry, "id", where)
    nationality = _code(entry, "nationality", where)
    destination = _text(entry, "destination", where)
    if destination.lower() == SCHENGEN:
        destination = SCHENGEN
    elif len(destination) == 2 and destination.isalpha():
        destination = destination.upper()
    else:
        raise PlannerError(
            f"{where}.destination: {destination!r} is neither a country code nor 'schengen'"
        )
    passports = entry.get("passports")
    if (
        not isinstance(passports, list)
        or not passports
        or any(kind not in PASSPORT_KINDS for kind in passports)
    ):
        raise PlannerError(f"{where}.passports: a list of {', '.join(PASSPORT_KINDS)}")
    required = entry.get("visa_required")
    if not isinstance(required, bool):
        raise PlannerError(f"{where}.visa_required: true or false")
    stay = entry.get("max_stay_days")
    if stay is not None and (isinstance(stay, bool) or not isinstance(stay, int) or stay < 1):
        raise PlannerError(f"{where}.max_stay_days: a whole number of days from 1")
    valid_from, valid_to = _date(entry, "valid_from", where), _date(entry, "valid_to", where)
    if valid_from and valid_to and valid_to < valid_from:
        raise PlannerError(f"{where}.valid_to: {valid_to} is before valid_from {valid_from}")
    source = entry.get("source")
    if not isinstance(source, Mapping):
        raise PlannerError(f"{where}.source: an object with a title and a url")
    return VisaRule(
        id=ident,
        nationality=nationality,
        passports=tuple(passports),
        destination=destination,
        visa_required=required,
        source_title=_text(source, "title", f"{where}.source"),
        source_url=_text(source, "url", f"{where}.source"),
        max_stay_days=stay,
        valid_from=valid_from,
        valid_to=valid_to,
        short=_short(source, f"{where}.source"),
    )


def _short(source: Mapping[str, Any], where: str) -> tuple[tuple[str, str], ...]:
    value = source.get("short", {})
    if isinstance(value, str):
        value = {"en": value}
    if not isinstance(value, Mapping) or not all(
        isinstance(k, str) and isinstance(v, str) and v.strip() for k, v in value.items()
    ):
        raise PlannerError(f"{where}.short: a text, or texts by language (en, de, zh)")
    return tuple((k, v.strip()) for k, v in value.items())


def _text(entry: Mapping[str, Any], key: str, where: str) -> str:
    value = entry.get(key)
    if not isinstance(value, str) or not value.strip():
        raise PlannerError(f"{where}.{key}: a text is required")
    return value.strip()


def _code(entry: Mapping[str, Any], key: str, where: str) -> str:
    value = _text(entry, key, where)
    if len(value) != 2 or not value.isalpha():
        raise PlannerError(f"{where}.{key}: {value!r} is not a country code (ISO 3166-1)")
    return value.upper()


def _date(entry: Mapping[str, Any], key: str, where: str) -> dt.date | None:
    value = entry.get(key)
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise PlannerError(f"{where}.{key}: {value!r} is not a date (YYYY-MM-DD)") from None
