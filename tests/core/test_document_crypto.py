"""Travel documents are stored encrypted, with a key kept outside the store (issue 23): they
come back as entered on this computer, a store opened with another key names whose documents
it cannot read and still opens the trip, and without a keychain the key goes to a file only
its owner can read."""

from __future__ import annotations

import datetime as dt
import stat
import types
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select, text

from planner import document_crypto, document_reading, model, paths, store, trips
from planner.document_crypto import DocumentsKeyError, DocumentsUnreadable
from planner.document_reading import TripDocumentsUnreadable
from planner.travel_documents import InvitationDetails, Passport, TravelDocuments, Visa
from tests.conftest import NANSHAN, TEST_DOCUMENTS_KEY

OTHER_KEY = "b3RoZXItY29tcHV0ZXJzLWRvY3VtZW50cy1rZXktMzI="

LI = TravelDocuments(
    nationality="CN",
    date_of_birth=dt.date(1971, 3, 14),
    gender="male",
    passport=Passport("EJ4417352", "service", dt.date(2021, 6, 2), dt.date(2031, 6, 1)),
    visas=(
        Visa("schengen", dt.date(2024, 9, 1), dt.date(2024, 9, 30), "C", "D0123456", "multiple"),
    ),
)
WANG = TravelDocuments(nationality="CN", passport=Passport("E55021877"))


@pytest.fixture(autouse=True)
def _fresh_key_lookup() -> Iterator[None]:
    document_crypto.forget_cached_key()
    yield
    document_crypto.forget_cached_key()


@pytest.fixture
def trip(st: store.Store) -> str:
    return trips_import(st)


def delegates(st: store.Store, trip_uuid: str) -> list[str]:
    with st.session() as session:
        found = session.scalars(select(model.Trip).where(model.Trip.uuid == trip_uuid)).one()
        return [member.person.uuid for member in found.delegation]


def give(st: store.Store, person_uuid: str, documents: TravelDocuments) -> None:
    with st.transaction() as session:
        person = session.scalars(select(model.Person).where(model.Person.uuid == person_uuid))
        person.one().documents = document_reading.stored(documents)


def test_documents_come_back_as_entered_and_the_store_holds_no_passport_number(
    st: store.Store, trip: str
) -> None:
    li, wang, *_ = delegates(st, trip)
    give(st, li, LI)
    give(st, wang, WANG)
    with st.session() as session:
        assert document_reading.read_trip_documents(session, trip) == {li: LI, wang: WANG}
        kept = session.execute(text("SELECT documents FROM person WHERE documents IS NOT NULL"))
        texts = [row[0] for row in kept]
    assert len(texts) == 2
    assert not any("EJ4417352" in t or "E55021877" in t or "1971" in t for t in texts)


def test_empty_documents_are_stored_as_nothing(st: store.Store, trip: str) -> None:
    li = delegates(st, trip)[0]
    give(st, li, TravelDocuments())
    with st.session() as session:
        assert document_reading.read_trip_documents(session, trip) == {}
        assert document_reading.read_person_documents(session, li) == TravelDocuments()


def test_the_invitation_details_are_kept_with_the_trip(st: store.Store, trip: str) -> None:
    details = InvitationDetails(
        "Kooperationsgespräche", "the delegates' employer", dt.date(2024, 8, 1)
    )
    with st.transaction() as session:
        found = session.scalars(select(model.Trip).where(model.Trip.uuid == trip)).one()
        for column, value in document_reading.invitation_columns(details).items():
            setattr(found, column, value)
    with st.session() as session:
        assert document_reading.read_invitation(session, trip) == details


def test_documents_sealed_with_another_key_name_their_person_and_spare_the_others(
    st: store.Store, trip: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    li, wang, *_ = delegates(st, trip)
    give(st, wang, WANG)
    monkeypatch.setenv(document_crypto.KEY_ENV, OTHER_KEY)
    give(st, li, LI)  # entered on a colleague's computer with another key
    monkeypatch.setenv(document_crypto.KEY_ENV, TEST_DOCUMENTS_KEY)
    with st.session() as session, pytest.raises(TripDocumentsUnreadable) as raised:
        document_reading.read_trip_documents(session, trip)
    assert raised.value.readable == {wang: WANG}
    message = raised.value.problems[li]
    assert "\n" not in message
    assert message.startswith("Li ")  # the person, as the directory lists them
    assert document_crypto.fingerprint(OTHER_KEY.encode()) in message
    assert document_crypto.KEY_ENV in message
    with st.session() as session:  # the trip itself still opens and exports
        trip_id = trips.find_trip_id(session, trip)
        assert len(trips.load_trip(session, trip_id).delegation) >= 2
        trips.export_trip(session, trip_id, tmp_path / "out.trip.json")
        assert document_reading.read_invitation(session, trip) == InvitationDetails()
    assert (tmp_path / "out.trip.json").stat().st_size > 0


def test_a_damaged_text_is_named_not_a_traceback() -> None:
    sealed = document_crypto.seal(b'{"nationality": "CN"}')
    broken = sealed[:-6] + ("A" if sealed[-6] != "A" else "B") + sealed[-5:]
    with pytest.raises(
        DocumentsUnreadable, match=r"^Zhu Wei: the stored travel documents are damaged"
    ):
        document_reading.opened(broken, "Zhu Wei")
    with pytest.raises(DocumentsUnreadable, match="damaged"):
        document_reading.opened("not sealed at all", "Zhu Wei")


def test_a_key_in_the_environment_that_is_no_key_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(document_crypto.KEY_ENV, "secret")
    with pytest.raises(DocumentsKeyError, match=r"^\$DELEGATION_PLANNER_DOCUMENTS_KEY: not a"):
        document_crypto.seal(b"x")


class FakeKeychain:
    """keyring as a computer with a working keychain shows it, in memory."""

    def __init__(self) -> None:
        self.kept: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, account: str) -> str | None:
        return self.kept.get((service, account))

    def set_password(self, service: str, account: str, password: str) -> None:
        self.kept[(service, account)] = password


