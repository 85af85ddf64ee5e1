"""Directory ▸ Export: people of the directory into a vCard 4.0 or a CSV file.

The officer says which people (everyone, the ones the search shows, or the ones selected)
and which format, then names the file; :func:`planner.directory.exporting.export_people`
writes it whole or not at all. CSV cells that a spreadsheet would run as a formula are made
inert there.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import QT_TRANSLATE_NOOP

VCARD_FILTER = QT_TRANSLATE_NOOP("ContactsExportDialog", "vCard 4.0 (*.vcf)")
CSV_FILTER = QT_TRANSLATE_NOOP("ContactsExportDialog", "CSV for Excel (*.csv)")
ALL, SHOWN, SELECTED = range(3)


class ContactsExportDialog(QDialog):
    def __init__(
        self, everyone: int, shown: int, selected: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("contactsExportDialog")
        self.setWindowTitle(self.tr("Export People"))
        self.scope = QButtonGroup(self)
        column = QVBoxLayout()
        for key, text, count in (
            (ALL, self.tr("&Everyone in the directory ({count})"), everyone),
            (SHOWN, self.tr("The people the search s&hows ({count})"), shown),
            (SELECTED, self.tr("The &selected people ({count})"), selected),
        ):
            button = QRadioButton(text.format(count=count), self)
            button.setObjectName(("all", "shown", "selected")[key])
            button.setEnabled(count > 0 and (key == ALL or count != everyone))
            self.scope.addButton(button, key)
            column.addWidget(button)
        self.scope.button(SELECTED if selected > 1 else ALL).setChecked(True)
        self.format = QComboBox(self)
        self.format.setObjectName("format")
        self.format.addItem(self.tr("vCard 4.0 (.vcf): address books, phones, Outlook"), ".vcf")
        self.format.addItem(self.tr("CSV (.csv): Excel and other spreadsheets"), ".csv")
        form = QFormLayout()
        form.addRow(self.tr("People:"), column)
        form.addRow(self.tr("&Format:"), self.format)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("E&xport…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        everyone: int,
        shown: Sequence[str],
        selected: Sequence[str],
    ) -> tuple[Path, list[str] | None] | None:
        """The file to write and the people to write into it (None: everyone), or None when
        the officer cancels."""
        dialog = cls(everyone, len(shown), len(selected), parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            scope = dialog.scope.checkedId()
            suffix = str(dialog.format.currentData())
        finally:
            dialog.deleteLater()
        chosen = {ALL: None, SHOWN: list(shown), SELECTED: list(selected)}[scope]
        name, _ = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("ContactsExportDialog", "Export People"),
            f"directory{suffix}",
            QCoreApplication.translate(
                "ContactsExportDialog", VCARD_FILTER if suffix == ".vcf" else CSV_FILTER
            ),
        )
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() != suffix:
            path = path.with_name(path.name + suffix)
        return path, chosen
