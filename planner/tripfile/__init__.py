"""The trip file (``*.trip.json``, trip-format.md version 1): read, check, insert, write."""

from planner.tripfile.reader import TripFileError, build_trip, parse_json, read_trip_file
from planner.tripfile.rows import PreparedTrip, insert_trip
from planner.tripfile.writer import dumps, trip_document, write_trip_file

__all__ = [
    "PreparedTrip",
    "TripFileError",
    "build_trip",
    "dumps",
    "insert_trip",
    "parse_json",
    "read_trip_file",
    "trip_document",
    "write_trip_file",
]
