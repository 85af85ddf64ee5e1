"""Where the arrow keys take the keyboard on the schedule grid; no Qt here.

Up and Down walk the blocks in reading order (a day from the top, then the next day), so a
screen-reader user hears the days' meetings and transfers one after another as a list; Left
and Right go sideways: to the block beside in the same hour (overlapping meetings stand in
lanes), else to the block nearest in time on the nearest day that has one. Home and End go to
the first and last block shown. A meeting past midnight is drawn in two columns: the keys
remember which piece they are on and never stop twice on the same meeting.
"""

from __future__ import annotations

from ui.views.schedule.layout import Block, Layout

UP, DOWN, LEFT, RIGHT, HOME, END = "up", "down", "left", "right", "home", "end"


def reading_order(layout: Layout) -> list[Block]:
    """Every block by day, then from the top, then from the left."""
    return sorted(layout.blocks, key=lambda b: (b.column, b.top, b.x))


def first_in_sight(layout: Layout, top: float, bottom: float) -> Block | None:
    """The first block in reading order that is in sight between ``top`` and ``bottom``
    (content pixels), else the first block at all: where the keys start with nothing
    selected."""
    order = reading_order(layout)
    return next(
        (b for b in order if b.bottom > top and b.top < bottom), order[0] if order else None
    )


def piece(layout: Layout, uuid: str, column: int | None) -> Block | None:
    """The piece of ``uuid`` in the column at position ``column`` (else its first piece)."""
    pieces = layout.blocks_of(uuid)
    return next((b for b in pieces if b.column == column), pieces[0] if pieces else None)


def neighbour(layout: Layout, current: Block, direction: str) -> Block | None:
    """The block the key ``direction`` goes to from ``current``; None at an edge."""
    order = [b for b in reading_order(layout) if b.uuid != current.uuid or b is current]
    others = [b for b in order if b.uuid != current.uuid]
    if direction in (HOME, END):
        ends = others or order
        return (ends[0] if direction == HOME else ends[-1]) if ends else None
    if direction in (UP, DOWN):
        at = order.index(current)
        rest = order[at + 1 :] if direction == DOWN else order[:at][::-1]
        return rest[0] if rest else None
    right = direction == RIGHT
    beside = [
        b
        for b in others
        if b.column == current.column
        and b.top < current.bottom
        and current.top < b.bottom
        and (b.x > current.x if right else b.x < current.x)
    ]
    if beside:
        return min(beside, key=lambda b: abs(b.x - current.x))
    columns = sorted(
        {
            b.column
            for b in others
            if (b.column > current.column if right else b.column < current.column)
        },
        reverse=not right,
    )
    if not columns:
        return None
    middle = (current.top + current.bottom) / 2
    there = [b for b in others if b.column == columns[0]]
    return min(there, key=lambda b: (abs((b.top + b.bottom) / 2 - middle), b.x))
