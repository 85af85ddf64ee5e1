"""Every sentence the checks write, in English by key, and the words that go in them.

A key names an English template with named placeholders (``{title}``, ``{when}``), the message
id of its German and Chinese translations in the core's gettext catalogs (:mod:`planner.i18n`).
The checks never build a sentence themselves: they ask :class:`Words` of the chosen language
for the pieces (a time, a list of names, a duration) and for the template.

Times read as an officer expects them in the language: ``Tue 18 Jun 10:30 (Europe/Berlin)``,
``Di., 18. Juni, 10:30 (Mitteleuropäische Sommerzeit)``, ``6月18日 周二 10:30（中欧夏令时间）``
(zones by CLDR's names, :func:`planner.i18n.zone_name`); the names of
days and months are CLDR's (through Babel), as in the briefing pack. Country and
region names come from pycountry's catalogues, holiday names from the ``holidays`` package
(in the language where it has them, else in English).
"""

from __future__ import annotations

import datetime as dt
import gettext
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from typing import Any

import pycountry

from planner import i18n, localtime, queries
from planner.checks.facts import TransferFact
from planner.i18n import N_, NN_, NP_

ENGLISH, GERMAN, CHINESE = "en", "de", "zh"

MESSAGES: dict[str, str] = {
    # Pieces. {clock}: ``10:30`` (with the offset in a repeated hour).
    # Translators: a date format picks the fields its language writes: {wd}/{weekday} (the
    # short/long weekday), {day}, {mon}/{month} (the short/long month), {m} (the month's number).
    "day": NP_("date format: weekday, day, month", "{wd} {day} {mon}"),
    "day_clock": N_("{day} {clock}"),
    "when": N_("{day} {clock} ({zone})"),
    "quoted": N_("'{title}'"),
    "names.sep": NP_("separator of names", ", "),
    "names.last": N_("{names} and {last}"),
    "list.sep": NP_("separator of a list", ", "),
    "duration.minutes": N_("{sign}{minutes} min"),
    "duration.hours": N_("{sign}{hours} h"),
    "duration.hours_minutes": N_("{sign}{hours} h {minutes} min"),
    "region": N_("{name} ({code})"),
    # overlap
    # language
    "language": N_(
        "The attendees of {title} on {when} share no language and no interpreter "
        "attends: {speakers}"
    ),
    "language.unbridged": N_(
        "The attendees of {title} on {when} share no language, and no interpreter there "
        "speaks a language of each: {speakers}"
    ),
    "language.speaker": N_("{name} ({languages})"),
    "language.speaker_sep": N_("; "),
    # outside-stop
    "outside_stop.both": N_(
        "{title} ({start} to {end}) is longer than the stay in {city} "
        "(arriving {arrive}, leaving {depart})"
    ),
    "outside_stop.early": N_(
        "{title} starts {start}, before the delegation arrives in {city} ({arrive})"
    ),
    "outside_stop.late": N_("{title} ends {end}, after the delegation leaves {city} ({depart})"),
    # lodging
    # night-hours; {where} is empty or one of the night.where keys
    "night.where.city": N_(" in {city}"),
    "night.where.branch": N_(" at the branch venue in {city}"),
    "night.both": N_(
        "{title} runs from {start} to {end}{where}, outside {earliest}–{latest} local time"
    ),
    "night.early": N_("{title} starts {start}{where}, before {earliest} local time"),
    "night.late": N_("{title} ends {end}{where}, after {latest} local time"),
    # public-holiday and weekend
    "days_off.where.city": N_("in {city}"),
    "days_off.where.branch": N_("at the branch venue in {city}"),
    "days_off.holiday": N_(
        "{title} {where} falls on {holiday}, a public holiday in {region}, on {when}"
    ),
    # a holiday whose name the holidays package has only in English (never used in English)
    "days_off.holiday_unnamed": N_(
        "{title} {where} falls on a public holiday in {region}, on {when}"
    ),
    "days_off.weekend": N_("{title} {where} is on a {weekday}, {when}"),
    # transfer-buffer; {departs}/{arrives} are one of the relative keys
    "relative.clock": N_("at {clock}"),
    "relative.when": N_("{when}"),
    "span": N_("{start} to {end}"),
    "transfer.during": N_(
        "{title} ({span}) falls while the delegation travels on {transfer}, "
        "which departs {depart} and arrives {arrive}"
    ),
    "transfer.before": N_(
        "{title} ends {end}, only {gap} before {transfer} departs {departs}; "
        "allow {need} before {mode}"
    ),
    "transfer.after": N_(
        "{title} starts {start}, only {gap} after {transfer} arrives {arrives}; "
        "allow {need} after {mode}"
    ),
    # venue-travel; {km} is a whole number of kilometres, {need} a duration
    "venue_travel.meeting": N_(
        "{title} starts {start} in {city}, only {gap} after {previous} ends in {origin}; "
        "the {km} km between them need about {need}"
    ),
    "venue_travel.arrival": N_(
        "{title} starts {start} in {city}, only {gap} after {transfer} arrives in {origin}; "
        "the {km} km between them need about {need}"
    ),
    "venue_travel.departure": N_(
        "{transfer} departs {depart} from {city}, only {gap} after {title} ends in {origin}; "
        "the {km} km between them need about {need}"
    ),
    "mode.flight": N_("a flight"),
    "mode.train": N_("a train"),
    "mode.car": N_("a car"),
    "mode.bus": N_("a bus"),
    "mode.ferry": N_("a ferry"),
    "mode.other": N_("a {mode}"),
    "mode.long_haul": N_("a long-haul flight"),
    # a transfer's name ("Flight EX 123 Shenzhen → Frankfurt am Main"): the calendar's words
    "vehicle.flight": NP_("mode", "Flight"),
    "vehicle.train": NP_("mode", "Train"),
    "vehicle.car": NP_("mode", "Car"),
    "vehicle.bus": NP_("mode", "Bus"),
    "vehicle.ferry": NP_("mode", "Ferry"),
    "vehicle.other": NP_("mode", "Other"),
    # travel-gap
    "travel_gap.backwards": N_("{transfer} arrives {arrive}, before it departs {depart}"),
    "travel_gap.missing": N_("No transfer from {here} to {there}"),
    "travel_gap.missing_times": N_("No transfer from {here} to {there} ({times})"),
    "travel_gap.leaving": N_("leaving {city} {when}"),
    "travel_gap.arriving": N_("arriving in {city} {when}"),
    # zone; {country} is the country's name, {zones} a list of IANA zone names
    "zone": N_("The stop {city} is in {zone}, a zone no place in {country} uses"),
    # a zone for the reader, with the identifier to enter (never used in English)
    "zone.named": N_("{name} ({zone})"),
    "zone.suggest": N_(
        "The stop {city} is in {zone}, a zone no place in {country} uses; did you mean {zones}?"
    ),
    # gift-value; {direction} is one of the gift.given/received keys
    "money": N_("{value} {currency}"),
    "gift.given": N_("given to {party}"),
    "gift.given_nobody": N_("given"),
    "gift.received": N_("received from {party}"),
    "gift.received_nobody": N_("received"),
    "gift.over": N_(
        "The gift {gift}, {direction} at {title} on {when}, is worth {value}, more "
        "than the limit of {limit}: it needs approval"
    ),
    "gift.other_currency": N_(
        "The gift {gift}, {direction} at {title} on {when}, is worth "
        "{value}: more than {limit} in number, and amounts in {currency} are not converted, so "
        "check whether it needs approval"
    ),
    # declined: a person's decline of an invitation; {agreement} is the agreement's title
    "declined.signatory": N_("{name} declined {title} on {when}, but is to sign {agreement} there"),
    "declined.signatory_role": N_("{name} declined {title} on {when}, but is to sign there"),
    "declined.head_delegation": N_("{name}, head of the delegation, declined {title} on {when}"),
    "declined.head_host": N_("{name}, head of the host side, declined {title} on {when}"),
    # Dates with their year, the briefing pack's formats (see planner/briefing/labels.py).
    "date.medium": NP_("date format: medium", "{day} {month} {year}"),
    "range.same_month": NP_("date format: range within a month", "{d1}–{d2} {month2} {y2}"),
    "range.same_year": NP_(
        "date format: range within a year", "{d1} {month1} – {d2} {month2} {y2}"
    ),
    "range.other_year": NP_(
        "date format: range across years", "{d1} {month1} {y1} – {d2} {month2} {y2}"
    ),
    # passport, visa, invitation: {area} is a country's name or area.schengen; {span} a range
    # of days; {source} the short name of the rule a visa decision rests on
    "area.schengen": N_("the Schengen area"),
    "passport_kind.ordinary": N_("ordinary passport"),
    "passport_kind.service": N_("service passport"),
    "passport_kind.diplomatic": N_("diplomatic passport"),
    "documents.unreadable": N_(
        "The travel documents of {name} cannot be read on this computer (its key does not open "
        "them), so they are not checked"
    ),
    "passport.missing": N_("{name} travels abroad ({areas}, {span}), but no passport is recorded"),
    "visa.missing": N_(
        "{name} needs a visa for {area} ({span}) under {source}, but none is recorded"
    ),
    "visa.too_long": N_(
        "{name} stays {days} days in {area} ({span}), longer than the {limit} days visa-free "
        "under {source}: a visa is needed, but none is recorded"
    ),
    "visa.uncovered": N_(
        "{name}'s visa for {area} does not cover every day of the stay ({span}): {days}"
    ),
    "visa.no_rule": N_(
        "No visa rule is known for {name} ({nationality}, {kind}) in {area}: ask the consulate "
        "whether a visa is needed"
    ),
    "visa.no_nationality": N_(
        "The nationality of {name} is not recorded, so whether a visa is needed for {area} "
        "cannot be told"
    ),
    "visa.apply_late": N_(
        "The latest day for {name} to apply for the visa for {area} was {latest}: {before} days "
        "before entry on {entry} and {processing} days for the decision"
    ),
    "invitation.late": N_(
        "The invitation letter for {names} had to be issued by {due}, {lead} days before the "
        "latest day to apply ({latest}), and is not issued yet"
    ),
    "invitation.soon": N_(
        "The invitation letter for {names} must be issued by {due}, {lead} days before the "
        "latest day to apply ({latest})"
    ),
    "invitation.issued_late": N_(
        "The invitation letter for {names} was issued on {issued}, after {due} ({lead} days "
        "before the latest day to apply, {latest})"
    ),
}
"""The English template of each message by key, marked for extraction."""

