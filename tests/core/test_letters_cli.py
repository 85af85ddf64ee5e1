"""``planner letters TRIP -o DIR``: documents read from the store (encrypted), the office's
settings from its file, the visa rules in force; each file written printed, bad input one line
and exit 2 with nothing written."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import select, update

from planner import cli, document_reading, model, office, store, tables
from planner.travel_documents import InvitationDetails, Passport, TravelDocuments
from tests.conftest import NANSHAN, needs_tool
from tests.core.test_briefing import add_trip
from tests.core.test_letters import raw_text

pytestmark = needs_tool(shutil.which("pdftotext") is not None, "needs poppler-utils")

TITLE = "Nanshan economic and trade delegation to Germany"
TO_CHINA = Path(__file__).parents[1] / "data" / "trips" / "german-delegation-china-2027.trip.json"


@pytest.fixture
def office_store(tmp_path: Path) -> Path:
    """The Shenzhen delegation received in Frankfurt, with its documents sealed in the store."""
    path = tmp_path / "office.sqlite"
    document = json.loads(NANSHAN.read_text(encoding="utf-8"))
    document["trip"]["direction"] = "inbound"
    documents = {
        "Li": TravelDocuments("CN", dt.date(1968, 3, 14), "male", Passport("EA1234567")),
        "Chen": TravelDocuments("CN", dt.date(1990, 11, 2), "female", Passport("EB7654321")),
        "Wong": TravelDocuments("DE", dt.date(1985, 1, 20), "male", Passport("C01X00T47")),
    }
    invitation = InvitationDetails("Trade talks", "the delegates' employer", dt.date(2024, 4, 22))
    with store.open_store(path) as st:
        uuid = add_trip(st, document)
        with st.transaction() as session:
            for person in session.scalars(select(model.Person)):
                if person.family_name in documents:
                    session.execute(
                        update(tables.person)
                        .where(tables.person.c.uuid == person.uuid)
                        .values(documents=document_reading.stored(documents[person.family_name]))
                    )
            session.execute(
                update(tables.trip)
                .where(tables.trip.c.uuid == uuid)
                .values(**document_reading.invitation_columns(invitation))
            )
    office.save(
        office.OfficeSettings(
            name="IHK Frankfurt am Main",
            address="Börsenplatz 4, 60313 Frankfurt am Main",
            phone="+49 69 2197 0",
            signatory="Dr. Anna Becker",
            signatory_function="Leiterin International",
            place="Frankfurt am Main",
        )
    )
    return path


def test_letters_are_written_from_the_stored_documents_and_each_file_is_printed(
    office_store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "letters"
    code = cli.main(
        ["--store", str(office_store), "letters", TITLE, "-o", str(out), "--lang", "de"]
    )

    printed = capsys.readouterr().out.splitlines()
    assert code == 0
    assert printed == [
        f"wrote {out / 'invitation-letter-de.pdf'}",
        f"wrote {out / 'delegation-list-de.pdf'}",
        f"wrote {out / 'delegation-list-hosts-de.pdf'}",
        "not invited: Wong: no visa needed",
    ]
    letter = subprocess.run(
        ["pdftotext", str(out / "invitation-letter-de.pdf"), "-"],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    assert "EA1234567" in letter and "EB7654321" in letter and "C01X00T47" not in letter
    assert "Einladung einer Delegation" in letter
    assert (out / "invitation-letter-de.pdf").stat().st_mode & 0o077 == 0  # owner-only


def test_docx_per_delegate_in_chinese(
    office_store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "letters"
    args = ["letters", "1", "-o", str(out), "--lang", "zh", "--format", "docx", "--per-delegate"]
    code = cli.main(["--store", str(office_store), *args])

    assert code == 0
    assert sorted(p.name for p in out.iterdir()) == [
        "delegation-list-hosts-zh.docx",
        "delegation-list-zh.docx",
        "invitation-letter-zh-01-li-wei.docx",
        "invitation-letter-zh-02-chen-jing.docx",
    ]
    assert "wrote" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["letters", "No such trip", "-o", "{out}"], "No such trip"),
        (["letters", "1", "-o", "{file}"], "not a folder"),
    ],
)
def test_bad_input_is_one_line_exit_2_and_nothing_is_written(
    office_store: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    message: str,
) -> None:
    a_file = tmp_path / "letter.pdf"
    a_file.write_text("mine")
    out = tmp_path / "letters"
    before = "\n".join(sqlite3.connect(office_store).iterdump())
    argv = [a.format(out=out, file=a_file) for a in args]

    code = cli.main(["--store", str(office_store), *argv])

    err = capsys.readouterr().err
    assert code == 2
    assert err.startswith("planner: error: ") and message in err
    assert len(err.strip().splitlines()) == 1
    assert not out.exists() and a_file.read_text() == "mine"
    assert "\n".join(sqlite3.connect(office_store).iterdump()) == before


def test_the_stuttgart_delegation_to_china_gets_a_draft_for_its_chinese_host(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A visit the office makes (outbound): the host invites, so the letter is a draft for the
    host's letterhead, in its Chinese name; the Chinese interpreter needs no visa for China."""
    path = tmp_path / "office.sqlite"
    assert cli.main(["--store", str(path), "import", str(TO_CHINA)]) == 0
    out = tmp_path / "letters"
    capsys.readouterr()

    code = cli.main(["--store", str(path), "letters", "1", "-o", str(out), "--lang", "zh"])

    printed = capsys.readouterr().out
    assert code == 0
    assert "not invited: Wu Lei (吴磊): no visa needed" in printed
    letter = "".join(raw_text(out / "invitation-letter-zh.pdf").split())
    for expected in (
        "上海市商务委员会特此邀请下列4人",
        "VOGELKatrin",
        "C4F7K2L9M",
        "CJ2RX8T41",
        "U27468135",
        "CFG3M7PN2",
        "公务护照",
        "经贸交流、企业考察及电动汽车领域科研合作洽谈",
        "供上海市商务委员会使用的草稿",
    ):
        assert expected in letter, expected
    assert "EG5508217" not in letter  # Wu Lei's passport: in the list, not in the letter
    assert "EG5508217" in raw_text(out / "delegation-list-zh.pdf")
    assert "EG5508217" not in raw_text(out / "delegation-list-hosts-zh.pdf")
