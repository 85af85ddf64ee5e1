"""Both engines accept the same trips: a title of thousands of Chinese characters, which
PostgreSQL's btree index on the title once refused (an index entry holds about 2,700 bytes)
while SQLite took it."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic import command

from planner import cli, model, store, trips
from tests.conftest import NANSHAN


def chinese_title(length: int) -> str:
    """Han characters as varied as real prose (a repeated phrase would compress and slip
    under the index limit), the same ones on every run."""
    rng = random.Random(length)
    return "南山区经贸代表团：" + "".join(
        chr(rng.randint(0x4E00, 0x9FA5)) for _ in range(length - 9)
    )


def trip_file(tmp_path: Path, title: str) -> Path:
    document = json.loads(NANSHAN.read_text(encoding="utf-8"))
    document["trip"]["title"] = title
    path = tmp_path / "long.trip.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.mark.parametrize("length", [1500, 5000])
def test_a_very_long_chinese_title_is_imported_listed_and_found(
    length: int, store_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    title = chinese_title(length)
    assert len(title.encode("utf-8")) > 3 * 1500 - 1  # well past an index entry's limit
    code = cli.main(["--store", str(store_path), "import", str(trip_file(tmp_path, title))])
    assert (code, capsys.readouterr().err) == (0, "")
    assert cli.main(["--store", str(store_path), "trips"]) == 0
    assert capsys.readouterr().out.split("\t")[1] == title
    out = tmp_path / "again.trip.json"
    assert cli.main(["--store", str(store_path), "export", title, "-o", str(out)]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["trip"]["title"] == title


def test_a_store_of_the_previous_schema_loses_the_title_index_and_keeps_its_trips(
    store_path: Path, tmp_path: Path
) -> None:
    with store.open_store(store_path) as st:
        with st.transaction() as session:
            trips.import_trip(session, NANSHAN)
        with st.engine.begin() as connection:
            config = store.alembic_config()
            config.attributes["connection"] = connection
            command.downgrade(config, "0003")
            indexes = sa.inspect(connection).get_indexes("trip")
            assert "ix_trip_title" in {index["name"] for index in indexes}
    with store.open_store(store_path, upgrade=True) as st:
        assert st.opened.upgraded_from == "0003"
        with st.engine.connect() as connection:
            indexes = sa.inspect(connection).get_indexes("trip")
        assert "ix_trip_title" not in {index["name"] for index in indexes}
        with st.transaction() as session:
            trips.import_trip(session, trip_file(tmp_path, chinese_title(1500)))
        with st.session() as session:
            titles = session.scalars(sa.select(model.Trip.title).order_by(model.Trip.id)).all()
    assert titles == ["Nanshan economic and trade delegation to Germany", chinese_title(1500)]
