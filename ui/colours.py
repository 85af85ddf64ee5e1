"""Every colour the window paints, derived from the widget's palette, with what it is drawn on.

Officers run the window in a light, a dark or a high-contrast palette, and EN 301 549 (WCAG 2.1
AA, 1.4.3 and 1.4.11) asks 4.5:1 of text and 3:1 of a graphic that carries meaning (a stop's
band, a problem badge, a seat's edge) in each of them. Fixed colours cannot meet that: white
seats on a dark palette hid the names, an amber badge on white hid its "!". So a colour that
means something keeps its hue, starts where it looked right on white, and is moved towards the
palette's text colour (or, for a mark on a fill, towards black or white) only as far as its
ratio asks against everything it is drawn on.

Each such colour is made through :meth:`Colours.text` or :meth:`Colours.graphic`, which record
the pair (name, ink, ground, minimum) in :attr:`Colours.pairs`: the test
(``tests/ui/test_colour_contrast.py``) checks that list for several palettes, so a colour added
here is checked by construction. Grounds (fills text sits on) and decoration (grid lines,
night shading: what they mark is also said in words) are made with :meth:`Colours.ground`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

TEXT_RATIO = 4.5
"""WCAG 2.1 1.4.3 (AA): text and images of text."""
GRAPHIC_RATIO = 3.0
"""WCAG 2.1 1.4.11 (AA): graphical objects needed to understand the content."""

KIND_HUES = {
    "meeting": "#3b6fc4",
    "site-visit": "#2f8f5b",
    "conference": "#7d4fc0",
    "signing": "#b7791f",
    "banquet": "#c0456a",
    "press": "#1f8a99",
    "briefing": "#5b6b80",
    "other": "#7a7a7a",
}
STOP_HUES = ("#e8a33d", "#4a9fd8", "#5fb56f", "#d0648f", "#8f7ad6", "#3fb3a8", "#c98a5a")
SEVERITY_HUES = {"error": "#b3261e", "warning": "#8a5a00", "info": "#555555"}
"""Dark enough on white for text; the badges of the schedule use the same hues."""
TRANSFER_HUE = "#607089"
HYBRID_HUE = "#1565c0"
CLOCK_CHANGE_HUE = "#c62828"
HEAD_HUE = "#8a6400"
INTERPRETER_HUE = "#00796b"
TABLE_HUE = "#8d6e63"
HOST_HUE, GUEST_HUE = "#1565c0", "#b35c00"
FLAG_HUES = ("#c62828", "#1565c0")

_STEPS = 40


@dataclass(frozen=True)
class Pair:
    """One ink drawn on one ground, and the ratio it must reach there."""

    name: str
    ink: QColor
    ground: QColor
    minimum: float

    @property
    def ratio(self) -> float:
        return contrast(self.ink, self.ground)


def luminance(colour: QColor) -> float:
    """WCAG 2.1 relative luminance of an opaque sRGB colour."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    red, green, blue = (channel(c) for c in (colour.redF(), colour.greenF(), colour.blueF()))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast(first: QColor, second: QColor) -> float:
    """The WCAG contrast ratio of two colours, 1 to 21."""
    return _ratio(luminance(first), luminance(second))


def mix(colour: QColor, other: QColor, amount: float) -> QColor:
    """``colour`` moved ``amount`` (0–1) of the way towards ``other`` (opaque)."""
    return QColor.fromRgbF(
        colour.redF() + (other.redF() - colour.redF()) * amount,
        colour.greenF() + (other.greenF() - colour.greenF()) * amount,
        colour.blueF() + (other.blueF() - colour.blueF()) * amount,
    )


def reaching(wanted: QColor, grounds: list[QColor], minimum: float, towards: QColor) -> QColor:
    """``wanted`` moved the least way towards ``towards`` that reaches ``minimum`` on every
    ground (``towards`` itself when nothing nearer does: the test then names the pair)."""
    lights = [luminance(ground) for ground in grounds]
    for step in range(_STEPS + 1):
        colour = mix(wanted, towards, step / _STEPS)
        light = luminance(colour)
        if all(_ratio(light, other) >= minimum for other in lights):
            return colour
    return QColor(towards)


def mark_on(fill: QColor) -> QColor:
    """Black or white, whichever reads better on ``fill`` (the "!" on a badge)."""
    black, white = QColor("#000000"), QColor("#ffffff")
    return black if contrast(black, fill) >= contrast(white, fill) else white


