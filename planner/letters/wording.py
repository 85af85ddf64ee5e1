"""What each document says, in German, English or Chinese, as plain blocks of text.

The PDF (:mod:`planner.letters.pdf`) and the DOCX (:mod:`planner.letters.word`) lay out the
same blocks, so the two files of one letter cannot say different things, and the tests read
one wording back from both. A block is a heading, a paragraph, a list of labelled fields, a
table with a header row, or the signature block; the wording decides nothing about fonts.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from planner import names
from planner.briefing.labels import CHINESE, ENGLISH
from planner.letters.content import (
    CHINESE_FORM,
    SCHENGEN_FORM,
    Delegate,
    LetterContent,
)
from planner.letters.labels import Words

HEADING, TEXT, FIELDS, TABLE, SENDER, SIGNATURE, NOTE, DATE_LINE = (
    "heading", "text", "fields", "table", "sender", "signature", "note", "date",
)  # fmt: skip
DOCUMENTS, HOSTS = "documents", "hosts"
"""The delegation list's editions: with dates of birth and passports, or without."""


@dataclass(frozen=True)
class Block:
    kind: str
    text: str = ""
    level: int = 1
    rows: tuple[tuple[str, ...], ...] = ()
    header: tuple[str, ...] = ()
    widths: tuple[float, ...] = ()
    """A table's column widths as fractions of the text's width."""


@dataclass(frozen=True)
class Document:
    stem: str
    """The file's name without its suffix (``invitation-letter-de``)."""
    title: str
    language: str
    blocks: tuple[Block, ...]
    landscape: bool = False


def invitation_letters(
    content: LetterContent, language: str, *, per_delegate: bool = False
) -> list[Document]:
    """The letter naming every invitee, or one letter each; none when nobody needs a visa."""
    invitees = content.invitees
    if not invitees:
        return []
    if not per_delegate:
        return [_letter(content, invitees, language, f"invitation-letter-{language}")]
    return [
        _letter(content, (d,), language, f"invitation-letter-{language}-{n:02d}-{_slug(d)}")
        for n, d in enumerate(invitees, 1)
    ]


def delegation_list(content: LetterContent, language: str, edition: str) -> Document:
    """The official delegation list: everyone in precedence order; the hosts' edition
    without dates of birth and passport numbers."""
    w = Words(language)
    visit = content.visit
    with_documents = edition == DOCUMENTS
    header = [w["number"], w["name_native"], w["name_latin"], w["function"], w["organization"]]
    widths = [0.05, 0.17, 0.18, 0.3, 0.3]
    if with_documents:
        header += [w["date_of_birth"], w["passport"]]
        widths = [0.04, 0.13, 0.15, 0.22, 0.22, 0.11, 0.13]
    rows = []
    for n, d in enumerate(content.delegation, 1):
        row = [str(n), d.native_script, d.passport_name, d.function, _organization(d, w)]
        if with_documents:
            passport = d.documents.passport
            row += [w.date(d.documents.date_of_birth), passport.number if passport else ""]
        rows.append(tuple(cell or w["blank"] for cell in row))
    dates = _dates(content, w)
    blocks = [
        Block(HEADING, w["list.title"], 1),
        Block(TEXT, " · ".join(p for p in (visit.title, dates) if p)),
        Block(NOTE, w[f"list.edition.{edition}"]),
        Block(TABLE, rows=tuple(rows), header=tuple(header), widths=tuple(widths)),
    ]
    suffix = "" if with_documents else "-hosts"
    return Document(
        f"delegation-list{suffix}-{language}",
        w["list.title"],
        language,
        tuple(blocks),
        landscape=with_documents,
    )


def as_text(document: Document) -> str:
    """The document's words as plain text, block by block: what the window previews."""
    labelled = Words(document.language)["labelled"]
    parts: list[str] = []
    for block in document.blocks:
        if block.kind == FIELDS:
            fields = [labelled.format(label=label, text=value) for label, value in block.rows]
            parts.append("\n".join(fields))
        elif block.kind == TABLE:
            rows = [block.header, *block.rows]
            parts.append("\n".join(" | ".join(row) for row in rows))
        elif block.kind == SIGNATURE:
            (stamp, signature), (organization, signatory) = block.rows
            parts.append(
                "\n".join([block.text, f"[{stamp}]  [{signature}]", organization, signatory])
            )
        else:
            parts.append(block.text)
    return "\n\n".join(p for p in parts if p)


