"""A signing ceremony (签字仪式) laid out as Chinese foreign-affairs practice sets it.

Rules (sources: "会见会谈中的座次礼仪", 2018, see :mod:`planner.protocol.rules`; Nantong
Foreign Affairs Office, 礼宾接待规范, 2020, for the materials; the US Office of the Chief of
Protocol's 2007 guide for flag display):

- one signing table facing the room, the two signatories seated side by side behind it; the
  host on the left and the guest on the right as they face the room (主左客右: the guest takes
  the place of honour at the host's right). Under ``domestic-cn`` the sides swap;
- a flag stand with both flags on the table between the two signatories;
- a signing assistant (助签人) stands at each signatory's outer side to turn the pages and show
  where to sign; the place is drawn empty for the office to fill;
- each delegation stands behind its own signatory in rank order, the highest nearest the middle
  of the table, four to a row, further rows behind;
- a signatory who signs from a branch venue is drawn at that venue beside the table (a screen),
  not in a chair; others joining from a branch venue are listed as remote.

Who signs: an attendee with the meeting role ``signatory`` (the first by rank on each side),
else each side's head (:func:`~planner.protocol.layouts.base.signatory_of`).
"""

from __future__ import annotations

from planner.protocol.attendance import MeetingPeople
from planner.protocol.layouts.base import Furniture, Layout, Place, layout_of, signatory_of
from planner.protocol.precedence import side_order
from planner.protocol.rules import FOREIGN_AFFAIRS, honour
from planner.protocol.seating import GUEST, HOST, Remote

CHAIR_Y = -0.9
"""The signatories sit behind the table (up the drawing) facing the room (down)."""
ROW = 4
"""People standing in one row behind a signatory."""
VENUE_X = 4.0


def signing(meeting: MeetingPeople, rules: str = FOREIGN_AFFAIRS) -> Layout:
    # Facing down the drawing, a signatory's right hand is -x: under foreign-affairs the guest
    # sits at -1 (the host's right) and the host at +1.
    host_x = float(honour(rules))
    places: list[Place] = []
    furniture = [
        Furniture("table", 0.0, 0.0, 5.0, 0.5, "Signing table"),
        Furniture("flags", 0.0, CHAIR_Y, 0.6, 0.6, "Flags"),
        Furniture("door", 0.0, 1.2, 1.2, 0.2, "Door"),
    ]
    remote: list[Remote] = []
    for place, side, x in ((HOST, meeting.host_side, host_x), (GUEST, meeting.guest_side, -host_x)):
        word = "Host" if place == HOST else "Guest"
        people = meeting.side(side)
        signer = signatory_of(people)
        outward = 1.0 if x > 0 else -1.0
        if signer is not None and signer.branch is not None:
            vx = outward * VENUE_X
            furniture.append(Furniture("venue", vx, CHAIR_Y, 2.4, 1.5, signer.branch))
            places.append(
                Place(
                    f"{word} signatory at {signer.branch}",
                    vx,
                    CHAIR_Y + 0.2,
                    place,
                    signer,
                    "signatory",
                    venue=signer.branch,
                )
            )
        elif signer is not None:
            places.append(Place(f"{word} signatory", x, CHAIR_Y, place, signer, "signatory"))
            places.append(
                Place(f"{word} signing assistant", x + outward, CHAIR_Y, place, role="assistant")
            )
        standing = [a for a in side_order(people) if a is not signer]
        remote += [Remote(place, a.branch, a) for a in standing if a.branch is not None]
        present = [a for a in standing if a.branch is None]
        for index, person in enumerate(present):
            row, column = divmod(index, ROW)
            places.append(
                Place(
                    f"{word} side, standing, row {row + 1}",
                    outward * (0.5 + column),
                    CHAIR_Y - 1.2 - row,
                    place,
                    person,
                    "standing",
                    order=index + 1,
                )
            )
    return layout_of("signing", rules, meeting, places=places, furniture=furniture, remote=remote)
