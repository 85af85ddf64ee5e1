"""Telephone numbers: stored in E.164 ("+496912345678"), shown in international format.

phonenumbers (Google's libphonenumber metadata) knows every country's numbering plan, so a
number is checked for real rather than by its shape. A number written without a country code
("069 1234567") needs a region to be read in: the organization's country, or the one an
import is told.

Reading costs phonenumbers ~15 µs a number (``parse`` walks every character through a Unicode
digit table; ``is_valid_number`` tries eleven number types one regex at a time), which is most
of importing a directory of tens of thousands of people. Almost every number in such a file is
plain digits and separators, so :func:`normalize` first tries :func:`_plain_e164`: the same
decisions, taken from the same metadata, for that one shape of input (about 1.5 µs). Whatever
it is not sure of (letters, extensions, a national prefix that rewrites the number, an invalid
number and its reason) goes through phonenumbers itself. The fast path follows the steps of
phonenumbers 9.0's ``parse`` and ``is_valid_number``; tests/core/test_phones_fast_path.py
compares the two on numbers of every region, so an upgrade that changes those steps fails
there rather than storing a different number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import phonenumbers
from phonenumbers import (
    COUNTRY_CODE_TO_REGION_CODE,
    NumberParseException,
    PhoneMetadata,
    PhoneNumberFormat,
)

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
    fast = _plain_e164(text, region.upper() if region else None)
    if fast is not None:
        return fast
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


# ---------------------------------------------------------------------------------------------
# The fast path: phonenumbers' decisions for plain text, from phonenumbers' metadata


_PLAIN = re.compile(r"\+?[0-9 ()./-]*")
"""Text :func:`_plain_e164` reads: an optional leading ``+``, ASCII digits and the separators
people write. None of these characters starts an extension, a second number, a vanity number
or an RFC 3966 parameter, so phonenumbers would read exactly its digits from it."""
_SEPARATORS = str.maketrans("", "", " ()./-")
_MAX_INPUT = 250  # phonenumbers refuses longer text outright
_MIN_NSN, _MAX_NSN = 2, 17  # phonenumbers' bounds on the national significant number
_TYPES = (
    "premium_rate", "toll_free", "shared_cost", "voip", "personal_number", "pager", "uan",
    "voicemail", "fixed_line", "mobile",
)  # fmt: skip
"""The number types ``is_valid_number`` accepts (any one of them makes a number valid)."""
_CODES = {str(code): code for code in COUNTRY_CODE_TO_REGION_CODE}


class _Patterns:
    """Patterns by number length, each compiled when a number of that length is first tested.

    A region's patterns are long (Germany's twelve lengths take 14 ms to compile), and a
    trip file's numbers have two or three lengths: a command pays for those only.
    """

    def __init__(self, sources: dict[int, str]) -> None:
        self._sources = sources
        self._compiled: dict[int, re.Pattern[str]] = {}

    def get(self, size: int) -> re.Pattern[str] | None:
        pattern = self._compiled.get(size)
        if pattern is None and size in self._sources:
            pattern = self._compiled[size] = re.compile(self._sources[size])
        return pattern


@dataclass(frozen=True)
class _Plan:
    """One region's numbering plan from phonenumbers' metadata, compiled for
    :func:`_plain_e164`."""

    country_code: int
    international_prefix: re.Pattern[str] | None
    national_prefix: re.Pattern[str] | None
    transforms: bool
    """The national prefix may rewrite the number (Argentina, Brazil): left to phonenumbers."""
    general: re.Pattern[str] | None
    lengths: tuple[int, ...]
    local_lengths: frozenset[int]
    valid: _Patterns
    """Number length -> one pattern for ``is_valid_number``'s test: the general pattern (as
    a lookahead) and an alternation of the patterns of every type possible at that length."""
    leading_digits: re.Pattern[str] | None


_PLANS: dict[str, _Plan | None] = {}
_COUNTRIES: dict[int, tuple[_Plan, tuple[_Plan, ...]] | None] = {}


def _plain_e164(text: str, region: str | None) -> str | None:
    """``text`` in E.164 when it is plain (:data:`_PLAIN`) and a valid number, as
    ``phonenumbers.parse`` + ``is_valid_number`` + ``format_number(E164)`` would give it;
    None when the full path must decide (including every number it would refuse)."""
    if len(text) > _MAX_INPUT or not _PLAIN.fullmatch(text):
        return None
    international = text.startswith("+")
    digits = (text[1:] if international else text).replace(" ", "")
    if not digits.isdecimal():
        digits = digits.translate(_SEPARATORS)
    if len(digits) < 3:
        return None  # phonenumbers may call it no number at all
    if international:
        return _international(digits)
    plan = _plan(region) if region else None
    if plan is None:
        return None
    if plan.international_prefix is not None and (idd := plan.international_prefix.match(digits)):
        rest = digits[idd.end() :]
        # phonenumbers does not take the prefix as an IDD when a 0 follows it.
        return None if not rest or rest[0] == "0" else _international(rest)
    if digits.startswith(str(plan.country_code)):
        return None  # maybe the country code without "+": phonenumbers guesses
    return _national(plan.country_code, digits, plan)


def _international(digits: str) -> str | None:
    """Digits after "+" or an IDD: the country code, then the number in its main region."""
    if len(digits) <= _MIN_NSN or digits[0] == "0":
        return None
    for size in (1, 2, 3):
        code = _CODES.get(digits[:size])
        if code is not None:
            country = _COUNTRIES[code] if code in _COUNTRIES else _country(code)
            return None if country is None else _national(code, digits[size:], country[0])
    return None


def _national(country_code: int, digits: str, plan: _Plan) -> str | None:
    """The number of ``country_code`` whose national digits are ``digits`` read with
    ``plan`` (the national prefix stripped where phonenumbers strips it), if it is valid."""
    if len(digits) < _MIN_NSN:
        return None
    if plan.national_prefix is not None and (prefix := plan.national_prefix.match(digits)):
        if plan.transforms and (not prefix.groups() or prefix.groups()[-1] is not None):
            return None
        stripped = digits[prefix.end() :]
        if not (_general(digits, plan) and not _general(stripped, plan)) and _possible(
            len(stripped), plan
        ):
            digits = stripped
    if not _MIN_NSN <= len(digits) <= _MAX_NSN or not _is_valid(country_code, digits):
        return None
    return f"+{country_code}{digits}"


def _is_valid(country_code: int, nsn: str) -> bool:
    """``is_valid_number``: the number's region is the first of its country code's regions
    whose leading digits or numbering plan take it, and the number is valid there."""
    country = _COUNTRIES[country_code] if country_code in _COUNTRIES else _country(country_code)
    if country is None:
        return False
    regions = country[1]
    if len(regions) == 1:
        valid = regions[0].valid.get(len(nsn))
        return (
            valid is not None
            and regions[0].country_code == country_code
            and valid.fullmatch(nsn) is not None
        )
    for plan in regions:
        if plan.leading_digits is not None:
            if plan.leading_digits.match(nsn):
                return plan.country_code == country_code and _has_type(nsn, plan)
        elif _has_type(nsn, plan):
            return plan.country_code == country_code
    return False


def _has_type(nsn: str, plan: _Plan) -> bool:
    valid = plan.valid.get(len(nsn))
    return valid is not None and valid.fullmatch(nsn) is not None


def _general(digits: str, plan: _Plan) -> bool:
    return plan.general is not None and plan.general.fullmatch(digits) is not None


def _possible(size: int, plan: _Plan) -> bool:
    """phonenumbers' length test for the national number left after the national prefix:
    neither too short, nor local only, nor of an impossible length (too long passes)."""
    if size in plan.local_lengths:
        return False
    if size == plan.lengths[0]:
        return True
    if size < plan.lengths[0]:
        return False
    return size > plan.lengths[-1] or size in plan.lengths


def _country(code: int) -> tuple[_Plan, tuple[_Plan, ...]] | None:
    """The plan of a country code's main region (for parsing) and of each of its regions
    with metadata (for validity, in phonenumbers' order); None where one is not modelled."""
    if code not in _COUNTRIES:
        plans: list[_Plan] = []
        for region in COUNTRY_CODE_TO_REGION_CODE[code]:
            plan = _plan(region)
            if plan is None and PhoneMetadata.metadata_for_region(region, None) is not None:
                break  # a region this does not model (none at present) might take the number
            if plan is not None:
                plans.append(plan)
        else:
            main = _plan(COUNTRY_CODE_TO_REGION_CODE[code][0])
            _COUNTRIES[code] = (main, tuple(plans)) if main and plans else None
            return _COUNTRIES[code]
        _COUNTRIES[code] = None
    return _COUNTRIES[code]


def _plan(region: str) -> _Plan | None:
    if region not in _PLANS:
        _PLANS[region] = _compile_plan(region)
    return _PLANS[region]


def _compile_plan(region: str) -> _Plan | None:
    """None for "001" (non-geographic numbers: rare, left to phonenumbers) and for metadata
    of a shape this does not model."""
    if region not in phonenumbers.SUPPORTED_REGIONS:
        return None
    metadata = PhoneMetadata.metadata_for_region(region, None)
    if metadata is None or metadata.general_desc is None:
        return None
    general = metadata.general_desc
    lengths = tuple(general.possible_length or ())
    if not lengths or min(lengths) < 0 or not general.national_number_pattern:
        return None
    if metadata.country_code is None:
        return None
    by_length: dict[int, list[str]] = {}
    for name in _TYPES:
        if name == "mobile" and metadata.same_mobile_and_fixed_line_pattern:
            continue  # is_valid_number asks the fixed-line pattern only
        desc = getattr(metadata, name)
        if desc is None or not desc.national_number_pattern:
            continue
        pattern = desc.national_number_pattern
        if re.search(r"\\[1-9]|\(\?P", pattern):
            return None  # group references would break when patterns are joined
        for size in desc.possible_length or lengths:
            if size in lengths:
                by_length.setdefault(size, []).append(pattern)
    either = "|".join
    return _Plan(
        country_code=metadata.country_code,
        international_prefix=_compiled(metadata.international_prefix),
        national_prefix=_compiled(metadata.national_prefix_for_parsing),
        transforms=bool(metadata.national_prefix_transform_rule),
        general=_compiled(general.national_number_pattern),
        lengths=lengths,
        local_lengths=frozenset(general.possible_length_local_only or ()),
        valid=_Patterns(
            {
                size: rf"(?=(?:{general.national_number_pattern})\Z)"
                rf"(?:{either(f'(?:{p})' for p in ps)})"
                for size, ps in by_length.items()
            }
        ),
        leading_digits=(
            re.compile(metadata.leading_digits) if metadata.leading_digits is not None else None
        ),
    )


def _compiled(pattern: str | None) -> re.Pattern[str] | None:
    return re.compile(pattern) if pattern else None