PLURALS: dict[str, tuple[str, str]] = {
    # {names}: one person or several (by the number of people)
    "overlap": NN_(
        "{names} is in {first} and {second} at once on {when}, for {duration}",
        "{names} are in {first} and {second} at once on {when}, for {duration}",
    ),
    "lodging": NN_(
        "No lodging in {city} for {nights} night (arriving {arrive}, leaving {depart})",
        "No lodging in {city} for {nights} nights (arriving {arrive}, leaving {depart})",
    ),
    # {months}: the months a passport must be valid after leaving {area} on {left}
    "passport.expires": NN_(
        "{name}'s passport expires on {expires}; for {area} it must be valid until {needed}, "
        "{months} month after leaving on {left}",
        "{name}'s passport expires on {expires}; for {area} it must be valid until {needed}, "
        "{months} months after leaving on {left}",
    ),
    # {allowed}: the entries the visa allows; {needed} the entries the itinerary makes
    "visa.entries": NN_(
        "{name}'s visa for {area} allows {allowed} entry, but the itinerary enters {needed} times",
        "{name}'s visa for {area} allows {allowed} entries, but the itinerary enters {needed} "
        "times",
    ),
    # {left}: days from today to the latest day to apply, {latest}
    "visa.apply_soon": NN_(
        "{name} must apply for the visa for {area} by {latest}, in {left} day: {before} days "
        "before entry on {entry} and {processing} days for the decision",
        "{name} must apply for the visa for {area} by {latest}, in {left} days: {before} days "
        "before entry on {entry} and {processing} days for the decision",
    ),
}
"""The messages with a singular and a plural in English, by key."""

