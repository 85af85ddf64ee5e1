"""The organization editor: a company, ministry, university or chamber the delegation meets."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QWidget

from planner import vocab
from planner.records import OrganizationRecord, TripContext
from ui.dialogs.form import RecordDialog
from ui.models import vocab_text
from ui.widgets.vocab_combo import VocabCombo


class OrganizationDialog(RecordDialog[OrganizationRecord]):
    def __init__(
        self,
        context: TripContext | None,
        record: OrganizationRecord | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, record, parent)
        self.setWindowTitle(self.tr("Edit Organization") if record else self.tr("New Organization"))
        record = record or OrganizationRecord(name="")
        form = self.new_form()
        self.name = self.add_field(form, self.tr("&Name:"), "name", self.line_edit(record.name))
        self.native_name = self.add_field(
            form,
            self.tr("Nati&ve name:"),
            "native_name",
            self.line_edit(record.native_name, self.tr("e.g. 南山区人民政府")),
        )
        self.kind = self.add_field(
            form,
            self.tr("&Kind:"),
            "kind",
            VocabCombo(
                vocab.ORGANIZATION_KINDS,
                vocab_text.organization_kinds(),
                optional=True,
                parent=self,
            ),
        )
        self.kind.set_word(record.kind)
        self.city = self.add_field(form, self.tr("C&ity:"), "city", self.line_edit(record.city))
        self.country = self.add_field(
            form, self.tr("Co&untry:"), "country", self.code_edit(record.country, "DE")
        )
        self.sector = self.add_field(
            form,
            self.tr("&Sector:"),
            "sector",
            self.line_edit(record.sector, self.tr("e.g. automotive, biotech")),
        )
        self.website = self.add_field(
            form, self.tr("&Website:"), "website", self.line_edit(record.website, "https://")
        )
        self.notes = self.add_field(form, self.tr("No&tes:"), "notes", self.text_edit(record.notes))
        body = QHBoxLayout()
        body.addLayout(form)
        self.finish(body)
        self.resize(520, self.sizeHint().height())

    def draft(self) -> OrganizationRecord:
        return OrganizationRecord(
            name=self.name.text(),
            native_name=self.native_name.text(),
            kind=self.kind.word(),
            city=self.city.text(),
            country=self.country.text(),
            sector=self.sector.text(),
            website=self.website.text(),
            notes=self.notes.toPlainText(),
        )
