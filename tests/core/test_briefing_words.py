"""The pieces of text the briefing pack is made of: escaped user text, dates in words (in
English, German and Chinese), local and home times across midnight and clock changes, and
file names."""

from __future__ import annotations

import datetime as dt

import pytest

from planner import i18n, localtime
from planner.briefing import file_name, fonts, text, times
from planner.briefing.labels import (
    CHINESE,
    ENGLISH,
    GERMAN,
    LANGUAGES,
    TEXTS,
    Labels,
    language_code,
)
from planner.errors import PlannerError

EN = Labels()


@pytest.mark.parametrize(
    ("raw", "escaped"),
    [
        ("<b>R&D</b> & Partners", "&lt;b&gt;R&amp;D&lt;/b&gt; &amp; Partners"),
        ('<img src="/etc/passwd"/>', "&lt;img src=&quot;/etc/passwd&quot;/&gt;"),
        ("&amp;", "&amp;amp;"),
        ("bell\x07 and nul\x00 gone", "bell and nul gone"),
        ("  Zhu Wei 朱伟\t", "Zhu Wei 朱伟"),
        (None, ""),
    ],
)
def test_user_text_is_escaped_for_paragraph_markup(raw: str | None, escaped: str) -> None:
    assert text.escape(raw) == escaped


def test_line_breaks_are_kept_and_blank_lines_make_paragraphs() -> None:
    assert text.lines("first\r\nsecond & third") == "first<br/>second &amp; third"
    assert text.paragraphs("one\ntwo\n\n  \n<three>") == ["one<br/>two", "&lt;three&gt;"]


def test_chinese_is_recognised() -> None:
    assert text.has_cjk("Zhu Wei 朱伟")
    assert text.has_cjk("（）")
    assert not text.has_cjk("Jürgen Schäfer – Straße")


def test_dates_in_words() -> None:
    labels = Labels(ENGLISH)
    day = dt.date(2024, 6, 17)
    assert labels.long_date(day) == "Monday 17 June 2024"
    assert labels.short_date(day) == "Mon 17 Jun"
    assert labels.date_range(dt.date(2024, 6, 15), dt.date(2024, 6, 23)) == "15–23 June 2024"
    assert labels.date_range(dt.date(2024, 6, 28), dt.date(2024, 7, 2)) == "28 June – 2 July 2024"
    assert (
        labels.date_range(dt.date(2024, 12, 30), dt.date(2025, 1, 3))
        == "30 December 2024 – 3 January 2025"
    )
    assert labels.date_range(day, day) == "17 June 2024"


def test_every_label_is_in_the_one_table_and_unknown_words_fall_back() -> None:
    assert EN["page_of"].format(page=2, pages=13) == "Page 2 of 13"
    assert EN.word("role", "head") == "Head of delegation"
    assert EN.word("role", "astronaut") == "astronaut"
    assert EN.word("role", None) == ""
    assert all(EN[key].strip() for key in TEXTS)


def test_times_across_midnight_show_the_day_difference() -> None:
    start = localtime.parse_local("2024-06-17T14:00", "Europe/Berlin")
    end = localtime.parse_local("2024-06-17T19:30", "Europe/Berlin")
    day = dt.date(2024, 6, 17)
    assert times.span(start, end, "Europe/Berlin", day, EN) == "14:00–19:30"
    # In Shanghai it runs from 20:00 to 01:30 the next day.
    assert times.span(start, end, "Asia/Shanghai", day, EN) == "20:00–01:30 +1 d"
    assert times.utc_offset(start, "Europe/Berlin", EN) == "UTC+02:00"


def test_the_repeated_hour_of_a_clock_change_shows_its_offset() -> None:
    first = localtime.parse_local("2024-10-27T02:30+02:00", "Europe/Berlin")
    second = localtime.parse_local("2024-10-27T02:30+01:00", "Europe/Berlin")
    assert times.clock(first, "Europe/Berlin") == "02:30+02:00"
    assert times.clock(second, "Europe/Berlin") == "02:30+01:00"
    assert times.clock(first, "Asia/Shanghai") == "08:30"


def test_file_names_are_safe_everywhere() -> None:
    assert (
        file_name('Trip: "A/B" <2024>?', "internal")
        == "Trip_ _A_B_ _2024__ - briefing (internal).pdf"
    )
    assert file_name("  ", "external") == "trip - briefing (external).pdf"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_date_format_formats(language: str) -> None:
    labels = Labels(language)
    for edge in (dt.date(2024, 6, 17), dt.date(2024, 12, 31)):
        assert labels.long_date(edge) and labels.short_date(edge) and labels.date(edge)
        assert labels.date_range(edge, edge + dt.timedelta(days=3))


def test_dates_in_german_words() -> None:
    labels = Labels(GERMAN)
    day = dt.date(2024, 6, 17)
    assert labels.long_date(day) == "Montag, 17. Juni 2024"
    assert labels.date(day) == "17. Juni 2024"
    assert labels.short_date(day) == "Mo., 17.06."
    assert labels.date_range(day, dt.date(2024, 6, 23)) == "17.–23. Juni 2024"
    assert labels.date_range(dt.date(2024, 6, 28), dt.date(2024, 7, 2)) == "28. Juni – 2. Juli 2024"
    assert (
        labels.date_range(dt.date(2024, 12, 30), dt.date(2025, 1, 3))
        == "30. Dezember 2024 – 3. Januar 2025"
    )
    assert labels.word("role", "head") == "Delegationsleitung"
    assert labels.get("page_of", page=2, pages=13) == "Seite 2 von 13"


def test_dates_in_chinese_words() -> None:
    labels = Labels(CHINESE)
    day = dt.date(2024, 6, 17)
    assert labels.long_date(day) == "2024年6月17日 星期一"
    assert labels.date(day) == "2024年6月17日"
    assert labels.short_date(dt.date(2024, 6, 23)) == "6月23日 周日"
    assert labels.date_range(day, dt.date(2024, 6, 23)) == "2024年6月17日至23日"
    assert labels.date_range(dt.date(2024, 6, 28), dt.date(2024, 7, 2)) == "2024年6月28日至7月2日"
    assert (
        labels.date_range(dt.date(2024, 12, 30), dt.date(2025, 1, 3))
        == "2024年12月30日至2025年1月3日"
    )
    assert labels.word("role", "head") == "团长"
    # The German and Chinese words, CLDR's names of days and months among them, print with
    # the pack's one font.
    words = [Labels(lang)[key] for lang in (CHINESE, GERMAN) for key in TEXTS]
    for lang in (CHINESE, GERMAN):
        for width in ("wide", "abbreviated"):
            words += [*i18n.day_names(lang, width), *i18n.month_names(lang, width)]
    assert fonts.covers("".join(words))


@pytest.mark.parametrize(
    ("given", "code"),
    [
        ("zh", "zh"),
        ("zh_CN", "zh"),
        ("zh-CN", "zh"),
        ("ZH-cn", "zh"),
        ("de_AT", "de"),
        ("en", "en"),
    ],
)
def test_the_usual_spellings_of_a_language_are_taken(given: str, code: str) -> None:
    assert language_code(given) == code
    assert Labels(given).language == code


@pytest.mark.parametrize("given", ["fr", "zh_TW", "", "deu"])
def test_an_unknown_language_is_named(given: str) -> None:
    with pytest.raises(PlannerError, match=f"no language {given!r}"):
        Labels(given)
