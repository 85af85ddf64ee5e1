"""The emergency numbers of the countries a delegation visits, for the pack's contact sheet.

A bundled table, not a lookup: the pack is printed before the trip, often offline, and the
numbers change rarely. Each row is police, ambulance and fire brigade as a visitor dials them
from any phone in that country.

Source: Wikipedia, "List of emergency telephone numbers"
(https://en.wikipedia.org/wiki/List_of_emergency_telephone_numbers, as of 2024), checked
against the European Commission's page on the single European emergency number 112
(https://digital-strategy.ec.europa.eu/en/policies/112) for the member states listed here.
A country missing from the table is named on the sheet as such, never guessed.
"""

from __future__ import annotations

from typing import NamedTuple

SOURCE = (
    "Wikipedia, “List of emergency telephone numbers” (2024); "
    "European Commission, “112: the single European emergency number”"
)


class Numbers(NamedTuple):
    police: str
    ambulance: str
    fire: str


NUMBERS: dict[str, Numbers] = {
    "AE": Numbers("999", "998", "997"),
    "AT": Numbers("133", "144", "122"),
    "AU": Numbers("000", "000", "000"),
    "BE": Numbers("101", "112", "112"),
    "BR": Numbers("190", "192", "193"),
    "CA": Numbers("911", "911", "911"),
    "CH": Numbers("117", "144", "118"),
    "CN": Numbers("110", "120", "119"),
    "CZ": Numbers("158", "155", "150"),
    "DE": Numbers("110", "112", "112"),
    "DK": Numbers("112", "112", "112"),
    "ES": Numbers("112", "112", "112"),
    "FI": Numbers("112", "112", "112"),
    "FR": Numbers("17", "15", "18"),
    "GB": Numbers("999", "999", "999"),
    "HK": Numbers("999", "999", "999"),
    "HU": Numbers("107", "104", "105"),
    "IT": Numbers("112", "118", "115"),
    "JP": Numbers("110", "119", "119"),
    "KR": Numbers("112", "119", "119"),
    "NL": Numbers("112", "112", "112"),
    "NO": Numbers("112", "113", "110"),
    "PL": Numbers("997", "999", "998"),
    "SE": Numbers("112", "112", "112"),
    "SG": Numbers("999", "995", "995"),
    "TW": Numbers("110", "119", "119"),
    "US": Numbers("911", "911", "911"),
}
"""Police, ambulance, fire brigade by ISO 3166-1 alpha-2 code."""


def numbers(country: str | None) -> Numbers | None:
    """The emergency numbers of ``country``; None when the table does not have it."""
    return NUMBERS.get((country or "").upper())
