"""The airports a transfer's ends are looked up in: the code on a ticket gives city and zone."""

import time

import pytest

from planner.gazetteer import airports


@pytest.mark.parametrize("code", ["FRA", "fra", " EDDF ", "eddf"])
def test_an_airport_is_found_by_its_iata_or_icao_code_in_any_case(code: str) -> None:
    airport = airports.lookup(code)
    assert airport is not None
    assert (airport.iata, airport.icao, airport.city) == ("FRA", "EDDF", "Frankfurt am Main")
    assert (airport.country, airport.timezone) == ("DE", "Europe/Berlin")
    assert airport.latitude == pytest.approx(50.03, abs=0.01)


def test_pudong_is_in_shanghai_time() -> None:
    airport = airports.lookup("PVG")
    assert airport is not None and airport.timezone == "Asia/Shanghai"
    assert airport.code == "PVG"


@pytest.mark.parametrize("code", ["", "XQX", "FR", "FRANKFURT", "ZZZZ"])
def test_an_unknown_code_is_none(code: str) -> None:
    assert airports.lookup(code) is None


def test_search_completes_a_code_a_city_or_a_name_with_the_big_airports_first() -> None:
    assert airports.search("PVG")[0].code == "PVG"
    assert airports.search("zspd")[0].code == "PVG"
    assert [a.code for a in airports.search("shang")][:2] == ["PVG", "SHA"]
    assert airports.search("frankf")[0].code == "FRA"
    assert airports.search("düss")[0].code == "DUS"  # accents and case do not matter
    assert {"PEK", "PKX"} <= {a.code for a in airports.search("Beijing")}
    assert airports.search("  ") == []
    assert len(airports.search("a", limit=5)) == 5


def test_lookups_and_searches_are_fast_enough_for_every_keystroke() -> None:
    airports.lookup("FRA")  # the table is read once
    start = time.perf_counter()
    for _ in range(200):
        airports.search("fra")
        airports.lookup("EDDF")
    each = (time.perf_counter() - start) / 200
    assert each < 0.005, f"{each * 1000:.2f} ms a search"
