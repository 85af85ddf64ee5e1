"""The command line answers at once: each command imports only what it uses.

Measured in a fresh interpreter (this process has imported everything already): a library in
``sys.modules`` after a command is time the user waited for nothing. The figures themselves
are benchmarks/bench_cli.py's; these keep the heavy imports from creeping back.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from planner import calendar_ics, history, store, trips
from tests.conftest import NANSHAN

HEAVY = ("sqlalchemy", "icalendar", "reportlab", "phonenumbers", "pycountry", "alembic", "babel")

PROBE = """
import json, sys
from planner import cli
try:
    code = cli.main(sys.argv[1:])
except SystemExit as exc:
    code = exc.code
print(json.dumps([code, sorted(m for m in sys.modules if m.split(".")[0] in {heavy})]))
"""


def imported_by(*args: str) -> tuple[int, list[str]]:
    """The exit code of ``planner ARGS`` and the heavy top-level packages it imported."""
    code = PROBE.format(heavy=repr(set(HEAVY)))
    done = subprocess.run(
        [sys.executable, "-c", code, *args], check=True, capture_output=True, text=True, timeout=120
    )
    exit_code, modules = json.loads(done.stdout.splitlines()[-1])
    return exit_code, sorted({m.split(".")[0] for m in modules})


@pytest.mark.parametrize(
    "args", [["--version"], ["--help"], ["ics", "--help"], ["publish", "--help"], ["bogus"]]
)
def test_help_version_and_usage_errors_import_no_library(args: list[str]) -> None:
    exit_code, heavy = imported_by(*args)

    assert exit_code in (0, 2)
    assert heavy == []


def test_listing_trips_needs_neither_calendars_nor_trip_files_nor_migrations(
    tmp_path: Path,
) -> None:
    path = tmp_path / "office.sqlite"
    with store.open_store(path) as st, st.transaction() as session:
        trips.import_trip(session, NANSHAN)

    exit_code, heavy = imported_by("--store", str(path), "trips")

    assert exit_code == 0
    assert heavy == ["sqlalchemy"]


def test_a_command_given_its_store_never_looks_for_the_user_data_folder(tmp_path: Path) -> None:
    # platformdirs (with tempfile and random, 16-30 ms) answered only the help's default store
    path = tmp_path / "office.sqlite"
    store.open_store(path).close()
    probe = ORM.format(names=repr({"platformdirs"}))

    listed = subprocess.run(
        [sys.executable, "-c", probe, "--store", str(path), "trips"],
        check=True,
        capture_output=True,
        text=True,
        timeout=120,
    )
    helped = subprocess.run(
        [sys.executable, "-m", "planner", "--help"],
        check=True,
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert json.loads(listed.stdout.splitlines()[-1]) == [0, []]
    assert "The store defaults to " in " ".join(helped.stdout.split())
    assert "planner.sqlite" in helped.stdout


def test_every_name_of_the_calendar_package_is_its_modules_own() -> None:
    for name in calendar_ics.__all__:
        home = calendar_ics._HOMES[name]
        assert getattr(calendar_ics, name) is getattr(sys.modules[home], name), name
    assert sorted(calendar_ics._HOMES) == sorted(calendar_ics.__all__)
    assert calendar_ics.importer.import_file is calendar_ics.import_file
    with pytest.raises(AttributeError):
        calendar_ics.no_such_name  # noqa: B018


def test_exporting_a_calendar_needs_no_calendar_library(tmp_path: Path) -> None:
    # The export writes its content lines itself (calendar_ics/content.py): icalendar's import
    # alone cost about a tenth of `planner ics` of a thousand meetings.
    path = tmp_path / "office.sqlite"
    with store.open_store(path) as st, st.transaction() as session:
        trips.import_trip(session, NANSHAN)

    exit_code, heavy = imported_by("--store", str(path), "ics", "1", "-o", str(tmp_path / "x.ics"))

    assert exit_code == 0
    assert heavy == ["sqlalchemy"]


MAPPERS = """
import json, sys
from planner import cli
code = cli.main(sys.argv[1:])
model = sys.modules.get("planner.model")
print(json.dumps([code, model is not None and model.Trip.__mapper__.configured]))
"""


@pytest.mark.parametrize("command", ["import", "trips", "ics"])
def test_importing_listing_and_exporting_never_configure_the_orm_mappers(
    tmp_path: Path, command: str
) -> None:
    # Configuring every mapper of the model costs 60-150 ms; these commands load no object.
    path = tmp_path / "office.sqlite"
    args = ["--store", str(path), "import", str(NANSHAN)]
    if command != "import":
        store.open_store(path).close()
        subprocess.run([sys.executable, "-m", "planner", *args], check=True, timeout=120)
        args = ["--store", str(path), "trips"]
    if command == "ics":
        args = ["--store", str(path), "ics", "1", "-o", str(tmp_path / "trip.ics")]

    done = subprocess.run(
        [sys.executable, "-c", MAPPERS, *args],
        check=True,
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert json.loads(done.stdout.splitlines()[-1]) == [0, False]


ORM = """
import json, sys
from planner import cli
code = cli.main(sys.argv[1:])
print(json.dumps([code, sorted(m for m in sys.modules if m in {names})]))
"""


def test_importing_a_trip_file_declares_no_orm_class_yet_leaves_its_history_entry(
    tmp_path: Path,
) -> None:
    # The ORM's import and the model's declaration were a third of `planner import`; the
    # import writes on a Core connection, and its one entry is the one a session writes.
    path = tmp_path / "office.sqlite"
    store.open_store(path).close()
    probe = ORM.format(names=repr({"sqlalchemy.orm", "planner.model", "planner.history"}))

    done = subprocess.run(
        [sys.executable, "-c", probe, "--store", str(path), "import", str(NANSHAN)],
        check=True,
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert json.loads(done.stdout.splitlines()[-1]) == [0, []]
    with store.open_store(path) as st, st.session() as session:
        uuid = trips.find_trip_uuid(session, "1")
        [entry] = history.of_trip(session, uuid)
        title = trips.list_trips(session)[0].title
    assert (entry.action, entry.table, entry.object_uuid, entry.label) == (
        "import",
        "trip",
        uuid,
        title,
    )


@pytest.mark.parametrize("command", ["trips", "check"])
def test_listing_and_checking_read_on_a_core_connection_without_the_orm(
    tmp_path: Path, command: str
) -> None:
    # Both read over the tables (Store.reading): importing the ORM was about 110 ms of each.
    path = tmp_path / "office.sqlite"
    with store.open_store(path) as st, st.transaction() as session:
        trip_id = trips.import_trip(session, NANSHAN).id
    args = [command] if command == "trips" else [command, str(trip_id)]
    probe = ORM.format(names=repr({"sqlalchemy.orm", "planner.model"}))

    done = subprocess.run(
        [sys.executable, "-c", probe, "--store", str(path), *args],
        check=False,
        capture_output=True,
        text=True,
        timeout=120,
    )

    code, loaded = json.loads(done.stdout.splitlines()[-1])
    assert code in (0, 1), done.stderr  # check: 1 when it found problems
    assert loaded == []


COUNTRIES = """
import json, sys
from planner import cli
code = cli.main(sys.argv[1:])
loaded = sorted(m for m in sys.modules if m.startswith("holidays.countries."))
babel = "babel" in sys.modules
from holidays.countries import France  # the package still answers for all of its names
print(json.dumps([code, loaded, France.__name__, babel]))
"""


def test_checking_a_trip_loads_the_holidays_of_its_countries_only_and_no_babel(
    tmp_path: Path,
) -> None:
    path = tmp_path / "office.sqlite"
    with store.open_store(path) as st, st.transaction() as session:
        trip_id = trips.import_trip(session, NANSHAN).id

    done = subprocess.run(
        [sys.executable, "-c", COUNTRIES, "--store", str(path), "check", str(trip_id)],
        check=True,
        capture_output=True,
        text=True,
        timeout=120,
    )

    code, loaded, france, babel = json.loads(done.stdout.splitlines()[-1])
    assert code in (0, 1)
    assert not babel  # English dates and amounts need no locale data
    assert 0 < len(loaded) <= 3, loaded  # the trip's countries, not all 250
    assert france == "France"
