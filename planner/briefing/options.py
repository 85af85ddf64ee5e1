"""The choices a user makes for a briefing pack: edition, paper, sections, language, logo, and
whose pack it is (the whole delegation's, or one person's)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from planner.briefing.labels import ENGLISH, LANGUAGES, language_code, unknown_language
from planner.briefing.styles import PAPERS
from planner.errors import PlannerError

INTERNAL, EXTERNAL = "internal", "external"
EDITIONS = (INTERNAL, EXTERNAL)
"""Internal: everything. External: without private notes, notes on people and problems."""

GLANCE, PROGRAMME, SCHEDULE, AGREEMENTS, MEETINGS, DIRECTORY, CONTACTS, PROBLEMS = (
    "glance",
    "programme",
    "schedule",
    "agreements",
    "meetings",
    "directory",
    "contacts",
    "problems",
)
DISTRIBUTION = "distribution"
SECTIONS = (
    PROGRAMME,
    GLANCE,
    SCHEDULE,
    AGREEMENTS,
    MEETINGS,
    DIRECTORY,
    CONTACTS,
    DISTRIBUTION,
    PROBLEMS,
)
"""The sections a user may leave out, in the order of the pack; the cover and the table of
contents are always there. The distribution list is printed only in the packs that are handed
to someone by name: external and personal ones."""

A4, LETTER = "a4", "letter"


@dataclass(frozen=True)
class BriefingOptions:
    edition: str = INTERNAL
    paper: str = A4
    sections: frozenset[str] = field(default_factory=lambda: frozenset(SECTIONS))
    language: str = ENGLISH
    """``en``, ``de`` or ``zh`` (``zh_CN``, ``zh-CN`` and ``de_AT`` are taken as well)."""
    logo: Path | None = None
    """An image (PNG or JPEG) for the cover."""
    prepared: dt.date | None = None
    """The date printed on the cover; today when None."""
    person_uuid: str | None = None
    """A personal pack: only this person's meetings (at the main venue or a branch venue) and
    dossiers on the people and organizations they meet. None: the whole trip."""
    version: str = "1"
    """The pack's version, stamped on every page with the date it was prepared: a reader
    holding two printouts can tell which one is current."""
    recipients: tuple[str, ...] = ()
    """The distribution list, copy 1 first: who holds a numbered copy of an external or
    personal pack. A personal pack without one goes to its reader alone."""
    copy: int | None = None
    """Which copy of the distribution list this file is (1 is the first); None: the first,
    or the reader's own copy in a personal pack."""

    def __post_init__(self) -> None:
        if self.edition not in EDITIONS:
            raise PlannerError(f"unknown edition {self.edition!r} (internal or external)")
        if self.paper not in PAPERS:
            raise PlannerError(f"unknown paper size {self.paper!r} (a4 or letter)")
        language = language_code(self.language)
        if language not in LANGUAGES:
            raise unknown_language(self.language)
        object.__setattr__(self, "language", language)  # zh_CN and zh-CN are zh
        unknown = sorted(set(self.sections) - set(SECTIONS))
        if unknown:
            raise PlannerError(f"unknown section(s) {', '.join(unknown)}")
        if self.copy is not None and not 1 <= self.copy <= max(len(self.recipients), 1):
            raise PlannerError(
                f"copy {self.copy}: the distribution list has {len(self.recipients)} recipient(s)"
            )

    @property
    def internal(self) -> bool:
        return self.edition == INTERNAL

    def includes(self, section: str) -> bool:
        """Whether ``section`` is printed: chosen, and the problems only internally."""
        if section == PROBLEMS and not self.internal:
            return False
        if section == DISTRIBUTION and not self.handed_out:
            return False
        return section in self.sections

    @property
    def handed_out(self) -> bool:
        """Whether copies of this pack go to named readers (external or personal packs), who
        are then listed and named on every page."""
        return not self.internal or self.person_uuid is not None
