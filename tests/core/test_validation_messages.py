"""The editors' validation messages in German and Chinese (issue 9)."""

from __future__ import annotations

import datetime as dt

import pytest

from planner import editing
from planner.records import MeetingRecord, TripRecord

UTC = dt.UTC
START = dt.datetime(2024, 6, 17, 13, tzinfo=UTC)


@pytest.mark.parametrize(
    ("language", "title", "end", "zone"),
    [
        (
            "de",
            "Ein Titel ist erforderlich",
            "das Ende muss nach dem Beginn liegen",
            "unbekannte Zeitzone 'Mars/Base'",
        ),
        ("zh", "标题为必填项", "结束时间必须晚于开始时间", "未知时区 'Mars/Base'"),
    ],
)
def test_the_messages_speak_the_language(language: str, title: str, end: str, zone: str) -> None:
    meeting = MeetingRecord("  ", "stop", START, START - dt.timedelta(hours=1))
    assert editing.validate(meeting, language) == {"title": title, "end": end}
    trip = TripRecord(title="Visit", home_timezone="Mars/Base")
    assert editing.validate(trip, language) == {"home_timezone": zone}


def test_english_stays_the_default_and_zh_cn_means_chinese() -> None:
    meeting = MeetingRecord("  ", "stop", START, START - dt.timedelta(hours=1))
    assert editing.validate(meeting)["end"] == "the end must be after the start"
    assert editing.validate(meeting, "zh_CN")["end"] == "结束时间必须晚于开始时间"
    assert editing.validate(meeting, "fr")["end"] == "the end must be after the start"
