"""The editors' validation messages (:func:`planner.editing.validate`), English by key.

Each English template is the message id of its German and Chinese translations in the core's
gettext catalogs (:mod:`planner.i18n`); ``{value}`` and ``{region}`` arrive already quoted
(``'Mars/Base'``).
"""

from __future__ import annotations

from typing import Any

from planner import i18n, records
from planner.i18n import N_, NP_

MESSAGES: dict[str, str] = {
    "required": N_("{label} is required"),
    "zone": N_("unknown time zone {value}"),
    "one_of": N_("{value} is not one of {allowed}"),
    "one_of.sep": NP_("separator of allowed values", ", "),
    "label.title": N_("a title"),
    "label.city": N_("the city"),
    "label.family_name": N_("a family name"),
    "label.person": N_("a person"),
    "label.name": N_("a name"),
    "label.label": N_("a label"),
    "country": N_("a two-letter country code (such as DE or CN) is required"),
    "arrive_or_depart": N_("an arrival or a departure time is required"),
    "depart_before_arrive": N_("the departure is before the arrival"),
    "region": N_("{region} is not a region of {country}"),
    "same_stop": N_("the transfer must go to another stop"),
    "transfer_end": N_("give a stop, or an airport or station for a leg from or to home"),
    "end_before_start": N_("the end must be after the start"),
    "attendee_twice": N_("a person is listed twice"),
    "attendee_role_absent": N_("a role is given to someone who does not attend"),
    "attendee_answer_absent": N_("an answer is given for someone who does not attend"),
    "member_twice": N_("{name} is already in the delegation"),
    "email": N_("{value} is not an e-mail address"),
    "phone.no_country_code": N_("{value}: write the number with + and the country code"),
    "phone.invalid": N_("{value} is not a telephone number"),
    "useful_number": N_("number {row}: {problem}"),
    "precedence": N_("precedence starts at 1"),
    "label.description": N_("a description"),
    "meeting_required": N_("a meeting is required"),
    "language_code": N_("{value} is not a two-letter language code (such as de or zh)"),
    "party_twice": N_("an organization is listed twice"),
    "agreement_exists": N_("the meeting already has an agreement: {title}"),
    "gift_value": N_("the value cannot be negative"),
    "currency": N_("{value} is not a three-letter currency code (such as EUR or CNY)"),
    "currency_missing": N_("a value needs its currency"),
    "same_giver": N_("the giver and the receiver are the same"),
    "arrive_before_depart": N_("the arrival is before the departure"),
    "nationality": N_("{value} is not a country code (such as DE or CN)"),
    "born_in_future": N_("the date of birth is in the future"),
    "passport_number": N_("a passport needs its number"),
    "expires_before_issued": N_("the passport must expire after the day it was issued"),
    "visa_row": N_("visa {row}: {problem}"),
    "visa_area": N_("{value} is not a country code (such as CN) or Schengen"),
    "visa_ends_before_start": N_("the visa ends before it starts"),
    "visa_entries": N_("{value} is not a number of entries (1, 2, …) or multiple"),
    "text.control": N_("holds a control character ({code}) at character {position}"),
    "text.line_break": N_("must be one line (a tab or line break at character {position})"),
    "text.surrogate": N_("holds half of a character ({code}) at character {position}"),
}
"""The English template of each message by key, marked for extraction."""

language_code = i18n.language_code


def message(language: str | None, key: str, **values: object) -> str:
    """The message ``key`` in ``language`` with its placeholders filled."""
    return i18n.translate(language_code(language), MESSAGES[key]).format(**values)


def text_problems(record: Any, language: str | None) -> dict[str, str]:
    """What each text field of ``record`` holds that the store refuses, by field name: the
    rule of :mod:`planner.text_rules`, the same as for trip and contacts files."""
    return {
        name: message(language, f"text.{found.kind}", code=found.code, position=found.position)
        for name, found in records.text_faults(record).items()
    }
