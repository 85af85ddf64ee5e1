"""Delegation Planner's domain core: trips, the store, trip files. Never imports Qt."""

__version__ = "0.1.0"
