"""The office itself: who organizes its meetings and how its mail leaves, shared by the command
line and the window.

Calendar clients answer an invitation to its ORGANIZER, so the office's name and address go
on every event with attendees and on every invitation it sends. They live in a small JSON
file in the user's settings folder (:func:`planner.paths.config_folder`, which
``$DELEGATION_PLANNER_CONFIG`` moves) rather than in Qt's settings, because ``planner invite``
needs them without Qt.

The SMTP password is never written to that file or any other: it comes from
``$DELEGATION_PLANNER_SMTP_PASSWORD`` or from the system's keychain (``keyring``), where the
settings dialog puts it. Values read from the file are forgiven as the checks' settings are
(a bad port falls back to its default); a file that is not JSON at all is an error naming it.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any

from planner import emails, paths, private_files
from planner.errors import PlannerError

FILE_NAME = "office.json"
PASSWORD_ENV = "DELEGATION_PLANNER_SMTP_PASSWORD"
KEYRING_SERVICE = "Delegation Planner SMTP"
DEFAULT_PORT = 587


class OfficeNotReady(PlannerError):
    """A setting that sending needs is missing or wrong."""


@dataclass(frozen=True)
class OfficeSettings:
    """The office's identity and its mail server. Empty strings mean "not set"."""

    name: str = ""
    email: str = ""
    smtp_host: str = ""
    smtp_port: int = DEFAULT_PORT
    smtp_starttls: bool = True
    smtp_user: str = ""
    drafts_folder: str = ""
    """Where invitations are saved as .eml drafts when mail must go through Outlook."""
    address: str = ""
    """The office's postal address as its letterhead prints it (lines kept): an invitation
    letter names the inviter's address, phone and signatory for the consulate."""
    phone: str = ""
    signatory: str = ""
    """Who signs the office's invitation letters (name as it is printed under the signature)."""
    signatory_function: str = ""
    place: str = ""
    """The city a letter is dated in (``Frankfurt am Main, 7 December 2026``)."""

    @classmethod
    def from_mapping(cls, mapping: dict[str, Any]) -> OfficeSettings:
        """The settings in ``mapping``; unknown keys are ignored, a bad value is its default."""
        values: dict[str, Any] = {}
        for field in fields(cls):
            value = mapping.get(field.name)
            default = getattr(cls, field.name)
            if isinstance(default, bool):
                ok = isinstance(value, bool)
            elif isinstance(default, int):
                ok = isinstance(value, int) and not isinstance(value, bool) and 0 < value < 65536
            else:
                ok = isinstance(value, str)
            if ok:
                values[field.name] = value.strip() if isinstance(value, str) else value
        return cls(**values)

    def to_mapping(self) -> dict[str, Any]:
        return asdict(self)

    @property
    def has_identity(self) -> bool:
        return bool(self.name and emails.is_email(self.email))

    def require_identity(self) -> None:
        """Raise, naming the file and the key, unless name and e-mail are both usable."""
        if not self.email:
            raise _not_set("email", "the office's e-mail address")
        if not emails.is_email(self.email):
            raise OfficeNotReady(
                f"{settings_path()}: email: {self.email!r} is not an e-mail address"
            )
        if not self.name:
            raise _not_set("name", "the office's name")

    def require_smtp(self) -> None:
        if not self.smtp_host:
            raise _not_set("smtp_host", "the mail server")

    def with_changes(self, **changes: Any) -> OfficeSettings:
        return replace(self, **changes)


def _not_set(key: str, what: str) -> OfficeNotReady:
    """A missing setting, named by its file and key for the command line, and by the window's
    dialog that writes the same file for an officer who does not edit JSON files."""
    return OfficeNotReady(
        f"{settings_path()}: {key}: {what} is not set "
        "(set it there, or in the app: Edit > Office and Mail Settings)"
    )


def settings_path() -> Path:
    return paths.config_folder() / FILE_NAME


def load() -> OfficeSettings:
    """The saved settings, or the defaults when there is no file yet."""
    path = settings_path()
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return OfficeSettings()
    except OSError as exc:
        raise PlannerError(f"{path}: cannot read the file ({exc.strerror or exc})") from None
    try:
        mapping = json.loads(text)
    except ValueError as exc:
        line = getattr(exc, "lineno", None)
        place = f", line {line}" if line else ""
        raise PlannerError(f"{path}{place}: not a settings file (JSON): {exc}") from None
    if not isinstance(mapping, dict):
        raise PlannerError(f"{path}: not a settings file (a JSON object was expected)")
    return OfficeSettings.from_mapping(mapping)


def save(settings: OfficeSettings) -> Path:
    """Write the settings owner-only; the password is not a field, so it cannot be written."""
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    data = json.dumps(settings.to_mapping(), indent=2, sort_keys=True, ensure_ascii=False)
    private_files.write_private(path, (data + "\n").encode(), "the office's settings")
    return path


def smtp_password(settings: OfficeSettings) -> str | None:
    """The SMTP password: the environment's, else the keychain's for this user and server."""
    from_env = os.environ.get(PASSWORD_ENV)
    if from_env:
        return from_env
    if not settings.smtp_user:
        return None
    try:
        import keyring  # noqa: PLC0415 - its backends load slowly; only sending needs them
        from keyring.errors import KeyringError  # noqa: PLC0415
    except ImportError:
        return None
    try:
        found: str | None = keyring.get_password(KEYRING_SERVICE, _account(settings))
    except KeyringError:
        return None
    return found


def store_smtp_password(settings: OfficeSettings, password: str) -> None:
    """Keep the password in the system's keychain; raise with a way out when there is none."""
    import keyring  # noqa: PLC0415 - as in smtp_password
    from keyring.errors import KeyringError  # noqa: PLC0415

    try:
        if password:
            keyring.set_password(KEYRING_SERVICE, _account(settings), password)
        else:
            keyring.delete_password(KEYRING_SERVICE, _account(settings))
    except KeyringError as exc:
        if not password:
            return  # nothing was kept: nothing to forget
        raise PlannerError(
            f"the system keychain cannot keep the password ({exc}); "
            f"set {PASSWORD_ENV} in the environment instead"
        ) from None


def _account(settings: OfficeSettings) -> str:
    return f"{settings.smtp_user}@{settings.smtp_host}"
