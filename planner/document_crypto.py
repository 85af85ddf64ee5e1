"""Travel documents encrypted at rest, with a key kept outside the store.

A passport number with a name and a date of birth is as good as an identity (issue 23), and a
store travels: it is copied, backed up, shared over PostgreSQL. So a person's documents are
kept encrypted (Fernet from ``cryptography``: AES in CBC mode with an HMAC, so a changed or
foreign text is refused, not misread), and the key is never in the store. Where it is, first
found first:

1. ``$DELEGATION_PLANNER_DOCUMENTS_KEY``: for tests, CI, and a team sharing a PostgreSQL store,
   whose members must all use the same key (each sets the variable, or puts the same key in
   their keychain; a member with another key reads no one's documents);
2. the key file ``documents.key`` in the settings folder (:func:`planner.paths.config_folder`),
   written owner-only where the computer has no system keychain; once written it stays the key
   (a keychain installed later does not replace it, or what it sealed could not be read);
3. the system keychain (``keyring``: Windows Credential Manager, macOS Keychain, the Secret
   Service on Linux), where the first key is made and kept.

A keychain that exists but does not answer (locked, its service gone) is an error with a way
out, never a reason to make a new key: a new key would lock out everything sealed before.

A stored text names the key it was sealed with by a short fingerprint, so that a text this
computer cannot open says whose documents they are and which key they need, instead of failing
as if damaged; the fingerprint tells nothing of the key (32 bits of its SHA-256).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
from pathlib import Path

from planner import paths, private_files
from planner.errors import PlannerError

KEY_ENV = "DELEGATION_PLANNER_DOCUMENTS_KEY"
KEY_FILE = "documents.key"
KEYRING_SERVICE = "Delegation Planner documents"
KEYRING_ACCOUNT = "documents key"
_PREFIX = "dp1"
"""The format of a stored text: ``dp1:<fingerprint>:<Fernet token>``."""

_cached: dict[Path, bytes] = {}
"""The key found in the settings folder or the keychain, per settings folder: asking the
keychain takes a round trip to its service (tens of milliseconds, a prompt on some systems)."""


class DocumentsKeyError(PlannerError):
    """No key can be found or made on this computer; nothing can be sealed or opened."""


class DocumentsUnreadable(PlannerError):
    """A person's stored documents do not open with this computer's key (or are damaged)."""


def seal(plain: bytes) -> str:
    """``plain`` encrypted with this computer's key, made on first use."""
    from cryptography.fernet import Fernet  # noqa: PLC0415 - only documents need it

    key = _key(create=True)
    if key is None:  # made when missing; a keychain that took it and gives nothing back
        raise DocumentsKeyError(f"no documents key could be kept: set {KEY_ENV}")
    token = Fernet(key).encrypt(plain).decode("ascii")
    return f"{_PREFIX}:{fingerprint(key)}:{token}"


def unseal(stored: str, whose: str) -> bytes:
    """The plain text of ``stored``; ``whose`` names the person in the error (a one-line
    message, never a traceback) when this computer's key does not open it."""
    from cryptography.fernet import Fernet, InvalidToken  # noqa: PLC0415 - as in seal

    prefix, sep, rest = stored.partition(":")
    needed, sep2, token = rest.partition(":")
    if prefix != _PREFIX or not sep or not sep2:
        raise DocumentsUnreadable(f"{whose}: the stored travel documents are damaged")
    key = _key(create=False)
    if key is None:
        raise DocumentsUnreadable(
            f"{whose}: the travel documents were encrypted with key {needed}, and this "
            f"computer has no documents key; {_how_to_share()}"
        )
    if fingerprint(key) != needed:
        raise DocumentsUnreadable(
            f"{whose}: the travel documents were encrypted with key {needed}, this computer's "
            f"key is {fingerprint(key)}; {_how_to_share()}"
        )
    try:
        return Fernet(key).decrypt(token.encode("ascii"))
    except (InvalidToken, UnicodeEncodeError):
        raise DocumentsUnreadable(
            f"{whose}: the stored travel documents are damaged (they do not decrypt)"
        ) from None


