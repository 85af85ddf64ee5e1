"""Edit the thresholds of the feasibility checks.

The form is built from :class:`planner.checks.CheckSettings` and its field metadata (title,
group, unit, range), so a threshold added to the checks appears here without code.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from planner.checks import KINDS, CheckSettings
from ui.colours import show_as_error
from ui.i18n import QT_TRANSLATE_NOOP


def _title(text: str) -> str:
    return QCoreApplication.translate("CheckSettings", text)


# The titles and groups of planner.checks.CheckSettings' fields and the names of the problem
# kinds, spelled out here because pyside6-lupdate finds only literal strings. A test checks
# that every title and kind is in this list.
TITLES = (
    QT_TRANSLATE_NOOP("CheckSettings", "Time between a meeting's end and a departure"),
    QT_TRANSLATE_NOOP("CheckSettings", "Time between an arrival and the next meeting"),
    QT_TRANSLATE_NOOP("CheckSettings", "Working hours (local time)"),
    QT_TRANSLATE_NOOP("CheckSettings", "Before a flight"),
    QT_TRANSLATE_NOOP("CheckSettings", "Before a train"),
    QT_TRANSLATE_NOOP("CheckSettings", "Before a car"),
    QT_TRANSLATE_NOOP("CheckSettings", "Before a bus"),
    QT_TRANSLATE_NOOP("CheckSettings", "Before a ferry"),
    QT_TRANSLATE_NOOP("CheckSettings", "Before other transport"),
    QT_TRANSLATE_NOOP("CheckSettings", "After a long-haul flight"),
    QT_TRANSLATE_NOOP("CheckSettings", "After another flight"),
    QT_TRANSLATE_NOOP("CheckSettings", "After a train"),
    QT_TRANSLATE_NOOP("CheckSettings", "After a car"),
    QT_TRANSLATE_NOOP("CheckSettings", "After a bus"),
    QT_TRANSLATE_NOOP("CheckSettings", "After a ferry"),
    QT_TRANSLATE_NOOP("CheckSettings", "After other transport"),
    QT_TRANSLATE_NOOP("CheckSettings", "A flight is long-haul from"),
    QT_TRANSLATE_NOOP("CheckSettings", "Earliest start"),
    QT_TRANSLATE_NOOP("CheckSettings", "Latest end"),
    QT_TRANSLATE_NOOP("CheckSettings", "Between venues in different cities"),
    QT_TRANSLATE_NOOP("CheckSettings", "Buffer on top of the drive"),
    QT_TRANSLATE_NOOP("CheckSettings", "Gifts"),
    QT_TRANSLATE_NOOP("CheckSettings", "Gifts worth more than this need approval"),
    QT_TRANSLATE_NOOP("CheckSettings", "Travel documents"),
    QT_TRANSLATE_NOOP("CheckSettings", "Passport valid after leaving the Schengen area"),
    QT_TRANSLATE_NOOP("CheckSettings", "Passport valid after leaving other countries"),
    QT_TRANSLATE_NOOP("CheckSettings", "Visa application before entry"),
    QT_TRANSLATE_NOOP("CheckSettings", "Consulate's time to decide"),
    QT_TRANSLATE_NOOP("CheckSettings", "Warn before the latest day to apply"),
    QT_TRANSLATE_NOOP("CheckSettings", "Invitation letter before the latest day to apply"),
    QT_TRANSLATE_NOOP("CheckSettings", "Checks turned off"),
    QT_TRANSLATE_NOOP("CheckSettings", "Checks"),
)
KIND_NAMES = {
    "overlap": QT_TRANSLATE_NOOP("CheckSettings", "Overlaps"),
    "transfer-buffer": QT_TRANSLATE_NOOP("CheckSettings", "Transfer buffers"),
    "venue-travel": QT_TRANSLATE_NOOP("CheckSettings", "Travel between venues"),
    "outside-stop": QT_TRANSLATE_NOOP("CheckSettings", "Outside the stop"),
    "night-hours": QT_TRANSLATE_NOOP("CheckSettings", "Night hours"),
    "public-holiday": QT_TRANSLATE_NOOP("CheckSettings", "Public holidays"),
    "weekend": QT_TRANSLATE_NOOP("CheckSettings", "Weekends"),
    "travel-gap": QT_TRANSLATE_NOOP("CheckSettings", "Travel gaps"),
    "language": QT_TRANSLATE_NOOP("CheckSettings", "Languages"),
    "lodging": QT_TRANSLATE_NOOP("CheckSettings", "Lodging"),
    "gift-value": QT_TRANSLATE_NOOP("CheckSettings", "Gift values"),
    "zone": QT_TRANSLATE_NOOP("CheckSettings", "Zones of stops"),
    "declined": QT_TRANSLATE_NOOP("CheckSettings", "Declined invitations"),
    "passport": QT_TRANSLATE_NOOP("CheckSettings", "Passports"),
    "visa": QT_TRANSLATE_NOOP("CheckSettings", "Visas"),
    "invitation": QT_TRANSLATE_NOOP("CheckSettings", "Invitation letters"),
}


class CheckSettingsDialog(QDialog):
    def __init__(self, settings: CheckSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Check Settings"))
        self.inputs: dict[str, QSpinBox | QTimeEdit] = {}
        self.kinds: dict[str, QCheckBox] = {}
        self.problem = QLabel(self)
        self.problem.setObjectName("problem")
        show_as_error(self.problem)
        # Three groups to a row: the dialog stays narrower than a laptop's screen.
        columns = QGridLayout()
        groups: dict[str, QFormLayout] = {}
        for f in dataclasses.fields(CheckSettings):
            unit = f.metadata.get("unit")
            if unit == "kinds":
                continue
            group = f.metadata.get("group", "")
            if group not in groups:
                box = QGroupBox(_title(group), self)
                columns.addWidget(box, len(groups) // 3, len(groups) % 3)
                groups[group] = QFormLayout(box)
                groups[group].setFieldGrowthPolicy(
                    QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint
                )
            widget = self._input(f, getattr(settings, f.name))
            widget.setObjectName(f.name)
            self.inputs[f.name] = widget
            groups[group].addRow(_title(f.metadata.get("title", f.name)) + ":", widget)
        kinds_box = QGroupBox(self.tr("Checks"), self)
        grid = QGridLayout(kinds_box)
        for index, kind in enumerate(KINDS):
            check = QCheckBox(_title(KIND_NAMES.get(kind, kind)), kinds_box)
            check.setObjectName(f"kind-{kind}")
            check.setChecked(settings.is_enabled(kind))
            self.kinds[kind] = check
            grid.addWidget(check, index // 3, index % 3)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults,
            self,
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        defaults = buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        defaults.clicked.connect(lambda: self.show_settings(CheckSettings()))
        self.ok_button: QPushButton = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(kinds_box)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        for widget in self.inputs.values():
            signal = widget.valueChanged if isinstance(widget, QSpinBox) else widget.timeChanged
            signal.connect(self._validate)
        self._validate()

    def _input(self, f: dataclasses.Field[Any], value: Any) -> QSpinBox | QTimeEdit:
        if f.metadata.get("unit") == "time":
            edit = QTimeEdit(self)
            edit.setDisplayFormat("HH:mm")
            edit.setTime(QTime(value.hour, value.minute))
            return edit
        spin = QSpinBox(self)
        spin.setRange(f.metadata.get("minimum", 0), f.metadata.get("maximum", 10_000))
        unit = f.metadata.get("unit")
        if unit == "amount":  # a currency code reads the same in every language
            spin.setSuffix(" " + f.metadata.get("currency", ""))
            spin.setGroupSeparatorShown(True)
        else:
            suffixes = {
                "minutes": self.tr("min"),
                "hours": self.tr("h"),
                "days": self.tr("days"),
                "months": self.tr("months"),
            }
            spin.setSuffix(" " + suffixes.get(str(unit), ""))
        spin.setValue(int(value))
        return spin

    def show_settings(self, settings: CheckSettings) -> None:
        for name, widget in self.inputs.items():
            value = getattr(settings, name)
            if isinstance(widget, QTimeEdit):
                widget.setTime(QTime(value.hour, value.minute))
            else:
                widget.setValue(int(value))
        for kind, check in self.kinds.items():
            check.setChecked(settings.is_enabled(kind))

    def settings(self) -> CheckSettings:
        """The settings entered; raises ValueError while they are impossible."""
        values: dict[str, Any] = {}
        for name, widget in self.inputs.items():
            if isinstance(widget, QTimeEdit):
                time = widget.time()
                values[name] = dt.time(time.hour(), time.minute())
            else:
                values[name] = widget.value()
        values["disabled_kinds"] = frozenset(k for k, c in self.kinds.items() if not c.isChecked())
        return CheckSettings(**values)

    def _validate(self) -> None:
        try:
            self.settings()
        except ValueError as exc:
            self.problem.setText(str(exc))
            self.ok_button.setEnabled(False)
        else:
            self.problem.clear()
            self.ok_button.setEnabled(True)

    @classmethod
    def ask(cls, parent: QWidget | None, settings: CheckSettings) -> CheckSettings | None:
        dialog = cls(settings, parent)
        try:
            return dialog.settings() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
