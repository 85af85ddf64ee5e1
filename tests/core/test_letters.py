"""The invitation letters and the delegation lists hold what a consulate asks for (issue 23).

Two visits: a delegation from Shenzhen received in Germany (two Chinese delegates need a
Schengen visa; the German staff member does not), and German guests received in Changzhou in
July 2022, when Germans needed a visa for China, and again in July 2025, when a dated rule let
them in without one. Each letter is written as PDF and DOCX in German, English and Chinese and
read back (pdftotext, python-docx): every field of every invitee is there, nobody else's.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.oxml.ns import qn
from sqlalchemy import select

from planner import model, store, visa_rules
from planner.letters import files
from planner.letters.content import CHINESE_FORM, SCHENGEN_FORM, LetterContent, read_content
from planner.letters.labels import Words
from planner.office import OfficeSettings
from planner.travel_documents import InvitationDetails, Passport, TravelDocuments
from tests.cjk_punctuation import ascii_next_to_cjk
from tests.conftest import JIANGSU, NANSHAN, needs_tool
from tests.core.test_briefing import add_trip

pytestmark = needs_tool(shutil.which("pdftotext") is not None, "needs poppler-utils")

LANGUAGES = ("de", "en", "zh")
OFFICE = OfficeSettings(
    name="IHK Frankfurt am Main",
    address="Börsenplatz 4\n60313 Frankfurt am Main",
    phone="+49 69 2197 0",
    signatory="Dr. Anna Becker",
    signatory_function="Leiterin International",
    place="Frankfurt am Main",
)
TO_GERMANY = {
    "Li": TravelDocuments(
        "CN", dt.date(1968, 3, 14), "male", Passport("EA1234567", "ordinary", None, None)
    ),
    "Chen": TravelDocuments("CN", dt.date(1990, 11, 2), "female", Passport("EB7654321")),
    "Wong": TravelDocuments("DE", dt.date(1985, 1, 20), "male", Passport("C01X00T47")),
}
"""The Shenzhen delegation's documents by family name; Wong is German and needs no visa."""
TO_CHINA = {
    "Jacke": TravelDocuments("DE", dt.date(1971, 8, 30), "male", Passport("C4J1K2L3M")),
    "Becker": TravelDocuments("DE", dt.date(1980, 2, 29), "female", Passport("C9X8Y7Z6W")),
}
INVITATION = InvitationDetails(
    purpose="Talks on medical devices and new energy; signing of memorandums",
    costs_borne_by="Nanshan District Government of Shenzhen",
    issued=dt.date(2024, 4, 22),
)


def german_guests(year: int) -> dict[str, Any]:
    """The Jiangsu dialogue received in Changzhou, its delegation the German guests."""
    document = json.loads(JIANGSU.read_text(encoding="utf-8").replace("2022-07", f"{year}-07"))
    document["trip"]["title"] = f"German guests in Changzhou {year}"
    document["trip"]["direction"] = "inbound"
    document["delegation"] = [
        {"person": "jacke", "role": "head"},
        {"person": "cb-rep", "role": "member"},
    ]
    return document


def shenzhen_guests() -> dict[str, Any]:
    document = json.loads(NANSHAN.read_text(encoding="utf-8"))
    document["trip"]["direction"] = "inbound"
    return document


@pytest.fixture(scope="module")
def office_store(tmp_path_factory: pytest.TempPathFactory) -> store.Store:
    st = store.open_store(tmp_path_factory.mktemp("letters") / "office.sqlite")
    for document in (shenzhen_guests(), german_guests(2022), german_guests(2025)):
        add_trip(st, document)
    return st


def content_of(
    st: store.Store, title: str, documents: dict[str, TravelDocuments], office: OfficeSettings
) -> LetterContent:
    with st.session() as session:
        trip = session.scalars(select(model.Trip).where(model.Trip.title.startswith(title))).one()
        people = {m.person.family_name: m.person.uuid for m in trip.delegation}
        return read_content(
            session,
            trip.uuid,
            documents={people[family]: docs for family, docs in documents.items()},
            invitation=INVITATION,
            office=office,
            rules=visa_rules.bundled(),
            today=dt.date(2024, 4, 1),
        )


