"""The trip file's ISO codes are checked against pycountry's databases, read by a pattern
rather than by parsing their JSON (planner/tripfile/schema.py, ``_codes``): here both readings
must find the very same codes, so a pycountry that writes its files differently fails here
instead of refusing good trip files."""

from __future__ import annotations

import json

import pycountry
import pytest

from planner.tripfile import schema


@pytest.mark.parametrize(
    ("database", "field"),
    [
        (pycountry.countries, "alpha_2"),
        (pycountry.subdivisions, "code"),
        (pycountry.languages, "alpha_2"),
        (pycountry.currencies, "alpha_3"),
    ],
)
def test_the_codes_found_by_pattern_are_those_of_the_parsed_database(
    database: object, field: str
) -> None:
    with open(database.filename, encoding="utf-8") as file:  # type: ignore[attr-defined]
        entries = json.load(file)[database.root_key]  # type: ignore[attr-defined]
    parsed = {entry[field].lower() for entry in entries if field in entry}

    assert schema._codes(database, field) == parsed
    assert len(parsed) > 100  # every database holds its codes, none read as empty


def test_a_code_is_known_whatever_its_case_and_an_unknown_one_is_named() -> None:
    assert schema._country("de") is None
    assert schema._region("de-by") is None
    assert schema._language("ZH") is None
    assert schema._currency("cny") is None
    assert (
        schema._country("XX") == "'XX' is not an ISO 3166-1 alpha-2 country code (such as DE or CN)"
    )