class Colours:
    """The colours of one palette; build once per palette (:func:`colours_for` caches)."""

    def __init__(self, palette: QPalette) -> None:
        self.pairs: list[Pair] = []
        role = QPalette.ColorRole
        self.base = palette.color(role.Base)
        self.alternate = palette.color(role.AlternateBase)
        self.window = palette.color(role.Window)
        self.ink = palette.color(role.Text)
        self.window_ink = palette.color(role.WindowText)
        self.highlight = palette.color(role.Highlight)
        grounds = [self.base, self.alternate, self.window]
        # Plain text of the palette on its own grounds: the palette's promise, checked too.
        self.text("text on base", self.ink, [self.base, self.alternate])
        self.text("window text on window", self.window_ink, [self.window])
        self.muted = self.text("muted text", mix(self.ink, self.base, 0.45), grounds)
        """Secondary text: cancelled rows, done tasks, venues, home times, side headings."""
        self.severity = {
            name: self.text(f"{name} text", QColor(hue), grounds)
            for name, hue in SEVERITY_HUES.items()
        }
        self.error = self.severity["error"]
        self.severity_marks = {
            name: self.mark(f"{name} icon mark", colour) for name, colour in self.severity.items()
        }
        """The "!" or "i" on a problem's icon in the problems table."""

    @cached_property
    def schedule(self) -> ScheduleColours:
        return _schedule(self)

    @cached_property
    def seating(self) -> SeatingColours:
        return _seating(self)

    @cached_property
    def layout(self) -> LayoutColours:
        return _layout(self)

    def all_pairs(self) -> list[Pair]:
        """Every pair of every view (the views' colours are made on first use)."""
        _ = self.schedule, self.seating, self.layout
        return list(self.pairs)

    # -- making colours ------------------------------------------------------------------------

    def text(
        self, name: str, wanted: QColor, grounds: list[QColor], towards: QColor | None = None
    ) -> QColor:
        """``wanted`` made readable as text on every ground (4.5:1), and recorded."""
        return self._reach(name, wanted, grounds, TEXT_RATIO, towards)

    def graphic(
        self, name: str, wanted: QColor, grounds: list[QColor], towards: QColor | None = None
    ) -> QColor:
        """``wanted`` made visible as a meaningful graphic on every ground (3:1), recorded."""
        return self._reach(name, wanted, grounds, GRAPHIC_RATIO, towards)

    def mark(self, name: str, fill: QColor) -> QColor:
        """A symbol or count on a solid ``fill`` (a badge): black or white, recorded."""
        ink = mark_on(fill)
        self.pairs.append(Pair(name, ink, fill, TEXT_RATIO))
        return ink

    def ground(self, hue: QColor, amount: float) -> QColor:
        """A fill or decoration: ``hue`` faded ``amount`` of the way into the base, so it
        follows a dark palette; what is drawn on it is checked, not the fill itself."""
        return mix(hue, self.base, amount)

    def _reach(
        self,
        name: str,
        wanted: QColor,
        grounds: list[QColor],
        minimum: float,
        towards: QColor | None,
    ) -> QColor:
        colour = reaching(wanted, grounds, minimum, self.ink if towards is None else towards)
        self.pairs.extend(
            Pair(f"{name} on {ground.name()}", colour, ground, minimum) for ground in grounds
        )
        return colour


@dataclass(frozen=True)
class KindColours:
    """A meeting kind: the bar and border, and the fills of a confirmed and a tentative one."""

    strong: QColor
    fill: QColor
    tentative_fill: QColor


@dataclass(frozen=True)
class ScheduleColours:
    """The schedule grid (:mod:`ui.views.schedule.style` makes its pens and brushes of them)."""

    kinds: dict[str, KindColours]
    stops: list[QColor]
    """A stop's band at the left of a column and its chip in the day header."""
    stop_tints: list[QColor]
    label: QColor
    """The hour labels in a column's margin, on a tint or the night's shade of it."""
    label_muted: QColor
    block_text: QColor
    block_muted: QColor
    """A block's venue line and a cancelled meeting's words."""
    transfer_fill: QColor
    transfer_hatch: QColor
    transfer_edge: QColor
    transfer_text: QColor
    cancelled_fill: QColor
    cancelled_edge: QColor
    badges: dict[str, QColor]
    badge_marks: dict[str, QColor]
    hybrid: QColor
    hybrid_fill: QColor
    clock_change: QColor
    selection: QColor
    ghost_fill: QColor
    night: QColor
    grid: QColor
    half_hour: QColor
    column_edge: QColor
    outside: QColor


