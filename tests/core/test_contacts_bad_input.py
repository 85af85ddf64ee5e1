"""Contacts files the directory must not take as they are: control characters, a UTF-8 file
with one line from elsewhere, a name broken over lines. Each is refused on the command line
with the file and the line, exit 2, and the store unchanged; and vCard lines fold at 75 octets,
not characters."""

from __future__ import annotations

from pathlib import Path

import pytest

from planner import cli, store, trips
from planner.contacts import vcard_format
from tests import dumps
from tests.conftest import JIANGSU, new_sqlite_store

CARD = "BEGIN:VCARD\r\nVERSION:4.0\r\nN:{family};{given};;;\r\nFN:{given} {family}\r\nEND:VCARD\r\n"


@pytest.fixture
def store_file(tmp_path: Path, sqlite_template: Path) -> Path:
    path = new_sqlite_store(sqlite_template, tmp_path / "store.sqlite")
    with store.open_store(path) as st, st.transaction() as session:
        trips.import_trip(session, JIANGSU)
    return path


def refused(store_file: Path, args: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    before = dumps.dump(store_file)
    code = cli.main(["--store", str(store_file), *args])
    err = capsys.readouterr().err
    assert code == 2
    assert "unexpected" not in err
    assert err.count("\n") == 1
    assert dumps.dump(store_file) == before
    return err


BAD_FILES = {
    "NUL in a CSV cell": (
        "people.csv",
        "Name,Vorname,Land\nMüller,Jürgen,DE\nSchütz,An\x00na,DE\n".encode(),
        "people.csv, line 3: the line holds a control character (U+0000) at character 10",
    ),
    "escape in a vCard": (
        "people.vcf",
        CARD.format(family="Link", given="S\x1b[2Jören").encode(),
        "people.vcf, line 3: the line holds a control character (U+001B) at character 9",
    ),
    "UTF-16 with a bell": (
        "people.csv",
        "Name;Vorname\r\nLink;Sö\x07ren\r\n".encode("utf-16"),
        "people.csv, line 2: the line holds a control character (U+0007) at character 8",
    ),
    "UTF-8 but for one line": (
        "people.csv",
        "Name,Vorname,Land\nMüller,Jürgen,DE\n".encode()
        + "Schütz,Anna,DE\n".encode("cp1252")
        + "Löw,Karl,DE\nGroß,Eva,AT\n".encode(),
        "people.csv, line 3: the first line that is not UTF-8, though the rest of the file "
        "is: correct it, or choose the file's encoding (--encoding",
    ),
}


@pytest.mark.parametrize("case", list(BAD_FILES))
def test_a_contacts_file_with_characters_no_name_may_hold_is_refused_by_its_line(
    case: str, store_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    name, data, expected = BAD_FILES[case]
    path = tmp_path / name
    path.write_bytes(data)
    err = refused(store_file, ["people", "import", str(path)], capsys)
    assert err.startswith(f"planner: error: {expected}")


def test_a_chosen_encoding_names_the_line_it_cannot_read(
    store_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "people.csv"
    path.write_bytes(BAD_FILES["UTF-8 but for one line"][1])
    err = refused(store_file, ["people", "import", "--encoding", "utf-8", str(path)], capsys)
    assert "people.csv, line 3: byte 0xFC cannot be read as utf-8" in err


def test_a_legacy_file_is_still_read_in_its_encoding(
    store_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Windows-1252 throughout is not "UTF-8 but for one line": it imports, umlauts whole."""
    path = tmp_path / "people.csv"
    path.write_bytes("Name,Vorname,Land\nSchütz,Anna,DE\nLöw,Karl,de\n".encode("cp1252"))
    assert cli.main(["--store", str(store_file), "people", "import", str(path)]) == 0
    out = tmp_path / "out.csv"
    assert cli.main(["--store", str(store_file), "people", "export", str(out)]) == 0
    written = out.read_text(encoding="utf-8-sig")
    assert '"Schütz","Anna"' in written
    assert '"Löw","Karl"' in written
    capsys.readouterr()


def test_a_name_broken_over_lines_is_a_problem_of_its_row(
    store_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "people.csv"
    path.write_text('Name,Vorname,Notizen\nLink,Sören,"two\nlines"\n"Mül\nler",Hans,\n')
    before = dumps.dump(store_file)
    code = cli.main(["--store", str(store_file), "people", "import", str(path)])
    captured = capsys.readouterr()
    assert code == 2
    assert captured.out == (
        "problem\tline 4\tfamily_name\tmust be one line (a tab or line break, U+000A, "
        "at character 4)\n"
    )
    assert "people.csv: 1 problem(s)" in captured.err
    assert dumps.dump(store_file) == before


def test_erasing_an_empty_name_is_refused(
    store_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = dumps.dump(store_file)
    for blank in ("", "  "):
        with pytest.raises(SystemExit) as exited:  # a usage error, as argparse reports them
            cli.main(["--store", str(store_file), "people", "erase", blank])
        assert exited.value.code == 2
        err = capsys.readouterr().err
        assert err.startswith('planner: error: argument "NAME|UUID": an empty name names nobody')
        assert err.count("\n") == 1
    assert dumps.dump(store_file) == before


def test_vcard_lines_fold_at_75_octets_and_read_back(
    store_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    family, given = "欧阳", "修" * 60
    path = tmp_path / "long.vcf"
    path.write_text(CARD.format(family=family, given=given), encoding="utf-8", newline="")
    assert cli.main(["--store", str(store_file), "people", "import", str(path)]) == 0
    out = tmp_path / "out.vcf"
    assert cli.main(["--store", str(store_file), "people", "export", str(out)]) == 0
    data = out.read_bytes()
    lines = data.split(b"\r\n")
    assert max(len(line) for line in lines) <= 75
    assert any(len(line) > 70 and line.startswith(b" ") for line in lines)  # it did fold
    people = vcard_format.read_vcards(data, "out.vcf")
    assert (family, given) in [(p.family_name, p.given_name) for p in people]
    capsys.readouterr()
