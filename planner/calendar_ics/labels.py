"""The words of a calendar event's description (DESCRIPTION), one table per language.

A table maps a key to a template with named placeholders; every language has the same keys
and the same placeholders (a test holds them to it), and English is the source. English dates
stay ISO (``2024-06-17 10:30``) as the calendars always wrote them; German and Chinese dates
are written as the checks' messages write them (:mod:`planner.checks.messages`, with the
names of :mod:`planner.day_names`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from planner import localtime
from planner.checks import messages

ENGLISH, GERMAN, CHINESE = "en", "de", "zh"

_EN: dict[str, str] = {
    "online": "Online: {url}",
    "joined_from": "Joined from {name} ({city}).",
    "main_venue": "Main venue: {place}, {span}.",
    "host": "Host: {host}",
    "organizations": "Organizations: {names}",
    "list.sep": ", ",
    "objectives": "Objectives:",
    "talking_points": "Talking points:",
    "attendees": "Attendees:",
    "at": "At {where}, {span}:",
    "no_attendees": "- (no attendees listed)",
    "notes": "Notes:",
    "private_notes": "Private notes (internal):",
    "note_internal": "  Note (internal): {note}",
    "role.head": "head of delegation",
    "role.member": "delegation member",
    "role.interpreter": "interpreter",
    "role.staff": "delegation staff",
    "role.press": "press",
    "role.security": "security",
    "departs": "Departs {city}: {stamp}",
    "arrives": "Arrives {city}: {stamp}",
    "travel_time": "Travel time: {hours} h {minutes} min",
    "carrier": "Carrier: {carrier}",
    "number": "Number: {number}",
    "reference": "Booking reference: {reference}",
    "confirmation": "Confirmation: {confirmation}",
    "phone": "Phone: {phone}",
    "arrival_in": "Arrival in {city}: {stamp}",
    "departure_from": "Departure from {city}: {stamp}",
    "datetime": "{date} {clock}",
    "stamp": "{when} ({zone}, UTC{offset})",
    "span": "{start}–{until} {zone} time",
    "follow_up_of": "Follow-up of {title} ({span})",
    "follow_up_owner": "Owner: {name}",
}

_DE: dict[str, str] = {
    "online": "Online: {url}",
    "joined_from": "Zugeschaltet aus {name} ({city}).",
    "main_venue": "Hauptort: {place}, {span}.",
    "host": "Gastgeber: {host}",
    "organizations": "Organisationen: {names}",
    "list.sep": ", ",
    "objectives": "Ziele:",
    "talking_points": "Gesprächspunkte:",
    "attendees": "Teilnehmende:",
    "at": "In {where}, {span}:",
    "no_attendees": "- (keine Teilnehmenden eingetragen)",
    "notes": "Notizen:",
    "private_notes": "Private Notizen (intern):",
    "note_internal": "  Notiz (intern): {note}",
    "role.head": "Delegationsleitung",
    "role.member": "Delegationsmitglied",
    "role.interpreter": "Dolmetscher",
    "role.staff": "Delegationsstab",
    "role.press": "Presse",
    "role.security": "Sicherheit",
    "departs": "Abfahrt {city}: {stamp}",
    "arrives": "Ankunft {city}: {stamp}",
    "travel_time": "Reisezeit: {hours} Std. {minutes} Min.",
    "carrier": "Beförderer: {carrier}",
    "number": "Nummer: {number}",
    "reference": "Buchungsnummer: {reference}",
    "confirmation": "Bestätigung: {confirmation}",
    "phone": "Telefon: {phone}",
    "arrival_in": "Ankunft in {city}: {stamp}",
    "departure_from": "Abreise aus {city}: {stamp}",
    "datetime": "{date}, {clock}",
    "stamp": "{when} ({zone}, UTC{offset})",
    "span": "{start}–{until} Ortszeit {zone}",
    "follow_up_of": "Nachbereitung von {title} ({span})",
    "follow_up_owner": "Zuständig: {name}",
}

_ZH: dict[str, str] = {
    "online": "线上：{url}",
    "joined_from": "从{name}（{city}）接入。",
    "main_venue": "主会场：{place}，{span}。",
    "host": "东道主：{host}",
    "organizations": "机构：{names}",
    "list.sep": "、",
    "objectives": "目标：",
    "talking_points": "谈话要点：",
    "attendees": "出席人员：",
    "at": "在{where}，{span}：",
    "no_attendees": "- （未列出出席人员）",
    "notes": "备注：",
    "private_notes": "内部备注：",
    "note_internal": "  备注（内部）：{note}",
    "role.head": "代表团团长",
    "role.member": "代表团成员",
    "role.interpreter": "翻译",
    "role.staff": "代表团工作人员",
    "role.press": "媒体",
    "role.security": "安保",
    "departs": "从{city}出发：{stamp}",
    "arrives": "到达{city}：{stamp}",
    "travel_time": "行程时间：{hours} 小时 {minutes} 分钟",
    "carrier": "承运方：{carrier}",
    "number": "班次：{number}",
    "reference": "预订编号：{reference}",
    "confirmation": "确认号：{confirmation}",
    "phone": "电话：{phone}",
    "arrival_in": "到达{city}：{stamp}",
    "departure_from": "离开{city}：{stamp}",
    "datetime": "{date} {clock}",
    "stamp": "{when}（{zone}，UTC{offset}）",
    "span": "{start}–{until}（{zone} 时间）",
    "follow_up_of": "{title}的后续事项（{span}）",
    "follow_up_owner": "负责人：{name}",
}

LABELS: dict[str, dict[str, str]] = {ENGLISH: _EN, GERMAN: _DE, CHINESE: _ZH}
"""Every language's table by its code (``en``, ``de``, ``zh``)."""
LANGUAGES = tuple(LABELS)


def language_code(language: str | None) -> str:
    """``en``, ``de`` or ``zh`` for a language a caller names (``zh_CN``, ``de-AT``); English
    for one the calendars do not speak."""
    key = (language or "").strip().replace("-", "_").lower()
    base = key.split("_", 1)[0]
    return base if base in LABELS else ENGLISH


@dataclass(frozen=True)
class Labels:
    """The description's words and times in one language."""

    language: str = ENGLISH

    def text(self, key: str, **values: object) -> str:
        return LABELS[self.language][key].format(**values)

    def role(self, role: str | None) -> str | None:
        key = f"role.{role}"
        return self.text(key) if key in _EN else None

    def join(self, items: list[str]) -> str:
        return self.text("list.sep").join(items)

    def date(self, value: dt.date) -> str:
        if self.language == ENGLISH:
            return value.isoformat()
        return messages.words(self.language).date(value)

    def local(self, local: dt.datetime) -> str:
        """A local date and time: ``2024-06-17 10:30``, ``Mo., 17. Juni, 10:30``."""
        return self.text("datetime", date=self.date(local.date()), clock=f"{local:%H:%M}")

    def stamp(self, instant: dt.datetime, zone: str) -> str:
        """``2024-06-17 10:30 (Europe/Berlin, UTC+02:00)``."""
        local = localtime.local(instant, zone)
        offset = localtime.format_offset(local.utcoffset())
        return self.text("stamp", when=self.local(local), zone=zone, offset=offset)

    def span(self, start: dt.datetime, end: dt.datetime, zone: str) -> str:
        """``2024-06-17 10:30–12:00 Europe/Berlin time`` (the end's date when it differs)."""
        first, last = localtime.local(start, zone), localtime.local(end, zone)
        until = f"{last:%H:%M}" if first.date() == last.date() else self.local(last)
        return self.text("span", start=self.local(first), until=until, zone=zone)
