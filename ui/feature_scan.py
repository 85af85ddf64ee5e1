"""Stop PySide6 from reading the source of every module imported after it.

Shiboken's ``__feature__`` support (``snake_case``, ``true_property``) decides for each newly
imported module whether it may select a feature by searching its source for the word
"PySide6": an import hook calls ``inspect.getsource(module)``, which reads the whole file into
:mod:`linecache` and keeps it there for the life of the process. For this app that is every
SQLAlchemy, model and view module loaded after the frame (about 370 files): 22 MiB of resident
memory that is never used again and a sixth of the CPU the window's imports take (measured with
PySide6 6.11, ``benchmarks/bench_startup.py``). The app selects no feature, so it answers the
question itself for every module: no. What the scan read before it was turned off (the
modules imported with PySide6 itself, about 40 files and 2 MiB) is dropped from the cache too.
"""

from __future__ import annotations

import importlib
import linecache
from types import ModuleType


def _selects_no_feature(module: ModuleType) -> bool:
    return False


def skip_feature_scan() -> bool:
    """Answer shiboken's per-module question without reading the module; whether the scan was
    there to skip (a later PySide6 may drop or rename it; then there is nothing to do)."""
    try:  # not in PySide6's type stubs
        feature = importlib.import_module("PySide6.support.feature")
    except ImportError:  # pragma: no cover - every PySide6 6.x has it
        return False
    if not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = _selects_no_feature  # type: ignore[attr-defined] # no public switch
    linecache.clearcache()  # a cache: a traceback reads the files again when it needs them
    return True
