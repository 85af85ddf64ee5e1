"""The German and the Chinese pack read as a native trade officer writes them (issue 22):
names in the order and with the honorifics of the language, zones by their names, dates before
times, amounts by CLDR and, in Chinese, full-width punctuation wherever a mark touches a Han
character. Both examples are built once per language and read back with pdftotext."""

from __future__ import annotations

import datetime as dt
import re
import shutil
from decimal import Decimal

import pytest

from planner import briefing, store
from planner.briefing.labels import Labels
from tests.cjk_punctuation import ascii_next_to_cjk
from tests.conftest import JIANGSU, NANSHAN, needs_tool
from tests.core.test_briefing import add_trip, flat, pdftotext

pytestmark = needs_tool(shutil.which("pdftotext") is not None, "needs poppler-utils")


@pytest.fixture(scope="module")
def packs(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], str]:
    """The raw pdftotext of each example's internal pack, by (example, language)."""
    folder = tmp_path_factory.mktemp("packs")
    texts = {}
    with store.open_store(folder / "office.sqlite") as office:
        for example, document in (("jiangsu", JIANGSU), ("nanshan", NANSHAN)):
            uuid = add_trip(office, document)
            for language in ("de", "zh"):
                path = folder / f"{example}-{language}.pdf"
                options = briefing.BriefingOptions(prepared=dt.date(2024, 6, 1), language=language)
                with office.session() as session:
                    briefing.write_briefing(session, uuid, path, options)
                texts[example, language] = pdftotext(path)
    return texts


@pytest.mark.parametrize("example", ["jiangsu", "nanshan"])
def test_the_chinese_pack_has_no_ascii_punctuation_beside_chinese(
    packs: dict[tuple[str, str], str], example: str
) -> None:
    assert ascii_next_to_cjk(packs[example, "zh"]) == []


def test_the_chinese_pack_names_people_chinese_first_with_the_honorific_after(
    packs: dict[tuple[str, str], str],
) -> None:
    text = flat(packs["jiangsu", "zh"])
    for expected in (
        "盛蕾女士（Sheng Lei）",
        "杜春国（Du Chunguo）",
        "Michael Jacke先生",
        "Anna Becker博士",
        "发言顺序：1. 盛蕾（Sheng Lei） 2. Anna Becker",
    ):
        assert expected in text, expected
    for english in ("Ms.", "Mr.", "Herr", "Dr.", "Sheng Lei 盛蕾"):
        assert english not in text, english
    raw = packs["jiangsu", "zh"]
    assert re.search("(先生|女士|博士)[ \t]+[\u4e00-\u9fff]", raw) is None  # never 先生 李伟


def test_the_chinese_pack_names_organizations_places_zones_and_amounts_in_chinese(
    packs: dict[tuple[str, str], str],
) -> None:
    text = flat(packs["jiangsu", "zh"])
    for expected in (
        "主办方 常州市人民政府",
        "政府机构 · 中国 · Changzhou",
        "2022年7月7日 星期四 15:00–17:30（北京时间，UTC+08:00）",
        "2022年7月7日 星期四 09:00–11:30（中欧夏令时间，UTC+02:00）",
        "国内时间：北京时间（UTC+08:00）",
        "谅解备忘录，已签署",
        "60 欧元",
        "简报材料 · 内部版",  # the glossary's word: 出访 would call the Germans' visit ours
        "18:00 抵达Changzhou",
    ):
        assert expected in text, expected
    unwanted_words = (
        "Changzhou Municipal People's Government",
        "中国标准时间",
        "Asia/Shanghai",
        "出访",
    )
    for unwanted in unwanted_words:
        assert unwanted not in text, unwanted


def test_the_german_pack_puts_the_date_first_and_says_names_and_terms_in_german(
    packs: dict[tuple[str, str], str],
) -> None:
    text = flat(packs["jiangsu", "de"])
    for expected in (
        "Delegationsleitung Frau Sheng Lei (盛蕾)",
        "Herr Michael Jacke",
        "Zeit Donnerstag, 7. Juli 2022, 15:00–17:30 (Chinesische Normalzeit, UTC+08:00)",
        "Donnerstag, 7. Juli 2022, 09:00–11:30 (Mitteleuropäische Sommerzeit, UTC+02:00)",
        "Heimatzeit: Chinesische Normalzeit (UTC+08:00)",
        "Rednerfolge: 1. Sheng Lei (盛蕾) 2. Anna Becker",
        "Absichtsvereinbarung (MoU), unterzeichnet",
        "Name Rolle Funktion Sprachen",
        "Zugeschaltete Standorte",
        "Ankunft in Changzhou um 18:00 Uhr",
        "Gastgeber Changzhou Municipal People's Government (常州市人民政府)",
    ):
        assert expected in text, expected
    for english in ("Ms. ", "Mr. ", "Asia/Shanghai", "Europe/Berlin"):
        assert english not in text, english


def test_a_journey_names_bookings_and_arrivals_as_each_language_does(
    packs: dict[tuple[str, str], str],
) -> None:
    text = flat(packs["nanshan", "de"])
    assert "Buchungsnummer" in text
    assert "Ankunft So., 16.06. 06:40 (Frankfurt am Main)" in text
    assert "6月16日 周日 06:40（Frankfurt am Main）抵达" in flat(packs["nanshan", "zh"])
    for variant in ("Referenz", "Gesellschaft", "Heimat ", "Abkommen"):
        assert variant not in text, variant


@pytest.mark.parametrize(
    ("language", "value", "currency", "printed"),
    [
        ("de", "1250.50", "EUR", "1.250,50 EUR"),
        ("de", "60", "EUR", "60 EUR"),
        ("zh", "1250.50", "EUR", "1,250.50 欧元"),
        ("zh", "8000", "CNY", "8,000 人民币"),
        ("en", "1250.50", "EUR", "1250.50 EUR"),
    ],
)
def test_amounts_are_grouped_by_cldr_and_chinese_names_the_currency(
    language: str, value: str, currency: str, printed: str
) -> None:
    assert Labels(language).money(Decimal(value), currency) == printed


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("发言顺序: 1. Li Wei", ["发言顺序: 1. Li W"]),
        ("Li Wei (李伟)", ["Li Wei (李伟)", "i Wei (李伟)"]),
        ("国内时间 (UTC+8)", ["国内时间 (UTC+8)"]),
        ("Changzhou, 中国", ["hangzhou, 中国"]),
        ("李伟（Li Wei） UTC+08:00 Sino-German (Changzhou) Park，中国", []),
        ("常州市\n(Changzhou)", []),
    ],
)
def test_ascii_punctuation_beside_chinese_is_found_and_full_width_is_not(
    text: str, found: list[str]
) -> None:
    assert ascii_next_to_cjk(text) == found
