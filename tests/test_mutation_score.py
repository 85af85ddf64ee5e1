"""The mutation score tool (tools/mutation_score.py) still works: one mutation, end to end.

The full score takes many minutes and is not part of the suite; this runs the quickest of its
mutations through the tool, and shows that the working tree is left as it was.
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TOOL = ROOT / "tools" / "mutation_score.py"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(TOOL), *args],
        cwd=ROOT, capture_output=True, text=True, timeout=600, check=False,
    )  # fmt: skip


def test_a_mutation_the_tests_catch_is_counted_and_the_tree_is_untouched() -> None:
    localtime = ROOT / "planner" / "localtime.py"
    before = hashlib.sha256(localtime.read_bytes()).hexdigest()

    result = run("--only", "offset-without-abs")

    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.splitlines()[-1] == "caught 1 of 1"
    assert "caught" in result.stdout.splitlines()[0]
    assert hashlib.sha256(localtime.read_bytes()).hexdigest() == before


def test_an_unknown_mutation_is_refused_by_name() -> None:
    result = run("--only", "no-such-mutation")

    assert result.returncode == 2
    assert "no mutation named no-such-mutation" in result.stderr
