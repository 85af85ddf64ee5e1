"""What the window remembers between runs: layout, recent stores, the last open trip.

A store is remembered by its location: a file's absolute path, or a shared store's URL
without password (``postgresql://USER@HOST:PORT/DB``, :attr:`planner.store.Store.location`),
so recent stores and saved connections are one list.

One INI file per user (``QSettings`` in IniFormat, so it is a readable file on every system);
tests point ``QSettings.setPath`` at a temporary folder. Keys are declared here, in one place,
with their defaults, so a reader sees everything the app stores about its user.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QSettings, QTimeZone

from planner.locations import is_url

# The checks' package brings SQLAlchemy and the model with it (300 ms before any window
# exists): their settings are imported when they are read or written.
if TYPE_CHECKING:
    from planner.checks import CheckSettings

ORGANIZATION, APPLICATION = "DelegationPlanner", "Delegation Planner"
MAX_RECENT = 8

GEOMETRY = "window/geometry"
STATE = "window/state"
COMPANION_GEOMETRY = "windows/{name}/geometry"  # the directory's and the registers' windows
RECENT_STORES = "stores/recent"
LAST_STORE = "stores/last"
LAST_TRIP = "trips/last/"  # + store location
CHECKS = "checks/settings"  # JSON of planner.checks.CheckSettings.to_mapping()
LANGUAGE = "ui/language"  # "system" (the default: the system locale's), "en", "de" or "zh_CN"
HOME_ZONE = "trips/home_zone"  # the office's zone, a new trip's home zone; default: the system's
COLUMNS = "columns/{table}"  # a table's column widths as the user left them (header state)
# Where a trip's calendar was last published: the CalDAV collection's URL and user (never a
# password), by the trip's UUID, which no other trip in any store shares.
PUBLISH_URL = "calendars/publish/{trip}/url"
PUBLISH_USER = "calendars/publish/{trip}/user"


class Settings:
    def __init__(self) -> None:
        self._q = QSettings(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION
        )

    def recent_stores(self) -> list[str]:
        """Store locations, the latest first: file paths and database URLs."""
        value: object = self._q.value(RECENT_STORES, [])
        items = [value] if isinstance(value, str) else value if isinstance(value, list) else []
        return [str(p) for p in items if p]

    def remember_store(self, location: str | Path) -> None:
        text = _location(location)
        recent = [text] + [p for p in self.recent_stores() if p != text]
        self._q.setValue(RECENT_STORES, recent[:MAX_RECENT])
        self._q.setValue(LAST_STORE, text)

    def forget_store(self, location: str | Path) -> None:
        text = _location(location)
        self._q.setValue(RECENT_STORES, [p for p in self.recent_stores() if p != text])

    def last_store(self) -> str | None:
        value = self._q.value(LAST_STORE, "")
        return str(value) if value else None

    def last_trip(self, store: str | Path) -> str | None:
        value = self._q.value(LAST_TRIP + _key(store), "")
        return str(value) if value else None

    def remember_trip(self, store: str | Path, uuid: str | None) -> None:
        self._q.setValue(LAST_TRIP + _key(store), uuid or "")

    def check_settings(self) -> CheckSettings:
        """The thresholds of the feasibility checks; defaults for anything unset or unreadable."""
        from planner.checks import CheckSettings  # noqa: PLC0415 - see the imports

        return CheckSettings.from_mapping(self.check_settings_mapping())

    def check_settings_mapping(self) -> dict[str, Any]:
        """The thresholds as saved, for a worker thread to make :meth:`check_settings` of:
        the checks' import is most of a second the GUI thread need not spend at start."""
        text = self._q.value(CHECKS, "")
        try:
            mapping = json.loads(str(text)) if text else {}
        except ValueError:
            mapping = {}
        return mapping if isinstance(mapping, dict) else {}

    def remember_check_settings(self, settings: CheckSettings) -> None:
        self._q.setValue(CHECKS, json.dumps(settings.to_mapping(), sort_keys=True))

    def language(self) -> str:
        """The interface language chosen: ``"system"`` unless one of ui.i18n.LANGUAGES."""
        value = str(self._q.value(LANGUAGE, "system") or "system")
        return value if value in ("en", "de", "zh_CN") else "system"

    def remember_language(self, code: str) -> None:
        self._q.setValue(LANGUAGE, code)

    def home_zone(self) -> str:
        """The zone a new trip is planned from: the office's, as last given to a new trip;
        the system's zone until then."""
        value = str(self._q.value(HOME_ZONE, "") or "")
        return value if _is_zone(value) else system_zone()

    def remember_home_zone(self, zone: str) -> None:
        if _is_zone(zone):
            self._q.setValue(HOME_ZONE, zone)

    def window_layout(self) -> tuple[QByteArray | None, QByteArray | None]:
        geometry, state = self._q.value(GEOMETRY), self._q.value(STATE)
        return (
            geometry if isinstance(geometry, QByteArray) else None,
            state if isinstance(state, QByteArray) else None,
        )

    def remember_layout(self, geometry: QByteArray, state: QByteArray) -> None:
        self._q.setValue(GEOMETRY, geometry)
        self._q.setValue(STATE, state)

    def companion_geometry(self, name: str) -> QByteArray | None:
        geometry = self._q.value(COMPANION_GEOMETRY.format(name=name))
        return geometry if isinstance(geometry, QByteArray) else None

    def remember_companion_geometry(self, name: str, geometry: QByteArray) -> None:
        self._q.setValue(COMPANION_GEOMETRY.format(name=name), geometry)

    def column_state(self, table: str) -> QByteArray | None:
        state = self._q.value(COLUMNS.format(table=table))
        return state if isinstance(state, QByteArray) else None

    def remember_column_state(self, table: str, state: QByteArray) -> None:
        self._q.setValue(COLUMNS.format(table=table), state)

    def publish_target(self, trip_uuid: str) -> tuple[str, str]:
        """The URL and user a trip's calendar was last published to; empty strings if never."""
        url = self._q.value(PUBLISH_URL.format(trip=trip_uuid), "")
        user = self._q.value(PUBLISH_USER.format(trip=trip_uuid), "")
        return str(url or ""), str(user or "")

    def remember_publish_target(self, trip_uuid: str, url: str, user: str) -> None:
        self._q.setValue(PUBLISH_URL.format(trip=trip_uuid), url)
        self._q.setValue(PUBLISH_USER.format(trip=trip_uuid), user)

    def sync(self) -> None:
        self._q.sync()


def system_zone() -> str:
    """The IANA name of this computer's zone, found as tzlocal does: ``TZ``, then the link
    ``/etc/localtime`` names, then Qt's answer; UTC when none is a zone tzdata knows."""
    candidates = [os.environ.get("TZ", "").removeprefix(":")]
    try:
        target = os.readlink("/etc/localtime")
    except OSError:
        pass
    else:
        candidates.append(target.partition("zoneinfo/")[2])
    candidates.append(bytes(QTimeZone.systemTimeZoneId().data()).decode())
    return next((zone for zone in candidates if zone and _is_zone(zone)), "UTC")


def _is_zone(name: str) -> bool:
    # zoneinfo and planner.localtime: ~10 ms that the first frame (ui.app.main) would wait for.
    from planner.localtime import is_zone  # noqa: PLC0415

    return is_zone(name)


def _location(location: str | Path) -> str:
    """How a store is remembered: a URL as it is, a file by its absolute path."""
    if isinstance(location, str) and is_url(location):
        return location
    return str(Path(location).resolve())


def _key(store: str | Path) -> str:
    """A settings key for a store location ('/' would nest groups)."""
    return _location(store).replace("/", "|").replace("\\", "|")
