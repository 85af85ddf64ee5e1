"""The person editor's travel documents (issue 23): saved sealed, kept through undo and redo,
checked field by field in the user's language, and part of the GDPR export and erasure."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import select, text

from planner import document_crypto, document_reading, editing, model, store, trips
from planner.directory import privacy
from planner.editing.registry import editor_for
from planner.records import PersonRecord, TripRecord
from planner.travel_documents import Passport, TravelDocuments, Visa
from tests.conftest import NANSHAN

PERSON = editor_for(PersonRecord)
LI = TravelDocuments(
    nationality="CN",
    date_of_birth=dt.date(1971, 3, 14),
    gender="male",
    passport=Passport("EJ4417352", "service", dt.date(2021, 6, 2), dt.date(2031, 6, 1)),
    visas=(Visa("schengen", dt.date(2027, 4, 5), dt.date(2027, 5, 4), "C", "DEU012845617", 1),),
)


@pytest.fixture
def trip(st: store.Store) -> str:
    with st.transaction() as session:
        return trips.import_trip(session, NANSHAN).uuid


def stored_text(st: store.Store, uuid: str) -> str | None:
    with st.session() as session:
        found = session.execute(text("SELECT documents FROM person WHERE uuid = :u"), {"u": uuid})
        return found.scalar_one_or_none()


def read(st: store.Store, uuid: str) -> PersonRecord:
    with st.session() as session:
        record = PERSON.read(session, uuid)
    assert isinstance(record, PersonRecord)
    return record


def new_person(st: store.Store, trip: str, documents: TravelDocuments = LI) -> str:
    with st.transaction() as session:
        return PERSON.create(session, trip, PersonRecord("Li", "Wei", "李伟", documents=documents))


def test_a_new_persons_documents_are_saved_sealed_and_read_back(st: store.Store, trip: str) -> None:
    li = new_person(st, trip)
    assert read(st, li).documents == LI
    sealed = stored_text(st, li)
    assert sealed is not None and "EJ4417352" not in sealed
    with st.session() as session:
        assert document_reading.read_trip_documents(session, trip)[li] == LI


def test_codes_and_blanks_are_tidied_as_the_store_keeps_them(st: store.Store, trip: str) -> None:
    typed = TravelDocuments(
        nationality=" cn",
        gender="",
        passport=Passport(" EJ4417352 "),
        visas=(Visa("Schengen", dt.date(2027, 4, 5), dt.date(2027, 5, 4), " ", "DEU1", None),),
    )
    li = new_person(st, trip, typed)
    assert read(st, li).documents == TravelDocuments(
        nationality="CN",
        passport=Passport("EJ4417352"),
        visas=(Visa("schengen", dt.date(2027, 4, 5), dt.date(2027, 5, 4), None, "DEU1", None),),
    )


def test_an_edit_of_other_fields_leaves_the_sealed_text_alone(st: store.Store, trip: str) -> None:
    li = new_person(st, trip)
    before = stored_text(st, li)
    with st.transaction() as session:
        PERSON.update(session, li, replace(read(st, li), position="Deputy Mayor"))
    assert stored_text(st, li) == before
    changed = replace(LI, passport=Passport("EJ0000001", "ordinary"))
    with st.transaction() as session:
        PERSON.update(session, li, replace(read(st, li), documents=changed))
    assert stored_text(st, li) != before
    assert read(st, li).documents == changed


def test_emptied_documents_leave_nothing_stored(st: store.Store, trip: str) -> None:
    li = new_person(st, trip)
    with st.transaction() as session:
        PERSON.update(session, li, replace(read(st, li), documents=TravelDocuments()))
    assert stored_text(st, li) is None


def test_documents_another_key_sealed_open_as_unreadable_and_survive_a_save(
    st: store.Store, trip: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(document_crypto.KEY_ENV, document_crypto.new_key())
    li = new_person(st, trip)  # entered at a colleague's computer
    sealed = stored_text(st, li)
    monkeypatch.setenv(document_crypto.KEY_ENV, document_crypto.new_key())
    record = read(st, li)
    assert record.documents is None
    with st.transaction() as session:
        PERSON.update(session, li, replace(record, position="Deputy Mayor"))
    assert stored_text(st, li) == sealed
    assert read(st, li).position == "Deputy Mayor"


def test_deleting_and_restoring_a_person_keeps_their_documents(st: store.Store, trip: str) -> None:
    li = new_person(st, trip)
    sealed = stored_text(st, li)
    with st.transaction() as session:
        snapshot = PERSON.remove(session, li)
    assert stored_text(st, li) is None
    with st.transaction() as session:
        PERSON.restore(session, snapshot)
    assert stored_text(st, li) == sealed
    assert read(st, li).documents == LI


BAD = {
    "nationality": (
        replace(LI, nationality="XX"),
        "nationality",
        "'XX' is not a country code (such as DE or CN)",
    ),
    "gender": (replace(LI, gender="f"), "gender", "'f' is not one of female, male, diverse"),
    "birth": (
        replace(LI, date_of_birth=dt.date(2999, 1, 1)),
        "date_of_birth",
        "the date of birth is in the future",
    ),
    "passport number": (
        replace(LI, passport=Passport(" ", issued=dt.date(2021, 6, 2))),
        "passport_number",
        "a passport needs its number",
    ),
    "passport kind": (
        replace(LI, passport=Passport("EJ1", "official")),
        "passport_kind",
        "'official' is not one of ordinary, service, diplomatic",
    ),
    "passport dates": (
        replace(
            LI, passport=Passport("EJ1", issued=dt.date(2021, 6, 2), expires=dt.date(2021, 6, 2))
        ),
        "passport_expires",
        "the passport must expire after the day it was issued",
    ),
    "visa dates": (
        replace(
            LI,
            visas=(
                LI.visas[0],
                Visa("CN", dt.date(2027, 5, 1), dt.date(2027, 4, 1)),
            ),
        ),
        "visas",
        "visa 2: the visa ends before it starts",
    ),
    "visa area": (
        replace(LI, visas=(Visa("EU", dt.date(2027, 4, 1), dt.date(2027, 5, 1)),)),
        "visas",
        "visa 1: 'EU' is not a country code (such as CN) or Schengen",
    ),
    "visa entries": (
        replace(LI, visas=(Visa("DE", dt.date(2027, 4, 1), dt.date(2027, 5, 1), entries=0),)),
        "visas",
        "visa 1: 0 is not a number of entries (1, 2, …) or multiple",
    ),
}


@pytest.mark.parametrize("case", list(BAD), ids=list(BAD))
def test_each_wrong_document_field_is_named(case: str) -> None:
    documents, field, message = BAD[case]
    problems = editing.validate(PersonRecord("Li", documents=documents))
    assert problems == {field: message}


def test_the_messages_speak_the_users_language() -> None:
    record = PersonRecord("Li", documents=replace(LI, nationality="XX"))
    german = editing.validate(record, "de")["nationality"]
    chinese = editing.validate(record, "zh")["nationality"]
    assert "'XX'" in german and "Ländercode" in german
    assert "'XX'" in chinese and "国家代码" in chinese


def test_the_trip_keeps_its_invitation_details_through_the_editor(
    st: store.Store, trip: str
) -> None:
    editor = editor_for(TripRecord)
    with st.session() as session:
        record = editor.read(session, trip)
    changed = replace(
        record,
        invitation_purpose="Gespräche über Investitionen\nund Werksbesuche",
        invitation_costs="die entsendende Behörde",
        invitation_issued=dt.date(2027, 2, 15),
    )
    with st.transaction() as session:
        editor.update(session, trip, changed)
    with st.session() as session:
        assert editor.read(session, trip) == changed
        details = document_reading.read_invitation(session, trip)
    assert details.issued == dt.date(2027, 2, 15)
    assert details.costs_borne_by == "die entsendende Behörde"


def test_personal_data_shows_the_documents_and_erasure_removes_them(
    st: store.Store, trip: str, tmp_path: Path
) -> None:
    li = new_person(st, trip)
    sealed = stored_text(st, li)
    assert sealed is not None
    out = tmp_path / "li.json"
    with st.session() as session:
        privacy.write_personal_data(session, li, out)
    shown = json.loads(out.read_text(encoding="utf-8"))["person"]["documents"]
    assert shown["passport"]["number"] == "EJ4417352"
    assert shown["visas"][0]["area"] == "schengen"
    assert sealed not in out.read_text(encoding="utf-8")
    with st.transaction() as session:
        privacy.erase_person(session, li)
    privacy.checkpoint(st.engine)
    with st.session() as session:
        left = session.scalars(
            select(model.Person.documents).where(model.Person.documents.is_not(None))
        )
        assert sealed not in list(left)
    if st.engine_name == "sqlite":
        raw = st.path.read_bytes()
        assert sealed.encode()[-40:] not in raw


def test_personal_data_at_a_computer_without_the_key_says_whose_documents_cannot_be_read(
    st: store.Store, trip: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    li = new_person(st, trip)
    monkeypatch.setenv(document_crypto.KEY_ENV, document_crypto.new_key())
    out = tmp_path / "li.json"
    with (
        st.session() as session,
        pytest.raises(document_crypto.DocumentsUnreadable, match=r"^Li Wei"),
    ):
        privacy.write_personal_data(session, li, out)
    assert not out.exists()
