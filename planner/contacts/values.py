"""Reading the values of a contacts file the way the directory stores them.

Shared by the CSV and vCard readers, so that "Deutschland" in a spreadsheet and "Germany" in
an address book both become DE, and a name in one cell is split the same way wherever it
comes from.
"""

from __future__ import annotations

import gettext
import re
import unicodedata
from functools import cache, lru_cache

import pycountry

from planner import names

_LANGUAGE_SEPARATORS = re.compile(r"[,;\s]+")
_PARTICLES = frozenset((
    "von", "van", "der", "den", "de", "du", "da", "di", "del", "della", "dos", "das", "zu",
    "zur", "ten", "ter", "la", "le", "al", "el", "bin", "ibn",
))  # fmt: skip
"""Lower-case words that belong to the family name that follows ("Ursula von der Leyen")."""
_COMPOUND_SURNAMES = frozenset((
    "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "夏侯",
    "长孙", "宇文", "司徒", "端木", "轩辕", "歐陽", "諸葛",
))  # fmt: skip
"""Two-character Chinese family names: 欧阳修 is 欧阳 Xiu, not 欧 Yangxiu."""
_COUNTRY_ALIASES = {
    "uk": "GB",
    "england": "GB",
    "scotland": "GB",
    "wales": "GB",
    "great britain": "GB",
    "grossbritannien": "GB",
    "usa": "US",
    "u.s.a.": "US",
    "america": "US",
    "brd": "DE",
    "prc": "CN",
    "p.r. china": "CN",
    "pr china": "CN",
    "people's republic of china": "CN",
    "volksrepublik china": "CN",
    "vr china": "CN",
    "中华人民共和国": "CN",
    "中國": "CN",
    "德國": "DE",
    "russia": "RU",
    "russland": "RU",
    "south korea": "KR",
    "korea": "KR",
    "taiwan": "TW",
    "台湾": "TW",
    "台灣": "TW",
    "香港": "HK",
    "澳门": "MO",
    "vietnam": "VN",
}
"""Names people write that are not in pycountry's catalogues (all folded)."""


def split_full_name(text: str) -> tuple[str, str | None]:
    """(family, given) of a name written in one cell: "朱伟" is 朱 and 伟 (the family name first,
    in Chinese script); "Müller, Hans" says which is which; otherwise the last word is the
    family name ("Hans Müller"), with the particles before it ("Ursula von der Leyen")."""
    text = " ".join(text.split())
    if not text:
        return "", None
    if "," in text:
        family, _, given = (part.strip() for part in text.partition(","))
        return family, given or None
    words = text.split(" ")
    if names.has_han(words[0]):
        if len(words) > 1:
            return words[0], " ".join(words[1:])
        cut = 2 if len(text) > 2 and text[:2] in _COMPOUND_SURNAMES else 1
        return text[:cut], text[cut:] or None
    if len(words) == 1:
        return text, None
    first = len(words) - 1
    while first > 1 and words[first - 1] in _PARTICLES:
        first -= 1
    return " ".join(words[first:]), " ".join(words[:first])


@lru_cache(maxsize=1024)
def country_code(text: str) -> str | None:
    """ISO 3166-1 alpha-2 of a country written as a code ("de", "DEU") or a name in English,
    German or Chinese ("Germany", "Deutschland", "德国"); None when it is no country."""
    key = names.fold(" ".join(text.split()))
    if not key:
        return None
    return _COUNTRY_ALIASES.get(key) or _country_names().get(key)


def languages(text: str | None) -> tuple[str, ...]:
    """Language codes from a cell or property: "de, EN; zh" is ("de", "en", "zh")."""
    if not text:
        return ()
    return tuple(word.lower() for word in _LANGUAGE_SEPARATORS.split(text) if word)


def is_latin(text: str) -> bool:
    """True when every letter of ``text`` is a Latin one (a transliteration, "Zhu Wei"),
    and it has at least one."""
    letters = [char for char in text if char.isalpha()]
    return bool(letters) and all(unicodedata.name(char, "").startswith("LATIN") for char in letters)


@cache
def _country_names() -> dict[str, str]:
    """Every code and name pycountry knows, with the German and Chinese names of its
    catalogues, folded; built once, on the first country read."""
    catalogues = [
        gettext.translation("iso3166-1", pycountry.LOCALES_DIR, [locale], fallback=True)
        for locale in ("de", "zh_CN", "zh_TW")
    ]
    table: dict[str, str] = {}
    for country in pycountry.countries:
        code: str = country.alpha_2
        english = [getattr(country, key, None) for key in ("name", "official_name", "common_name")]
        spellings = [country.alpha_2, country.alpha_3]
        for name in filter(None, english):
            spellings.append(name)
            spellings.extend(catalogue.gettext(name) for catalogue in catalogues)
        for spelling in spellings:
            table.setdefault(names.fold(spelling), code)
    return table
