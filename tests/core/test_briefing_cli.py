"""``planner briefing TRIP -o FILE.pdf``: the command's ``run`` as planner.cli calls it, with
the arguments its parser gives (the optional ones may be missing)."""

from __future__ import annotations

import argparse
import shutil
import subprocess
from pathlib import Path

import pytest

from planner import cli, store, trips
from planner.briefing import command
from planner.errors import NotFound, PlannerError
from tests.conftest import NANSHAN, missing_tool


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
        missing_tool("needs poppler-utils")
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


def test_a_german_pack(store_with_trip: Path, tmp_path: Path) -> None:
    out = tmp_path / "de.pdf"
    status, lines = run(store_with_trip, trip="1", output=str(out), lang="de")
    assert status == 0 and lines[0].endswith("internal edition")
    text = pdf_text(out)
    for words in (
        "Interne Ausgabe",
        "Besuchsprogramm",
        "Gesprächsunterlagen",
        "Gesprächspartner",
        "Stationen und Unterkunft",
        "Delegationsleitung",
        "15.–23. Juni 2024",  # the trip's dates on the cover
        "Montag, 17. Juni 2024",
        "Seite 2 von",
    ):
        assert words in text, words
    for english in ("Schedule", "Meeting briefs", "Internal edition", "Monday", "17 June 2024"):
        assert english not in text, english
    for name in ("Jürgen Schäfer", "李伟", "Mörfelder Landstraße 362, 60528 Frankfurt am Main"):
        assert name in text, name


@pytest.mark.parametrize("lang", ["zh", "zh_CN", "zh-CN"])
def test_a_chinese_pack(store_with_trip: Path, tmp_path: Path, lang: str) -> None:
    out = tmp_path / "zh.pdf"
    status, _lines = run(store_with_trip, trip="1", output=str(out), lang=lang)
    assert status == 0
    text = pdf_text(out)
    for words in (
        "内部版",
        "日程安排",
        "会见简报",
        "会谈目标",
        "谈话要点",
        "住宿",
        "团长",
        "2024年6月15日至23日",  # the trip's dates on the cover
        "2024年6月17日 星期一",
        "第 2 页，共",
    ):
        assert words in text, words
    for english in ("Schedule", "Meeting briefs", "Internal edition", "Monday", "17 June 2024"):
        assert english not in text, english
    # Names stay as written, Chinese first, the honorific after the name (issue 22).
    for name in ("李伟", "Jürgen Schäfer", "李伟先生（Li Wei）", "深圳市南山区人民政府"):
        assert name in text, name


def test_an_unknown_language_is_one_line_and_exit_2(
    store_with_trip: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "fr.pdf"
    status = cli.main(
        ["--store", str(store_with_trip), "briefing", "1", "-o", str(out), "--lang", "fr"]
    )
    assert status == 2
    err = capsys.readouterr().err
    assert err.splitlines() == [
        "planner: error: the briefing pack has no language 'fr' (available: en, de, zh)"
    ]
    assert not out.exists()


# -- document control: version, distribution list, copy number ---------------------------------


def test_version_recipients_and_copy_from_the_command_line(
    store_with_trip: Path, tmp_path: Path
) -> None:
    out = tmp_path / "numbered.pdf"
    status, _lines = run(
        store_with_trip,
        trip="1",
        output=str(out),
        edition="external",
        pack_version="2.1",
        recipients=["Dr. Anna Becker", " Dr. Katrin Vogt "],
        copy=2,
    )
    assert status == 0
    text = pdf_text(out)
    assert "Version 2.1" in text
    assert "Copy 2 of 2 — Dr. Katrin Vogt" in text
    assert "Dr. Anna Becker" in text  # on the distribution list


def test_the_parser_takes_the_new_options_without_touching_version() -> None:
    parser = cli.build_parser()
    args = parser.parse_args(
        ["briefing", "1", "-o", "p.pdf", "--pack-version", "3", "--recipient", "A", "--recipient",
         "B", "--copy", "2"]
    )  # fmt: skip
    assert (args.pack_version, args.recipients, args.copy) == ("3", ["A", "B"], 2)
    with pytest.raises(SystemExit):
        parser.parse_args(["briefing", "1", "-o", "p.pdf", "--copy", "two"])


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({"copy": 3, "recipients": ["A", "B"]}, "--copy 3: the distribution list has 2"),
        ({"copy": 0}, "--copy 0: the distribution list has 0"),
        ({"pack_version": "2\n3"}, "--pack-version: must be one line"),
        ({"pack_version": "  "}, "--pack-version: is empty"),
        ({"recipients": ["A", "B\x00"]}, "--recipient #2: holds a control character"),
    ],
)
def test_bad_document_control_is_refused_naming_the_option(
    store_with_trip: Path, tmp_path: Path, arguments: dict[str, object], message: str
) -> None:
    with pytest.raises(PlannerError) as caught:
        run(store_with_trip, trip="1", output=str(tmp_path / "p.pdf"), **arguments)
    assert str(caught.value).startswith(message)
    assert not list(tmp_path.glob("*.pdf"))


def test_a_copy_beyond_the_list_exits_2_with_one_line(
    store_with_trip: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output = str(tmp_path / "p.pdf")
    code = cli.main(["--store", str(store_with_trip), "briefing", "1", "-o", output, "--copy", "5"])
    assert code == 2
    assert capsys.readouterr().err == (
        "planner: error: --copy 5: the distribution list has 0 recipient(s)\n"
    )
