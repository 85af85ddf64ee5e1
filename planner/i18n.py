"""The core's words in the user's language: gettext catalogs for its texts, CLDR for the rest.

The core's tables (the editors' messages, the checks' messages, the briefing pack's and the
calendars' labels) keep each English text under a key, marked with :func:`N_` or :func:`NP_`
so that Babel's extraction finds it; the English text is the message id, gettext's convention.
The German and Chinese texts live in ``resources/translations/<locale>/LC_MESSAGES/planner.po``
beside the UI's Qt ``.ts`` files, compiled to the ``planner.mo`` next to each: both are
committed, so a bare clone and the PyInstaller build need no build step
(``tools/catalogs.py`` makes them; ``tests/core/test_catalogs.py`` holds them current).

Names of weekdays and months and the decimal sign come from CLDR through Babel, so a new
language is a line in :data:`LOCALES` and a translated catalog, never a new table of names.
"""

from __future__ import annotations

import datetime as dt
import gettext
from decimal import Decimal
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Literal

# Babel and importlib.resources (about 25 ms with what they pull in) are imported where a text
# is translated or a date worded: the command line imports this module for LANGUAGES alone.
if TYPE_CHECKING:
    from babel import Locale

ENGLISH = "en"
LOCALES = {"en": "en", "de": "de", "zh": "zh_CN"}
"""The locale (gettext's catalog folder and CLDR's data) of each language the core writes."""
LANGUAGES = tuple(LOCALES)
DOMAIN = "planner"
"""The catalogs' name: ``planner.po``, apart from the UI's ``delegation_planner_<locale>.ts``."""
CONTEXT_SEP = "\x04"
"""Between a context and its message, as in a compiled catalog (GNU gettext's own mark)."""


def counted(count: int, singular: str, plural: str | None = None) -> str:
    """``1 event``, ``2 events``, ``1 person``: a count in English, for the lines the command
    line prints, which scripts read and which are never translated (so not gettext's)."""
    return f"{count} {singular if count == 1 else plural or singular + 's'}"


def N_(message: str) -> str:  # noqa: N802 (gettext's name for a marker)
    """Marks ``message`` for extraction; :func:`translate` translates it where it is shown."""
    return message


def NP_(context: str, message: str) -> str:  # noqa: N802
    """Marks a message that needs a context: a short word English uses in two senses
    (``Press`` the role, ``Press`` the meeting kind) or a separator."""
    return f"{context}{CONTEXT_SEP}{message}"


def NN_(singular: str, plural: str) -> tuple[str, str]:  # noqa: N802
    """Marks a message with a plural form for :func:`ntranslate`."""
    return singular, plural


def language_code(language: str | None) -> str:
    """``en``, ``de`` or ``zh`` for a language a caller names (``zh_CN``, ``zh-CN``, ``de_AT``);
    English for one the core does not speak."""
    key = (language or "").strip().replace("-", "_").lower()
    base = key.split("_", 1)[0]
    return base if base in LOCALES else ENGLISH


@cache
def catalog(language: str) -> gettext.NullTranslations:
    """The compiled catalog of ``language``; English (the message ids) for English and for a
    language without one. A text missing from a catalog stays English."""
    locale = LOCALES.get(language)
    if language == ENGLISH or locale is None:
        return gettext.NullTranslations()
    from importlib import resources  # noqa: PLC0415 - see the imports

    folder = resources.files("resources") / "translations" / locale / "LC_MESSAGES"
    with (folder / f"{DOMAIN}.mo").open("rb") as file:
        return gettext.GNUTranslations(file)


@lru_cache(maxsize=4096)
def translate(language: str, message: str) -> str:
    """``message`` (as :func:`N_` or :func:`NP_` marked it) in ``language``; kept, for a check
    words the same few dozen templates ten thousand times (the catalogs never change while the
    program runs)."""
    context, found, text = message.rpartition(CONTEXT_SEP)
    own = catalog(language)
    return own.pgettext(context, text) if found else own.gettext(text)


def ntranslate(language: str, message: tuple[str, str], count: int) -> str:
    """The form of ``message`` (as :func:`NN_` marked it) for ``count`` in ``language``."""
    return catalog(language).ngettext(*message, count)


@cache
def day_names(language: str, width: str = "wide") -> tuple[str, ...]:
    """CLDR's weekday names, Monday first; ``width`` is ``wide`` or ``abbreviated``."""
    if language == ENGLISH and width in _ENGLISH_DAYS:
        return _ENGLISH_DAYS[width]
    names = _locale(language).days["format"][width]
    return tuple(names[day] for day in range(7))


@cache
def month_names(language: str, width: str = "wide") -> tuple[str, ...]:
    """CLDR's month names, January first; ``width`` is ``wide`` or ``abbreviated``."""
    if language == ENGLISH and width in _ENGLISH_MONTHS:
        return _ENGLISH_MONTHS[width]
    names = _locale(language).months["format"][width]
    return tuple(names[month] for month in range(1, 13))


def date_fields(language: str, day: dt.date) -> dict[str, object]:
    """The fields a date format of the catalogs may use: ``{weekday}`` and ``{wd}`` (its
    short form), ``{day}``, ``{month}`` and ``{mon}`` (its short form), ``{m}`` (the month's
    number) and ``{year}``."""
    return {
        "weekday": day_names(language)[day.weekday()],
        "wd": day_names(language, "abbreviated")[day.weekday()],
        "day": day.day,
        "month": month_names(language)[day.month - 1],
        "mon": month_names(language, "abbreviated")[day.month - 1],
        "m": day.month,
        "year": day.year,
    }


