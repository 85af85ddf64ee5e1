"""The Protocol tab: precedence, seating plans and speaking order.

- :mod:`~ui.views.protocol.rank_list`: one side in order of rank, reordered by drag or keys;
- :mod:`~ui.views.protocol.seating_view`: a meeting's seating plan, drawn;
- :mod:`~ui.views.protocol.panel`: :class:`ProtocolPanel`, the tab the main window hosts.
"""

from ui.views.protocol.panel import ProtocolPanel

__all__ = ["ProtocolPanel"]
