"""The trip file (``*.trip.json``, trip-format.md version 1): read, check, insert, write."""

from planner.tripfile.identity import TripAlreadyStored, as_copy, insert_trip, stored_trip
from planner.tripfile.reader import TripFileError, build_trip, parse_json, read_trip_file
from planner.tripfile.rows import PreparedTrip
from planner.tripfile.writer import dumps, trip_document, write_trip_file

__all__ = [
    "PreparedTrip",
    "TripAlreadyStored",
    "TripFileError",
    "as_copy",
    "build_trip",
    "dumps",
    "insert_trip",
    "parse_json",
    "read_trip_file",
    "stored_trip",
    "trip_document",
    "write_trip_file",
]
