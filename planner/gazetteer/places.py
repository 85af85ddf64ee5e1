"""What a city of the gazetteer is, and how its names compare and are shown: shared by the
gazetteer read into memory (:mod:`planner.gazetteer.memory`) and its index on disk
(:mod:`planner.gazetteer.index`), so that both answer alike."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple, Protocol

_LOOSE_SPACE = re.compile(r"^\s|\s$|\s\s|[^\S ]")
"""Space that folding tidies (splitting every name costs a fifth of reading the cities)."""

Spelling = tuple[str, str, str]
"""A name, case-folded, and folded."""


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


class Places(Protocol):
    """What the stop editor, the trip files and the checks ask of the gazetteer, whether it
    was read into memory or is answered from its index."""

    @property
    def cities(self) -> tuple[City, ...]: ...

    def prepare(self) -> None: ...

    def is_prepared(self) -> bool: ...

    def complete(self, text: str, limit: int = 12) -> list[Match]: ...

    def named(self, name: str, country: str) -> tuple[City, ...]: ...

    def by_id(self, geonameid: int) -> City | None: ...


def fold(name: str) -> str:
    """A name as names compare: without case, accents and repeated spaces (``München`` and
    ``munchen``; ``Xi’an`` and ``Xi'an``)."""
    text = name.casefold()
    if not text.isascii():
        text = text.translate(_PLAIN)
    return " ".join(text.split()) if _LOOSE_SPACE.search(text) else text


def spellings(names: Sequence[str]) -> list[Spelling]:
    """The city's names as shown by preference, each with its case-folded and folded form;
    worked out when the city is first shown, not for all 34,000 up front."""
    folds = [fold(name) for name in names]
    counts = Counter(folds)
    order = sorted(range(len(names)), key=lambda i: (i > 0, -counts[folds[i]], names[i].isascii()))
    return [(names[i], names[i].casefold(), folds[i]) for i in order]


def shown(city: City, position: int, text: str, spelt: list[Spelling]) -> Match:
    """The match with the name to show: as it is typed where the city has it so (``Milano``,
    not the ``Miláno`` it folds alike to), its GeoNames name when that matches, else the
    spelling most of its names fold to, accented (``Nürnberg``, not the ``Nürnbarg`` that
    comes first in the alphabet). ``spelt`` is :func:`spellings` of the city's names."""
    typed, key = text.strip().casefold(), fold(text)
    found = next((n for n, c, f in spelt if c.startswith(typed) and f.startswith(key)), None)
    found = found or next((n for n, _, f in spelt if f.startswith(key)), None)
    return Match(city, found or city.names[position])


class _Plain(dict[int, str]):
    """A translation table that learns each character's letters without accents on first
    sight: ``str.translate`` then folds a name in C, which matters over 300,000 names."""

    def __missing__(self, code: int) -> str:
        decomposed = unicodedata.normalize("NFKD", chr(code))
        plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
        self[code] = plain = "'" if plain == "’" else plain
        return plain


_PLAIN = _Plain()
