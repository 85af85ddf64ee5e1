"""A passport number stored for a delegate leaves the store only where the user asked for it
(issue 23): in a trip file exported with ``--with-documents``, never in a calendar, an external
briefing pack, a counterpart's personal pack, or a trip file exported without the option."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from planner import cli
from tests.conftest import needs_tool

SHENZHEN = Path(__file__).resolve().parent.parent / "data" / "trips"
SHENZHEN = SHENZHEN / "shenzhen-delegation-germany-2027.trip.json"


def secrets() -> list[str]:
    """Every passport and visa number and date of birth of the file."""
    found = []
    for person in json.loads(SHENZHEN.read_text(encoding="utf-8"))["people"]:
        if "passport" in person:
            found += [person["passport"]["number"], person["date_of_birth"]]
        found += [visa["number"] for visa in person.get("visas", ())]
    return found


@pytest.fixture
def store_with_documents(empty_store_file: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    assert cli.main(["--store", str(empty_store_file), "import", str(SHENZHEN)]) == 0
    capsys.readouterr()
    return empty_store_file


def run(store: Path, *args: str) -> None:
    assert cli.main(["--store", str(store), *args]) == 0


def leaked(text: str) -> list[str]:
    return [secret for secret in secrets() if secret in text]


def test_no_calendar_carries_a_document(store_with_documents: Path, tmp_path: Path) -> None:
    for edition in ("external", "internal"):
        out = tmp_path / f"{edition}.ics"
        run(store_with_documents, "ics", "1", "-o", str(out), "--edition", edition, "--lodging")
        assert leaked(out.read_text(encoding="utf-8")) == []
    personal = tmp_path / "zhang.ics"
    run(store_with_documents, "ics", "1", "-o", str(personal), "--person", "Hui Zhang")
    assert "Hannover Messe" in personal.read_text(encoding="utf-8")
    assert leaked(personal.read_text(encoding="utf-8")) == []


@needs_tool(shutil.which("pdftotext") is not None, "needs poppler-utils (pdftotext)")
def test_no_external_or_counterparts_pack_carries_a_document(
    store_with_documents: Path, tmp_path: Path
) -> None:
    packs = {
        "external": ["--edition", "external"],
        "counterpart": ["--edition", "external", "--person", "Stefanie Becker"],
        "delegate": ["--edition", "external", "--person", "Hui Zhang"],
    }
    for name, options in packs.items():
        pdf = tmp_path / f"{name}.pdf"
        run(store_with_documents, "briefing", "1", "-o", str(pdf), *options)
        text = subprocess.run(
            ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert "Zhang" in text, name  # the pack is about these people
        assert leaked(text) == [], name


def test_a_trip_file_carries_documents_only_when_asked(
    store_with_documents: Path, tmp_path: Path
) -> None:
    plain, full = tmp_path / "plain.trip.json", tmp_path / "full.trip.json"
    run(store_with_documents, "export", "1", "-o", str(plain))
    run(store_with_documents, "export", "1", "-o", str(full), "--with-documents")
    assert leaked(plain.read_text(encoding="utf-8")) == []
    assert leaked(full.read_text(encoding="utf-8")) == secrets()
