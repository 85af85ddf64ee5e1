"""The checks' messages in German and Chinese: one catalogue, the same problems, other words."""

from __future__ import annotations

import datetime as dt
import json
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from babel import Locale
from sqlalchemy import select

from planner import checks, cli, i18n, model
from planner.checks import messages
from planner.store import Store
from tests.core.test_checks import (
    add_meeting,
    import_document,
    jiangsu,
    meeting,
    nanshan,
    of_kind,
    shifted,
    stop,
)


def troubled() -> dict[str, Any]:
    """The Nanshan trip with a problem of every kind but public-holiday (and a last stop in
    Shanghai kept in Berlin time: ``zone``)."""
    doc = nanshan()
    add_meeting(doc, "breakfast", "fra", "2024-06-18T06:00", "2024-06-18T07:30")
    add_meeting(doc, "call", "fra", "2024-06-18T07:00", "2024-06-18T08:00", attendees=["li-head"])
    add_meeting(doc, "farewell", "muc", "2024-06-22T09:00", "2024-06-22T11:00")  # a Saturday
    meeting(doc, "trinamix-visit")["attendees"] = ["li-head", "bruder"]
    meeting(doc, "trinamix-visit")["venue"]["city"] = "Ludwigshafen am Rhein"
    meeting(doc, "ilh-signing")["venue"]["city"] = "Heidelberg"
    add_meeting(
        doc, "lunch", "fra", "2024-06-18T12:05", "2024-06-18T13:00", venue={"city": "Heidelberg"}
    )
    meeting(doc, "healthineers-signing")["start"] = "2024-06-19T11:00"
    doc["transfers"] = [t for t in doc["transfers"] if t["number"] != "ICE 1007"]
    del stop(doc, "nue")["lodging"]
    doc["stops"].append(
        {
            "key": "sha",
            "city": "Shanghai",
            "country": "CN",
            "timezone": "Europe/Berlin",
            "arrive": "2024-06-23T10:00",
        }
    )
    doc["gifts"] = [
        {
            "meeting": "ilh-signing",
            "direction": "given",
            "description": "Porcelain vase",
            "from": "li-head",
            "to": "ilh",
            "value": 450,
            "currency": "EUR",
        }
    ]
    return doc


def in_languages(
    st: Store, doc: dict[str, Any], *, declined: str | None = None
) -> dict[str, list[checks.Problem]]:
    """The trip's problems in each language; with ``declined``, the head of the delegation
    has declined the meeting of that title (a trip file carries no answers)."""
    uuid = import_document(st, doc)
    if declined is not None:
        with st.transaction() as session:
            found = session.scalars(select(model.Meeting).where(model.Meeting.title == declined))
            link = found.one().attendee_links[0]
            link.answer, link.answered = "declined", dt.datetime(2024, 6, 10, tzinfo=dt.UTC)
    with st.session() as session:
        return {
            language: checks.check_trip(session, uuid, checks.CheckSettings(), language)
            for language in ("en", "de", "zh")
        }


def message(problems: list[checks.Problem], kind: str, index: int = 0) -> str:
    return of_kind(problems, kind)[index].message


def every(problems: list[checks.Problem], kind: str) -> str:
    return " | ".join(p.message for p in of_kind(problems, kind))


def test_every_kind_is_worded_in_german_and_chinese_with_the_same_problems(st: Store) -> None:
    found = in_languages(st, troubled(), declined="Meeting with Ledvance management")
    en, de, zh = found["en"], found["de"], found["zh"]

    kinds = {p.kind for p in en} - {"public-holiday"}
    # The trip file's documents are words of their own: test_checks_documents.py.
    assert kinds == set(checks.KINDS) - {"public-holiday", "passport", "visa", "invitation"}
    for problems in (de, zh):
        assert [(p.kind, p.severity, p.instant, p.items) for p in problems] == [
            (p.kind, p.severity, p.instant, p.items) for p in en
        ]
    for kind in kinds:
        for index, english in enumerate(of_kind(en, kind)):
            assert message(de, kind, index) != english.message
            assert message(zh, kind, index) != english.message
            assert re.search(r"[\u4e00-\u9fff]", message(zh, kind, index)), kind


