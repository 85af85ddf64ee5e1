"""The calendar inside an e-mail (.eml), as Outlook and Thunderbird save an invitation or a
reply: the ``text/calendar`` part of the message, or an attached ``.ics`` file.

Importing the .eml the user received spares them saving the attachment first; what comes out
is read by :mod:`.reading` and :mod:`.replies` exactly as an .ics file would be.
"""

from __future__ import annotations

import email
import email.policy
from email.message import Message
from pathlib import PurePath

from planner.calendar_ics.errors import IcsError

MAIL_SUFFIXES = (".eml",)
_CALENDAR_TYPES = ("text/calendar", "application/ics", "application/x-ics")


def is_mail(name: str) -> bool:
    """Whether a file of this name is an e-mail rather than an .ics file."""
    return PurePath(name).suffix.lower() in MAIL_SUFFIXES


def calendar_of_mail(data: bytes, name: str) -> bytes:
    """The calendar the message ``data`` (the file ``name``) carries, as .ics bytes in UTF-8:
    its first ``text/calendar`` part, else its first attached ``.ics`` file."""
    message = email.message_from_bytes(data, policy=email.policy.compat32)
    parts = [part for part in message.walk() if not part.is_multipart()]
    found = next((p for p in parts if p.get_content_type() == "text/calendar"), None)
    if found is None:
        found = next((p for p in parts if _is_attached_calendar(p)), None)
    if found is None:
        raise IcsError(f"{name}: the message carries no calendar (no text/calendar part or .ics)")
    payload = found.get_payload(decode=True)
    if not isinstance(payload, bytes) or not payload.strip():
        raise IcsError(f"{name}: the message's calendar part is empty")
    charset = found.get_content_charset() or "utf-8"
    try:
        return payload.decode(charset).encode("utf-8")
    except (LookupError, UnicodeDecodeError):
        raise IcsError(
            f"{name}: the message's calendar part is not {charset} text as it says"
        ) from None


def _is_attached_calendar(part: Message) -> bool:
    filename = part.get_filename() or ""
    return part.get_content_type() in _CALENDAR_TYPES or filename.lower().endswith(".ics")
