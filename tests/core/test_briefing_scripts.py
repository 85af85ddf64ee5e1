"""Every name prints in its own script: the font chain, shaping and right-to-left order, read
back from the PDF with poppler's tools.

pdftotext gives Arabic back in presentation forms (the shaped glyphs) and wraps right-to-left
runs in embedding marks; :func:`logical` undoes both (NFKC, marks dropped) before comparing.
"""

from __future__ import annotations

import argparse
import html
import re
import shutil
import unicodedata
from pathlib import Path

import pytest

from planner import store
from planner.briefing import command, direction, fonts
from tests.conftest import needs_tool
from tests.core.test_briefing import add_trip, build, office, pdffonts, pdftotext, trip_document

__all__ = ["office"]  # the fixture, imported for the tests below

pytestmark = needs_tool(
    shutil.which("pdftotext") is not None, "needs poppler-utils (pdftotext, pdffonts)"
)

PEOPLE = {
    "arabic": {"given_name": "محمد", "family_name": "بن سلمان", "honorific": "Mr."},
    "hebrew": {"given_name": "דוד", "family_name": "בן-גוריון", "honorific": "Mr."},
    "ext-b": {"given_name": "𡈽子", "family_name": "𠀋", "honorific": "Ms."},
    "korean": {"given_name": "민준", "family_name": "김", "native_name": "김민준"},
    "thai": {"given_name": "ทักษิณ", "family_name": "ชินวัตร"},
    "hindi": {"given_name": "नरेन्द्र", "family_name": "मोदी"},
    "greek": {"given_name": "Αλέξης", "family_name": "Τσίπρας"},
    "vietnamese": {"given_name": "Thị Minh Khai", "family_name": "Nguyễn"},
    "turkish": {"given_name": "Şükrü", "family_name": "Gençoğlu"},
    "yoruba": {"given_name": "Adébáyọ̀", "family_name": "Ọlọ́runṣọlá"},
}
NOT_IN_ANY_FONT = "𰻞"  # U+30EDE, CJK Extension G


def logical(text: str) -> str:
    """pdftotext's text compared as written: presentation forms folded, bidi marks dropped."""
    text = re.sub("[\u200e\u200f\u202a-\u202e\u2066-\u2069]", "", text)
    return " ".join(unicodedata.normalize("NFKC", text).split())


def pack_with(office: store.Store, tmp_path: Path, people: dict[str, dict[str, str]]) -> Path:
    doc = trip_document()
    org = doc["people"][0]["organization"]
    for key, name in people.items():
        doc["people"].append({"key": key, "position": "Guest", "organization": org, **name})
        doc["delegation"].insert(0, {"person": key, "role": "member"})
    path = tmp_path / "scripts.pdf"
    path.with_suffix(".built").write_text(
        "\n".join(build(office, add_trip(office, doc), path).warnings), encoding="utf-8"
    )
    return path


@pytest.fixture
def scripts(office: store.Store, tmp_path: Path) -> Path:
    return pack_with(office, tmp_path, PEOPLE)


def test_names_in_every_script_come_back_from_the_pdf(scripts: Path) -> None:
    text = logical(pdftotext(scripts))
    for name in (
        "Mr. محمد بن سلمان",
        "𠀋𡈽子",
        "김민준",
        "ทักษิณ",
        "ชินวัตร",
        "Αλέξης Τσίπρας",
        "Nguyễn",
        "Thị Minh Khai",
        "Şükrü Gençoğlu",
        unicodedata.normalize("NFKC", "Ọlọ́runṣọlá"),
    ):
        assert name in text, name
    # poppler splits a Hebrew name at its hyphen when it reads it back; the words are all there
    assert {"דוד", "בן", "גוריון"} <= set(re.split(r"[\s-]+", text))
    assert scripts.with_suffix(".built").read_text(encoding="utf-8") == ""


def test_every_script_is_set_in_an_embedded_bundled_font(scripts: Path) -> None:
    rows = pdffonts(scripts)
    used = {re.sub(r"^[A-Z]{6}\+|-Regular$|-0$", "", row["name"]) for row in rows}
    assert used == {face.name for face in fonts.CHAIN}
    assert all(row["emb"] == "yes" and row["sub"] == "yes" for row in rows), rows


