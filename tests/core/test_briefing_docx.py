"""The accessible edition of the briefing pack, a DOCX beside the PDF, read back as a screen
reader and a word processor read it: python-docx for the paragraphs and their styles, the XML
for what python-docx does not model (header rows, alt text, languages, bookmarks), and the
PDF's own text (pdftotext) to show both editions hold the same sections and names.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import shutil
import subprocess
import zipfile
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.document import Document
from docx.oxml.ns import qn
from docx.table import Table
from PIL import Image

from planner import briefing, store
from planner.briefing import command
from tests.conftest import JIANGSU, NANSHAN, needs_tool
from tests.core.test_briefing import add_trip, flat, office, pdftotext, trip_document

__all__ = ["office"]  # the fixture, imported for these tests

pytestmark = needs_tool(shutil.which("pdftotext") is not None, "needs poppler-utils")

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
CHINESE = re.compile("[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")
"""Han characters and the full-width punctuation of Chinese text."""
SEAT_HEADERS = {"Side", "Seite", "所属方"}


def build(st: store.Store, uuid: str, path: Path, **options: Any) -> Document:
    """The pack written as ``path`` (PDF) and beside it as DOCX; the DOCX, opened."""
    with st.session() as session:
        briefing.write_briefing(
            session,
            uuid,
            path,
            briefing.BriefingOptions(prepared=dt.date(2024, 6, 1), **options),
            docx=path.with_suffix(".docx"),
        )
    return docx.Document(str(path.with_suffix(".docx")))


def headings(document: Document) -> list[tuple[int, str]]:
    return [
        (int(p.style.name.removeprefix("Heading ")), p.text)
        for p in document.paragraphs
        if p.style is not None and p.style.name.startswith("Heading ")
    ]


def every_text(path: Path) -> str:
    """Every word of the file, wherever it is: body, header, footer, core properties."""
    with zipfile.ZipFile(path) as archive:
        return " ".join(
            archive.read(name).decode("utf-8")
            for name in archive.namelist()
            if name.endswith("xml")
        )


def has_header_row(table: Table) -> bool:
    first = table.rows[0]._tr
    marks = first.findall(f"{W}trPr/{W}tblHeader")
    return bool(marks) and marks[0].get(f"{W}val", "true") in ("true", "1", "on")


def talks_trip() -> dict[str, Any]:
    """Nanshan with a counterpart at the Ledvance meeting: talks across a table, drawn as a
    seating plan."""
    doc = trip_document(NANSHAN)
    ledvance = next(m for m in doc["meetings"] if m["title"].startswith("Meeting with Ledvance"))
    ledvance["attendees"] = [*ledvance["attendees"], "bruder"]
    return doc


# -- structure ------------------------------------------------------------------------------------


def test_headings_are_word_headings_in_the_order_of_the_pdf_contents(
    office: store.Store, tmp_path: Path
) -> None:
    document = build(office, add_trip(office, NANSHAN), tmp_path / "n.pdf")
    found = headings(document)
    # A reader's navigation pane: sections at level 1, each brief at 2, its parts at 3; a
    # level never skipped on the way down.
    assert found[0] == (1, "Delegation")  # on the cover
    levels = [level for level, _ in found]
    assert all(b <= a + 1 for a, b in zip([0, *levels], levels, strict=False)), found
    sections = [text for level, text in found if level == 1]
    assert sections == [
        "Delegation",
        "Contents",
        "Programme at a glance",
        "The trip at a glance",
        "Schedule",
        "Meeting briefs",
        "People we meet",
        "Organizations",
        "Contacts and emergencies",
        "Problems found by the checks",
    ]
    assert (2, "Signing of cooperation memorandum with Innovation Lab Heidelberg") in found
    assert (3, "Talking points") in found and (3, "Signing ceremony") in found
    assert document.paragraphs[2].style.name == "Title"
    assert document.paragraphs[2].text == "Nanshan economic and trade delegation to Germany"

    # The contents list the PDF's entries, in its order, each a link to its heading.
    paragraphs = document.paragraphs
    first = next(n for n, p in enumerate(paragraphs) if p.text == "Contents") + 1
    last = next(n for n, p in enumerate(paragraphs) if p.style.name == "Heading 1" and n > first)
    contents = paragraphs[first:last]
    marks = {b.get(f"{W}name") for b in document.element.body.iter(f"{W}bookmarkStart")}
    for entry in contents:
        [link] = entry._p.findall(f"{W}hyperlink")
        assert link.get(f"{W}anchor") in marks
    pdf_contents = flat(pdftotext(tmp_path / "n.pdf", "-f", "2", "-l", "2"))
    position = 0
    for entry in contents:
        position = pdf_contents.find(" ".join(entry.text.split()), position)
        assert position >= 0, entry.text
    assert len(contents) == 13  # eight sections and five meeting briefs


def test_every_table_has_its_first_row_marked_as_header_and_none_is_for_layout(
    office: store.Store, tmp_path: Path
) -> None:
    document = build(office, add_trip(office, talks_trip()), tmp_path / "n.pdf")
    assert len(document.tables) > 10
    for table in document.tables:
        assert has_header_row(table), [c.text for c in table.rows[0].cells]
        assert all(c.text.strip() for c in table.rows[0].cells)
        assert len(table.rows) > 1
        assert not any(row._tr.findall(f"{W}trPr/{W}tblHeader") for row in table.rows[1:])
    # Labels and values (the cover's facts, a brief's time and place) are text, not a grid.
    lines = [p.text for p in document.paragraphs]
    assert "Organizer: Nanshan District Government of Shenzhen 深圳市南山区人民政府" in lines
    assert "Head of delegation: Mr. Li Wei 李伟" in lines


def test_the_seating_plans_are_tables_of_seats_in_the_plan_s_order(
    office: store.Store, tmp_path: Path
) -> None:
    document = build(office, add_trip(office, talks_trip()), tmp_path / "n.pdf")
    seats = {
        tuple(c.text for c in t.rows[0].cells): [[c.text for c in r.cells] for r in t.rows[1:]]
        for t in document.tables
        if t.rows[0].cells[0].text in SEAT_HEADERS
    }
    talks = seats[("Side", "Seat from the left", "Name", "Role", "Position")]
    # The host row, then the guests', numbered by the plan's columns from the left: the heads
    # face each other in the middle column, the interpreter at his head's side.
    assert [row[:3] for row in talks] == [
        ["Host side", "2", "Dr. Ingmar Bruder"],
        ["Guest side", "2", "Mr. Li Wei (李伟)"],
        ["Guest side", "3", "Chen Jing (陈静)"],
    ]
    assert talks[1][3:] == ["Head of delegation", "Deputy District Mayor (head of delegation)"]
    assert talks[0][3] == ""  # a counterpart has a position, no role in the delegation
    signing = seats[("Side", "Place", "Name", "Role", "Position")]
    rows = [row[:4] for row in signing]
    assert ["Guest side", "Signatory", "Mr. Li Wei (李伟)", "Head of delegation"] in rows
    assert ["Guest side", "Interpreter", "Chen Jing (陈静)", "Interpreter"] in rows


def test_every_picture_has_alt_text(office: store.Store, tmp_path: Path) -> None:
    logo = tmp_path / "logo.png"
    Image.new("RGB", (400, 120), (31, 58, 95)).save(logo)
    document = build(office, add_trip(office, NANSHAN), tmp_path / "n.pdf", logo=logo)
    pictures = list(document.element.body.iter(qn("wp:docPr")))
    assert len(pictures) == 1
    for picture in pictures:
        assert (
            picture.get("descr")
            == "Logo of Nanshan District Government of Shenzhen 深圳市南山区人民政府"
        )
    german = build(office, add_trip(office, NANSHAN), tmp_path / "de.pdf", logo=logo, language="de")
    [picture] = german.element.body.iter(qn("wp:docPr"))
    assert picture.get("descr", "").startswith("Logo von Nanshan District Government")


# -- languages --------------------------------------------------------------------------------


@pytest.mark.parametrize(("language", "tag"), [("en", "en-GB"), ("de", "de-DE"), ("zh", "zh-CN")])
def test_the_document_and_every_chinese_run_say_their_language(
    office: store.Store, tmp_path: Path, language: str, tag: str
) -> None:
    document = build(office, add_trip(office, NANSHAN), tmp_path / "n.pdf", language=language)
    assert document.core_properties.language == tag
    assert document.core_properties.title == "Nanshan economic and trade delegation to Germany"
    defaults = document.styles.element.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}lang")
    assert defaults is not None
    # Latin letters in a Chinese pack are the English of venues and organizations.
    latin = "en-GB" if language == "zh" else tag
    assert (defaults.get(f"{W}val"), defaults.get(f"{W}eastAsia")) == (latin, "zh-CN")
    chinese = 0
    for run in document.element.body.iter(f"{W}r"):
        text = "".join(t.text or "" for t in run.iter(f"{W}t"))
        if CHINESE.search(text):
            chinese += 1
            marks = run.findall(f"{W}rPr/{W}lang")
            assert marks and marks[0].get(f"{W}eastAsia") == "zh-CN", text
            assert marks[0].get(f"{W}val") == "zh-CN", text
        elif text.strip(" ,.·:;()0123456789"):
            # Latin words are never marked Chinese: a screen reader would read them so.
            assert not run.findall(f"{W}rPr/{W}lang"), text
    assert chinese > 20


@pytest.mark.parametrize("language", ["en", "de", "zh"])
def test_the_docx_holds_what_the_pdf_prints(
    office: store.Store, tmp_path: Path, language: str
) -> None:
    document = build(office, add_trip(office, JIANGSU), tmp_path / "j.pdf", language=language)
    pdf = flat(pdftotext(tmp_path / "j.pdf"))
    separator = {"zh": "："}.get(language, ": ")
    paragraphs = [" ".join(p.text.split()) for p in document.paragraphs]
    for text in filter(None, paragraphs):
        # A label and its value sit in two cells of the PDF, in one line of the DOCX.
        assert text in pdf or text.replace(separator, " ", 1) in pdf, text
    for table in document.tables:
        if table.rows[0].cells[0].text in SEAT_HEADERS:
            continue  # drawn in the PDF
        for cell in (c for row in table.rows for c in row.cells):
            for p in cell.paragraphs:
                assert " ".join(p.text.split()) in pdf, p.text
    names = {
        "en": ["Ms. Sheng Lei 盛蕾", "Dr. Anna Becker", "中德（常州）创新产业园"],
        "de": ["Frau Sheng Lei (盛蕾)", "Dr. Anna Becker", "Herr Michael Jacke"],
        "zh": ["盛蕾女士（Sheng Lei）", "常州市人民政府", "2022年7月7日 星期四"],
    }[language]
    text = " ".join(paragraphs + [c.text for t in document.tables for r in t.rows for c in r.cells])
    for name in names:
        assert name in text and name in pdf, name
    assert len(paragraphs) > 80


def test_right_to_left_names_stay_in_reading_order(office: store.Store, tmp_path: Path) -> None:
    doc = trip_document()
    org = doc["people"][0]["organization"]
    arabic = {"given_name": "محمد", "family_name": "بن سلمان", "honorific": "Mr."}
    doc["people"].append({"key": "ar", "position": "Guest", "organization": org, **arabic})
    doc["delegation"].insert(0, {"person": "ar", "role": "member"})
    document = build(office, add_trip(office, doc), tmp_path / "ar.pdf")
    lines = [p.text for p in document.paragraphs]
    # The PDF hands reportlab the words in visual order; the DOCX keeps them as written.
    assert "Member: Mr. محمد بن سلمان" in lines


def test_markup_like_text_comes_back_as_written(office: store.Store, tmp_path: Path) -> None:
    doc = trip_document()
    doc["organizations"][1]["name"] = "<b>R&D</b> & Partners"
    doc["meetings"][0]["title"] = "Q&A: <i>not italic</i> &amp; <br/> no break"
    doc["meetings"][0]["talking_points"] = ["Keep the order where a < b > c"]
    doc["trip"]["title"] = "Trip <u>&</u> more"
    document = build(office, add_trip(office, doc), tmp_path / "markup.pdf")
    cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
    text = "\n".join([p.text for p in document.paragraphs] + cells)
    for literal in (
        "<b>R&D</b> & Partners",
        "Q&A: <i>not italic</i> &amp; <br/> no break",  # a heading, an entry of the contents
        "Keep the order where a < b > c",
        "Trip <u>&</u> more",
    ):
        assert literal in text, literal
    assert text.count("Q&A: <i>not italic</i>") >= 4  # contents, programme, schedule, brief
    assert document.core_properties.title == "Trip <u>&</u> more"
    assert not any(run.bold for p in document.paragraphs[:6] for run in p.runs if "R&D" in run.text)


# -- editions -------------------------------------------------------------------------------------


@pytest.mark.parametrize("example", [NANSHAN, JIANGSU])
def test_the_external_edition_has_no_booking_reference_or_internal_note(
    office: store.Store, tmp_path: Path, example: Path
) -> None:
    doc = trip_document(example)
    uuid = add_trip(office, doc)
    build(office, uuid, tmp_path / "x.pdf", edition="external", recipients=("A", "B"))
    build(office, uuid, tmp_path / "i.pdf")
    external, internal = every_text(tmp_path / "x.docx"), every_text(tmp_path / "i.docx")
    hidden = [t.get("reference") for t in doc["transfers"]]
    for stop in doc["stops"]:
        lodging = stop.get("lodging") or {}
        hidden += [lodging.get(k) for k in ("name", "address", "phone", "confirmation")]
    hidden += [m.get("private_notes") for m in doc["meetings"]]
    hidden += [p.get("notes") for p in doc["people"]]
    venues = {m.get("venue", {}).get("address") for m in doc["meetings"]}
    hidden = [value for value in filter(None, hidden) if value not in venues]
    assert hidden
    for value in hidden:
        assert value not in external, value
    assert any(value in internal for value in hidden)
    for words in ("Internal edition", "Problems found by the checks", "Private notes"):
        assert words not in external
    assert "FOR PARTNERS" in external and "Copy 1 of 2 — A" in external
    assert "INTERNAL" in internal


# -- the command line ------------------------------------------------------------------------


def test_planner_briefing_docx_writes_both_files(office: store.Store, tmp_path: Path) -> None:
    add_trip(office, JIANGSU)
    lines: list[str] = []
    pdf = tmp_path / "pack.pdf"
    args = argparse.Namespace(
        store=office.path, trip="1", output=str(pdf), edition=None, docx=True, lang="de"
    )
    assert command.run(args, lines.append) == 0
    assert (
        lines[-1] == f"wrote {tmp_path / 'pack.docx'}: the same pack, structured for screen readers"
    )
    assert lines[-2].startswith(f"wrote {pdf}: ")
    assert docx.Document(str(tmp_path / "pack.docx")).core_properties.language == "de-DE"

    lines.clear()
    (tmp_path / "pack.docx").unlink()
    args.docx = False
    assert command.run(args, lines.append) == 0
    assert len(lines) == 1 and not (tmp_path / "pack.docx").exists()


# -- a word processor opens it ----------------------------------------------------------------


@pytest.mark.skipif(
    shutil.which("soffice") is None, reason="LibreOffice (soffice) is optional: not installed"
)
def test_libreoffice_opens_the_chinese_pack_and_prints_it_whole(
    office: store.Store, tmp_path: Path
) -> None:
    document = build(office, add_trip(office, NANSHAN), tmp_path / "zh.pdf", language="zh")
    out = tmp_path / "office"
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out),
            str(tmp_path / "zh.docx"),
        ],
        capture_output=True,
        check=True,
        timeout=240,
    )
    text = flat(pdftotext(out / "zh.pdf"))
    for words in ("目录", "会见简报", "李伟先生（Li Wei）", "深圳市南山区人民政府", "主方"):
        assert words in text, words
    # Latin words of a Chinese pack are English to the word processor: never broken mid-word
    # as between ideographs ("Fran kfurt" in a narrow cell).
    cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
    written = " ".join([p.text for p in document.paragraphs] + cells)
    assert text.count("Frankfurt") == written.count("Frankfurt") > 10
