"""A person's travel documents as the person editor reads, checks and saves them.

The record carries the documents decrypted (:attr:`planner.records.PersonRecord.documents`);
the row keeps them sealed (:mod:`planner.document_reading`). Documents this computer's key
cannot open read as None, and saving such a record leaves the stored text as it is: editing a
colleague's entry of a person's telephone number must not wipe their passport. A sealed text
is written only when the documents changed, since sealing the same documents twice gives two
texts (a fresh nonce), which would look like a change to every comparison of rows.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace

from planner import document_reading, model, text_rules
from planner.document_crypto import DocumentsUnreadable
from planner.travel_documents import (
    GENDERS,
    PASSPORT_KINDS,
    SCHENGEN,
    TravelDocuments,
    Visa,
    faults,
)
from planner.tripfile.schema import is_country, is_entries, is_visa_area

Say = Callable[..., str]
_PLACES = {
    "date_of_birth": "date_of_birth",
    "passport.expires": "passport_expires",
}
"""The editor's field of each place :func:`planner.travel_documents.faults` names."""


def readable(person: model.Person) -> TravelDocuments | None:
    """The person's documents, None when this computer's key cannot open them."""
    try:
        return document_reading.opened(person.documents, "")
    except DocumentsUnreadable:
        return None


def apply(person: model.Person, documents: TravelDocuments | None) -> None:
    """Store ``documents`` sealed when they differ from what is stored (None: leave them)."""
    if documents is None:
        return
    documents = tidied(documents)
    if person.documents is not None and readable(person) == documents:
        return
    person.documents = document_reading.stored(documents)


def tidied(documents: TravelDocuments) -> TravelDocuments:
    """Blank texts as None, codes in the case the store keeps them (CN; ``schengen``)."""
    passport = documents.passport
    if passport is not None:
        number = passport.number.strip()
        passport = replace(passport, number=number) if number else None
    return replace(
        documents,
        nationality=_text(documents.nationality, upper=True),
        gender=_text(documents.gender),
        passport=passport,
        visas=tuple(
            replace(
                visa,
                area=SCHENGEN
                if visa.area.strip().lower() == SCHENGEN
                else visa.area.strip().upper(),
                kind=_text(visa.kind),
                number=_text(visa.number),
            )
            for visa in documents.visas
        ),
    )


def problems(documents: TravelDocuments, say: Say) -> dict[str, str]:
    """Every problem by the editor's field name (``nationality``, ``passport_number``,
    ``visas``: the first bad row, numbered from 1)."""
    found: dict[str, str] = {}

    def one_of(name: str, value: str | None, allowed: tuple[str, ...]) -> None:
        if value is not None and value not in allowed:
            found[name] = say("one_of", value=repr(value), allowed=say("one_of.sep").join(allowed))

    nationality = _text(documents.nationality)
    if nationality is not None and not is_country(nationality):
        found["nationality"] = say("nationality", value=repr(nationality))
    one_of("gender", _text(documents.gender), GENDERS)
    passport = documents.passport
    if passport is not None:
        one_of("passport_kind", passport.kind, PASSPORT_KINDS)
        if not passport.number.strip():
            found["passport_number"] = say("passport_number")
        else:
            _text_fault(found, "passport_number", passport.number, say)
    for fault in faults(documents, dt.date.today()):
        if fault.place in _PLACES:
            found.setdefault(_PLACES[fault.place], say(fault.key))
    for row, visa in enumerate(documents.visas, 1):
        problem = _visa_problem(visa, say)
        if problem is not None:
            found["visas"] = say("visa_row", row=row, problem=problem)
            break
    return found


def _visa_problem(visa: Visa, say: Say) -> str | None:
    if not is_visa_area(visa.area.strip()):
        return say("visa_area", value=repr(visa.area))
    if visa.valid_to < visa.valid_from:
        return say("visa_ends_before_start")
    if visa.entries is not None and not is_entries(visa.entries):
        return say("visa_entries", value=repr(visa.entries))
    for text in (visa.kind, visa.number):
        fault = None if text is None else text_rules.fault(text)
        if fault is not None:
            return say(f"text.{fault.kind}", code=fault.code, position=fault.position)
    return None


def _text_fault(found: dict[str, str], name: str, text: str, say: Say) -> None:
    fault = text_rules.fault(text)
    if fault is not None:
        found[name] = say(f"text.{fault.kind}", code=fault.code, position=fault.position)


def _text(value: str | None, *, upper: bool = False) -> str | None:
    if value is None or not value.strip():
        return None
    return value.strip().upper() if upper else value.strip()
