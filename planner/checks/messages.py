"""Every sentence the checks write, in one table per language, and the words that go in them.

A table maps a key to a template with named placeholders (``{title}``, ``{when}``); every
language has the same keys and the same placeholders (a test holds them to it), and English is
the source. The checks never build a sentence themselves: they ask :class:`Words` of the
chosen language for the pieces (a time, a list of names, a duration) and for the template.

Times read as an officer expects them in the language: ``Tue 18 Jun 10:30 (Europe/Berlin)``,
``Di., 18. Juni, 10:30 (Europe/Berlin)``, ``6月18日 周二 10:30（Europe/Berlin）``; the names of
days and months are :mod:`planner.day_names`'s, shared with the briefing pack. Country and
region names come from pycountry's catalogues, holiday names from the ``holidays`` package
(in the language where it has them, else in English).
"""

from __future__ import annotations

import datetime as dt
import gettext
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from typing import Any

import pycountry

from planner import day_names, localtime

ENGLISH, GERMAN, CHINESE = "en", "de", "zh"

_EN: dict[str, str] = {
    # Pieces. {wd}/{weekday}: the short/long weekday; {day}; {mon}/{month}: the short/long
    # month; {m}: the month's number; {clock}: ``10:30`` (with the offset in a repeated hour).
    "day": "{wd} {day} {mon}",
    "day_clock": "{day} {clock}",
    "when": "{day} {clock} ({zone})",
    "quoted": "'{title}'",
    "names.sep": ", ",
    "names.last": "{names} and {last}",
    "list.sep": ", ",
    "duration.minutes": "{sign}{minutes} min",
    "duration.hours": "{sign}{hours} h",
    "duration.hours_minutes": "{sign}{hours} h {minutes} min",
    "region": "{name} ({code})",
    # overlap
    "overlap.one": "{names} is in {first} and {second} at once on {when}, for {duration}",
    "overlap.many": "{names} are in {first} and {second} at once on {when}, for {duration}",
    # language
    "language": "The attendees of {title} on {when} share no language and no interpreter "
    "attends: {speakers}",
    "language.unbridged": "The attendees of {title} on {when} share no language, and no "
    "interpreter there speaks a language of each: {speakers}",
    "language.speaker": "{name} ({languages})",
    "language.speaker_sep": "; ",
    # outside-stop
    "outside_stop.both": "{title} ({start} to {end}) is longer than the stay in {city} "
    "(arriving {arrive}, leaving {depart})",
    "outside_stop.early": "{title} starts {start}, before the delegation arrives in {city} "
    "({arrive})",
    "outside_stop.late": "{title} ends {end}, after the delegation leaves {city} ({depart})",
    # lodging
    "lodging.one": "No lodging in {city} for {nights} night (arriving {arrive}, leaving {depart})",
    "lodging.many": "No lodging in {city} for {nights} nights (arriving {arrive}, leaving "
    "{depart})",
    # night-hours; {where} is empty or one of the night.where keys
    "night.where.city": " in {city}",
    "night.where.branch": " at the branch venue in {city}",
    "night.both": "{title} runs from {start} to {end}{where}, outside {earliest}–{latest} "
    "local time",
    "night.early": "{title} starts {start}{where}, before {earliest} local time",
    "night.late": "{title} ends {end}{where}, after {latest} local time",
    # public-holiday and weekend
    "days_off.where.city": "in {city}",
    "days_off.where.branch": "at the branch venue in {city}",
    "days_off.holiday": "{title} {where} falls on {holiday}, a public holiday in {region}, "
    "on {when}",
    "days_off.weekend": "{title} {where} is on a {weekday}, {when}",
    # transfer-buffer; {departs}/{arrives} are one of the relative keys
    "relative.clock": "at {clock}",
    "relative.when": "{when}",
    "span": "{start} to {end}",
    "transfer.during": "{title} ({span}) falls while the delegation travels on {transfer}, "
    "which departs {depart} and arrives {arrive}",
    "transfer.before": "{title} ends {end}, only {gap} before {transfer} departs {departs}; "
    "allow {need} before {mode}",
    "transfer.after": "{title} starts {start}, only {gap} after {transfer} arrives {arrives}; "
    "allow {need} after {mode}",
    "mode.flight": "a flight",
    "mode.train": "a train",
    "mode.car": "a car",
    "mode.bus": "a bus",
    "mode.ferry": "a ferry",
    "mode.other": "a {mode}",
    "mode.long_haul": "a long-haul flight",
    # travel-gap
    "travel_gap.backwards": "{transfer} arrives {arrive}, before it departs {depart}",
    "travel_gap.missing": "No transfer from {here} to {there}",
    "travel_gap.missing_times": "No transfer from {here} to {there} ({times})",
    "travel_gap.leaving": "leaving {city} {when}",
    "travel_gap.arriving": "arriving in {city} {when}",
    # gift-value; {direction} is one of the gift.given/received keys
    "money": "{value} {currency}",
    "decimal_sep": ".",
    "gift.given": "given to {party}",
    "gift.given_nobody": "given",
    "gift.received": "received from {party}",
    "gift.received_nobody": "received",
    "gift.over": "The gift {gift}, {direction} at {title} on {when}, is worth {value}, more "
    "than the limit of {limit}: it needs approval",
    "gift.other_currency": "The gift {gift}, {direction} at {title} on {when}, is worth "
    "{value}: more than {limit} in number, and amounts in {currency} are not converted, so "
    "check whether it needs approval",
}

