"""Precedence and speaking order, on hand-made attendees: the rules a protocol officer would
check on paper."""

from __future__ import annotations

from planner import protocol
from planner.protocol import COUNTERPART, DELEGATION, Attendee, MeetingPeople


def person(
    family: str,
    side: str = DELEGATION,
    *,
    rank: int | None = None,
    role: str | None = "member",
    given: str | None = None,
    branch: str | None = None,
    order: int = 1 << 30,
    meeting_role: str = "participant",
) -> Attendee:
    return Attendee(
        uuid=f"{family}-{given}",
        family_name=family,
        given_name=given,
        side=side,
        rank=rank,
        role=role if side == DELEGATION else None,
        branch=branch,
        order=order,
        meeting_role=meeting_role,
    )


def names(people: list[Attendee] | tuple[Attendee, ...]) -> list[str]:
    return [p.family_name for p in people]


def test_a_side_is_ordered_by_rank_and_the_unranked_follow_by_name() -> None:
    side = [
        person("Zhu", rank=None, given="Wei"),
        person("Becker", rank=3),
        person("Adler", rank=None),
        person("Müller", rank=1),
        person("Muller", rank=None, given="Anna"),
        person("Link", rank=2),
    ]
    # Ranked 1, 2, 3, then the unranked in directory order (umlauts folded: Müller by Muller).
    assert names(protocol.ranked(side)) == ["Müller", "Link", "Becker", "Adler", "Muller", "Zhu"]


def test_without_ranks_the_head_leads_then_members_in_file_order_then_the_silent_roles() -> None:
    side = [
        person("Adler", role="security", order=0),
        person("Bauer", role="press", order=1),
        person("Chen", role="interpreter", order=2),
        person("Zhu", role="member", order=3),
        person("Dorn", role="staff", order=4),
        person("Li", role="head", order=5),
        person("Yang", role="member", order=6),
    ]
    assert names(protocol.ranked(side)) == [
        "Li", "Zhu", "Yang", "Chen", "Dorn", "Bauer", "Adler",
    ]  # fmt: skip
    # An explicit rank always wins, even the staff's over the unranked head.
    side.append(person("Ernst", role="staff", rank=1, order=7))
    assert names(protocol.ranked(side))[:2] == ["Ernst", "Li"]


def test_an_interpreter_or_note_taker_in_the_meeting_does_not_speak_unless_named_speaker() -> None:
    assert not person("Chen", COUNTERPART, meeting_role="interpreter").speaks
    assert not person("Wu", COUNTERPART, meeting_role="note-taker").speaks
    assert person("Xu", role="interpreter", meeting_role="speaker").speaks
    assert person("Chen", COUNTERPART, meeting_role="interpreter").is_interpreter


def test_the_head_is_the_head_by_role_else_the_highest_speaking_rank() -> None:
    interpreter = person("Xu", rank=1, role="interpreter")
    head = protocol.head_of([person("Liang", rank=2), person("Sheng", rank=3, role="head")])
    assert head is not None and head.family_name == "Sheng"
    assert protocol.head_of([interpreter, person("Liang", rank=2)]) == person("Liang", rank=2)
    assert protocol.head_of([interpreter]) is None
    assert names(protocol.side_order([person("A", rank=1), person("B", rank=4, role="head")])) == [
        "B",
        "A",
    ]


def test_speaking_order_host_head_guest_head_then_alternating_by_rank() -> None:
    meeting = MeetingPeople(
        uuid="m",
        title="Talks",
        kind="meeting",
        status="confirmed",
        host_side=COUNTERPART,
        attendees=(
            person("Li", rank=1, role="head"),
            person("Chen", rank=2, role="interpreter"),
            person("Wong", rank=3, role="member"),
            person("Zhao", rank=4, role="staff"),
            person("Schäfer", COUNTERPART, rank=2),
            person("Bruder", COUNTERPART, rank=1),
            person("Klein", COUNTERPART, rank=3),
            person("Weber", COUNTERPART, rank=None, branch="Munich office"),
        ),
    )
    # The counterparts host: their head opens, ours answers, then host, guest, host, ...;
    # interpreters and staff do not speak; people at a branch venue speak in their turn.
    assert names(protocol.speaking_order(meeting)) == [
        "Bruder",
        "Li",
        "Schäfer",
        "Wong",
        "Klein",
        "Weber",
    ]
