"""Where things live on the user's machine: the default store, the cache folder, the
settings folder, and their environment overrides."""

from __future__ import annotations

import os
import sys
from pathlib import Path

# platformdirs (with tempfile and random, about 30 ms) is imported by the function that needs
# a platform folder: a command given its store and its cache folder needs none.

APP_NAME = "DelegationPlanner"
STORE_ENV = "DELEGATION_PLANNER_STORE"
CACHE_ENV = "DELEGATION_PLANNER_CACHE"
CONFIG_ENV = "DELEGATION_PLANNER_CONFIG"
STORE_FILE = "planner.sqlite"
_REMOTE_FS = {"nfs", "nfs4", "cifs", "smb3", "smbfs", "fuse.sshfs", "sshfs", "9p", "afs", "davfs"}


def default_store_path() -> Path:
    """``$DELEGATION_PLANNER_STORE`` if set, else the platform's per-user data folder."""
    override = os.environ.get(STORE_ENV)
    if override:
        return Path(override).expanduser()
    from platformdirs import user_data_path  # noqa: PLC0415 - see the imports

    return user_data_path(APP_NAME, appauthor=False) / STORE_FILE


def looks_remote(path: Path) -> bool:
    """True for a UNC path or a Linux network mount: SQLite's locking and WAL break there."""
    text = str(path)
    if text.startswith(("\\\\", "//")):
        return True
    if not sys.platform.startswith("linux"):
        return False
    try:
        mounts = Path("/proc/mounts").read_text().splitlines()
    except OSError:
        return False
    resolved = str(path.resolve())
    best, best_type = "", ""
    for line in mounts:
        fields = line.split()
        if len(fields) < 3:
            continue
        point = fields[1].replace("\\040", " ")
        prefix = point.rstrip("/") + "/"
        if (resolved == point or resolved.startswith(prefix)) and len(point) > len(best):
            best, best_type = point, fields[2]
    return best_type in _REMOTE_FS


def cache_folder() -> Path:
    """``$DELEGATION_PLANNER_CACHE`` if set, else the platform's per-user cache folder: for
    files derived from installed data (the gazetteer's index), safe to delete."""
    override = os.environ.get(CACHE_ENV)
    if override:
        return Path(override).expanduser()
    from platformdirs import user_cache_path  # noqa: PLC0415 - see the imports

    return user_cache_path(APP_NAME, appauthor=False)


def config_folder() -> Path:
    """``$DELEGATION_PLANNER_CONFIG`` if set, else the platform's per-user config folder: for
    settings the command line and the window share (the office's identity and mail server)."""
    override = os.environ.get(CONFIG_ENV)
    if override:
        return Path(override).expanduser()
    from platformdirs import user_config_path  # noqa: PLC0415 - see the imports

    return user_config_path(APP_NAME, appauthor=False)
