"""What the invitation tests share: the office, a trip whose people have e-mail addresses,
and a real SMTP server (aiosmtpd) on 127.0.0.1 at a free port.

The server keeps every message it receives, parsed, and every login; a login succeeds with
:data:`PASSWORD` only. AUTH is offered without TLS: the conversation never leaves the machine.
"""

from __future__ import annotations

import contextlib
import email
import email.policy
import json
import socket
from collections.abc import Iterator
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult

from planner import store, trips
from planner.office import OfficeSettings
from tests.conftest import NANSHAN

PASSWORD = "correct horse battery staple"
OFFICE = OfficeSettings(
    name="Economic Development Office",
    email="protocol@office.example.org",
    smtp_host="127.0.0.1",
    smtp_starttls=False,
)
EMAILS = {"li-head": "li.wei@example.cn", "chen-interp": "chen.jing@example.cn"}
"""Addresses for Nanshan's head of delegation and interpreter, by their keys in the file."""


def trip_with_addresses(st: store.Store, folder: Path) -> str:
    """Nanshan's trip, imported with :data:`EMAILS`: its UUID."""
    data = json.loads(NANSHAN.read_text(encoding="utf-8"))
    for person in data["people"]:
        if person["key"] in EMAILS:
            person["email"] = EMAILS[person["key"]]
    path = folder / "nanshan-with-mail.trip.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with st.transaction() as session:
        return trips.import_trip(session, path).uuid


class Inbox:
    """What the local SMTP server received, and with which login."""

    def __init__(self) -> None:
        self.messages: list[EmailMessage] = []
        self.logins: list[tuple[bytes, bytes]] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802
        parsed = email.message_from_bytes(envelope.content, policy=email.policy.default)
        assert isinstance(parsed, EmailMessage)
        self.messages.append(parsed)
        return "250 OK"

    def authenticate(
        self, server: Any, session: Any, envelope: Any, mechanism: str, data: Any
    ) -> AuthResult:
        self.logins.append((data.login, data.password))
        # handled=False: aiosmtpd answers a refused login with 535, as a real server does;
        # by default it leaves the answer to the handler, and the client waited 30 s for it.
        return AuthResult(success=data.password == PASSWORD.encode(), handled=False)


@contextlib.contextmanager
def running() -> Iterator[tuple[Inbox, int]]:
    """The server, started on a free port of 127.0.0.1 and stopped at the end; its inbox and
    port."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    inbox = Inbox()
    controller = Controller(
        inbox,
        hostname="127.0.0.1",
        port=port,
        authenticator=inbox.authenticate,
        auth_require_tls=False,
        ready_timeout=10,
    )
    controller.start()
    try:
        yield inbox, port
    finally:
        controller.stop()
