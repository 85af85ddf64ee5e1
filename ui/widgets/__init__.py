"""Input widgets the editors share: zones, local times, choices from the trip, vocabularies."""