_DE: dict[str, str] = {
    "day": "{wd}, {day}. {month}",
    "day_clock": "{day}, {clock}",
    "when": "{day}, {clock} ({zone})",
    "quoted": "„{title}“",
    "names.sep": ", ",
    "names.last": "{names} und {last}",
    "list.sep": ", ",
    "duration.minutes": "{sign}{minutes} Min.",
    "duration.hours": "{sign}{hours} Std.",
    "duration.hours_minutes": "{sign}{hours} Std. {minutes} Min.",
    "region": "{name} ({code})",
    "overlap.one": "{names} ist am {when} gleichzeitig für {first} und {second} eingeplant "
    "(Überschneidung: {duration})",
    "overlap.many": "{names} sind am {when} gleichzeitig für {first} und {second} eingeplant "
    "(Überschneidung: {duration})",
    "language": "Die Teilnehmenden an {title} am {when} haben keine gemeinsame Sprache, und "
    "es ist kein Dolmetscher eingeplant: {speakers}",
    "language.unbridged": "Die Teilnehmenden an {title} am {when} haben keine gemeinsame "
    "Sprache, und kein anwesender Dolmetscher spricht eine Sprache jeder Seite: {speakers}",
    "language.speaker": "{name} ({languages})",
    "language.speaker_sep": "; ",
    "outside_stop.both": "{title} ({start} bis {end}) dauert länger als der Aufenthalt in "
    "{city} (Ankunft {arrive}, Abreise {depart})",
    "outside_stop.early": "{title} beginnt am {start}, vor der Ankunft der Delegation in "
    "{city} ({arrive})",
    "outside_stop.late": "{title} endet am {end}, nach der Abreise der Delegation aus {city} "
    "({depart})",
    "lodging.one": "Keine Unterkunft in {city} für {nights} Nacht (Ankunft {arrive}, "
    "Abreise {depart})",
    "lodging.many": "Keine Unterkunft in {city} für {nights} Nächte (Ankunft {arrive}, "
    "Abreise {depart})",
    "night.where.city": " in {city}",
    "night.where.branch": " am zugeschalteten Standort in {city}",
    "night.both": "{title} dauert von {start} bis {end}{where}, außerhalb von "
    "{earliest}–{latest} Uhr Ortszeit",
    "night.early": "{title} beginnt am {start}{where}, vor {earliest} Uhr Ortszeit",
    "night.late": "{title} endet am {end}{where}, nach {latest} Uhr Ortszeit",
    "days_off.where.city": "in {city}",
    "days_off.where.branch": "am zugeschalteten Standort in {city}",
    "days_off.holiday": "{title} {where} am {when}: gesetzlicher Feiertag in {region} ({holiday})",
    "days_off.weekend": "{title} {where} findet an einem {weekday} statt: {when}",
    "relative.clock": "um {clock}",
    "relative.when": "am {when}",
    "span": "{start} bis {end}",
    "transfer.during": "{title} ({span}) fällt in die Reise der Delegation mit {transfer} "
    "(ab {depart}, an {arrive})",
    "transfer.before": "{title} endet am {end}, nur {gap} vor der Abreise mit {transfer} "
    "{departs}; vor {mode} sind {need} einzuplanen",
    "transfer.after": "{title} beginnt am {start}, nur {gap} nach der Ankunft mit {transfer} "
    "{arrives}; nach {mode} sind {need} einzuplanen",
    "mode.flight": "einem Flug",
    "mode.train": "einer Bahnfahrt",
    "mode.car": "einer Autofahrt",
    "mode.bus": "einer Busfahrt",
    "mode.ferry": "einer Fährfahrt",
    "mode.other": "einer Reise ({mode})",
    "mode.long_haul": "einem Langstreckenflug",
    "travel_gap.backwards": "{transfer} kommt laut Plan an ({arrive}), bevor es abgeht ({depart})",
    "travel_gap.missing": "Keine Reiseverbindung von {here} nach {there}",
    "travel_gap.missing_times": "Keine Reiseverbindung von {here} nach {there} ({times})",
    "travel_gap.leaving": "Abreise aus {city} am {when}",
    "travel_gap.arriving": "Ankunft in {city} am {when}",
    "money": "{value} {currency}",
    "decimal_sep": ",",
    "gift.given": "überreicht an {party}",
    "gift.given_nobody": "überreicht",
    "gift.received": "erhalten von {party}",
    "gift.received_nobody": "erhalten",
    "gift.over": "Das Geschenk {gift}, {direction} bei {title} am {when}, hat einen Wert von "
    "{value} und liegt über der Grenze von {limit}: Es ist genehmigungspflichtig",
    "gift.other_currency": "Das Geschenk {gift}, {direction} bei {title} am {when}, hat einen "
    "Wert von {value}: zahlenmäßig mehr als {limit}, und Beträge in {currency} werden nicht "
    "umgerechnet; bitte prüfen, ob es genehmigungspflichtig ist",
}

