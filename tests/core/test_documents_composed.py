"""Calendars and checks composed in German and Chinese, not English with words swapped (issue 22).

What a native reader notices first: English titles and reminders left in a Chinese calendar,
ASCII punctuation beside Chinese characters, "Li Wei (李伟)" and "Mr." before a Chinese
name, IANA zone ids and language codes where a reader expects names.
"""

from __future__ import annotations

import datetime as dt

import icalendar
import pytest
from sqlalchemy import select

from planner import model, names, store
from planner.calendar_ics.events import ExportOptions, uncancelled
from planner.calendar_ics.labels import Labels
from tests.cjk_punctuation import ascii_next_to_cjk
from tests.core.test_calendar_export import FIRST_EXPORT, export, person_uuid, trip_uuids
from tests.core.test_checks import jiangsu, nanshan, shifted
from tests.core.test_checks_languages import in_languages, troubled

__all__ = ["trip_uuids"]  # the fixture

ENGLISH_LEFT = ("Reminder", "Check-in", "Check-out", "Cancelled", "Flight", "Train", "Mr.")
IANA = ("Asia/", "Europe/")


def texts_of(data: bytes) -> list[str]:
    """Every text a reader sees of each event and to-do: title, description, reminder."""
    calendar = icalendar.Calendar.from_ical(data)
    found = []
    for item in calendar.walk():
        if item.name in ("VEVENT", "VTODO"):
            found += [str(item.get("SUMMARY", "")), str(item.get("DESCRIPTION", ""))]
            found += [str(alarm.get("DESCRIPTION", "")) for alarm in item.walk("VALARM")]
    return found


def with_a_cancellation(st: store.Store, trip: str, options: ExportOptions) -> list[str]:
    """The calendar's texts once its Ledvance meeting, seen by clients, has been cancelled."""
    export(st, trip, options)
    with st.transaction() as session:
        found = select(model.Meeting).where(
            model.Meeting.title == "Meeting with Ledvance management"
        )
        session.scalars(found).one().status = "cancelled"
    return texts_of(export(st, trip, options, now=FIRST_EXPORT + dt.timedelta(days=1)))


def test_the_helper_finds_ascii_marks_beside_chinese_only() -> None:
    assert ascii_next_to_cjk("Li Wei (李伟)") != []
    assert ascii_next_to_cjk("发言顺序: 1.") != []
    assert ascii_next_to_cjk("德语, 英语") != []
    assert ascii_next_to_cjk("国内时间 (Asia/Shanghai)") != []
    written_well = (
        "李伟（Li Wei）",
        "到达Munich：6月20日 16:05（中欧夏令时间，UTC+02:00）",
        "Interpreter (Chinese–German); Nanshan",
        "Frankfurt am Main, Terminal 1",
    )
    for fine in written_well:
        assert ascii_next_to_cjk(fine) == [], fine


@pytest.mark.parametrize("trip", ["nanshan", "jiangsu"])
def test_a_chinese_calendar_is_chinese_with_full_width_marks(
    st: store.Store, trip_uuids: dict[str, str], trip: str
) -> None:
    options = ExportOptions(language="zh", edition="internal", lodging=True)
    texts = with_a_cancellation(st, trip_uuids[trip], options)

    assert texts
    for text in texts:
        assert ascii_next_to_cjk(text) == [], text
        for english in ENGLISH_LEFT + IANA:
            assert english not in text, (english, text)


def test_a_chinese_calendar_names_people_zones_and_kinds_of_event_as_chinese_does(
    st: store.Store, trip_uuids: dict[str, str]
) -> None:
    options = ExportOptions(language="zh", edition="internal", lodging=True)
    texts = "\n".join(with_a_cancellation(st, trip_uuids["nanshan"], options))

    assert "提醒：航班 EX 123 Shenzhen → Frankfurt am Main" in texts
    assert "入住：Hotel am Main (example)" in texts
    assert "退房：Hotel Isar (example)" in texts
    assert "已取消：Meeting with Ledvance management" in texts
    assert "从Shenzhen出发：6月15日 周六 23:55（北京时间，UTC+08:00）" in texts
    # The honorific after the Chinese name, the Latin name in brackets; a German guest by the
    # Latin name with the Chinese title after it.
    assert "- 李伟先生（Li Wei），代表团团长：Deputy District Mayor" in texts
    assert "- Ingmar Bruder博士：Founder, Chairman and CEO; trinamiX GmbH" in texts
    # Between two Latin runs the separator is written as Latin text writes it.
    assert "（Li Wei），代表团团长：Deputy District Mayor (head of delegation); Nanshan" in texts


