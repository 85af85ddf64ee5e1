"""Contacts in vCard files (.vcf): what phones, Outlook, Apple and Google exchange.

vobject reads each line of a card (the content-line grammar, parameters, quoted-printable in
vCard 2.1 and its charsets) and writes the cards. Two things it does not do well, so this
module does them around it:

- Say where a broken card is: its line numbers drift with every folded line. The file is
  split into cards and lines here, each with its physical line number, and vobject reads one
  line at a time; a file is refused whole, with the line, rather than imported without the
  cards that failed.
- Keep a value whole: vobject's text decoding reads every unescaped comma as a list
  separator and keeps the first item, so "TITLE:Director, Europe Desk" (unescaped, as vCard
  2.1 and careless 3.0 writers leave it) would become "Director". Values are unescaped here,
  by RFC 6350's rules, from the line as vobject parsed it.

Names: N gives family and given name (FN, split, where N is empty). A name in Chinese
characters with a Latin transliteration beside it (Apple's and Google's X-PHONETIC-LAST-NAME
and X-PHONETIC-FIRST-NAME) is stored the directory's way: the Latin name as family and given
name, the characters as the native name. The writer keeps the native name in FN, as the
directory displays it ("Zhu Wei (朱伟)"), and the reader takes it back from there.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from typing import Any, TextIO

import pycountry
import vobject
from vobject.base import VObjectError, textLineToContentLine

from planner import names
from planner.contacts import encodings, values
from planner.contacts.draft import ContactDraft, ContactFormatError, ExportPerson

_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_ESCAPED = re.compile(r"\\(.)|([;,])|([^\\;,]+)", re.DOTALL)
_NOT_PREFERRED = 100
_LINE_OCTETS = 75
_UNFOLDED = 1 << 30
"""A line length vobject never reaches, so that it leaves folding to :func:`_folded`."""
_PHONE_KINDS = ("work", "cell")
_NOT_PHONES = frozenset({"fax", "pager", "textphone"})
_UNREADABLE = (VObjectError, ValueError, LookupError)
"""What vobject raises on a bad line: its own errors, and the codecs' (quoted-printable
text in an unknown charset, or bytes the charset does not allow)."""

Properties = dict[str, list[Any]]
"""A card: its properties by upper-case name, each a vobject ContentLine, in file order."""


def read_vcards(data: bytes, source: str) -> list[ContactDraft]:
    """Every card of ``data`` as a draft, in the file's order."""
    text, _ = encodings.decode(data, source=source)
    return [
        _draft(_properties(lines, source), lines[0][0], source) for lines in _cards(text, source)
    ]


def write_vcards(people: Iterable[ExportPerson], out: TextIO) -> None:
    """The people as vCard 4.0 (RFC 6350); ``out`` should be opened with ``newline=""`` so
    that the lines keep the CRLF endings the standard asks for."""
    for person in people:
        unfolded = _card(person).serialize(lineLength=_UNFOLDED)
        out.write("".join(_folded(line) for line in unfolded.split("\r\n") if line))


def _folded(line: str) -> str:
    """``line`` folded into lines of at most 75 octets of UTF-8 each, as RFC 6350 (3.2)
    says, the leading space of a continuation counted, and never inside a character.

    vobject counts characters, and leaves a line of 74 Chinese characters (222 octets)
    whole; some phones cut such a line at 75 octets, in the middle of a character.
    """
    parts: list[str] = []
    part: list[str] = []
    size = 0
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > _LINE_OCTETS:
            parts.append("".join(part))
            part, size = [" "], 1
        part.append(char)
        size += width
    parts.append("".join(part))
    return "".join(f"{text}\r\n" for text in parts)


def _cards(text: str, source: str) -> list[list[tuple[int, str]]]:
    """The physical lines of each card, numbered, from BEGIN:VCARD to END:VCARD."""
    cards: list[list[tuple[int, str]]] = []
    card: list[tuple[int, str]] | None = None
    for number, line in enumerate(_LINE_BREAK.split(text), start=1):
        keyword = line.rstrip().upper()
        if card is None:
            if keyword == "BEGIN:VCARD":
                card = [(number, line)]
            elif keyword:
                raise ContactFormatError(
                    source, number, f"expected BEGIN:VCARD, found {_shown(line)}"
                )
            continue
        if keyword == "BEGIN:VCARD":
            raise ContactFormatError(
                source,
                card[0][0],
                f"the card has no END:VCARD (a new card begins on line {number})",
            )
        card.append((number, line))
        if keyword == "END:VCARD":
            cards.append(card)
            card = None
    if card is not None:
        raise ContactFormatError(
            source, card[0][0], "the card has no END:VCARD: the file ends inside it"
        )
    if not cards:
        raise ContactFormatError(source, None, "the file holds no vCard")
    return cards