def _letter(
    content: LetterContent, invitees: tuple[Delegate, ...], language: str, stem: str
) -> Document:
    w = Words(language)
    visit, inviter = content.visit, content.inviter
    blank = w["blank"]
    country = w.country(visit.destination)
    form = {CHINESE_FORM: "china", SCHENGEN_FORM: "schengen"}.get(visit.form, "general")
    inviter_name = _named(inviter.organization, inviter.organization_native, w) or blank
    blocks: list[Block] = []
    sender = [inviter_name, inviter.address, _labelled(w, "phone", inviter.phone)]
    blocks.append(Block(SENDER, "\n".join(s for s in sender if s)))
    blocks.append(
        Block(TEXT, w.get(f"to.{form}", country=country) + "\n" + w[f"to.{form}.section"])
    )
    place_date = w.get("place_date", place=inviter.place or blank, date=w.date(visit.issued))
    blocks.append(Block(DATE_LINE, place_date))
    blocks.append(Block(HEADING, w.get("subject", title=visit.title), 1))
    blocks.append(Block(TEXT, w["salutation"]))
    arrival, departure = w.date(visit.arrival) or blank, w.date(visit.departure) or blank
    opening = "opening.one" if len(invitees) == 1 else "opening.many"
    blocks.append(
        Block(
            TEXT,
            w.get(
                opening,
                inviter=inviter_name,
                count=len(invitees),
                country=country,
                arrival=arrival,
                departure=departure,
            ),
        )
    )
    blocks.append(Block(HEADING, w["section.invitees"], 2))
    for n, d in enumerate(invitees, 1):
        blocks.append(Block(HEADING, f"{n}. {_heading_name(d)}", 3))
        blocks.append(Block(FIELDS, rows=_invitee_fields(d, w)))
    blocks.append(Block(HEADING, w["section.visit"], 2))
    visit_rows = (
        (w["purpose"], visit.purpose or blank),
        (w["arrival"], arrival),
        (w["departure"], departure),
        (w["places"], w.series(list(visit.places)) or blank),
        (w["relationship"], w.get("relationship.value", inviter=inviter_name)),
        (w["costs"], visit.costs_borne_by or blank),
    )
    blocks.append(Block(FIELDS, rows=visit_rows))
    blocks.append(Block(HEADING, w["section.inviter"], 2))
    signatory = _joined(w, [inviter.signatory, inviter.function])
    inviter_rows = (
        (w["organization"], inviter_name),
        (w["address"], inviter.address or blank),
        (w["phone"], inviter.phone or blank),
        (w["signatory"], signatory or blank),
    )
    blocks.append(Block(FIELDS, rows=inviter_rows))
    contact = _joined(w, [inviter.signatory, inviter.phone])
    closing = w.get("closing", contact=contact) if contact else w["closing.no_contact"]
    blocks.append(Block(TEXT, closing))
    blocks.append(Block(TEXT, w["regards"]))
    blocks.append(
        Block(
            SIGNATURE,
            rows=(
                (w["stamp"], w["signature"]),
                (inviter_name, "\n".join(p for p in (inviter.signatory, inviter.function) if p)),
            ),
            text=place_date,
        )
    )
    if not inviter.is_office:
        blocks.append(Block(NOTE, w.get("draft_note", host=inviter_name)))
    return Document(stem, w["letter.title"], language, tuple(blocks))


def _invitee_fields(d: Delegate, w: Words) -> tuple[tuple[str, ...], ...]:
    docs = d.documents
    passport = docs.passport
    blank = w["blank"]
    return tuple(
        (label, value or blank)
        for label, value in (
            (w["name_native"], d.native_script),
            (w["name_latin"], d.passport_name),
            (w["gender"], w.word("gender", docs.gender)),
            (w["date_of_birth"], w.date(docs.date_of_birth)),
            (w["nationality"], w.country(docs.nationality)),
            (w["passport"], passport.number if passport else ""),
            (w["passport_kind"], w.word("passport", passport.kind) if passport else ""),
            (w["function"], d.function),
            (w["organization"], _organization(d, w)),
        )
    )


def _heading_name(d: Delegate) -> str:
    """``LI Wei 李伟``: the passport's spelling first, the native script after it."""
    native = d.native_name
    return f"{d.passport_name} {native}" if native else d.passport_name


def _organization(d: Delegate, w: Words) -> str:
    return _named(d.organization, d.organization_native, w)


def _named(name: str, native: str | None, w: Words) -> str:
    """An organization as the language names it, as the pack does: Chinese by its Chinese
    name alone, German with the native name in brackets, English by its English name."""
    if w.language == CHINESE and names.has_han(native):
        return native or ""
    if w.language != ENGLISH and native and native != name:
        return f"{name} ({native})" if name else native
    return name


def _dates(content: LetterContent, w: Words) -> str:
    visit = content.visit
    if visit.arrival and visit.departure:
        return w.date_range(visit.arrival, visit.departure)
    return ""


def _labelled(w: Words, key: str, value: str) -> str:
    return w.get("labelled", label=w[key], text=value) if value else ""


def _joined(w: Words, parts: list[str]) -> str:
    separator = "，" if w.language == CHINESE else ", "
    return separator.join(p for p in parts if p)


def _slug(d: Delegate) -> str:
    """``li-wei``: the passport's spelling in ASCII, safe as part of a file name anywhere."""
    folded = unicodedata.normalize("NFKD", d.passport_name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-") or "delegate"
