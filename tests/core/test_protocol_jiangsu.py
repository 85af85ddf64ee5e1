"""The issue's must-show on the shared Jiangsu example, through the command line as a user runs
it: the file round-trips, the Commerzbank representative's calendar has the signing at the
branch venue in Frankfurt time, the pack shows the seating plan and the agreement, and the
checks flag nothing at the main venue (and only the branch when the branch's hours are bad)."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest
import vobject

from planner import cli
from planner.calendar_ics import lint
from tests.conftest import JIANGSU, needs_tool
from tests.core.tripdocs import canonical, load

SIGNING = "Signing: memorandum of cooperation with Commerzbank"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = cli.main(list(args))
    return code, capsys.readouterr().out


@pytest.fixture
def store_path(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    path = str(tmp_path / "office.sqlite")
    code, out = run(capsys, "--store", path, "import", str(JIANGSU))
    assert code == 0 and out.splitlines()[-1] == "1"
    return path


def test_the_example_imports_and_exports_to_the_same_content(
    store_path: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    exported = tmp_path / "again.trip.json"
    assert run(capsys, "--store", store_path, "export", "1", "-o", str(exported))[0] == 0
    assert canonical(load(exported)) == canonical(load(JIANGSU))


def test_the_commerzbank_calendar_has_the_signing_at_1130_in_frankfurt(
    store_path: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "becker.ics"
    code, out = run(
        capsys, "--store", store_path, "ics", "1", "-o", str(path), "--person", "Anna Becker"
    )
    assert code == 0, out
    data = path.read_bytes()
    assert lint.problems(data) == []

    [signing] = [
        e for e in icalendar.Calendar.from_ical(data).walk("VEVENT") if e["SUMMARY"] == SIGNING
    ]
    start = signing.decoded("DTSTART")
    assert signing["DTSTART"].params["TZID"] == "Europe/Berlin"
    assert start.replace(tzinfo=None) == dt.datetime(2022, 7, 7, 11, 30)
    assert start.astimezone(ZoneInfo("Asia/Shanghai")).replace(tzinfo=None) == dt.datetime(
        2022, 7, 7, 17, 30
    )
    assert "Branch venue Frankfurt" in str(signing["LOCATION"])

    # vobject, an independent parser, reads the same wall time in the same zone. (Not its
    # UTC: vobject keeps the first VTIMEZONE it saw per TZID for the whole process, and other
    # tests feed it hand-made ones called Europe/Berlin.)
    parsed = vobject.readOne(data.decode("utf-8"))
    [again] = [e for e in parsed.vevent_list if e.summary.value == SIGNING]
    assert again.dtstart.value.replace(tzinfo=None) == dt.datetime(2022, 7, 7, 11, 30)
    assert again.dtstart.params["X-VOBJ-ORIGINAL-TZID"] == ["Europe/Berlin"]
    # She owns no follow-up: her calendar holds none.
    assert not parsed.contents.get("vtodo")


@needs_tool(shutil.which("pdftotext") is not None, "needs poppler-utils")
def test_the_pack_shows_the_seating_plan_and_the_agreement(
    store_path: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pdf = tmp_path / "pack.pdf"
    code, out = run(capsys, "--store", store_path, "briefing", "1", "-o", str(pdf))
    assert code == 0, out
    text = " ".join(
        subprocess.run(
            ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout.split()
    )
    # The signing laid out as a ceremony: the mayor signs at the table with her interpreter
    # standing behind her, the bank signs from its branch venue in Frankfurt.
    # (pdftotext reads the drawing row by row: names, then what each place is.)
    assert (
        "Signing ceremony Xu Ning 徐宁 Interpreter Branch venue Frankfurt Sheng Lei 盛蕾 "
        "Anna Becker Signing assistant Signatory Signatory Flags Signing table Door"
    ) in text
    assert "Speaking order: 1. Sheng Lei (盛蕾) 2. Anna Becker" in text
    # The agreements section and the agreement in the signing's brief.
    assert "Agreements Agreement Signing Parties Signatories" in text
    assert "Memorandum of cooperation on financing Sino-German projects" in text
    assert "Signatories Ms. Sheng Lei 盛蕾 Dr. Anna Becker" in text
    # The internal edition values the gift.
    assert "Gifts Gift From To Changzhou comb set (traditional craft)" in text
    assert "Value" in text and "60 EUR" in text
    if shutil.which("pdftoppm"):
        subprocess.run(
            ["pdftoppm", "-r", "30", "-png", str(pdf), str(tmp_path / "page")], check=True
        )
        assert len(list(tmp_path.glob("page-*.png"))) > 5


def test_the_checks_flag_nothing_at_the_main_venue(
    store_path: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = run(capsys, "--store", store_path, "check", "1", "--json")
    assert (code, json.loads(out)) == (0, [])


def test_an_early_signing_is_flagged_at_the_branch_only(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # 12:30 in Changzhou is 06:30 in Frankfurt: only the branch venue starts before 07:00.
    document = json.loads(JIANGSU.read_text(encoding="utf-8"))
    signing = next(m for m in document["meetings"] if m["key"] == "signing")
    signing["start"], signing["end"] = "2022-07-07T12:30", "2022-07-07T13:00"
    early = tmp_path / "early.trip.json"
    early.write_text(json.dumps(document), encoding="utf-8")
    path = str(tmp_path / "office.sqlite")
    assert run(capsys, "--store", path, "import", str(early))[0] == 0

    code, out = run(capsys, "--store", path, "check", "1", "--json")
    problems = json.loads(out)
    assert code == 1
    assert [(p["kind"], p["zone"], p["items"], p["people"]) for p in problems] == [
        ("night-hours", "Europe/Berlin", [SIGNING], ["Anna Becker"])
    ]
    assert "at the branch venue in Frankfurt am Main" in problems[0]["message"]
