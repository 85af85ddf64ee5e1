"""The delegation of a trip built entirely through the window (issue 17's "must show"): a trip,
its organizations and people entered in the editors; members with roles added in the
Delegation tab and re-ranked with Ctrl+Down; the counterparts on the host side; a signing
whose attendees, an interpreter and two signatories among them, are ticked and given their
roles in the meeting editor's attendee picker with clicks and keys. Then the Protocol tab
draws the signing with those signatories at the table, and the Problems panel, which warned
that the two sides share no language while the interpreter was a mere participant, reports
no language problem once she interprets.

Nothing is set behind the window's back: the counterparts are on the host side because a
person entered for a trip is (no step sets a side here, so ``planner.protocol.sides`` is not
called either).
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.ui.test_build_a_trip import Editors, pick, type_into, type_wall
from tests.ui.test_delegation_panel import choose_role, shown, stored
from tests.ui.test_dialogs import click_item, commit
from ui.dialogs.meeting_dialog import MeetingDialog
from ui.dialogs.organization_dialog import OrganizationDialog
from ui.dialogs.person_dialog import PersonDialog
from ui.dialogs.stop_dialog import StopDialog
from ui.dialogs.trip_dialog import TripDialog
from ui.main_window import MainWindow
from ui.widgets.vocab_combo import VocabCombo

SIGNING = "Signing: sister-city agreement"
CITY = "Wuhan Municipal People's Government"
PEOPLE = [  # family, given, native, organization, languages, position
    ("Link", "Sören", None, "Stadt Duisburg", "de", "Lord Mayor"),
    ("Krüger", "Anna", None, "Stadt Duisburg", "de, en", "Head of International Affairs"),
    ("Zhou", "Xianwang", "周先旺", CITY, "zh", "Mayor"),
    ("Li", "Qiang", "李强", CITY, "zh", "Vice Mayor"),
    ("Xu", "Ning", "徐宁", CITY, "zh, de", "Interpreter"),  # a position text, not a role
]


def language_problems(window: MainWindow) -> list[str]:
    model = window.problems.model
    found = [model.problem(row) for row in range(model.rowCount())]
    return [p.message for p in found if p.kind == "language"]


def role_by_keys(qtbot: QtBot, dialog: MeetingDialog, name: str, word: str) -> None:
    """Select the person's row with the arrow keys, go Right to their role, choose it."""
    tree = dialog.attendees.tree
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Home)
    for _ in range(20):
        if tree.currentItem().text(0).startswith(name):
            break
        qtbot.keyClick(tree, Qt.Key.Key_Down)
    qtbot.keyClick(tree, Qt.Key.Key_Right)
    combo = QApplication.focusWidget()
    assert isinstance(combo, VocabCombo), name
    choose_role(qtbot, combo, word)
    qtbot.keyClick(combo, Qt.Key.Key_Left)


