"""The contacts of a trip: the people and the organizations it involves, as two tables.

Contract of :class:`PeopleModel` (a :class:`~ui.models.row_table.RowTableModel`): one row per
:class:`planner.queries.PersonRow` in the trip's order; columns Name, Native name, Side, Role,
Rank, Organization, Position, E-mail, Phone, Languages; read-only. Side is the person's side
in this trip (the delegation, the host side, a third party), Role their role in the
delegation (empty for a counterpart), Rank their rank within their side in this trip ("–":
unranked; sorted after the ranked); members of the delegation are shown in bold. The phone,
stored in E.164, is shown as people write it (:func:`planner.phones.formatted`).
:class:`PeopleProxy` keeps the rows of one side or one role besides the typed words.

Contract of :class:`OrganizationsModel`: one row per :class:`planner.queries.OrganizationRow`;
columns Name, Native name, Kind, City, Country, Sector; read-only.

Both search (``search_key``) in Latin and native names alike, so typing 李 or "li" finds Li Wei.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from planner import phones, vocab
from planner.queries import OrganizationRow, PersonRow
from ui.models import vocab_text
from ui.models.row_table import Index, RowTableModel, SearchProxy


class PeopleModel(RowTableModel):
    """See the module docstring for the contract."""

    (
        NAME, NATIVE_NAME, SIDE, ROLE, RANK, ORGANIZATION, POSITION, EMAIL, PHONE, LANGUAGES,
    ) = range(10)  # fmt: skip

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._roles: dict[str, str] = {}
        self._sides: dict[str, str] = {}
        self._bold = QFont()

    def row_at(self, row: int) -> PersonRow:
        found: PersonRow = self._rows[row]
        return found

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Name"),
            self.tr("Native name"),
            self.tr("Side"),
            self.tr("Role"),
            self.tr("Rank"),
            self.tr("Organization"),
            self.tr("Position"),
            self.tr("E-mail"),
            self.tr("Phone"),
            self.tr("Languages"),
        )

    def prepare(self) -> None:
        self._roles = vocab_text.delegation_roles()
        self._sides = vocab_text.trip_sides()
        self._bold = QFont()
        self._bold.setBold(True)

    def cells(self, row: PersonRow) -> tuple[Any, ...]:
        return (
            row.name,
            row.native_name or "",
            vocab_text.word(self._sides, row.side),
            vocab_text.word(self._roles, row.role),
            str(row.rank) if row.rank is not None else "–",
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

    def sort_value(self, row: PersonRow, column: int, shown: Any) -> Any:
        # By meaning: the sides in the trip format's order, ranks by number, unranked last.
        if column == self.SIDE:
            return vocab.TRIP_SIDES.index(row.side) if row.side in vocab.TRIP_SIDES else 9
        if column == self.RANK:
            return row.rank if row.rank is not None else 1_000_000
        return shown

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


class PeopleProxy(SearchProxy):
    """Keeps the people of one side (``set_side``: a word of :data:`planner.vocab.TRIP_SIDES`)
    and of one delegation role (``set_role``), besides the typed words; None keeps all."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._side: str | None = None
        self._role: str | None = None

    def set_side(self, side: str | None) -> None:
        if side != self._side:
            self.change_filter(lambda: setattr(self, "_side", side))

    def set_role(self, role: str | None) -> None:
        if role != self._role:
            self.change_filter(lambda: setattr(self, "_role", role))

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        model = self.sourceModel()
        if isinstance(model, PeopleModel):
            row = model.row_at(source_row)
            if self._side is not None and row.side != self._side:
                return False
            if self._role is not None and row.role != self._role:
                return False
        return super().filterAcceptsRow(source_row, source_parent)
