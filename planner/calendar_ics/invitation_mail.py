"""Invitations as e-mails: sent by SMTP, or saved as .eml drafts for Outlook to send.

The shape is the one Outlook and Gmail recognise as an invitation (with Accept and Decline
buttons): multipart/mixed holding a multipart/alternative of a plain text and the
``text/calendar; method=REQUEST`` part, then the same .ics attached as ``invite.ics``
(``application/ics``) for clients that only look at attachments. The subject and the text are
in the language chosen for the events.

A draft carries ``X-Unsent: 1``, which makes Outlook open the file as a message to send, not
as one received. The SMTP password is handed in by the caller (:func:`planner.office.
smtp_password`) and used only for the login: nothing here writes it anywhere.
"""

from __future__ import annotations

import datetime as dt
import smtplib
import ssl
from collections.abc import Callable, Sequence
from email.message import EmailMessage
from email.utils import format_datetime, formataddr, make_msgid
from pathlib import Path

from planner import i18n, localtime, office, private_files, trips
from planner.calendar_ics.events import Party
from planner.calendar_ics.export import file_name
from planner.calendar_ics.invitations import CANCEL, Invitation, InvitationPlan, plan_invitations
from planner.calendar_ics.labels import Labels
from planner.errors import PlannerError
from planner.i18n import N_
from planner.office import OfficeSettings
from planner.store import Store

SMTP_TIMEOUT = 30.0
"""Seconds to wait for the mail server before the sending fails (and is repeated whole)."""

WORDS: dict[str, str] = {
    "subject.request": N_("Invitation: {title}, {date}"),
    "subject.cancel": N_("Cancelled: {title}, {date}"),
    "greeting": N_("Dear {name},"),
    "request": N_("{office} invites you to: {title}"),
    "cancel": N_(
        "{title} has been cancelled, or you no longer take part in it. "
        "Please remove it from your calendar."
    ),
    "when": N_("When: {span}"),
    "where": N_("Where: {place}"),
    "answer": N_("Please accept or decline with your calendar's buttons."),
}
"""The e-mail's words by key, in English, marked for the core's catalogs."""


def message(plan: InvitationPlan, invitation: Invitation, now: dt.datetime) -> EmailMessage:
    """The e-mail for one invitation, From the office, To the person."""
    say = Labels(plan.language)

    def word(key: str, **values: object) -> str:
        return i18n.translate(plan.language, WORDS[key]).format(**values)

    cancelled = invitation.method == CANCEL
    date = say.date(_local_day(invitation))
    subject = "subject.cancel" if cancelled else "subject.request"
    greeted = invitation.salutation or invitation.recipient.name
    lines = [word("greeting", name=greeted), ""]
    if cancelled:
        lines.append(word("cancel", title=invitation.meeting))
    else:
        lines.append(word("request", office=plan.organizer.name, title=invitation.meeting))
    lines += ["", word("when", span=say.span(invitation.start, invitation.end, invitation.zone))]
    if invitation.location:
        lines.append(word("where", place=invitation.location))
    if not cancelled:
        lines += ["", word("answer")]
    lines += ["", plan.organizer.name]

    mail = EmailMessage()
    mail["Subject"] = " ".join(word(subject, title=invitation.meeting, date=date).split())
    mail["From"] = formataddr((plan.organizer.name, plan.organizer.email))
    mail["To"] = formataddr((invitation.recipient.name, invitation.recipient.email))
    mail["Date"] = format_datetime(now.astimezone(dt.UTC))
    mail["Message-ID"] = make_msgid(domain=plan.organizer.email.rpartition("@")[2])
    mail.set_content("\n".join(lines) + "\n")
    method = invitation.method
    mail.add_alternative(
        invitation.ics,
        maintype="text",
        subtype="calendar",
        params={"method": method, "charset": "UTF-8"},
    )
    mail.add_attachment(
        invitation.ics, maintype="application", subtype="ics", filename="invite.ics"
    )
    return mail


