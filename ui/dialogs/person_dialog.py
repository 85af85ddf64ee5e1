"""The person editor: names in Latin and native script, position, contact and precedence on
its General page, travel documents on its Documents page (``ui.dialogs.documents_page``).

Languages are typed as ISO 639-1 codes separated by commas ("de, en, zh"), the way they appear
in the trip file; the codes are lower-cased and a word that is no two-letter code is refused
at the field rather than stored. The phone is shown as people write it ("+49 69 1234567") and
kept in E.164 (:mod:`planner.phones`); a number no numbering plan knows is refused at the field.

Edited from a trip, the organization is one of the trip's and "Precedence" is the person's rank
in that trip (:attr:`planner.records.PersonRecord.precedence`); edited from the directory, any
organization of the store (``ask_in_directory``), and no rank, since a rank belongs to a trip.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtWidgets import QHBoxLayout, QSpinBox, QTabWidget, QWidget

from planner import phones
from planner.records import Choice, PersonRecord, TripContext
from ui.dialogs.documents_page import DocumentsPage
from ui.dialogs.form import RecordDialog
from ui.widgets.choice_combo import ChoiceCombo

LANGUAGE_CODE = re.compile(r"^[a-z]{2}$")


class PersonDialog(RecordDialog[PersonRecord]):
    def __init__(
        self,
        context: TripContext | None,
        record: PersonRecord | None,
        parent: QWidget | None = None,
        *,
        organizations: Sequence[Choice] | None = None,
    ) -> None:
        super().__init__(context, record, parent)
        self.setWindowTitle(self.tr("Edit Person") if record else self.tr("New Person"))
        record = record or PersonRecord(family_name="")
        # The travel documents have a page of their own: out of sight while the rest is edited.
        tabs = QTabWidget(self)
        tabs.setObjectName("personPages")
        general = QWidget(tabs)
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
                organizations
                if organizations is not None
                else (context.organizations if context else ()),
                optional=True,
                unknown=self.tr("{name} is not an organization of this trip")
                if organizations is None
                else self.tr("{name} is not an organization of the directory"),
                parent=self,
            ),
        )
        self.organization.set_uuid(record.organization)
        self.email = self.add_field(
            form, self.tr("E-&mail:"), "email", self.line_edit(record.email)
        )
        self.phone = self.add_field(
            form,
            self.tr("Phon&e:"),
            "phone",
            self.line_edit(phones.formatted(record.phone), self.tr("e.g. +49 69 1234567")),
        )
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
        precedence.setToolTip(
            self.tr(
                "1 is the most senior; none leaves the order open. The rank in this trip only: "
                "a member of the delegation ranks within the delegation, anyone else among "
                "the trip's counterparts."
            )
        )
        self.precedence = self.add_field(form, self.tr("P&recedence:"), "precedence", precedence)
        # A rank belongs to a trip: from the directory there is none to edit.
        form.setRowVisible(form.rowCount() - 1, context is not None)
        self.notes = self.add_field(form, self.tr("No&tes:"), "notes", self.text_edit(record.notes))
        general.setLayout(form)
        tabs.addTab(general, self.tr("Gener&al"))
        self.documents_page = DocumentsPage(self, record.documents)
        tabs.addTab(self.documents_page, self.tr("&Documents"))
        self.pages = tabs
        body = QHBoxLayout()
        body.addWidget(tabs)
        self.finish(body)
        self.resize(600, self.sizeHint().height())

    def draft(self) -> PersonRecord:
        return PersonRecord(
            family_name=self.family_name.text(),
            given_name=self.given_name.text(),
            native_name=self.native_name.text(),
            honorific=self.honorific.text(),
            position=self.position.text(),
            organization=self.organization.uuid(),
            email=self.email.text(),
            phone=self._phone(),
            languages=self._languages(),
            precedence=(self.precedence.value() or None) if self.context is not None else None,
            notes=self.notes.toPlainText(),
            documents=self.documents_page.documents(),
        )

    @classmethod
    def ask_in_directory(
        cls,
        parent: QWidget | None,
        organizations: Sequence[Choice],
        record: PersonRecord | None,
        *,
        read_only: str | None = None,
    ) -> PersonRecord | None:
        """Edit a person of the directory, with any organization of the store to choose (only
        show it, saying why, with ``read_only``)."""
        return cls(None, record, parent, organizations=organizations).run(read_only)

    def extra_problems(self) -> dict[str, str]:
        found: dict[str, str] = {}
        wrong = [code for code in self._languages() if not LANGUAGE_CODE.match(code)]
        if wrong:
            found["languages"] = self.tr(
                "{codes} is not a two-letter language code (such as de, en, zh)"
            ).format(codes=", ".join(wrong))
        return found

    def _phone(self) -> str:
        """The typed number in E.164 when it is one (what the store keeps), else as typed for
        :func:`planner.editing.validate` to refuse with its reason; an unchanged number is
        then no edit, though it is shown formatted."""
        typed = self.phone.text()
        return phones.normalized_or_none(typed) or typed

    def _languages(self) -> tuple[str, ...]:
        words = re.split(r"[,;\s]+", self.languages.text().strip().lower())
        return tuple(dict.fromkeys(w for w in words if w))
