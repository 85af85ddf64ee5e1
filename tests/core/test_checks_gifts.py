"""``gift-value``: gifts over the office's limit need approval; other currencies are reported
unconverted when their number is over the limit."""

from __future__ import annotations

from typing import Any

import pytest

from planner import checks
from planner.store import Store
from tests.core.test_checks import check, import_document, jiangsu, of_kind


def with_gift(value: Any, currency: str | None = "EUR", **changes: Any) -> dict[str, Any]:
    doc = jiangsu()
    gift = {
        "meeting": "signing",
        "direction": "given",
        "description": "Porcelain vase",
        "from": "changzhou-gov",
        "to": "cb-rep",
        "value": value,
        "currency": currency,
        **changes,
    }
    doc["gifts"] = [gift]
    return doc


def test_a_gift_over_the_limit_needs_approval(st: Store) -> None:
    [problem] = of_kind(check(st, with_gift(150)), "gift-value")
    assert problem.severity == "warning"
    assert problem.message == (
        "The gift 'Porcelain vase', given to Anna Becker at 'Signing: memorandum of cooperation "
        "with Commerzbank' on Thu 7 Jul 17:30 (Asia/Shanghai), is worth 150 EUR, more than the "
        "limit of 100 EUR: it needs approval"
    )
    assert problem.people == ("Changzhou Municipal People's Government", "Anna Becker")
    assert problem.zone == "Asia/Shanghai" and len(problem.meeting_uuids) == 1


@pytest.mark.parametrize(
    ("value", "currency", "flagged"),
    [
        (100, "EUR", False),  # at the limit
        (100.5, "EUR", True),
        (150, None, True),  # no currency: the office's euros
        (60, "EUR", False),  # the example's own gift
        (800, "CNY", True),  # over in number: reported, unconverted
        (90, "CNY", False),  # at most 90 yuan is far below 100 euros
    ],
)
def test_the_limit_and_other_currencies(
    st: Store, value: Any, currency: str | None, flagged: bool
) -> None:
    assert bool(of_kind(check(st, with_gift(value, currency)), "gift-value")) is flagged


def test_another_currency_says_it_was_not_converted_in_each_language(st: Store) -> None:
    doc = with_gift(800, "CNY", direction="received", **{"from": "cb-rep", "to": "mayor"})
    uuid = import_document(st, doc)
    with st.session() as session:
        en, de, zh = (
            of_kind(checks.check_trip(session, uuid, language=language), "gift-value")[0]
            for language in ("en", "de", "zh")
        )
    assert "received from Anna Becker" in en.message
    assert "is worth 800 CNY: more than 100 EUR in number, and amounts in CNY are not " in (
        en.message
    )
    assert "erhalten von Anna Becker" in de.message and "nicht umgerechnet" in de.message
    assert "收到Anna Becker赠送" in zh.message and "未作换算" in zh.message


def test_the_limit_is_a_setting_and_gifts_without_value_or_at_cancelled_meetings_pass(
    st: Store,
) -> None:
    strict = checks.CheckSettings.from_mapping({"gift_limit": 50})
    assert strict.gift_limit == 50
    assert checks.CheckSettings.from_mapping({"gift_limit": -3}).gift_limit == 100
    assert strict.to_mapping()["gift_limit"] == 50
    assert of_kind(check(st, jiangsu(), strict), "gift-value")  # the 60 EUR comb set
    assert not of_kind(check(st, with_gift(None)), "gift-value")
    cancelled = with_gift(500)
    next(m for m in cancelled["meetings"] if m["key"] == "signing")["status"] = "cancelled"
    assert not of_kind(check(st, cancelled), "gift-value")
    off = checks.CheckSettings(disabled_kinds=frozenset({"gift-value"}))
    assert not of_kind(check(st, with_gift(500), off), "gift-value")
