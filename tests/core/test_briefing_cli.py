"""``planner briefing TRIP -o FILE.pdf``: the command's ``run`` as planner.cli calls it, with
the arguments its parser gives (the optional ones may be missing)."""

from __future__ import annotations

import argparse
import shutil
import subprocess
from pathlib import Path

import pytest

from planner import store, trips
from planner.briefing import command
from planner.errors import NotFound, PlannerError
from tests.conftest import NANSHAN


@pytest.fixture
def store_with_trip(tmp_path: Path) -> Path:
    path = tmp_path / "office.sqlite"
    with store.open_store(path) as st, st.transaction() as session:
        trips.import_trip(session, NANSHAN)
    return path


def run(store_path: Path, **arguments: object) -> tuple[int, list[str]]:
    lines: list[str] = []
    args = argparse.Namespace(**{"store": str(store_path), "edition": None, **arguments})
    return command.run(args, lines.append), lines


def pdf_text(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("needs poppler-utils")
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    return " ".join(out.stdout.split())


def test_the_internal_edition_on_a4_is_the_default(store_with_trip: Path, tmp_path: Path) -> None:
    out = tmp_path / "pack.pdf"
    status, lines = run(store_with_trip, trip="1", output=str(out))
    assert status == 0
    assert len(lines) == 1
    assert lines[0].startswith(f"wrote {out}: ") and lines[0].endswith(" pages, internal edition")
    assert "Internal edition" in pdf_text(out)
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True)
    assert "(A4)" in info.stdout


def test_external_edition_on_letter_paper_by_title(store_with_trip: Path, tmp_path: Path) -> None:
    out = tmp_path / "external.pdf"
    status, lines = run(
        store_with_trip,
        trip="Nanshan economic and trade delegation to Germany",
        output=str(out),
        edition="external",
        paper="letter",
        lang="en",
        leave_out=["directory"],
    )
    assert status == 0
    assert lines[0].endswith("pages, external edition")
    text = pdf_text(out)
    assert "External edition" in text
    assert "People we meet" not in text
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True)
    assert "(letter)" in info.stdout


def test_errors_name_the_place(store_with_trip: Path, tmp_path: Path) -> None:
    with pytest.raises(PlannerError, match=r"pack\.txt: the briefing pack is a PDF"):
        run(store_with_trip, trip="1", output=str(tmp_path / "pack.txt"))
    with pytest.raises(NotFound, match="no trip has the id or title '7'"):
        run(store_with_trip, trip="7", output=str(tmp_path / "pack.pdf"))
    with pytest.raises(PlannerError, match="no language 'tlh'"):
        run(store_with_trip, trip="1", output=str(tmp_path / "pack.pdf"), lang="tlh")
    with pytest.raises(PlannerError, match=r"nothing\.png: cannot read the logo"):
        run(
            store_with_trip,
            trip="1",
            output=str(tmp_path / "p.pdf"),
            logo=str(tmp_path / "nothing.png"),
        )
    assert not list(tmp_path.glob("*.pdf"))
