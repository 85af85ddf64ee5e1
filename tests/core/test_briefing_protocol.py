"""The protocol parts of the briefing pack, read back with pdftotext: seating plans, the
agreements section, gifts with values only internally, and the personal pack."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from planner import briefing, cli, store, trips
from planner.errors import PlannerError
from tests.conftest import JIANGSU, NANSHAN, needs_tool
from tests.core.test_briefing import build, flat, pdftotext

pytestmark = needs_tool(shutil.which("pdftotext") is not None, "needs poppler-utils")


@pytest.fixture
def office(empty_store_file: Path) -> store.Store:
    opened = store.open_store(empty_store_file)
    with opened.transaction() as session:
        trips.import_trip(session, JIANGSU)
        trips.import_trip(session, NANSHAN)
    return opened


def uuid_of(office: store.Store, trip_id: int) -> str:
    with office.session() as session:
        return trips.load_trip(session, trip_id).uuid


def test_a_visiting_delegation_signs_at_its_hosts_right(
    office: store.Store, tmp_path: Path
) -> None:
    path = tmp_path / "nanshan.pdf"
    build(office, uuid_of(office, 2), path)
    text = flat(pdftotext(path))
    # Only the signing with counterparts present is laid out, as a signing ceremony: the
    # German host signs, Li Wei at his right (the drawing's left: they face the reader), the
    # interpreter standing behind Li Wei; the flags, the table and the door are named.
    assert text.count("Signing ceremony") == 1 and "Seating plan" not in text
    for words in ("Chen Jing 陈静 Interpreter", "Signing assistant", "Flags Signing table Door"):
        assert words in text
    assert "Speaking order: 1. Jürgen Schäfer 2. Li Wei (李伟)" in text
    # The drawing's words: after its heading, on its page.
    [page] = [page for page in pdftotext(path, "-bbox").split("<page ") if "ceremony" in page]
    bbox = page.split(">ceremony</word>")[1]

    def box(word: str) -> tuple[float, float]:
        found = re.search(rf'<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>{word}</word>', bbox)
        assert found is not None, word
        return float(found[1]), float(found[2])

    li, schaefer, chen = box("李伟"), box("Schäfer"), box("陈静")
    assert li[0] < schaefer[0] and chen[1] < li[1]
    # No agreements in this trip: no agreements section either.
    assert "Agreements" not in text


def test_the_external_edition_names_gifts_without_their_value(
    office: store.Store, tmp_path: Path
) -> None:
    internal, external = tmp_path / "internal.pdf", tmp_path / "external.pdf"
    build(office, uuid_of(office, 1), internal)
    build(office, uuid_of(office, 1), external, edition="external")
    assert "60 EUR" in pdftotext(internal)
    outside = flat(pdftotext(external))
    assert "Changzhou comb set (traditional craft)" in outside
    assert "60 EUR" not in outside and "Value" not in outside


def test_the_protocol_parts_in_german_and_chinese(office: store.Store, tmp_path: Path) -> None:
    german, chinese = tmp_path / "de.pdf", tmp_path / "zh.pdf"
    build(office, uuid_of(office, 1), german, language="de")
    build(office, uuid_of(office, 1), chinese, language="zh")
    de = flat(pdftotext(german))
    # The signing is laid out as a ceremony, its words in the pack's language.
    for words in ("Unterzeichnungszeremonie", "Unterzeichnungstisch", "Flaggen", "Tür"):
        assert words in de
    assert de.count("Unterzeichner ") >= 2  # both signatories, Frankfurt's too
    for words in ("Rednerfolge", "Vereinbarungen"):
        assert words in de
    zh = flat(pdftotext(chinese))
    for words in ("签字仪式", "签字人", "助签人", "旗架", "发言顺序", "价值"):
        assert words in zh


def test_a_personal_pack_holds_that_persons_meetings_and_whom_they_meet(
    office: store.Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    office.close()
    store_path = str(tmp_path / "office.sqlite")
    pack = tmp_path / "becker.pdf"
    args = ["--store", store_path, "briefing", "1", "-o", str(pack), "--person", "Anna Becker"]
    assert cli.main(args) == 0, capsys.readouterr()
    text = flat(pdftotext(pack))
    assert "Personal pack for Dr. Anna Becker" in text
    # She joins both meetings from Frankfurt; she meets the delegation and the other Germans.
    assert "Opening of the Jiangsu-Germany Dialogue 2022" in text
    people = text[text.index("People we meet") :]
    for name in ("Sheng Lei 盛蕾", "Du Chunguo 杜春国", "Jens Hoffmann"):
        assert name in people
    assert "Anna Becker" not in people.split("Organizations")[0]

    # The head of delegation by her native name: her meetings, and only counterparts.
    mayor = tmp_path / "sheng.pdf"
    args = ["--store", store_path, "briefing", "1", "-o", str(mayor), "--person", "盛蕾"]
    assert cli.main(args) == 0
    assert "Personal pack for Ms. Sheng Lei 盛蕾" in flat(pdftotext(mayor))

    # Nanshan's staff member Wong attends two meetings of five; in the culture's order.
    wong = tmp_path / "wong.pdf"
    args = ["--store", store_path, "briefing", "2", "-o", str(wong), "--person", "Wong"]
    assert cli.main(args) == 0
    text = flat(pdftotext(wong))
    assert "Nanshan–Frankfurt cooperation session" in text
    assert "Memorandum signing with Siemens Healthineers" in text
    assert "Site visit and talks at trinamiX" not in text
    assert "Ingmar Bruder" not in text  # met only at the visit Wong does not attend
    capsys.readouterr()

    args = ["--store", store_path, "briefing", "1", "-o", str(pack), "--person", "Nobody"]
    assert cli.main(args) == 2
    assert "no person of the trip" in capsys.readouterr().err


def test_a_pack_for_someone_outside_the_trip_is_refused(office: store.Store) -> None:
    with office.session() as session:
        trip = trips.load_trip(session, 1)
        with pytest.raises(PlannerError, match="not part of the trip"):
            briefing.make_pack(trip, person_uuid="not-a-person")


def test_agreements_can_be_left_out(office: store.Store, tmp_path: Path) -> None:
    path = tmp_path / "short.pdf"
    sections = frozenset(briefing.SECTIONS) - {briefing.AGREEMENTS}
    build(office, uuid_of(office, 1), path, sections=sections)
    text = flat(pdftotext(path))
    assert "Agreements Agreement Signing" not in text
    assert "Memorandum of cooperation on financing Sino-German projects" in text  # the brief
    if shutil.which("pdftoppm"):
        subprocess.run(["pdftoppm", "-r", "20", "-png", str(path), str(tmp_path / "p")], check=True)
