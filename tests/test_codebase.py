"""The project's own rules, checked with the rest of the suite so one command runs them all:
ruff (lint and format), mypy (strict on planner/), the import contracts (Qt and the UI out of
the domain core, the core's layers; ``[tool.importlinter]`` in pyproject.toml), and no import
circles in planner/ or ui/."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import grimp
import pytest

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


def tool(name: str) -> str:
    found = BIN / name
    if found.exists():
        return str(found)
    path = shutil.which(name)
    if path is None:
        pytest.fail(f"{name} is not installed; `pip install -e '.[dev]'` brings it")
    return path


def run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command, cwd=ROOT, capture_output=True, text=True, timeout=600, check=False
    )


def test_ruff_finds_nothing() -> None:
    result = run(tool("ruff"), "check", "planner", "ui", "tests", "benchmarks")
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_code_is_formatted() -> None:
    result = run(tool("ruff"), "format", "--check", "planner", "ui", "tests", "benchmarks")
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.slow
@pytest.mark.timeout(660)  # run() allows mypy 600 s on a cold cache
def test_mypy_finds_nothing() -> None:
    result = run(tool("mypy"))
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_import_contracts_hold() -> None:
    result = run(tool("lint-imports"))
    assert result.returncode == 0, result.stdout + result.stderr


# Circles that were there before this test and belong to code being reworked; a new one fails.
# (None is left: ui.commands names what it needs of the workspace in ui.command_workspace.)
KNOWN_CIRCLES: set[frozenset[str]] = set()


def test_no_module_imports_itself_in_a_circle() -> None:
    # Imports under TYPE_CHECKING count: a circle of annotations is a circle of ideas, and the
    # companion windows' one (MainWindow named in theirs) was such a circle.
    graph = grimp.build_graph("planner", "ui", cache_dir=None)
    found = {frozenset(c) for c in circles(graph)}
    assert found <= KNOWN_CIRCLES, sorted(sorted(c) for c in found - KNOWN_CIRCLES)


def circles(graph: grimp.ImportGraph) -> list[set[str]]:
    """The strongly connected groups of more than one module (Tarjan's algorithm, without
    recursion: the graph is deeper than Python's stack allows)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[set[str]] = []
    for root in sorted(graph.modules):
        if root in index:
            continue
        work = [(root, iter(sorted(graph.find_modules_directly_imported_by(root))))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            module, targets = work[-1]
            target = next(targets, None)
            if target is not None:
                if target not in index:
                    index[target] = low[target] = len(index)
                    stack.append(target)
                    on_stack.add(target)
                    imported = graph.find_modules_directly_imported_by(target)
                    work.append((target, iter(sorted(imported))))
                elif target in on_stack:
                    low[module] = min(low[module], index[target])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[module])
            if low[module] == index[module]:
                group = set()
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.add(member)
                    if member == module:
                        break
                if len(group) > 1:
                    found.append(group)
    return found


@pytest.mark.parametrize("document", ["docs/ARCHITECTURE.md", "CONTRIBUTING.md"])
def test_the_design_documents_name_only_files_that_exist(document: str) -> None:
    # A module that became a package, or moved, leaves its old name in the documents that
    # send readers to it; this keeps them true.
    text = (ROOT / document).read_text(encoding="utf-8")
    pattern = r"`((?:planner|ui|tests|tools|benchmarks|resources|docs)/[\w/.<>-]*)"
    named = {path for path in re.findall(pattern, text) if "<" not in path}  # not a pattern
    missing = sorted(path for path in named if not (ROOT / path.rstrip("/")).exists())
    assert named
    assert not missing, f"{document} names files that do not exist: {missing}"


def test_the_architecture_page_names_every_module_of_the_layers_contract() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    (layers,) = [c for c in config["tool"]["importlinter"]["contracts"] if c["type"] == "layers"]
    modules = {m.strip() for layer in layers["layers"] for m in layer.split("|")}
    text = (ROOT / "docs/ARCHITECTURE.md").read_text(encoding="utf-8")
    missing = sorted(m for m in modules if f"`{m.removeprefix('planner.')}`" not in text)
    assert not missing, f"docs/ARCHITECTURE.md leaves out layers of pyproject.toml: {missing}"
