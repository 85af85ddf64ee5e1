"""The two rule sets for which side is the place of honour; an office chooses one per trip.

- ``foreign-affairs`` (the default): the right is the place of honour (以右为上), the
  international practice that Chinese foreign-affairs protocol adopted; the guest sits at the
  host's right. Sources: "会见会谈中的座次礼仪——新编公务员外事礼仪" (2018,
  https://freewechat.com/a/MzI0MjU5ODQxOQ==/2247484174/1); exam guide on 涉外会晤座次
  (https://m.examk.com/p/3400308398.html: 面门为上, 以右为上); US Office of the Chief of
  Protocol, "Summary Guide to Working with Foreign Dignitaries" (2007: seating and table
  diagrams, place cards).
- ``domestic-cn``: in domestic Chinese political settings the left is the place of honour
  (以左为上, 左高右低: the NPC and Party congresses seat by it, same 2018 source). Every
  honour-by-side rule is mirrored; the interpreter's seat is practical and stays at the
  principal's right.
"""

from __future__ import annotations

from collections.abc import Iterator

from planner import vocab
from planner.errors import PlannerError

RULE_SETS = vocab.PROTOCOL_RULES
FOREIGN_AFFAIRS, DOMESTIC_CN = RULE_SETS


class UnknownRules(PlannerError):
    """A rule set the layouts do not know."""


def check_rules(rules: str) -> str:
    if rules not in RULE_SETS:
        raise UnknownRules(f"rules: unknown rule set {rules!r} (one of {', '.join(RULE_SETS)})")
    return rules


def honour(rules: str) -> int:
    """+1 when the right is the place of honour, -1 when the left is."""
    return 1 if check_rules(rules) == FOREIGN_AFFAIRS else -1


def alternate(first: int) -> Iterator[int]:
    """``first``, ``-first``, ``2 * first``, ``-2 * first``, ...: nearest first, the side of
    honour before the other."""
    distance = 1
    while True:
        yield first * distance
        yield -first * distance
        distance += 1
