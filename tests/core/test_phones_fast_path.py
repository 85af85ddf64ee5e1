"""The fast path of planner.phones decides exactly as phonenumbers does.

``phones._plain_e164`` re-takes phonenumbers' decisions (parse, is_valid_number, E.164) from
its metadata for plain text; every number it accepts must be the number phonenumbers gives,
and every text phonenumbers refuses must fall through to phonenumbers (which then words the
error). The numbers are generated from each region's example numbers with digits changed,
lengths changed and prefixes added, so that about one in five is valid; written with and
without country code, with "00", with "(0)", with the national prefix doubled, and read in
their own region, another one or none.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

import phonenumbers
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from phonenumbers import PhoneNumberType

from planner import phones

FOCUS = ("DE", "CN", "US", "GB", "FR", "IT", "AT", "CH", "JP", "HK")
ELSEWHERE = ("AR", "BR", "MX", "RU", "KZ", "CA", "JE", "VA", "IN", "AU", "SM", "CI", "NL", "PL")
TYPES = (
    PhoneNumberType.FIXED_LINE, PhoneNumberType.MOBILE, PhoneNumberType.TOLL_FREE,
    PhoneNumberType.PREMIUM_RATE, PhoneNumberType.SHARED_COST, PhoneNumberType.VOIP,
    PhoneNumberType.PERSONAL_NUMBER, PhoneNumberType.PAGER, PhoneNumberType.UAN,
    PhoneNumberType.VOICEMAIL,
)  # fmt: skip
SEPARATORS = (" ", " ", "-", ".", "/", "")
REGIONS = sorted(phonenumbers.SUPPORTED_REGIONS)


def reference(text: str, region: str | None) -> str | tuple[str, ...]:
    """What phonenumbers makes of ``text``: E.164, or why not."""
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException as exc:
        return ("refused", str(exc.error_type))
    if not phonenumbers.is_valid_number(number):
        return ("invalid",)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def generated(rng: random.Random, region: str, count: int) -> Iterator[tuple[str, str | None]]:
    metadata = phonenumbers.PhoneMetadata.metadata_for_region(region)
    assert metadata is not None
    code = metadata.country_code
    national_prefix = metadata.national_prefix or "0"
    seeds = [
        phonenumbers.national_significant_number(example)
        for kind in TYPES
        if (example := phonenumbers.example_number_for_type(region, kind)) is not None
    ] or ["1234567"]
    for _ in range(count):
        seed = rng.choice(seeds)
        keep = rng.randint(0, min(4, len(seed)))
        size = max(0, len(seed) + rng.choice((0, 0, 0, 0, -1, 1, -2, 2)) - keep)
        nsn = seed[:keep] + "".join(rng.choice("0123456789") for _ in range(size))
        if rng.random() < 0.05:
            nsn = "".join(rng.choice("0123456789") for _ in range(rng.randint(1, 19)))
        written = _grouped(rng, nsn)
        text = rng.choice((
            f"+{code} {written}", f"+{code}{nsn}", f"00{code} {written}",
            f"{national_prefix}{written}", written, f"+{code} (0){written}",
            f"+{code} 0{written}", f"{code}{nsn}", f"011 {code} {written}", f"+{written}",
            f"0{national_prefix}{written}",
        ))  # fmt: skip
        if rng.random() < 0.03:
            text = " " + text + rng.choice(("", " ", "-", ")"))
        chance = rng.random()
        yield text, region if chance < 0.7 else None if chance < 0.8 else rng.choice(REGIONS)


def _grouped(rng: random.Random, digits: str) -> str:
    groups: list[str] = []
    while len("".join(groups)) < len(digits):
        start = len("".join(groups))
        groups.append(digits[start : start + rng.randint(1, 4)])
    separator = rng.choice(SEPARATORS)
    if rng.random() < 0.1 and len(groups) > 1:
        return f"({groups[0]}) " + separator.join(groups[1:])
    return separator.join(groups)


def _compare(cases: Iterator[tuple[str, str | None]]) -> tuple[int, int, int, list[str]]:
    total = valid = decided = 0
    wrong: list[str] = []
    for text, region in cases:
        total += 1
        expected = reference(text, region)
        fast = phones._plain_e164(text.strip(), region)
        valid += isinstance(expected, str)
        if fast is not None:
            decided += 1
            if fast != expected:
                wrong.append(f"{text!r} in {region}: fast {fast}, phonenumbers {expected}")
    return total, valid, decided, wrong


@pytest.mark.parametrize("region", FOCUS + ELSEWHERE)
def test_the_fast_path_gives_what_phonenumbers_gives(region: str) -> None:
    count = 3000 if region in FOCUS else 600
    total, valid, decided, wrong = _compare(generated(random.Random(region), region, count))
    assert not wrong, wrong[:10]
    assert total == count
    assert valid > count / 20  # the generator makes valid numbers, not only noise
    if region not in ("AR", "BR"):  # national prefixes that rewrite the number: full path
        assert decided > valid / 2  # and the fast path takes most of them


def test_every_region_agrees() -> None:
    rng = random.Random(20241126)
    cases = (case for region in REGIONS for case in generated(rng, region, 40))
    total, _valid, decided, wrong = _compare(cases)
    assert not wrong, wrong[:10]
    assert decided > total / 10


@settings(max_examples=1000, deadline=None)
@given(
    text=st.from_regex(r"\A\+?[0-9 ()./-]{0,22}\Z"),
    region=st.sampled_from((None, *FOCUS, *ELSEWHERE)),
)
def test_arbitrary_plain_text_agrees(text: str, region: str | None) -> None:
    fast = phones._plain_e164(text.strip(), region)
    if fast is not None:
        assert fast == reference(text.strip(), region)


@pytest.mark.parametrize(
    ("raw", "region", "stored"),
    [
        ("+49 69 1234 5678", None, "+496912345678"),
        ("069 1234 5678", "DE", "+496912345678"),
        ("0049 69 1234 5678", "de", "+496912345678"),
        ("+49 (0)69 1234 5678", None, "+496912345678"),
        ("+86 21 6123 4567", "DE", "+862161234567"),
        ("020 7123 4567", "GB", "+442071234567"),
        ("+39 06 1234 5678", None, "+390612345678"),
        ("+1 (212) 555-0123", None, "+12125550123"),
    ],
)
def test_the_benchmark_shapes_take_the_fast_path(raw: str, region: str | None, stored: str) -> None:
    assert phones._plain_e164(raw, region.upper() if region else None) == stored
    assert phones.normalize(raw, region) == stored


@pytest.mark.parametrize(
    ("raw", "region"),
    [("+49 69", None), ("069 1234 5678", None), ("+999 1234 5678", None), ("12", "DE")],
)
def test_refused_numbers_keep_phonenumbers_reasons(raw: str, region: str | None) -> None:
    assert phones._plain_e164(raw, region) is None
    with pytest.raises(phones.PhoneError):
        phones.normalize(raw, region)
