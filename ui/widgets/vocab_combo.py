"""A combo over one closed vocabulary that shows readable, translated words.

Records hold the vocabulary word (``site-visit``) because the trip file and the store demand
it; people read "Site visit", or its translation. The words offered come from
:mod:`planner.vocab`, the readings from the caller (the tables' :mod:`ui.models.vocab_text`,
so that a table and its editor use the same words); a word without a reading is shown as it is.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QWidget


class VocabCombo(QComboBox):
    """Offers ``words``; ``word()`` is the vocabulary word, or None for "not set".

    An optional combo starts with a "not set" entry. A value outside the vocabulary (from an
    old store, say) is shown as it is rather than silently replaced, so validation can name it.
    """

    changed = Signal()

    def __init__(
        self,
        words: tuple[str, ...],
        readings: Mapping[str, str],
        *,
        optional: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if optional:
            self.addItem(self.tr("(not set)"), None)
        for word in words:
            self.addItem(readings.get(word, word), word)
        self.currentIndexChanged.connect(self.changed)

    def word(self) -> str | None:
        value = self.currentData()
        return value if isinstance(value, str) else None

    def set_word(self, word: str | None) -> None:
        index = self.findData(word)
        if index < 0:
            self.addItem(word if word is not None else self.tr("(not set)"), word)
            index = self.count() - 1
        self.setCurrentIndex(index)