@dataclass(frozen=True)
class SeatingColours:
    """The seating plan for talks (:mod:`ui.views.protocol.seating_view`)."""

    seat_fill: QColor
    seat_edge: QColor
    head_fill: QColor
    head_edge: QColor
    head_tag: QColor
    interpreter_fill: QColor
    interpreter_edge: QColor
    interpreter_tag: QColor
    name: QColor
    detail: QColor
    """The position on a seat, the side headings, the words on an empty table."""
    table_fill: QColor
    table_edge: QColor


@dataclass(frozen=True)
class LayoutColours:
    """The layouts drawn from above (:mod:`ui.views.protocol.layout_view`)."""

    text: QColor
    muted: QColor
    host_fill: QColor
    host_edge: QColor
    guest_fill: QColor
    guest_edge: QColor
    empty_fill: QColor
    empty_edge: QColor
    table_fill: QColor
    table_edge: QColor
    flags: tuple[QColor, QColor]


def show_as_error(widget: QWidget) -> None:
    """``widget``'s words in the error colour of its palette (a style sheet's fixed red was
    dark red on a dark window), again whenever the application's palette changes."""
    _TextColour(widget, lambda colours: colours.error)


def show_as_muted(widget: QWidget) -> None:
    """``widget``'s words in the muted colour of its palette (what a field adds, in grey),
    again whenever the application's palette changes."""
    _TextColour(widget, lambda colours: colours.muted)


_CACHE: dict[int, Colours] = {}


def colours_for(palette: QPalette) -> Colours:
    """The window-wide colours of ``palette`` (kept per palette: models ask for every cell)."""
    key = palette.cacheKey()
    found = _CACHE.get(key)
    if found is None:
        if len(_CACHE) > 16:
            _CACHE.clear()
        found = _CACHE[key] = Colours(palette)
    return found


def _ratio(first: float, second: float) -> float:
    light, dark = max(first, second), min(first, second)
    return (light + 0.05) / (dark + 0.05)


class _TextColour(QObject):
    """Keeps a widget's words in a colour of its palette: the desktop switching to dark mode
    changes the application's palette, and a colour set once would stay the light one's."""

    def __init__(self, widget: QWidget, pick: Callable[[Colours], QColor]) -> None:
        super().__init__(widget)
        self._pick = pick
        self._apply(widget)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        # A child hears of a new application palette as a PaletteChange (so does our own
        # setPalette: _apply sets nothing when the colour is already right).
        if event.type() == QEvent.Type.PaletteChange and isinstance(watched, QWidget):
            self._apply(watched)
        return False

    def _apply(self, widget: QWidget) -> None:
        # Only WindowText is set, so the widget's other roles follow the new palette; the
        # colours are the application's (one cache entry, not one per label).
        palette = widget.palette()
        colour = self._pick(colours_for(QApplication.palette(widget)))
        if palette.color(QPalette.ColorRole.WindowText) != colour:
            palette.setColor(QPalette.ColorRole.WindowText, colour)
            widget.setPalette(palette)


# -- the views' colours -----------------------------------------------------------------------


