"""Calendars (.ics): a trip's meetings, transfers and lodging for Outlook, Google, Apple and
Thunderbird, and events from their calendars and invitations into a trip.

- :mod:`.source` reads what a calendar shows, as plain values;
- :mod:`.events` decides the events of one calendar (trip or person, edition, lodging);
- :mod:`.places` says where a person attends a hybrid meeting (also for the briefing pack);
- :mod:`.export_state` keeps SEQUENCE and LAST-MODIFIED per exported event in the store;
- :mod:`.vtimezone` builds the VTIMEZONEs, :mod:`.export` writes the file;
- :mod:`.reading` reads other programs' files, :mod:`.zones` maps their zone names;
- :mod:`.importer` turns events into meetings; :mod:`.lint` checks .ics output.
"""

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
