"""A field's problem is announced, not only painted (EN 301 549 / WCAG 3.3.1, 4.1.3): the
message becomes the field's accessible description with a description-changed event and an
alert, so a screen reader speaks it while the user types; the reason OK is unavailable is
on a line Tab reaches, named with the whole reason."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.ui.test_dialogs import CONTEXT
from tests.ui.test_editor_help import STOP
from ui.dialogs.stop_dialog import StopDialog
from ui.widgets import messages


@dataclass
class Announcements:
    """What assistive technology is told, as (event, object name, description then)."""

    heard: list[tuple[str, str, str]] = field(default_factory=list)
    Event = QAccessible.Event

    def isActive(self) -> bool:  # noqa: N802 - QAccessible's name
        return True  # a screen reader is listening

    def updateAccessibility(self, event: QAccessibleEvent) -> None:  # noqa: N802
        target = event.object()
        assert isinstance(target, QObject)
        interface = QAccessible.queryAccessibleInterface(target)
        said = interface.text(QAccessible.Text.Description) if interface else ""
        self.heard.append((event.type().name, target.objectName(), said))


@pytest.fixture
def screen_reader(monkeypatch: pytest.MonkeyPatch) -> Announcements:
    """Qt's offscreen platform has no accessibility bridge; this stands in for one."""
    listening = Announcements()
    monkeypatch.setattr(messages, "QAccessible", listening)
    return listening


def test_a_problem_typed_into_a_field_is_announced_and_its_end_too(
    qtbot: QtBot, screen_reader: Announcements
) -> None:
    dialog = StopDialog(CONTEXT, STOP)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.city, timeout=5000)
    screen_reader.heard.clear()
    dialog.city.clear()
    assert ("DescriptionChanged", "city", "the city is required") in screen_reader.heard
    assert ("Alert", "city", "the city is required") in screen_reader.heard
    interface = QAccessible.queryAccessibleInterface(dialog.city)
    assert interface.text(QAccessible.Text.Description) == "the city is required"
    screen_reader.heard.clear()
    qtbot.keyClicks(dialog.city, "Frankfurt")
    changed = [said for event, name, said in screen_reader.heard if name == "city"]
    assert changed and "required" not in changed[-1]  # back to its hint, told as well
    assert not [event for event in screen_reader.heard if event[0] == "Alert"]


def test_the_reason_ok_is_unavailable_is_spoken_where_tab_reaches_it(qtbot: QtBot) -> None:
    dialog = StopDialog(CONTEXT, STOP)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.city, timeout=5000)
    dialog.city.clear()
    assert not dialog.ok_button().isEnabled()
    for _ in range(40):
        if QApplication.focusWidget() is dialog.reason:
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.reason
    spoken = QAccessible.queryAccessibleInterface(dialog.reason).text(QAccessible.Text.Name)
    assert spoken == "Cannot save yet: City: the city is required"
    ok = QAccessible.queryAccessibleInterface(dialog.ok_button())
    assert ok.text(QAccessible.Text.Description) == "City: the city is required"