def _schedule(c: Colours) -> ScheduleColours:
    base, ink = c.base, c.ink
    text_on = c.text
    tints = [c.ground(QColor(hue), 0.9) for hue in STOP_HUES]
    night = QColor(ink)
    night.setAlphaF(0.045)
    nights = [mix(tint, ink, 0.045) for tint in tints]
    column_grounds = [base, *tints, *nights]
    stops = [
        c.graphic(f"stop band {n + 1}", QColor(hue), [base, c.window, tints[n]])
        for n, hue in enumerate(STOP_HUES)
    ]
    kinds: dict[str, KindColours] = {}
    for kind, hue in KIND_HUES.items():
        strong = c.graphic(f"{kind} bar and border", QColor(hue), [base, *tints])
        kinds[kind] = KindColours(
            strong=strong, fill=mix(strong, base, 0.75), tentative_fill=mix(strong, base, 0.92)
        )
    transfer = QColor(TRANSFER_HUE)
    transfer_fill = c.ground(transfer, 0.8)
    transfer_hatch = c.ground(transfer, 0.6)
    cancelled_fill = c.ground(ink, 0.92)
    fills = [f for k in kinds.values() for f in (k.fill, k.tentative_fill)] + [cancelled_fill]
    block_fills = [*fills, transfer_fill]
    badges = {
        name: c.graphic(f"{name} badge", QColor(SEVERITY_HUES[name]), block_fills)
        for name in SEVERITY_HUES
    }
    hybrid_fill = QColor(base)
    hybrid = c.graphic("hybrid mark", QColor(HYBRID_HUE), [hybrid_fill, *fills])
    highlight = c.highlight
    ghost_fill = QColor(highlight)
    ghost_fill.setAlphaF(0.25)
    # A dragged meeting's times are written on the ghost's fill over the column.
    ghosts = [mix(ground, highlight, 0.25) for ground in (base, *tints)]
    return ScheduleColours(
        kinds=kinds,
        stops=stops,
        stop_tints=tints,
        label=text_on("hour label", ink, [*column_grounds, c.window, *ghosts]),
        label_muted=text_on("home hour label", mix(ink, base, 0.45), [*column_grounds, c.window]),
        block_text=text_on("meeting text", ink, fills),
        block_muted=text_on("venue and cancelled text", mix(ink, base, 0.45), fills),
        transfer_fill=transfer_fill,
        transfer_hatch=transfer_hatch,
        transfer_edge=c.graphic("transfer border", transfer, column_grounds),
        transfer_text=text_on(
            "transfer text", mix(transfer, ink, 0.5), [transfer_fill, transfer_hatch]
        ),
        cancelled_fill=cancelled_fill,
        cancelled_edge=c.graphic("cancelled border", mix(ink, base, 0.6), column_grounds),
        badges=badges,
        badge_marks={name: c.mark(f"{name} badge mark", fill) for name, fill in badges.items()},
        hybrid=hybrid,
        hybrid_fill=hybrid_fill,
        clock_change=c.graphic("clock change line", QColor(CLOCK_CHANGE_HUE), column_grounds),
        selection=c.graphic("selection frame", highlight, [*block_fills, *column_grounds]),
        ghost_fill=ghost_fill,
        night=night,
        grid=c.ground(ink, 0.82),
        half_hour=c.ground(ink, 0.9),
        column_edge=c.ground(ink, 0.7),
        outside=c.ground(ink, 0.9),
    )


def _seating(c: Colours) -> SeatingColours:
    base = c.base
    table_fill = c.ground(QColor(TABLE_HUE), 0.7)
    head = QColor(HEAD_HUE)
    interpreter = QColor(INTERPRETER_HUE)
    head_fill, interpreter_fill = c.ground(head, 0.88), c.ground(interpreter, 0.88)
    seats = [base, head_fill, interpreter_fill]
    return SeatingColours(
        seat_fill=base,
        seat_edge=c.graphic("seat edge", mix(c.ink, base, 0.55), [base]),
        head_fill=head_fill,
        head_edge=c.graphic("head's seat edge", head, [base, head_fill]),
        head_tag=c.text("head tag", head, [head_fill]),
        interpreter_fill=interpreter_fill,
        interpreter_edge=c.graphic(
            "interpreter's seat edge", interpreter, [base, interpreter_fill]
        ),
        interpreter_tag=c.text("interpreter tag", interpreter, [interpreter_fill]),
        name=c.text("seat name", c.ink, seats),
        detail=c.text("seat detail", mix(c.ink, base, 0.4), [*seats, table_fill]),
        table_fill=table_fill,
        table_edge=c.graphic("table edge", QColor(TABLE_HUE), [base]),
    )


def _layout(c: Colours) -> LayoutColours:
    base = c.base
    host, guest, table = QColor(HOST_HUE), QColor(GUEST_HUE), QColor(TABLE_HUE)
    fills = {
        "host": c.ground(host, 0.88),
        "guest": c.ground(guest, 0.88),
        "empty": c.ground(c.ink, 0.94),
        "table": c.ground(table, 0.7),
    }
    grounds = [base, *fills.values()]
    return LayoutColours(
        text=c.text("layout text", c.ink, grounds),
        muted=c.text("layout tag", mix(c.ink, base, 0.3), grounds),
        host_fill=fills["host"],
        host_edge=c.graphic("host place edge", host, [base, fills["host"]]),
        guest_fill=fills["guest"],
        guest_edge=c.graphic("guest place edge", guest, [base, fills["guest"]]),
        empty_fill=fills["empty"],
        empty_edge=c.graphic("empty place edge", mix(c.ink, base, 0.6), [base, fills["empty"]]),
        table_fill=fills["table"],
        table_edge=c.graphic("furniture edge", mix(table, c.ink, 0.2), [base]),
        flags=(
            c.graphic("first flag", QColor(FLAG_HUES[0]), [base]),
            c.graphic("second flag", QColor(FLAG_HUES[1]), [base]),
        ),
    )