def test_a_german_calendar_says_it_in_german(st: store.Store, trip_uuids: dict[str, str]) -> None:
    options = ExportOptions(language="de", lodging=True)
    texts = "\n".join(with_a_cancellation(st, trip_uuids["nanshan"], options))

    assert "Erinnerung: Bahn ICE 521 Frankfurt am Main → Nuremberg" in texts
    assert "Anreise: Hotel Altstadt (example)" in texts
    assert "Abreise: Hotel Altstadt (example)" in texts
    assert "Abgesagt: Meeting with Ledvance management" in texts
    assert "- Herr Li Wei (李伟), Delegationsleitung: Deputy District Mayor" in texts
    assert "(Mitteleuropäische Sommerzeit, UTC+02:00)" in texts
    for english in ("Reminder", "Check-in", "Cancelled", "Flight", "Mr.", *IANA):
        assert english not in texts, english


def test_the_english_calendar_keeps_its_words(st: store.Store, trip_uuids: dict[str, str]) -> None:
    texts = "\n".join(with_a_cancellation(st, trip_uuids["nanshan"], ExportOptions(lodging=True)))

    assert "Reminder: Flight EX 123 Shenzhen → Frankfurt am Main" in texts
    assert "Check-in: Hotel am Main (example)" in texts
    assert "Cancelled: Meeting with Ledvance management" in texts
    assert "- Mr. Li Wei (李伟): Deputy District Mayor (head of delegation); Nanshan" in texts
    assert "(Asia/Shanghai, UTC+08:00)" in texts


@pytest.mark.parametrize("language", ["en", "de", "zh"])
def test_a_cancelled_title_is_read_back_in_its_language(language: str) -> None:
    marked = Labels(language).text("cancelled", title="Talks")
    assert marked != "Talks"
    assert uncancelled(marked, language) == "Talks"
    assert uncancelled("Talks", language) == "Talks"


def test_chinese_check_messages_have_full_width_marks_and_no_codes(st: store.Store) -> None:
    found = in_languages(st, troubled(), declined="Meeting with Ledvance management")["zh"]
    found += in_languages(st, shifted(jiangsu(), 88))["zh"]  # holidays in China and Germany
    found += in_languages(st, shifted(nanshan(), 108))["zh"]

    assert len(found) > 15
    for problem in found:
        assert ascii_next_to_cjk(problem.message) == [], problem.message
        assert "Asia/Shanghai）" not in problem.message or "北京时间（" in problem.message
    messages = "\n".join(p.message for p in found)
    assert "German Unity Day" not in messages
    assert "（zh）" not in messages and "de, en" not in messages


@pytest.mark.parametrize(
    ("language", "honorific", "parts", "expected"),
    [
        ("en", "Mr.", ("Li", "Wei", "李伟"), "Mr. Li Wei (李伟)"),
        ("de", "Mr.", ("Li", "Wei", "李伟"), "Herr Li Wei (李伟)"),
        ("zh", "Mr.", ("Li", "Wei", "李伟"), "李伟先生（Li Wei）"),
        ("zh", "先生", ("Li", "Wei", "李伟"), "李伟先生（Li Wei）"),
        ("zh", "Herr", ("Jacke", "Michael", None), "Michael Jacke先生"),
        ("zh", "Ms.", ("Sheng", "Lei", "盛蕾"), "盛蕾女士（Sheng Lei）"),
        ("de", "Ms.", ("Sheng", "Lei", "盛蕾"), "Frau Sheng Lei (盛蕾)"),
        ("zh", "Dr.", ("Bruder", "Ingmar", None), "Ingmar Bruder博士"),
        ("zh", None, ("朱", "伟", None), "朱伟"),
    ],
)
def test_names_and_honorifics_in_the_order_of_the_language(
    language: str, honorific: str | None, parts: tuple[str, str, str | None], expected: str
) -> None:
    assert names.name_in(language, *parts, honorific) == expected


def test_a_chinese_personal_calendar_is_named_with_the_chinese_name_first(
    st: store.Store, trip_uuids: dict[str, str]
) -> None:
    li = person_uuid(st, "Wei", "Li")
    for language, expected in (("zh", "李伟（Li Wei）"), ("en", "Li Wei 李伟")):
        options = ExportOptions(language=language, person_uuid=li)
        calendar = icalendar.Calendar.from_ical(export(st, trip_uuids["nanshan"], options))
        assert str(calendar["X-WR-CALNAME"]).endswith(expected)


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "Travel time: 1 h 05 min"),  # as it always was
        ("de", "Reisezeit: 1 Std. 5 Min."),
        ("zh", "行程时间：1小时5分钟"),
    ],
)
def test_a_travel_time_is_written_as_the_language_writes_durations(
    language: str, expected: str
) -> None:
    assert Labels(language).text("travel_time", hours=1, minutes=5) == expected
