"""A person's travel documents as plain values: nationality, birth, passport and visas.

The visa is the first thing a trade office does for a delegation, weeks before any meeting is
fixed, and a wrong passport number or a late invitation letter cancels a visit (issue 23). These
values are the one shape the store, the trip file, the checks and the letters share; they are
sensitive by design (stored encrypted, never in an external pack, a calendar or a trip file
exported without ``--with-documents``), so nothing here formats them for display.

Field names and vocabularies are those of the trip file (``docs/trip-format.md``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

GENDERS = ("female", "male", "diverse")
PASSPORT_KINDS = ("ordinary", "service", "diplomatic")
SCHENGEN = "schengen"
"""The one visa area that is not a country code (ISO 3166-1 alpha-2 otherwise)."""
MULTIPLE = "multiple"
"""A visa's ``entries`` when it allows any number of entries (else a count: 1, 2)."""


@dataclass(frozen=True)
class Passport:
    number: str
    kind: str = "ordinary"
    """One of :data:`PASSPORT_KINDS`."""
    issued: dt.date | None = None
    expires: dt.date | None = None


@dataclass(frozen=True)
class Visa:
    area: str
    """An ISO 3166-1 alpha-2 country code (upper case, ``CN``) or :data:`SCHENGEN`."""
    valid_from: dt.date
    valid_to: dt.date
    kind: str | None = None
    """The consulate's category as written on the visa (``C``, ``M``, ``F``, ``business``)."""
    number: str | None = None
    entries: int | str | None = None
    """1, 2, ... or :data:`MULTIPLE`; None when not recorded."""


@dataclass(frozen=True)
class TravelDocuments:
    """Everything recorded for one person; every field may be missing."""

    nationality: str | None = None
    """ISO 3166-1 alpha-2, upper case (``CN``, ``DE``)."""
    date_of_birth: dt.date | None = None
    gender: str | None = None
    """One of :data:`GENDERS`."""
    passport: Passport | None = None
    visas: tuple[Visa, ...] = field(default_factory=tuple)

    @property
    def is_empty(self) -> bool:
        return self == TravelDocuments()


@dataclass(frozen=True)
class InvitationDetails:
    """What an invitation letter says of the visit beyond the itinerary, kept with the trip."""

    purpose: str | None = None
    """The purpose of the visit as the letter states it (the trip's purpose when empty)."""
    costs_borne_by: str | None = None
    """Who pays travel and stay (``the delegates' employer``, ``the host``)."""
    issued: dt.date | None = None
    """The day the invitation letter was issued; None: not yet."""


def to_mapping(documents: TravelDocuments) -> dict[str, Any]:
    """The documents as the trip file writes them (``docs/trip-format.md``): missing fields are
    left out, dates are ISO, so the store's JSON and the file's are one shape."""
    out: dict[str, Any] = {}
    if documents.nationality is not None:
        out["nationality"] = documents.nationality
    if documents.date_of_birth is not None:
        out["date_of_birth"] = documents.date_of_birth.isoformat()
    if documents.gender is not None:
        out["gender"] = documents.gender
    if documents.passport is not None:
        out["passport"] = _present(
            {
                "number": documents.passport.number,
                "kind": documents.passport.kind,
                "issued": _iso(documents.passport.issued),
                "expires": _iso(documents.passport.expires),
            }
        )
    if documents.visas:
        out["visas"] = [
            _present(
                {
                    "area": visa.area,
                    "kind": visa.kind,
                    "number": visa.number,
                    "valid_from": visa.valid_from.isoformat(),
                    "valid_to": visa.valid_to.isoformat(),
                    "entries": visa.entries,
                }
            )
            for visa in documents.visas
        ]
    return out


def from_mapping(mapping: Mapping[str, Any]) -> TravelDocuments:
    """The documents :func:`to_mapping` wrote. Trusts its input's shape (the store's own JSON,
    or a trip file the reader has validated): a malformed one raises ``KeyError``,
    ``TypeError`` or ``ValueError``; unknown keys are ignored, for newer programs' fields."""
    passport = mapping.get("passport")
    return TravelDocuments(
        nationality=mapping.get("nationality"),
        date_of_birth=_date(mapping.get("date_of_birth")),
        gender=mapping.get("gender"),
        passport=None
        if passport is None
        else Passport(
            number=passport["number"],
            kind=passport.get("kind", "ordinary"),
            issued=_date(passport.get("issued")),
            expires=_date(passport.get("expires")),
        ),
        visas=tuple(
            Visa(
                area=visa["area"],
                valid_from=dt.date.fromisoformat(visa["valid_from"]),
                valid_to=dt.date.fromisoformat(visa["valid_to"]),
                kind=visa.get("kind"),
                number=visa.get("number"),
                entries=visa.get("entries"),
            )
            for visa in mapping.get("visas", ())
        ),
    )


def _present(mapping: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in mapping.items() if value is not None}


def _iso(day: dt.date | None) -> str | None:
    return None if day is None else day.isoformat()


def _date(text: str | None) -> dt.date | None:
    return None if text is None else dt.date.fromisoformat(text)


@dataclass(frozen=True)
class Fault:
    """A rule the documents break that no single field shows: the trip file and the editor
    word it each in their own way, from ``key`` and ``values``."""

    place: str
    """Where, as the trip file names it under the person: ``passport.expires``,
    ``visas[1].valid_to``, ``date_of_birth``."""
    key: str
    """``born_in_future``, ``expires_before_issued`` or ``visa_ends_before_start``."""
    values: dict[str, str]
    """The dates involved, ISO (``{"expires": "2021-05-06", "issued": "2021-05-06"}``)."""


def faults(documents: TravelDocuments, today: dt.date) -> list[Fault]:
    """The rules between fields that ``documents`` break, in field order."""
    found: list[Fault] = []
    birth = documents.date_of_birth
    if birth is not None and birth > today:
        found.append(Fault("date_of_birth", "born_in_future", {"day": birth.isoformat()}))
    passport = documents.passport
    if passport and passport.issued and passport.expires and passport.expires <= passport.issued:
        found.append(
            Fault(
                "passport.expires",
                "expires_before_issued",
                {"expires": passport.expires.isoformat(), "issued": passport.issued.isoformat()},
            )
        )
    for index, visa in enumerate(documents.visas):
        if visa.valid_to < visa.valid_from:
            found.append(
                Fault(
                    f"visas[{index}].valid_to",
                    "visa_ends_before_start",
                    {
                        "valid_to": visa.valid_to.isoformat(),
                        "valid_from": visa.valid_from.isoformat(),
                    },
                )
            )
    return found
