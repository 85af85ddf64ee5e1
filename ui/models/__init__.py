"""Qt item models over planner queries: thin adapters, no domain logic."""