def test_the_german_messages(st: Store) -> None:
    de = in_languages(st, troubled())["de"]

    assert message(de, "overlap") == (
        "Li Wei (李伟) ist am Di., 18. Juni, 07:00 (Mitteleuropäische Sommerzeit) gleichzeitig "
        "für „Breakfast“ und „Call“ eingeplant (Überschneidung: 30 Min.)"
    )
    assert message(de, "night-hours") == (
        "„Breakfast“ beginnt am Di., 18. Juni, 06:00 (Mitteleuropäische Sommerzeit) in "
        "Frankfurt am Main, vor 07:00 Uhr Ortszeit"
    )
    assert "vor einem Flug sind 2 Std. einzuplanen" in every(de, "transfer-buffer")
    assert "überschneidet sich mit" in every(de, "transfer-buffer")
    assert message(de, "weekend").startswith("„Farewell“ in Munich findet an einem Samstag")
    assert "Sa., 22. Juni, 09:00 (Mitteleuropäische Sommerzeit)" in message(de, "weekend")
    assert message(de, "lodging").startswith("Keine Unterkunft in Nuremberg für 1 Nacht")
    assert "Ankunft Mi., 19. Juni, 11:30 (Mitteleuropäische Sommerzeit)" in message(de, "lodging")
    assert message(de, "outside-stop").startswith("„Memorandum signing with Siemens")
    assert "vor der Ankunft der Delegation in Nuremberg" in message(de, "outside-stop")
    assert message(de, "travel-gap").startswith("Kein Transfer von Nuremberg nach Munich")
    assert "keine gemeinsame Sprache" in message(de, "language")
    assert message(de, "venue-travel") == (
        "„Lunch“ beginnt am Di., 18. Juni, 12:05 (Mitteleuropäische Sommerzeit) in Heidelberg, "
        "nur 5 Min. nach dem Ende von „Site visit and talks at trinamiX“ in Ludwigshafen am "
        "Rhein; für die 19 km dazwischen braucht es etwa 41 Min."
    )
    # Languages by their German names, transfers by the German word for their mode, a zone
    # by its name with the identifier the form takes.
    assert "Li Wei (李伟) (Chinesisch); Ingmar Bruder (Deutsch, Englisch)" in message(
        de, "language"
    )
    assert "mit Flug EX 456 Munich → Shenzhen um 12:00" in every(de, "transfer-buffer")
    assert "überschneidet sich mit Bahn ICE 521 Frankfurt am Main → Nuremberg" in every(
        de, "transfer-buffer"
    )
    assert message(de, "zone") == (
        "Die Station Shanghai liegt in der Zone Mitteleuropäische Sommerzeit (Europe/Berlin), "
        "die an keinem Ort in China gilt; meinten Sie Chinesische Normalzeit (Asia/Shanghai), "
        "Ürümqi-Zeit (Asia/Urumqi)?"
    )


def test_the_chinese_messages(st: Store) -> None:
    zh = in_languages(st, troubled(), declined="Meeting with Ledvance management")["zh"]

    # The Chinese name first, the Latin one in full-width brackets; zones by name.
    assert message(zh, "overlap") == (
        "李伟（Li Wei）的日程冲突：“Breakfast”与“Call”同时进行，"
        "自6月18日 周二 07:00（中欧夏令时间）起重叠30分钟"
    )
    assert message(zh, "night-hours") == (
        "“Breakfast”（Frankfurt am Main）于6月18日 周二 06:00（中欧夏令时间）开始，"
        "早于当地时间07:00"
    )
    assert message(zh, "language").endswith("李伟（Li Wei）（中文）；Ingmar Bruder（德语、英语）")
    assert message(zh, "declined").startswith("代表团团长李伟（Li Wei）已谢绝出席")
    assert "距航班 EX 456 Munich → Shenzhen出发（12:00）仅1小时" in every(zh, "transfer-buffer")
    assert "乘坐火车 ICE 521 Frankfurt am Main → Nuremberg的行程" in every(zh, "transfer-buffer")
    assert message(zh, "zone") == (
        "站点Shanghai的时区为中欧夏令时间（Europe/Berlin），但中国境内没有任何地方使用该时区；"
        "是否应为北京时间（Asia/Shanghai）、乌鲁木齐时间（Asia/Urumqi）？"
    )
    assert "乘机前应预留2小时" in every(zh, "transfer-buffer")
    assert message(zh, "weekend").endswith("当天是星期六")
    assert "尚未安排住宿，需住1晚" in message(zh, "lodging")
    assert "没有安排交通" in message(zh, "travel-gap")
    assert "未安排译员" in message(zh, "language")
    assert "早于代表团抵达" in message(zh, "outside-stop")
    assert "两地相距19公里，约需41分钟" in message(zh, "venue-travel")


def test_holidays_are_named_in_the_language(st: Store) -> None:
    doc = shifted(nanshan(), 108)  # the Frankfurt session moves to Thu 3 Oct 2024
    found = in_languages(st, doc)

    [de] = of_kind(found["de"], "public-holiday")
    assert de.message == (
        "„Nanshan–Frankfurt cooperation session“ in Frankfurt am Main am Do., 3. Oktober, "
        "14:00 (Mitteleuropäische Sommerzeit): gesetzlicher Feiertag in Deutschland "
        "(Tag der Deutschen Einheit)"
    )
    # The package names Germany's holidays in German and English only: the Chinese message
    # says what kind of day it is rather than print "German Unity Day".
    [zh] = of_kind(found["zh"], "public-holiday")
    assert zh.message == (
        "Frankfurt am Main的“Nanshan–Frankfurt cooperation session”于10月3日 周四 14:00"
        "（中欧夏令时间）举行，当天是德国的法定节假日"
    )


