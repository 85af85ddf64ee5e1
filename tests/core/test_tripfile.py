"""Trip files: the shared examples import as they are, exports read back to the same trip,
and every kind of bad file is refused with its place named and the store unchanged."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from planner import cli, store, tripfile, trips
from tests import dumps
from tests.conftest import JIANGSU, NANSHAN
from tests.core.tripdocs import canonical, load, through_another_store

Document = dict[str, Any]


def snapshot(path: Path | str) -> list[str]:
    """Everything in the store: equal snapshots mean nothing changed."""
    return dumps.dump(path)


def run_cli(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = cli.main(args)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.mark.parametrize("example", [NANSHAN, JIANGSU], ids=["nanshan", "jiangsu"])
def test_the_shared_examples_import_and_export_to_the_same_trip(
    example: Path, st: store.Store, tmp_path: Path
) -> None:
    with st.transaction() as session:
        trip_id = trips.import_trip(session, example).id
    exported = tmp_path / "out.trip.json"
    with st.session() as session:
        trips.export_trip(session, trip_id, exported)
    assert canonical(load(exported)) == canonical(load(example))


def test_an_export_imports_back_and_exports_byte_for_byte_the_same(
    st: store.Store, tmp_path: Path
) -> None:
    first, second = tmp_path / "first.trip.json", tmp_path / "second.trip.json"
    with st.transaction() as session:
        trip_id = trips.import_trip(session, JIANGSU).id
    with st.session() as session:
        trips.export_trip(session, trip_id, first)
    # Another office's store: the identities come along, so the file is the same to the byte.
    through_another_store(first, second, tmp_path)
    assert first.read_bytes() == second.read_bytes()
    assert "盛蕾" in first.read_text(encoding="utf-8")


def test_the_example_keeps_every_object_and_link(st: store.Store) -> None:
    with st.transaction() as session:
        trip_id = trips.import_trip(session, JIANGSU).id
    with st.session() as session:
        trip = trips.load_trip(session, trip_id)
        opening, signing = trip.meetings
        assert [p.family_name for p in opening.attendees] == ["Sheng", "Liang", "Xu", "Hoffmann"]
        assert opening.branch_venues[0].timezone == "Europe/Berlin"
        assert signing.agreement is not None and signing.agreement.status == "signed"
        assert [f.done for f in signing.follow_ups] == [True, False]
        assert trip.gifts[0].value is not None and str(trip.gifts[0].value) == "60"
        assert [m.role for m in trip.delegation] == ["head", "member", "interpreter"]


def mutate(change: Callable[[Document], None]) -> Document:
    document = load(NANSHAN)
    change(document)
    return document


def _set(path: str, value: Any) -> Callable[[Document], None]:
    def change(document: Document) -> None:
        *parents, last = path.split(".")
        target: Any = document
        for part in parents:
            name, _, index = part.partition("[")
            target = target[name][int(index[:-1])] if index else target[name]
        name, _, index = last.partition("[")
        if index:
            target[name][int(index[:-1])] = value
        elif value is _DELETE:
            del target[name]
        else:
            target[name] = value

    return change


_DELETE = object()

BAD_DOCUMENTS: dict[str, tuple[Callable[[Document], None], str]] = {
    "unknown field": (_set("meetings[4].stauts", "confirmed"), "meetings[4].stauts: unknown field"),
    "missing required field": (
        _set("meetings[0].title", _DELETE),
        "meetings[0].title: missing required field",
    ),
    "unknown key reference": (
        _set("meetings[1].host", "nobody"),
        "meetings[1].host: no organization has the key 'nobody'",
    ),
    "unknown attendee": (
        _set("meetings[2].attendees[1]", "ghost"),
        "meetings[2].attendees[1]: no person has the key 'ghost'",
    ),
    "end before start": (
        _set("meetings[2].end", "2024-06-18T15:00"),
        "meetings[2].end: 2024-06-18T15:00 is not after the start 2024-06-18T15:30",
    ),
    "time in the skipped hour": (
        _set("meetings[0].start", "2024-03-31T02:30"),
        "meetings[0].start: 2024-03-31T02:30 does not exist in Europe/Berlin",
    ),
    "unknown zone": (
        _set("stops[1].timezone", "Europe/Frankfurt"),
        "stops[1].timezone: unknown time zone 'Europe/Frankfurt'",
    ),
    "wrong version": (_set("version", 2), "version: 2 is not supported"),
    "wrong format": (_set("format", "itinerary"), "format: must be 'delegation-trip'"),
    "duplicate key": (
        _set("stops[2].key", "fra"),
        "stops[2].key: 'fra' is already the key of stops[1]",
    ),
    "wrong type": (_set("people[0].languages", "zh"), "people[0].languages: must be a list"),
    "vocabulary": (
        _set("meetings[0].kind", "party"),
        "meetings[0].kind: 'party' is not one of meeting, site-visit",
    ),
    "country code": (
        _set("stops[1].country", "Germany"),
        "stops[1].country: 'Germany' is not an ISO 3166-1 alpha-2 country code",
    ),
    "stop without times": (
        lambda d: (d["stops"][4].pop("arrive"), d["transfers"].pop()),
        "stops[4]: needs an arrive or a depart time",
    ),
    "missing list": (lambda d: d.pop("meetings"), "meetings: missing required field"),
    "precedence beyond 64 bits": (
        _set("people[0].precedence", 2**63),
        "people[0].precedence: is too large (at most 9223372036854775807)",
    ),
    "delegation precedence beyond 64 bits": (
        _set("delegation[0].precedence", 2**64 + 1),
        "delegation[0].precedence: is too large",
    ),
    "huge gift value": (lambda d: _gift(d, value=2**64), "gifts[0].value: is too large"),
    "negative gift value": (lambda d: _gift(d, value=-5), "gifts[0].value: cannot be negative"),
    "year 1 east of UTC": (
        lambda d: d["stops"][0].update(timezone="Asia/Shanghai", depart="0001-01-01T00:30"),
        "stops[0].depart: 0001-01-01T00:30 in Asia/Shanghai is too close to the year 1 or 9999",
    ),
    "year 9999 west of UTC": (
        lambda d: d["stops"][4].update(timezone="America/New_York", arrive="9999-12-31T23:00"),
        "stops[4].arrive: 9999-12-31T23:00 in America/New_York is too close",
    ),
    "NUL in a title": (
        _set("trip.title", "Nanshan\x00"),
        "trip.title: holds a control character (U+0000)",
    ),
    "bell in a name": (
        _set("people[1].family_name", "Li\x07"),
        "people[1].family_name: holds a control character (U+0007) at character 3",
    ),
    "line break in a title": (
        _set("meetings[0].title", "Session\nPart 2"),
        "meetings[0].title: must be one line (a tab or line break, U+000A, at character 8)",
    ),
    "control in a talking point": (
        _set("meetings[0].talking_points", ["ok", "bad\x1b[31m"]),
        "meetings[0].talking_points[1]: holds a control character (U+001B)",
    ),
    "version 1.0": (_set("version", 1.0), "version: 1.0 is not supported"),
    "transfer arrives before it departs": (
        _set("transfers[0].arrive", "2024-06-15T16:00"),
        "transfers[0].arrive: 2024-06-15T16:00 is before the departure 2024-06-15T23:55",
    ),
    "key with a trailing line break": (
        _set("stops[1].key", "fra\n"),
        "stops[1].key: must be a key of letters",
    ),
    "transfer to the same stop": (
        _set("transfers[1].to", "fra"),
        "transfers[1].to: is the same stop as from",
    ),
    "stop departs before it arrives": (
        _set("stops[2].depart", "2024-06-19T10:00"),
        "stops[2].depart: is before the arrival at this stop",
    ),
    "attendee role outside the vocabulary": (
        _set("meetings[3].attendees[1]", {"person": "wong", "role": "chair"}),
        "meetings[3].attendees[1].role: 'chair' is not one of participant, speaker, signatory",
    ),
    "attendee object of no one": (
        _set("meetings[3].attendees[1]", {"person": "ghost", "role": "speaker"}),
        "meetings[3].attendees[1].person: no person has the key 'ghost'",
    ),
    "attendee object without a person": (
        _set("meetings[3].attendees[1]", {"role": "speaker"}),
        "meetings[3].attendees[1].person: missing required field",
    ),
    "side outside the vocabulary": (
        _set("people[3].side", "guest"),
        "people[3].side: 'guest' is not one of host, third-party",
    ),
    "side of a delegation member": (
        _set("people[1].side", "third-party"),
        "people[1].side: 'li-head' is in the delegation, which is their side",
    ),
    "seating rule set outside the vocabulary": (
        _set("trip.protocol_rules", "left"),
        "trip.protocol_rules: 'left' is not one of foreign-affairs, domestic-cn",
    ),
    "direction outside the vocabulary": (
        _set("trip.direction", "incoming"),
        "trip.direction: 'incoming' is not one of outbound, inbound",
    ),
    "region of another country": (
        _set("stops[1].region", "AT-9"),
        "stops[1].region: 'AT-9' is not a region of DE",
    ),
}


def _gift(document: Document, **fields: Any) -> None:
    gift = {"meeting": "frankfurt-session", "direction": "given", "description": "Tea"}
    document["gifts"] = [{**gift, "currency": "EUR", **fields}]


@pytest.mark.parametrize("case", list(BAD_DOCUMENTS), ids=list(BAD_DOCUMENTS))
def test_a_bad_trip_file_is_refused_naming_the_place_and_the_store_is_unchanged(
    case: str, store_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    change, expected = BAD_DOCUMENTS[case]
    with store.open_store(store_path) as st, st.transaction() as session:
        trips.import_trip(session, JIANGSU)
    before = snapshot(store_path)
    bad = tmp_path / "bad.trip.json"
    bad.write_text(json.dumps(mutate(change), default=str, ensure_ascii=False), encoding="utf-8")

    code, out, err = run_cli(["--store", str(store_path), "import", str(bad)], capsys)

    assert code == 2
    assert out == ""
    assert err.startswith(f"planner: error: {bad}: ")
    assert expected in err
    assert err.count("\n") == 1
    assert snapshot(store_path) == before


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b'{"format": "delegation-trip",\n  "version": 1,\n  "trip": {,}}', "line 3, column 12"),
        (b'{"format": "delegation-trip", "version": 1', "line 1, column 43"),
        (b"", "line 1, column 1"),
        (b'{"format": "del\xe9gation"}', "line 1, column 16: not UTF-8 text"),
        (b'{"format": "a", "format": "b"}', "the field 'format' appears twice"),
        (b"[]", "the file must hold one JSON object"),
    ],
    ids=["syntax", "truncated", "empty", "latin-1", "duplicate-name", "not-an-object"],
)
def test_broken_json_is_refused_with_line_and_column(
    content: bytes,
    expected: str,
    store_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    store.open_store(store_path).close()
    before = snapshot(store_path)
    bad = tmp_path / "broken.trip.json"
    bad.write_bytes(content)
    code, _out, err = run_cli(["--store", str(store_path), "import", str(bad)], capsys)
    assert code == 2
    assert expected in err
    assert snapshot(store_path) == before


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (
            b'{"format": "delegation-trip",\n "version": ' + b"9" * 5000 + b"}",
            "line 2, column 13: a number of 5000 digits is too large for any field",
        ),
        (
            b'{"format": "delegation-trip", "version": NaN}',
            "line 1, column 42: NaN is not a number",
        ),
        (
            b'{"format": "delegation-trip", "version": 1, "trip": {"title": "\\ud800"}}',
            "trip.title: holds half of a character (U+D800, a lone surrogate) at character 1",
        ),
        (
            b'{"format": "delegation-trip", "version": 1, "\\u0000x": 1}',
            "\\x00x: unknown field",
        ),
    ],
    ids=["5000-digit-version", "nan", "lone-surrogate", "nul-in-a-field-name"],
)
def test_numbers_and_characters_no_field_can_hold_are_refused_with_their_place(
    content: bytes,
    expected: str,
    store_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    with store.open_store(store_path) as st, st.transaction() as session:
        trips.import_trip(session, JIANGSU)
    before = snapshot(store_path)
    bad = tmp_path / "odd.trip.json"
    bad.write_bytes(content)
    code, out, err = run_cli(["--store", str(store_path), "import", str(bad)], capsys)
    assert (code, out) == (2, "")
    assert err.startswith(f"planner: error: {bad}: ")
    assert expected in err
    assert "unexpected" not in err
    assert err.count("\n") == 1
    assert snapshot(store_path) == before


def test_lower_case_codes_are_stored_in_upper_case(
    store_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The same spelling as the contacts files and the editors store: DE, DE-BY, EUR, zh."""
    document = load(JIANGSU)
    document["organizations"][0]["country"] = "cn"
    document["stops"][0]["country"] = "cn"
    document["stops"][0]["region"] = "cn-js"
    document["gifts"][0]["currency"] = "cny"
    document["people"][0]["languages"] = ["ZH", "En"]
    lower = tmp_path / "lower.trip.json"
    lower.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    code, _out, _err = run_cli(["--store", str(store_path), "import", str(lower)], capsys)
    assert code == 0
    exported = tmp_path / "out.trip.json"
    code, _out, _err = run_cli(
        ["--store", str(store_path), "export", "1", "-o", str(exported)], capsys
    )
    assert code == 0
    again = load(exported)
    assert again["organizations"][0]["country"] == "CN"
    assert (again["stops"][0]["country"], again["stops"][0]["region"]) == ("CN", "CN-JS")
    assert again["gifts"][0]["currency"] == "CNY"
    assert again["people"][0]["languages"] == ["zh", "en"]


