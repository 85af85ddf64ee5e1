"""The gazetteer: cities completed as typed in English, German and Chinese, with the country,
the ISO 3166-2 region public holidays need, and the zone; the zones a country uses."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import pycountry
import pytest

from planner.checks import cities as check_cities
from planner.gazetteer import cities, regions, zones

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"


def first(text: str) -> cities.City:
    return cities.gazetteer().complete(text)[0].city


@pytest.mark.parametrize(
    ("typed", "name", "country", "region", "zone"),
    [
        ("Shang", "Shanghai", "CN", "CN-SH", "Asia/Shanghai"),
        ("Nürnberg", "Nuremberg", "DE", "DE-BY", "Europe/Berlin"),
        ("nurnb", "Nuremberg", "DE", "DE-BY", "Europe/Berlin"),
        ("青岛", "Qingdao", "CN", "CN-SD", "Asia/Shanghai"),
        ("München", "Munich", "DE", "DE-BY", "Europe/Berlin"),
        ("Wien", "Vienna", "AT", "AT-9", "Europe/Vienna"),
        ("Zürich", "Zürich", "CH", "CH-ZH", "Europe/Zurich"),
        ("Lyon", "Lyon", "FR", "FR-ARA", "Europe/Paris"),
        ("Milano", "Milan", "IT", "IT-25", "Europe/Rome"),
        ("Edinb", "Edinburgh", "GB", "GB-SCT", "Europe/London"),
        ("Chicago", "Chicago", "US", "US-IL", "America/Chicago"),
        ("Urumqi", "Ürümqi", "CN", "CN-XJ", "Asia/Urumqi"),
        ("Funchal", "Funchal", "PT", "PT-30", "Atlantic/Madeira"),
        ("Krakau", "Kraków", "PL", "PL-12", "Europe/Warsaw"),
        ("Rio de J", "Rio de Janeiro", "BR", "BR-RJ", "America/Sao_Paulo"),
        ("Toronto", "Toronto", "CA", "CA-ON", "America/Toronto"),
    ],
)
def test_a_typed_city_gives_its_country_region_and_zone(
    typed: str, name: str, country: str, region: str, zone: str
) -> None:
    city = first(typed)
    assert (city.name, city.country, city.region, city.zone) == (name, country, region, zone)


def test_a_completion_shows_the_name_typed_and_the_city_it_names() -> None:
    [match] = [m for m in cities.gazetteer().complete("Nürnb") if m.city.country == "DE"]
    assert match.label == "Nürnberg, DE — Nuremberg"
    assert cities.gazetteer().complete("青岛")[0].label == "青岛, CN — Qingdao"


def test_completion_puts_the_cities_own_names_and_the_largest_first() -> None:
    names = [m.city.name for m in cities.gazetteer().complete("Fra", limit=3)]
    assert names[0] == "Frankfurt am Main"
    assert len(cities.gazetteer().complete("s", limit=5)) == 5
    assert cities.gazetteer().complete("   ") == []


def test_codes_and_transliterations_are_not_names() -> None:
    assert not any(m.city.name == "Nuremberg" for m in cities.gazetteer().complete("NUE"))
    assert cities.gazetteer().named("niu lun bao", "DE") == ()


def test_an_exact_name_finds_every_city_of_that_name_in_the_country() -> None:
    found = cities.gazetteer().named("frankfurt", "de")
    assert [c.name for c in found] == ["Frankfurt am Main", "Frankfurt (Oder)"]
    assert [c.region for c in found] == ["DE-HE", "DE-BB"]
    assert cities.gazetteer().named("Frankfurt", "US") != found
    assert cities.gazetteer().named("Atlantis", "DE") == ()


def test_every_region_code_of_the_tables_is_an_iso_3166_2_code() -> None:
    known = {s.code for s in pycountry.subdivisions}
    for country, table in regions.TABLES.items():
        for code in table.values():
            assert f"{country}-{code}" in known, (country, code)
    found = {c.region for c in cities.gazetteer().cities if c.region}
    assert found <= known


def test_a_country_without_a_table_gets_no_region_rather_than_a_guess() -> None:
    tokyo = cities.gazetteer().named("Tokyo", "JP")[0]
    assert tokyo.region == ""
    assert regions.iso_region("FR", "11") == "FR-IDF"  # FR-11 is the département Aude
    assert regions.iso_region("US", "01") == ""


def test_the_venue_check_knows_the_towns_the_old_table_did_not() -> None:
    heidelberg = check_cities.coordinates("Heidelberg", "DE")
    schwetzingen = check_cities.coordinates("schwetzingen", "de")
    assert heidelberg is not None and schwetzingen is not None
    assert 7 < check_cities.distance_km(heidelberg, schwetzingen) < 10


def test_the_zones_a_country_uses_with_their_links() -> None:
    assert zones.used_in("Asia/Shanghai", "CN") is True
    assert zones.used_in("Asia/Urumqi", "cn") is True
    assert zones.used_in("Asia/Chongqing", "CN") is True  # a link to Asia/Shanghai
    assert zones.used_in("Europe/Berlin", "CN") is False
    assert zones.used_in("Europe/Berlin", "DE") is True
    assert zones.used_in("Europe/Zurich", "DE") is True  # Büsingen
    assert zones.used_in("Europe/Berlin", "XX") is None


def test_the_gazetteer_cities_keep_the_zones_of_their_country() -> None:
    """The zone check must not flag a place the gazetteer gave: only the few cities GeoNames
    files under a neighbour (Macau's parishes under CN) keep another country's zone."""
    odd = [c for c in cities.gazetteer().cities if zones.used_in(c.zone, c.country) is False]
    assert len(odd) < 12
    assert not [c for c in odd if c.country in ("DE", "AT", "CH", "FR", "IT", "GB", "US")]


def test_the_completion_benchmark_runs_at_a_tiny_size() -> None:
    """benchmarks/bench_gazetteer.py looks up and types the names of the largest cities; at 20
    cities it still types an English, a German and a Chinese name, each keystroke answered."""
    sys.path.insert(0, str(BENCHMARKS))
    try:
        bench = importlib.import_module("bench_gazetteer")
    finally:
        sys.path.remove(str(BENCHMARKS))
    result = bench.run(20)
    assert result.keystrokes > 60
    assert result.lookups > 20
    assert 0 < result.lookup_median_ms <= result.lookup_slowest_ms
    assert 0 < result.median_ms <= result.p99_ms <= result.slowest_ms
