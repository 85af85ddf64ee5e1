"""The contacts of a trip: the people and the organizations it involves, as two tables.

Contract of :class:`PeopleModel` (a :class:`~ui.models.row_table.RowTableModel`): one row per
:class:`planner.queries.PersonRow` in the trip's order; columns Name, Native name, Role,
Organization, Position, E-mail, Phone, Languages; read-only. Role is the person's role in the
delegation, empty for a counterpart; members of the delegation are shown in bold. The phone,
stored in E.164, is shown as people write it (:func:`planner.phones.formatted`).

Contract of :class:`OrganizationsModel`: one row per :class:`planner.queries.OrganizationRow`;
columns Name, Native name, Kind, City, Country, Sector; read-only.

Both search (``search_key``) in Latin and native names alike, so typing 李 or "li" finds Li Wei.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from planner import phones
from planner.queries import OrganizationRow, PersonRow
from ui.models import vocab_text
from ui.models.row_table import RowTableModel


class PeopleModel(RowTableModel):
    """See the module docstring for the contract."""

    NAME, NATIVE_NAME, ROLE, ORGANIZATION, POSITION, EMAIL, PHONE, LANGUAGES = range(8)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._roles: dict[str, str] = {}
        self._bold = QFont()

    def row_at(self, row: int) -> PersonRow:
        found: PersonRow = self._rows[row]
        return found

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Name"),
            self.tr("Native name"),
            self.tr("Role"),
            self.tr("Organization"),
            self.tr("Position"),
            self.tr("E-mail"),
            self.tr("Phone"),
            self.tr("Languages"),
        )

    def prepare(self) -> None:
        self._roles = vocab_text.delegation_roles()
        self._bold = QFont()
        self._bold.setBold(True)

    def cells(self, row: PersonRow) -> tuple[Any, ...]:
        return (
            row.name,
            row.native_name or "",
            vocab_text.word(self._roles, row.role),
            row.organization_name or "",
            row.position or "",
            row.email or "",
            phones.formatted(row.phone),
            ", ".join(row.languages),
        )

    def tooltip(self, row: PersonRow, column: int, shown: Any) -> str | None:
        if column == self.NAME:
            return row.display_name if not row.honorific else f"{row.honorific} {row.display_name}"
        return super().tooltip(row, column, shown)

    def search_texts(self, row: PersonRow) -> Sequence[str | None]:
        return (row.display_name, row.organization_name, row.position, row.email)

    def style(self, row: PersonRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.FontRole and row.role is not None and column == self.NAME:
            return self._bold
        return None


class OrganizationsModel(RowTableModel):
    """See the module docstring for the contract."""

    NAME, NATIVE_NAME, KIND, CITY, COUNTRY, SECTOR = range(6)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._kinds: dict[str, str] = {}

    def row_at(self, row: int) -> OrganizationRow:
        found: OrganizationRow = self._rows[row]
        return found

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Name"),
            self.tr("Native name"),
            self.tr("Kind"),
            self.tr("City"),
            self.tr("Country"),
            self.tr("Sector"),
        )

    def prepare(self) -> None:
        self._kinds = vocab_text.organization_kinds()

    def cells(self, row: OrganizationRow) -> tuple[Any, ...]:
        return (
            row.name,
            row.native_name or "",
            vocab_text.word(self._kinds, row.kind),
            row.city or "",
            row.country or "",
            row.sector or "",
        )

    def search_texts(self, row: OrganizationRow) -> Sequence[str | None]:
        return (row.name, row.native_name, row.city, row.sector)
