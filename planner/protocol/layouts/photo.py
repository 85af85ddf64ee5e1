"""The group photo (合影): who stands where, facing the camera.

Rules (sources: "会见会谈中的座次礼仪", 2018, and the Chinese foreign-affairs guides it
summarises — 合影一般由主人居中, 以主人右首为上, 主客双方间隔排列; see
:mod:`planner.protocol.rules`):

- the hosts' head stands in the centre; the first guest at the host's right, the second guest
  at the host's left; then two hosts beyond them, then two guests, and so on, so that hosts and
  guests alternate along the row, each next place nearest the centre and the side of honour
  first (under ``domestic-cn`` the left);
- nine to a row; further rows stand behind, filled by the same rule;
- when one side has no one left, the other side fills the remaining places.

People joining from a branch venue are not in the photo; they are listed as remote.
"""

from __future__ import annotations

from itertools import islice

from planner.protocol.attendance import MeetingPeople
from planner.protocol.layouts.base import Furniture, Layout, Place, layout_of, present_and_remote
from planner.protocol.rules import FOREIGN_AFFAIRS, alternate, honour
from planner.protocol.seating import GUEST, HOST

ROW = 9


def photo(meeting: MeetingPeople, rules: str = FOREIGN_AFFAIRS) -> Layout:
    first = honour(rules)
    lists, remote = present_and_remote(meeting)
    # Facing the camera (down the drawing), a person's right hand is -x.
    offsets = [0, *islice(alternate(-first), ROW - 1)]
    places: list[Place] = []
    index = 0
    while lists[HOST] or lists[GUEST]:
        row, slot = divmod(index, ROW)
        # Slot 0 is the host's; then pairs of slots go to guests, hosts, guests, ...
        wanted = HOST if slot == 0 else (GUEST if ((slot - 1) // 2) % 2 == 0 else HOST)
        side = wanted if lists[wanted] else (GUEST if wanted == HOST else HOST)
        person = lists[side].pop(0)
        places.append(
            Place(
                f"Row {row + 1}, place {slot + 1}",
                float(offsets[slot]),
                -1.2 * row,
                side,
                person,
                "principal" if index == 0 else "",
                order=index + 1,
            )
        )
        index += 1
    camera = Furniture("camera", 0.0, 2.0, 1.0, 0.6, "Camera")
    return layout_of("photo", rules, meeting, places=places, furniture=(camera,), remote=remote)