def write_drafts(plan: InvitationPlan, folder: Path, now: dt.datetime | None = None) -> list[Path]:
    """Every invitation as an .eml draft in ``folder``, all or none; the files' paths."""
    now = now or dt.datetime.now(dt.UTC)
    files: dict[Path, bytes] = {}
    for invitation in plan.invitations:
        mail = message(plan, invitation, now)
        mail["X-Unsent"] = "1"
        base = file_name(invitation.method, invitation.recipient.name, invitation.meeting)
        path = folder / Path(base).with_suffix(".eml").name
        number = 2
        while path in files:
            numbered = f"{invitation.meeting} ({number})"
            base = file_name(invitation.method, invitation.recipient.name, numbered)
            path = folder / Path(base).with_suffix(".eml").name
            number += 1
        files[path] = mail.as_bytes()
    if files:
        folder.mkdir(parents=True, exist_ok=True)
        private_files.write_all_private(files, "the invitation drafts")
    return list(files)


def send(
    plan: InvitationPlan,
    settings: OfficeSettings,
    password: str | None,
    *,
    now: dt.datetime | None = None,
    progress: Callable[[int], None] | None = None,
) -> int:
    """Send every invitation over one SMTP connection; the number sent. A failure raises
    naming the server and how many had gone out before it."""
    settings.require_smtp()
    now = now or dt.datetime.now(dt.UTC)
    where = f"{settings.smtp_host}:{settings.smtp_port}"
    mails: Sequence[EmailMessage] = [message(plan, i, now) for i in plan.invitations]
    sent = 0
    try:
        with smtplib.SMTP(settings.smtp_host, settings.smtp_port, timeout=SMTP_TIMEOUT) as smtp:
            if settings.smtp_starttls:
                smtp.starttls(context=ssl.create_default_context())
            if settings.smtp_user:
                if not password:
                    raise PlannerError(
                        f"{where}: no password for {settings.smtp_user} (the system keychain "
                        "holds none; set DELEGATION_PLANNER_SMTP_PASSWORD)"
                    )
                smtp.login(settings.smtp_user, password)
            for mail in mails:
                smtp.send_message(mail)
                sent += 1
                if progress is not None:
                    progress(sent)
    except (smtplib.SMTPException, OSError) as exc:
        raise PlannerError(
            f"{where}: the mail server refused or could not be reached after {sent} of "
            f"{len(mails)} messages ({_reason(exc)}); nothing was recorded as sent"
        ) from None
    return sent


def _local_day(invitation: Invitation) -> dt.date:
    return localtime.local_date(invitation.start, invitation.zone)


def _reason(exc: BaseException) -> str:
    if isinstance(exc, smtplib.SMTPResponseException):
        text = exc.smtp_error.decode(errors="replace") if isinstance(exc.smtp_error, bytes) else ""
        return f"{exc.smtp_code} {text}".strip()
    return str(exc) or type(exc).__name__


def deliver(
    st: Store,
    trip: str,
    settings: OfficeSettings,
    *,
    person: str | None = None,
    language: str = "en",
    drafts: Path | None = None,
    dry_run: bool = False,
    now: dt.datetime | None = None,
) -> InvitationPlan:
    """Plan the trip's invitations and send them by SMTP (``drafts`` None) or save them as
    drafts; a dry run only plans. What was sent is recorded only when all of it went out."""
    settings.require_identity()
    if drafts is None and not dry_run:
        settings.require_smtp()
    organizer = Party(settings.name, settings.email)
    now = now or dt.datetime.now(dt.UTC)
    if dry_run:
        with st.session() as session:
            trip_uuid = trips.find_trip_uuid(session, trip)
            plan = plan_invitations(
                session, trip_uuid, organizer, person=person, language=language, now=now
            )
            session.rollback()
        return plan
    password = None if drafts is not None else office.smtp_password(settings)
    with st.transaction() as session:
        trip_uuid = trips.find_trip_uuid(session, trip)
        plan = plan_invitations(
            session, trip_uuid, organizer, person=person, language=language, now=now
        )
        if drafts is not None:
            write_drafts(plan, drafts, now)
        elif plan.invitations:
            send(plan, settings, password, now=now)
    return plan
