"""Writing the files the program makes: whole or not at all, and readable by their owner only.

Every file it writes holds personal data: names, telephone numbers, where and when people
meet, what they were given. The store is created owner-only (mode 0600) for that reason, and
so is every export: trip files, calendars, briefing packs, contacts files, personal-data
reports and images of the schedule. Whoever passes a file on does so on purpose; a shared
folder or a multi-user machine does not do it for them.

Each file is written to a temporary name beside its target (``mkstemp`` creates it 0600, so
no other user can open it even while it is being written), flushed to disk, then renamed over
the target: a failure leaves the old file, or none, never half a file. A failure names the
file the user chose, never the temporary one, which the user has never heard of.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Mapping
from pathlib import Path

from planner.errors import PlannerError

MODE = 0o600


def write_private(path: Path, data: bytes, what: str = "the file") -> None:
    """Write ``data`` to ``path``, owner-only, whole or not at all; ``what`` names the kind
    of file in an error ("cannot write the calendar")."""
    write_all_private({Path(path): data}, what)


def write_all_private(files: Mapping[Path, bytes], what: str = "the file") -> None:
    """Write every file or none (a calendar and its per-person files belong together): each
    goes to its temporary file first, and only when all are written are they renamed."""
    written: list[tuple[str, Path]] = []
    path = Path()
    try:
        for path, data in files.items():
            folder = path.parent if str(path.parent) else Path(".")
            handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=folder)
            written.append((temporary, path))
            with os.fdopen(handle, "wb") as out:
                out.write(data)
                out.flush()
                os.fsync(out.fileno())
        for temporary, path in written:
            os.replace(temporary, path)
    except OSError as exc:
        for temporary, _target in written:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
        raise PlannerError(f"{path}: cannot write {what} ({exc.strerror or exc})") from None
