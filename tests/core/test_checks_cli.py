"""``planner check TRIP [--json]``: one problem per line or a JSON list; exit 0, 1 or 2."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from planner import cli
from tests.conftest import NANSHAN
from tests.core.test_checks import add_meeting, nanshan

TITLE = "Nanshan economic and trade delegation to Germany"


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    try:
        code = cli.main(args)
    except SystemExit as exc:  # argparse's usage errors
        code = int(exc.code or 0)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def troubled(tmp_path: Path, empty_store: Path, capsys: pytest.CaptureFixture[str]) -> str:
    """The Nanshan trip with a breakfast too early that also overlaps a late-night call."""
    doc = nanshan()
    add_meeting(doc, "breakfast", "fra", "2024-06-18T06:00", "2024-06-18T07:30")
    add_meeting(doc, "call", "fra", "2024-06-18T07:00", "2024-06-18T08:00", attendees=["li-head"])
    path = tmp_path / "troubled.trip.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    code, out, _ = run(["--store", str(empty_store), "import", str(path)], capsys)
    assert code == 0
    return out.splitlines()[-1]


def test_a_feasible_trip_exits_0(store_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(["--store", str(store_path), "import", str(NANSHAN)], capsys)

    code, out, err = run(["--store", str(store_path), "check", TITLE], capsys)
    assert (code, out, err) == (0, "no problems found\n", "")

    code, out, err = run(["--store", str(store_path), "check", "1", "--json"], capsys)
    assert (code, json.loads(out), err) == (0, [], "")


def test_problems_are_listed_one_per_line_and_exit_1(
    troubled: str, store_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(["--store", str(store_path), "check", troubled], capsys)

    assert (code, err) == (1, "")
    assert out.splitlines() == [
        "warning  night-hours      2024-06-18 06:00 Europe/Berlin  'Breakfast' starts "
        "Tue 18 Jun 06:00 (Europe/Berlin) in Frankfurt am Main, before 07:00 local time",
        "error    overlap          2024-06-18 07:00 Europe/Berlin  Li Wei (李伟) is in "
        "'Breakfast' and 'Call' at once on Tue 18 Jun 07:00 (Europe/Berlin), for 30 min",
    ]


def test_json_lists_the_problem_objects(
    troubled: str, store_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(["--store", str(store_path), "check", troubled, "--json"], capsys)

    assert (code, err) == (1, "")
    problems = json.loads(out)
    assert [p["kind"] for p in problems] == ["night-hours", "overlap"]
    overlap = problems[1]
    assert overlap["severity"] == "error"
    assert overlap["instant"] == "2024-06-18T05:00:00Z"
    assert overlap["zone"] == "Europe/Berlin"
    assert overlap["items"] == ["Breakfast", "Call"]
    assert overlap["people"] == ["Li Wei (李伟)"]
    assert len(overlap["meeting_uuids"]) == 2
    assert overlap["transfer_uuids"] == []


@pytest.mark.parametrize(
    "args",
    [["check", "42"], ["check", "no such trip", "--json"], ["check"]],
    ids=["unknown-id", "unknown-title", "no-trip"],
)
def test_errors_exit_2_with_one_line_on_stderr(
    args: list[str], store_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(["--store", str(store_path), "import", str(NANSHAN)], capsys)

    code, out, err = run(["--store", str(store_path), *args], capsys)

    assert (code, out) == (2, "")
    assert err.startswith("planner: error: ")
    assert err.count("\n") == 1


def test_a_missing_store_is_an_error_not_a_new_store(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nowhere.sqlite"

    code, out, err = run(["--store", str(missing), "check", "1"], capsys)

    assert (code, out) == (2, "")
    assert err.startswith("planner: error: ")
    assert not missing.exists()
