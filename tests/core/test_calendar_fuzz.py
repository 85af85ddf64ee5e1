"""Property: mutated real .ics files (the corpus and the planner's own export) are imported or
refused in one line naming the file, with the store unchanged; never a catch-all message,
never an exception out of the command, never a hang. Fixed seed; about 20 s of CPU."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests import ics_fuzz

EXAMPLES = 100


@pytest.mark.timeout(300)
def test_mutated_calendars_are_imported_or_refused_with_their_place(tmp_path: Path) -> None:
    tally = ics_fuzz.Tally()
    ics_fuzz.campaign(ics_fuzz.prepare(tmp_path), EXAMPLES, tally)()
    assert tally.outcomes["catch-all"] == 0
    assert tally.outcomes["crashed"] == 0
    assert tally.outcomes["refused otherwise"] == 0
    # Both paths are exercised, or the property says little.
    assert tally.outcomes["accepted"] >= 5
    assert tally.outcomes["refused with a place"] > 10
