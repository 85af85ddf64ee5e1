"""Every word the briefing pack prints that is not user data, in one table per language.

Headings, column titles, the names of roles, kinds and statuses, and the names of days and
months all come from here, never from ``strftime`` (which follows the machine's locale) or
from literals in the section modules, so that German and Chinese editions are a matter of
adding a table. A missing key in a translation falls back to English.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from planner import day_names
from planner.errors import PlannerError

ENGLISH, GERMAN, CHINESE = "en", "de", "zh"

ALIASES = {"zh_cn": CHINESE, "zh_hans": CHINESE, "zh_hans_cn": CHINESE, "zh_sg": CHINESE}
"""Other spellings of a language a user may give (``zh_CN``, ``zh-CN``), lower case with
``_``; a region of German or English (``de_AT``, ``en_GB``) means the language itself."""


def _names(
    days: tuple[str, ...],
    short_days: tuple[str, ...],
    months: tuple[str, ...],
    short: tuple[str, ...],
) -> dict[str, str]:
    """The keys of weekday and month names: ``weekday.1`` is Monday, ``month.1`` January."""
    assert len(days) == len(short_days) == 7 and len(months) == len(short) == 12
    names = {}
    for number, (long_name, short_name) in enumerate(zip(days, short_days, strict=True), 1):
        names[f"weekday.{number}"] = long_name
        names[f"weekday_short.{number}"] = short_name
    for number, (long_name, short_name) in enumerate(zip(months, short, strict=True), 1):
        names[f"month.{number}"] = long_name
        names[f"month_short.{number}"] = short_name
    return names


_EN: dict[str, str] = {
    # Editions and markings
    "edition.internal": "Internal edition",
    "edition.external": "External edition",
    "edition.internal.note": "Internal edition: contains private notes and notes on people. "
    "Do not pass on.",
    "edition.external.note": "External edition: private notes are left out.",
    "classification.public": "Public",
    "classification.internal": "Internal",
    "classification.confidential": "Confidential",
    "page_of": "Page {page} of {pages}",
    # Cover
    "briefing_pack": "Briefing pack",
    "organizer": "Organizer",
    "dates": "Dates",
    "route": "Route",
    "status": "Status",
    "delegation": "Delegation",
    "and_more": "and {count} more (see the trip at a glance)",
    "prepared": "Prepared on {date}",
    # Sections
    "contents": "Contents",
    "glance": "The trip at a glance",
    "stops": "Stops and lodging",
    "transfers": "Transfers",
    "schedule": "Schedule",
    "meetings": "Meeting briefs",
    "people": "People we meet",
    "organizations": "Organizations",
    "problems": "Problems found by the checks",
    # Column titles and field labels
    "city": "City",
    "arrive": "Arrive",
    "depart": "Depart",
    "lodging": "Lodging",
    "confirmation": "Confirmation {code}",
    "phone": "Phone",
    "email": "Email",
    "travel": "Travel",
    "reference": "Reference",
    "name": "Name",
    "role": "Role",
    "position": "Position",
    "languages": "Languages",
    "local": "Local",
    "home": "Home ({zone})",
    "what": "What",
    "where": "Where",
    "when": "When",
    "home_time": "Home time",
    "venue": "Venue",
    "address": "Address",
    "online": "Online",
    "host": "Host",
    "participating": "Organizations",
    "branch_venues": "Branch venues",
    "attendees_delegation": "Our delegation",
    "attendees_counterparts": "Counterparts",
    "no_attendees": "No attendees listed yet.",
    "profiles": "Profiles",
    "objectives": "Objectives",
    "talking_points": "Talking points",
    "notes": "Notes",
    "private_notes": "Private notes (internal edition only)",
    "agreement": "Agreement",
    "parties": "Parties",
    "signatories": "Signatories",
    "gifts": "Gifts",
    "gift.given": "Given",
    "gift.received": "Received",
    "gift": "Gift",
    "gift_from": "From",
    "gift_to": "To",
    "gift_value": "Value",
    "money": "{value} {currency}",
    "decimal_sep": ".",
    "seating": "Seating plan",
    "layout_signing": "Signing ceremony",
    "layout_banquet": "Banquet seating",
    "signatory": "Signatory",
    "signing_assistant": "Signing assistant",
    "signing_table": "Signing table",
    "flags": "Flags",
    "door": "Door",
    "table_number": "Table {number}",
    "table_seat": "Table {table}, seat {seat}",
    "host_side": "Host side",
    "guest_side": "Guest side",
    "joining_from": "Joining from {branch}: {names}",
    "speaking_order": "Speaking order",
    "agreements": "Agreements",
    "signing": "Signing",
    "personal_for": "Personal pack for {name}",
    "organization": "Organization",
    "kind": "Kind",
    "sector": "Sector",
    "website": "Website",
    "people_there": "Our contacts",
    "severity": "Severity",
    "problem": "Problem",
    "no_problems": "The checks found no problems.",
    "nothing_planned": "Nothing is planned yet.",
    "no_stops": "No stops yet.",
    "no_transfers": "No transfers yet.",
    "no_people": "No counterparts are listed yet.",
    "no_organizations": "No organizations are listed yet.",
    "arrives": "arrives {time}",
    "day_offset": "{days:+d} d",
    "utc_offset": "UTC{offset}",
    "at_branch": "{time} at {place}",
    "meeting_status": "{kind}, {status}",
    "from_to": "{origin} → {destination}",
    # Vocabularies (planner.vocab)
    "role.head": "Head of delegation",
    "role.member": "Member",
    "role.interpreter": "Interpreter",
    "role.staff": "Staff",
    "role.press": "Press",
    "role.security": "Security",
    "mode.flight": "Flight",
    "mode.train": "Train",
    "mode.car": "Car",
    "mode.bus": "Bus",
    "mode.ferry": "Ferry",
    "mode.other": "Travel",
    "kind.meeting": "Meeting",
    "kind.site-visit": "Site visit",
    "kind.conference": "Conference",
    "kind.signing": "Signing",
    "kind.banquet": "Banquet",
    "kind.press": "Press",
    "kind.briefing": "Briefing",
    "kind.other": "Other",
    "meeting_status.tentative": "tentative",
    "meeting_status.confirmed": "confirmed",
    "meeting_status.cancelled": "cancelled",
    "trip_status.draft": "Draft",
    "trip_status.planned": "Planned",
    "trip_status.confirmed": "Confirmed",
    "trip_status.completed": "Completed",
    "trip_status.cancelled": "Cancelled",
    "org_kind.government": "Government",
    "org_kind.company": "Company",
    "org_kind.university": "University",
    "org_kind.research": "Research",
    "org_kind.association": "Association",
    "org_kind.media": "Media",
    "org_kind.other": "Other",
    "agreement_kind.mou": "Memorandum of understanding",
    "agreement_kind.letter-of-intent": "Letter of intent",
    "agreement_kind.contract": "Contract",
    "agreement_kind.agreement": "Agreement",
    "agreement_status.draft": "draft",
    "agreement_status.agreed": "agreed",
    "agreement_status.signed": "signed",
    "agreement_status.cancelled": "cancelled",
    "severity.error": "Error",
    "severity.warning": "Warning",
    "severity.info": "Info",
}

_EN_DATES: dict[str, str] = {
    # Dates. The fields: {weekday} and {wd} (its short form), {day}, {month} and {mon} (its
    # short form), {m} (the month's number) and {year}; a range has them for both ends, with
    # 1 and 2 after the name ({d1}, {d2}, {month1}, {month2}, {m1}, {m2}, {y1}, {y2}).
    "date.long": "{weekday} {day} {month} {year}",
    "date.medium": "{day} {month} {year}",
    "date.short": "{wd} {day} {mon}",
    "range.same_month": "{d1}–{d2} {month2} {y2}",
    "range.same_year": "{d1} {month1} – {d2} {month2} {y2}",
    "range.other_year": "{d1} {month1} {y1} – {d2} {month2} {y2}",
    **_names(*day_names.NAMES[ENGLISH]),
}
_EN.update(_EN_DATES)

_DE: dict[str, str] = {
    # Editions and markings
    "edition.internal": "Interne Ausgabe",
    "edition.external": "Externe Ausgabe",
    "edition.internal.note": "Interne Ausgabe: enthält vertrauliche Notizen und Anmerkungen "
    "zu Personen. Nicht weitergeben.",
    "edition.external.note": "Externe Ausgabe: vertrauliche Notizen sind nicht enthalten.",
    "classification.public": "Offen",
    "classification.internal": "Intern",
    "classification.confidential": "Vertraulich",
    "page_of": "Seite {page} von {pages}",
    # Cover
    "briefing_pack": "Delegationsmappe",
    "organizer": "Veranstalter",
    "dates": "Zeitraum",
    "route": "Reiseroute",
    "status": "Stand",
    "delegation": "Delegation",
    "and_more": "und {count} weitere (siehe Die Reise im Überblick)",
    "prepared": "Erstellt am {date}",
    # Sections
    "contents": "Inhalt",
    "glance": "Die Reise im Überblick",
    "stops": "Stationen und Unterkunft",
    "transfers": "Transfers",
    "schedule": "Besuchsprogramm",
    "meetings": "Gesprächsunterlagen",
    "people": "Gesprächspartner",
    "organizations": "Institutionen",
    "problems": "Hinweise aus der Planungsprüfung",
    # Column titles and field labels
    "city": "Ort",
    "arrive": "Ankunft",
    "depart": "Abreise",
    "lodging": "Unterkunft",
    "confirmation": "Buchungsnummer {code}",
    "phone": "Telefon",
    "email": "E-Mail",
    "travel": "Verkehrsmittel",
    "reference": "Referenz",
    "name": "Name",
    "role": "Funktion",
    "position": "Dienststellung",
    "languages": "Sprachen",
    "local": "Ortszeit",
    "home": "Heimatzeit ({zone})",
    "what": "Programmpunkt",
    "where": "Ort",
    "when": "Zeit",
    "home_time": "Heimatzeit",
    "venue": "Veranstaltungsort",
    "address": "Anschrift",
    "online": "Online",
    "host": "Gastgeber",
    "participating": "Beteiligte",
    "branch_venues": "Weitere Veranstaltungsorte",
    "attendees_delegation": "Unsere Delegation",
    "attendees_counterparts": "Gesprächspartner",
    "no_attendees": "Noch keine Teilnehmer eingetragen.",
    "profiles": "Profil",
    "objectives": "Gesprächsziele",
    "talking_points": "Gesprächspunkte",
    "notes": "Anmerkungen",
    "private_notes": "Vertrauliche Notizen (nur interne Ausgabe)",
    "agreement": "Vereinbarung",
    "parties": "Vertragsparteien",
    "signatories": "Unterzeichner",
    "gifts": "Gastgeschenke",
    "gift.given": "Überreicht",
    "gift.received": "Erhalten",
    "gift": "Geschenk",
    "gift_from": "Von",
    "gift_to": "An",
    "gift_value": "Wert",
    "money": "{value} {currency}",
    "decimal_sep": ",",
    "seating": "Sitzordnung",
    "layout_signing": "Unterzeichnungszeremonie",
    "layout_banquet": "Tischordnung beim Bankett",
    "signatory": "Unterzeichner",
    "signing_assistant": "Assistenz",
    "signing_table": "Unterzeichnungstisch",
    "flags": "Flaggen",
    "door": "Tür",
    "table_number": "Tisch {number}",
    "table_seat": "Tisch {table}, Platz {seat}",
    "host_side": "Gastgeberseite",
    "guest_side": "Gastseite",
    "joining_from": "Zugeschaltet aus {branch}: {names}",
    "speaking_order": "Rednerfolge",
    "agreements": "Vereinbarungen",
    "signing": "Unterzeichnung",
    "personal_for": "Persönliche Mappe für {name}",
    "organization": "Institution",
    "kind": "Art",
    "sector": "Branche",
    "website": "Website",
    "people_there": "Unsere Kontakte",
    "severity": "Stufe",
    "problem": "Befund",
    "no_problems": "Die Planungsprüfung hat nichts gefunden.",
    "nothing_planned": "Noch ist nichts geplant.",
    "no_stops": "Noch keine Stationen.",
    "no_transfers": "Noch keine Transfers.",
    "no_people": "Noch keine Gesprächspartner eingetragen.",
    "no_organizations": "Noch keine Institutionen eingetragen.",
    "arrives": "Ankunft {time}",
    "day_offset": "{days:+d} T.",
    "utc_offset": "UTC{offset}",
    "at_branch": "{time} in {place}",
    "meeting_status": "{kind}, {status}",
    "from_to": "{origin} → {destination}",
    # Vocabularies (planner.vocab)
    "role.head": "Delegationsleitung",
    "role.member": "Mitglied",
    "role.interpreter": "Dolmetscher",
    "role.staff": "Begleitung",
    "role.press": "Presse",
    "role.security": "Sicherheit",
    "mode.flight": "Flug",
    "mode.train": "Bahn",
    "mode.car": "Pkw",
    "mode.bus": "Bus",
    "mode.ferry": "Fähre",
    "mode.other": "Fahrt",
    "kind.meeting": "Gespräch",
    "kind.site-visit": "Besichtigung",
    "kind.conference": "Konferenz",
    "kind.signing": "Unterzeichnung",
    "kind.banquet": "Bankett",
    "kind.press": "Pressetermin",
    "kind.briefing": "Vorbesprechung",
    "kind.other": "Sonstiges",
    "meeting_status.tentative": "vorläufig",
    "meeting_status.confirmed": "bestätigt",
    "meeting_status.cancelled": "abgesagt",
    "trip_status.draft": "Entwurf",
    "trip_status.planned": "In Planung",
    "trip_status.confirmed": "Bestätigt",
    "trip_status.completed": "Abgeschlossen",
    "trip_status.cancelled": "Abgesagt",
    "org_kind.government": "Behörde",
    "org_kind.company": "Unternehmen",
    "org_kind.university": "Hochschule",
    "org_kind.research": "Forschungseinrichtung",
    "org_kind.association": "Verband",
    "org_kind.media": "Medien",
    "org_kind.other": "Sonstige",
    "agreement_kind.mou": "Absichtserklärung (MoU)",
    "agreement_kind.letter-of-intent": "Letter of Intent",
    "agreement_kind.contract": "Vertrag",
    "agreement_kind.agreement": "Vereinbarung",
    "agreement_status.draft": "Entwurf",
    "agreement_status.agreed": "abgestimmt",
    "agreement_status.signed": "unterzeichnet",
    "agreement_status.cancelled": "aufgehoben",
    "severity.error": "Fehler",
    "severity.warning": "Warnung",
    "severity.info": "Hinweis",
    # Dates: "Montag, 17. Juni 2024", "17.–23. Juni 2024", "Mo., 17.06."
    "date.long": "{weekday}, {day}. {month} {year}",
    "date.medium": "{day}. {month} {year}",
    "date.short": "{wd}, {day:02d}.{m:02d}.",
    "range.same_month": "{d1}.–{d2}. {month2} {y2}",
    "range.same_year": "{d1}. {month1} – {d2}. {month2} {y2}",
    "range.other_year": "{d1}. {month1} {y1} – {d2}. {month2} {y2}",
    **_names(*day_names.NAMES[GERMAN]),
}

_ZH: dict[str, str] = {
    # Editions and markings
    "edition.internal": "内部版",
    "edition.external": "对外版",
    "edition.internal.note": "内部版：含内部备注及人员备注，请勿外传。",
    "edition.external.note": "对外版：不含内部备注。",
    "classification.public": "公开",
    "classification.internal": "内部",
    "classification.confidential": "机密",
    "page_of": "第 {page} 页，共 {pages} 页",
    # Cover
    "briefing_pack": "出访资料",
    "organizer": "组织单位",
    "dates": "日期",
    "route": "行程路线",
    "status": "状态",
    "delegation": "代表团",
    "and_more": "另有 {count} 人（见行程概览）",
    "prepared": "编制日期：{date}",
    # Sections
    "contents": "目录",
    "glance": "行程概览",
    "stops": "停留地点与住宿",
    "transfers": "交通安排",
    "schedule": "日程安排",
    "meetings": "会见简报",
    "people": "会见人员",
    "organizations": "机构",
    "problems": "检查发现的问题",
    # Column titles and field labels
    "city": "城市",
    "arrive": "抵达",
    "depart": "离开",
    "lodging": "住宿",
    "confirmation": "预订号 {code}",
    "phone": "电话",
    "email": "电子邮件",
    "travel": "交通方式",
    "reference": "班次/编号",
    "name": "姓名",
    "role": "团内职务",
    "position": "职务",
    "languages": "语言",
    "local": "当地时间",
    "home": "国内时间 ({zone})",
    "what": "活动",
    "where": "地点",
    "when": "时间",
    "home_time": "国内时间",
    "venue": "会见地点",
    "address": "地址",
    "online": "线上",
    "host": "主办方",
    "participating": "参加机构",
    "branch_venues": "分会场",
    "attendees_delegation": "我方人员",
    "attendees_counterparts": "外方人员",
    "no_attendees": "尚未列出参加人员。",
    "profiles": "简介",
    "objectives": "会谈目标",
    "talking_points": "谈话要点",
    "notes": "备注",
    "private_notes": "内部备注（仅限内部版）",
    "agreement": "协议",
    "parties": "协议各方",
    "signatories": "签署人",
    "gifts": "礼品",
    "gift.given": "赠送",
    "gift.received": "收到",
    "gift": "礼品",
    "gift_from": "赠送方",
    "gift_to": "接受方",
    "gift_value": "价值",
    "money": "{value} {currency}",
    "decimal_sep": ".",
    "seating": "座次安排",
    "layout_signing": "签字仪式",
    "layout_banquet": "宴会座次",
    "signatory": "签字人",
    "signing_assistant": "助签人",
    "signing_table": "签字桌",
    "flags": "旗架",
    "door": "门",
    "table_number": "第{number}桌",
    "table_seat": "第{table}桌，{seat}号座",
    "host_side": "主方",
    "guest_side": "客方",
    "joining_from": "{branch}连线参加：{names}",
    "speaking_order": "发言顺序",
    "agreements": "协议",
    "signing": "签约活动",
    "personal_for": "{name}个人资料",
    "organization": "机构",
    "kind": "类型",
    "sector": "领域",
    "website": "网站",
    "people_there": "联系人",
    "severity": "级别",
    "problem": "问题",
    "no_problems": "检查未发现问题。",
    "nothing_planned": "尚无安排。",
    "no_stops": "尚无停留地点。",
    "no_transfers": "尚无交通安排。",
    "no_people": "尚未列出会见人员。",
    "no_organizations": "尚未列出机构。",
    "arrives": "{time} 抵达",
    "day_offset": "{days:+d} 天",
    "utc_offset": "UTC{offset}",
    "at_branch": "{time}，{place}",
    "meeting_status": "{kind}，{status}",
    "from_to": "{origin} → {destination}",
    # Vocabularies (planner.vocab)
    "role.head": "团长",
    "role.member": "团员",
    "role.interpreter": "翻译",
    "role.staff": "工作人员",
    "role.press": "随团记者",
    "role.security": "安保",
    "mode.flight": "航班",
    "mode.train": "火车",
    "mode.car": "汽车",
    "mode.bus": "大巴",
    "mode.ferry": "轮渡",
    "mode.other": "交通",
    "kind.meeting": "会见",
    "kind.site-visit": "参观考察",
    "kind.conference": "会议",
    "kind.signing": "签约",
    "kind.banquet": "宴请",
    "kind.press": "媒体活动",
    "kind.briefing": "情况介绍",
    "kind.other": "其他",
    "meeting_status.tentative": "待定",
    "meeting_status.confirmed": "已确认",
    "meeting_status.cancelled": "已取消",
    "trip_status.draft": "草稿",
    "trip_status.planned": "筹备中",
    "trip_status.confirmed": "已确认",
    "trip_status.completed": "已完成",
    "trip_status.cancelled": "已取消",
    "org_kind.government": "政府机构",
    "org_kind.company": "企业",
    "org_kind.university": "高校",
    "org_kind.research": "科研机构",
    "org_kind.association": "协会",
    "org_kind.media": "媒体",
    "org_kind.other": "其他",
    "agreement_kind.mou": "谅解备忘录",
    "agreement_kind.letter-of-intent": "意向书",
    "agreement_kind.contract": "合同",
    "agreement_kind.agreement": "协议",
    "agreement_status.draft": "草案",
    "agreement_status.agreed": "已商定",
    "agreement_status.signed": "已签署",
    "agreement_status.cancelled": "已取消",
    "severity.error": "错误",
    "severity.warning": "警告",
    "severity.info": "提示",
    # Dates: "2024年6月17日 星期一", "2024年6月17日至23日", "6月17日 周一"
    "date.long": "{year}年{m}月{day}日 {weekday}",
    "date.medium": "{year}年{m}月{day}日",
    "date.short": "{m}月{day}日 {wd}",
    "range.same_month": "{y1}年{m1}月{d1}日至{d2}日",
    "range.same_year": "{y1}年{m1}月{d1}日至{m2}月{d2}日",
    "range.other_year": "{y1}年{m1}月{d1}日至{y2}年{m2}月{d2}日",
    **_names(*day_names.NAMES[CHINESE]),
}

TEXTS: Mapping[str, Mapping[str, str]] = {ENGLISH: _EN, GERMAN: _DE, CHINESE: _ZH}
"""The labels of each language by key; a new language adds a table here with every key of
English (a test holds them to it)."""

LANGUAGES = tuple(TEXTS)

GETTEXT_LOCALES = {ENGLISH: None, GERMAN: "de", CHINESE: "zh_CN"}
"""The locale of each language in pycountry's catalogues (names of languages and countries)."""


