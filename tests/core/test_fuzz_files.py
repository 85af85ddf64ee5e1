"""Mutated trip and contacts files through the command line: every outcome is an import or a
one-line refusal naming the file, never the catch-all "unexpected ..." and never a traceback,
and a refusal leaves the store as it was.

The mutations start from the shared examples and the contacts fixtures and change one value:
its type, a huge or negative number, a control character or lone surrogate, a date at the
calendar's ends, or the value deleted; contacts files get bytes changed, inserted or deleted.
Hypothesis runs with a fixed seed (``derandomize``) and a bounded number of cases, so a run
is repeatable and each test stays well under a minute. With ``-s`` the figures print at the
end (README, "Reliability").
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner import cli
from tests import dumps
from tests.conftest import JIANGSU, NANSHAN, new_sqlite_store

CONTACTS = Path(__file__).parent / "data" / "contacts"
CSV_FILES = sorted(p.name for p in CONTACTS.glob("*.csv"))
EXAMPLES = {path.name: json.loads(path.read_text(encoding="utf-8")) for path in (NANSHAN, JIANGSU)}
FIGURES: dict[str, Counter[str]] = {"trip files": Counter(), "CSV files": Counter()}
SETTINGS = settings(
    max_examples=120,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
_PLACE = re.compile(r"^(line \d+|[\w\\]+(\[\d+\])?(\.[\w\\]+(\[\d+\])?)*:|\d+ problem)")

ODD_VALUES = st.sampled_from([
    2**63, -(2**63) - 1, 10**40, -1, 0, 1.5, True, None, [], {}, "", " ",
    "a\x00b", "\x07", "x\ny", "\t", "\ud800", "\udfff tail", "\x1b[31m", "\u0085",
    "0001-01-01T00:00", "9999-12-31T23:59", "0001-01-01", "9999-12-31", "2024-02-30T10:00",
    "2024-06-17T14:00+14:00", "de", "xx", "eur", "1e999", "NaN",
])  # fmt: skip


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """Every place in a JSON document that holds a value (objects and lists included)."""
    if prefix:
        yield prefix
    items = (
        node.items()
        if isinstance(node, dict)
        else enumerate(node)
        if isinstance(node, list)
        else ()
    )
    for key, child in items:
        yield from _paths(child, (*prefix, key))


PATHS = {name: list(_paths(document)) for name, document in EXAMPLES.items()}


_LOCAL_TIME = re.compile(r"\d{4}-\d{2}-\d{2}(T.*)?")
ODD_CHARACTERS = st.sampled_from(["\x00", "\x07", "\x1b", "\n", "\t", "\ud800", "\udfff", "\u0085"])
EXTREME_NUMBERS = st.sampled_from([2**63, 2**63 - 1, -(2**63), 10**40, -1, 0, 10**15])
CALENDAR_ENDS = st.sampled_from(["0001-01-01", "0001-01-02", "9999-12-31", "9999-12-30"])


@st.composite
def near(draw: st.DrawFn, value: Any) -> Any:
    """A value close to ``value`` (of its kind, at an edge), where a check is likeliest to
    have a gap; sometimes another kind of value altogether."""
    if draw(st.integers(0, 3)) == 0:
        return draw(ODD_VALUES | st.integers() | st.text(max_size=8))
    if isinstance(value, int) and not isinstance(value, bool):
        return draw(EXTREME_NUMBERS)
    if isinstance(value, str) and _LOCAL_TIME.fullmatch(value):
        return draw(CALENDAR_ENDS) + value[10:]
    if isinstance(value, str):
        at = draw(st.integers(0, len(value)))
        return value[:at] + draw(ODD_CHARACTERS) + value[at:]
    return draw(ODD_VALUES)


@st.composite
def mutated_trips(draw: st.DrawFn) -> tuple[str, str]:
    name = draw(st.sampled_from(sorted(EXAMPLES)))
    document = json.loads(json.dumps(EXAMPLES[name]))
    for _ in range(draw(st.integers(1, 2))):
        path = draw(st.sampled_from(PATHS[name]))
        parent: Any = document
        try:
            for key in path[:-1]:
                parent = parent[key]
            if draw(st.integers(0, 5)) == 0 and isinstance(parent, dict):
                parent.pop(path[-1], None)
            else:
                parent[path[-1]] = draw(near(parent[path[-1]]))
        except (KeyError, IndexError, TypeError):
            continue  # an earlier mutation removed or replaced the place
    return name, json.dumps(document)  # ASCII with \\u escapes: lone surrogates survive


@pytest.fixture(scope="module", autouse=True)
def _print_figures() -> Iterator[None]:
    yield
    for kind, counts in FIGURES.items():
        if counts:
            print(
                f"\n{kind}: {sum(counts.values())} cases, {counts['imported']} imported, "
                f"{counts['refused with a place']} refused with a place, "
                f"{counts['refused, whole file']} refused naming the whole file, "
                f"{counts['catch-all']} catch-all, {counts['crash']} crashes"
            )


@SETTINGS
@given(case=mutated_trips())
def test_a_mutated_trip_file_is_imported_or_refused_with_its_place(
    case: tuple[str, str],
    sqlite_template: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _name, text = case
    trip = tmp_path / "mutated.trip.json"
    trip.write_text(text, encoding="utf-8")
    _check(
        sqlite_template,
        tmp_path,
        ["import", str(trip)],
        shown=str(trip),
        kind="trip files",
        capsys=capsys,
    )


@SETTINGS
@given(
    name=st.sampled_from(CSV_FILES),
    edits=st.lists(
        st.tuples(
            st.floats(0, 1),
            st.sampled_from(["replace", "insert", "delete"]),
            st.sampled_from([b"\x00", b"\x07", b"\x1b", b"\xff", b"\xfc", b"\xc3", b'"', b",",
                             b";", b"\n", b"\r", b"\t", b"\xe4\xb8", b"\xed\xa0\x80"]),
        ),
        min_size=1,
        max_size=3,
    ),
)  # fmt: skip
def test_a_mutated_csv_file_is_imported_or_refused_with_its_line(
    name: str,
    edits: list[tuple[float, str, bytes]],
    sqlite_template: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    data = bytearray((CONTACTS / name).read_bytes())
    for where, how, chunk in edits:
        at = min(int(where * len(data)), max(len(data) - 1, 0))
        if how == "replace":
            data[at : at + len(chunk)] = chunk
        elif how == "insert":
            data[at:at] = chunk
        else:
            del data[at : at + 1]
    contacts = tmp_path / "contacts.csv"
    contacts.write_bytes(bytes(data))
    args = ["people", "import", str(contacts)]
    _check(sqlite_template, tmp_path, args, shown="contacts.csv", kind="CSV files", capsys=capsys)


def _check(
    template: Path,
    folder: Path,
    args: list[str],
    *,
    shown: str,
    kind: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = new_sqlite_store(template, folder / "store.sqlite")
    before = dumps.dump(path)
    try:
        code = cli.main(["--store", str(path), *args])
    except BaseException:
        FIGURES[kind]["crash"] += 1
        raise
    err = capsys.readouterr().err
    if code == 0:
        FIGURES[kind]["imported"] += 1
        return
    if "unexpected" in err:
        FIGURES[kind]["catch-all"] += 1
    assert code == 2, err
    assert "unexpected" not in err, err
    assert err.count("\n") == 1, err
    prefix = f"planner: error: {shown}"
    assert err.startswith(prefix), err
    rest = err[len(prefix) :].lstrip(":, ")
    FIGURES[kind]["refused with a place" if _PLACE.match(rest) else "refused, whole file"] += 1
    assert dumps.dump(path) == before
