"""Airports by IATA and ICAO code, for the ends of a transfer.

A booking names an airport by its code ("FRA", sometimes "EDDF"); the planner needs its city and
zone so that the times on the ticket, which are local, land on the right instant. The table is
``airportsdata``'s (about 28,000 airports by ICAO code, 7,900 of them with an IATA code), read
once on first use (a quarter to half a second) and kept: a run that never asks pays nothing.
"""

from __future__ import annotations

import bisect
import functools
from dataclasses import dataclass

import airportsdata

from planner.names import fold as _fold

__all__ = ["Airport", "lookup", "search"]

_MAX_RESULTS = 20


@dataclass(frozen=True)
class Airport:
    """One airport as a booking names it; ``iata`` is empty for the many without one."""

    iata: str
    icao: str
    name: str
    city: str
    country: str
    """ISO 3166-1 alpha-2."""
    timezone: str
    latitude: float
    longitude: float

    @property
    def code(self) -> str:
        """The code a traveller reads on the ticket: IATA where there is one."""
        return self.iata or self.icao

    @property
    def label(self) -> str:
        """ "FRA – Frankfurt am Main International Airport, Frankfurt am Main (DE)"."""
        return f"{self.code} – {self.name}, {self.city} ({self.country})"


def lookup(code: str) -> Airport | None:
    """The airport with this IATA (3 letters) or ICAO (4) code, in any case; None if unknown.

    A three-letter code is read as IATA and a four-letter one as ICAO, as a booking writes them.
    """
    code = code.strip().upper()
    table = _tables()
    if len(code) == 3:
        return table.by_iata.get(code)
    if len(code) == 4:
        return table.by_icao.get(code)
    return None


def search(text: str, limit: int = _MAX_RESULTS) -> list[Airport]:
    """Airports for a completer: an exact code first, then codes, cities and names that start
    with ``text`` (case- and accent-insensitive); airports with an IATA code, and international
    ones among them, before the rest, since those are the ones delegations fly to.

    Prefix search on sorted keys (bisect), so a keystroke costs microseconds, not a scan.
    """
    key = _fold(text.strip())
    if not key:
        return []
    table = _tables()
    found: dict[str, Airport] = {}
    exact = lookup(text)
    if exact is not None:
        found[exact.icao] = exact
    for keys, airports in (
        (table.code_keys, table.code_airports),
        (table.word_keys, table.word_airports),
    ):
        start = bisect.bisect_left(keys, key)
        for index in range(start, len(keys)):
            if not keys[index].startswith(key):
                break
            airport = airports[index]
            found.setdefault(airport.icao, airport)
    ranked = sorted(found.values(), key=lambda a: (a is not exact, not a.iata, _minor(a), a.city))
    return ranked[:limit]


@dataclass(frozen=True)
class _Tables:
    by_iata: dict[str, Airport]
    by_icao: dict[str, Airport]
    code_keys: list[str]
    code_airports: list[Airport]
    word_keys: list[str]
    word_airports: list[Airport]


@functools.cache
def _tables() -> _Tables:
    by_iata: dict[str, Airport] = {}
    by_icao: dict[str, Airport] = {}
    codes: list[tuple[str, Airport]] = []
    words: list[tuple[str, Airport]] = []
    for icao, row in airportsdata.load("ICAO").items():
        airport = Airport(
            iata=row["iata"] or "",
            icao=icao,
            name=row["name"],
            city=row["city"],
            country=row["country"],
            timezone=row["tz"],
            latitude=float(row["lat"]),
            longitude=float(row["lon"]),
        )
        by_icao[icao] = airport
        codes.append((icao.lower(), airport))
        if airport.iata:
            by_iata[airport.iata] = airport
            codes.append((airport.iata.lower(), airport))
        for word in {_fold(airport.city.strip()), _fold(airport.name.strip())}:
            if word:
                words.append((word, airport))
    codes.sort(key=lambda pair: pair[0])
    words.sort(key=lambda pair: pair[0])
    return _Tables(
        by_iata,
        by_icao,
        [k for k, _ in codes],
        [a for _, a in codes],
        [k for k, _ in words],
        [a for _, a in words],
    )


def _minor(airport: Airport) -> bool:
    return "international" not in airport.name.casefold()