def range_fields(language: str, first: dt.date, last: dt.date) -> tuple[str, dict[str, object]]:
    """Which of the catalogs' range formats two days take (``same_month``, ``same_year`` or
    ``other_year``) and the fields of both ends: ``{d1}``, ``{month1}``, ``{m1}``, ``{y1}``
    and the same with 2."""
    if first.year != last.year:
        kind = "other_year"
    elif first.month != last.month:
        kind = "same_year"
    else:
        kind = "same_month"
    ends = date_fields(language, first), date_fields(language, last)
    values = {
        f"{name}{n}": fields[long]
        for n, fields in enumerate(ends, 1)
        for name, long in (("d", "day"), ("month", "month"), ("m", "m"), ("y", "year"))
    }
    return kind, values


def amount(language: str, value: Decimal | int) -> str:
    """``160``, ``60.50``, ``60,50``: cents only where there are some, CLDR's decimal sign."""
    number = Decimal(value)
    text = f"{number:.0f}" if number == number.to_integral_value() else f"{number:.2f}"
    if language == ENGLISH:
        return text  # CLDR's English decimal sign is the point
    return text.replace(".", str(_locale(language).number_symbols["latn"]["decimal"]))


def money_parts(language: str, value: Decimal | int, currency: str) -> tuple[str, str]:
    """An amount and its currency as a reader of ``language`` writes them in a document:
    English as the planner has always printed (``1250.50``, ``EUR``); German with CLDR's
    grouping and the ISO code after it, as official German usage has it (``1.250,50``,
    ``EUR``); Chinese grouped and with CLDR's name of the currency (``1,250.50``, ``欧元``)."""
    number = Decimal(value)
    if language == ENGLISH:
        return amount(language, number), currency
    from babel.numbers import format_decimal, get_currency_name  # noqa: PLC0415 - see imports

    pattern = "#,##0" if number == number.to_integral_value() else "#,##0.00"
    text = str(format_decimal(number, format=pattern, locale=LOCALES[language]))
    if language == "zh" and currency:
        currency = str(get_currency_name(currency.upper(), locale=LOCALES[language])) or currency
    return text, currency


def zone_name(language: str, zone: str, local: dt.datetime) -> str:
    """How a reader of ``language`` names the zone ``zone`` at the aware local time ``local``:
    CLDR's long name (``Mitteleuropäische Sommerzeit``, ``中欧夏令时间``), mainland China's
    own ``北京时间`` for China's zones (CLDR says 中国标准时间, which no mainland document
    prints). English keeps the IANA identifier, as its calendars and checks always wrote it;
    a zone CLDR does not know stays an identifier too."""
    if language == ENGLISH:
        return zone
    if language == "zh" and zone in _BEIJING_TIME_ZONES:
        return "北京时间"
    from babel.core import get_global  # noqa: PLC0415 - see the imports
    from babel.dates import get_timezone_name  # noqa: PLC0415

    if zone not in get_global("meta_zones"):
        # No CLDR name (Etc/GMT-3, a zone newer than the data): babel would print "unknown
        # region", so the identifier says more.
        return zone
    variant: Literal["daylight", "standard"] = "daylight" if local.dst() else "standard"
    name = get_timezone_name(local.tzinfo, "long", locale=_locale(language), zone_variant=variant)
    return _chinese_brackets(str(name)) if language == "zh" else str(name)


def language_name(language: str, code: str) -> str:
    """The name of the language ``code`` (``zh``, ``de-AT``) in ``language``: ``Chinesisch``,
    ``中文``; English keeps the code, as the checks always wrote it, and so does a code CLDR
    does not know."""
    if language == ENGLISH:
        return code
    from babel import Locale, UnknownLocaleError  # noqa: PLC0415 - see the imports

    try:
        named = Locale.parse(code.replace("-", "_")).get_display_name(_locale(language))
    except (ValueError, UnknownLocaleError):
        return code
    if not named:
        return code
    return _chinese_brackets(str(named)) if language == "zh" else str(named)


# CLDR's English names, as babel gives them (tests/core/test_checks_languages.py compares): the
# default language's dates need not load babel and its locale data (50-90 ms of a command).
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
_ENGLISH_DAYS = {"wide": _DAYS, "abbreviated": tuple(d[:3] for d in _DAYS)}
_ENGLISH_MONTHS = {"wide": _MONTHS, "abbreviated": tuple(m[:3] for m in _MONTHS)}
_BEIJING_TIME_ZONES = frozenset(
    {"Asia/Shanghai", "Asia/Chongqing", "Asia/Chungking", "Asia/Harbin", "PRC"}
)
"""The zones of China's one civil time; Asia/Urumqi (Xinjiang time) keeps its CLDR name."""


@cache
def _locale(language: str) -> Locale:
    from babel import Locale  # noqa: PLC0415 - see the imports

    return Locale.parse(LOCALES.get(language, ENGLISH))


def _chinese_brackets(text: str) -> str:
    """CLDR's Chinese with full-width brackets: ``德语 (奥地利)`` is ``德语（奥地利）``."""
    return text.replace(" (", "（").replace("(", "（").replace(")", "）")
