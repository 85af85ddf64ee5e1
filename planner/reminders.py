"""How long before an event a calendar reminds of it, by default.

Apart from :mod:`planner.calendar_ics` so that the command line's ``--help`` can name the
default without importing icalendar and the calendar package (about 130 ms).
"""

DEFAULT_REMINDER_MINUTES = 30
"""Minutes before each meeting and transfer; 0 means no reminder."""
