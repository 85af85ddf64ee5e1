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
_HONORIFIC_LANGUAGES = ("de", "zh")
_MR, _MS, _MRS = ("Herr", "先生"), ("Frau", "女士"), ("Frau", "夫人")
_DR, _PROF = ("Dr.", "博士"), ("Prof.", "教授")
_HONORIFICS = {
    "mr": _MR, "herr": _MR, "先生": _MR,
    "ms": _MS, "frau": _MS, "女士": _MS,
    "mrs": _MRS, "夫人": _MRS,
    "dr": _DR, "博士": _DR,
    "prof": _PROF, "教授": _PROF,
}  # fmt: skip
"""An honorific as typed (folded, without its point) in German and Chinese."""


def has_han(text: str | None) -> bool:
    """True when ``text`` holds a Chinese (Han) character."""
    return bool(text) and _HAN.search(text or "") is not None


def family_first(family: str, given: str | None, native: str | None) -> bool:
    """True for a person whose culture says the family name first (Chinese names)."""
    return has_han(native) or has_han(family) or has_han(given)


def latin_name(family: str, given: str | None, native: str | None = None) -> str:
    """The name in the order of its culture without the native script: "Zhu Wei",
    "Sören Link"; a Han-only name ("朱伟") is written without a space."""
    parts = [p for p in (family, given) if p]
    if not family_first(family, given, native):
        parts.reverse()
    joiner = "" if all(has_han(p) for p in parts) else " "
    return joiner.join(parts)


def display_name(family: str, given: str | None, native: str | None) -> str:
    """The name a person is listed under: "Zhu Wei (朱伟)", "Sören Link"; the native script
    once, when it says something the Latin name does not."""
    name = latin_name(family, given, native)
    if native and native != name:
        return f"{name} ({native})" if name else native
    return name


def display_name_for(language: str, family: str, given: str | None, native: str | None) -> str:
    """The name as a document in ``language`` (``en``, ``de``, ``zh``) prints it. English and
    German: :func:`display_name`, Latin first ("Li Wei (李伟)"). Chinese: the name in Han
    characters first and the Latin one after it in full-width brackets ("李伟（Li Wei）"), a
    name without Han characters as it is written ("Ingmar Bruder")."""
    if language != "zh":
        return display_name(family, given, native)
    name = latin_name(family, given, native)
    if has_han(native) and native:
        return f"{native}（{name}）" if name and name != native else native
    return name


def addressed_name(
    language: str, honorific: str | None, family: str, given: str | None, native: str | None
) -> str:
    """The name with its honorific as ``language`` says it: "Mr. Li Wei (李伟)" in English
    (the honorific as typed), "Herr Li Wei (李伟)" in German, "李伟先生（Li Wei）" in Chinese,
    where the honorific follows the name it belongs to. A known honorific typed in any of the
    three languages (Mr., Herr, 先生) is put into the document's; one in Han characters
    follows the name in every language, so the editor's own 先生 never prints "先生 李伟"; an
    unknown Latin one (H.E.) stays before it."""
    name = display_name_for(language, family, given, native)
    word = (honorific or "").strip()
    if not word:
        return name
    known = _HONORIFICS.get(fold(word).rstrip("."))
    if known is not None and language in _HONORIFIC_LANGUAGES:
        word = known[_HONORIFIC_LANGUAGES.index(language)]
    if language == "zh" and has_han(word):
        if has_han(native) and native and name != native:
            return f"{native}{word}{name.removeprefix(native)}"
        return f"{name}{word}"
    return f"{name} {word}" if has_han(word) else f"{word} {name}"


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
