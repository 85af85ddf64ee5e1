"""What a store location typed by a user is: a file, a ``postgresql://`` URL, or a mistake.

A location is checked here before anything connects or creates a file, because the two
costly mistakes happen at that moment. A password written into a URL or a libpq keyword
string ends up in shell histories, process lists, recent-store menus and error messages, so
it is refused outright, and no message repeats it. And a location that only looks like a file
(``host=db dbname=office``, or a URL typed with one slash, ``postgresql:/db/office``) would
otherwise become a new store file, or a tree of folders, named after the typo.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlsplit

from planner.errors import PlannerError

# The parameters that carry a secret or point at one, in a URL's query or a keyword string
# (libpq's names; it reads them in any case from a URL, so they are compared folded).
SECRET_PARAMETERS = ("password", "passfile", "sslpassword")
PASSWORD_REFUSED = (
    "a password does not belong in a store's location, where other users can see it; "
    "put it in PGPASSWORD or ~/.pgpass and leave it out of the location"
)
# libpq's connection keywords a keyword string starts with (``host=db dbname=office``).
_KEYWORDS = (
    "host",
    "hostaddr",
    "port",
    "dbname",
    "user",
    "password",
    "passfile",
    "sslpassword",
    "service",
    "sslmode",
    "options",
    "application_name",
    "connect_timeout",
    "target_session_attrs",
)
_KEYWORD_PAIR = re.compile(rf"(?i)(?:^|\s)({'|'.join(_KEYWORDS)})\s*=")
# A scheme of two or more letters then a colon: "postgresql:" (a drive letter "C:" is one).
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]+):")
_SECRET_IN_TEXT = re.compile(
    rf"(?i)\b({'|'.join(SECRET_PARAMETERS)})(\s*=\s*)('(?:[^'\\]|\\.)*'|[^\s&]*)"
)
_USERINFO_PASSWORD = re.compile(r"(://[^:/@\s]*):[^@\s]*@")
_BARE_USERINFO_PASSWORD = re.compile(r"(?:^|\s)[^:/@\s]+:[^@\s]*@")


class LocationError(PlannerError):
    """A store location that must not be used; the message never holds a password."""


def is_url(location: object) -> bool:
    """Whether ``location`` names a database server (``scheme://...``) rather than a file."""
    return isinstance(location, str) and "://" in location and ":" in location.split("/", 1)[0]


def is_keyword_string(location: object) -> bool:
    """Whether ``location`` is a libpq keyword string (``host=db dbname=office``)."""
    return (
        isinstance(location, str)
        and not is_url(location)
        and bool(_KEYWORD_PAIR.match(location.lstrip()))
    )


def has_password(location: str) -> bool:
    """Whether a URL or keyword string carries a secret: a password in the user info, or
    ``password``, ``passfile`` or ``sslpassword`` among its parameters (any case)."""
    if is_keyword_string(location):
        return any(
            m.group(1).lower() in SECRET_PARAMETERS for m in _KEYWORD_PAIR.finditer(location)
        )
    if not is_url(location):
        return False
    try:
        parts = urlsplit(location)
        userinfo_password = parts.password is not None
    except ValueError:  # a malformed port or host: look at the text itself
        return bool(_USERINFO_PASSWORD.search(location) or _SECRET_IN_TEXT.search(location))
    query = parse_qsl(parts.query, keep_blank_values=True)
    return userinfo_password or any(key.lower() in SECRET_PARAMETERS for key, _ in query)


def holds_secret(text: str) -> bool:
    """Whether a piece of a location typed into one field (a host, a user name) carries a
    secret anywhere in it: what :func:`has_password` finds, a ``password=`` keyword after
    other words (``db password=x``), or ``user:password@`` without a scheme."""
    return bool(
        has_password(text)
        or any(m.group(1).lower() in SECRET_PARAMETERS for m in _KEYWORD_PAIR.finditer(text))
        or _BARE_USERINFO_PASSWORD.search(text)
        or _USERINFO_PASSWORD.search(text)
    )


def redact(text: str) -> str:
    """``text`` with every password-like value replaced by ``***``: for a message that must
    quote a location or a driver's words about one."""
    text = _USERINFO_PASSWORD.sub(r"\1:***@", text)
    return _SECRET_IN_TEXT.sub(r"\1\2***", text)


def check(location: str) -> None:
    """Refuse a location that holds a secret or is not what it looks like, before anything
    connects to it or creates it. A plain file path passes."""
    if has_password(location):
        raise LocationError(PASSWORD_REFUSED)
    if is_keyword_string(location):
        raise LocationError(
            f"{location.strip()}: a libpq keyword string is not a store location; name the "
            "database as postgresql://USER@HOST[:PORT]/DB"
        )
    scheme = _SCHEME.match(location)
    if scheme and not is_url(location):
        raise LocationError(
            f"{redact(location)}: not a store location: a database is named "
            f"{scheme.group(1)}://HOST/DB (two slashes), a store file by its path"
        )
