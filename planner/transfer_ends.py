"""How a transfer's ends are named and which zone their times are in: rules the trip file's
reader needs as much as the model's objects, kept apart from the model so that reading a file
imports no ORM."""

from __future__ import annotations

from planner.gazetteer import airports


def end_name(city: str | None, place: str | None) -> str:
    """A transfer's end as a line names it: its stop's city, else the airport's city and code
    ("Frankfurt am Main (FRA)"), else the place as written (a station); "" for neither."""
    if city:
        return city
    if not place:
        return ""
    airport = airports.lookup(place)
    return f"{airport.city} ({airport.code})" if airport is not None else place


def end_zone(stop_zone: str | None, place: str | None, home_timezone: str) -> str:
    """The zone a transfer's end is entered in: its airport's (the ticket's times are the
    airport's), else its stop's, else the trip's home zone (a station at home)."""
    airport = airports.lookup(place) if place else None
    if airport is not None and airport.timezone:
        return airport.timezone
    return stop_zone or home_timezone
