"""Every translated entry of the window's ``.ts`` files and the core's ``.po`` files, read as
plain text, so that a test of wording needs neither Qt nor the app."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = {"de": "de", "zh": "zh_CN"}
"""The glossary's language codes and the catalogues' locales."""


@dataclass(frozen=True)
class Entry:
    """One source text and its translation (plural forms joined by a line break)."""

    file: str
    context: str
    source: str
    translation: str


def ts_entries(locale: str) -> Iterator[Entry]:
    path = TRANSLATIONS / f"delegation_planner_{locale}.ts"
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None:
                continue
            forms = translation.findall("numerusform")
            text = "\n".join(f.text or "" for f in forms) if forms else translation.text or ""
            yield Entry(path.name, name, message.findtext("source") or "", text)


def po_entries(locale: str) -> Iterator[Entry]:
    path = TRANSLATIONS / locale / "LC_MESSAGES" / "planner.po"
    with path.open("rb") as file:
        catalog = read_po(file, locale=locale)
    for message in catalog:
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        yield Entry(
            f"{locale}/planner.po", message.context or "", "\n".join(ids), "\n".join(strings)
        )


def entries(locale: str) -> Iterator[Entry]:
    yield from ts_entries(locale)
    yield from po_entries(locale)
