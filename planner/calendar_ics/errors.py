"""The error of an .ics file that cannot be read, shared by the modules that read one."""

from __future__ import annotations

from planner.errors import PlannerError


class IcsError(PlannerError):
    """An .ics file that cannot be read; the message names the file and the place."""