@pytest.fixture(scope="module")
def to_germany(office_store: store.Store) -> LetterContent:
    return content_of(office_store, "Nanshan", TO_GERMANY, OFFICE)


def raw_text(path: Path) -> str:
    """The text of a PDF (pdftotext) or a DOCX (its paragraphs, then its tables' cells)."""
    if path.suffix == ".pdf":
        return subprocess.run(
            ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
        ).stdout
    document = docx.Document(str(path))
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


def text_of(path: Path) -> str:
    """The document's text with all white space removed, so that wrapped lines still match."""
    return "".join(raw_text(path).split())


def squeezed(text: str) -> str:
    return "".join(text.split())


def written(content: LetterContent, folder: Path, language: str, fmt: str) -> dict[str, Path]:
    docs = files.documents(content, language)
    return {path.stem: path for path in files.write_documents(docs, folder, fmt)}


@pytest.mark.parametrize("fmt", files.FORMATS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_letter_holds_every_field_of_every_delegate_who_needs_a_visa_and_nobody_else(
    to_germany: LetterContent, tmp_path: Path, language: str, fmt: str
) -> None:
    paths = written(to_germany, tmp_path, language, fmt)
    text = text_of(paths[f"invitation-letter-{language}"])
    w = Words(language)

    invitees = [d.family_name for d in to_germany.invitees]
    assert invitees == ["Li", "Chen"]  # the pack's order: the head, then the interpreter
    for d in to_germany.invitees:
        docs = d.documents
        assert docs.passport is not None
        for value in (
            d.native_script,
            d.passport_name,
            w.word("gender", docs.gender),
            w.date(docs.date_of_birth),
            w.country(docs.nationality),
            docs.passport.number,
            w.word("passport", docs.passport.kind),
            d.function,
        ):
            assert squeezed(value) in text, (d.family_name, value)
    assert text.index("EA1234567") < text.index("EB7654321")
    visit = to_germany.visit
    assert visit.form == SCHENGEN_FORM
    for value in (
        INVITATION.purpose or "",
        w.date(dt.date(2024, 6, 16)),
        w.date(dt.date(2024, 6, 22)),
        "Frankfurt am Main",
        "Munich",
        INVITATION.costs_borne_by or "",
        OFFICE.name,
        "Börsenplatz 4",
        OFFICE.phone,
        OFFICE.signatory,
        OFFICE.signatory_function,
        w.date(INVITATION.issued),
        w["stamp"],
        w["signature"],
    ):
        assert squeezed(value) in text, value
    assert "C01X00T47" not in text  # Wong is German: no visa, not in the letter
    assert "WONG" not in text


@pytest.mark.parametrize("fmt", files.FORMATS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_hosts_list_holds_no_passport_number_or_date_of_birth(
    to_germany: LetterContent, tmp_path: Path, language: str, fmt: str
) -> None:
    paths = written(to_germany, tmp_path, language, fmt)
    w = Words(language)
    full = text_of(paths[f"delegation-list-{language}"])
    hosts = text_of(paths[f"delegation-list-hosts-{language}"])

    for d in to_germany.delegation:  # everyone, with or without a visa, in the pack's order
        assert d.documents.passport is not None
        for value in (d.passport_name, d.native_script, d.function):
            assert squeezed(value) in full and squeezed(value) in hosts
        number, born = d.documents.passport.number, squeezed(w.date(d.documents.date_of_birth))
        assert number in full and born in full
        assert number not in hosts and born not in hosts
    assert full.index("LIWei") < full.index("CHENJing") < full.index("WONG")


def test_chinese_letter_reads_as_a_chinese_invitation(
    to_germany: LetterContent, tmp_path: Path
) -> None:
    text = text_of(written(to_germany, tmp_path, "zh", "pdf")["invitation-letter-zh"])

    for expected in ("邀请函", "李伟", "1968年3月14日", "中国", "普通护照", "深圳市南山区人民政府"):
        assert expected in text, expected


def test_german_guests_in_china_need_a_visa_in_2022_and_none_under_the_dated_rule_in_2025(
    office_store: store.Store, tmp_path: Path
) -> None:
    china = OfficeSettings(name="常州市人民政府外事办公室", place="常州")
    before = content_of(office_store, "German guests in Changzhou 2022", TO_CHINA, china)
    after = content_of(office_store, "German guests in Changzhou 2025", TO_CHINA, china)

    assert before.visit.form == CHINESE_FORM
    assert [d.family_name for d in before.invitees] == ["Jacke", "Becker"]
    text = text_of(written(before, tmp_path / "2022", "zh", "pdf")["invitation-letter-zh"])
    for expected in ("JACKEMichael", "C4J1K2L3M", "C9X8Y7Z6W", "德国", "常州市人民政府外事办公室"):
        assert expected in text, expected
    assert after.invitees == ()
    assert files.documents(after, "zh")[0].stem == "delegation-list-zh"  # no letter at all
    assert all(d.needs_visa is False and d.because for d in after.delegation)


def test_one_letter_per_delegate_names_only_that_delegate(
    to_germany: LetterContent, tmp_path: Path
) -> None:
    docs = files.documents(to_germany, "de", per_delegate=True)
    paths = files.write_documents(docs, tmp_path, "docx")

    letters = [p for p in paths if p.stem.startswith("invitation-letter")]
    assert [p.name for p in letters] == [
        "invitation-letter-de-01-li-wei.docx",
        "invitation-letter-de-02-chen-jing.docx",
    ]
    first, second = (text_of(p) for p in letters)
    assert "EA1234567" in first and "EB7654321" not in first
    assert "EB7654321" in second and "EA1234567" not in second


def test_the_docx_is_structured_for_word_and_screen_readers(
    to_germany: LetterContent, tmp_path: Path
) -> None:
    paths = written(to_germany, tmp_path, "de", "docx")
    letter = docx.Document(str(paths["invitation-letter-de"]))
    listing = docx.Document(str(paths["delegation-list-de"]))

    headings = [
        (p.style.name, p.text) for p in letter.paragraphs if p.style.name.startswith("Heading")
    ]
    assert headings[0][0] == "Heading 1" and headings[0][1].startswith("Einladung")
    assert ("Heading 2", "Eingeladene Personen") in headings
    assert ("Heading 3", "1. LI Wei 李伟") in headings
    assert letter.core_properties.language == "de-DE"
    chinese = [r for p in letter.paragraphs for r in p.runs if "李伟" in r.text]
    assert chinese
    for run in chinese:
        assert run._r.rPr.find(qn("w:lang")).get(qn("w:eastAsia")) == "zh-CN"
    (table,) = listing.tables
    header = table.rows[0]._tr.trPr.find(qn("w:tblHeader"))
    assert header is not None and header.get(qn("w:val")) == "true"
    assert all(row._tr.trPr is None for row in table.rows[1:])


def test_gaps_a_consulate_would_miss_are_named(office_store: store.Store) -> None:
    missing = dict(TO_GERMANY, Chen=TravelDocuments("CN"))
    content = content_of(office_store, "Nanshan", missing, OfficeSettings(name="IHK"))

    gaps = content.gaps()
    assert "Chen Jing (陈静): no date of birth, gender, passport number recorded" in gaps
    assert "the office's settings have no address" in gaps
    assert not any("Li Wei" in gap for gap in gaps)


@pytest.mark.parametrize("fmt", files.FORMATS)
def test_the_chinese_documents_write_no_ascii_punctuation_beside_chinese(
    to_germany: LetterContent, tmp_path: Path, fmt: str
) -> None:
    for path in written(to_germany, tmp_path, "zh", fmt).values():
        assert ascii_next_to_cjk(raw_text(path)) == [], path.name