def test_chinese_holidays_in_chinese_and_german_where_the_package_has_them(st: Store) -> None:
    doc = shifted(jiangsu(), 88)  # Mon 3 October 2022: holidays in Germany and China
    found = in_languages(st, doc)

    zh = " ".join(p.message for p in of_kind(found["zh"], "public-holiday"))
    assert "国庆节" in zh
    assert "中国的法定节假日" in zh
    de = " ".join(p.message for p in of_kind(found["de"], "public-holiday"))
    assert "Tag der Deutschen Einheit" in de
    # The package has no German names for China's holidays: no English "National Day".
    assert "National Day" not in de
    assert "15:00 (Chinesische Normalzeit): gesetzlicher Feiertag in China" in de


def test_countries_and_regions_are_named_in_the_language() -> None:
    words = messages.words("de")
    assert words.region("DE", "BY") == "Bayern (DE-BY)"
    assert words.country("DE") == "Deutschland"
    assert messages.words("zh").country("CN") == "中国"


def test_unknown_languages_are_english_and_chinese_has_its_aliases() -> None:
    assert messages.language_code("fr") == "en"
    assert messages.language_code(None) == "en"
    assert messages.language_code("zh_CN") == "zh"
    assert messages.language_code("zh-CN") == "zh"
    assert messages.language_code("de_AT") == "de"
    assert messages.words("xx") == messages.words("en")


def test_the_pieces_follow_the_language() -> None:
    import datetime as dt

    instant = dt.datetime(2024, 6, 18, 8, 30, tzinfo=dt.UTC)
    zone = "Europe/Berlin"
    assert messages.words("en").when(instant, zone) == "Tue 18 Jun 10:30 (Europe/Berlin)"
    assert (
        messages.words("de").when(instant, zone)
        == "Di., 18. Juni, 10:30 (Mitteleuropäische Sommerzeit)"
    )
    assert messages.words("zh").when(instant, zone) == "6月18日 周二 10:30（中欧夏令时间）"
    winter = dt.datetime(2024, 1, 18, 8, 30, tzinfo=dt.UTC)
    assert messages.words("zh").when(winter, "Asia/Shanghai") == "1月18日 周四 16:30（北京时间）"
    assert messages.words("de").when(winter, zone) == (
        "Do., 18. Januar, 09:30 (Mitteleuropäische Normalzeit)"
    )
    people = ["A", "B", "C"]
    assert messages.words("en").names(people) == "A, B and C"
    assert messages.words("de").names(people) == "A, B und C"
    assert messages.words("zh").names(people) == "A、B和C"
    span = dt.timedelta(minutes=90)
    assert messages.words("en").duration(span) == "1 h 30 min"
    assert messages.words("de").duration(span) == "1 Std. 30 Min."
    assert messages.words("zh").duration(span) == "1小时30分钟"


def test_the_cli_prints_the_messages_in_the_chosen_language(
    tmp_path: Path, store_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = nanshan()
    add_meeting(doc, "breakfast", "fra", "2024-06-18T06:00", "2024-06-18T07:30")
    path = tmp_path / "troubled.trip.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    assert cli.main(["--store", str(store_path), "import", str(path)]) == 0
    trip = capsys.readouterr().out.splitlines()[-1]

    assert cli.main(["--store", str(store_path), "check", trip, "--lang", "zh"]) == 1
    out = capsys.readouterr().out
    assert out.startswith("warning  night-hours      2024-06-18 06:00 Europe/Berlin  “Breakfast”")
    assert "早于当地时间07:00" in out

    assert cli.main(["--store", str(store_path), "check", trip, "--json", "--lang", "de"]) == 1
    [problem] = json.loads(capsys.readouterr().out)
    assert (problem["kind"], problem["severity"]) == ("night-hours", "warning")
    assert problem["message"].endswith("vor 07:00 Uhr Ortszeit")


@pytest.mark.parametrize("width", ["wide", "abbreviated"])
def test_english_day_and_month_names_are_cldrs_without_loading_it(width: str) -> None:
    cldr = Locale.parse("en")
    assert i18n.day_names("en", width) == tuple(cldr.days["format"][width][d] for d in range(7))
    assert i18n.month_names("en", width) == tuple(
        cldr.months["format"][width][m] for m in range(1, 13)
    )
    assert cldr.number_symbols["latn"]["decimal"] == "."
    assert i18n.amount("en", Decimal("60.5")) == "60.50"


@pytest.mark.parametrize(
    ("language", "printed"),
    [("en", "1250.50 EUR"), ("de", "1.250,50 EUR"), ("zh", "1,250.50 欧元")],
)
def test_amounts_in_check_messages_are_written_as_the_pack_writes_them(
    language: str, printed: str
) -> None:
    assert messages.words(language).money(Decimal("1250.50"), "EUR") == printed
