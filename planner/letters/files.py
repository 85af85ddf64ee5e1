"""The letters and lists of one trip written to a folder, all or none.

Each file holds passport numbers and dates of birth, so every one is written owner-only and
atomically through :mod:`planner.private_files`; a folder that cannot take one of them gets
none (a half-written set could send a consulate last week's list).
"""

from __future__ import annotations

from pathlib import Path

from planner import private_files
from planner.errors import PlannerError
from planner.letters import pdf, word
from planner.letters.content import LetterContent
from planner.letters.wording import DOCUMENTS, HOSTS, Document, delegation_list, invitation_letters

PDF, DOCX = "pdf", "docx"
FORMATS = (PDF, DOCX)


def documents(
    content: LetterContent, language: str, *, per_delegate: bool = False
) -> list[Document]:
    """What is written for the trip: the invitation letter(s) for those who need a visa,
    then the delegation list in both editions."""
    return [
        *invitation_letters(content, language, per_delegate=per_delegate),
        delegation_list(content, language, DOCUMENTS),
        delegation_list(content, language, HOSTS),
    ]


def render(document: Document, fmt: str) -> bytes:
    if fmt == PDF:
        return pdf.render(document)
    if fmt == DOCX:
        return word.render(document)
    raise PlannerError(f"--format {fmt}: not a letter format (use {' or '.join(FORMATS)})")


def write_documents(docs: list[Document], folder: Path, fmt: str) -> list[Path]:
    """Write ``docs`` into ``folder`` (made if missing) as ``fmt``; the paths written."""
    if folder.exists() and not folder.is_dir():
        raise PlannerError(f"{folder}: not a folder; name a folder for the letters")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise PlannerError(f"{folder}: cannot make the folder ({exc.strerror or exc})") from None
    files = {folder / f"{d.stem}.{fmt}": render(d, fmt) for d in docs}
    private_files.write_all_private(files, "the letters")
    return list(files)