def test_a_delegation_is_built_and_seated_for_a_signing_through_the_window(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    editors = Editors(qtbot, monkeypatch)
    for cls in (PersonDialog, OrganizationDialog):
        monkeypatch.setattr(cls, "ask", editors._asker(cls))

    # -- the trip, its stop, organizations and people, in the editors
    def trip(d: TripDialog) -> None:
        type_into(qtbot, d.title, "Duisburg delegation to Wuhan")
        type_into(qtbot, d.home_timezone.lineEdit(), "Europe/Berlin")

    def wuhan(d: StopDialog) -> None:
        type_into(qtbot, d.city, "Wuhan")
        type_into(qtbot, d.country, "cn")
        type_into(qtbot, d.timezone.lineEdit(), "Asia/Shanghai")
        for edit, switch, when in (
            (d.arrive, d.arrive_set, "2025-05-12 08:00"),
            (d.depart, d.depart_set, "2025-05-15 18:00"),
        ):
            if not edit.isEnabled():
                qtbot.mouseClick(switch, Qt.MouseButton.LeftButton)
            type_wall(qtbot, edit, when)

    def organization(name: str) -> Any:
        return lambda d: type_into(qtbot, d.name, name)

    def person(entry: tuple[str, str, str | None, str, str, str]) -> Any:
        family, given, native, org, langs, pos = entry

        def fill(d: PersonDialog) -> None:
            d.family_name.setFocus()
            commit(d.family_name, family)  # umlauts and Han come from an input method
            d.given_name.setFocus()
            commit(d.given_name, given)
            if native:
                d.native_name.setFocus()
                commit(d.native_name, native)
            type_into(qtbot, d.position, pos)
            pick(qtbot, d.organization, org)
            type_into(qtbot, d.languages, langs)

        return fill

    steps = [
        (window.new_trip_action, trip),
        (window.add_stop_action, wuhan),
        (window.add_org_action, organization("Stadt Duisburg")),
        (window.add_org_action, organization(CITY)),
        *((window.add_person_action, person(p)) for p in PEOPLE),
    ]
    for action, fill in steps:
        editors.next(fill)
        action.trigger()
    assert not editors.fills

    # -- the delegation: members with roles in the Delegation tab, then a re-rank
    window.tabs.setCurrentWidget(window.delegation)
    panel = window.delegation
    adder, table = panel.adder, panel.table
    for name, role in (("Sören Link", "head"), ("Anna Krüger", "member")):
        choose_role(qtbot, adder.role, role)
        adder.search.setFocus()
        qtbot.keyClick(adder.search, Qt.Key.Key_Down)  # into the trip's people offered
        while not adder.candidates.currentItem().text().startswith(name):
            qtbot.keyClick(adder.candidates, Qt.Key.Key_Down)
        qtbot.keyClick(adder.candidates, Qt.Key.Key_Return)
    assert stored(window) == {"Link": ("head", None), "Krüger": ("member", None)}
    table.setFocus()
    table.select_uuid(table.members_model().member_at(0).person)  # the head, Link
    stack = window.workspace.undo_stack
    count = stack.count()
    qtbot.keyClick(table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: stack.count() == count + 1, timeout=5000)
    assert shown(table) == [
        ("1", "Anna Krüger", "Member"),
        ("2", "Sören Link", "Head of delegation"),
    ]

    # -- the signing: everyone ticked in the picker, the interpreter still a participant
    def signing(d: MeetingDialog) -> None:
        type_into(qtbot, d.title, SIGNING)
        d.kind.setFocus()
        qtbot.keyClicks(d.kind, "Sig")
        pick(qtbot, d.host, CITY)
        type_wall(qtbot, d.start, "2025-05-13 10:00")
        type_wall(qtbot, d.end, "2025-05-13 11:00")
        picker = d.attendees
        # The head leads the delegation though ranked second; the counterparts are the hosts.
        assert picker.visible_names() == [
            "Sören Link",
            "Anna Krüger",
            "Zhou Xianwang (周先旺)",
            "Li Qiang (李强)",
            "Xu Ning (徐宁)",
        ]
        assert [picker.tree.topLevelItem(i).text(0) for i in range(2)] == [
            "Our delegation",
            "Host side",
        ]
        picker.filter.setFocus()
        qtbot.keyClicks(picker.filter, "dui")  # Duisburg's people, found by their city
        org = picker.organization_item("Stadt Duisburg")
        rect = picker.tree.visualItemRect(org)
        qtbot.mouseClick(picker.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        picker.filter.clear()
        for name in ("Zhou", "Li Qiang", "Xu Ning"):
            click_item(qtbot, d, "attendees", name)
        assert d.attendees.count_label.text() == "5 chosen"

    window.tabs.setCurrentWidget(window.meetings)
    editors.next(signing)
    window.add_meeting_action.trigger()
    assert language_problems(window), "Xu only participates: no one interprets yet"

    # -- the roles: an interpreter and two signatories, chosen with the keyboard
    def roles(d: MeetingDialog) -> None:
        with qtbot.waitActive(d):
            d.activateWindow()
        role_by_keys(qtbot, d, "Anna Krüger", "signatory")
        role_by_keys(qtbot, d, "Li Qiang", "signatory")
        role_by_keys(qtbot, d, "Xu Ning", "interpreter")

    assert window.meetings.select_uuid(window.meetings.model.uuid_at(0))
    editors.next(roles)
    window.edit_action.trigger()
    assert stack.undoText() == f"Edit '{SIGNING}'"  # the roles are one step with the meeting
    assert language_problems(window) == []

    # -- the Protocol tab draws the signing with the signatories chosen
    window.tabs.setCurrentWidget(window.protocol)
    protocol = window.protocol
    qtbot.waitUntil(lambda: protocol.meeting.currentText().endswith(SIGNING), timeout=5000)
    view = protocol.layout_view
    assert view.accessibleName() == "Signing ceremony"
    placed = {p.attendee.family_name: (p, r) for p, r in view.boxes if p.attendee}
    signers = sorted((p.side, name) for name, (p, _r) in placed.items() if p.role == "signatory")
    assert signers == [("guest", "Krüger"), ("host", "Li")]  # not the heads, Link and Zhou
    krueger, li = placed["Krüger"][1], placed["Li"][1]
    assert krueger.right() < li.left()  # the guest at the host's right (the drawing's left)
    assert krueger.top() == li.top()  # side by side at the table
    assert placed["Xu"][1].bottom() < li.top()  # the interpreter stands behind the hosts
    assert "Host side, Signatory, Li Qiang (李强), " + CITY in view.accessibleDescription()

    # Undo takes the roles back in one step, and the warning with them.
    window.undo_action.trigger()
    assert language_problems(window)
