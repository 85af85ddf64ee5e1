"""A read-only store in the window's words: why the user may only read, and every action that
would write turned off with that reason as its tip.

The core decides who may write (:mod:`planner.roles`, in the command line's English); the main
window and the companion windows say it alike from here, in the installed language. Texts keep
the ``MainWindow`` translation context they had in the window.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from sqlalchemy.exc import SQLAlchemyError

from planner import roles
from planner.store import Store


def access_of(store: Store) -> roles.Access:
    """What the user may do in ``store``. A store that cannot say now is treated as writable:
    the store refuses a write itself anyway, and a passing outage should not lock the window."""
    try:
        return roles.access(store)
    except SQLAlchemyError:
        return roles.Access(roles.ADMINISTRATOR)


def reason(access: roles.Access) -> str | None:
    """Why the user may only read, in the interface's language (None: they may write)."""
    if access.may_write:
        return None
    if access.cause == roles.VIEWER_ROLE:
        return QCoreApplication.translate(
            "MainWindow", "{user} may only read this store (viewer role)"
        ).format(user=access.subject)
    if access.cause == roles.READ_ONLY_FILE:
        return QCoreApplication.translate("MainWindow", "{file} is read-only").format(
            file=access.subject
        )
    if access.cause == roles.UNREADABLE_FILE:
        return QCoreApplication.translate("MainWindow", "{file} cannot be read").format(
            file=access.subject
        )
    return access.reason


def notice(reason: str) -> str:
    """The sentence a tip or the status bar shows in read-only mode."""
    return QCoreApplication.translate(
        "MainWindow", "Read-only: {reason}. You can look at everything but change nothing."
    ).format(reason=reason)


def turn_off(actions: Iterable[QAction], reason: str | None) -> None:
    """Turn ``actions`` off with the reason as their tip when the store is read-only
    (``reason`` not None); otherwise leave them as they are."""
    if reason is None:
        return
    text = notice(reason)
    for action in actions:
        action.setEnabled(False)
        action.setToolTip(text)
        action.setStatusTip(text)
