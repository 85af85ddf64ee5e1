"""The bundled sample trip, loaded into a new default store so a newcomer sees a real trip."""

from __future__ import annotations

from importlib import resources

from planner import tripfile
from planner.store import Store

SAMPLE_TRIP = "nanshan-germany-2024.trip.json"


def sample_trip_bytes() -> bytes:
    """Read through importlib.resources so that a PyInstaller build finds the file too."""
    return (resources.files("resources") / "sample_trips" / SAMPLE_TRIP).read_bytes()


def load_sample_trip(store: Store) -> int:
    """Import the sample trip into ``store``; its id."""
    prepared = tripfile.build_trip(
        tripfile.parse_json(sample_trip_bytes(), SAMPLE_TRIP), SAMPLE_TRIP
    )
    with store.transaction() as session:
        return tripfile.insert_trip(session, prepared)
