"""The table of contents: one line per listed heading of the story that follows it.

The lines are known before layout (they are the headings), and their page numbers are filled
in when the document ends (:class:`planner.briefing.flowables.ContentsEntry`), so the pack is
laid out once.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from planner.briefing.context import Context
from planner.briefing.flowables import ContentsEntry, Heading
from planner.briefing.text import escape


def contents(ctx: Context, story: Iterable[Any]) -> list[Any]:
    flowables: list[Any] = ctx.heading("h1", ctx.labels["contents"], "contents", 0, listed=False)
    for item in story:
        if isinstance(item, Heading) and item.listed:
            style = "toc1" if item.level == 0 else "toc2"
            text = ctx.markup(style, escape(item.entry))
            flowables.append(ContentsEntry(text, item.key))
    return flowables
