"""The closed vocabularies of the trip format, in one place for the model, the file and the UI.

The trip file (``trip-format.md``) fixes these words; the store enforces them with CHECK
constraints so that a bug elsewhere cannot write a value no other tool understands.
"""

TRIP_STATUSES = ("draft", "planned", "confirmed", "completed", "cancelled")
CLASSIFICATIONS = ("public", "internal", "confidential")
ORGANIZATION_KINDS = (
    "government",
    "company",
    "university",
    "research",
    "association",
    "media",
    "other",
)
DELEGATION_ROLES = ("head", "member", "interpreter", "staff", "press", "security")
TRIP_SIDES = ("delegation", "host", "third-party")
"""The side a person of a trip is on; ``delegation`` is implied by a delegation member row,
so the store and the trip file hold only the other two on the person's link to the trip."""
COUNTERPART_SIDES = ("host", "third-party")
ATTENDEE_ROLES = ("participant", "speaker", "signatory", "interpreter", "note-taker")
"""A person's role in one meeting (an extension of trip format v1); ``participant`` is the
default and is what an attendee without a role has."""
ATTENDEE_ANSWERS = ("accepted", "declined", "tentative")
"""An attendee's answer to the invitation (iCalendar PARTSTAT of a REPLY); an attendee who has
not answered has none (PARTSTAT NEEDS-ACTION)."""
PROTOCOL_RULES = ("foreign-affairs", "domestic-cn")
"""The trip's rule set for places of honour (an extension of trip format v1): the right
(``foreign-affairs``, the default) or the left (``domestic-cn``); :mod:`planner.protocol.rules`
says what each means."""
TRIP_DIRECTIONS = ("outbound", "inbound")
"""Who travels (an extension of trip format v1): ``outbound``, a visit made, the office's own
delegation travels (the default, what every trip was before); ``inbound``, a visit received,
the office hosts a delegation. Chinese names the two differently (出访, 来访), German as well
(Delegationsreise, Besuch einer Delegation); the documents' titles follow it."""
TRANSFER_MODES = ("flight", "train", "car", "bus", "ferry", "other")
MEETING_KINDS = (
    "meeting",
    "site-visit",
    "conference",
    "signing",
    "banquet",
    "press",
    "briefing",
    "other",
)
MEETING_STATUSES = ("tentative", "confirmed", "cancelled")
AGREEMENT_KINDS = ("mou", "letter-of-intent", "contract", "agreement")
AGREEMENT_STATUSES = ("draft", "agreed", "signed", "cancelled")
GIFT_DIRECTIONS = ("given", "received")
