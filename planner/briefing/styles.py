"""How the briefing pack looks: paper, margins, colours, paragraph and table styles.

One font in one weight sets everything (see :mod:`planner.briefing.fonts`); hierarchy comes
from size, colour, space and rules, and headings are emboldened by stroking their outlines
(:class:`planner.briefing.flowables.BoldParagraph`). Every style names the font explicitly,
bullets included: reportlab's defaults are Helvetica, which would appear in the PDF as a font
that is not embedded.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import TableStyle

PAPERS: dict[str, tuple[float, float]] = {"a4": A4, "letter": letter}

MARGIN_X = 18 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 20 * mm
HEADER_Y = 12 * mm
"""Baseline of the running header, measured down from the top edge."""
FOOTER_Y = 10 * mm
"""Baseline of the running footer, measured up from the bottom edge."""

INK = colors.HexColor("#1b1f24")
MUTED = colors.HexColor("#5b6572")
ACCENT = colors.HexColor("#1f3a5f")
RULE = colors.HexColor("#c5cdd8")
HEAD_BG = colors.HexColor("#e6ecf3")
ZEBRA = colors.HexColor("#f6f8fa")
PRIVATE_BG = colors.HexColor("#fff5e6")
PRIVATE_RULE = colors.HexColor("#d9932b")
CANCELLED = colors.HexColor("#8a9099")
MARKINGS = {
    "public": colors.HexColor("#2e7d32"),
    "internal": colors.HexColor("#1f5fa8"),
    "confidential": colors.HexColor("#b3261e"),
}
SEVERITY_COLOURS = {
    "error": colors.HexColor("#b3261e"),
    "warning": colors.HexColor("#a15c00"),
    "info": MUTED,
}

BOLD = frozenset({"title", "h1", "h2", "h3", "cell_head", "label_strong", "toc1", "marking"})
"""Styles whose paragraphs are emboldened."""


@dataclass
class Styles:
    """The paragraph styles of one pack, each also in a variant that breaks CJK lines and one
    that shapes its words (Arabic, Hebrew, Thai, Devanagari: :mod:`planner.briefing.fonts`)."""

    font: str
    plain: dict[str, ParagraphStyle] = field(default_factory=dict)
    cjk: dict[str, ParagraphStyle] = field(default_factory=dict)
    shaped: dict[str, ParagraphStyle] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for style in _paragraph_styles(self.font):
            self.plain[style.name] = style
            # wordWrap="CJK" breaks between ideographs (with the rules for punctuation that
            # may not start or end a line) and keeps Latin words whole.
            self.cjk[style.name] = ParagraphStyle(f"{style.name}-cjk", parent=style, wordWrap="CJK")
            # Shaping goes through HarfBuzz word by word, which costs: only text that needs it.
            # reportlab shapes only in its Western line breaker, so shaping wins over CJK
            # breaking when a paragraph needs both.
            self.shaped[style.name] = ParagraphStyle(
                f"{style.name}-shaped", parent=style, shaping=1
            )

    def get(self, name: str, cjk: bool = False, shaped: bool = False) -> ParagraphStyle:
        return (self.shaped if shaped else self.cjk if cjk else self.plain)[name]


def table_style(font: str, header_rows: int = 1, zebra: bool = True, rows: int = 0) -> TableStyle:
    """Hairlines between rows, a tinted header, cells aligned at the top."""
    commands: list[tuple[object, ...]] = [
        # A table sets its cell font even for cells that hold paragraphs: without this it
        # would be Helvetica, unembedded.
        ("FONTNAME", (0, 0), (-1, -1), font),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
    ]
    if header_rows:
        commands += [
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), HEAD_BG),
            ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.8, ACCENT),
        ]
    if zebra:
        for row in range(header_rows + 1, rows, 2):
            commands.append(("BACKGROUND", (0, row), (-1, row), ZEBRA))
    return TableStyle(commands)


def facts_style(font: str) -> TableStyle:
    """A two-column list of labels and values (a meeting's time, venue, host)."""
    return TableStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), font),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 6),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            # The labels are a point smaller than the values: a point lower, they share the
            # values' baseline.
            ("TOPPADDING", (0, 0), (0, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]
    )


