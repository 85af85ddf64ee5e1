"""Directory ▸ Import: people from a vCard or CSV file, after a preview, all or nothing.

A CSV file says nothing about itself, so the dialog lets the officer set what the program
guessed: the encoding (detected, or chosen when a Windows-1252 file passes for GB18030), the
delimiter, and which column holds what (proposed from the headers by
:func:`planner.contacts.csv_format.guess_mapping`). Every change reads the file again and
shows the first people as they will be imported, the duplicates (same e-mail, or same name
and organization) to be merged into the people the directory already has, and the rows with
problems by their line. Import stays disabled while any problem remains: a file goes in whole
or not at all. Reading and planning a long file runs off the GUI thread (:class:`Background`);
a newer request supersedes an older one still running.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.contacts import csv_format, encodings
from planner.contacts.csv_format import CsvTable
from planner.directory import importing
from planner.directory.importing import ImportPlan
from planner.errors import PlannerError
from planner.store import Store
from ui.colours import show_as_error
from ui.i18n import QT_TRANSLATE_NOOP
from ui.operations import Background
from ui.widgets.messages import show_message

CONTACTS_FILTER = QT_TRANSLATE_NOOP(
    "ContactsImportDialog",
    "Contacts (*.vcf *.csv *.txt);;vCard (*.vcf);;CSV (*.csv *.txt);;All files (*)",
)
FIELD_WORDS = {
    "family_name": QT_TRANSLATE_NOOP("ContactsImportDialog", "Family name"),
    "given_name": QT_TRANSLATE_NOOP("ContactsImportDialog", "Given name"),
    "full_name": QT_TRANSLATE_NOOP(
        "ContactsImportDialog", "Full name (split into family and given)"
    ),
    "native_name": QT_TRANSLATE_NOOP("ContactsImportDialog", "Native-script name"),
    "honorific": QT_TRANSLATE_NOOP("ContactsImportDialog", "Honorific"),
    "position": QT_TRANSLATE_NOOP("ContactsImportDialog", "Position"),
    "organization": QT_TRANSLATE_NOOP("ContactsImportDialog", "Organization"),
    "country": QT_TRANSLATE_NOOP("ContactsImportDialog", "Country"),
    "email": QT_TRANSLATE_NOOP("ContactsImportDialog", "E-mail"),
    "phone": QT_TRANSLATE_NOOP("ContactsImportDialog", "Phone"),
    "languages": QT_TRANSLATE_NOOP("ContactsImportDialog", "Languages"),
    "notes": QT_TRANSLATE_NOOP("ContactsImportDialog", "Notes"),
}
ENCODING_WORDS = {
    "utf-8": QT_TRANSLATE_NOOP("ContactsImportDialog", "UTF-8"),
    "utf-8-sig": QT_TRANSLATE_NOOP("ContactsImportDialog", "UTF-8 with BOM"),
    "utf-16": QT_TRANSLATE_NOOP("ContactsImportDialog", "UTF-16"),
    "gb18030": QT_TRANSLATE_NOOP("ContactsImportDialog", "GB18030 (Chinese)"),
    "cp1252": QT_TRANSLATE_NOOP("ContactsImportDialog", "Windows-1252 (Western European)"),
}
REASON_WORDS = {
    importing.SAME_EMAIL: QT_TRANSLATE_NOOP("ContactsImportDialog", "same e-mail"),
    importing.SAME_NAME: QT_TRANSLATE_NOOP("ContactsImportDialog", "same name and organization"),
}
PREVIEW_ROWS = 50


def _tr(text: str) -> str:
    return QCoreApplication.translate("ContactsImportDialog", text)


@dataclass(frozen=True)
class _Read:
    """What one background read gives back: the CSV table (None for vCard), the mapping used,
    and the plan or the error that stopped it."""

    generation: int
    table: CsvTable | None
    mapping: dict[int, str]
    plan: ImportPlan | None
    error: str | None


class ContactsImportDialog(QDialog):
    """See the module docstring. ``planned`` is emitted each time a read's result is shown."""

    planned = Signal()

    def __init__(
        self, store: Store, path: Path, data: bytes, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("contactsImportDialog")
        self.setWindowTitle(self.tr("Import People: {file}").format(file=path.name))
        self.store, self.path, self.data, self.source = store, path, data, path.name
        self.is_vcard = path.suffix.lower() in (".vcf", ".vcard")
        self.background = Background(self)
        self.generation = 0
        self.table: CsvTable | None = None
        self.mapping: dict[int, str] = {}
        self.plan: ImportPlan | None = None
        self.error: str | None = None
        self._filling = False

        self.encoding = QComboBox(self)
        self.encoding.setObjectName("encoding")
        self.encoding.addItem(self.tr("Detect automatically"), None)
        for code in encodings.ENCODINGS:
            self.encoding.addItem(_tr(ENCODING_WORDS.get(code, code)), code)
        self.delimiter = QComboBox(self)
        self.delimiter.setObjectName("delimiter")
        for text, value in (
            (self.tr("Detect automatically"), None),
            (self.tr("Comma (,)"), ","),
            (self.tr("Semicolon (;)"), ";"),
            (self.tr("Tab"), "\t"),
        ):
            self.delimiter.addItem(text, value)
        self.region = QLineEdit(self)
        self.region.setObjectName("region")
        self.region.setMaxLength(2)
        self.region.setMaximumWidth(60)
        self.region.setPlaceholderText("DE")
        self.region.setToolTip(
            self.tr("The country of phone numbers written without a country code")
        )
        self.detected = QLabel(self)
        self.detected.setObjectName("detected")

        self.mapping_table = QTableWidget(0, 3, self)
        self.mapping_table.setObjectName("mapping")
        self.mapping_table.verticalHeader().hide()
        self.mapping_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.mapping_table.horizontalHeader().setSectionResizeMode(
            2, QHeaderView.ResizeMode.Stretch
        )
        self.preview = QTableWidget(0, 7, self)
        self.preview.setObjectName("preview")
        self.preview.verticalHeader().hide()
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setWordWrap(False)
        self.preview.horizontalHeader().setStretchLastSection(True)
        self.duplicates = QListWidget(self)
        self.duplicates.setObjectName("duplicates")
        self.merge = QCheckBox(self.tr("&Merge duplicates into the existing people"), self)
        self.merge.setObjectName("mergeDuplicates")
        self.merge.setChecked(True)
        self.problems = QListWidget(self)
        self.problems.setObjectName("problems")
        show_as_error(self.problems)
        self.summary = QLabel(self)
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.problem = QLabel(self)
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        show_as_error(self.problem)
        self.problem.setVisible(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.import_button.setText(self.tr("&Import"))
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._retitle_tables()
        self._lay_out()

        self.encoding.currentIndexChanged.connect(lambda _i: self.read_again(guess=True))
        self.delimiter.currentIndexChanged.connect(lambda _i: self.read_again(guess=True))
        self.region.textEdited.connect(self._region_edited)
        self.merge.toggled.connect(lambda _on: self._show_summary())
        self.resize(1000, 720)
        self.read_again(guess=True)

    @property
    def import_button(self) -> Any:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def _lay_out(self) -> None:
        self.file_box = QGroupBox(self.tr("File"), self)
        form = QFormLayout(self.file_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        row = QHBoxLayout()
        row.addWidget(self.encoding)
        row.addWidget(self.detected, 1)
        encoding_label = QLabel(self.tr("&Encoding:"), self)
        encoding_label.setBuddy(self.encoding)  # a row of widgets gets no buddy by itself
        form.addRow(encoding_label, row)
        form.addRow(self.tr("&Delimiter:"), self.delimiter)
        form.addRow(self.tr("Phones without a &country code are in:"), self.region)
        self.mapping_box = QGroupBox(self.tr("Columns"), self)
        QVBoxLayout(self.mapping_box).addWidget(self.mapping_table)
        self.preview_box = QGroupBox(self.tr("Preview"), self)
        QVBoxLayout(self.preview_box).addWidget(self.preview)
        self.duplicates_box = QGroupBox(self.tr("Duplicates"), self)
        column = QVBoxLayout(self.duplicates_box)
        column.addWidget(self.merge)
        column.addWidget(self.duplicates)
        self.problems_box = QGroupBox(self.tr("Problems"), self)
        QVBoxLayout(self.problems_box).addWidget(self.problems)
        top = QSplitter(Qt.Orientation.Horizontal, self)
        top.addWidget(self.mapping_box)
        top.addWidget(self.preview_box)
        top.setSizes([360, 640])
        bottom = QSplitter(Qt.Orientation.Horizontal, self)
        bottom.addWidget(self.duplicates_box)
        bottom.addWidget(self.problems_box)
        parts = QSplitter(Qt.Orientation.Vertical, self)
        parts.addWidget(top)
        parts.addWidget(bottom)
        parts.setSizes([420, 180])
        layout = QVBoxLayout(self)
        layout.addWidget(self.file_box)
        layout.addWidget(parts, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.file_box.setVisible(not self.is_vcard)
        self.mapping_box.setVisible(not self.is_vcard)

    def _retitle_tables(self) -> None:
        self.mapping_table.setHorizontalHeaderLabels(
            [self.tr("Column"), self.tr("Imported as"), self.tr("First values")]
        )
        self.preview.setHorizontalHeaderLabels(
            [
                self.tr("Line"),
                self.tr("Family name"),
                self.tr("Given name"),
                self.tr("Organization"),
                self.tr("E-mail"),
                self.tr("Phone"),
                self.tr("Position"),
            ]
        )

    # -- reading -----------------------------------------------------------------------------

    def read_again(self, *, guess: bool = False) -> None:
        """Read and plan the file with the current choices, off the GUI thread; ``guess``
        proposes the column mapping anew (after another encoding or delimiter)."""
        self.generation += 1
        generation = self.generation
        self.import_button.setEnabled(False)
        self.summary.setText(self.tr("Reading {file}…").format(file=self.source))
        encoding, delimiter = self.encoding.currentData(), self.delimiter.currentData()
        mapping = None if guess else dict(self.mapping)
        region = self.region.text().strip().upper() or None
        store, data, source, vcard = self.store, self.data, self.source, self.is_vcard

        def work() -> _Read:
            return _read(
                generation,
                store,
                data,
                source,
                vcard=vcard,
                encoding=encoding,
                delimiter=delimiter,
                mapping=mapping,
                region=region,
            )

        self.background.run(work, self._show, self._failed)

    def _region_edited(self, text: str) -> None:
        if text != text.upper():
            self.region.setText(text.upper())
        if len(text) in (0, 2):
            self.read_again()

    def _failed(self, exc: Exception) -> None:
        # Only a bug gets here: reading errors come back as _Read.error.
        self._show(_Read(self.generation, None, {}, None, f"{self.source}: {exc}"))

    def _show(self, read: _Read) -> None:
        if read.generation != self.generation:
            return  # a newer read is on its way
        self.plan, self.error = read.plan, read.error
        if read.table is not None:
            headers_changed = self.table is None or self.table.headers != read.table.headers
            self.table = read.table
            self.mapping = dict(read.mapping)
            if headers_changed or self.mapping_table.rowCount() == 0:
                self._fill_mapping(read.table)
            else:
                self._set_combos()
            self.detected.setText(
                self.tr("Read as {encoding}").format(
                    encoding=_tr(ENCODING_WORDS.get(read.table.encoding, read.table.encoding))
                )
            )
        elif read.error and not self.is_vcard and self.table is None:
            self.mapping_table.setRowCount(0)
        self._fill_preview()
        self._fill_lists()
        show_message(
            self.problem,
            self.tr("Cannot import: {reason}").format(reason=read.error) if read.error else None,
        )
        self._show_summary()
        self.planned.emit()

    def _fill_mapping(self, table: CsvTable) -> None:
        self._filling = True
        self.mapping_table.setRowCount(len(table.headers))
        for column, header in enumerate(table.headers):
            item = QTableWidgetItem(header)
            self.mapping_table.setItem(column, 0, item)
            combo = QComboBox(self.mapping_table)
            combo.setObjectName(f"field{column}")
            combo.addItem(self.tr("(not imported)"), None)
            for field in csv_format.FIELDS:
                combo.addItem(_tr(FIELD_WORDS.get(field, field)), field)
            combo.currentIndexChanged.connect(
                lambda _i, c=column, box=combo: self._mapping_changed(c, box)
            )
            self.mapping_table.setCellWidget(column, 1, combo)
            values = [row[column].strip() for row in table.rows[:5] if row[column].strip()]
            example = QTableWidgetItem(" · ".join(values[:3]))
            example.setToolTip("\n".join(values))
            self.mapping_table.setItem(column, 2, example)
        self._filling = False
        self._set_combos()
        self.mapping_table.resizeColumnToContents(0)
        self.mapping_table.resizeColumnToContents(1)

    def _set_combos(self) -> None:
        self._filling = True
        for column in range(self.mapping_table.rowCount()):
            combo = self.mapping_combo(column)
            combo.setCurrentIndex(max(combo.findData(self.mapping.get(column)), 0))
        self._filling = False

    def mapping_combo(self, column: int) -> QComboBox:
        """The combo box choosing what ``column`` of the file holds."""
        widget = self.mapping_table.cellWidget(column, 1)
        assert isinstance(widget, QComboBox)
        return widget

    def _mapping_changed(self, column: int, combo: QComboBox) -> None:
        if self._filling:
            return
        field = combo.currentData()
        if field is None:
            self.mapping.pop(column, None)
        else:
            self.mapping[column] = field
        self.read_again()

    def _fill_preview(self) -> None:
        drafts = self.plan.drafts[:PREVIEW_ROWS] if self.plan else ()
        self.preview.setRowCount(len(drafts))
        for row, draft in enumerate(drafts):
            for column, value in enumerate(
                (
                    str(draft.line),
                    draft.family_name,
                    draft.given_name,
                    draft.organization,
                    draft.email,
                    draft.phone,
                    draft.position,
                )
            ):
                self.preview.setItem(row, column, QTableWidgetItem(value or ""))
        self.preview.resizeColumnsToContents()

    def _fill_lists(self) -> None:
        self.duplicates.clear()
        self.problems.clear()
        if self.plan is None:
            return
        for duplicate in self.plan.duplicates:
            draft = self.plan.drafts[duplicate.draft_index]
            name = " ".join(p for p in (draft.given_name, draft.family_name) if p)
            reason = _tr(REASON_WORDS.get(duplicate.reason, duplicate.reason))
            if duplicate.existing_uuid is None:
                text = self.tr("Line {line}: {name}, {reason} as {other} earlier in the file")
            else:
                text = self.tr("Line {line}: {name}, {reason} as {other} in the directory")
            self.duplicates.addItem(
                text.format(
                    line=duplicate.line, name=name, reason=reason, other=duplicate.existing_label
                )
            )
        for problem in self.plan.problems:
            self.problems.addItem(f"{self.source}, {problem}")
        self.duplicates_box.setTitle(
            self.tr("Duplicates ({count})").format(count=len(self.plan.duplicates))
        )
        self.problems_box.setTitle(
            self.tr("Problems ({count})").format(count=len(self.plan.problems))
        )

    def _show_summary(self) -> None:
        plan = self.plan
        ready = plan is not None and not self.error and not plan.problems and bool(plan.drafts)
        self.import_button.setEnabled(ready)
        if plan is None:
            self.summary.setText("")
            return
        merged = len(plan.duplicates) if self.merge.isChecked() else 0
        text = self.tr(
            "{people} people to add, {merged} to merge into people already there, "
            "{organizations} new organizations."
        ).format(
            people=len(plan.drafts) - merged,
            merged=merged,
            organizations=len(plan.organizations_new),
        )
        if plan.problems:
            text += " " + self.tr(
                "Nothing can be imported while {count} rows have problems: correct the file "
                "(or the column choices) and read it again."
            ).format(count=len(plan.problems))
        self.summary.setText(text)

    # -- the entry point ---------------------------------------------------------------------

    def done(self, result: int) -> None:
        self.background.wait()
        super().done(result)

    @classmethod
    def choose(cls, parent: QWidget | None, store: Store) -> tuple[ImportPlan, bool] | None:
        """Choose a file and preview its import; (the plan, merge duplicates) or None."""
        name, _ = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("ContactsImportDialog", "Import People"),
            "",
            _tr(CONTACTS_FILTER),
        )
        if not name:
            return None
        path = Path(name)
        try:
            data = path.read_bytes()
        except OSError as exc:
            QMessageBox.warning(
                parent,
                QCoreApplication.translate("ContactsImportDialog", "Cannot import"),
                f"{path}: {exc.strerror or exc}",
            )
            return None
        dialog = cls(store, path, data, parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted or dialog.plan is None:
                return None
            return dialog.plan, dialog.merge.isChecked()
        finally:
            dialog.deleteLater()


def _read(
    generation: int,
    store: Store,
    data: bytes,
    source: str,
    *,
    vcard: bool,
    encoding: str | None,
    delimiter: str | None,
    mapping: dict[int, str] | None,
    region: str | None,
) -> _Read:
    """Read and plan on a worker thread (no widgets here)."""
    table = None
    try:
        if vcard:
            from planner.contacts import vcard_format  # noqa: PLC0415 - vobject is large

            drafts = vcard_format.read_vcards(data, source)
            mapping = {}
        else:
            table = csv_format.read_table(data, source, encoding=encoding, delimiter=delimiter)
            if mapping is None:
                mapping = csv_format.guess_mapping(table.headers)
            drafts = csv_format.drafts(table, mapping, source)
        with store.session() as session:
            plan = importing.plan_import(session, drafts, source, default_region=region)
    except PlannerError as exc:
        return _Read(generation, table, mapping or {}, None, str(exc))
    return _Read(generation, table, mapping, plan, None)
