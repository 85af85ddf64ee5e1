"""Contacts in spreadsheets: reading any CSV with a column mapping, writing one Excel opens.

Reading is two steps so that the import wizard can show the table while the user maps its
columns: :func:`read_table` turns bytes into cells (encoding, delimiter, quoting, and the line
each record starts on, since a quoted cell may span lines), and :func:`drafts` turns the rows
into people once the mapping is settled; :func:`guess_mapping` proposes one from the headers
of Outlook, Google, German Excel lists and Chinese lists. A file the reader cannot take apart
exactly (a short row, an unclosed quote) is refused with its line: a row shifted by one
column would put phone numbers into names, silently.

Writing follows OWASP's advice on CSV injection: every cell is quoted, and a cell that
begins with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return gets a leading ``'`` so that
a spreadsheet shows it as text instead of evaluating it. That includes telephone numbers,
which begin with ``+`` in E.164 and which Excel would otherwise turn into arithmetic; the
reader removes that one ``'`` again, so an exported file imports unchanged.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TextIO

from planner import names
from planner.contacts import encodings, gc_pause, values
from planner.contacts.draft import ContactDraft, ContactFormatError, ExportPerson, many_drafts

FIELDS = (
    "family_name",
    "given_name",
    "full_name",
    "native_name",
    "honorific",
    "position",
    "organization",
    "country",
    "email",
    "phone",
    "languages",
    "notes",
)
"""What a column can hold; ``full_name`` is split into family and given name
(:func:`planner.contacts.values.split_full_name`) where no family name column says it."""

EXPORT_HEADERS = (
    "Family Name",
    "Given Name",
    "Native Name",
    "Honorific",
    "Position",
    "Organization",
    "Organization (native)",
    "Country",
    "E-mail",
    "Phone",
    "Languages",
    "Notes",
    "UUID",
)
DELIMITERS = (",", ";", "\t")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""What a spreadsheet reads as the start of a formula (OWASP, CSV injection)."""

_ALIASES: dict[str, tuple[str, ...]] = {
    # Headers with spaces and punctuation removed, accents folded; earlier spellings win, so
    # Outlook's business phone is taken before the mobile and the home phone.
    "family_name": ("familyname", "lastname", "surname", "nachname", "familienname", "姓", "姓氏"),
    "given_name": ("givenname", "firstname", "forename", "vorname", "名", "名字"),
    "full_name": ("fullname", "name", "displayname", "vollstandigername", "姓名", "全名"),
    "native_name": ("nativename", "chinesename", "namechinese", "中文名", "中文姓名", "中文名字"),
    "honorific": (
        "honorific", "title", "nameprefix", "prefix", "titel", "salutation", "anrede",
        "称谓", "称呼", "尊称",
    ),
    "position": (
        "jobtitle", "position", "organizationtitle", "organization1title", "function",
        "funktion", "role", "职务", "职位", "头衔",
    ),
    "organization": (
        "company", "organization", "organisation", "organizationname", "organization1name",
        "firma", "unternehmen", "institution", "单位", "工作单位", "公司", "机构",
    ),
    "country": (
        "country", "countryregion", "businesscountryregion", "address1country", "land",
        "landregion", "landregiongeschaftlich", "staat", "国家", "国家地区", "homecountryregion",
        "landregionprivat",
    ),
    "email": (
        "email", "emailaddress", "email1value", "emailadresse", "mail", "电子邮件", "邮箱",
        "电子邮箱", "邮件",
    ),
    "phone": (
        "phone", "telephone", "businessphone", "telefongeschaftlich", "phone1value",
        "primaryphone", "mobilephone", "mobile", "mobiltelefon", "handy", "telefon", "tel",
        "电话", "联系电话", "办公电话", "手机", "homephone", "telefonprivat",
    ),
    "languages": ("languages", "language", "sprachen", "sprache", "语言"),
    "notes": ("notes", "note", "comments", "notizen", "bemerkungen", "anmerkungen", "备注", "说明"),
}  # fmt: skip
_HEADER_NOISE = re.compile(r"[\W_]+")
_QUOTED = re.compile(r'"[^"]*"')


