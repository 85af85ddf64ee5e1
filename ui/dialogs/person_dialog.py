"""The person editor: names in Latin and native script, position, contact and precedence.

Languages are typed as ISO 639-1 codes separated by commas ("de, en, zh"), the way they appear
in the trip file; the codes are lower-cased and a word that is no two-letter code is refused
at the field rather than stored.
"""

from __future__ import annotations

import re

from PySide6.QtWidgets import QHBoxLayout, QSpinBox, QWidget

from planner.records import PersonRecord, TripContext
from ui.dialogs.form import RecordDialog
from ui.widgets.choice_combo import ChoiceCombo

LANGUAGE_CODE = re.compile(r"^[a-z]{2}$")


class PersonDialog(RecordDialog[PersonRecord]):
    def __init__(
        self,
        context: TripContext | None,
        record: PersonRecord | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, record, parent)
        self.setWindowTitle(self.tr("Edit Person") if record else self.tr("New Person"))
        record = record or PersonRecord(family_name="")
        form = self.new_form()
        self.family_name = self.add_field(
            form, self.tr("&Family name:"), "family_name", self.line_edit(record.family_name)
        )
        self.given_name = self.add_field(
            form, self.tr("&Given name:"), "given_name", self.line_edit(record.given_name)
        )
        self.native_name = self.add_field(
            form,
            self.tr("Native-script &name:"),
            "native_name",
            self.line_edit(record.native_name, self.tr("e.g. 王磊")),
        )
        self.honorific = self.add_field(
            form,
            self.tr("&Honorific:"),
            "honorific",
            self.line_edit(record.honorific, self.tr("e.g. Dr., Prof., Mr.")),
        )
        self.position = self.add_field(
            form, self.tr("&Position:"), "position", self.line_edit(record.position)
        )
        self.organization = self.add_field(
            form,
            self.tr("Organi&zation:"),
            "organization",
            ChoiceCombo(
                context.organizations if context else (),
                optional=True,
                unknown=self.tr("{name} is not an organization of this trip"),
                parent=self,
            ),
        )
        self.organization.set_uuid(record.organization)
        self.email = self.add_field(
            form, self.tr("E-&mail:"), "email", self.line_edit(record.email)
        )
        self.phone = self.add_field(form, self.tr("Phon&e:"), "phone", self.line_edit(record.phone))
        self.languages = self.add_field(
            form,
            self.tr("&Languages:"),
            "languages",
            self.line_edit(", ".join(record.languages), self.tr("e.g. de, en, zh")),
        )
        precedence = QSpinBox(self)
        precedence.setRange(0, 999)
        precedence.setSpecialValueText(self.tr("none"))
        precedence.setValue(record.precedence or 0)
        precedence.setToolTip(self.tr("1 is the most senior; none leaves the order open"))
        self.precedence = self.add_field(form, self.tr("P&recedence:"), "precedence", precedence)
        self.notes = self.add_field(form, self.tr("No&tes:"), "notes", self.text_edit(record.notes))
        body = QHBoxLayout()
        body.addLayout(form)
        self.finish(body)
        self.resize(520, self.sizeHint().height())

    def draft(self) -> PersonRecord:
        return PersonRecord(
            family_name=self.family_name.text(),
            given_name=self.given_name.text(),
            native_name=self.native_name.text(),
            honorific=self.honorific.text(),
            position=self.position.text(),
            organization=self.organization.uuid(),
            email=self.email.text(),
            phone=self.phone.text(),
            languages=self._languages(),
            precedence=self.precedence.value() or None,
            notes=self.notes.toPlainText(),
        )

    def extra_problems(self) -> dict[str, str]:
        wrong = [code for code in self._languages() if not LANGUAGE_CODE.match(code)]
        if wrong:
            return {
                "languages": self.tr(
                    "{codes} is not a two-letter language code (such as de, en, zh)"
                ).format(codes=", ".join(wrong))
            }
        return {}

    def _languages(self) -> tuple[str, ...]:
        words = re.split(r"[,;\s]+", self.languages.text().strip().lower())
        return tuple(dict.fromkeys(w for w in words if w))
