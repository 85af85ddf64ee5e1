"""The dated visa rules: the bundled table, its dates and stay lengths, and the office's
overrides."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from planner import visa_rules
from planner.errors import PlannerError
from planner.visa_rules import decide, needs_visa

D = dt.date


@pytest.fixture(autouse=True)
def config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("DELEGATION_PLANNER_CONFIG", str(tmp_path))
    return tmp_path


def test_chinese_ordinary_passports_need_a_schengen_visa_for_germany_and_its_neighbours() -> None:
    for country in ("DE", "FR", "AT", "schengen"):
        assert needs_visa("CN", "ordinary", country, D(2026, 3, 1), D(2026, 3, 5)) is True
    decision = decide("CN", "ordinary", "DE", D(2026, 3, 1), D(2026, 3, 5))
    assert decision is not None and decision.rule is not None
    assert "2018/1806" in decision.rule.source_title
    # The United Kingdom and Ireland are not in the table: no rule known.
    assert needs_visa("CN", "ordinary", "GB", D(2026, 3, 1), D(2026, 3, 5)) is None


def test_nobody_needs_a_visa_at_home_or_inside_the_schengen_area() -> None:
    assert needs_visa("CN", "ordinary", "CN", D(2026, 3, 1), D(2026, 3, 5)) is False
    assert needs_visa("DE", "ordinary", "FR", D(2026, 3, 1), D(2026, 3, 5)) is False
    assert needs_visa(None, "ordinary", "FR", D(2026, 3, 1), D(2026, 3, 5)) is None


@pytest.mark.parametrize(
    ("first", "last", "needed", "rule"),
    [
        (D(2023, 11, 30), D(2023, 12, 5), True, "de-cn"),  # the day before the rule
        (D(2023, 12, 1), D(2023, 12, 15), False, "de-ordinary-cn-2023"),  # 15 days
        (D(2023, 12, 1), D(2023, 12, 16), True, "de-cn"),  # 16 days
        (D(2024, 11, 30), D(2024, 12, 29), False, "de-ordinary-cn-2024"),  # 30 days
        (D(2026, 12, 31), D(2027, 1, 10), False, "de-ordinary-cn-2026"),  # entry on its last day
        (D(2027, 1, 1), D(2027, 1, 5), True, "de-cn"),  # after its end
    ],
)
def test_germans_enter_china_visa_free_under_the_dated_rule(
    first: dt.date, last: dt.date, needed: bool, rule: str
) -> None:
    decision = decide("DE", "ordinary", "CN", first, last)
    assert decision is not None and decision.needed is needed
    assert decision.rule is not None and decision.rule.id == rule


def test_a_stay_too_long_for_the_rule_names_it() -> None:
    decision = decide("DE", "ordinary", "CN", D(2026, 5, 1), D(2026, 6, 5))
    assert decision is not None and decision.needed
    assert decision.too_long is not None and decision.too_long.max_stay_days == 30
    assert decision.too_long.valid_to == D(2026, 12, 31)
    assert "3 November 2025" in decision.too_long.source_title


def test_german_service_passports_need_a_visa_and_diplomatic_ones_have_no_rule() -> None:
    assert needs_visa("DE", "service", "CN", D(2026, 5, 1), D(2026, 5, 3)) is True
    assert needs_visa("DE", "diplomatic", "CN", D(2026, 5, 1), D(2026, 5, 3)) is None


def write(config: Path, rules: object) -> None:
    (config / "visa_rules.json").write_text(json.dumps({"rules": rules}), encoding="utf-8")


def test_the_office_replaces_removes_and_adds_rules(config: Path) -> None:
    write(
        config,
        [
            {"id": "de-ordinary-cn-2026", "remove": True},
            {
                "id": "cn-diplomatic-schengen",
                "nationality": "CN",
                "passports": ["diplomatic"],
                "destination": "schengen",
                "visa_required": False,
                "max_stay_days": 90,
                "source": {"title": "EU-China agreement", "url": "https://example.org/agreement"},
            },
        ],
    )
    assert needs_visa("DE", "ordinary", "CN", D(2026, 5, 1), D(2026, 5, 3)) is True
    assert needs_visa("CN", "diplomatic", "DE", D(2026, 5, 1), D(2026, 5, 3)) is False
    # The bundled table itself is untouched.
    assert (
        needs_visa("DE", "ordinary", "CN", D(2026, 5, 1), D(2026, 5, 3), rules=visa_rules.bundled())
        is False
    )


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ({"id": "x", "remove": True}, "rules[1].id: no rule 'x' to remove"),
        (
            {"id": "de-cn", "nationality": "DEU"},
            "rules[1].nationality: 'DEU' is not a country code",
        ),
        ({"id": "a", "colour": 1}, "rules[1].colour: not a field of a visa rule"),
        ("text", "rules[1]: a rule must be an object"),
    ],
)
def test_a_bad_override_is_named_by_file_and_index(
    config: Path, entry: object, message: str
) -> None:
    good = {"id": "cn-ordinary-schengen", "remove": True}
    write(config, [good, entry])
    with pytest.raises(PlannerError) as caught:
        visa_rules.load()
    assert str(caught.value).startswith(f"{config / 'visa_rules.json'}: {message}")


def test_a_bad_date_and_reversed_dates_are_named(config: Path) -> None:
    rule = {
        "id": "r",
        "nationality": "DE",
        "passports": ["ordinary"],
        "destination": "CN",
        "visa_required": False,
        "valid_from": "2026-02-30",
        "source": {"title": "t", "url": "u"},
    }
    write(config, [rule])
    with pytest.raises(PlannerError, match=r"rules\[0\]\.valid_from: '2026-02-30' is not a date"):
        visa_rules.load()
    write(config, [{**rule, "valid_from": "2026-02-01", "valid_to": "2026-01-01"}])
    with pytest.raises(PlannerError, match=r"rules\[0\]\.valid_to: 2026-01-01 is before"):
        visa_rules.load()
    (config / "visa_rules.json").write_text("{", encoding="utf-8")
    with pytest.raises(PlannerError, match=r"visa_rules\.json, line 1: not a visa rules file"):
        visa_rules.load()
