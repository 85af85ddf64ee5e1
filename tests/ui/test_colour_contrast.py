"""Contrast (EN 301 549 / WCAG 2.1 1.4.3 and 1.4.11) in light, dark and high-contrast palettes.

The pairs are :mod:`ui.colours`' own record of what it makes and what each is drawn on, so a
colour added there is checked here without a line in this file; the scan below keeps the rest
of ``ui/`` from painting a colour of its own.
"""

from __future__ import annotations

import dataclasses
import io
import re
import tokenize
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QImage, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from planner.checks import Problem
from tests.ui.palettes import PALETTES
from ui.colours import (
    GRAPHIC_RATIO,
    TEXT_RATIO,
    Colours,
    LayoutColours,
    ScheduleColours,
    SeatingColours,
    colours_for,
    contrast,
    luminance,
)
from ui.severity_marks import paint_severity
from ui.views.problems_panel import SEVERITIES, ProblemsModel
from ui.views.schedule.style import Style
from ui.widgets.messages import message_label

ROOT = Path(__file__).resolve().parents[2]
DECORATION = {"night", "grid", "half_hour", "column_edge", "outside", "ghost_fill"}
"""Colours that carry no meaning of their own: what they mark is also written (hour labels)
or shown otherwise (a dragged meeting's frame)."""
NAMED = re.compile(
    r"""Qt\.GlobalColor\.(?!transparent)|QColor\(\s*["']|\bQt\.(white|black|red)\b"""
)
"""A colour by name (transparent is no colour: what is below shows through)."""
LITERAL = re.compile(r"""#[0-9a-fA-F]{3}(?:[0-9a-fA-F]{3})?\b|\brgba?\(""")


@pytest.mark.parametrize("name", list(PALETTES))
def test_every_painted_pair_reaches_its_wcag_ratio(name: str) -> None:
    pairs = Colours(PALETTES[name]()).all_pairs()
    failing = [
        f"{p.name}: {p.ink.name()} on {p.ground.name()} is {p.ratio:.2f}:1, needs {p.minimum}:1"
        for p in pairs
        if p.ratio < p.minimum
    ]
    assert not failing, "\n".join(failing)
    assert {p.minimum for p in pairs} == {TEXT_RATIO, GRAPHIC_RATIO}


def test_the_ratio_is_wcags() -> None:
    # The figures of the audit: cancelled rows and the white "!" on amber.
    assert contrast(QColor("#bebebe"), QColor("#ffffff")) == pytest.approx(1.86, abs=0.01)
    assert contrast(QColor("#ffffff"), QColor("#e08a00")) == pytest.approx(2.69, abs=0.01)
    assert contrast(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert luminance(QColor("#808080")) == pytest.approx(0.2159, abs=1e-4)


@pytest.mark.parametrize("name", list(PALETTES))
def test_every_colour_of_the_views_is_checked_or_declared_decoration(name: str) -> None:
    colours = Colours(PALETTES[name]())
    checked = {c.name() for p in colours.all_pairs() for c in (p.ink, p.ground)}
    unchecked = []
    for section in (colours.schedule, colours.seating, colours.layout):
        assert isinstance(section, ScheduleColours | SeatingColours | LayoutColours)
        for field in dataclasses.fields(section):
            value = getattr(section, field.name)
            found = _colours_in(value)
            if field.name not in DECORATION and any(c.name() not in checked for c in found):
                unchecked.append(f"{type(section).__name__}.{field.name}")
    assert not unchecked, f"painted but in no pair: {unchecked}"


def test_no_part_of_the_window_paints_a_colour_of_its_own() -> None:
    found = []
    for path in sorted((ROOT / "ui").rglob("*.py")):
        if path.name == "colours.py":
            continue
        source = path.read_text(encoding="utf-8")
        for token in tokenize.generate_tokens(io.StringIO(source).readline):
            if token.type == tokenize.STRING and LITERAL.search(token.string):
                found.append(f"{path.relative_to(ROOT)}:{token.start[0]}: {token.string[:40]}")
        for number, line in enumerate(source.splitlines(), 1):
            if NAMED.search(line):
                found.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()[:60]}")
    assert not found, "\n".join(found)


