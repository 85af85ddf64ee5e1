"""Every word the invitation letters and the delegation lists print that is not data.

The English text of each key is the gettext message id of its German and Chinese translations
(:mod:`planner.i18n`), as the briefing pack's labels are; dates are worded by the pack's own
formats (:class:`planner.briefing.labels.Labels`) and countries by CLDR. The letters' wording
follows what the consulates ask for: the Chinese missions' "Format Requirements of Invitation
Letter" (invitee, visit, inviter, all in the body), and the German missions' advice to
inviting companies (each guest with date of birth and passport number, purpose, dates and
places, who pays, a named contact, the original signature).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache

from planner import i18n
from planner.briefing.labels import CHINESE, Labels
from planner.i18n import N_, NP_

TEXTS: dict[str, str] = {
    # Titles and file names' subjects
    "letter.title": N_("Invitation letter"),
    "list.title": N_("Official delegation list"),
    "list.edition.documents": N_(
        "Edition for visa sections, hotels and security: holds personal data, pass on only to them"
    ),
    "list.edition.hosts": N_("Edition for hosts"),
    # The addressee, by the letter's form
    "to.china": N_("To the Embassy or Consulate General of the People's Republic of China"),
    "to.china.section": N_("Visa Office"),
    "to.schengen": N_("To the Embassy or Consulate General of the Federal Republic of Germany"),
    "to.schengen.section": N_("Visa Section"),
    "to.general": N_("To the Embassy or Consulate General of {country}"),
    "to.general.section": N_("Visa Section"),
    # The body
    "subject": N_("Invitation of a delegation: {title}"),
    "salutation": N_("Dear Sir or Madam,"),
    "opening.one": N_(
        "{inviter} hereby invites the person named below to visit {country} from {arrival} "
        "to {departure}."
    ),
    "opening.many": N_(
        "{inviter} hereby invites the {count} persons named below, in the order of the "
        "delegation, to visit {country} from {arrival} to {departure}."
    ),
    "section.invitees": N_("Invited persons"),
    "section.visit": N_("The visit"),
    "section.inviter": N_("The inviting organization"),
    "closing": N_(
        "We kindly ask you to issue the visas required for this visit. For any question, "
        "please contact {contact}."
    ),
    "closing.no_contact": N_("We kindly ask you to issue the visas required for this visit."),
    "regards": N_("Yours faithfully,"),
    "stamp": N_("Official stamp"),
    "signature": N_("Signature"),
    "place_date": N_("{place}, {date}"),
    "draft_note": N_("Draft for {host} to put on its letterhead, complete, stamp and sign."),
    # Fields
    "name_native": N_("Name (native script)"),
    "name_latin": N_("Name as in passport"),
    "gender": N_("Gender"),
    "date_of_birth": N_("Date of birth"),
    "nationality": N_("Nationality"),
    "passport": N_("Passport number"),
    "passport_kind": N_("Passport kind"),
    "function": N_("Function"),
    "organization": N_("Organization"),
    "purpose": N_("Purpose of the visit"),
    "arrival": N_("Arrival"),
    "departure": N_("Departure"),
    "places": N_("Places to visit"),
    "relationship": N_("Relationship to the inviter"),
    "relationship.value": N_("Partner of {inviter}, invited as its guests"),
    "costs": N_("Costs of travel and stay borne by"),
    "address": N_("Address"),
    "phone": N_("Phone"),
    "signatory": N_("Signatory"),
    "number": NP_("list column", "No."),
    "blank": NP_("a field not yet filled", "—"),
    # Vocabularies
    "gender.female": NP_("gender", "female"),
    "gender.male": NP_("gender", "male"),
    "gender.diverse": NP_("gender", "diverse"),
    "passport.ordinary": N_("ordinary passport"),
    "passport.service": N_("service passport"),
    "passport.diplomatic": N_("diplomatic passport"),
    "labelled": N_("{label}: {text}"),
}
"""The English text of each label by key, marked for extraction."""


@dataclass(frozen=True)
class Words:
    """The letters' words in one language (``en``, ``de``, ``zh``)."""

    language: str

    def __getitem__(self, key: str) -> str:
        return i18n.translate(self.language, TEXTS[key])

    def get(self, key: str, **values: object) -> str:
        return self[key].format(**values)

    def word(self, group: str, value: str | None) -> str:
        """A vocabulary word (``gender``, ``female``); the value itself when unknown."""
        if not value:
            return ""
        key = f"{group}.{value}"
        return self[key] if key in TEXTS else value

    def date(self, day: dt.date | None) -> str:
        """``17 June 2024``, ``17. Juni 2024``, ``2024年6月17日``; empty for no day."""
        return _labels(self.language).date(day) if day else ""

    def date_range(self, first: dt.date, last: dt.date) -> str:
        """``16–22 June 2024``, ``16.–22. Juni 2024``, ``2024年6月16日至22日``."""
        return _labels(self.language).date_range(first, last)

    def country(self, code: str | None) -> str:
        """CLDR's name of the country ``code`` (``Deutschland``, ``中国``); the code if none."""
        if not code:
            return ""
        from babel import Locale  # noqa: PLC0415 - loaded when a letter is worded

        found = Locale.parse(i18n.LOCALES[self.language]).territories.get(code.upper())
        return str(found) if found else code

    def series(self, items: list[str]) -> str:
        """``Frankfurt am Main, Nuremberg``; ``法兰克福、纽伦堡``."""
        return ("、" if self.language == CHINESE else ", ").join(i for i in items if i)


@cache
def _labels(language: str) -> Labels:
    return Labels(language)