@dataclass(frozen=True)
class CsvTable:
    """The cells of a CSV file, for the mapping step; ``lines[i]`` is the line where
    ``rows[i]`` starts. Blank rows are left out."""

    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    lines: tuple[int, ...]
    delimiter: str
    encoding: str


@gc_pause.paused()
def read_table(
    data: bytes, source: str, *, encoding: str | None = None, delimiter: str | None = None
) -> CsvTable:
    """The table in ``data``: the first row names the columns, every other row has as many
    cells. ``encoding`` and ``delimiter`` are guessed when not given (Excel's ``sep=;`` first
    line counts as given)."""
    text, used = encodings.decode(data, encoding, source=source)
    skipped = 0
    first, _, rest = text.partition("\n")
    if first.strip().lower().startswith("sep=") and len(first.strip()) == 5:
        delimiter = delimiter or first.strip()[4]
        text, skipped = rest, 1
    if delimiter is None:
        delimiter = _sniff(text.partition("\n")[0])
    records, lines = _records(text, delimiter, source, skipped)
    start = next((i for i, record in enumerate(records) if any(record)), None)
    if start is None:
        raise ContactFormatError(source, None, "the file is empty")
    headers = tuple(cell.strip() for cell in records[start])
    width = len(headers)
    body, body_lines = records[start + 1 :], lines[start + 1 :]
    if set(map(len, body)) == {width} and all(map(any, body)):  # the usual file, at C speed
        return CsvTable(headers, tuple(map(tuple, body)), tuple(body_lines), delimiter, used)
    rows: list[tuple[str, ...]] = []
    row_lines: list[int] = []
    for record, line in zip(body, body_lines, strict=True):
        if len(record) == width:
            if any(record):
                rows.append(tuple(record))
                row_lines.append(line)
        elif "".join(record).strip():
            raise ContactFormatError(
                source, line, f"{len(record)} cells where the header row has {width}"
            )
    if not rows:
        raise ContactFormatError(source, None, "the file has a header row but no contacts")
    return CsvTable(headers, tuple(rows), tuple(row_lines), delimiter, used)


def guess_mapping(headers: Sequence[str]) -> dict[int, str]:
    """Column index -> field, for the columns whose header says what they hold; each field
    once. A German list's "Name" beside "Vorname" is the family name."""
    keys = [_HEADER_NOISE.sub("", names.fold(header)) for header in headers]
    mapping: dict[int, str] = {}
    for field, aliases in _ALIASES.items():
        for alias in aliases:
            column = next((i for i, k in enumerate(keys) if k == alias and i not in mapping), None)
            if column is not None:
                mapping[column] = field
                break
    fields = set(mapping.values())
    if "given_name" in fields and "family_name" not in fields:
        for column, field in mapping.items():
            if field == "full_name" and keys[column] == "name":
                mapping[column] = "family_name"
    return dict(sorted(mapping.items()))


@gc_pause.paused()
def drafts(table: CsvTable, mapping: dict[int, str], source: str) -> list[ContactDraft]:
    """The people of ``table`` with its columns mapped to fields (several columns may give
    one field: the first non-empty cell wins). Every row needs a family name, directly or in
    a full name, and a country the catalogues know; else :class:`ContactFormatError`."""
    unknown = set(mapping.values()) - set(FIELDS)
    if unknown:
        raise ValueError(f"not contact fields: {sorted(unknown)}")
    if not {"family_name", "full_name"} & set(mapping.values()):
        raise ContactFormatError(source, None, "no column is mapped to the family or full name")
    # Column by column: a 60,000-row file is read while the user waits, and per-cell Python
    # work is what costs; map(), `in` and comprehensions keep the loops in C where they can.
    cells = list(zip(*table.rows, strict=True))
    columns = {
        field: _column([cells[i] for i, f in sorted(mapping.items()) if f == field])
        for field in set(mapping.values())
    }
    nothing: list[str | None] = [None] * len(table.rows)
    family, given = _names(columns, nothing)
    country = columns.get("country", nothing)
    codes = {text: values.country_code(text) if text else None for text in set(country)}
    faults = []
    if None in family:
        faults.append((family.index(None), "no family name"))
    for text in sorted(
        (text for text, code in codes.items() if text and not code), key=country.index
    ):
        faults.append((country.index(text), f"{text!r} is not a country"))
        break
    if faults:
        row, message = min(faults)
        raise ContactFormatError(source, table.lines[row], message)
    spoken = columns.get("languages", nothing)
    languages = {text: values.languages(text) for text in set(spoken)}
    return many_drafts(
        table.lines,
        family,
        given,
        columns.get("native_name", nothing),
        columns.get("honorific", nothing),
        columns.get("position", nothing),
        columns.get("organization", nothing),
        map(codes.__getitem__, country),
        columns.get("email", nothing),
        columns.get("phone", nothing),
        map(languages.__getitem__, spoken),
        columns.get("notes", nothing),
    )