def fingerprint(key: bytes) -> str:
    """Eight hex digits naming a key in messages and stored texts, revealing nothing of it."""
    return hashlib.sha256(key).hexdigest()[:8]


def new_key() -> str:
    """A fresh key in the form ``$DELEGATION_PLANNER_DOCUMENTS_KEY`` takes."""
    from cryptography.fernet import Fernet  # noqa: PLC0415 - as in seal

    return Fernet.generate_key().decode("ascii")


def current_key(*, create: bool = False) -> str | None:
    """This computer's key as text (to give to a colleague sharing the store), None when there
    is none yet and ``create`` is false."""
    key = _key(create=create)
    return None if key is None else key.decode("ascii")


def key_origin() -> str | None:
    """Where this computer's key is found (``$DELEGATION_PLANNER_DOCUMENTS_KEY``, the key
    file's path, or ``the system keychain``); None when it has none yet."""
    if os.environ.get(KEY_ENV):
        return f"${KEY_ENV}"
    path = paths.config_folder() / KEY_FILE
    if path.exists():
        return str(path)
    return "the system keychain" if current_key() is not None else None


def forget_cached_key() -> None:
    """Look the key up again on next use (after it was moved, and in tests)."""
    _cached.clear()


def _key(*, create: bool) -> bytes | None:
    from_env = os.environ.get(KEY_ENV)
    if from_env:
        return _checked(from_env, f"${KEY_ENV}")
    folder = paths.config_folder()
    if folder in _cached:
        return _cached[folder]
    key = _from_file(folder / KEY_FILE)
    if key is None:
        key = _from_keychain(folder / KEY_FILE, create=create)
    if key is not None:
        _cached[folder] = key
    return key


def _from_file(path: Path) -> bytes | None:
    try:
        text = path.read_text(encoding="ascii").strip()
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as exc:
        raise DocumentsKeyError(f"{path}: cannot read the documents key ({exc})") from None
    return _checked(text, str(path))


def _from_keychain(key_file: Path, *, create: bool) -> bytes | None:
    """The keychain's key; made and kept there when ``create``; where there is no keychain at
    all, made and kept in ``key_file`` instead."""
    try:
        import keyring  # noqa: PLC0415 - its backends load slowly; only documents need them
        from keyring.errors import KeyringError, NoKeyringError  # noqa: PLC0415
    except ImportError:
        return _new_key_file(key_file) if create else None
    try:
        found = keyring.get_password(KEYRING_SERVICE, KEYRING_ACCOUNT)
        if found:
            return _checked(found, "the system keychain's documents key")
        if not create:
            return None
        made = new_key()
        keyring.set_password(KEYRING_SERVICE, KEYRING_ACCOUNT, made)
        return made.encode("ascii")
    except NoKeyringError:
        return _new_key_file(key_file) if create else None
    except (KeyringError, RuntimeError) as exc:
        raise DocumentsKeyError(
            f"the system keychain does not answer ({exc or type(exc).__name__}): unlock it, "
            f"or set {KEY_ENV} to the documents key"
        ) from None


def _new_key_file(path: Path) -> bytes:
    made = new_key()
    path.parent.mkdir(parents=True, exist_ok=True)
    private_files.write_private(path, (made + "\n").encode("ascii"), "the documents key")
    return made.encode("ascii")


def _checked(text: str, where: str) -> bytes:
    key = text.strip().encode("ascii", errors="replace")
    try:
        raw = base64.urlsafe_b64decode(key)
    except (binascii.Error, ValueError):
        raw = b""
    if len(raw) != 32:
        raise DocumentsKeyError(
            f"{where}: not a documents key (44 characters of URL-safe base64, 32 bytes)"
        )
    return key


def _how_to_share() -> str:
    return (
        f"set {KEY_ENV} to the key the documents were entered with "
        "(every computer sharing a store needs the same key)"
    )
