"""Labels said and shown without their mnemonic: Chinese labels lose the bracketed letter too
(the directory's and registers' tool tips, the View menu's tab names, dialog buttons)."""

from __future__ import annotations

import pytest

from ui.spoken_text import spoken


@pytest.mark.parametrize(
    ("label", "said"),
    [
        ("&Nationality:", "Nationality"),
        ("国籍(&Y)：", "国籍"),
        ("导出(&X)…", "导出…"),
        ("概览（&O）", "概览"),
        ("E&xport…", "Export…"),
        ("Q&&A", "Q&A"),
        ("Kosten && Auslagen (&K)", "Kosten & Auslagen"),
    ],
)
def test_a_label_is_said_without_its_mnemonic(label: str, said: str) -> None:
    assert spoken(label) == said
