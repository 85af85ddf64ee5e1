"""The person editor's Documents page: nationality, birth, gender, passport and visas.

A page of its own, so that the sensitive fields are out of sight while the rest of a person
is edited; the passport number stays masked until "Show" is pressed (issue 23). Its fields
are the dialog's fields (``add_field``), so the core's rules
(:func:`planner.editing.validate`, :mod:`planner.editing.documents`) show at them under the
same names. Documents this computer's key cannot open are not shown and not changed: the page
says whose key they need, and saving the person leaves them as stored.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from planner import travel_documents
from planner.travel_documents import Passport, TravelDocuments
from ui.models import vocab_text
from ui.widgets.country_combo import CountryCombo
from ui.widgets.optional_date import OptionalDateEdit
from ui.widgets.passport_number import PassportNumberEdit
from ui.widgets.visa_table import VisaTable
from ui.widgets.vocab_combo import VocabCombo

if TYPE_CHECKING:
    from ui.dialogs.form import RecordDialog


class DocumentsPage(QWidget):
    def __init__(
        self,
        dialog: RecordDialog,  # type: ignore[type-arg]
        documents: TravelDocuments | None,
    ) -> None:
        super().__init__(dialog)
        # The record's field is the page; the keyboard starts in its first input.
        self.setObjectName("documents")
        self.readable = documents is not None
        shown = documents or TravelDocuments()
        passport = shown.passport or Passport("")
        layout = QVBoxLayout(self)
        if not self.readable:
            note = QLabel(
                self.tr(
                    "These travel documents were entered with another documents key and cannot "
                    "be read on this computer, so they are not shown; saving the person keeps "
                    "them as they are. Every computer sharing this store needs the same key "
                    "(DELEGATION_PLANNER_DOCUMENTS_KEY)."
                ),
                self,
            )
            note.setObjectName("documentsUnreadable")
            note.setWordWrap(True)
            layout.addWidget(note)
        form = dialog.new_form()
        self.nationality = dialog.add_field(
            form, self.tr("Nationalit&y:"), "nationality", CountryCombo(self)
        )
        self.nationality.set_code(shown.nationality)
        self.setFocusProxy(self.nationality)
        self.date_of_birth = dialog.add_field(
            form,
            self.tr("Date of &birth:"),
            "date_of_birth",
            OptionalDateEdit(shown.date_of_birth, self),
        )
        self.gender = dialog.add_field(
            form,
            self.tr("&Gender:"),
            "gender",
            VocabCombo(travel_documents.GENDERS, vocab_text.genders(), optional=True, parent=self),
        )
        self.gender.set_word(shown.gender)
        self.gender.setToolTip(self.tr("As the passport states it, for letters that ask for it"))
        self.passport_number = dialog.add_field(
            form,
            self.tr("Passport &number:"),
            "passport_number",
            PassportNumberEdit(passport.number, self.tr("S&how"), self),
        )
        self.passport_kind = dialog.add_field(
            form,
            self.tr("Passport &kind:"),
            "passport_kind",
            VocabCombo(travel_documents.PASSPORT_KINDS, vocab_text.passport_kinds(), parent=self),
        )
        self.passport_kind.set_word(passport.kind)
        self.passport_issued = dialog.add_field(
            form, self.tr("&Issued:"), "passport_issued", OptionalDateEdit(passport.issued, self)
        )
        self.passport_expires = dialog.add_field(
            form, self.tr("E&xpires:"), "passport_expires", OptionalDateEdit(passport.expires, self)
        )
        self.visas = dialog.add_field(
            form,
            self.tr("&Visas:"),
            "visas",
            VisaTable(self.tr("Add Vi&sa"), self.tr("R&emove Visa"), self),
        )
        self.visas.set_visas(shown.visas)
        layout.addLayout(form, 1)
        if not self.readable:
            for widget in (
                self.nationality,
                self.date_of_birth,
                self.gender,
                self.passport_number,
                self.passport_kind,
                self.passport_issued,
                self.passport_expires,
                self.visas,
            ):
                widget.setEnabled(False)

    def documents(self) -> TravelDocuments | None:
        """What the page holds; None when the stored ones could not be read (kept as stored)."""
        if not self.readable:
            return None
        number = self.passport_number.text()
        issued, expires = self.passport_issued.day(), self.passport_expires.day()
        has_passport = number.strip() or issued is not None or expires is not None
        return TravelDocuments(
            nationality=self.nationality.code(),
            date_of_birth=self.date_of_birth.day(),
            gender=self.gender.word(),
            passport=Passport(
                number,
                self.passport_kind.word() or travel_documents.PASSPORT_KINDS[0],
                issued,
                expires,
            )
            if has_passport
            else None,
            visas=self.visas.visas(),
        )
