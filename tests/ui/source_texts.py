"""The texts the window's source marks for translation, read from the source itself.

``pyside6-lupdate`` sees only a literal in ``self.tr(...)``, ``QCoreApplication.translate(...)``
or ``QT_TRANSLATE_NOOP(...)``; a text handed to a helper of our own (``_tr("Import People")``)
reaches no catalogue and shows in English in every language. Reading the calls with :mod:`ast`
finds both: the marked texts, to be looked up in the ``.ts`` files, and the literals passed to a
helper, which lupdate cannot see.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

MARKERS = {"translate", "QT_TRANSLATE_NOOP"}
"""Calls whose first two arguments are the context and the text."""


@dataclass(frozen=True)
class Marked:
    """One text the source marks, and where: ``ui/dialogs/trip_dialog.py:42``."""

    where: str
    context: str
    source: str


def _name(call: ast.Call) -> str:
    func = call.func
    if isinstance(func, ast.Attribute):
        return func.attr
    return func.id if isinstance(func, ast.Name) else ""


def _literal(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _wrappers(tree: ast.Module) -> set[str]:
    """The module's own functions that pass a parameter on to ``translate``."""
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef):
            params = {a.arg for a in node.args.args}
            for call in ast.walk(node):
                if (
                    isinstance(call, ast.Call)
                    and _name(call) in ("translate", "tr")
                    and any(isinstance(a, ast.Name) and a.id in params for a in call.args)
                ):
                    found.add(node.name)
    return found


class _Reader(ast.NodeVisitor):
    def __init__(self, path: str, wrappers: set[str]) -> None:
        self.path, self.wrappers = path, wrappers
        self.classes: list[str] = []
        self.marked: list[Marked] = []
        self.hidden: list[str] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call) -> None:
        name, where = _name(node), f"{self.path}:{node.lineno}"
        args = [_literal(a) for a in node.args]
        if name == "tr" and isinstance(node.func, ast.Attribute) and args and args[0]:
            self.marked.append(Marked(where, self.classes[-1] if self.classes else "", args[0]))
        elif name in MARKERS and len(args) >= 2 and args[0] and args[1]:
            self.marked.append(Marked(where, args[0], args[1]))
        elif name in self.wrappers and args and args[0]:
            self.hidden.append(f"{where}: {name}({args[0]!r})")
        self.generic_visit(node)


def read(root: Path, folder: str = "ui") -> tuple[list[Marked], list[str]]:
    """The texts marked in ``root/folder/**/*.py``, and the literals passed to helpers."""
    marked: list[Marked] = []
    hidden: list[str] = []
    for path in sorted((root / folder).rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        reader = _Reader(str(path.relative_to(root)), _wrappers(tree))
        reader.visit(tree)
        marked += reader.marked
        hidden += reader.hidden
    return marked, hidden


__all__ = ["Marked", "read"]
