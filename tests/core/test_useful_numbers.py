"""A trip's useful numbers (issue 18): the embassy, the liaison's driver, the interpreter
agency. Kept in E.164 from the trip file and the editor alike, refused by place when they are
no telephone number, and printed on the pack's contact sheet in international format."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from planner import editing, model, store, trips
from planner.errors import PlannerError
from planner.records import TripRecord
from tests import dumps
from tests.conftest import NANSHAN, needs_tool
from tests.core.test_briefing import add_trip, flat, pdftotext, trip_document
from tests.core.test_briefing_book import build
from tests.core.tripdocs import through_another_store

NUMBERS = [
    {"label": "Chinese Embassy in Berlin, consular service", "number": "+49 30 27588 551"},
    {"label": "Driver (liaison office)", "number": "+86 755 8888 6666"},
]


def with_numbers(numbers: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    doc = trip_document(NANSHAN)
    doc["trip"]["useful_numbers"] = numbers if numbers is not None else NUMBERS
    return doc


def write(path: Path, doc: dict[str, Any]) -> Path:
    path.write_text(json.dumps(doc, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


def test_useful_numbers_go_through_the_trip_file_in_e164_and_back_byte_for_byte(
    st: store.Store, tmp_path: Path
) -> None:
    source = write(tmp_path / "numbers.trip.json", with_numbers())
    first, second = tmp_path / "first.trip.json", tmp_path / "second.trip.json"
    with st.transaction() as session:
        trip_id = trips.import_trip(session, source).id
    with st.session() as session:
        trips.export_trip(session, trip_id, first)
    through_another_store(first, second, tmp_path)
    with st.session() as session:
        stored = session.get(model.Trip, trip_id)
        assert stored is not None
        assert stored.useful_numbers == [
            {"label": "Chinese Embassy in Berlin, consular service", "number": "+493027588551"},
            {"label": "Driver (liaison office)", "number": "+8675588886666"},
        ]
    assert first.read_bytes() == second.read_bytes()
    assert json.loads(first.read_text())["trip"]["useful_numbers"][1] == {
        "label": "Driver (liaison office)",
        "number": "+8675588886666",
    }


@pytest.mark.parametrize(
    ("number", "reason"),
    [
        ("0815", "no country code"),
        ("+49 12", "not a valid number"),
        ("call the hotel", "not a telephone"),
    ],
)
def test_a_number_that_is_none_is_refused_naming_its_place_and_the_store_is_unchanged(
    st: store.Store, tmp_path: Path, number: str, reason: str
) -> None:
    bad = write(
        tmp_path / "bad.trip.json",
        with_numbers([NUMBERS[0], {"label": "Agency", "number": number}]),
    )
    before = dumps.dump(st)
    with st.transaction() as session, pytest.raises(PlannerError) as caught:
        trips.import_trip(session, bad)
    message = str(caught.value)
    assert "bad.trip.json" in message
    assert f"trip.useful_numbers[1].number: {number!r}" in message
    assert reason in message
    assert dumps.dump(st) == before


def test_a_number_without_its_label_is_refused(st: store.Store, tmp_path: Path) -> None:
    bad = write(tmp_path / "bad.trip.json", with_numbers([{"number": "+49 30 27588 551"}]))
    with st.transaction() as session, pytest.raises(PlannerError, match=r"useful_numbers\[0\]"):
        trips.import_trip(session, bad)


def test_the_editor_stores_e164_and_refuses_a_bad_number_by_row(st: store.Store) -> None:
    with st.transaction() as session:
        uuid = trips.import_trip(session, NANSHAN).uuid
    with st.session() as session:
        record = editing.record_of(editing.get(session, model.Trip, uuid))
        assert isinstance(record, TripRecord)
    good = replace(record, useful_numbers=(("Embassy", "+49 30 27588 551"),))
    with st.transaction() as session:
        editing.update(session, uuid, good)
    with st.session() as session:
        assert editing.get(session, model.Trip, uuid).useful_numbers == [
            {"label": "Embassy", "number": "+493027588551"}
        ]
    before = dumps.dump(st)
    bad = replace(good, useful_numbers=(("Embassy", "+493027588551"), ("Agency", "0815")))
    with st.transaction() as session, pytest.raises(editing.EditError) as caught:
        editing.update(session, uuid, bad)
    assert caught.value.problems == {
        "useful_numbers": "number 2: '0815': write the number with + and the country code"
    }
    assert editing.validate(replace(good, useful_numbers=(("", "+493027588551"),))) == {
        "useful_numbers": "number 1: a label is required"
    }
    assert "Nummer 2" in editing.validate(bad, "de")["useful_numbers"]
    assert dumps.dump(st) == before


def test_a_duplicated_trip_keeps_its_useful_numbers(st: store.Store, tmp_path: Path) -> None:
    uuid = add_trip(st, with_numbers())
    with st.transaction() as session:
        trip_id = trips.find_trip_id(session, uuid)
        copy = editing.duplicate_trip(session, trip_id, dt.date(2025, 6, 15), "Again")
        assert [n["label"] for n in copy.useful_numbers] == [n["label"] for n in NUMBERS]


@needs_tool(shutil.which("pdftotext") is not None, "needs poppler-utils")
def test_the_contact_sheet_lists_them_in_international_format(
    st: store.Store, tmp_path: Path
) -> None:
    uuid = add_trip(st, with_numbers())
    text = flat(pdftotext(build(st, uuid, tmp_path / "pack.pdf")))
    sheet = text[text.index("Contacts and emergencies") :]
    useful = sheet[sheet.index("Useful numbers") :]
    assert "Chinese Embassy in Berlin, consular service +49 30 27588551" in useful
    assert "Driver (liaison office) +86 755 8888 6666" in useful
