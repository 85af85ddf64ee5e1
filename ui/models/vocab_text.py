"""Words for the trip format's closed vocabularies (:mod:`planner.vocab`), as users read them.

The store keeps the format's fixed words (``site-visit``, ``tentative``); tables show them
translated. Each word is a ``QCoreApplication.translate`` call with the context and the text
spelled out, because ``pyside6-lupdate`` only finds literal calls. The functions return a fresh
mapping, so a table builds it once per reload rather than once per cell.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def meeting_kinds() -> dict[str, str]:
    return {
        "meeting": QCoreApplication.translate("Vocabulary", "Meeting"),
        "site-visit": QCoreApplication.translate("Vocabulary", "Site visit"),
        "conference": QCoreApplication.translate("Vocabulary", "Conference"),
        "signing": QCoreApplication.translate("Vocabulary", "Signing"),
        "banquet": QCoreApplication.translate("Vocabulary", "Banquet"),
        "press": QCoreApplication.translate("Vocabulary", "Press"),
        "briefing": QCoreApplication.translate("Vocabulary", "Briefing"),
        "other": QCoreApplication.translate("Vocabulary", "Other"),
    }


def meeting_statuses() -> dict[str, str]:
    return {
        "tentative": QCoreApplication.translate("Vocabulary", "Tentative"),
        "confirmed": QCoreApplication.translate("Vocabulary", "Confirmed"),
        "cancelled": QCoreApplication.translate("Vocabulary", "Cancelled"),
    }


def trip_statuses() -> dict[str, str]:
    return {
        "draft": QCoreApplication.translate("Vocabulary", "Draft"),
        "planned": QCoreApplication.translate("Vocabulary", "Planned"),
        "confirmed": QCoreApplication.translate("Vocabulary", "Confirmed"),
        "completed": QCoreApplication.translate("Vocabulary", "Completed"),
        "cancelled": QCoreApplication.translate("Vocabulary", "Cancelled"),
    }


def transfer_modes() -> dict[str, str]:
    return {
        "flight": QCoreApplication.translate("Vocabulary", "Flight"),
        "train": QCoreApplication.translate("Vocabulary", "Train"),
        "car": QCoreApplication.translate("Vocabulary", "Car"),
        "bus": QCoreApplication.translate("Vocabulary", "Bus"),
        "ferry": QCoreApplication.translate("Vocabulary", "Ferry"),
        "other": QCoreApplication.translate("Vocabulary", "Transfer"),
    }


def delegation_roles() -> dict[str, str]:
    return {
        "head": QCoreApplication.translate("Vocabulary", "Head of delegation"),
        "member": QCoreApplication.translate("Vocabulary", "Member"),
        "interpreter": QCoreApplication.translate("Vocabulary", "Interpreter"),
        "staff": QCoreApplication.translate("Vocabulary", "Staff"),
        "press": QCoreApplication.translate("Vocabulary", "Press"),
        "security": QCoreApplication.translate("Vocabulary", "Security"),
    }


def trip_sides() -> dict[str, str]:
    return {
        "delegation": QCoreApplication.translate("Vocabulary", "Delegation"),
        "host": QCoreApplication.translate("Vocabulary", "Host side"),
        "third-party": QCoreApplication.translate("Vocabulary", "Third party"),
    }


def protocol_rules() -> dict[str, str]:
    return {
        "foreign-affairs": QCoreApplication.translate(
            "Vocabulary", "Foreign affairs: the right is the place of honour"
        ),
        "domestic-cn": QCoreApplication.translate(
            "Vocabulary", "Domestic Chinese: the left is the place of honour"
        ),
    }


def trip_directions() -> dict[str, str]:
    return {
        "outbound": QCoreApplication.translate("Vocabulary", "Visit made: our delegation travels"),
        "inbound": QCoreApplication.translate("Vocabulary", "Visit received: we host a delegation"),
    }


def attendee_roles() -> dict[str, str]:
    return {
        "participant": QCoreApplication.translate("Vocabulary", "Participant"),
        "speaker": QCoreApplication.translate("Vocabulary", "Speaker"),
        "signatory": QCoreApplication.translate("Vocabulary", "Signatory"),
        "interpreter": QCoreApplication.translate("Vocabulary", "Interpreter"),
        "note-taker": QCoreApplication.translate("Vocabulary", "Note-taker"),
    }


def attendee_answers() -> dict[str | None, str]:
    """An attendee's answer to the invitation; None: no answer yet. Its own context: German
    says a meeting is "vorläufig" but a person accepts "unter Vorbehalt"."""
    return {
        "accepted": QCoreApplication.translate("AttendeeAnswer", "accepted"),
        "declined": QCoreApplication.translate("AttendeeAnswer", "declined"),
        "tentative": QCoreApplication.translate("AttendeeAnswer", "tentative"),
        None: QCoreApplication.translate("AttendeeAnswer", "no answer yet"),
    }


def organization_kinds() -> dict[str, str]:
    return {
        "government": QCoreApplication.translate("Vocabulary", "Government"),
        "company": QCoreApplication.translate("Vocabulary", "Company"),
        "university": QCoreApplication.translate("Vocabulary", "University"),
        "research": QCoreApplication.translate("Vocabulary", "Research"),
        "association": QCoreApplication.translate("Vocabulary", "Association"),
        "media": QCoreApplication.translate("Vocabulary", "Media"),
        "other": QCoreApplication.translate("Vocabulary", "Other"),
    }


def agreement_kinds() -> dict[str, str]:
    return {
        "mou": QCoreApplication.translate("Vocabulary", "MoU", "memorandum of understanding"),
        "letter-of-intent": QCoreApplication.translate("Vocabulary", "Letter of intent"),
        "contract": QCoreApplication.translate("Vocabulary", "Contract"),
        "agreement": QCoreApplication.translate("Vocabulary", "Agreement"),
    }


def agreement_statuses() -> dict[str, str]:
    return {
        "draft": QCoreApplication.translate("Vocabulary", "Draft"),
        "agreed": QCoreApplication.translate("Vocabulary", "Agreed"),
        "signed": QCoreApplication.translate("Vocabulary", "Signed"),
        "cancelled": QCoreApplication.translate("Vocabulary", "Cancelled"),
    }


def gift_directions() -> dict[str, str]:
    return {
        "given": QCoreApplication.translate("Vocabulary", "Given"),
        "received": QCoreApplication.translate("Vocabulary", "Received"),
    }


def word(words: dict[str, str], value: str | None) -> str:
    """The shown word for ``value``; one the vocabulary lacks is shown as stored."""
    if value is None:
        return ""
    return words.get(value, value)


def genders() -> dict[str, str]:
    return {
        "female": QCoreApplication.translate("Vocabulary", "Female"),
        "male": QCoreApplication.translate("Vocabulary", "Male"),
        "diverse": QCoreApplication.translate("Vocabulary", "Diverse"),
    }


def passport_kinds() -> dict[str, str]:
    return {
        "ordinary": QCoreApplication.translate("Vocabulary", "Ordinary passport"),
        "service": QCoreApplication.translate("Vocabulary", "Service passport"),
        "diplomatic": QCoreApplication.translate("Vocabulary", "Diplomatic passport"),
    }