def seating_style(
    font: str, seats: list[tuple[int, int]], spanned: list[int] | None = None
) -> TableStyle:
    """A long table drawn as a tinted bar in the middle row, each occupied seat boxed; the
    ``spanned`` rows are one cell across the table (a side that joins from elsewhere)."""
    commands: list[tuple[object, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), font),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("SPAN", (1, 1), (-1, 1)),
        ("BACKGROUND", (1, 1), (-1, 1), HEAD_BG),
        ("BOX", (1, 1), (-1, 1), 0.8, ACCENT),
    ]
    for column, row in seats:
        commands.append(("BOX", (column, row), (column, row), 0.5, RULE))
    for row in spanned or ():
        commands.append(("SPAN", (1, row), (-1, row)))
    return TableStyle(commands)


def box_style(font: str) -> TableStyle:
    """The tinted box around private notes."""
    return TableStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), font),
            ("BACKGROUND", (0, 0), (-1, -1), PRIVATE_BG),
            ("LINEBEFORE", (0, 0), (0, -1), 2.5, PRIVATE_RULE),
            ("LEFTPADDING", (0, 0), (-1, -1), 8),
            ("RIGHTPADDING", (0, 0), (-1, -1), 8),
            ("TOPPADDING", (0, 0), (-1, -1), 5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
        ]
    )


def _paragraph_styles(font: str) -> list[ParagraphStyle]:
    base = ParagraphStyle(
        "body",
        fontName=font,
        fontSize=9.5,
        leading=13.5,
        textColor=INK,
        bulletFontName=font,
        spaceAfter=4,
        alignment=TA_LEFT,
    )

    def derived(name: str, **changes: object) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **changes)

    return [
        base,
        derived("title", fontSize=26, leading=32, textColor=ACCENT, spaceAfter=10),
        derived("subtitle", fontSize=12, leading=17, textColor=MUTED, spaceAfter=14),
        derived("kicker", fontSize=10, leading=13, textColor=MUTED, spaceAfter=6),
        derived("h1", fontSize=17, leading=22, textColor=ACCENT, spaceBefore=4, spaceAfter=10),
        derived(
            "h2",
            fontSize=12.5,
            leading=16,
            textColor=ACCENT,
            spaceBefore=10,
            spaceAfter=5,
        ),
        derived(
            "h3",
            fontSize=10.5,
            leading=14,
            textColor=ACCENT,
            spaceBefore=8,
            spaceAfter=3,
        ),
        derived("meta", fontSize=9.5, leading=13, textColor=MUTED, spaceAfter=8),
        derived("small", fontSize=8, leading=10.5, spaceAfter=0),
        derived("muted", fontSize=8, leading=10.5, textColor=MUTED, spaceAfter=0),
        derived("cell", fontSize=8.5, leading=11, spaceAfter=0),
        derived("cell_muted", fontSize=8, leading=10.5, textColor=MUTED, spaceAfter=0),
        derived("cell_head", fontSize=8.5, leading=11, textColor=ACCENT, spaceAfter=0),
        derived("cell_right", fontSize=8.5, leading=11, spaceAfter=0, alignment=TA_RIGHT),
        derived("seat", fontSize=8.5, leading=10.5, spaceAfter=0, alignment=TA_CENTER),
        derived(
            "seat_muted",
            fontSize=7.5,
            leading=9.5,
            textColor=MUTED,
            spaceAfter=0,
            alignment=TA_CENTER,
        ),
        derived("label", fontSize=8.5, leading=12, textColor=MUTED, spaceAfter=0),
        derived(
            "label_strong", fontSize=9, leading=12.5, textColor=ACCENT, spaceAfter=0, keepWithNext=1
        ),
        derived("value", fontSize=9.5, leading=12.5, spaceAfter=0),
        derived("bullet", leftIndent=12, bulletIndent=2, spaceAfter=2),
        derived("toc1", fontSize=10.5, leading=15, textColor=ACCENT, spaceBefore=5),
        derived("toc2", fontSize=9, leading=12.5, leftIndent=12, spaceAfter=1),
        derived(
            "marking",
            fontSize=10,
            leading=13,
            textColor=colors.white,
            alignment=TA_CENTER,
            spaceAfter=0,
        ),
        derived("note", fontSize=8.5, leading=11.5, textColor=MUTED, spaceBefore=6),
    ]
