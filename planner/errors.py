"""Errors a user can act on.

Every failure the core expects (a bad file, a store it cannot open, a trip it cannot find)
is a :class:`PlannerError` whose message names the place; the command line and the window show
that message as it is, so it must make sense to a trade officer without a traceback.
"""


class PlannerError(Exception):
    """An expected failure with a message meant for the user."""


class NotFound(PlannerError):
    """A trip, person or other object that the user named does not exist."""
