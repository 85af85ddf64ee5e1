"""The walk a screen reader makes through a window: Qt's accessibility tree from the top, as
AT-SPI, UI Automation and NSAccessibility are fed from it, not the widgets' own properties.

Shared by the tests that fail on an unnamed control and by ``tools/accessibility_walk.py``,
which prints the tree (the before/after figures of issue 24).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QDialog, QWidget

from planner.checks import CheckSettings
from planner.office import OfficeSettings
from planner.records import TripContext
from ui.dialogs.agreement_dialog import AgreementDialog
from ui.dialogs.branch_venue_dialog import BranchVenueDialog
from ui.dialogs.check_settings import CheckSettingsDialog
from ui.dialogs.connect_store import ConnectStoreDialog
from ui.dialogs.contacts_export import ContactsExportDialog
from ui.dialogs.duplicate_trip import DuplicateTripDialog
from ui.dialogs.follow_up_dialog import FollowUpDialog
from ui.dialogs.gift_dialog import GiftDialog
from ui.dialogs.office_settings import OfficeSettingsDialog
from ui.editors import DIALOGS

Role = QAccessible.Role

INTERACTIVE = frozenset(
    {
        Role.EditableText,
        Role.ComboBox,
        Role.CheckBox,
        Role.RadioButton,
        Role.PushButton,
        Role.ButtonMenu,
        Role.ButtonDropDown,
        Role.SpinBox,
        Role.Table,
        Role.List,
        Role.Tree,
        Role.PageTab,
        Role.PageTabList,
        Role.Slider,
    }
)
"""The roles a user operates: each must say what it is for."""

# A screen reader reads these as one control; their children are cells, a popup's rows or
# the arrows of a spin box, which speak their own text.
_WHOLE = frozenset({Role.Table, Role.List, Role.Tree, Role.ComboBox, Role.SpinBox, Role.ScrollBar})


@dataclass(frozen=True)
class Node:
    depth: int
    role: QAccessible.Role
    name: str
    description: str
    widget: QWidget | None

    @property
    def label(self) -> str:
        """The control as a developer finds it: class#objectName."""
        if self.widget is None:
            return f"({self.role.name})"
        return f"{type(self.widget).__name__}#{self.widget.objectName()}"

    @property
    def interactive(self) -> bool:
        return self.role in INTERACTIVE

    @property
    def named(self) -> bool:
        """Whether the name says something: "◀" or "+" is read as "black left-pointing
        triangle" or "plus", not as what the button does."""
        return any(char.isalnum() for char in self.name)


def walk(widget: QWidget) -> list[Node]:
    """Every visible accessible object under ``widget``, in the tree's order."""
    found: list[Node] = []
    root = QAccessible.queryAccessibleInterface(widget)
    if root is not None:
        _visit(root, 0, found)
    return found


def unnamed(widget: QWidget) -> list[str]:
    """Each visible interactive control under ``widget`` without a name, as "Role class#name"."""
    return [f"{n.role.name} {n.label}" for n in walk(widget) if n.interactive and not n.named]


def dump(widget: QWidget) -> list[str]:
    """The tree as a screen-reader user meets it: role, name and description, indented."""
    lines = []
    for node in walk(widget):
        described = f" — {' / '.join(node.description.splitlines())}" if node.description else ""
        lines.append(f"{'  ' * node.depth}{node.role.name} {node.name!r}{described} [{node.label}]")
    return lines


def _visit(interface: QAccessibleInterface, depth: int, found: list[Node]) -> None:
    if interface.state().invisible:
        return
    role = interface.role()
    target = interface.object()
    widget = target if isinstance(target, QWidget) else None
    found.append(
        Node(
            depth,
            role,
            _name(interface).strip(),
            interface.text(QAccessible.Text.Description),
            widget,
        )
    )
    if role in _WHOLE:
        return
    for index in range(interface.childCount()):
        child = interface.child(index)
        if child is not None and child.isValid():
            _visit(child, depth + 1, found)


def _name(interface: QAccessibleInterface) -> str:
    """What the control is called. On Linux Qt answers a combo box's name with its current
    value (AT-SPI reads its label through the labelled-by relation); on Windows and macOS the
    accessible name or the label is the name. A combo box is named when it has either, so that
    "All stops" is not taken for a name on any system."""
    if interface.role() != Role.ComboBox:
        return interface.text(QAccessible.Text.Name)
    widget = interface.object()
    own = widget.accessibleName() if isinstance(widget, QWidget) else ""
    labels = [
        label.text(QAccessible.Text.Name)
        for label, _relation in interface.relations(QAccessible.RelationFlag.Label)
    ]
    return own or " ".join(labels)


def dialogs(window: QWidget, context: TripContext | None) -> list[QDialog]:
    """Every record editor ``ui.editors`` maps, the registers' and branch venues' editors, and
    the main window's dialogs, made (not shown) for the open trip's ``context``."""
    made: list[QDialog] = [editor(context, None, window) for editor in DIALOGS.values()]
    made += [
        BranchVenueDialog(context, None, window),
        AgreementDialog([], None, window),
        FollowUpDialog([], None, window),
        GiftDialog([], None, window),
        DuplicateTripDialog(context.title if context else "", dt.date(2024, 6, 16), window),
        CheckSettingsDialog(CheckSettings(), window),
        ConnectStoreDialog([], window),
        OfficeSettingsDialog(OfficeSettings(), window),
        ContactsExportDialog(5, 5, 1, window),
    ]
    return made