def write_csv(people: Iterable[ExportPerson], out: TextIO) -> None:
    """The people as Excel reads them: UTF-8 with a byte order mark, commas, every cell
    quoted and formula-inert. ``out`` should be opened with ``newline=""``."""
    out.write("\ufeff")
    writer = csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    writer.writerow(EXPORT_HEADERS)
    for person in people:
        cells = (
            person.family_name,
            person.given_name,
            person.native_name,
            person.honorific,
            person.position,
            person.organization,
            person.organization_native,
            person.country,
            person.email,
            person.phone,
            ", ".join(person.languages),
            person.notes,
            person.uuid,
        )
        writer.writerow([_inert(cell or "") for cell in cells])


def _records(
    text: str, delimiter: str, source: str, skipped: int
) -> tuple[list[list[str]], Sequence[int]]:
    """The records of ``text`` and the line each starts on (after ``skipped`` lines)."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        records = list(reader)
    except csv.Error:
        records = []
    else:
        if reader.line_num == len(records):  # no cell spans lines: a record is a line
            return records, range(skipped + 1, skipped + len(records) + 1)
    # A cell spans lines, or a record is malformed: read again, noting where each starts.
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    records, lines = [], list[int]()
    start = 1
    while True:
        try:
            record = next(reader)
        except StopIteration:
            return records, lines
        except csv.Error as exc:
            raise ContactFormatError(
                source, skipped + start, f"the row cannot be read (check its quote marks): {exc}"
            ) from None
        records.append(record)
        lines.append(skipped + start)
        start = reader.line_num + 1


def _column(sources: list[tuple[str, ...]]) -> list[str | None]:
    """One field's cells, stripped, the first non-empty of ``sources`` in each row, made
    active again where :func:`write_csv` made them inert, and None where empty."""
    stripped = [list(map(str.strip, source)) for source in sources]
    if len(stripped) == 1:
        merged = stripped[0]
    else:
        merged = [next(filter(None, cells), "") for cells in zip(*stripped, strict=True)]
    if "'" in "".join(merged):
        merged = [_uninert(cell) for cell in merged]
    if all(merged):
        return list(merged)
    if not any(merged):
        return [None] * len(merged)
    return [cell or None for cell in merged]


def _names(
    columns: dict[str, list[str | None]], nothing: list[str | None]
) -> tuple[list[str | None], list[str | None]]:
    """Family and given names, from a full name where no family name is given."""
    family = list(columns.get("family_name", nothing))
    given = list(columns.get("given_name", nothing))
    for i, name in enumerate(columns.get("full_name", ())):
        if name and not family[i]:
            split_family, split_given = values.split_full_name(name)
            family[i] = split_family or None
            given[i] = given[i] or split_given
    return family, given


def _sniff(header: str) -> str:
    """The delimiter the header line uses most, outside quoted names; a comma on a tie."""
    bare = _QUOTED.sub("", header)
    return max(DELIMITERS, key=lambda d: (bare.count(d), -DELIMITERS.index(d)))


def _inert(cell: str) -> str:
    return "'" + cell if cell.startswith(FORMULA_STARTS) else cell


def _uninert(cell: str) -> str:
    """The cell :func:`_inert` made inert, as it was."""
    return cell[1:] if cell.startswith("'") and cell[1:].startswith(FORMULA_STARTS) else cell
