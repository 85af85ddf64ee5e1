"""The glossary (``docs/glossary.md``) is what the catalogues say (issue 22).

A reader who meets „Abkommen“ on one page and „Vereinbarung“ on the next wonders whether they
are two things; a Chinese officer reads 东道主 as the host country, not the office holding the
meeting. Each glossary row with a *Not* column names the variants that must not come back; this
test fails, naming the file, the context and the text, on any translation that uses one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.core.catalogue_entries import LANGUAGES, ROOT, Entry, entries

GLOSSARY = ROOT / "docs" / "glossary.md"
PLACEHOLDER = re.compile(r"\{\w*\}|%n")
HAN = re.compile(r"[\u3400-\u9fff]")


@dataclass(frozen=True)
class Rule:
    english: str
    language: str
    wanted: str
    rejected: tuple[str, ...]

    def source_pattern(self) -> re.Pattern[str]:
        terms = [re.sub(r"\s*\(.*?\)", "", term).strip() for term in self.english.split(" / ")]
        words = "|".join(re.escape(term) for term in terms if term)
        return re.compile(rf"\b(?:{words})(?:s|es)?\b", re.IGNORECASE)

    def offending(self, translation: str) -> list[str]:
        return [variant for variant in self.rejected if _uses(translation, variant)]


def rules(path: Path = GLOSSARY) -> list[Rule]:
    """The enforced rows: a table row of five cells whose last cell is ``de: A; zh: B``."""
    found = []
    for line in path.read_text(encoding="utf-8").splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) != 5 or not cells[4] or cells[0] in {"English", "---"}:
            continue
        english, german, chinese, _usage, rejected = cells
        for part in rejected.split(";"):
            language, _, variants = part.partition(":")
            language = language.strip()
            assert language in LANGUAGES, f"{path.name}: {english}: unknown language {part!r}"
            wanted = german if language == "de" else chinese
            found.append(
                Rule(english, language, wanted, tuple(v.strip() for v in variants.split(",")))
            )
    return found


def _uses(translation: str, variant: str) -> bool:
    translation = translation.replace("&", "")
    if HAN.search(variant):
        return variant in translation
    return re.search(rf"(?<!\w){re.escape(variant)}(?!\w)", translation) is not None


def violations(rule: Rule, catalogue: list[Entry]) -> list[str]:
    pattern = rule.source_pattern()
    return [
        f"{entry.file}, {entry.context or '(no context)'}: {entry.source!r} -> "
        f"{entry.translation!r} uses {', '.join(rule.offending(entry.translation))}; "
        f"the glossary says {rule.wanted}"
        for entry in catalogue
        if pattern.search(PLACEHOLDER.sub(" ", entry.source).replace("&", ""))
        and rule.offending(entry.translation)
    ]


RULES = rules()
CATALOGUES = {language: list(entries(locale)) for language, locale in LANGUAGES.items()}


def test_the_glossary_enforces_the_terms_the_issue_found_in_two_names() -> None:
    enforced = {(rule.english, rule.language) for rule in RULES}
    for row in [
        ("agreement", "de"),
        ("branch venue", "de"),
        ("host", "zh"),
        ("recipient / receiver (of a gift)", "zh"),
        ("precedence / rank", "zh"),
        ("signing ceremony / signing", "zh"),
        ("counterpart", "zh"),
        ("transfer", "de"),
        ("carrier", "de"),
        ("severity", "de"),
    ]:
        assert row in enforced


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: f"{rule.language}-{rule.english}")
def test_no_translation_uses_a_variant_the_glossary_rejects(rule: Rule) -> None:
    assert violations(rule, CATALOGUES[rule.language]) == []


def test_a_rejected_variant_is_found_and_named() -> None:
    rule = Rule("transfer", "de", "Transfer", ("Reise", "Reiseverbindung"))
    bad = Entry("de.po", "", "the transfer must go to another stop", "die Reise muss weiter")
    fine = Entry("de.ts", "ItineraryPanel", "Itinerary: stops and transfers", "Reiseroute")
    placeholder = Entry("de.po", "", "{title} falls on {transfer}", "fällt in die Reise")
    assert violations(rule, [bad, fine, placeholder]) == [
        "de.po, (no context): 'the transfer must go to another stop' -> 'die Reise muss "
        "weiter' uses Reise; the glossary says Transfer"
    ]
