"""Stores and rows shared by the directory tests (tests/core/test_directory_*.py)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import select

from planner import model, store, trips
from tests import dumps
from tests.conftest import JIANGSU, NANSHAN


@contextlib.contextmanager
def office_store(path: Path) -> Iterator[store.Store]:
    """A store holding both example trips (12 people, 16 organizations)."""
    with store.open_store(path) as opened:
        with opened.transaction() as session:
            trips.import_trip(session, NANSHAN)
            trips.import_trip(session, JIANGSU)
        yield opened


def dump(path: Path | str) -> list[str]:
    """The whole store, to show that something changed nothing (or was undone)."""
    return dumps.dump(path)


def uuid_of(st: store.Store, family: str, given: str | None = None) -> str:
    with st.session() as session:
        query = select(model.Person.uuid).where(model.Person.family_name == family)
        if given is not None:
            query = query.where(model.Person.given_name == given)
        return session.scalars(query).one()


def organization_uuid(st: store.Store, name: str) -> str:
    with st.session() as session:
        return session.scalars(
            select(model.Organization.uuid).where(model.Organization.name == name)
        ).one()
