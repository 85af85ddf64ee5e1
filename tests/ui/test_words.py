"""Words a user reads, in their language (issue 19): plurals by Qt's ``%n`` in English too,
the problems panel's kind by name and its days by the locale, and the home-time day in the
language's own order."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from planner.checks import Problem
from ui import i18n
from ui.dialogs.calendar_export import ExportReport
from ui.views.problems_panel import ProblemsPanel
from ui.widgets.local_time_edit import LocalTimeEdit

CLASH = Problem(
    kind="overlap",
    severity="error",
    message="Two meetings at once",
    instant=dt.datetime(2024, 10, 30, 8, tzinfo=dt.UTC),
    zone="Europe/Berlin",
)
NIGHT = Problem(kind="night-hours", severity="warning", message="Late", instant=None)


@pytest.fixture(params=["de", "zh_CN"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    i18n.install(request.param)
    yield request.param
    i18n.install("en")


def panel(qtbot: QtBot, problems: list[Problem]) -> ProblemsPanel:
    shown = ProblemsPanel()
    qtbot.addWidget(shown)
    shown.show_problems(problems)
    return shown


def test_english_counts_say_one_warning_and_two_warnings(qtbot: QtBot) -> None:
    assert panel(qtbot, [CLASH]).summary.text() == "1 error"
    assert panel(qtbot, [NIGHT, NIGHT]).summary.text() == "2 warnings"
    where = Path("nanshan.ics")
    assert ExportReport().wrote(1, 1, where) == "Wrote 1 file to nanshan.ics. 1 event in all."
    assert ExportReport().wrote(3, 15, where) == "Wrote 3 files to nanshan.ics. 15 events in all."


def test_the_problems_panel_names_the_kind_and_writes_the_day_in_english(qtbot: QtBot) -> None:
    shown = panel(qtbot, [CLASH, NIGHT])
    model = shown.model
    assert model.index(0, 1).data() == "Overlaps"
    assert model.index(1, 1).data() == "Night hours"
    assert model.index(0, 2).data() == "Wed 30 Oct 09:00 (Europe/Berlin)"


def test_the_problems_panel_speaks_the_users_language(qtbot: QtBot, language: str) -> None:
    shown = panel(qtbot, [CLASH])
    model = shown.model
    kind, when = model.index(0, 1).data(), model.index(0, 2).data()
    assert kind == {"de": "Überschneidungen", "zh_CN": "时间冲突"}[language]
    assert (
        when
        == {
            "de": "Mi., 30. Okt. 09:00 (Europe/Berlin)",
            "zh_CN": "10月30日 周三 09:00 (Europe/Berlin)",
        }[language]
    )


def test_the_home_time_day_follows_the_language_order(qtbot: QtBot, language: str) -> None:
    edit = LocalTimeEdit()
    qtbot.addWidget(edit)
    edit.set_zone("Europe/Berlin")
    edit.set_home_zone("Asia/Shanghai")
    edit.set_instant(dt.datetime(2024, 10, 30, 8, tzinfo=dt.UTC))
    day = {"de": "Mi., 30. Okt.", "zh_CN": "10月30日 周三"}[language]
    assert day in edit.home_label.text()
