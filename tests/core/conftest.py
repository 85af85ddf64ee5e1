from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from planner import store


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    return tmp_path / "office.sqlite"


@pytest.fixture
def st(store_path: Path) -> Iterator[store.Store]:
    with store.open_store(store_path) as opened:
        yield opened