def test_arabic_is_joined_and_right_to_left_after_a_latin_honorific(scripts: Path) -> None:
    words = words_on_cover(scripts)
    # Shaped: محمد comes back as initial, medial and final forms, not isolated letters.
    # Right to left: the name's first word stands rightmost, the honorific at the left.
    assert seen("ﻣﺤﻤﺪ") in words, words
    assert seen("محمد") not in words
    left = [words["Mr."], words[seen("ﺳﻠﻤﺎن")], words[seen("ﺑﻦ")], words[seen("ﻣﺤﻤﺪ")]]
    assert left == sorted(left)


def test_a_hebrew_name_reads_right_to_left(scripts: Path) -> None:
    words = words_on_cover(scripts)
    assert words["Mr."] < words[seen("בן-גוריון")] < words[seen("דוד")]


def test_a_character_no_font_has_prints_as_a_question_mark_and_is_named(
    office: store.Store, tmp_path: Path
) -> None:
    name = {"given_name": NOT_IN_ANY_FONT, "family_name": "Li", "honorific": "Mr."}
    path = pack_with(office, tmp_path, {"li": name})
    warnings = path.with_suffix(".built").read_text(encoding="utf-8")
    assert warnings == ("Mr. 𰻞 Li: 𰻞 (U+30EDE) has no glyph in the bundled fonts; it prints as ?")
    assert "Mr. ? Li" in logical(pdftotext(path, "-f", "1", "-l", "1"))


def test_the_command_prints_the_warning(tmp_path: Path) -> None:
    doc = trip_document()
    doc["trip"]["title"] = f"Visit of Li {NOT_IN_ANY_FONT}"
    with store.open_store(tmp_path / "office.sqlite") as st:
        add_trip(st, doc)
    output = tmp_path / "pack.pdf"
    printed: list[str] = []
    args = argparse.Namespace(
        store=str(tmp_path / "office.sqlite"), trip=doc["trip"]["title"], output=str(output),
        edition=None,
    )  # fmt: skip
    assert command.run(args, printed.append) == 0
    assert printed[0] == (
        f"warning: Visit of Li {NOT_IN_ANY_FONT}: {NOT_IN_ANY_FONT} (U+30EDE) has no glyph "
        "in the bundled fonts; it prints as ?"
    )
    assert printed[-1].startswith(f"wrote {output}")


def test_runs_switch_font_only_where_the_script_does() -> None:
    face = {f.name: f for f in fonts.CHAIN}
    assert fonts.runs("Mr. محمد (Ali)") == [
        (face["WenQuanYiMicroHei"], "Mr. "),
        (face["NotoSansArabic"], "محمد "),
        (face["WenQuanYiMicroHei"], "(Ali)"),
    ]
    assert fonts.runs("Zhu Wei 朱伟") == [(face["WenQuanYiMicroHei"], "Zhu Wei 朱伟")]
    assert fonts.unprintable(f"a{NOT_IN_ANY_FONT}b{NOT_IN_ANY_FONT}") == [NOT_IN_ANY_FONT]


def test_right_to_left_words_are_in_visual_order_with_letters_in_reading_order() -> None:
    assert direction.visual("Mr. محمد بن سلمان") == "Mr. سلمان بن محمد"
    assert direction.visual("דוד בן-גוריון") == "בן-גוריון דוד"
    assert direction.visual("Jürgen Schäfer") == "Jürgen Schäfer"


def seen(word: str) -> str:
    """A right-to-left word as ``pdftotext -bbox`` gives it: glyphs from left to right."""
    return word[::-1]


def words_on_cover(path: Path) -> dict[str, float]:
    """Each word of the cover and the left edge of its box (the last one, if repeated)."""
    boxes = pdftotext(path, "-f", "1", "-l", "1", "-bbox")
    return {
        html.unescape(m.group(2)): float(m.group(1))
        for m in re.finditer(r'<word xMin="([\d.]+)"[^>]*>([^<]*)</word>', boxes)
    }


def test_a_trip_title_in_arabic_and_extension_b_runs_at_the_head_of_the_pages(
    office: store.Store, tmp_path: Path
) -> None:
    doc = trip_document()
    doc["trip"]["title"] = "وفد نانشان Nanshan 𠀋 delegation"
    path = tmp_path / "title.pdf"
    assert not build(office, add_trip(office, doc), path).warnings
    # The running header of a body page: the top 40 points of page 2.
    header = logical(
        pdftotext(path, "-f", "2", "-l", "2", "-x", "0", "-y", "0", "-W", "700", "-H", "40")
    )
    assert "Nanshan 𠀋 delegation" in header, header
    assert seen("نانشان") in header.split() or "نانشان" in header, header