_ZH: dict[str, str] = {
    "day": "{m}月{day}日 {wd}",
    "day_clock": "{day} {clock}",
    "when": "{day} {clock}（{zone}）",
    "quoted": "“{title}”",
    "names.sep": "、",
    "names.last": "{names}和{last}",
    "list.sep": "，",
    "duration.minutes": "{sign}{minutes}分钟",
    "duration.hours": "{sign}{hours}小时",
    "duration.hours_minutes": "{sign}{hours}小时{minutes}分钟",
    "region": "{name}（{code}）",
    "overlap.one": "{names}的日程冲突：{first}与{second}同时进行，自{when}起重叠{duration}",
    "overlap.many": "{names}的日程冲突：{first}与{second}同时进行，自{when}起重叠{duration}",
    "language": "{title}（{when}）的与会人员没有共同语言，且未安排翻译：{speakers}",
    "language.unbridged": "{title}（{when}）的与会人员没有共同语言，"
    "在场翻译也不能沟通各方：{speakers}",
    "language.speaker": "{name}（{languages}）",
    "language.speaker_sep": "；",
    "outside_stop.both": "{title}（{start}至{end}）超出代表团在{city}的停留时间"
    "（{arrive}抵达，{depart}离开）",
    "outside_stop.early": "{title}于{start}开始，早于代表团抵达{city}的时间（{arrive}）",
    "outside_stop.late": "{title}于{end}结束，晚于代表团离开{city}的时间（{depart}）",
    "lodging.one": "{city}尚未安排住宿，需住{nights}晚（{arrive}抵达，{depart}离开）",
    "lodging.many": "{city}尚未安排住宿，需住{nights}晚（{arrive}抵达，{depart}离开）",
    "night.where.city": "（{city}）",
    "night.where.branch": "（{city}分会场）",
    "night.both": "{title}{where}时间为{start}至{end}，超出当地时间{earliest}–{latest}",
    "night.early": "{title}{where}于{start}开始，早于当地时间{earliest}",
    "night.late": "{title}{where}于{end}结束，晚于当地时间{latest}",
    "days_off.where.city": "{city}",
    "days_off.where.branch": "{city}分会场",
    "days_off.holiday": "{where}的{title}于{when}举行，当天是{region}的法定节假日：{holiday}",
    "days_off.weekend": "{where}的{title}于{when}举行，当天是{weekday}",
    "relative.clock": "{clock}",
    "relative.when": "{when}",
    "span": "{start}至{end}",
    "transfer.during": "{title}（{span}）与代表团乘坐{transfer}的行程时间冲突"
    "（{depart}出发，{arrive}到达）",
    "transfer.before": "{title}于{end}结束，距{transfer}出发（{departs}）仅{gap}；"
    "{mode}前应预留{need}",
    "transfer.after": "{title}于{start}开始，距{transfer}到达（{arrives}）仅{gap}；"
    "{mode}后应预留{need}",
    "mode.flight": "乘机",
    "mode.train": "乘火车",
    "mode.car": "乘车",
    "mode.bus": "乘大巴",
    "mode.ferry": "乘船",
    "mode.other": "出行（{mode}）",
    "mode.long_haul": "长途飞行",
    "travel_gap.backwards": "{transfer}的到达时间（{arrive}）早于出发时间（{depart}）",
    "travel_gap.missing": "{here}至{there}之间没有安排交通",
    "travel_gap.missing_times": "{here}至{there}之间没有安排交通（{times}）",
    "travel_gap.leaving": "{when}离开{city}",
    "travel_gap.arriving": "{when}抵达{city}",
    "money": "{value} {currency}",
    "decimal_sep": ".",
    "gift.given": "赠送给{party}",
    "gift.given_nobody": "赠送",
    "gift.received": "收到{party}赠送",
    "gift.received_nobody": "收到",
    "gift.over": "{title}（{when}）上{direction}的礼品{gift}价值{value}，超过{limit}的限额，需报批",
    "gift.other_currency": "{title}（{when}）上{direction}的礼品{gift}价值{value}，"
    "数额超过{limit}；{currency}金额未作换算，请核实是否需报批",
}