@pytest.mark.parametrize("name", list(PALETTES))
def test_a_badge_tells_its_severity_by_shape_and_its_mark_reads(name: str) -> None:
    style = Style(PALETTES[name](), QFont())
    shapes = {}
    for severity in SEVERITIES:
        fill, ink = style.severity[severity], style.severity_marks[severity]
        image = QImage(48, 48, QImage.Format.Format_RGB32)
        image.fill(style.base)
        canvas = QPainter(image)
        paint_severity(canvas, QRectF(4, 4, 40, 40), severity, fill, style.small, ink=ink)
        canvas.end()
        shapes[severity] = {
            (x, y) for x in range(48) for y in range(48) if _close(image.pixelColor(x, y), fill)
        }
        assert contrast(ink, fill) >= TEXT_RATIO
    area = max(len(s) for s in shapes.values())
    for first, second in (("error", "warning"), ("error", "info"), ("warning", "info")):
        differing = len(shapes[first] ^ shapes[second])
        assert differing > 0.08 * area, (first, second, differing, area)


def test_the_problems_table_shows_each_severity_as_its_badges_shape(qapp: QApplication) -> None:
    model = ProblemsModel()
    model.reload([Problem(kind="overlap", severity=s, message=f"{s} found") for s in SEVERITIES])
    images = []
    for row, severity in enumerate(SEVERITIES):
        index = model.index(row, 0)
        assert index.data() == {"error": "Error", "warning": "Warning", "info": "Note"}[severity]
        icon = index.data(Qt.ItemDataRole.DecorationRole)
        assert isinstance(icon, QIcon) and not icon.isNull()
        images.append(icon.pixmap(16, 16).toImage())
    assert images[0] != images[1] != images[2] != images[0]


def test_the_seating_plan_keeps_names_readable_in_a_dark_palette(qapp: QApplication) -> None:
    dark = PALETTES["dark"]()
    look = colours_for(dark).seating
    assert luminance(look.seat_fill) < 0.05  # no white seat on a dark window
    for fill in (look.seat_fill, look.head_fill, look.interpreter_fill):
        assert contrast(look.name, fill) >= TEXT_RATIO
    assert colours_for(dark) is colours_for(dark)


def _colours_in(value: object) -> list[QColor]:
    if isinstance(value, QColor):
        return [value]
    if isinstance(value, dict):
        return [c for v in value.values() for c in _colours_in(v)]
    if isinstance(value, list | tuple):
        return [c for v in value for c in _colours_in(v)]
    if dataclasses.is_dataclass(value):
        return [c for f in dataclasses.fields(value) for c in _colours_in(getattr(value, f.name))]
    return []


def _close(pixel: QColor, colour: QColor) -> bool:
    return all(
        abs(a - b) <= 2
        for a, b in zip(
            (pixel.red(), pixel.green(), pixel.blue()),
            (colour.red(), colour.green(), colour.blue()),
            strict=True,
        )
    )


def test_an_error_line_follows_the_desktop_into_dark_mode(qtbot: QtBot, qapp: QApplication) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    label = message_label("problem", parent)
    role = QPalette.ColorRole.WindowText
    assert label.palette().color(role) == colours_for(qapp.palette()).error
    before, dark = qapp.palette(), PALETTES["dark"]()
    qapp.setPalette(dark)
    try:
        red = colours_for(dark).error
        qtbot.waitUntil(lambda: label.palette().color(role) == red, timeout=2000)
        window = label.palette().color(QPalette.ColorRole.Window)
        assert window == dark.color(QPalette.ColorRole.Window)
        assert contrast(red, window) >= TEXT_RATIO
    finally:
        qapp.setPalette(before)
