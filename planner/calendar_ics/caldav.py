"""The few WebDAV/CalDAV requests that publishing a calendar needs, over the standard library.

Publishing is five verbs with headers the caller must control exactly (PROPFIND to check the
collection, REPORT to list it with ETags, PUT with If-Match / If-None-Match, DELETE with
If-Match), so this module speaks plain HTTP through ``urllib`` rather than through a CalDAV
library that decides ETags and retries by itself; it adds no dependency to the frozen app.

Every failure is a :class:`CalDavError` of one line that names the collection's URL (never a
password) and says what the server answered, so the command line prints it as it is.
"""

from __future__ import annotations

import base64
import ssl
import urllib.error
import urllib.request
from dataclasses import dataclass
from http.client import HTTPException
from urllib.parse import unquote, urljoin, urlsplit, urlunsplit
from xml.etree import ElementTree

from planner.errors import PlannerError

TIMEOUT_SECONDS = 30.0
DAV, CALDAV = "DAV:", "urn:ietf:params:xml:ns:caldav"
_PROPFIND = b"""<?xml version="1.0" encoding="utf-8"?>
<d:propfind xmlns:d="DAV:"><d:prop><d:resourcetype/></d:prop></d:propfind>"""
_REPORT = b"""<?xml version="1.0" encoding="utf-8"?>
<c:calendar-query xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav">
<d:prop><d:getetag/><c:calendar-data/></d:prop>
<c:filter><c:comp-filter name="VCALENDAR"/></c:filter>
</c:calendar-query>"""
_STATUS_WORDS = {
    401: "the server refused the user name or password (401)",
    403: "the server forbids this user to change the calendar (403)",
    404: "there is no calendar at this address (404)",
    412: (
        "the calendar changed on the server while publishing (412: its ETag no longer "
        "matches); publish again to bring it up to date"
    ),
}


class CalDavError(PlannerError):
    """A CalDAV server that cannot be reached or refused a request; names the URL."""


@dataclass(frozen=True)
class Resource:
    """A calendar object the collection holds: where, its version (ETag) and its data."""

    href: str
    etag: str | None
    data: bytes


