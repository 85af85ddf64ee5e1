"""People's names as each culture writes and sorts them.

A Chinese name is said family name first ("Zhu Wei"), a German or English one given name
first ("Sören Link"); a directory sorts both by family name, in one alphabet. Whether a
person is named the Chinese way is read from the name itself: a native-script name in Han
characters, or a family name written in them. The sort key folds accents the way German
dictionaries do (DIN 5007-1: "Müller" beside "Muller", "Straße" as "strasse") and spells a
family name written in Han characters in pinyin (pypinyin, imported on first use), so that
朱 files under "zhu" next to a Zhu written in Latin letters. Exact ties keep a stable order by
the unfolded text. PyICU would collate more thoroughly, but it has no wheels for Python 3.11
on our platforms and would need a compiler and the ICU headers on every machine.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff]")
_ACCENTS = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def has_han(text: str | None) -> bool:
    """True when ``text`` holds a Chinese (Han) character."""
    return bool(text) and _HAN.search(text or "") is not None


def family_first(family: str, given: str | None, native: str | None) -> bool:
    """True for a person whose culture says the family name first (Chinese names)."""
    return has_han(native) or has_han(family) or has_han(given)


_NAMES_KEPT = 8192
"""Names worded and kept (:func:`latin_name`, :func:`display_name`, :func:`name_in`): a trip's
few dozen people are named thousands of times (a check of 1,000 meetings words 1,900 names of
40 people; the schedule and the lists name each attendee of each meeting)."""


@lru_cache(maxsize=_NAMES_KEPT)
def latin_name(family: str, given: str | None, native: str | None = None) -> str:
    """The name in the order of its culture without the native script: "Zhu Wei",
    "Sören Link"; a Han-only name ("朱伟") is written without a space."""
    parts = [p for p in (family, given) if p]
    if not family_first(family, given, native):
        parts.reverse()
    joiner = "" if all(has_han(p) for p in parts) else " "
    return joiner.join(parts)


@lru_cache(maxsize=_NAMES_KEPT)
def display_name(family: str, given: str | None, native: str | None) -> str:
    """The name a person is listed under: "Zhu Wei (朱伟)", "Sören Link"; the native script
    once, when it says something the Latin name does not."""
    name = latin_name(family, given, native)
    if native and native != name:
        return f"{name} ({native})" if name else native
    return name


HONORIFICS: dict[str, dict[str, str]] = {
    "mr": {"de": "Herr", "zh": "先生"},
    "herr": {"de": "Herr", "zh": "先生"},
    "先生": {"de": "Herr", "zh": "先生"},
    "ms": {"de": "Frau", "zh": "女士"},
    "mrs": {"de": "Frau", "zh": "女士"},
    "frau": {"de": "Frau", "zh": "女士"},
    "女士": {"de": "Frau", "zh": "女士"},
    "dr": {"de": "Dr.", "zh": "博士"},
    "博士": {"de": "Dr.", "zh": "博士"},
    "prof": {"de": "Prof.", "zh": "教授"},
    "教授": {"de": "Prof.", "zh": "教授"},
}
"""The honorifics a document in German or Chinese writes in its own words, by the folded
text a user types (``Mr.``, ``Herr``, ``先生``); any other is printed as written."""
_PLAIN_ZH = frozenset({"先生", "女士"})


@lru_cache(maxsize=_NAMES_KEPT)
def name_in(
    language: str, family: str, given: str | None, native: str | None, honorific: str | None
) -> str:
    """A person as a German or Chinese document names them. Chinese puts the Chinese name
    first with the Latin one after it in full-width brackets and the honorific after the name
    (``李伟先生（Li Wei）``, ``Anna Becker博士``): ``先生 李伟`` is a foreigner's mistake.
    German puts the honorific before (``Frau Sheng Lei (盛蕾)``). Known honorifics are said in
    the document's language; a title Chinese puts after the name (``主任``) is kept as written."""
    latin = latin_name(family, given, native)
    title = _honorific_in(language, honorific)
    if language == "zh":
        first = native if native and has_han(native) else latin
        after = latin if first != latin else (native if native and native != latin else None)
        name = f"{first}{title}" if title else first
        return f"{name}（{after}）" if after else name
    name = display_name(family, given, native)
    return f"{title} {name}" if title else name


def fold(text: str) -> str:
    """``text`` as a search compares it, so that what a user types matches however it is
    written: compatibility forms unified (full-width ``ＡＢＣ`` is ``abc``), accents dropped
    (``schafer`` finds Schäfer), case folded (``strasse`` finds Straße). Chinese characters
    pass unchanged."""
    if text.isascii():
        return text.lower()
    bare = _ACCENTS.sub("", unicodedata.normalize("NFKD", text))
    return unicodedata.normalize("NFKC", bare).casefold()


@lru_cache(maxsize=4096)
def _pinyin(text: str) -> str:
    from pypinyin import lazy_pinyin  # noqa: PLC0415 - a large dictionary, for Han names only

    return " ".join(lazy_pinyin(text))


def _collation_text(text: str | None) -> str:
    if not text:
        return ""
    return fold(_pinyin(text) if has_han(text) else text)


def sort_key(family: str, given: str | None, native: str | None = None) -> tuple[str, ...]:
    """What a directory sorts people by: family name, then given name, each folded and (for
    Han characters) in pinyin; the unfolded names break ties so the order is total."""
    return (
        _collation_text(family),
        _collation_text(given),
        family,
        given or "",
        native or "",
    )


def organization_sort_key(name: str) -> tuple[str, str]:
    """What a directory sorts organizations by (pinyin for names in Han characters)."""
    return (_collation_text(name), name)


def _honorific_in(language: str, honorific: str | None) -> str:
    words = [
        HONORIFICS.get(fold(w).rstrip("."), {}).get(language, w) for w in (honorific or "").split()
    ]
    if language != "zh":
        return " ".join(words)
    # Chinese says one title: 博士 for "Frau Dr.", not 女士博士.
    titles = [w for w in words if w not in _PLAIN_ZH] or words
    return "".join(titles)
