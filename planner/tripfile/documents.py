"""A person's travel documents and the trip's invitation in the trip file (an extension of
version 1, ``docs/trip-format.md``), both ways.

The structure is checked with the rest of the file (:mod:`planner.tripfile.schema`); what one
field alone cannot say is checked here, each problem named by its place
(``people[3].passport.expires: ...``): a passport that expires before it was issued, a visa
that ends before it starts, a birth in the future. The documents go to the store encrypted
(:func:`planner.document_reading.stored`); they leave it only in a file exported with
``--with-documents``, since a passport number is as good as an identity.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from planner import document_reading
from planner.travel_documents import (
    SCHENGEN,
    InvitationDetails,
    TravelDocuments,
    faults,
    from_mapping,
    to_mapping,
)
from planner.tripfile.schema import DOCUMENT_FIELDS, Problem

_FAULTS = {
    "born_in_future": "{day} is in the future",
    "expires_before_issued": "{expires} is not after issued ({issued})",
    "visa_ends_before_start": "{valid_to} is before valid_from ({valid_from})",
}
"""The file's words for :func:`planner.travel_documents.faults` (the editor has its own)."""


def person_documents(data: dict[str, Any], path: str) -> tuple[TravelDocuments, list[Problem]]:
    """The documents of a structurally valid ``people[i]`` object, and what is wrong with them."""
    given = {name: _cleaned(data[name]) for name in DOCUMENT_FIELDS if data.get(name) is not None}
    given = {name: value for name, value in given.items() if value not in (None, {}, [])}
    if "nationality" in given:
        given["nationality"] = given["nationality"].upper()
    for visa in given.get("visas", ()):
        visa["area"] = SCHENGEN if visa["area"].lower() == SCHENGEN else visa["area"].upper()
    documents = from_mapping(given)
    problems = [
        Problem(f"{path}.{fault.place}", _FAULTS[fault.key].format(**fault.values))
        for fault in faults(documents, dt.date.today())
    ]
    return documents, problems


def stored_documents(documents: TravelDocuments) -> str | None:
    """The person row's ``documents``: encrypted, None when there are none."""
    return document_reading.stored(documents)


def document_fields(text: str | None, whose: str) -> dict[str, Any]:
    """The fields a person's object carries for their stored documents (``{}`` for none);
    a text this computer cannot open is an error naming the person."""
    return to_mapping(document_reading.opened(text, whose))


def invitation(data: dict[str, Any] | None) -> InvitationDetails:
    """The trip's ``invitation`` object (absent: nothing said yet)."""
    if not data:
        return InvitationDetails()
    purpose, costs = _cleaned(data.get("purpose")), _cleaned(data.get("costs_borne_by"))
    issued = data.get("issued")
    return InvitationDetails(
        purpose=purpose,
        costs_borne_by=costs,
        issued=None if issued is None else dt.date.fromisoformat(issued),
    )


def invitation_object(details: InvitationDetails) -> dict[str, Any] | None:
    """The trip's ``invitation`` object, None (left out) when nothing is said."""
    if details == InvitationDetails():
        return None
    out = {
        "purpose": details.purpose,
        "costs_borne_by": details.costs_borne_by,
        "issued": None if details.issued is None else details.issued.isoformat(),
    }
    return {name: value for name, value in out.items() if value is not None}


def _cleaned(value: Any) -> Any:
    """Blank strings read as absent, as everywhere in the file (a text is kept as written
    otherwise, as every text of the file is); objects and lists likewise."""
    if isinstance(value, str):
        return value if value.strip() else None
    if isinstance(value, dict):
        kept = {name: _cleaned(item) for name, item in value.items()}
        return {name: item for name, item in kept.items() if item is not None}
    if isinstance(value, list):
        return [_cleaned(item) for item in value]
    return value