MESSAGES: Mapping[str, Mapping[str, str]] = {ENGLISH: _EN, GERMAN: _DE, CHINESE: _ZH}
"""The templates of each language by key; every language has every key of English."""

LANGUAGES = tuple(MESSAGES)

_GETTEXT = {GERMAN: "de", CHINESE: "zh_CN"}
"""The locale of each language in pycountry's catalogues."""
HOLIDAY_LANGUAGES = {ENGLISH: "en_US", GERMAN: "de", CHINESE: "zh_CN"}
"""The language code of each language in the ``holidays`` package."""


def language_code(language: str | None) -> str:
    """``en``, ``de`` or ``zh`` for a language a caller names (``zh_CN``, ``zh-CN``, ``de_AT``);
    English for one the checks do not speak."""
    key = (language or "").strip().replace("-", "_").lower()
    base = key.split("_", 1)[0]
    return base if base in MESSAGES else ENGLISH


@dataclass(frozen=True)
class Words:
    """The templates and the ways of writing times, names and durations of one language."""

    language: str = ENGLISH

    def text(self, key: str, **values: object) -> str:
        own = MESSAGES[self.language]
        return (own[key] if key in own else _EN[key]).format(**values)

    def when(self, instant: dt.datetime, zone: str) -> str:
        """The local day and time with the zone: ``Tue 18 Jun 10:30 (Europe/Berlin)``."""
        return self.text("when", day=self.day(instant, zone), clock=clock(instant, zone), zone=zone)

    def day(self, instant: dt.datetime, zone: str) -> str:
        """The local day of ``instant`` in ``zone``: ``Tue 18 Jun``."""
        return self.date(localtime.local(instant, zone).date())

    def day_clock(self, instant: dt.datetime, zone: str) -> str:
        """The local day and time without the zone: ``Tue 18 Jun 10:30``."""
        return self.text("day_clock", day=self.day(instant, zone), clock=clock(instant, zone))

    def date(self, value: dt.date) -> str:
        names = day_names.NAMES[self.language]
        return self.text(
            "day",
            wd=names.short_days[value.weekday()],
            weekday=names.days[value.weekday()],
            day=value.day,
            mon=names.short_months[value.month - 1],
            month=names.months[value.month - 1],
            m=value.month,
        )

    def weekday(self, value: dt.date) -> str:
        return day_names.NAMES[self.language].days[value.weekday()]

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
        """``160 EUR``, ``60.50 EUR``, ``60,50 EUR``: cents only where there are some."""
        amount = Decimal(value)
        text = f"{amount:.0f}" if amount == amount.to_integral_value() else f"{amount:.2f}"
        text = text.replace(".", self.text("decimal_sep"))
        return self.text("money", value=text, currency=currency)

    def mode(self, mode: str, *, long_haul: bool = False) -> str:
        """``a flight``, ``einem Flug``, ``乘机``: travel by ``mode`` after "before"/"after"."""
        if long_haul:
            return self.text("mode.long_haul")
        if f"mode.{mode}" in _EN and mode != "other":
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


ENGLISH_WORDS = Words()
"""The English :class:`Words`, the checks' default."""
