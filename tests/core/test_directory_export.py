"""Exporting the directory to vCard and CSV: every person, read back whole, never a half file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from planner import store
from planner.contacts import csv_format, vcard_format
from planner.directory import exporting
from planner.errors import NotFound, PlannerError
from tests.core.directory_fixtures import office_store, uuid_of


@pytest.fixture
def office(empty_store: Path) -> Iterator[store.Store]:
    with office_store(empty_store) as opened:
        yield opened


def test_vcards_of_everyone_read_back_with_their_names(office: store.Store, tmp_path: Path) -> None:
    target = tmp_path / "people.vcf"
    with office.session() as session:
        count = exporting.export_people(session, None, target)
    drafts = vcard_format.read_vcards(target.read_bytes(), target.name)
    assert count == len(drafts) == 12
    li = next(d for d in drafts if d.native_name == "李伟" or d.family_name == "李")
    assert li.organization == "Nanshan District Government of Shenzhen"


def test_csv_of_chosen_people_reads_back(office: store.Store, tmp_path: Path) -> None:
    target = tmp_path / "people.csv"
    chosen = [uuid_of(office, "Becker"), uuid_of(office, "Chen")]
    with office.session() as session:
        assert exporting.export_people(session, chosen, target) == 2
    table = csv_format.read_table(target.read_bytes(), target.name)
    drafts = csv_format.drafts(table, csv_format.guess_mapping(table.headers), target.name)
    assert [d.family_name for d in drafts] == ["Becker", "Chen"]
    assert drafts[0].email == "anna.becker@example.com"


def test_a_failed_export_leaves_the_old_file(
    office: store.Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "people.csv"
    target.write_text("the old export\n", encoding="utf-8")

    def broken(*_args: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(csv_format, "write_csv", broken)
    with office.session() as session, pytest.raises(RuntimeError):
        exporting.export_people(session, None, target)
    assert target.read_text(encoding="utf-8") == "the old export\n"
    assert [p.name for p in folder.iterdir()] == ["people.csv"]


def test_unknown_people_and_suffixes_are_refused(office: store.Store, tmp_path: Path) -> None:
    with office.session() as session:
        with pytest.raises(NotFound):
            exporting.export_people(
                session, ["00000000-0000-4000-8000-000000000000"], tmp_path / "a.csv"
            )
        with pytest.raises(PlannerError, match=r"\.vcf or \.csv"):
            exporting.export_people(session, None, tmp_path / "a.xlsx")
