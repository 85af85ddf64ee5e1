"""E-mail addresses: checked for their shape before they reach a calendar invitation.

Only the shape is checked (one @, a dotted domain, no spaces): whether a mailbox exists can
only be learnt by writing to it, and calendar clients refuse an ATTENDEE whose address has
no domain.
"""

from __future__ import annotations

import re

_ADDRESS = re.compile(r"^[^@\s<>()\[\],;:\"]+@[^@\s<>()\[\],;:\"]+\.[^@\s<>()\[\],;:\".]{2,}$")


def is_email(text: str) -> bool:
    """True for text shaped like ``name@example.org``."""
    return _ADDRESS.match(text.strip()) is not None