def language_code(language: str) -> str:
    """The pack's code for a language a user names: ``de``, ``zh`` for ``zh_CN`` or ``zh-CN``;
    a code it does not know comes back as given, for the error to name it."""
    key = language.strip().replace("-", "_").lower()
    if key in TEXTS:
        return key
    if key in ALIASES:
        return ALIASES[key]
    base = key.split("_", 1)[0]
    return base if base in (ENGLISH, GERMAN) else language


def unknown_language(language: str) -> PlannerError:
    return PlannerError(
        f"the briefing pack has no language {language!r} (available: {', '.join(LANGUAGES)})"
    )


@dataclass(frozen=True)
class Labels:
    """The labels and date formats of one language."""

    language: str = ENGLISH

    def __post_init__(self) -> None:
        code = language_code(self.language)
        if code not in TEXTS:
            raise unknown_language(self.language)
        object.__setattr__(self, "language", code)

    def __getitem__(self, key: str) -> str:
        own = TEXTS[self.language]
        return own[key] if key in own else _EN[key]

    def get(self, key: str, **values: object) -> str:
        return self[key].format(**values)

    def word(self, group: str, value: str | None) -> str:
        """The label of a vocabulary word (``role``, ``head``); the word itself if unknown."""
        if value is None:
            return ""
        key = f"{group}.{value}"
        own = TEXTS[self.language]
        return own.get(key) or _EN.get(key) or value

    def money(self, value: Decimal, currency: str | None) -> str:
        """``60 EUR``, ``60.50 EUR``, ``60,50 EUR``: cents only where there are some."""
        text = f"{value:.2f}" if value != value.to_integral_value() else f"{value:.0f}"
        text = text.replace(".", self["decimal_sep"])
        return self.get("money", value=text, currency=currency or "").strip()

    def long_date(self, day: dt.date) -> str:
        """``Monday 17 June 2024``, ``Montag, 17. Juni 2024``, ``2024年6月17日 星期一``."""
        return self.get("date.long", **self._fields(day))

    def date(self, day: dt.date) -> str:
        """``17 June 2024``, ``17. Juni 2024``, ``2024年6月17日``."""
        return self.get("date.medium", **self._fields(day))

    def short_date(self, day: dt.date) -> str:
        """``Mon 17 Jun``, ``Mo., 17.06.``, ``6月17日 周一``."""
        return self.get("date.short", **self._fields(day))

    def date_range(self, first: dt.date, last: dt.date) -> str:
        """``15–23 June 2024``, ``28 June – 2 July 2024``, ``30 Dec 2024 – 3 Jan 2025``;
        ``17.–23. Juni 2024``; ``2024年6月17日至23日``."""
        if first == last:
            return self.date(first)
        if first.year != last.year:
            key = "range.other_year"
        elif first.month != last.month:
            key = "range.same_year"
        else:
            key = "range.same_month"
        ends = self._fields(first), self._fields(last)
        values = {
            f"{name}{n}": fields[long]
            for n, fields in enumerate(ends, 1)
            for name, long in (("d", "day"), ("month", "month"), ("m", "m"), ("y", "year"))
        }
        return self.get(key, **values)

    def _fields(self, day: dt.date) -> dict[str, object]:
        weekday, month = day.isoweekday(), day.month
        return {
            "weekday": self[f"weekday.{weekday}"],
            "wd": self[f"weekday_short.{weekday}"],
            "day": day.day,
            "month": self[f"month.{month}"],
            "mon": self[f"month_short.{month}"],
            "m": month,
            "year": day.year,
        }
