"""The editors' validation messages (:func:`planner.editing.validate`), one table per language.

A table maps a key to a template with named placeholders; every language has the same keys and
the same placeholders (a test holds them to it), and English is the source. ``{value}`` and
``{region}`` arrive already quoted (``'Mars/Base'``).
"""

from __future__ import annotations

from typing import Any

from planner import records

ENGLISH, GERMAN, CHINESE = "en", "de", "zh"

_EN: dict[str, str] = {
    "required": "{label} is required",
    "zone": "unknown time zone {value}",
    "one_of": "{value} is not one of {allowed}",
    "one_of.sep": ", ",
    "label.title": "a title",
    "label.city": "the city",
    "label.family_name": "a family name",
    "label.name": "a name",
    "country": "a two-letter country code (such as DE or CN) is required",
    "arrive_or_depart": "an arrival or a departure time is required",
    "depart_before_arrive": "the departure is before the arrival",
    "region": "{region} is not a region of {country}",
    "same_stop": "the transfer must go to another stop",
    "end_before_start": "the end must be after the start",
    "attendee_twice": "a person is listed twice",
    "attendee_role_absent": "a role is given to someone who does not attend",
    "email": "{value} is not an e-mail address",
    "phone.no_country_code": "{value}: write the number with + and the country code",
    "phone.invalid": "{value} is not a telephone number",
    "precedence": "precedence starts at 1",
    "label.description": "a description",
    "meeting_required": "a meeting is required",
    "language_code": "{value} is not a two-letter language code (such as de or zh)",
    "party_twice": "an organization is listed twice",
    "agreement_exists": "the meeting already has an agreement: {title}",
    "gift_value": "the value cannot be negative",
    "currency": "{value} is not a three-letter currency code (such as EUR or CNY)",
    "currency_missing": "a value needs its currency",
    "same_giver": "the giver and the receiver are the same",
    "arrive_before_depart": "the arrival is before the departure",
    "text.control": "holds a control character ({code}) at character {position}",
    "text.line_break": "must be one line (a tab or line break at character {position})",
    "text.surrogate": "holds half of a character ({code}) at character {position}",
}

_DE: dict[str, str] = {
    "required": "{label} ist erforderlich",
    "zone": "unbekannte Zeitzone {value}",
    "one_of": "{value} ist keiner der Werte {allowed}",
    "one_of.sep": ", ",
    "label.title": "Ein Titel",
    "label.city": "Die Stadt",
    "label.family_name": "Ein Nachname",
    "label.name": "Ein Name",
    "country": "ein zweistelliger Ländercode (etwa DE oder CN) ist erforderlich",
    "arrive_or_depart": "eine Ankunfts- oder Abreisezeit ist erforderlich",
    "depart_before_arrive": "die Abreise liegt vor der Ankunft",
    "region": "{region} ist keine Region von {country}",
    "same_stop": "die Reise muss zu einer anderen Station führen",
    "end_before_start": "das Ende muss nach dem Beginn liegen",
    "attendee_twice": "eine Person ist doppelt aufgeführt",
    "attendee_role_absent": "eine Rolle ist jemandem zugewiesen, der nicht teilnimmt",
    "email": "{value} ist keine E-Mail-Adresse",
    "phone.no_country_code": "{value}: bitte die Nummer mit + und Landesvorwahl schreiben",
    "phone.invalid": "{value} ist keine Telefonnummer",
    "precedence": "die Rangfolge beginnt bei 1",
    "label.description": "Eine Beschreibung",
    "meeting_required": "ein Termin ist erforderlich",
    "language_code": "{value} ist kein zweistelliger Sprachcode (etwa de oder zh)",
    "party_twice": "eine Organisation ist doppelt aufgeführt",
    "agreement_exists": "der Termin hat bereits eine Vereinbarung: {title}",
    "gift_value": "der Wert darf nicht negativ sein",
    "currency": "{value} ist kein dreistelliger Währungscode (etwa EUR oder CNY)",
    "currency_missing": "zu einem Wert gehört seine Währung",
    "same_giver": "Geber und Empfänger sind dieselben",
    "arrive_before_depart": "die Ankunft liegt vor der Abfahrt",
    "text.control": "enthält ein Steuerzeichen ({code}) an Stelle {position}",
    "text.line_break": "muss einzeilig sein (Tabulator oder Zeilenumbruch an Stelle {position})",
    "text.surrogate": "enthält ein halbes Zeichen ({code}) an Stelle {position}",
}

_ZH: dict[str, str] = {
    "required": "{label}为必填项",
    "zone": "未知时区 {value}",
    "one_of": "{value} 不是以下之一：{allowed}",
    "one_of.sep": "、",
    "label.title": "标题",
    "label.city": "城市",
    "label.family_name": "姓",
    "label.name": "名称",
    "country": "必须填写两位国家代码（如 DE 或 CN）",
    "arrive_or_depart": "必须填写到达或出发时间",
    "depart_before_arrive": "出发时间早于到达时间",
    "region": "{region} 不是 {country} 的地区",
    "same_stop": "行程必须前往另一站",
    "end_before_start": "结束时间必须晚于开始时间",
    "attendee_twice": "有人被列出两次",
    "attendee_role_absent": "为未参加的人员指定了角色",
    "email": "{value} 不是电子邮件地址",
    "phone.no_country_code": "{value}：请以 + 和国家代码书写号码",
    "phone.invalid": "{value} 不是电话号码",
    "precedence": "礼宾顺序从 1 开始",
    "label.description": "描述",
    "meeting_required": "必须选择会见",
    "language_code": "{value} 不是两位语言代码（如 de 或 zh）",
    "party_twice": "有机构被列出两次",
    "agreement_exists": "该会见已有协议：{title}",
    "gift_value": "价值不能为负数",
    "currency": "{value} 不是三位货币代码（如 EUR 或 CNY）",
    "currency_missing": "填写价值时须注明货币",
    "same_giver": "赠送方与接收方相同",
    "arrive_before_depart": "到达时间早于出发时间",
    "text.control": "第 {position} 个字符是控制字符（{code}）",
    "text.line_break": "只能写一行（第 {position} 个字符是制表符或换行）",
    "text.surrogate": "第 {position} 个字符是不完整的字符（{code}）",
}

MESSAGES: dict[str, dict[str, str]] = {ENGLISH: _EN, GERMAN: _DE, CHINESE: _ZH}
"""Every language's table by its code (``en``, ``de``, ``zh``)."""


def language_code(language: str | None) -> str:
    """``en``, ``de`` or ``zh`` for a language a caller names (``zh_CN``, ``de-AT``); English
    for one the editors do not speak."""
    key = (language or "").strip().replace("-", "_").lower()
    base = key.split("_", 1)[0]
    return base if base in MESSAGES else ENGLISH


def message(language: str | None, key: str, **values: object) -> str:
    """The message ``key`` in ``language`` with its placeholders filled."""
    return MESSAGES[language_code(language)][key].format(**values)


def text_problems(record: Any, language: str | None) -> dict[str, str]:
    """What each text field of ``record`` holds that the store refuses, by field name: the
    rule of :mod:`planner.text_rules`, the same as for trip and contacts files."""
    return {
        name: message(language, f"text.{found.kind}", code=found.code, position=found.position)
        for name, found in records.text_faults(record).items()
    }