def _properties(lines: list[tuple[int, str]], source: str) -> Properties:
    """The card's properties as vobject reads each of its lines."""
    properties: Properties = defaultdict(list)
    for number, text in _logical_lines(lines[1:-1]):
        try:
            line = textLineToContentLine(text, number)
        except _UNREADABLE as exc:
            if isinstance(exc, VObjectError):
                message = f"not a vCard property: {_shown(text)}"
            else:
                message = f"{_shown(text)}: {exc}"
            raise ContactFormatError(source, number, message) from None
        properties[line.name.upper()].append(line)
    return properties


def _logical_lines(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Folded lines joined, each with the number of its first physical line. A line ending
    in "=" of a quoted-printable property continues on the next line, as in vCard 2.1."""
    logical: list[tuple[int, str]] = []
    soft_break = False
    for number, line in lines:
        if logical and soft_break:
            logical[-1] = (logical[-1][0], logical[-1][1] + "\n" + line)
        elif logical and line[:1] in (" ", "\t"):
            logical[-1] = (logical[-1][0], logical[-1][1] + line[1:])
        elif line.strip():
            logical.append((number, line))
        text = logical[-1][1] if logical else ""
        soft_break = text.endswith("=") and "quoted-printable" in text.lower()
    return logical


def _draft(card: Properties, line: int, source: str) -> ContactDraft:
    family, given, native, honorific = _names(card)
    if not family:
        raise ContactFormatError(source, line, "the card has no name (N or FN)")
    organizations = card.get("ORG")
    emails = sorted(
        card.get("EMAIL", ()), key=lambda line: (_preference(line), "work" not in _types(line))
    )
    spoken = sorted(card.get("LANG", ()), key=_preference)
    notes = [_text(note) for note in card.get("NOTE", ())]
    return ContactDraft(
        line=line,
        family_name=family,
        given_name=given,
        native_name=native,
        honorific=honorific,
        position=_first(card, "TITLE"),
        organization=_components(organizations[0])[0] or None if organizations else None,
        country=_country(card),
        email=_text(emails[0]) if emails else None,
        phone=_phone(card),
        languages=tuple(dict.fromkeys(c for lang in spoken for c in values.languages(_text(lang)))),
        notes="\n".join(filter(None, notes)) or None,
    )


def _names(card: Properties) -> tuple[str | None, str | None, str | None, str | None]:
    """Family, given and native name and honorific of a card."""
    full = _first(card, "FN")
    family = given = honorific = None
    if "N" in card:
        parts = [*_components(card["N"][0], comma=" "), "", "", "", ""]
        family, given, honorific = parts[0] or None, parts[1] or None, parts[3] or None
    if not family and full:
        family, given = values.split_full_name(full)
    if not family:
        return None, None, None, None
    native = None
    if names.has_han(family) or names.has_han(given):
        latin_family = _first(card, "X-PHONETIC-LAST-NAME")
        latin_given = _first(card, "X-PHONETIC-FIRST-NAME")
        if latin_family and values.is_latin(latin_family):
            native = names.latin_name(family, given)
            family = latin_family
            given = latin_given if latin_given and values.is_latin(latin_given) else None
    elif full and full != names.latin_name(family, given):
        native = _native_in_full_name(full, family, given)
    return family, given, native, honorific


def _native_in_full_name(full: str, family: str, given: str | None) -> str | None:
    """The native-script name a Latin-named card writes in FN: all of FN ("朱伟"), or the
    part in brackets where FN is written the way the directory displays the person."""
    if not any(char.isalpha() for char in full) or values.is_latin(full):
        return None
    if "(" not in full:
        return full
    native = full[full.rindex("(") + 1 :].removesuffix(")").strip()
    if native and names.display_name(family, given, native) == full:
        return native
    return None


def _phone(card: Properties) -> str | None:
    """Work number before mobile before any other; fax and pager numbers last."""

    def rank(line: Any) -> tuple[int, int]:
        kinds = _types(line)
        if kinds & _NOT_PHONES:
            return len(_PHONE_KINDS) + 1, _preference(line)
        kind = next((i for i, k in enumerate(_PHONE_KINDS) if k in kinds), len(_PHONE_KINDS))
        return kind, _preference(line)

    phones = sorted(card.get("TEL", ()), key=rank)
    number = _text(phones[0]) if phones else None
    if number and number.lower().startswith("tel:"):
        return number[4:].strip() or None
    return number


def _country(card: Properties) -> str | None:
    """The country of the work address, else of the first address with a country that is
    one; Apple's X-ABADR and RFC 8605's CC give the code itself."""
    codes = {line.group: line.value for line in card.get("X-ABADR", ()) if line.group}
    addresses = sorted(card.get("ADR", ()), key=lambda line: "work" not in _types(line))
    for address in addresses:
        parts = [*_components(address), *[""] * 7]
        for written in (_param(address, "CC"), codes.get(address.group), parts[6]):
            code = values.country_code(written) if written else None
            if code:
                return code
    return None


def _card(person: ExportPerson) -> Any:
    card = vobject.vCard()
    card.add("version").value = "4.0"
    card.add("n").value = vobject.vcard.Name(
        family=person.family_name, given=person.given_name or "", prefix=person.honorific or ""
    )
    card.add("fn").value = names.display_name(
        person.family_name, person.given_name, person.native_name
    )
    organizations = [name for name in (person.organization, person.organization_native) if name]
    for name in organizations:
        org = card.add("org")
        org.value = [name]
        if len(organizations) > 1:  # RFC 6350 ALTID: one organization, two spellings
            org.params["ALTID"] = ["1"]
    _add(card, "title", person.position)
    _add(card, "email", person.email)
    if person.phone:
        tel = card.add("tel")
        tel.value = f"tel:{person.phone}"
        tel.params.update(VALUE=["uri"], TYPE=["work,voice"])
    if person.country:
        country = pycountry.countries.get(alpha_2=person.country)
        adr = card.add("adr")
        adr.value = vobject.vcard.Address(country=country.name if country else person.country)
        adr.params["TYPE"] = ["work"]
    for preference, language in enumerate(person.languages, start=1):
        _add(card, "lang", language).params["PREF"] = [str(preference)]
    _add(card, "note", person.notes)
    _add(card, "uid", f"urn:uuid:{person.uuid}")
    return card


def _add(card: Any, name: str, value: str | None) -> Any:
    if value:
        line = card.add(name)
        line.value = value
        return line
    return None


def _first(card: Properties, name: str) -> str | None:
    lines = card.get(name)
    return _text(lines[0]) if lines else None


def _text(line: Any) -> str | None:
    """A text property's value, unescaped, with its commas kept; None when empty."""
    text = _components(line, split=False)[0]
    return text.replace("\r\n", "\n") or None


def _components(line: Any, *, split: bool = True, comma: str = ",") -> list[str]:
    """The parts of a structured value (N, ORG, ADR) split on unescaped semicolons (unless
    not ``split``), each unescaped and stripped; ``comma`` stands in for unescaped commas,
    which separate the values of one part ("N:Link;Sören,Hans")."""
    parts = [""]
    for escaped, separator, plain in _ESCAPED.findall(str(line.value)):
        if separator == ";" and split:
            parts.append("")
        elif separator:
            parts[-1] += comma if separator == "," else separator
        else:
            parts[-1] += ("\n" if escaped in "nN" else escaped) if escaped else plain
    return [part.strip() for part in parts]


def _param(line: Any, name: str) -> str | None:
    found = line.params.get(name)
    return str(found[0]) if found else None


def _types(line: Any) -> set[str]:
    """TYPE values however the version writes them: "TYPE=work,voice", "type=WORK;type=pref",
    "TEL;WORK;VOICE" (2.1)."""
    kinds = [*line.params.get("TYPE", ()), *line.singletonparams]
    return {kind.strip().lower() for text in kinds for kind in text.split(",")}


def _preference(line: Any) -> int:
    """Lower is preferred: vCard 4.0's PREF=1..100, vCard 3.0's TYPE=pref, 2.1's PREF."""
    pref = _param(line, "PREF")
    if pref is not None:
        return int(pref) if pref.isdigit() else 1
    return 1 if "pref" in _types(line) else _NOT_PREFERRED


def _shown(line: str) -> str:
    return repr(line if len(line) <= 40 else line[:40] + "…")