class Collection:
    """One calendar collection on a server, with the credentials to change it.

    ``url`` may carry a user (``https://alice@host/...``) but never a password; ``user``
    overrides it. The password is sent with every request (HTTP Basic over the URL's scheme:
    use https beyond the local machine).
    """

    def __init__(
        self,
        url: str,
        *,
        user: str | None = None,
        password: str | None = None,
        timeout: float = TIMEOUT_SECONDS,
    ) -> None:
        try:
            parts = urlsplit(url)
            parts.port  # noqa: B018 - raises ValueError for a port that is no number
        except ValueError:
            parts = urlsplit("")
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise CalDavError(
                f"{shown_url(url)}: not a CalDAV address (http[s]://[USER@]HOST[:PORT]/PATH/)"
            )
        if parts.password is not None:
            raise CalDavError(
                f"{shown_url(url)}: a password does not belong in the address, where other "
                "users can see it; keep it in the system keychain or in "
                "DELEGATION_PLANNER_CALDAV_PASSWORD"
            )
        self.user = user or (unquote(parts.username) if parts.username else None)
        netloc = parts.netloc.rsplit("@", 1)[-1]  # host and port as given, without the user
        path = parts.path if parts.path.endswith("/") else parts.path + "/"
        self.url = urlunsplit((parts.scheme, netloc, path, "", ""))
        self._password = password
        self._timeout = timeout
        self._opener = urllib.request.build_opener(
            _NoRedirects, urllib.request.HTTPSHandler(context=ssl.create_default_context())
        )

    def use_password(self, password: str | None) -> None:
        """The password to send with the user, once the user is known (the URL may name it)."""
        self._password = password

    @property
    def shown(self) -> str:
        """The address as messages name it: with the user, never a password."""
        if not self.user:
            return self.url
        parts = urlsplit(self.url)
        return urlunsplit(parts._replace(netloc=f"{self.user}@{parts.netloc}"))

    def check(self) -> None:
        """Refuse an address that is no calendar collection, before anything is changed."""
        body = self._request("PROPFIND", self.url, _PROPFIND, {"Depth": "0"})
        types = _tree(body, self.shown).iter(f"{{{DAV}}}resourcetype")
        if not any(t.find(f"{{{CALDAV}}}calendar") is not None for t in types):
            raise CalDavError(
                f"{self.shown}: not a calendar collection (the server has something else "
                "there); give the address of a calendar"
            )

    def resources(self) -> list[Resource]:
        """Every calendar object in the collection, with its ETag and data."""
        body = self._request("REPORT", self.url, _REPORT, {"Depth": "1"})
        found: list[Resource] = []
        for response in _tree(body, self.shown).iter(f"{{{DAV}}}response"):
            href = response.findtext(f"{{{DAV}}}href", "").strip()
            data = response.findtext(f".//{{{CALDAV}}}calendar-data")
            if not href or data is None:
                continue  # the collection itself, or an object the server would not show
            etag = response.findtext(f".//{{{DAV}}}getetag")
            found.append(Resource(self.href_url(href), etag or None, data.encode()))
        return found

    def href_url(self, href: str) -> str:
        """The absolute URL of ``href`` (servers answer with paths)."""
        return urljoin(self.url, href)

    def put(self, url: str, data: bytes, *, etag: str | None, new: bool) -> None:
        """Create or replace one object: only if it is still absent (``new``), or still at
        the version ``etag`` the listing showed (where the server gave one)."""
        headers = {"Content-Type": "text/calendar; charset=utf-8"}
        if new:
            headers["If-None-Match"] = "*"
        elif etag:
            headers["If-Match"] = etag
        self._request("PUT", url, data, headers)

    def delete(self, url: str, *, etag: str | None) -> None:
        """Delete one object at the version the listing showed; one already gone is fine
        (a publish that stopped half-way may have deleted it)."""
        self._request("DELETE", url, None, {"If-Match": etag} if etag else {})

    def _request(self, method: str, url: str, body: bytes | None, headers: dict[str, str]) -> bytes:
        request = urllib.request.Request(url, data=body, method=method, headers=headers)
        if body is not None and "Content-Type" not in headers:
            request.add_header("Content-Type", "application/xml; charset=utf-8")
        if self.user is not None:
            secret = f"{self.user}:{self._password or ''}".encode()
            request.add_header("Authorization", "Basic " + base64.b64encode(secret).decode())
        try:
            with self._opener.open(request, timeout=self._timeout) as response:
                data: bytes = response.read()
                return data
        except urllib.error.HTTPError as exc:
            exc.close()
            if method == "DELETE" and exc.code == 404:
                return b""
            raise CalDavError(self._refusal(exc.code, exc.reason, exc.headers)) from None
        except (urllib.error.URLError, OSError, HTTPException) as exc:
            reason = getattr(exc, "reason", None) or exc
            raise CalDavError(f"{self.shown}: cannot reach the server ({reason})") from None

    def _refusal(self, code: int, reason: object, headers: object) -> str:
        if code == 401 and self.user is None:
            return (
                f"{self.shown}: the server asks for a user name (401); give it in the address "
                "(https://USER@HOST/...) or with --user"
            )
        if code == 401 and not self._password:
            return (
                f"{self.shown}: the server asks for a password (401); keep it in the system "
                "keychain or in DELEGATION_PLANNER_CALDAV_PASSWORD"
            )
        if code in _STATUS_WORDS:
            return f"{self.shown}: {_STATUS_WORDS[code]}"
        if 300 <= code < 400:
            moved = getattr(headers, "get", lambda _: None)("Location")
            return f"{self.shown}: the calendar has moved ({code}) to {moved or 'elsewhere'}"
        return f"{self.shown}: the server answered {code} {reason}"


def shown_url(url: str) -> str:
    """``url`` fit for a message: any password in it replaced by ``***``."""
    try:
        parts = urlsplit(url)
        if parts.password is None:
            return url
        host = parts.netloc.rsplit("@", 1)[-1]
        return urlunsplit(parts._replace(netloc=f"{parts.username}:***@{host}"))
    except ValueError:
        return "the address given"


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    """A moved calendar is reported, not followed: following would send the password to an
    address the user never named."""

    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None


def _tree(body: bytes, shown: str) -> ElementTree.Element:
    try:
        return ElementTree.fromstring(body)
    except ElementTree.ParseError as exc:
        raise CalDavError(f"{shown}: the server's answer is not WebDAV XML ({exc})") from None
