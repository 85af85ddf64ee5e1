"""Who sits (or stands) where, by the kind of meeting and the office's rule set: the signing
of the Jiangsu example as the store reads it, and banquets, cars, photos and talks of made-up
delegations whose every place is checked."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from sqlalchemy import select

from planner import model, protocol, store, trips
from planner.protocol import COUNTERPART, DELEGATION, GUEST, HOST, MeetingPeople
from planner.protocol.layouts import Layout, layout_for, layout_kind
from planner.protocol.rules import DOMESTIC_CN, FOREIGN_AFFAIRS, UnknownRules
from tests.conftest import JIANGSU
from tests.core.test_protocol_precedence import person


def meeting(kind: str, *people: protocol.Attendee, host: str = COUNTERPART) -> MeetingPeople:
    return MeetingPeople("m", "T", kind, "confirmed", host, tuple(people))


def where(layout: Layout, family: str) -> tuple[float, float]:
    [place] = [p for p in layout.places if p.attendee and p.attendee.family_name == family]
    return (place.x, place.y)


def hosts(n: int) -> list[protocol.Attendee]:
    """Counterparts H1.. ranked 1..n (the hosts in these tests)."""
    return [person(f"H{i}", COUNTERPART, rank=i) for i in range(1, n + 1)]


def guests(n: int) -> list[protocol.Attendee]:
    """Our delegation G1.. ranked 1..n, G1 its head."""
    return [person(f"G{i}", rank=i, role="head" if i == 1 else "member") for i in range(1, n + 1)]


@pytest.fixture(scope="module")
def jiangsu_signing(tmp_path_factory: pytest.TempPathFactory) -> MeetingPeople:
    path: Path = tmp_path_factory.mktemp("office") / "office.sqlite"
    with store.open_store(path) as office:
        with office.transaction() as session:
            trips.import_trip(session, JIANGSU)
        with office.session() as session:
            uuid = session.scalar(select(model.Meeting.uuid).where(model.Meeting.kind == "signing"))
            assert uuid is not None
            return protocol.meeting_people(session, uuid)


def test_the_jiangsu_signing_the_mayor_signs_left_and_commerzbank_from_frankfurt(
    jiangsu_signing: MeetingPeople,
) -> None:
    layout = layout_for(jiangsu_signing)
    assert layout.kind == "signing" and layout.host_side == DELEGATION
    signers = {
        p.attendee.family_name: p for p in layout.places if p.role == "signatory" and p.attendee
    }
    # Sheng hosts: she sits behind the table facing the room, on the left as she faces it
    # (+x: facing down the drawing her left hand is +x), the guest's chair at her right.
    assert signers["Sheng"].label == "Host signatory"
    assert (signers["Sheng"].x, signers["Sheng"].y) == (1.0, -0.9)
    flags = next(f for f in layout.furniture if f.kind == "flags")
    table = next(f for f in layout.furniture if f.kind == "table")
    assert flags.x == 0.0 and flags.y == signers["Sheng"].y and signers["Sheng"].y < table.y
    # Commerzbank's Dr. Becker signs from Frankfurt: shown at that venue, on the guest side.
    becker = signers["Becker"]
    assert becker.venue == "Branch venue Frankfurt" and becker.side == GUEST and becker.x < 0
    venue = next(f for f in layout.furniture if f.kind == "venue")
    assert (venue.label, venue.x) == ("Branch venue Frankfurt", becker.x)
    # Her interpreter stands behind her, nearest the middle; an assistant's place at her
    # outer side waits to be filled.
    assert where(layout, "Xu") == (0.5, -2.1)
    [assistant] = [p for p in layout.places if p.role == "assistant"]
    assert (assistant.x, assistant.attendee, assistant.side) == (2.0, None, HOST)
    assert layout.remote == ()


def test_under_domestic_rules_the_signing_is_mirrored(jiangsu_signing: MeetingPeople) -> None:
    layout = layout_for(jiangsu_signing, DOMESTIC_CN)
    assert where(layout, "Sheng") == (-1.0, -0.9)
    assert where(layout, "Becker")[0] > 0
    assert where(layout, "Xu") == (-0.5, -2.1)


def test_the_meeting_role_signatory_signs_before_the_head() -> None:
    deputy = dataclasses.replace(hosts(2)[1], meeting_role="signatory")
    signing = meeting("signing", hosts(1)[0], deputy, *guests(3))
    layout = layout_for(signing)
    signers = {
        p.side: p.attendee.family_name
        for p in layout.places
        if p.role == "signatory" and p.attendee
    }
    assert signers == {HOST: "H2", GUEST: "G1"}  # no signatory role among guests: the head
    # Guest at the host's right: facing down the drawing, further to -x.
    assert where(layout, "G1") == (-1.0, -0.9) and where(layout, "H2") == (1.0, -0.9)
    # Each side stands behind its signatory in rank order, the first nearest the middle.
    assert [where(layout, f) for f in ("G2", "G3")] == [(-0.5, -2.1), (-1.5, -2.1)]
    assert where(layout, "H1") == (0.5, -2.1)


def seat_of(layout: Layout, family: str) -> tuple[int | None, int | None]:
    place = layout.place_of(f"{family}-None")
    assert place is not None, family
    return (place.table, place.order)


def test_a_banquet_seats_guests_at_the_hosts_right_and_left_and_the_second_host_opposite() -> None:
    layout = layout_for(meeting("banquet", *hosts(5), *guests(5)))
    assert layout.kind == "banquet"
    spots = {p.attendee.family_name: (p.x, p.y) for p in layout.places if p.attendee}
    # The main seat faces the door (the door is down the drawing, the main seat at the top).
    door = next(f for f in layout.furniture if f.kind == "door")
    assert spots["H1"] == (0.0, -2.0) and door.y > 0
    # Facing the door, the host's right hand is -x: the first guest there, the second at +x.
    assert spots["G1"][0] < 0 < spots["G2"][0] and spots["G1"][1] == spots["G2"][1] < 0
    # The second host opposite (back to the door), the third guest at his right (+x: he faces
    # up the drawing), the fourth at his left.
    assert spots["H2"] == (0.0, 2.0)
    assert spots["G4"][0] < 0 < spots["G3"][0] and spots["G3"][1] == spots["G4"][1] > 0
    assert [seat_of(layout, f) for f in ("H1", "G1", "G2", "H2", "G3", "G4")] == [
        (1, n) for n in range(1, 7)
    ]
    # Ten fit at table 1; hosts and guests alternate over the remaining seats.
    assert {p.table for p in layout.places} == {1}
    assert [p.attendee.family_name for p in layout.places if p.order and p.order > 6] == [
        "G5", "H3", "H4", "H5",
    ]  # fmt: skip


def test_further_tables_are_numbered_by_nearness_right_above_left() -> None:
    layout = layout_for(meeting("banquet", *hosts(12), *guests(12)))
    tables = {f.label: (f.x, f.y) for f in layout.furniture if f.kind == "round-table"}
    assert tables == {"1": (0.0, 0.0), "2": (-6.0, 0.0), "3": (6.0, 0.0)}
    assert seat_of(layout, "H5") == (2, 1)  # table 1 seats H1-H4 and G1-G6; H5 heads table 2
    mirrored = layout_for(meeting("banquet", *hosts(12), *guests(12)), DOMESTIC_CN)
    assert {f.label: f.x for f in mirrored.furniture if f.kind == "round-table"}["2"] == 6.0
    assert where(mirrored, "G1")[0] > 0


def test_cars_seat_the_guests_head_rear_right_the_host_rear_left_the_interpreter_in_front() -> None:
    interpreter = person("Xu", rank=5, role="interpreter")
    layout = layout_for(meeting("meeting", *hosts(2), *guests(3), interpreter), choice="cars")
    riders = [(p.label, p.attendee.family_name) for p in layout.places if p.attendee]
    assert riders == [
        ("Car 1, rear right", "G1"),
        ("Car 1, rear left", "H1"),
        ("Car 1, front right", "Xu"),
        ("Car 2, rear right", "G2"),
        ("Car 2, rear left", "G3"),
        ("Car 2, front right", "H2"),
    ]
    # A car faces up the drawing: its right is +x.
    assert where(layout, "G1")[0] > where(layout, "H1")[0]


def test_the_group_photo_puts_the_host_in_the_centre_and_alternates() -> None:
    layout = layout_for(meeting("meeting", *hosts(3), *guests(3)), choice="photo")
    row = sorted((p.x, p.attendee.family_name) for p in layout.places if p.attendee)
    # Facing the camera, the host's right hand is -x: G1 there, G2 at his left, then hosts.
    assert [name for _x, name in row] == ["G3", "H2", "G1", "H1", "G2", "H3"]
    assert dict((n, x) for x, n in row)["H1"] == 0.0
    mirrored = layout_for(meeting("meeting", *hosts(3), *guests(3)), DOMESTIC_CN, "photo")
    assert where(mirrored, "G1") == (1.0, 0.0)


def test_talks_alternate_from_the_side_of_honour_and_keep_the_interpreter_right() -> None:
    people = (*hosts(1), *guests(3), person("Xu", rank=4, role="interpreter"))
    foreign = layout_for(meeting("meeting", *people), FOREIGN_AFFAIRS)
    domestic = layout_for(meeting("meeting", *people), DOMESTIC_CN)
    assert foreign.kind == "talks"
    # The guests (the delegation) face up the drawing, towards the door behind the hosts:
    # their right is +x. The interpreter keeps the head's right under both rule sets.
    door = next(f for f in foreign.furniture if f.kind == "door")
    assert door.y < where(foreign, "H1")[1] < where(foreign, "G1")[1]
    assert [where(foreign, f)[0] for f in ("G1", "Xu", "G2", "G3")] == [0, 1, -1, 2]
    assert [where(domestic, f)[0] for f in ("G1", "Xu", "G2", "G3")] == [0, 1, -1, -2]


def test_the_kind_of_meeting_chooses_the_layout_and_a_bad_rule_set_is_named() -> None:
    assert [layout_kind(k) for k in ("signing", "banquet", "meeting", None, "site-visit")] == [
        "signing", "banquet", "talks", "talks", "talks",
    ]  # fmt: skip
    assert layout_kind("signing", "photo") == "photo"
    with pytest.raises(UnknownRules, match="rules: unknown rule set 'left' "):
        layout_for(meeting("meeting", *hosts(1)), "left")
