"""Which encoding a contacts file is written in, when the file does not say.

The files an office receives come from Excel on a German Windows (Windows-1252, or UTF-16
when saved as "Unicode text"), from Chinese partners (GB18030, of which GBK and GB2312 are
subsets), and from phones and web mail (UTF-8, with or without a byte order mark). A byte
order mark settles it; otherwise a file that is valid UTF-8 is UTF-8 (a legacy encoding rarely
produces valid UTF-8 by chance); otherwise charset-normalizer chooses between the two legacy
encodings we expect, by how plausible the decoded text is. Offering it only those two keeps
it from "recognizing" Cyrillic or Turkish code pages in a German file.
"""

from __future__ import annotations

import codecs
from dataclasses import replace

import charset_normalizer

from planner import text_rules
from planner.contacts.draft import ContactFormatError

ENCODINGS = ("utf-8", "utf-8-sig", "utf-16", "gb18030", "cp1252")
"""The encodings a user can choose from, the guess's candidates among them."""

_LEGACY = ["gb18030", "cp1252"]
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode(data: bytes, encoding: str | None = None, *, source: str = "file") -> tuple[str, str]:
    """The text of ``data`` and the encoding it was read in.

    With ``encoding`` (the user chose it) the bytes are decoded strictly: a byte the encoding
    does not allow is a :class:`ContactFormatError` on its line, rather than a replacement
    character quietly imported into someone's name. So is a control character (tabs and line
    breaks aside) in the text, whatever the encoding (:mod:`planner.text_rules`).
    """
    text, used = _decode(data, encoding, source)
    found = text_rules.fault(text, multiline=True)
    if found is not None:
        offset = found.position - 1
        line = text.count("\n", 0, offset) + 1
        on_line = replace(found, position=offset - text.rfind("\n", 0, offset))
        raise ContactFormatError(source, line, f"the line {text_rules.message(on_line)}")
    return text, used


def _decode(data: bytes, encoding: str | None, source: str) -> tuple[str, str]:
    if encoding is not None:
        return _decode_strictly(data, encoding, source), encoding
    for bom, name in _BOMS:
        if data.startswith(bom):
            return _decode_strictly(data, name, source), name
    utf16 = _utf16_without_bom(data)
    if utf16:
        return _decode_strictly(data, utf16, source), utf16
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        not_utf8 = exc
    if _mostly_utf8(data):
        line = _line_of(data, not_utf8.start, "utf-8")
        raise ContactFormatError(
            source,
            line,
            "the first line that is not UTF-8, though the rest of the file is: correct it, "
            "or choose the file's encoding (--encoding on the command line, e.g. cp1252)",
        )
    best = charset_normalizer.from_bytes(data, cp_isolation=_LEGACY).best()
    if best is not None:
        return str(best), best.encoding
    # Too little text for a judgement (a few umlauts alone): the first legacy encoding that
    # decodes, Windows-1252 before GB18030 (an office's own files are likelier); the preview
    # shows the result and the user may choose another.
    for name in reversed(_LEGACY):
        try:
            return data.decode(name), name
        except UnicodeDecodeError:
            continue
    line = _line_of(data, not_utf8.start, "utf-8")
    raise ContactFormatError(
        source, line, "the text is neither UTF-8, GB18030 nor Windows-1252: choose its encoding"
    )


def _decode_strictly(data: bytes, encoding: str, source: str) -> str:
    try:
        text = data.decode(encoding)
    except LookupError:
        raise ContactFormatError(source, None, f"unknown encoding {encoding!r}") from None
    except UnicodeDecodeError as exc:
        line = _line_of(data, exc.start, encoding)
        byte = data[exc.start : exc.start + 1].hex().upper()
        raise ContactFormatError(
            source, line, f"byte 0x{byte} cannot be read as {encoding}: choose another encoding"
        ) from None
    # A UTF-8 file with a byte order mark read as plain "utf-8" would otherwise carry the mark
    # into the first column's name.
    return text.removeprefix("\ufeff")


def _mostly_utf8(data: bytes) -> bool:
    """Whether more lines with letters beyond ASCII are UTF-8 than are not.

    A Windows-1252 or GB18030 file almost never holds a line that is valid UTF-8 with such
    letters, so a file where most are is a UTF-8 file with a few lines pasted in from
    elsewhere; read as Windows-1252 it would garble every umlaut of the rest.
    """
    good = bad = 0
    for line in data.split(b"\n"):
        if line.isascii():
            continue
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            bad += 1
        else:
            good += 1
    return good > bad


def _line_of(data: bytes, offset: int, encoding: str) -> int:
    """The 1-based line holding byte ``offset``: the text before it decodes, by definition."""
    before = data[:offset].decode(encoding, errors="replace")
    return before.count("\n") + 1


def _utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le`` or ``utf-16-be`` for text whose every other byte is zero (some exports
    leave out the byte order mark; such text is valid UTF-8 full of NUL characters)."""
    sample = data[:4096]
    if len(sample) < 4 or b"\x00" not in sample:
        return None
    half = len(sample) // 2
    if sample[1::2].count(0) > half * 0.9:
        return "utf-16-le"
    if sample[0::2].count(0) > half * 0.9:
        return "utf-16-be"
    return None
