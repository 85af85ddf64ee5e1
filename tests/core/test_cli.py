"""The `planner` command line as scripts use it: output lines, exit codes, one-line errors."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from planner import cli, store
from tests.conftest import JIANGSU, NANSHAN


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    try:
        code = cli.main(args)
    except SystemExit as exc:  # argparse's usage errors
        code = int(exc.code or 0)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_import_prints_the_new_trips_id_on_its_last_line(
    store_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(["--store", str(store_path), "import", str(NANSHAN)], capsys)
    assert (code, err) == (0, "")
    assert out.splitlines()[-1] == "1"
    code, out, _ = run(["--store", str(store_path), "import", str(JIANGSU)], capsys)
    assert out.splitlines()[-1] == "2"


def test_trips_lists_id_title_first_and_last_day(
    store_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for example in (NANSHAN, JIANGSU):
        run(["--store", str(store_path), "import", str(example)], capsys)
    code, out, _ = run(["--store", str(store_path), "trips"], capsys)
    assert code == 0
    assert out.splitlines() == [
        "2\tJiangsu-Germany Dialogue 2022 (Changzhou, with a branch venue in Frankfurt)"
        "\t2022-07-06\t2022-07-08",
        "1\tNanshan economic and trade delegation to Germany\t2024-06-15\t2024-06-23",
    ]


def test_export_finds_a_trip_by_id_or_exact_title(
    store_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(["--store", str(store_path), "import", str(NANSHAN)], capsys)
    by_id, by_title = tmp_path / "a.trip.json", tmp_path / "b.trip.json"
    assert run(["--store", str(store_path), "export", "1", "-o", str(by_id)], capsys)[0] == 0
    title = "Nanshan economic and trade delegation to Germany"
    assert run(["--store", str(store_path), "export", title, "-o", str(by_title)], capsys)[0] == 0
    assert by_id.read_bytes() == by_title.read_bytes()


def test_two_trips_with_one_title_must_be_named_by_id(
    store_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for _ in range(2):
        run(["--store", str(store_path), "import", str(NANSHAN)], capsys)
    title = "Nanshan economic and trade delegation to Germany"
    code, _, err = run(
        ["--store", str(store_path), "export", title, "-o", str(tmp_path / "x.json")], capsys
    )
    assert code == 2
    assert "2 trips are titled" in err and "ids 1, 2" in err


@pytest.mark.parametrize(
    "args",
    [
        ["export", "42", "-o", "x.json"],
        ["ics", "1", "-o", "x.ics"],
        ["import-ics", "1", "x.ics"],
        ["briefing", "1", "-o", "x.pdf"],
        ["check", "1"],
        ["export", "1"],
        ["frobnicate"],
        ["import", "/no/such/file.trip.json"],
    ],
)
def test_errors_exit_2_with_one_line_on_stderr(
    args: list[str], store_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(["--store", str(store_path), *args], capsys)
    assert code == 2
    assert out == ""
    assert err.startswith("planner: error: ")
    assert err.count("\n") == 1


def test_an_unexpected_failure_is_one_line_never_a_traceback(
    store_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def explode(*_args: object) -> None:
        raise RuntimeError("disk on fire\nsecond line")

    store.open_store(store_path).close()
    monkeypatch.setattr(cli.trips, "list_trips", explode)
    code, _, err = run(["--store", str(store_path), "trips"], capsys)
    assert code == 2
    assert err == "planner: error: unexpected RuntimeError: disk on fire second line\n"


def test_python_dash_m_planner_is_the_same_program(tmp_path: Path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "planner",
            "--store",
            str(tmp_path / "s.sqlite"),
            "import",
            str(NANSHAN),
        ],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "1"


def test_backup_copies_a_store_in_use_and_never_overwrites(
    store_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(["--store", str(store_path), "import", str(NANSHAN)], capsys)
    target = tmp_path / "backup.sqlite"
    with store.open_store(store_path):  # the app has the store open meanwhile
        code, out, _ = run(["--store", str(store_path), "backup", "-o", str(target)], capsys)
    assert (code, out) == (0, f"{target}\n")
    code, out, _ = run(["--store", str(target), "trips"], capsys)
    assert out.startswith("1\tNanshan economic and trade delegation to Germany\t")
    code, _, err = run(["--store", str(store_path), "backup", "-o", str(target)], capsys)
    assert code == 2 and "already exists" in err
