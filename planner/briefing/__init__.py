"""The briefing pack: a printed PDF that a head of delegation reads on the plane.

``write_briefing(session, trip_uuid, path, options)`` reads a trip and writes its pack;
``read_pack`` and ``render`` do the two halves (the window reads and renders on a worker
thread). :class:`BriefingOptions` holds the edition (internal or external), the paper (A4 or
Letter), the sections, the language of the labels and an optional logo.

Modules: ``options`` (the choices), ``labels`` (every printed word that is not data),
``fonts`` (the embedded font), ``text`` (escaping user text), ``styles`` (the look),
``times`` (local and home times), ``content`` (what is read), ``context`` (what sections
share), ``flowables`` (bold text, headings, contents, page N of M), ``sections/`` (one module
per part), ``story`` (the sections in order, what every edition holds), ``document`` (pages,
header and footer, writing the file), ``docx_pack`` (the same story as a structured DOCX, the
accessible edition) and ``command`` (``planner briefing``).
"""

from planner.briefing.content import Pack, make_pack, read_pack
from planner.briefing.document import Built, Progress, file_name, render, write_briefing
from planner.briefing.labels import CHINESE, ENGLISH, GERMAN, LANGUAGES
from planner.briefing.options import (
    A4,
    AGREEMENTS,
    CONTACTS,
    DIRECTORY,
    DISTRIBUTION,
    EDITIONS,
    EXTERNAL,
    GLANCE,
    INTERNAL,
    LETTER,
    MEETINGS,
    PROBLEMS,
    PROGRAMME,
    SCHEDULE,
    SECTIONS,
    BriefingOptions,
)

__all__ = [
    "A4",
    "AGREEMENTS",
    "CHINESE",
    "CONTACTS",
    "DIRECTORY",
    "DISTRIBUTION",
    "EDITIONS",
    "ENGLISH",
    "EXTERNAL",
    "GERMAN",
    "GLANCE",
    "INTERNAL",
    "LANGUAGES",
    "LETTER",
    "MEETINGS",
    "PROBLEMS",
    "PROGRAMME",
    "SCHEDULE",
    "SECTIONS",
    "BriefingOptions",
    "Built",
    "Pack",
    "Progress",
    "file_name",
    "make_pack",
    "read_pack",
    "render",
    "write_briefing",
]
