"""The schedule view: a trip's days as a grid of hours, with its meetings and transfers.

- :mod:`~ui.views.schedule.layout`: where everything goes, in pixels (no Qt);
- :mod:`~ui.views.schedule.interaction`: what presses, drags and keys mean (no Qt);
- :mod:`~ui.views.schedule.style` and :mod:`~ui.views.schedule.painting`: how it looks;
- :mod:`~ui.views.schedule.canvas`: the grid widget (scrolling, mouse, keyboard, tooltips);
- :mod:`~ui.views.schedule.view`: :class:`ScheduleView`, the grid with its toolbar and the
  undoable edits, hosted by the main window.
"""

from ui.views.schedule.view import ScheduleView

__all__ = ["ScheduleView"]