def use_keychain(monkeypatch: pytest.MonkeyPatch, keychain: object) -> None:
    import keyring

    monkeypatch.delenv(document_crypto.KEY_ENV, raising=False)
    monkeypatch.setattr(keyring, "get_password", keychain.get_password)  # type: ignore[attr-defined]
    monkeypatch.setattr(keyring, "set_password", keychain.set_password)  # type: ignore[attr-defined]


def key_file() -> Path:
    return paths.config_folder() / document_crypto.KEY_FILE


def test_the_first_key_goes_to_the_keychain_and_opens_what_it_sealed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    keychain = FakeKeychain()
    use_keychain(monkeypatch, keychain)
    sealed = document_reading.stored(LI)
    assert list(keychain.kept) == [
        (document_crypto.KEYRING_SERVICE, document_crypto.KEYRING_ACCOUNT)
    ]
    assert not key_file().exists()
    document_crypto.forget_cached_key()
    assert document_reading.opened(sealed, "Li Wei") == LI


def test_without_a_keychain_the_key_goes_to_an_owner_only_file_in_the_settings_folder(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(document_crypto.KEY_ENV)  # the suite's keyring has no backend at all
    sealed = document_reading.stored(LI)
    assert stat.S_IMODE(key_file().stat().st_mode) == 0o600
    document_crypto.forget_cached_key()
    assert document_reading.opened(sealed, "Li Wei") == LI
    # A keychain installed later does not replace the file's key: what it sealed stays readable.
    keychain = FakeKeychain()
    use_keychain(monkeypatch, keychain)
    document_crypto.forget_cached_key()
    assert document_reading.opened(sealed, "Li Wei") == LI
    assert keychain.kept == {}


def test_reading_without_any_key_makes_none_and_names_the_person(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sealed = document_reading.stored(LI)  # with the suite's key
    monkeypatch.delenv(document_crypto.KEY_ENV)
    with pytest.raises(DocumentsUnreadable, match=r"^Li Wei: .*this computer has no documents key"):
        document_reading.opened(sealed, "Li Wei")
    assert not key_file().exists()


def test_a_keychain_that_does_not_answer_is_an_error_not_a_new_key(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from keyring.errors import KeyringLocked

    def locked(service: str, account: str) -> str | None:
        raise KeyringLocked("the collection is locked")

    use_keychain(monkeypatch, types.SimpleNamespace(get_password=locked, set_password=locked))
    with pytest.raises(DocumentsKeyError, match=r"keychain does not answer.*unlock it"):
        document_reading.stored(LI)
    assert not key_file().exists()


@pytest.mark.sqlite_only  # downgrades a file; the upgrade itself is the same SQL on PostgreSQL
def test_a_0011_store_keeps_its_people_and_trips_and_gains_empty_documents(
    store_path: Path,
) -> None:
    from alembic import command

    with store.open_store(store_path) as st:
        trip = trips_import(st)
        people = delegates(st, trip)
        with st.engine.begin() as connection:  # foreign keys on: nothing may cascade
            config = store.alembic_config()
            config.attributes["connection"] = connection
            command.downgrade(config, "0011")
        with st.engine.begin() as connection:
            columns = [row[1] for row in connection.execute(text("PRAGMA table_info(person)"))]
        assert "documents" not in columns
    with store.open_store(store_path, upgrade=True) as st:
        assert st.opened.upgraded_from == "0011"
        assert delegates(st, trip) == people
        with st.session() as session:
            assert document_reading.read_trip_documents(session, trip) == {}
            assert document_reading.read_invitation(session, trip) == InvitationDetails()
        give(st, people[0], LI)
        with st.session() as session:
            assert document_reading.read_trip_documents(session, trip) == {people[0]: LI}


def trips_import(st: store.Store) -> str:
    with st.transaction() as session:
        return trips.import_trip(session, NANSHAN).uuid


def test_the_command_line_names_the_key_and_shows_it_only_when_asked(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from planner import cli

    monkeypatch.delenv(document_crypto.KEY_ENV)  # the suite's keyring has no backend
    assert cli.main(["documents-key"]) == 0
    assert capsys.readouterr().out.startswith("no documents key on this computer yet")
    document_reading.stored(LI)  # the first documents make the key, in the key file
    assert cli.main(["documents-key"]) == 0
    key = document_crypto.current_key()
    assert key is not None
    fingerprint = document_crypto.fingerprint(key.encode())
    assert capsys.readouterr().out == f"documents key {fingerprint} from {key_file()}\n"
    assert cli.main(["documents-key", "--show"]) == 0
    assert capsys.readouterr().out.splitlines()[1] == key
