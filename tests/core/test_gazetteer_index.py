"""The gazetteer's index in the cache folder (issue 19/21): it answers as the cities read into
memory do, without reading them; a damaged file is built again, and a folder that cannot
hold it leaves the gazetteer in memory, slower but as correct."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from planner import paths
from planner.gazetteer import cities, index, memory

# Latin, German, Chinese, an ambiguous name, regions with holidays, a crowded prefix ("s",
# "san": completion walks the names by rank) and a name under no city.
TYPED = [
    "s", "S", "san", "Fra", "Frankfurt", "Nürnb", "nurnberg", "München", "Muenchen", "Wien",
    "Zürich", "Milano", "青", "青岛", "纽伦堡", "Springfield", "Spring", "Krakau", "Funchal",
    "Rio de J", "Xi'an", "Xi’an", "Ürümqi", "NUE", "Atlantis", "  Shang ",
]  # fmt: skip
NAMED = [
    ("Springfield", "US"), ("springfield", "us"), ("Frankfurt", "DE"), ("Nürnberg", "DE"),
    ("纽伦堡", "DE"), ("Qingdao", "CN"), ("青岛", "CN"), ("San Jose", "US"), ("Paris", "FR"),
    ("Funchal", "PT"), ("Heidelberg", "DE"), ("Atlantis", "DE"), ("niu lun bao", "DE"),
]  # fmt: skip


@pytest.fixture(scope="module")
def in_memory() -> cities.Gazetteer:
    return cities.Gazetteer(memory.read())


def small() -> list[cities.City]:
    """A few hundred cities: enough to build an index in a blink for the tests of the file."""
    return [c for c in memory.read() if c.country in ("DE", "LU")]


def test_the_process_answers_from_the_index_in_the_cache_folder() -> None:
    assert isinstance(cities.gazetteer(), index.CityIndex)
    assert (paths.cache_folder() / index.file_name()).is_file()


def test_the_index_answers_as_the_cities_read_into_memory(in_memory: cities.Gazetteer) -> None:
    indexed = cities.gazetteer()
    for text in TYPED:
        for limit in (12, 3, 60):  # 60: more than the entries kept for a crowded prefix
            expected = [(m.city, m.name) for m in in_memory.complete(text, limit)]
            assert [(m.city, m.name) for m in indexed.complete(text, limit)] == expected, text
    for name, country in NAMED:
        assert indexed.named(name, country) == in_memory.named(name, country), name
    assert len(indexed.named("Springfield", "US")) > 3
    assert indexed.by_id(2861650) == in_memory.by_id(2861650)
    assert indexed.by_id(-1) is None
    assert indexed.cities == in_memory.cities


def test_an_open_index_reads_none_of_the_data() -> None:
    def refuse() -> list[cities.City]:
        raise AssertionError("the cities were read")

    cities.gazetteer()  # the session's index, built by now
    found = index.open_index(paths.cache_folder(), read=refuse)
    assert found is not None
    assert found.named("Nürnberg", "DE")[0].name == "Nuremberg"
    found.close()


def _garbage(path: Path) -> None:
    path.write_bytes(b"not an index at all" * 100)


def _half(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _empty_database(path: Path) -> None:
    """A database with no index in it, as a crash before the rename could never leave, but a
    copy from elsewhere might."""
    path.unlink()
    sqlite3.connect(path).close()


@pytest.mark.parametrize("damage", [_garbage, _half, _empty_database])
def test_a_damaged_index_is_built_again(tmp_path: Path, damage: Callable[[Path], None]) -> None:
    built = index.open_index(tmp_path, read=small)
    assert built is not None
    built.close()
    path = tmp_path / index.file_name()
    whole = path.stat().st_size
    damage(path)
    again = index.open_index(tmp_path, read=small)
    assert again is not None
    assert again.named("Nürnberg", "de")[0].region == "DE-BY"
    assert path.stat().st_size == whole
    assert [p.name for p in tmp_path.iterdir()] == [path.name]  # no temporary file left
    again.close()


def test_an_index_of_another_version_is_replaced(tmp_path: Path) -> None:
    old = tmp_path / f"{index.PREFIX}0-0123456789abcdef.sqlite"
    old.write_bytes(b"an index of an older version")
    built = index.open_index(tmp_path, read=small)
    assert built is not None
    built.close()
    assert [p.name for p in tmp_path.iterdir()] == [index.file_name()]


def _under_a_file(tmp_path: Path) -> Path:
    (tmp_path / "file").write_text("a file where the cache folder should be")
    return tmp_path / "file" / "cache"


def _read_only(tmp_path: Path) -> Path:
    folder = tmp_path / "read-only"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        (folder / "probe").touch()
    except OSError:
        return folder
    pytest.skip("this user writes into read-only folders (root)")


@pytest.mark.parametrize("unwritable", [_under_a_file, _read_only])
def test_a_cache_folder_that_cannot_be_written_leaves_the_gazetteer_in_memory(
    tmp_path: Path, unwritable: Callable[[Path], Path]
) -> None:
    folder = unwritable(tmp_path)
    try:
        assert index.open_index(folder, read=small) is None
        found = cities.load(folder)
        assert isinstance(found, cities.Gazetteer)
        assert found.named("frankfurt", "de")[0].name == "Frankfurt am Main"
        assert found.complete("青岛")[0].label == "青岛, CN — Qingdao"
    finally:
        if folder.exists():
            os.chmod(folder, 0o755)
