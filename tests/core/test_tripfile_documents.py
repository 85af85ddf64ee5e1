"""Travel documents in the trip file (issue 23): read and checked with their place named,
stored encrypted, written back only with ``--with-documents``, and never by default."""

from __future__ import annotations

import copy
import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from planner import cli, document_crypto, document_reading, paths, store, trips
from planner.travel_documents import InvitationDetails, Passport, TravelDocuments, Visa
from tests import dumps
from tests.core.tripdocs import canonical, load

TRIPS = Path(__file__).resolve().parent.parent / "data" / "trips"
SHENZHEN = TRIPS / "shenzhen-delegation-germany-2027.trip.json"
STUTTGART = TRIPS / "german-delegation-china-2027.trip.json"
DOCUMENT_FIELDS = ("nationality", "date_of_birth", "gender", "passport", "visas")

Document = dict[str, Any]


def run_cli(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = cli.main(args)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def imported(st: store.Store, path: Path) -> tuple[int, str]:
    with st.transaction() as session:
        trip = trips.import_trip(session, path)
        return trip.id, trip.uuid


def exported(st: store.Store, trip_id: int, path: Path, *, with_documents: bool) -> Document:
    with st.session() as session:
        trips.export_trip(session, trip_id, path, with_documents=with_documents)
    return load(path)


def person_uuid(st: store.Store, family_name: str) -> str:
    with st.session() as session:
        found = session.execute(
            text("SELECT uuid FROM person WHERE family_name = :name"), {"name": family_name}
        )
        return str(found.scalar_one())


def without_documents(document: Document) -> Document:
    copied = copy.deepcopy(document)
    for person in copied["people"]:
        for name in DOCUMENT_FIELDS:
            person.pop(name, None)
    return copied


@pytest.mark.parametrize("example", [SHENZHEN, STUTTGART], ids=["shenzhen", "stuttgart"])
def test_documents_survive_import_and_an_export_with_documents(
    example: Path, st: store.Store, tmp_path: Path
) -> None:
    trip_id, _ = imported(st, example)
    out = exported(st, trip_id, tmp_path / "out.trip.json", with_documents=True)
    assert canonical(out) == canonical(load(example))


def test_the_store_reads_the_files_documents_and_invitation(st: store.Store) -> None:
    _, trip = imported(st, SHENZHEN)
    zhang = person_uuid(st, "Zhang")
    with st.session() as session:
        found = document_reading.read_trip_documents(session, trip)
        invitation = document_reading.read_invitation(session, trip)
    assert len(found) == 5  # the delegation; the German hosts have none recorded
    assert found[zhang] == TravelDocuments(
        nationality="CN",
        date_of_birth=dt.date(1969, 11, 2),
        gender="male",
        passport=Passport("SE0184273", "service", dt.date(2022, 3, 8), dt.date(2032, 3, 7)),
        visas=(
            Visa(
                "schengen",
                dt.date(2027, 4, 5),
                dt.date(2027, 5, 4),
                "C",
                "DEU012845617",
                "multiple",
            ),
        ),
    )
    assert invitation.issued == dt.date(2027, 2, 15)
    assert invitation.costs_borne_by is not None and "entsendende" in invitation.costs_borne_by


@pytest.mark.parametrize("example", [SHENZHEN, STUTTGART], ids=["shenzhen", "stuttgart"])
def test_an_export_without_the_option_carries_no_document_at_all(
    example: Path, st: store.Store, tmp_path: Path
) -> None:
    trip_id, _ = imported(st, example)
    plain = exported(st, trip_id, tmp_path / "plain.trip.json", with_documents=False)
    full = exported(st, trip_id, tmp_path / "full.trip.json", with_documents=True)
    assert plain == without_documents(full)
    written = (tmp_path / "plain.trip.json").read_text(encoding="utf-8")
    for person in load(example)["people"]:
        if "passport" in person:
            assert person["passport"]["number"] not in written
            assert person["date_of_birth"] not in written


def test_the_command_line_writes_documents_only_when_asked(
    empty_store_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    where = ["--store", str(empty_store_file)]
    assert run_cli([*where, "import", str(SHENZHEN)], capsys)[0] == 0
    plain, full = tmp_path / "plain.trip.json", tmp_path / "full.trip.json"
    assert run_cli([*where, "export", "1", "-o", str(plain)], capsys) == (0, "", "")
    assert run_cli([*where, "export", "1", "-o", str(full), "--with-documents"], capsys)[0] == 0
    assert "SE0184273" not in plain.read_text(encoding="utf-8")
    assert '"number": "SE0184273"' in full.read_text(encoding="utf-8")


def test_the_stored_text_holds_no_document_in_the_clear(st: store.Store) -> None:
    imported(st, STUTTGART)
    with st.session() as session:
        stored = " ".join(
            row[0] for row in session.execute(text("SELECT documents FROM person")) if row[0]
        )
    assert stored
    for secret in ("C4F7K2L9M", "1968-04-09", "U27468135", "E41927733", "female"):
        assert secret not in stored


def test_an_export_with_documents_a_key_cannot_open_names_the_person_and_writes_nothing(
    st: store.Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    trip_id, _ = imported(st, SHENZHEN)
    monkeypatch.setenv(document_crypto.KEY_ENV, document_crypto.new_key())
    target = tmp_path / "full.trip.json"
    with pytest.raises(document_crypto.DocumentsUnreadable, match=r"^Zhang Hui \(张辉\): "):
        exported(st, trip_id, target, with_documents=True)
    assert not target.exists()
    exported(st, trip_id, target, with_documents=False)  # the rest of the trip still exports
    assert target.exists()


def test_a_trip_file_without_documents_exports_as_before(st: store.Store, tmp_path: Path) -> None:
    """The golden round trips (tests/core/test_tripfile.py) hold the bytes; here: the new
    option adds nothing to a trip that has no documents and no invitation."""
    from tests.conftest import JIANGSU

    trip_id, _ = imported(st, JIANGSU)
    plain = (tmp_path / "a.trip.json", tmp_path / "b.trip.json")
    exported(st, trip_id, plain[0], with_documents=False)
    exported(st, trip_id, plain[1], with_documents=True)
    assert plain[0].read_bytes() == plain[1].read_bytes()
    assert b"invitation" not in plain[0].read_bytes()


def _set(path: str, value: Any) -> Callable[[Document], None]:
    def change(document: Document) -> None:
        *parents, last = path.split(".")
        target: Any = document
        for part in parents:
            name, _, index = part.partition("[")
            target = target[name][int(index[:-1])] if index else target[name]
        target[last] = value

    return change


BAD: dict[str, tuple[Callable[[Document], None], str]] = {
    "nationality": (
        _set("people[3].nationality", "XX"),
        "people[3].nationality: 'XX' is not an ISO 3166-1 alpha-2 country code",
    ),
    "birth": (
        _set("people[0].date_of_birth", "1969-02-30"),
        "people[0].date_of_birth: '1969-02-30' is not a valid date",
    ),
    "birth in the future": (
        _set("people[0].date_of_birth", "2999-01-01"),
        "people[0].date_of_birth: 2999-01-01 is in the future",
    ),
    "gender": (
        _set("people[1].gender", "f"),
        "people[1].gender: 'f' is not one of female, male, diverse",
    ),
    "passport kind": (
        _set("people[2].passport.kind", "official"),
        "people[2].passport.kind: 'official' is not one of ordinary, service, diplomatic",
    ),
    "passport without number": (
        _set("people[2].passport.number", " "),
        "people[2].passport.number: must not be empty",
    ),
    "passport expires before issued": (
        _set("people[3].passport.expires", "2021-05-06"),
        "people[3].passport.expires: 2021-05-06 is not after issued (2021-05-06)",
    ),
    "visa area": (
        _set("people[0].visas[0].area", "EU"),
        "people[0].visas[0].area: 'EU' is not an ISO 3166-1 alpha-2 country code (such as DE "
        "or CN) or schengen",
    ),
    "visa dates reversed": (
        _set("people[4].visas[0].valid_to", "2027-04-01"),
        "people[4].visas[0].valid_to: 2027-04-01 is before valid_from (2027-04-05)",
    ),
    "visa entries": (
        _set("people[1].visas[0].entries", "many"),
        "people[1].visas[0].entries: 'many' is not a number of entries (1, 2, ...) or multiple",
    ),
    "visa without dates": (
        _set("people[1].visas[0].valid_from", None),
        "people[1].visas[0].valid_from: missing required field",
    ),
    "unknown visa field": (
        _set("people[1].visas[0].expires", "2027-05-04"),
        "people[1].visas[0].expires: unknown field",
    ),
    "invitation date": (
        _set("trip.invitation.issued", "15.02.2027"),
        "trip.invitation.issued: '15.02.2027' is not a date like 2024-06-17",
    ),
}


@pytest.mark.parametrize("case", list(BAD), ids=list(BAD))
def test_a_bad_document_is_refused_naming_its_place_and_changes_nothing(
    case: str,
    empty_store_file: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(document_crypto.KEY_ENV)  # so that a key made by mistake would show
    document_crypto.forget_cached_key()
    change, expected = BAD[case]
    document = load(SHENZHEN)
    change(document)
    bad = tmp_path / "bad.trip.json"
    bad.write_text(json.dumps(document, default=str, ensure_ascii=False), encoding="utf-8")
    before = dumps.dump(empty_store_file)

    code, out, err = run_cli(["--store", str(empty_store_file), "import", str(bad)], capsys)

    assert (code, out) == (2, "")
    assert err.startswith(f"planner: error: {bad}: ")
    assert expected in err
    assert err.count("\n") == 1
    assert dumps.dump(empty_store_file) == before
    assert not (paths.config_folder() / document_crypto.KEY_FILE).exists()


def test_codes_are_stored_in_upper_case_and_schengen_in_lower(
    st: store.Store, tmp_path: Path
) -> None:
    document = load(SHENZHEN)
    document["people"][0]["nationality"] = "cn"
    document["people"][0]["visas"][0]["area"] = "Schengen"
    document["people"][1]["visas"][0]["area"] = "de"
    changed = tmp_path / "lower.trip.json"
    changed.write_text(json.dumps(document, default=str, ensure_ascii=False), encoding="utf-8")
    _, trip = imported(st, changed)
    with st.session() as session:
        found = document_reading.read_trip_documents(session, trip)
    zhang, liu = found[person_uuid(st, "Zhang")], found[person_uuid(st, "Liu")]
    assert (zhang.nationality, zhang.visas[0].area, liu.visas[0].area) == ("CN", "schengen", "DE")


def test_a_person_already_in_the_directory_keeps_their_documents_and_the_import_says_so(
    st: store.Store, tmp_path: Path
) -> None:
    trip_id, _ = imported(st, SHENZHEN)
    # The trip again, as a new trip of the same people (their uids kept: the directory's).
    again = exported(st, trip_id, tmp_path / "full.trip.json", with_documents=True)
    again["trip"].pop("uid")
    for name in ("delegation", "stops", "transfers", "meetings"):
        for item in again[name]:
            item.pop("uid", None)
    same, changed = tmp_path / "same.trip.json", tmp_path / "changed.trip.json"
    same.write_text(json.dumps(again, default=str, ensure_ascii=False), encoding="utf-8")
    again["people"][0]["passport"]["number"] = "SE0999999"
    changed.write_text(json.dumps(again, default=str, ensure_ascii=False), encoding="utf-8")

    assert not any("travel documents" in line for line in _kept(st, same))
    assert any(
        line.startswith("people[0]: Zhang Hui (张辉) is already in the directory")
        and "travel documents" in line
        for line in _kept(st, changed)
    )
    with st.session() as session:
        zhang = document_reading.read_person_documents(session, person_uuid(st, "Zhang"))
    assert zhang.passport is not None and zhang.passport.number == "SE0184273"


def _kept(st: store.Store, path: Path) -> list[str]:
    prepared = trips.prepare_import(path)
    with st.transaction() as session:
        trips.add_prepared(session, prepared)
    return list(prepared.kept)


def test_the_invitation_is_written_whenever_said_and_read_back(
    st: store.Store, tmp_path: Path
) -> None:
    trip_id, trip = imported(st, STUTTGART)
    plain = exported(st, trip_id, tmp_path / "plain.trip.json", with_documents=False)
    assert plain["trip"]["invitation"] == load(STUTTGART)["trip"]["invitation"]
    with st.session() as session:
        assert document_reading.read_invitation(session, trip) == InvitationDetails(
            "经贸交流、企业考察及电动汽车领域科研合作洽谈",
            "代表团成员在华期间的国际旅费和食宿费用由派出单位承担。",
            dt.date(2027, 3, 22),
        )
