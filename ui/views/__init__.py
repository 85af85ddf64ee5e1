"""Views of a trip: widgets that show what the core holds."""