LANGUAGES = i18n.LANGUAGES

_GETTEXT = {GERMAN: "de", CHINESE: "zh_CN"}
"""The locale of each language in pycountry's catalogues."""
HOLIDAY_LANGUAGES = {ENGLISH: "en_US", GERMAN: "de", CHINESE: "zh_CN"}
"""The language code of each language in the ``holidays`` package."""


language_code = i18n.language_code


@dataclass(frozen=True)
class Words:
    """The templates and the ways of writing times, names and durations of one language."""

    language: str = ENGLISH

    def text(self, key: str, **values: object) -> str:
        return i18n.translate(self.language, MESSAGES[key]).format(**values)

    def plural(self, key: str, count: int, **values: object) -> str:
        """The message ``key`` of :data:`PLURALS` in the form for ``count``."""
        return i18n.ntranslate(self.language, PLURALS[key], count).format(**values)

    def when(self, instant: dt.datetime, zone: str) -> str:
        """The local day and time with the zone: ``Tue 18 Jun 10:30 (Europe/Berlin)``; German
        and Chinese name the zone as CLDR does (``6月18日 周二 10:30（中欧夏令时间）``)."""
        named = i18n.zone_name(self.language, zone, localtime.local(instant, zone))
        day = self.day(instant, zone)
        return self.text("when", day=day, clock=clock(instant, zone), zone=named)

    def day(self, instant: dt.datetime, zone: str) -> str:
        """The local day of ``instant`` in ``zone``: ``Tue 18 Jun``."""
        return self.date(localtime.local(instant, zone).date())

    def day_clock(self, instant: dt.datetime, zone: str) -> str:
        """The local day and time without the zone: ``Tue 18 Jun 10:30``."""
        return self.text("day_clock", day=self.day(instant, zone), clock=clock(instant, zone))

    def date(self, value: dt.date) -> str:
        return self.text("day", **i18n.date_fields(self.language, value))

    def full_date(self, value: dt.date) -> str:
        """``9 March 2026``, ``9. März 2026``, ``2026年3月9日``."""
        return self.text("date.medium", **i18n.date_fields(self.language, value))

    def date_range(self, first: dt.date, last: dt.date) -> str:
        """``2–9 March 2026``, ``2.–9. März 2026``, ``2026年3月2日至9日``."""
        if first == last:
            return self.full_date(first)
        kind, values = i18n.range_fields(self.language, first, last)
        return self.text(f"range.{kind}", **values)

    def area(self, area: str) -> str:
        """A visa area: ``the Schengen area``, ``Schengen-Raum``, ``申根区``; else the
        country's name."""
        return self.text("area.schengen") if area == "schengen" else self.country(area)

    def weekday(self, value: dt.date) -> str:
        return i18n.day_names(self.language)[value.weekday()]

    def quoted(self, title: str) -> str:
        return self.text("quoted", title=title)

    def names(self, people: Iterable[str]) -> str:
        """``A``, ``A and B``, ``A, B and C`` (``A、B和C``)."""
        items = list(people)
        if len(items) <= 1:
            return "".join(items)
        return self.text(
            "names.last", names=self.text("names.sep").join(items[:-1]), last=items[-1]
        )

    def join(self, items: Iterable[str]) -> str:
        return self.text("list.sep").join(items)

    def language_name(self, code: str) -> str:
        """``Chinesisch``, ``中文`` for ``zh``; English keeps the code (``zh``)."""
        return i18n.language_name(self.language, code)

    def zone_named(self, zone: str, instant: dt.datetime | None) -> str:
        """A zone a stop is entered in, as a reader knows it and as the form takes it:
        ``北京时间（Asia/Shanghai）``; English, the identifier alone (``Asia/Shanghai``)."""
        local = localtime.local(instant or _ZONE_DAY, zone)
        named = i18n.zone_name(self.language, zone, local)
        return zone if named == zone else self.text("zone.named", name=named, zone=zone)

    def transfer(self, transfer: TransferFact) -> str:
        """A transfer as the itinerary names it, its mode in the language: ``Flight EX 123
        Shenzhen → Frankfurt am Main``, ``航班 EX 123 Shenzhen → Frankfurt am Main``."""
        if self.language == ENGLISH or not transfer.origin:
            return transfer.title
        key = f"vehicle.{transfer.mode}"
        word = self.text(key if key in MESSAGES else "vehicle.other")
        return queries.transfer_label(
            transfer.mode,
            transfer.carrier,
            transfer.number,
            transfer.origin,
            transfer.destination,
            mode_word=word,
        )

    def duration(self, span: dt.timedelta) -> str:
        """``45 min``, ``2 h``, ``1 h 30 min``, ``-15 min`` (whole minutes)."""
        minutes = round(span.total_seconds() / 60)
        sign, minutes = ("-" if minutes < 0 else ""), abs(minutes)
        hours, rest = divmod(minutes, 60)
        if not hours:
            return self.text("duration.minutes", sign=sign, minutes=rest)
        if not rest:
            return self.text("duration.hours", sign=sign, hours=hours)
        return self.text("duration.hours_minutes", sign=sign, hours=hours, minutes=rest)

    def money(self, value: Decimal | int, currency: str) -> str:
        """``1250.50 EUR``; ``1.250,50 EUR``; ``1,250.50 欧元`` (:func:`i18n.money_parts`)."""
        text, name = i18n.money_parts(self.language, value, currency)
        return self.text("money", value=text, currency=name)

    def mode(self, mode: str, *, long_haul: bool = False) -> str:
        """``a flight``, ``einem Flug``, ``乘机``: travel by ``mode`` after "before"/"after"."""
        if long_haul:
            return self.text("mode.long_haul")
        if f"mode.{mode}" in MESSAGES and mode != "other":
            return self.text(f"mode.{mode}")
        return self.text("mode.other", mode=mode)

    def country(self, code: str) -> str:
        """The country's name (pycountry's) in the language; the code when it is unknown."""
        countries: Any = pycountry.countries
        found = countries.get(alpha_2=code)
        if found is None:
            return code
        return self._translated("iso3166-1", str(found.name))

    def region(self, country: str, region: str) -> str:
        """``Bayern (DE-BY)``; the code alone when pycountry does not know it."""
        code = region.upper() if "-" in region else f"{country}-{region.upper()}"
        subdivisions: Any = pycountry.subdivisions
        found = subdivisions.get(code=code)
        if found is None:
            return code
        return self.text("region", name=self._translated("iso3166-2", str(found.name)), code=code)

    def _translated(self, domain: str, name: str) -> str:
        locale = _GETTEXT.get(self.language)
        if locale is None:
            return name
        return _catalogue(domain, locale).gettext(name).split(";")[0].strip() or name


@cache
def words(language: str | None = ENGLISH) -> Words:
    """The :class:`Words` of a language (see :func:`language_code`)."""
    return Words(language_code(language))


def clock(instant: dt.datetime, zone: str) -> str:
    """``10:30``, or ``02:30+01:00`` in an hour that a clock change repeats."""
    loc = localtime.local(instant, zone)
    text = loc.strftime("%H:%M")
    if loc.replace(fold=1 - loc.fold).utcoffset() != loc.utcoffset():
        text += localtime.format_offset(loc.utcoffset())
    return text


@cache
def _catalogue(domain: str, locale: str) -> gettext.NullTranslations:
    return gettext.translation(domain, pycountry.LOCALES_DIR, [locale], fallback=True)


_ZONE_DAY = dt.datetime(2024, 1, 15, tzinfo=dt.UTC)
"""The day a zone is named on when its stop has no time (winter: the standard time)."""

ENGLISH_WORDS = Words()
"""The English :class:`Words`, the checks' default."""
