"""A country picked by typing any part of its name in the user's language, or its code.

Offers every ISO 3166-1 country (pycountry's list) under its name in the window's language
(CLDR's, through Babel: "Deutschland", "德国"), sorted by that name, each with its code
("Deutschland (DE)"), so that a user who knows only the code finds it too. ``code()`` is the
two-letter code; a text that names no country is handed on as typed, for the editor's rule
to name it.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from ui import i18n


class CountryCombo(QComboBox):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.addItem("", None)
        language = i18n.current_language()
        shown = "{name}（{code}）" if language.startswith("zh") else "{name} ({code})"
        for code, name in _countries(language):
            self.addItem(shown.format(name=name, code=code), code)
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        edit = self.lineEdit()
        assert edit is not None  # an editable combo has its line edit
        edit.setPlaceholderText(self.tr("type a country or its code"))
        self.currentIndexChanged.connect(self.changed)
        self.editTextChanged.connect(self.changed)

    def code(self) -> str | None:
        typed = self.currentText().strip()
        if not typed:
            return None
        index = self.findText(typed, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            found = self.itemData(index)
            return found if isinstance(found, str) else None
        return typed.upper() if len(typed) == 2 else typed

    def set_code(self, code: str | None) -> None:
        index = self.findData(code) if code else 0
        if index < 0:
            self.setEditText(code or "")
        else:
            self.setCurrentIndex(index)


def _countries(language: str) -> list[tuple[str, str]]:
    """(code, name) of every country, by name in ``language`` (pycountry's English name
    where CLDR has none)."""
    import pycountry  # noqa: PLC0415 - read when an editor opens, not at start
    from babel import Locale  # noqa: PLC0415

    names: Mapping[str, str]
    try:
        names = Locale.parse(language.replace("-", "_")).territories
    except (ValueError, LookupError):
        names = {}
    found = [(c.alpha_2, names.get(c.alpha_2, c.name)) for c in pycountry.countries]
    if language.startswith("zh"):  # by pinyin, as a Chinese list is ordered
        from pypinyin import lazy_pinyin  # noqa: PLC0415

        return sorted(found, key=lambda item: "".join(lazy_pinyin(item[1])))
    return sorted(found, key=lambda item: item[1].casefold())
