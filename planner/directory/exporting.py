"""Writing people of the directory to a contacts file (vCard 4.0 or CSV) for other programs.

The file is written beside its destination and then moved over it, so an export that fails
(a full disk, a person that cannot be written) never leaves a half file where a good one was.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from planner import model, names, private_files
from planner.contacts.draft import ExportPerson
from planner.errors import NotFound, PlannerError

SUFFIXES = (".vcf", ".csv")


def export_people(session: Session, uuids: Sequence[str] | None, path: Path) -> int:
    """Write the people ``uuids`` (everyone when None), sorted by name, to ``path`` as vCard
    4.0 (``.vcf``) or CSV (``.csv``); how many were written."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise PlannerError(f"{path}: export people to a .vcf or .csv file")
    people = export_persons(session, uuids)
    out = io.StringIO(newline="")
    if suffix == ".vcf":
        from planner.contacts import vcard_format  # noqa: PLC0415 - vobject is large

        vcard_format.write_vcards(people, out)
    else:
        from planner.contacts import csv_format  # noqa: PLC0415

        csv_format.write_csv(people, out)
    write_whole(path, out.getvalue().encode("utf-8"))
    return len(people)


def export_persons(session: Session, uuids: Sequence[str] | None) -> list[ExportPerson]:
    """The people ``uuids`` (everyone when None) as a file holds them, sorted by name."""
    query = select(
        model.Person.uuid,
        model.Person.family_name,
        model.Person.given_name,
        model.Person.native_name,
        model.Person.honorific,
        model.Person.position,
        model.Organization.name,
        model.Organization.native_name,
        model.Organization.country,
        model.Person.email,
        model.Person.phone,
        model.Person.languages,
        model.Person.notes,
    ).outerjoin(model.Organization, model.Organization.id == model.Person.organization_id)
    rows: list[tuple[Any, ...]] = []
    wanted = None if uuids is None else list(dict.fromkeys(uuids))
    chunks = (
        [None] if wanted is None else [wanted[i : i + 5000] for i in range(0, len(wanted), 5000)]
    )
    for chunk in chunks:
        chosen = query if chunk is None else query.where(model.Person.uuid.in_(chunk))
        rows.extend(session.execute(chosen))
    if wanted is not None and len(rows) != len(wanted):
        missing = set(wanted) - {row[0] for row in rows}
        raise NotFound(f"the person {sorted(missing)[0]} no longer exists")
    people = [
        ExportPerson(
            uuid=uuid,
            family_name=family,
            given_name=given,
            native_name=native,
            honorific=honorific,
            position=position,
            organization=org,
            organization_native=org_native,
            country=country,
            email=email,
            phone=phone,
            languages=tuple(languages or ()),
            notes=notes,
        )
        for (
            uuid, family, given, native, honorific, position, org, org_native, country, email,
            phone, languages, notes,
        ) in rows
    ]  # fmt: skip
    people.sort(key=lambda p: names.sort_key(p.family_name, p.given_name, p.native_name))
    return people


def write_whole(path: Path, data: bytes) -> None:
    """Contacts are personal data: owner-only, whole or not at all."""
    private_files.write_private(path, data)
