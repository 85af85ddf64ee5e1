"""How the window names the trip's home zone beside a time.

English and German name it by its IANA identifier, as the rest of the window does. Chinese
says 国内时间 ("time at home in China") only where that is what it means: the home zone is in
China. An office elsewhere (a German office whose staff read Chinese) would otherwise have
Berlin's time called China's, so there the zone's CLDR name is given (中欧时间).
"""

from __future__ import annotations

from functools import cache

from ui import i18n

CHINA_ZONES = frozenset(
    {"Asia/Shanghai", "Asia/Urumqi", "Asia/Chongqing", "Asia/Chungking", "Asia/Harbin",
     "Asia/Kashgar", "PRC"}
)  # fmt: skip
"""The IANA zones of mainland China (zone1970.tab and their old aliases)."""


def home_zone_label(zone: str) -> str:
    """The home zone as the ``{zone}`` of "at home" texts in the interface's language."""
    if not i18n.current_language().startswith("zh"):
        return zone
    return "国内时间" if zone in CHINA_ZONES else _cldr_name(zone)


@cache
def _cldr_name(zone: str) -> str:
    # babel.dates on first use: importing it works out the computer's zone (most of 80 ms),
    # which the window would otherwise pay before the trip is shown, in every language.
    from babel.dates import get_timezone_name  # noqa: PLC0415

    try:
        return get_timezone_name(zone, locale="zh_CN")
    except LookupError:  # a zone CLDR does not know keeps its identifier
        return zone
