"""The problems panel: what the feasibility checks find in the open trip.

Contract of :class:`ProblemsModel`: one row per :class:`planner.checks.Problem`, in the order
given (the checks sort by instant); columns severity, kind, local time, message; read-only.
The panel re-reads nothing itself: the main window hands it the problems after every change.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.colours import colours_for
from ui.i18n import QT_TRANSLATE_NOOP
from ui.models import timetext
from ui.severity_marks import severity_icon
from ui.widgets.table_columns import fit_columns, remember_columns

if TYPE_CHECKING:
    from planner.checks import Problem

_Index = QModelIndex | QPersistentModelIndex
SEVERITIES = ("error", "warning", "info")


def severity_text(severity: str) -> str:
    words = {
        "error": QCoreApplication.translate("problems", "Error"),
        "warning": QCoreApplication.translate("problems", "Warning"),
        "info": QCoreApplication.translate("problems", "Note"),
    }
    return words.get(severity, severity)


def kind_text(kind: str) -> str:
    """The kind as the check settings name it, in the user's language (not the code)."""
    # The checks (and their settings dialog) are imported once the first problems are found:
    # the panel is made at start, before the checks have run.
    from ui.dialogs.check_settings import KIND_NAMES  # noqa: PLC0415

    name = KIND_NAMES.get(kind)
    return QCoreApplication.translate("CheckSettings", name) if name else kind


def when_text(problem: Problem) -> str:
    """Day and local time in the user's language (QLocale), with the zone."""
    if problem.instant is None:
        return ""
    zone = problem.zone or "UTC"
    return f"{timetext.when_text(problem.instant, zone)} ({zone})"


class ProblemsModel(QAbstractTableModel):
    COLUMNS = (
        QT_TRANSLATE_NOOP("ProblemsModel", "Severity"),
        QT_TRANSLATE_NOOP("ProblemsModel", "Kind"),
        QT_TRANSLATE_NOOP("ProblemsModel", "When"),
        QT_TRANSLATE_NOOP("ProblemsModel", "Problem"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Problem] = []
        self._texts: dict[int, tuple[str, str, str, str]] = {}

    def reload(self, problems: list[Problem]) -> None:
        self.beginResetModel()
        self._rows = list(problems)
        self._texts = {}  # the words of the language installed now (a reload follows a change)
        self.endResetModel()

    def problem(self, row: int) -> Problem:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("ProblemsModel", self.COLUMNS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        problem = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._row_texts(index.row(), problem)[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return problem.message
        if role == Qt.ItemDataRole.ForegroundRole and column == 0:
            return colours_for(QGuiApplication.palette()).severity.get(problem.severity)
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            # The schedule's badge shape: the table is the legend of the grid's badges.
            return severity_icon(
                problem.severity, QGuiApplication.palette(), QGuiApplication.font()
            )
        return None

    def _row_texts(self, row: int, problem: Problem) -> tuple[str, str, str, str]:
        """A row's texts, made once: sizing the columns to a thousand problems asks for each
        cell several times, and the day and time in the user's locale are the slow part."""
        texts = self._texts.get(row)
        if texts is None:
            texts = self._texts[row] = (
                severity_text(problem.severity),
                kind_text(problem.kind),
                when_text(problem),
                problem.message,
            )
        return texts


class ProblemsPanel(QWidget):
    problem_chosen = Signal(object)
    """The officer picked a problem (a :class:`Problem`): show what it is about."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problemsPanel")
        self.model = ProblemsModel(self)
        self.summary = QLabel(self)
        self.summary.setObjectName("problemsSummary")
        self.table = QTableView(self)
        self.table.setObjectName("problemsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        remember_columns(self.table, "problems")
        self.table.clicked.connect(self._choose)
        self.table.activated.connect(self._choose)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        self.show_problems([])

    def show_problems(self, problems: list[Problem]) -> None:
        self.model.reload(problems)
        if problems:
            fit_columns(self.table)
        counts = {s: sum(1 for p in problems if p.severity == s) for s in SEVERITIES}
        if not problems:
            self.summary.setText(self.tr("No problems found."))
            return
        parts = [
            self.tr("%n error(s)", "", counts["error"]) if counts["error"] else "",
            self.tr("%n warning(s)", "", counts["warning"]) if counts["warning"] else "",
            self.tr("%n note(s)", "", counts["info"]) if counts["info"] else "",
        ]
        self.summary.setText(", ".join(p for p in parts if p))

    def _choose(self, index: QModelIndex) -> None:
        if index.isValid():
            self.problem_chosen.emit(self.model.problem(index.row()))
