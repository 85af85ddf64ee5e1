"""Telephone numbers: stored in E.164 ("+496912345678"), shown in international format.

phonenumbers (Google's libphonenumber metadata) knows every country's numbering plan, so a
number is checked for real rather than by its shape. A number written without a country code
("069 1234567") needs a region to be read in: the organization's country, or the one an
import is told.
"""

from __future__ import annotations

import re

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumberFormat

from planner.errors import PlannerError


class PhoneError(PlannerError):
    """A number that cannot be read as a telephone number; the message says why."""

    reason = "invalid"


_REASONS = {
    NumberParseException.INVALID_COUNTRY_CODE: "no country code: start with + and the country code",
    NumberParseException.NOT_A_NUMBER: "not a telephone number",
    NumberParseException.TOO_SHORT_NSN: "too short",
    NumberParseException.TOO_SHORT_AFTER_IDD: "too short",
    NumberParseException.TOO_LONG: "too long",
}


_E164 = re.compile(r"^\+[1-9]\d{5,14}$")
NO_COUNTRY_CODE = "no_country_code"
INVALID = "invalid"


def normalize(raw: str, region: str | None = None) -> str:
    """``raw`` in E.164, read in ``region`` (ISO 3166 alpha-2) when it has no country code.

    Raises :class:`PhoneError` for text that is no valid number of any numbering plan; its
    ``reason`` is :data:`NO_COUNTRY_CODE` or :data:`INVALID`, for messages in other languages.
    """
    text = raw.strip()
    try:
        number = phonenumbers.parse(text, region.upper() if region else None)
    except NumberParseException as exc:
        error = PhoneError(f"{raw!r}: {_REASONS.get(exc.error_type, 'not a telephone number')}")
        error.reason = (
            NO_COUNTRY_CODE
            if exc.error_type == NumberParseException.INVALID_COUNTRY_CODE
            else INVALID
        )
        raise error from None
    if not phonenumbers.is_valid_number(number):
        error = PhoneError(f"{raw!r}: not a valid number in its country's numbering plan")
        error.reason = INVALID
        raise error
    return phonenumbers.format_number(number, PhoneNumberFormat.E164)


def normalized_or_none(raw: str | None, region: str | None = None) -> str | None:
    """``raw`` in E.164, or None when it is blank or no valid number."""
    if not raw or not raw.strip():
        return None
    try:
        return normalize(raw, region)
    except PhoneError:
        return None


def formatted(stored: str | None) -> str:
    """A stored number as people write it ("+49 69 1234567"); text that is not E.164 (kept
    from an older trip file) is shown as it is."""
    if not stored:
        return ""
    if not _E164.match(stored):
        return stored
    try:
        number = phonenumbers.parse(stored, None)
    except NumberParseException:
        return stored
    return phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)