def test_all_problems_of_a_file_are_reported_not_only_the_first() -> None:
    document = mutate(_set("meetings[0].host", "nobody"))
    document["meetings"][1]["attendees"] = ["li-head", "li-head"]
    with pytest.raises(tripfile.TripFileError) as caught:
        tripfile.build_trip(document, "x.trip.json")
    assert [str(p) for p in caught.value.problems] == [
        "meetings[0].host: no organization has the key 'nobody'",
        "meetings[1].attendees[1]: 'li-head' is listed twice",
    ]


def test_a_utf8_bom_and_markup_in_names_are_kept_as_written(
    st: store.Store, tmp_path: Path
) -> None:
    document = load(NANSHAN)
    document["organizations"][1]["name"] = "<b>R&D</b> & Partners"
    path = tmp_path / "bom.trip.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(document, default=str).encode())
    with st.transaction() as session:
        trip = trips.import_trip(session, path)
        assert trip.organization_links[1].organization.name == "<b>R&D</b> & Partners"


def test_the_second_pass_of_a_repeated_hour_survives_the_round_trip(
    st: store.Store, tmp_path: Path
) -> None:
    document = load(NANSHAN)
    meeting = document["meetings"][0]
    meeting["start"], meeting["end"] = "2024-10-27T02:15+01:00", "2024-10-27T02:45+01:00"
    path = tmp_path / "autumn.trip.json"
    path.write_text(json.dumps(document, default=str))
    with st.transaction() as session:
        trip_id = trips.import_trip(session, path).id
    with st.session() as session:
        exported = tripfile.trip_document(trips.load_trip(session, trip_id))
    assert exported["meetings"][0]["start"] == "2024-10-27T02:15+01:00"
    assert canonical(exported) == canonical(document)


def test_the_trip_file_is_unchanged_by_an_export_that_cannot_be_written(
    st: store.Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with st.transaction() as session:
        trips.import_trip(session, NANSHAN)
    code, _out, err = run_cli(
        ["--store", st.location, "export", "1", "-o", str(tmp_path / "no" / "such" / "x.json")],
        capsys,
    )
    assert code == 2
    assert "cannot write" in err
