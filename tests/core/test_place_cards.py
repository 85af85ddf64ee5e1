"""Place cards as printed: one folded A4 tent card per attendee, readable from both sides,
read back with pdftotext (words and their boxes) and pdffonts."""

from __future__ import annotations

import os
import re
import shutil
import stat
from pathlib import Path

from planner.briefing.place_cards import write_place_cards
from planner.protocol import COUNTERPART, Attendee
from tests.conftest import needs_tool
from tests.core.test_briefing import flat, pdffonts, pdftotext

pytestmark = needs_tool(shutil.which("pdftotext") is not None, "needs poppler-utils")

SHENG = Attendee(
    uuid="a", family_name="Sheng", given_name="Lei", native_name="盛蕾", honorific="Ms.",
    organization="Changzhou Municipal People's Government", side="delegation", role="head",
)  # fmt: skip
BECKER = Attendee(
    uuid="b", family_name="Becker", given_name="Anna", honorific="Dr.",
    organization="Commerzbank", side=COUNTERPART,
)  # fmt: skip
LONG = Attendee(
    uuid="c", family_name="Wolfeschlegelsteinhausenbergerdorff", given_name="Hubert Blaine",
    side=COUNTERPART,
)  # fmt: skip


def test_one_card_a_page_with_latin_and_chinese_names_on_both_halves(tmp_path: Path) -> None:
    path = tmp_path / "cards.pdf"
    write_place_cards(path, [SHENG, BECKER, LONG], "Signing")
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    pages = pdftotext(path).split("\f")[:-1]
    assert len(pages) == 3
    sheng, becker, long = (flat(p) for p in pages)
    # Each face once upright (lower half) and once upside down (upper half).
    for words in ("Ms. Sheng Lei", "盛蕾", "Changzhou Municipal People's Government"):
        assert sheng.count(words) == 2, words
    assert becker.count("Dr. Anna Becker") == 2 and becker.count("Commerzbank") == 2
    assert "盛蕾" not in becker
    # A long name is set smaller, not wrapped: one word, on the card.
    assert long.count("Hubert Blaine Wolfeschlegelsteinhausenbergerdorff") == 2
    # The fonts are embedded (the Chinese name prints anywhere).
    assert all(font["emb"] == "yes" for font in pdffonts(path))


def test_the_upper_half_is_turned_so_the_card_reads_from_both_sides(tmp_path: Path) -> None:
    path = tmp_path / "cards.pdf"
    write_place_cards(path, [BECKER])
    bbox = pdftotext(path, "-bbox")

    def tops(word: str) -> list[float]:
        found = re.findall(rf'<word xMin="[\d.]+" yMin="([\d.]+)"[^>]*>{word}</word>', bbox)
        return sorted(float(y) for y in found)

    fold = 841.89 / 2  # pdftotext measures from the top of the page
    org, name = tops("Commerzbank"), tops("Becker")
    assert len(org) == len(name) == 2
    # Above the fold the face is turned: read from the page's top, the organization comes
    # before the name; below the fold, upright, the name comes first.
    assert org[0] < name[0] < fold < name[1] < org[1]
