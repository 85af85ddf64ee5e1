"""Extract, update and compile the core's gettext catalogs in one command.

    python tools/catalogs.py           # extract planner.pot, merge it into each .po, compile .mo
    python tools/catalogs.py --check   # exit 1, naming the file, if any of them is out of date

The core (``planner/``) marks its texts with ``N_``, ``NP_`` and ``NN_`` (:mod:`planner.i18n`);
Babel extracts them from the files ``babel.cfg`` names into
``resources/translations/planner.pot``, merges that into
``resources/translations/<locale>/LC_MESSAGES/planner.po`` (new texts arrive untranslated,
vanished ones become obsolete ``#~`` entries) and compiles each ``.po`` to the ``planner.mo``
beside it. All three are committed, so the app and the PyInstaller build need no step. The UI's
Qt catalogs (``.ts``) have their own tool, ``tools/update_translations.py``.
"""

from __future__ import annotations

import argparse
import io
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.mofile import read_mo, write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
TEMPLATE = TRANSLATIONS / "planner.pot"
LOCALES = ("de", "zh_CN")
KEYWORDS: dict[str, tuple[int | tuple[int, str], ...] | None] = {
    "N_": None,  # one message, the first argument
    "NP_": ((1, "c"), 2),  # a context, then the message
    "NN_": (1, 2),  # the singular and the plural
}
COMMENT_TAGS = ["Translators:"]
HEADER = """\
# The texts of Delegation Planner's core (planner/): the briefing pack, the calendars' event
# descriptions, the checks' and the editors' messages. How to translate: CONTRIBUTING.md,
# "Translating". tools/catalogs.py makes this file; translations are kept when it runs again.
#"""
_VOLATILE = ("POT-Creation-Date", "PO-Revision-Date", "Generated-By")
"""Header lines that differ by the day and the Babel of whoever ran the tool, not by a text."""


def po_file(locale: str) -> Path:
    return TRANSLATIONS / locale / "LC_MESSAGES" / "planner.po"


def extract(root: Path = ROOT) -> Catalog:
    """Every marked text of the files ``babel.cfg`` names as a fresh template."""
    with (root / "babel.cfg").open(encoding="utf-8") as config:
        method_map, options_map = parse_mapping_cfg(config)
    template = Catalog(
        project="Delegation Planner", charset="utf-8", fuzzy=False, header_comment=HEADER
    )
    found = extract_from_dir(
        str(root),
        method_map,
        options_map,
        keywords=KEYWORDS,
        comment_tags=COMMENT_TAGS,
        strip_comment_tags=True,
    )
    for filename, lineno, message, comments, context in found:
        template.add(message, None, [(filename, lineno)], auto_comments=comments, context=context)
    return template


def updated(locale: str, template: Catalog) -> Catalog:
    """The locale's catalog with the template's texts, keeping every translation made."""
    with po_file(locale).open("rb") as file:
        catalog = read_po(file, locale=locale)
    catalog.update(template, update_creation_date=False)
    return catalog


def po_bytes(catalog: Catalog) -> bytes:
    out = io.BytesIO()
    write_po(out, catalog, width=100, include_lineno=False, sort_by_file=True)
    return out.getvalue()


def mo_bytes(catalog: Catalog) -> bytes:
    out = io.BytesIO()
    write_mo(out, catalog)
    return out.getvalue()


def messages(mo: bytes) -> dict[tuple[str | None, object], object]:
    """The translations a compiled catalog holds, with its header's lasting lines (the
    plural rule among them)."""
    catalog = read_mo(io.BytesIO(mo))
    header = [line for line in catalog.mime_headers if line[0] not in _VOLATILE]

    def plain(text: object) -> object:  # a plural's forms come as a list or a tuple
        return tuple(text) if isinstance(text, list | tuple) else text

    found: dict[tuple[str | None, object], object] = {(None, ""): header}
    found.update({(m.context, plain(m.id)): plain(m.string) for m in catalog if m.id})
    return found


def stale(path: Path, data: bytes) -> bool:
    """Whether ``path`` says something else than ``data`` (the volatile header lines aside)."""
    if not path.exists():
        return True
    if path.suffix == ".mo":
        return messages(path.read_bytes()) != messages(data)

    def kept(text: bytes) -> list[bytes]:
        skip = tuple(f'"{name}:'.encode() for name in _VOLATILE)
        return [line for line in text.splitlines() if not line.startswith(skip)]

    return kept(path.read_bytes()) != kept(data)


def run(*, check: bool) -> list[Path]:
    """Bring every catalog up to date, or with ``check`` only name those that are not."""
    template = extract()
    if TEMPLATE.exists():  # a template whose texts are the same keeps its date
        now = template.creation_date
        with TEMPLATE.open("rb") as file:
            template.creation_date = read_po(file).creation_date
        if stale(TEMPLATE, po_bytes(template)):
            template.creation_date = now
    outputs = [(TEMPLATE, po_bytes(template))]
    for locale in LOCALES:
        catalog = updated(locale, template)
        outputs.append((po_file(locale), po_bytes(catalog)))
        outputs.append((po_file(locale).with_suffix(".mo"), mo_bytes(catalog)))
    changed = [path for path, data in outputs if stale(path, data)]
    if not check:
        for path, data in outputs:
            if path in changed:
                path.write_bytes(data)
    return changed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if stale")
    args = parser.parse_args(argv)
    changed = run(check=args.check)
    for path in changed:
        verb = "out of date" if args.check else "written"
        print(f"{path.relative_to(ROOT)}: {verb}", file=sys.stderr if args.check else sys.stdout)
    return 1 if args.check and changed else 0


if __name__ == "__main__":
    sys.exit(main())
