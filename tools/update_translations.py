"""Update the Qt Linguist files from the source and compile them.

    python tools/update_translations.py            # lupdate + lrelease
    python tools/update_translations.py --release  # lrelease only (after editing a .ts)

``pyside6-lupdate`` reads every ``ui/**/*.py`` and adds new source texts to
``resources/translations/delegation_planner_<lang>.ts`` (marking vanished ones obsolete, and
keeping every translation already made); ``pyside6-lrelease`` compiles each ``.ts`` to the
``.qm`` next to it. Both files are committed, so running the app or building it needs no step.
Each entry keeps its source locations (file and line, relative to the ``.ts``), so a translator
in Qt Linguist sees the text where it is used.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("de", "zh_CN", "en")
# English needs only its plurals ("1 warning", "2 warnings"); every other text is the source.
PLURALS_ONLY = ("en",)


def tool(name: str) -> str:
    """A PySide6 tool: next to this Python (the venv's bin), else on PATH."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 into this Python")
    return found


def ts_file(language: str) -> Path:
    return TRANSLATIONS / f"delegation_planner_{language}.ts"


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))


def update() -> None:
    for language in LANGUAGES:
        subprocess.run(
            [tool("pyside6-lupdate"), *sources(), "-no-obsolete", "-locations", "relative",
             *(["-pluralonly"] if language in PLURALS_ONLY else []),
             "-target-language", language, "-ts", str(ts_file(language).relative_to(ROOT))],
            cwd=ROOT, check=True,
        )  # fmt: skip


def release(ts: Path, qm: Path) -> None:
    subprocess.run(
        [tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
        check=True,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--release", action="store_true", help="compile only, no lupdate")
    args = parser.parse_args(argv)
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    if not args.release:
        update()
    for language in LANGUAGES:
        release(ts_file(language), ts_file(language).with_suffix(".qm"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
