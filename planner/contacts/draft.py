"""The values that pass between a contacts file and the directory.

A :class:`ContactDraft` is a person as a file wrote them, before anything is checked against
the directory: the import plan (:mod:`planner.directory.importing`) normalizes phone numbers,
finds duplicates and creates organizations, so that a file can be previewed whole, with every
problem named by its line, before anything is written. An :class:`ExportPerson` is the other
direction: a person of the directory flattened for a file, with the organization by name.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, fields
from typing import Any

from planner.errors import PlannerError


class ContactFormatError(PlannerError):
    """A contacts file that cannot be read; the message names the file and the line."""

    def __init__(self, source: str, line: int | None, message: str) -> None:
        self.source = source
        self.line = line
        self.message = message
        place = f"{source}, line {line}" if line is not None else source
        super().__init__(f"{place}: {message}")


@dataclass(frozen=True)
class ContactDraft:
    """One person read from a file; ``line`` (1-based) is where the person starts in it, so
    that every later complaint about the person can name the place the user has to fix."""

    line: int
    family_name: str
    given_name: str | None = None
    native_name: str | None = None
    honorific: str | None = None
    position: str | None = None
    organization: str | None = None
    """The organization's name as the file writes it; matched or created by the import."""
    country: str | None = None
    """ISO 3166-1 alpha-2, upper case: the country of the person's (work) address."""
    email: str | None = None
    phone: str | None = None
    """As written in the file; the import plan reads it into E.164 (it may need a region)."""
    languages: tuple[str, ...] = ()
    notes: str | None = None


def many_drafts(*columns: Iterable[Any]) -> list[ContactDraft]:
    """Drafts from one iterable per field, in the order of :class:`ContactDraft`'s fields.

    The same values ``map(ContactDraft, *columns)`` makes, in half the time: a frozen
    dataclass's ``__init__`` sets each of the twelve fields through ``object.__setattr__``,
    which was a fifth of reading a 60,000-row CSV; here each draft gets its ``__dict__``
    whole. ``ContactDraft`` has no ``__post_init__`` and no slots for this to bypass
    (tests/core/test_contacts_formats.py compares the two ways).
    """
    new, assign, names = object.__new__, object.__setattr__, _DRAFT_FIELDS
    drafts = []
    for values in zip(*columns, strict=True):
        draft = new(ContactDraft)
        assign(draft, "__dict__", dict(zip(names, values, strict=True)))
        drafts.append(draft)
    return drafts


_DRAFT_FIELDS = tuple(field.name for field in fields(ContactDraft))


@dataclass(frozen=True)
class ExportPerson:
    """One person of the directory as a contacts file holds them."""

    uuid: str
    family_name: str
    given_name: str | None = None
    native_name: str | None = None
    honorific: str | None = None
    position: str | None = None
    organization: str | None = None
    organization_native: str | None = None
    country: str | None = None
    email: str | None = None
    phone: str | None = None
    """E.164, as stored."""
    languages: tuple[str, ...] = ()
    notes: str | None = None
