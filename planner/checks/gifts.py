"""``gift-value``: a gift worth more than the office's limit, which needs approval.

Public bodies on both sides cap what their people may give and accept without approval, so
every gift given or received above the limit (:attr:`CheckSettings.gift_limit`, in euros) is
reported before it changes hands.

No exchange rates are used: they would have to come from somewhere and would be out of date
the next day. So:

- a value in euros, or without a currency (taken to be the office's euros), is compared with
  the limit;
- a value in another currency is reported when its number alone is above the limit, with a
  message saying the amount was not converted. For a currency whose unit is worth less than a
  euro (the yuan, the dollar, the yen) this misses nothing: a number at or below the limit is
  worth less than the limit. A gift valued in a stronger currency (pounds, Swiss francs)
  should be entered in euros for the check to judge it.

Gifts without a value, and gifts at cancelled meetings, are not checked.
"""

from __future__ import annotations

from collections.abc import Iterator

from planner.checks.facts import GiftFact, TripFacts
from planner.checks.messages import ENGLISH_WORDS, Words
from planner.checks.problems import GIFT_VALUE, WARNING, Problem
from planner.checks.settings import GIFT_CURRENCY, CheckSettings


def check_gifts(
    facts: TripFacts, settings: CheckSettings, words: Words = ENGLISH_WORDS
) -> Iterator[Problem]:
    meetings = {m.uuid: m for m in facts.meetings}
    for gift in facts.gifts:
        meeting = meetings.get(gift.meeting_uuid)
        if meeting is None or meeting.cancelled or gift.value is None:
            continue
        if gift.value <= settings.gift_limit:
            continue
        currency = (gift.currency or GIFT_CURRENCY).upper()
        key = "gift.over" if currency == GIFT_CURRENCY else "gift.other_currency"
        text = words.text(
            key,
            gift=words.quoted(gift.description),
            direction=_direction(gift, words),
            title=words.quoted(meeting.title),
            when=words.when(meeting.start, meeting.zone),
            value=words.money(gift.value, currency),
            limit=words.money(settings.gift_limit, GIFT_CURRENCY),
            currency=currency,
        )
        yield Problem(
            kind=GIFT_VALUE,
            severity=WARNING,
            message=text,
            items=(meeting.title,),
            people=tuple(p for p in (gift.giver, gift.receiver) if p),
            instant=meeting.start,
            zone=meeting.zone,
            meeting_uuids=(meeting.uuid,),
            stop_uuid=meeting.stop_uuid,
        )


def _direction(gift: GiftFact, words: Words) -> str:
    """``given to Commerzbank``, ``received from Sheng Lei (盛蕾)``."""
    party = gift.receiver if gift.direction == "given" else gift.giver
    person = gift.receiver_person if gift.direction == "given" else gift.giver_person
    if person is not None:
        party = person.shown(words.language)
    direction = "received" if gift.direction == "received" else "given"
    if party:
        return words.text(f"gift.{direction}", party=party)
    return words.text(f"gift.{direction}_nobody")
