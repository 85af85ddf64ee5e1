"""The trip's seating rule set (issue 17): an office chooses per trip whether the right
(foreign affairs) or the left (domestic Chinese settings) is the place of honour; the store,
the trip editor's record, the trip file and the briefing pack carry the choice, and stores and
files from before read as foreign affairs."""

from __future__ import annotations

import json
import re
import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError

from planner import model, store, trips
from planner.editing.registry import editor_for
from planner.errors import PlannerError
from planner.records import TripRecord
from tests.conftest import JIANGSU, NANSHAN, needs_tool
from tests.core.test_briefing import build, pdftotext


def _import(st: store.Store, path: Path) -> str:
    with st.transaction() as session:
        return trips.import_trip(session, path).uuid


def _rules(st: store.Store, trip_uuid: str) -> str:
    with st.session() as session:
        return session.scalars(
            select(model.Trip.protocol_rules).where(model.Trip.uuid == trip_uuid)
        ).one()


def _set_rules(st: store.Store, trip_uuid: str, rules: str) -> None:
    with st.transaction() as session:
        before = editor_for(TripRecord).read(session, trip_uuid)
        assert isinstance(before, TripRecord)
        editor_for(TripRecord).change(session, trip_uuid, replace(before, protocol_rules=rules))


def _export(st: store.Store, trip_uuid: str, path: Path) -> dict[str, object]:
    with st.session() as session:
        trips.export_trip(session, trips.find_trip_id(session, trip_uuid), path)
    loaded: dict[str, object] = json.loads(path.read_text(encoding="utf-8"))
    return loaded


@pytest.mark.sqlite_only  # downgrades a file; the upgrade itself is the same SQL on PostgreSQL
def test_a_0006_store_seats_every_trip_by_foreign_affairs_after_the_upgrade(
    store_path: Path,
) -> None:
    with store.open_store(store_path) as st:
        trip = _import(st, JIANGSU)
        with st.session() as session:
            meetings = len(session.scalars(select(model.Meeting.id)).all())
        with st.engine.begin() as connection:  # foreign keys on: nothing may cascade
            config = store.alembic_config()
            config.attributes["connection"] = connection
            command.downgrade(config, "0006")
        with st.engine.begin() as connection:
            columns = [row[1] for row in connection.execute(text("PRAGMA table_info(trip)"))]
        assert "protocol_rules" not in columns
    with store.open_store(store_path, upgrade=True) as st:
        assert st.opened.upgraded_from == "0006"
        assert _rules(st, trip) == "foreign-affairs"
        with st.session() as session:  # the trip table was rebuilt; its meetings stay
            assert len(session.scalars(select(model.Meeting.id)).all()) == meetings
        # The upgraded table refuses a word no other program would understand.
        with pytest.raises(IntegrityError), st.engine.begin() as connection:
            connection.execute(
                text("UPDATE trip SET protocol_rules = 'left' WHERE uuid = :uuid"), {"uuid": trip}
            )
        assert _rules(st, trip) == "foreign-affairs"


def test_the_rule_set_is_saved_with_the_trip_and_a_word_outside_it_refused(
    st: store.Store,
) -> None:
    trip = _import(st, NANSHAN)
    assert _rules(st, trip) == "foreign-affairs"
    _set_rules(st, trip, "domestic-cn")
    assert _rules(st, trip) == "domestic-cn"
    with pytest.raises(PlannerError, match="protocol_rules"):
        _set_rules(st, trip, "left")
    assert _rules(st, trip) == "domestic-cn"


def test_a_trip_file_carries_the_rule_set_only_when_it_is_not_the_default(
    st: store.Store, tmp_path: Path
) -> None:
    trip = _import(st, NANSHAN)
    plain = _export(st, trip, tmp_path / "plain.trip.json")
    assert "protocol_rules" not in plain["trip"]  # type: ignore[operator]
    _set_rules(st, trip, "domestic-cn")
    first = tmp_path / "first.trip.json"
    assert _export(st, trip, first)["trip"]["protocol_rules"] == "domestic-cn"  # type: ignore[index]
    second = tmp_path / "second.trip.json"
    with store.open_store(tmp_path / "partner.sqlite") as partner:  # another office's store
        again = _import(partner, first)
        assert _rules(partner, again) == "domestic-cn"
        _export(partner, again, second)
    assert first.read_bytes() == second.read_bytes()


@needs_tool(shutil.which("pdftotext") is not None, "needs poppler-utils")
def test_the_pack_draws_the_signing_by_the_trips_rule_set(st: store.Store, tmp_path: Path) -> None:
    """Under domestic rules the left is the place of honour: the guest signs at the host's
    left, so on the drawing (the signatories face the reader) the two change places."""
    trip = _import(st, NANSHAN)

    def signatories(path: Path) -> tuple[float, float]:
        build(st, trip, path)
        [page] = [p for p in pdftotext(path, "-bbox").split("<page ") if "ceremony" in p]
        drawing = page.split(">ceremony</word>")[1]

        def x(word: str) -> float:
            found = re.search(rf'<word xMin="([\d.]+)"[^>]*>{word}</word>', drawing)
            assert found is not None, word
            return float(found[1])

        return x("李伟"), x("Schäfer")

    li, schaefer = signatories(tmp_path / "foreign.pdf")
    assert li < schaefer
    _set_rules(st, trip, "domestic-cn")
    li, schaefer = signatories(tmp_path / "domestic.pdf")
    assert li > schaefer
