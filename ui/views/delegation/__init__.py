"""The Delegation tab: who travels with the trip, in which role and rank.

- :mod:`~ui.views.delegation.members`: the members in order of rank, the table and its keys;
- :mod:`~ui.views.delegation.adder`: finding someone to add (the trip, the directory, new);
- :mod:`~ui.views.delegation.panel`: :class:`DelegationPanel`, the tab the main window hosts.
"""

from ui.views.delegation.panel import DelegationPanel

__all__ = ["DelegationPanel"]
