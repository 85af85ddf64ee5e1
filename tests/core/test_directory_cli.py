"""`planner people ...`: import, export, erase and personal data from the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from planner import cli
from tests.core.directory_fixtures import dump, office_store

CSV = (
    "Nachname;Vorname;Firma;E-Mail;Telefon;Land\n"
    "Link;Sören;Stadt Duisburg;s.link@example.de;0203 283-0;DE\n"
    "Becker;Anna;Commerzbank;ANNA.BECKER@example.com;;\n"
    "朱;伟;深圳港务集团;zhu.wei@example.cn;+86 755 2688 8888;CN\n"
)


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    try:
        code = cli.main(args)
    except SystemExit as exc:
        code = int(exc.code or 0)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def office(empty_store: Path) -> Path:
    with office_store(empty_store):
        pass
    return empty_store


def test_import_adds_people_and_merges_duplicates(
    office: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "kontakte.csv"
    source.write_bytes(CSV.encode("utf-8-sig"))
    code, out, err = run(["--store", str(office), "people", "import", str(source)], capsys)
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "duplicate\tline 3\tsame e-mail\tAnna Becker, Commerzbank\tmerge",
        "imported 3 contacts: 2 new people, 2 new organizations, 1 person merged",
    ]


def test_import_dry_run_changes_nothing(
    office: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "kontakte.csv"
    source.write_bytes(CSV.encode("gb18030"))
    before = dump(office)
    code, out, _ = run(
        ["--store", str(office), "people", "import", str(source), "--dry-run", "--no-merge"],
        capsys,
    )
    assert code == 0
    assert out.splitlines()[-1] == (
        "would import 3 contacts: 2 new people, 2 new organizations, 1 duplicate"
    )
    assert "\tadd" in out
    assert dump(office) == before


def test_a_file_with_problems_is_refused_with_the_lines(
    office: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "bad.csv"
    source.write_text(
        "Last Name,First Name,E-mail Address,Business Phone\n"
        "Weber,Jana,jana.weber(at)example.de,\n"
        "Roth,Uwe,uwe@example.de,069 1234 5678\n",
        encoding="utf-8",
    )
    before = dump(office)
    code, out, err = run(["--store", str(office), "people", "import", str(source)], capsys)
    assert code == 2
    assert out.splitlines()[0].startswith("problem\tline 2\temail\t")
    assert out.splitlines()[1].startswith("problem\tline 3\tphone\t")
    assert err.startswith("planner: error: bad.csv: 2 problem(s)")
    assert dump(office) == before
    code, out, err = run(
        ["--store", str(office), "people", "import", str(source), "--region", "de"], capsys
    )
    assert code == 2 and "line 3" not in out


def test_erase_names_what_went_and_where_the_name_remains(
    office: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(["--store", str(office), "people", "erase", "Xu Ning"], capsys)
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0].startswith("erased Xu Ning (徐宁) (")
    assert "delegation_member 1" in lines[0] and "person 1" in lines[0]
    assert "cleared\tfollow_up.owner_id\t1" in lines
    code, _, err = run(["--store", str(office), "people", "erase", "Xu Ning"], capsys)
    assert code == 2 and "no person is called 'Xu Ning'" in err


def test_personal_data_writes_json(
    office: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "chen.json"
    code, out, _ = run(
        ["--store", str(office), "people", "personal-data", "陈静", str(target)], capsys
    )
    assert (code, out.strip()) == (0, str(target))
    assert json.loads(target.read_text(encoding="utf-8"))["about"] == "Chen Jing (陈静)"


def test_export_writes_csv_by_its_suffix(
    office: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "people.csv"
    code, out, _ = run(["--store", str(office), "people", "export", str(target)], capsys)
    assert (code, out.strip()) == (0, f"wrote {target}: 12 people")
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")
    code, _, err = run(["--store", str(office), "people", "export", "x.txt"], capsys)
    assert code == 2 and ".vcf or .csv" in err


def test_a_vcard_export_imports_into_another_store(
    office: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cards = tmp_path / "people.vcf"
    assert run(["--store", str(office), "people", "export", str(cards)], capsys)[0] == 0
    other = tmp_path / "other.sqlite"
    code, out, err = run(["--store", str(other), "people", "import", str(cards)], capsys)
    assert (code, err) == (0, "")
    assert out.splitlines()[-1].startswith("imported 12 contacts: 12 new people, ")
    code, _, err = run(
        ["--store", str(other), "people", "import", str(cards), "--encoding", "utf-8"], capsys
    )
    assert code == 2 and "--encoding is for CSV files" in err
