"""Calendars (.ics): a trip's meetings, transfers and lodging for Outlook, Google, Apple and
Thunderbird, and events from their calendars and invitations into a trip.

- :mod:`.source` reads what a calendar shows, as plain values;
- :mod:`.events` decides the events of one calendar (trip or person, edition, lodging);
- :mod:`.places` says where a person attends a hybrid meeting (also for the briefing pack);
- :mod:`.export_state` keeps SEQUENCE and LAST-MODIFIED per exported event in the store;
- :mod:`.vtimezone` builds the VTIMEZONEs, :mod:`.export` writes the file;
- :mod:`.publish` keeps a calendar in a CalDAV collection through :mod:`.caldav`'s requests;
- :mod:`.reading` reads other programs' files, :mod:`.zones` maps their zone names;
- :mod:`.importer` turns events into meetings; :mod:`.lint` checks .ics output;
- :mod:`.invitations` plans each person's iTIP invitations and cancellations,
  :mod:`.invitation_mail` sends them by SMTP or saves them as .eml drafts.
- :mod:`.replies` sets attendees' answers from replies (METHOD:REPLY), :mod:`.mail` finds the
  calendar inside an e-mail (.eml).
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from planner.calendar_ics.events import (
        EDITIONS,
        EXTERNAL,
        INTERNAL,
        ExportOptions,
        PersonNotFound,
        find_person,
        find_person_in_trip,
    )
    from planner.calendar_ics.export import (
        Exported,
        export_calendar,
        export_each_delegate,
        export_to_file,
        file_name,
        write_files,
    )
    from planner.calendar_ics.importer import (
        ImportAction,
        ImportPlan,
        apply_import,
        find_stop,
        import_file,
        plan_import,
    )
    from planner.calendar_ics.labels import LANGUAGES
    from planner.calendar_ics.places import Place, place_of
    from planner.calendar_ics.reading import IcsError
    from planner.calendar_ics.source import CalendarSource, PersonInfo, read_source
    from planner.reminders import DEFAULT_REMINDER_MINUTES

# Each name and the module that defines it: the package imports none of them until one is
# used, so that `planner ics` does not import the importer and the editors behind it, nor
# `planner --help` the package at all (PEP 562).
_HOMES = {
    "EDITIONS": "planner.calendar_ics.events",
    "EXTERNAL": "planner.calendar_ics.events",
    "INTERNAL": "planner.calendar_ics.events",
    "ExportOptions": "planner.calendar_ics.events",
    "PersonNotFound": "planner.calendar_ics.events",
    "find_person": "planner.calendar_ics.events",
    "find_person_in_trip": "planner.calendar_ics.events",
    "Exported": "planner.calendar_ics.export",
    "export_calendar": "planner.calendar_ics.export",
    "export_each_delegate": "planner.calendar_ics.export",
    "export_to_file": "planner.calendar_ics.export",
    "file_name": "planner.calendar_ics.export",
    "write_files": "planner.calendar_ics.export",
    "ImportAction": "planner.calendar_ics.importer",
    "ImportPlan": "planner.calendar_ics.importer",
    "apply_import": "planner.calendar_ics.importer",
    "find_stop": "planner.calendar_ics.importer",
    "import_file": "planner.calendar_ics.importer",
    "plan_import": "planner.calendar_ics.importer",
    "LANGUAGES": "planner.calendar_ics.labels",
    "Place": "planner.calendar_ics.places",
    "place_of": "planner.calendar_ics.places",
    "IcsError": "planner.calendar_ics.reading",
    "CalendarSource": "planner.calendar_ics.source",
    "PersonInfo": "planner.calendar_ics.source",
    "read_source": "planner.calendar_ics.source",
    "DEFAULT_REMINDER_MINUTES": "planner.reminders",
}

__all__ = [
    "DEFAULT_REMINDER_MINUTES",
    "EDITIONS",
    "EXTERNAL",
    "INTERNAL",
    "LANGUAGES",
    "CalendarSource",
    "ExportOptions",
    "Exported",
    "IcsError",
    "ImportAction",
    "ImportPlan",
    "PersonInfo",
    "PersonNotFound",
    "Place",
    "apply_import",
    "export_calendar",
    "export_each_delegate",
    "export_to_file",
    "file_name",
    "find_person",
    "find_person_in_trip",
    "find_stop",
    "import_file",
    "place_of",
    "plan_import",
    "read_source",
    "write_files",
]


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        try:  # a submodule the package used to import for itself (``calendar_ics.importer``)
            return importlib.import_module(f"{__name__}.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"{__name__}.{name}":
                raise
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(home), name)
    globals()[name] = value
    return value
