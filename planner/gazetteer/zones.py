"""Which IANA zones the places of a country use, from the tz database's own tables.

``zone.tab`` and ``zone1970.tab`` (shipped in the ``tzdata`` package) name every zone in use
with the countries it serves: China is Asia/Shanghai and Asia/Urumqi, Germany Europe/Berlin
and Europe/Busingen. The tables list each zone once under its canonical name, so a zone
that is a link to one of them (Asia/Chongqing to Asia/Shanghai) is recognised by having the
same rules: the same compiled file.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

TABLES = ("zone.tab", "zone1970.tab")


def used_in(zone: str, country: str) -> bool | None:
    """Whether some place of ``country`` keeps ``zone``; None when the tz database lists no
    zone for the country (and so cannot tell)."""
    zones = country_zones(country.upper())
    if not zones:
        return None
    if zone in zones:
        return True
    rules = _rules(zone)
    return rules is not None and any(rules == _rules(z) for z in zones)


@cache
def country_zones(country: str) -> frozenset[str]:
    """The canonical zones of ``country`` (ISO 3166-1 alpha-2, upper case)."""
    return _table().get(country, frozenset())


def zone_countries(zone: str) -> frozenset[str]:
    """The countries the tz database lists ``zone`` for (Europe/Berlin: DE and its neighbours
    that share it); none for a zone it does not list."""
    return frozenset(code for code, zones in _table().items() if zone in zones)


@cache
def _table() -> dict[str, frozenset[str]]:
    found: dict[str, set[str]] = {}
    for name in TABLES:
        text = resources.files("tzdata").joinpath("zoneinfo").joinpath(name).read_text("utf-8")
        for line in text.splitlines():
            if line.startswith("#") or not line.strip():
                continue
            codes, _, zone = line.split("\t")[:3]
            for code in codes.split(","):
                found.setdefault(code, set()).add(zone)
    return {code: frozenset(zones) for code, zones in found.items()}


@cache
def _rules(zone: str) -> bytes | None:
    """The compiled rules of ``zone`` from tzdata, None for a name it does not ship."""
    try:
        found = resources.files("tzdata").joinpath("zoneinfo")
        for part in zone.split("/"):
            found = found.joinpath(part)
        return found.read_bytes()
    except (OSError, ValueError):
        return None
