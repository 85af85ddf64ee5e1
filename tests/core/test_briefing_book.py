"""What a protocol office signs off (issue 18), read back from the PDFs with pdftotext: the
personal pack from its reader's seat, the external edition's own marking without lodging or
booking references, the new sections, document control, Chinese typesetting and metadata.

Trips: both examples, and one of our own with an attendee at a branch venue and no
precedence values.
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from planner import briefing, calendar_ics, store
from tests.conftest import JIANGSU, NANSHAN, needs_tool
from tests.core.test_briefing import add_trip, flat, office, page_count, pdftotext, trip_document

__all__ = ["office"]  # the fixture, imported for these tests

pytestmark = needs_tool(shutil.which("pdftotext") is not None, "needs poppler-utils")


def build(st: store.Store, uuid: str, path: Path, **options: Any) -> Path:
    with st.session() as session:
        briefing.write_briefing(
            session, uuid, path, briefing.BriefingOptions(prepared=dt.date(2024, 6, 1), **options)
        )
    return path


def person_uuid(st: store.Store, trip_uuid: str, name: str) -> str:
    with st.session() as session:
        return calendar_ics.find_person_in_trip(session, trip_uuid, name).uuid


def pages(path: Path) -> list[str]:
    return [flat(p) for p in pdftotext(path).split("\f") if p.strip()]


def own_trip() -> dict[str, Any]:
    """Nanshan without precedence values, and a Frankfurt partner joining the Ludwigshafen
    visit from a branch venue in Shanghai (another zone, another country)."""
    doc = trip_document(NANSHAN)
    for member in doc["delegation"]:
        member.pop("precedence", None)
    for person in doc["people"]:
        person.pop("precedence", None)
    visit = doc["meetings"][0]
    guest = next(p["key"] for p in doc["people"] if p["key"] not in visit.get("attendees", []))
    visit["branch_venues"] = [
        {
            "name": "Shanghai liaison office",
            "city": "Shanghai",
            "country": "CN",
            "timezone": "Asia/Shanghai",
            "attendees": [guest],
        }
    ]
    return doc


# -- fix 2: a personal pack from its reader's seat ----------------------------------------------


def test_a_branch_attendee_reads_her_venue_and_time_and_no_delegation_logistics(
    office: store.Store, tmp_path: Path
) -> None:
    uuid = add_trip(office, JIANGSU)
    becker = person_uuid(office, uuid, "Anna Becker")
    text = flat(pdftotext(build(office, uuid, tmp_path / "b.pdf", person_uuid=becker)))
    # Her venue and her time first, as her calendar has it; the main venue's under it.
    assert "Thu 7 Jul 09:00–11:30 Opening of the Jiangsu-Germany Dialogue 2022" in text
    assert (
        "When 09:00–11:30 Thursday 7 July 2022 (Central European Summer Time, UTC+02:00) "
        "Venue Branch venue Frankfurt, Frankfurt am Main" in text
    )
    assert "Main venue Sino-German (Changzhou) Innovation Park" in text
    assert "Thu 7 Jul 15:00" not in text
    # Nothing of the visiting delegation's logistics: no overview, no hotel.
    assert "The trip at a glance" not in text
    assert "Example Hotel Changzhou" not in text
    assert "Copy 1 of 1 — Dr. Anna Becker" in text


def test_a_delegate_pack_keeps_the_trip_and_hotel(office: store.Store, tmp_path: Path) -> None:
    uuid = add_trip(office, JIANGSU)
    mayor = person_uuid(office, uuid, "盛蕾")
    text = flat(pdftotext(build(office, uuid, tmp_path / "m.pdf", person_uuid=mayor)))
    assert "The trip at a glance" in text
    assert "Night: Example Hotel Changzhou, Changzhou" in text
    assert "Thu 7 Jul 15:00–17:30 Opening of the Jiangsu-Germany Dialogue 2022" in text


def test_our_own_trip_with_a_branch_attendee_and_no_precedence(
    office: store.Store, tmp_path: Path
) -> None:
    doc = own_trip()
    uuid = add_trip(office, doc)
    guest = next(
        p
        for p in doc["people"]
        if p["key"] == doc["meetings"][0]["branch_venues"][0]["attendees"][0]
    )
    reader = person_uuid(office, uuid, f"{guest['given_name']} {guest['family_name']}")
    text = flat(pdftotext(build(office, uuid, tmp_path / "g.pdf", person_uuid=reader)))
    assert "Venue Shanghai liaison office, Shanghai" in text
    assert "(China Standard Time, UTC+08:00)" in text
    # Emergency numbers of the country she is in, with the table's source.
    sheet = text[text.index("Contacts and emergencies") :]
    assert "China 110 120 119" in sheet
    assert "Source: Wikipedia" in sheet


# -- fix 3: the external edition ----------------------------------------------------------------


@pytest.mark.parametrize("example", [NANSHAN, JIANGSU])
def test_the_external_edition_has_its_own_marking_and_no_bookings_or_lodging(
    office: store.Store, tmp_path: Path, example: Path
) -> None:
    doc = trip_document(example)
    uuid = add_trip(office, doc)
    path = build(office, uuid, tmp_path / "x.pdf", edition="external", recipients=("A", "B"))
    every = pages(path)
    for page in every:
        assert "INTERNAL" not in page
        assert "FOR PARTNERS" in page
    text = " ".join(every)
    hidden = [transfer.get("reference") for transfer in doc["transfers"]]
    for stop in doc["stops"]:
        lodging = stop.get("lodging") or {}
        hidden += [lodging.get(k) for k in ("name", "address", "phone", "confirmation")]
    # A venue may share the hotel's district; the venue's address stays.
    venues = {m.get("venue", {}).get("address") for m in doc["meetings"]}
    hidden = [value for value in hidden if value not in venues]
    for value in filter(None, hidden):
        assert value not in text, value
    internal = flat(pdftotext(build(office, uuid, tmp_path / "i.pdf")))
    assert any(value in internal for value in filter(None, hidden))


# -- the sections of a briefing book --------------------------------------------------------


def test_the_programme_fits_a_page_and_every_day_is_in_the_schedule(
    office: store.Store, tmp_path: Path
) -> None:
    uuid = add_trip(office, NANSHAN)
    every = pages(build(office, uuid, tmp_path / "n.pdf"))
    programme = [p for p in every if "Programme at a glance Day Time What Where" in p]
    assert len(programme) == 1
    assert "Mon 17 Jun" in programme[0] and "Flight" in programme[0]
    text = " ".join(every)
    schedule = text[text.index("Schedule Saturday 15 June 2024") :]
    # The day of arrival without meetings is there, with the hotel for the night.
    assert "Sunday 16 June 2024 · Frankfurt am Main No meetings planned." in schedule
    assert "Arrival in Frankfurt am Main 06:40" in schedule
    assert "Night: " in schedule


def test_a_brief_opens_with_objectives_and_continues_with_its_title(
    office: store.Store, tmp_path: Path
) -> None:
    doc = trip_document()
    doc["meetings"][0]["notes"] = "A long note. " * 900
    uuid = add_trip(office, doc)
    text = flat(pdftotext(build(office, uuid, tmp_path / "n.pdf")))
    title = doc["meetings"][0]["title"]
    briefs = text[text.index("Meeting briefs", text.index("Programme at a glance Day")) :]
    brief = briefs[briefs.index(title) :]
    assert brief.index("Objectives") < brief.index("When") < brief.index("Counterparts")
    assert f"{title} (continued)" in text


def test_document_control_on_every_page_and_the_distribution_list(
    office: store.Store, tmp_path: Path
) -> None:
    uuid = add_trip(office, NANSHAN)
    names = (*(f"Reader {n}" for n in range(1, 12)), "Dr. Katrin Vogt")
    path = build(
        office, uuid, tmp_path / "x.pdf", edition="external", version="3", recipients=names, copy=12
    )
    every = pages(path)
    assert len(every) == page_count(path)
    for page in every:
        assert "Version 3 · as of 1 June 2024 · Copy 12 of 12 — Dr. Katrin Vogt" in page
    listing = next(p for p in every if p.count("Reader ") >= 11)
    assert "Distribution Copy Recipient 1 Reader 1" in listing
    # The internal edition stamps the version, and has no copies or distribution list.
    inside = pages(build(office, uuid, tmp_path / "i.pdf", recipients=names))
    assert all("Version 1 · as of 1 June 2024" in p and "Copy" not in p for p in inside)


def test_sections_of_the_book_can_be_left_out(office: store.Store, tmp_path: Path) -> None:
    uuid = add_trip(office, NANSHAN)
    keep = frozenset(briefing.SECTIONS) - {briefing.PROGRAMME, briefing.CONTACTS}
    text = flat(pdftotext(build(office, uuid, tmp_path / "s.pdf", sections=keep)))
    assert "Programme at a glance" not in text and "Contacts and emergencies" not in text
    assert "Schedule" in text


def test_the_contact_sheet_has_phones_in_international_format(
    office: store.Store, tmp_path: Path
) -> None:
    doc = trip_document()
    doc["stops"][1].setdefault("lodging", {})["phone"] = "+4969123456"
    uuid = add_trip(office, doc)
    text = flat(pdftotext(build(office, uuid, tmp_path / "c.pdf")))
    sheet = text[text.index("Contacts and emergencies Delegation") :]
    assert "Hotels" in sheet and "+49 69 123456" in sheet
    assert "Germany 110 112 112" in sheet and "China 110 120 119" in sheet


# -- Chinese typesetting and metadata ----------------------------------------------------------


def test_chinese_puts_the_date_first_and_names_zones_by_cldr(
    office: store.Store, tmp_path: Path
) -> None:
    uuid = add_trip(office, NANSHAN)
    path = build(office, uuid, tmp_path / "zh.pdf", language="zh")
    raw = pdftotext(path)
    text = flat(raw)
    assert "2024年6月17日 星期一 14:00–17:30（中欧夏令时间，UTC+02:00）" in text
    assert "北京时间" in raw  # mainland usage for CLDR's 中国标准时间, never broken across lines
    assert "Europe/Berlin" not in text and "Asia/Shanghai" not in text


def test_pdf_metadata_names_the_pack_its_reader_and_language(
    office: store.Store, tmp_path: Path
) -> None:
    uuid = add_trip(office, JIANGSU)
    becker = person_uuid(office, uuid, "Anna Becker")
    path = build(office, uuid, tmp_path / "b.pdf", person_uuid=becker, language="de")
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    assert "Title:           Jiangsu-Germany Dialogue 2022" in info.stdout
    assert "Persönliches" in info.stdout or "Dr. Anna Becker" in info.stdout
    assert "Keywords:" in info.stdout and "Changzhou" in info.stdout
    assert b"/Lang (de-DE)" in path.read_bytes()  # as the DOCX and the letters say it
