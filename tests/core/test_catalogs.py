"""The core's gettext catalogs (issue 16): complete, current, and what the core reads.

A text added to ``planner/`` without running ``tools/catalogs.py`` would print in English in a
German or Chinese pack; a translation that loses a placeholder would fail the user's export
with a KeyError; a stale ``.mo`` would show yesterday's words. Each of these fails here.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import string
import sys
from decimal import Decimal
from pathlib import Path
from types import ModuleType

import pytest
from babel.messages.catalog import Catalog, Message
from babel.messages.pofile import read_po

from planner import i18n, validation_messages
from planner.briefing.labels import TEXTS, Labels
from planner.calendar_ics import invitation_mail
from planner.calendar_ics.labels import LABELS
from planner.checks.messages import MESSAGES, PLURALS, words
from planner.letters.labels import TEXTS as LETTER_TEXTS

ROOT = Path(__file__).resolve().parents[2]
DATE_FIELDS = {"weekday", "wd", "day", "month", "mon", "m", "year"}
"""What a date format may pick from (:func:`planner.i18n.date_fields`); a range has each
with 1 and 2 after it (``{d1}``, ``{month2}``; ``d`` and ``y`` for day and year)."""
RANGE_FIELDS = {f"{name}{end}" for name in ("d", "month", "m", "y") for end in (1, 2)}


def load_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("catalogs", ROOT / "tools" / "catalogs.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("catalogs", module)
    spec.loader.exec_module(module)
    return module


catalogs = load_tool()


def read(path: Path, locale: str | None = None) -> Catalog:
    with path.open("rb") as file:
        return read_po(file, locale=locale)


def key(message: Message) -> tuple[str | None, str]:
    return message.context, message.id if isinstance(message.id, str) else message.id[0]


def fields(text: str) -> set[str]:
    return {name for _t, name, _f, _c in string.Formatter().parse(text) if name is not None}


def texts(message: Message) -> tuple[list[str], list[str]]:
    """The English forms and the translated forms of ``message``."""
    ids = [message.id] if isinstance(message.id, str) else list(message.id)
    found = [message.string] if isinstance(message.string, str) else list(message.string)
    return ids, found


def test_the_template_holds_every_marked_text_of_the_core() -> None:
    extracted = {key(m) for m in catalogs.extract() if m.id}
    committed = {key(m) for m in read(catalogs.TEMPLATE) if m.id}
    missing, vanished = extracted - committed, committed - extracted
    assert (sorted(missing, key=str), sorted(vanished, key=str)) == ([], []), (
        "run python tools/catalogs.py"
    )
    # Every table's texts are among them: the markers are the ones extraction knows.
    marked = [*validation_messages.MESSAGES.values(), *MESSAGES.values()]
    marked += [*TEXTS.values(), *LABELS.values(), *invitation_mail.WORDS.values()]
    marked += LETTER_TEXTS.values()
    expected = {tuple(text.rpartition(i18n.CONTEXT_SEP)[::2]) for text in marked}
    expected = {(context or None, msgid) for context, msgid in expected}
    expected |= {(None, singular) for singular, _plural in PLURALS.values()}
    assert expected == extracted


def test_extraction_finds_each_kind_of_marker(tmp_path: Path) -> None:
    (tmp_path / "babel.cfg").write_text("[python: planner/**.py]\n", encoding="utf-8")
    (tmp_path / "planner").mkdir()
    (tmp_path / "planner" / "words.py").write_text(
        "# Translators: a greeting\n"
        "A = N_('Hello {name}')\n"
        "B = NP_('mode', 'Press')\n"
        "C = NN_('{n} night', '{n} nights')\n"
        "D = _('not ours')\n",
        encoding="utf-8",
    )
    found = {key(m): m for m in catalogs.extract(tmp_path) if m.id}
    assert set(found) == {(None, "Hello {name}"), ("mode", "Press"), (None, "{n} night")}
    assert found[None, "Hello {name}"].auto_comments == ["a greeting"]
    assert found[None, "{n} night"].id == ("{n} night", "{n} nights")


@pytest.mark.parametrize("locale", catalogs.LOCALES)
def test_every_text_is_translated_with_its_placeholders(locale: str) -> None:
    catalog = read(catalogs.po_file(locale), locale)
    template = {key(m) for m in read(catalogs.TEMPLATE) if m.id}
    assert {key(m) for m in catalog if m.id} == template
    assert catalog.num_plurals == (1 if locale == "zh_CN" else 2)
    for message in catalog:
        if not message.id:
            continue
        ids, found = texts(message)
        where = f"{catalogs.po_file(locale).name} ({locale}): {ids[0]!r}"
        assert not message.fuzzy, f"{where} is fuzzy"
        assert len(found) == catalog.num_plurals or isinstance(message.id, str), where
        assert all(text.strip() for text in found), f"{where} is not translated"
        for text in found:
            if (message.context or "").startswith("date format"):
                # A date format picks the fields its language writes (``{m}月{day}日``).
                assert fields(text) <= DATE_FIELDS | RANGE_FIELDS, where
            else:
                assert fields(text) == fields(ids[-1]), where


def test_the_committed_files_are_current() -> None:
    """The .pot, each .po merged with it, and each .mo compiled from its .po."""
    assert catalogs.run(check=True) == [], "run python tools/catalogs.py"


def test_a_stale_compiled_catalog_is_found(tmp_path: Path) -> None:
    catalog = read(catalogs.po_file("de"), "de")
    compiled = tmp_path / "planner.mo"
    compiled.write_bytes(catalogs.mo_bytes(catalog))
    assert not catalogs.stale(compiled, catalogs.mo_bytes(catalog))
    catalog.get("Page {page} of {pages}").string = "Blatt {page} von {pages}"
    assert catalogs.stale(compiled, catalogs.mo_bytes(catalog))


def test_the_core_reads_the_compiled_catalogs() -> None:
    assert Labels("de")["page_of"] == "Seite {page} von {pages}"
    assert Labels("zh")["page_of"] == "第 {page} 页，共 {pages} 页"
    # A context keeps the two senses of one English word apart.
    assert Labels("de").word("role", "press") == "Presse"
    assert Labels("de").word("kind", "press") == "Pressetermin"
    # A text no catalog has yet stays English; so does a language without one.
    assert i18n.translate("de", i18n.N_("a text added yesterday")) == "a text added yesterday"
    assert i18n.translate("en", i18n.NP_("role", "Press")) == "Press"


@pytest.mark.parametrize(
    ("language", "one", "two"),
    [
        ("en", "for 1 night", "for 2 nights"),
        ("de", "für 1 Nacht", "für 2 Nächte"),
        ("zh", "需住1晚", "需住2晚"),
    ],
)
def test_plurals_follow_the_language(language: str, one: str, two: str) -> None:
    values = {"city": "Nuremberg", "arrive": "x", "depart": "y"}
    assert one in words(language).plural("lodging", 1, nights=1, **values)
    assert two in words(language).plural("lodging", 2, nights=2, **values)


def test_names_of_days_and_months_and_numbers_come_from_cldr() -> None:
    saturday = dt.date(2024, 6, 22)
    assert words("de").weekday(saturday) == "Samstag"
    assert words("zh").weekday(saturday) == "星期六"
    assert i18n.month_names("de", "abbreviated")[8] == "Sept."
    assert i18n.day_names("en", "abbreviated")[0] == "Mon"
    assert i18n.amount("de", Decimal("60.5")) == "60,50"
    assert i18n.amount("zh", Decimal(160)) == "160"
