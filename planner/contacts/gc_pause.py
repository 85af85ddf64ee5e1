"""Holding Python's cyclic garbage collector off while a file of contacts is converted.

Reading, planning and writing 60,000 people makes a few hundred thousand small tuples,
lists and drafts that all live to the end. Every 700 new container objects start a
collection, and the growing number of survivors starts full collections that walk the whole
heap again and again: that was a third of reading a CSV. Nothing these steps make refers to
itself, so reference counting frees what they drop and the collector has nothing to find;
it runs again when the outermost pause ends.

The pause is counted, so that the import's steps can nest it, and it is process-wide (the
collector is): a pause on the window's worker thread holds collection off on the GUI thread
too, for the second or so an import takes.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_depth = 0
_was_enabled = False


@contextmanager
def paused() -> Iterator[None]:
    """No automatic collection inside the block (and any nested or concurrent one)."""
    global _depth, _was_enabled  # noqa: PLW0603 - one collector per process, one count
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                gc.enable()
