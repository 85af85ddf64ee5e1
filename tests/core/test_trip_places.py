"""Trip files whose stops leave out the zone (issue 19): the gazetteer fills it from the city
and country and the import says so on a line of its own; an unknown or ambiguous place is
refused naming its place, exit 2, store unchanged."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from planner import model, store, tripfile
from tests import dumps
from tests.core.test_checks import nanshan, stop
from tests.core.test_cli import run


def without_zones(*keys: str) -> dict[str, Any]:
    doc = nanshan()
    for key in keys:
        del stop(doc, key)["timezone"]
    return doc


def write(tmp_path: Path, doc: dict[str, Any]) -> Path:
    path = tmp_path / "zoneless.trip.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), "utf-8")
    return path


def stored_stops(store_path: Path) -> list[tuple[str, str, str | None]]:
    with store.open_store(store_path) as st, st.session() as session:
        rows = session.execute(
            select(model.Stop.city, model.Stop.timezone, model.Stop.region).order_by(
                model.Stop.position
            )
        )
        return [tuple(row) for row in rows]


def test_stops_without_zones_import_with_zones_filled_and_say_so(
    tmp_path: Path, store_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = without_zones("fra", "nue", "szx-return")
    stop(doc, "nue")["city"] = "Nürnberg"
    stop(doc, "szx-return")["city"] = "深圳"
    code, out, err = run(["--store", str(store_path), "import", str(write(tmp_path, doc))], capsys)
    assert (code, err) == (0, "")
    assert out.splitlines()[:6] == [
        "stops[1].timezone: Europe/Berlin (from Frankfurt am Main, DE)",
        "stops[1].region: DE-HE (from Frankfurt am Main, DE)",
        "stops[2].timezone: Europe/Berlin (from Nürnberg, DE)",
        "stops[2].region: DE-BY (from Nürnberg, DE)",
        "stops[4].timezone: Asia/Shanghai (from 深圳, CN)",
        "stops[4].region: CN-GD (from 深圳, CN)",
    ]
    assert out.splitlines()[6].startswith("imported ")
    assert stored_stops(store_path) == [
        ("Shenzhen", "Asia/Shanghai", None),
        ("Frankfurt am Main", "Europe/Berlin", "DE-HE"),
        ("Nürnberg", "Europe/Berlin", "DE-BY"),
        ("Munich", "Europe/Berlin", None),  # had its zone: read exactly as before
        ("深圳", "Asia/Shanghai", "CN-GD"),
    ]


def test_a_region_is_filled_only_when_every_place_of_the_name_lies_in_one() -> None:
    doc = without_zones("fra")
    stop(doc, "fra")["city"] = "Frankfurt"  # Frankfurt am Main (DE-HE) or (Oder) (DE-BB)
    prepared = tripfile.build_trip(doc)
    assert prepared.filled == ["stops[1].timezone: Europe/Berlin (from Frankfurt, DE)"]
    assert prepared.rows["stop"][1]["region"] is None


def test_a_region_the_file_gives_is_kept() -> None:
    doc = without_zones("nue")
    stop(doc, "nue")["region"] = "de-by"
    prepared = tripfile.build_trip(doc)
    assert prepared.filled == ["stops[2].timezone: Europe/Berlin (from Nuremberg, DE)"]
    assert prepared.rows["stop"][2]["region"] == "DE-BY"


def test_a_file_with_every_zone_fills_nothing() -> None:
    assert tripfile.build_trip(nanshan()).filled == []


@pytest.mark.parametrize(
    ("place", "message"),
    [
        (
            ("Atlantis", "DE"),
            "stops[2].timezone: no place 'Atlantis' in DE in the gazetteer: give the zone "
            "(such as Asia/Shanghai)",
        ),
        (
            ("Springfield", "US"),
            "stops[2].timezone: 9 places called 'Springfield' in US keep different zones "
            "(America/Chicago, America/Los_Angeles, America/New_York): give the zone",
        ),
    ],
)
def test_an_unknown_or_ambiguous_place_is_refused_naming_it_and_nothing_changes(
    place: tuple[str, str],
    message: str,
    tmp_path: Path,
    store_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert (
        run(["--store", str(store_path), "import", str(write(tmp_path, nanshan()))], capsys)[0] == 0
    )
    before = dumps.dump(store_path)
    doc = without_zones("nue")
    stop(doc, "nue").update(city=place[0], country=place[1])
    code, out, err = run(["--store", str(store_path), "import", str(write(tmp_path, doc))], capsys)
    assert (code, out) == (2, "")
    assert err.startswith("planner: error: ") and err.count("\n") == 1
    assert message in err
    assert dumps.dump(store_path) == before
