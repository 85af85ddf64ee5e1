"""Store benchmark: the planner's trip operations against bare ``sqlite3`` on a large store.

Run ``python benchmarks/bench_store.py`` (full size, a few minutes at most) or with ``--quick``
(a store ten times smaller, for a smoke run). It

1. generates an office store in a temporary folder through :func:`planner.store.open_store`
   (the real schema and pragmas), filled with bulk inserts from a fixed seed: 1,000 trips,
   40,000 meetings, 60,000 people, 15,000 organizations and the rows that hang off them;
2. times three operations, each against a bare baseline that does the same reads and writes
   with the ``sqlite3`` module in the same run, on the same store, with the same pragmas:

   a. importing a 300-meeting trip file (``planner.trips.import_trip`` in
      ``store.transaction()``) against ``executemany`` of the same rows in one transaction;
   b. listing all trips (``planner.trips.list_trips``) against the same SELECTs building tuples;
   c. loading one trip with everything the trip-file writer reads (``planner.trips.load_trip``,
      then walking every relationship the writer walks) against SELECTs of the same rows;

3. prints the median of several runs as a Markdown table. Each side's result is checked
   against the other's (the same rows written, the same summaries, the same rows read), so a
   baseline cannot silently do less.

The functions are importable (``run(scale)``) for the smoke test in tests/core.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import datetime as dt
import gc
import io
import json
import os
import platform
import pstats
import random
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid as uuidlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import sqlalchemy
from sqlalchemy import event

from planner import localtime, model, trips, vocab
from planner.store import Store, open_store

SEED = 20240617
UTC = dt.UTC

# ---------------------------------------------------------------------------------------------
# Sizes


@dataclass(frozen=True)
class Sizes:
    trips: int
    meetings: int
    people: int
    organizations: int

    @classmethod
    def at(cls, scale: float) -> Sizes:
        return cls(
            trips=max(2, round(1_000 * scale)),
            meetings=max(20, round(40_000 * scale)),
            people=max(100, round(60_000 * scale)),
            organizations=max(30, round(15_000 * scale)),
        )


@dataclass(frozen=True)
class Result:
    operation: str
    planner_ms: float
    baseline_ms: float
    planner_does: str
    baseline_does: str
    runs: int

    @property
    def ratio(self) -> float:
        return self.planner_ms / self.baseline_ms if self.baseline_ms else float("inf")


# ---------------------------------------------------------------------------------------------
# Names: German with umlauts and ß, Chinese in characters and pinyin

# fmt: off
GERMAN_FAMILY = (
    "Müller", "Schäfer", "Schröder", "Köhler", "Groß", "Weiß", "Jäger", "Förster", "Bäcker",
    "Krüger", "Hoffmann", "Schmidt", "Wagner", "Fischer", "Böhm", "Lüdtke", "Näther", "Vögele",
    "Strauß", "Zöllner", "Hähnel", "Kühn", "Brückner", "Gößling", "Möller", "Süß",
)
GERMAN_GIVEN = (
    "Jürgen", "Jörg", "Björn", "Sören", "Günther", "Uwe", "Käthe", "Anneliese", "Bärbel",
    "Dörte", "Hans-Jürgen", "Lena", "Tobias", "Maximilian", "Sophie", "Özlem", "Mareike",
    "Götz", "Rüdiger",
)
CHINESE_FAMILY = (
    ("Wang", "王"), ("Li", "李"), ("Zhang", "张"), ("Liu", "刘"), ("Chen", "陈"), ("Yang", "杨"),
    ("Huang", "黄"), ("Zhao", "赵"), ("Wu", "吴"), ("Zhou", "周"), ("Xu", "徐"), ("Sun", "孙"),
    ("Ma", "马"), ("Zhu", "朱"), ("Hu", "胡"), ("Guo", "郭"), ("He", "何"), ("Lin", "林"),
)
CHINESE_GIVEN = (
    ("Wei", "伟"), ("Fang", "芳"), ("Na", "娜"), ("Min", "敏"), ("Jing", "静"), ("Lei", "磊"),
    ("Qiang", "强"), ("Jun", "军"), ("Yang", "洋"), ("Yong", "勇"), ("Yan", "艳"), ("Jie", "杰"),
    ("Xiaoming", "晓明"), ("Jianguo", "建国"), ("Haiyan", "海燕"), ("Zhiqiang", "志强"),
)
GERMAN_ORG_STEMS = (
    "Bäckerei Röhrig", "Maschinenbau Süd", "Städtische Werke Lüneburg", "Wärmepumpen Köln",
    "Bürgerstiftung Göttingen", "Universität Würzburg", "Hochschule Düsseldorf",
    "Fraunhofer-Institut für Großanlagen", "Industrie- und Handelskammer Nürnberg",
    "Wirtschaftsförderung München", "Grüne Energie Schwäbisch Hall", "Ökologische Forschung",
    "Technische Universität Dresden", "Straßenbau Weißenfels", "Müller & Söhne",
)
GERMAN_ORG_FORMS = ("GmbH", "AG", "e.V.", "KG", "GmbH & Co. KG", "")
CHINESE_ORG = (
    ("Shenzhen Nanshan Technology", "深圳南山科技"),
    ("Jiangsu Provincial Government", "江苏省人民政府"),
    ("Shanghai Port Group", "上海港务集团"), ("Tsinghua Research Institute", "清华研究院"),
    ("Guangzhou Auto", "广州汽车"), ("Zhejiang Chamber of Commerce", "浙江商会"),
    ("Beijing Energy Holding", "北京能源集团"), ("Sichuan Medical University", "四川医科大学"),
    ("Hangzhou AI Park", "杭州人工智能产业园"), ("Wuhan Optics Valley", "武汉光谷"),
)
CHINESE_ORG_FORMS = (("Co., Ltd.", "有限公司"), ("", ""), ("Group", "集团"), ("Bureau", "局"))
# (city, country, ISO 3166-2 region, zone)
PLACES = (
    ("Frankfurt am Main", "DE", "DE-HE", "Europe/Berlin"),
    ("München", "DE", "DE-BY", "Europe/Berlin"),
    ("Nürnberg", "DE", "DE-BY", "Europe/Berlin"),
    ("Düsseldorf", "DE", "DE-NW", "Europe/Berlin"),
    ("Köln", "DE", "DE-NW", "Europe/Berlin"),
    ("Lüneburg", "DE", "DE-NI", "Europe/Berlin"),
    ("Wien", "AT", "AT-9", "Europe/Vienna"),
    ("Zürich", "CH", "CH-ZH", "Europe/Zurich"),
    ("Shenzhen 深圳", "CN", "CN-GD", "Asia/Shanghai"),
    ("Nanjing 南京", "CN", "CN-JS", "Asia/Shanghai"),
    ("Shanghai 上海", "CN", "CN-SH", "Asia/Shanghai"),
    ("Beijing 北京", "CN", "CN-BJ", "Asia/Shanghai"),
    ("Hong Kong 香港", "HK", None, "Asia/Hong_Kong"),
)
TOPICS = (
    "Wasserstoff und Brennstoffzellen", "Künstliche Intelligenz", "Medizintechnik",
    "Ausbildung und Fachkräfte", "Häfen und Logistik", "Städtepartnerschaft",
    "新能源汽车", "智能制造", "生物医药", "绿色金融", "Energiewende und Kohleausstieg",
)
MEETING_FORMS = (
    "Gespräch mit {org}", "Besuch bei {org}", "Arbeitsessen mit {org}", "与{org}会谈",
    "Unterzeichnung mit {org}", "Fachforum {topic}", "Pressetermin: {topic}", "参观{org}",
)
LANGUAGES = ("de", "en", "zh", "fr")
NOTES = (
    None, None, None, "Dolmetscher anfragen (Deutsch–Chinesisch).", "需要提前确认座次。",
    "Geschenk überreichen; 礼品已准备。", "Anfahrt über Straßenbahn, Fußweg 5 Minuten.",
)
# fmt: on
HOMES = (PLACES[0], PLACES[1], PLACES[8], PLACES[9])


def _uuid(rng: random.Random) -> str:
    return str(uuidlib.UUID(int=rng.getrandbits(128), version=4))


def _ts(instant: dt.datetime) -> str:
    """An aware instant the way SQLAlchemy's DateTime keeps it in SQLite: naive UTC text."""
    return instant.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def _org_name(rng: random.Random) -> tuple[str, str | None, str]:
    if rng.random() < 0.6:
        stem = rng.choice(GERMAN_ORG_STEMS)
        form = rng.choice(GERMAN_ORG_FORMS)
        return f"{stem} {form}".strip(), None, "DE"
    (latin, native), (form, native_form) = rng.choice(CHINESE_ORG), rng.choice(CHINESE_ORG_FORMS)
    return f"{latin} {form}".strip(), native + native_form, "CN"


def _person_name(rng: random.Random) -> tuple[str, str, str | None, str]:
    """family, given, native name, country."""
    if rng.random() < 0.5:
        return rng.choice(GERMAN_FAMILY), rng.choice(GERMAN_GIVEN), None, "DE"
    (family, native_family), (given, native_given) = (
        rng.choice(CHINESE_FAMILY),
        rng.choice(CHINESE_GIVEN),
    )
    return family, given, native_family + native_given, "CN"


def _meeting_title(rng: random.Random, org_name: str) -> str:
    return rng.choice(MEETING_FORMS).format(org=org_name, topic=rng.choice(TOPICS))


# ---------------------------------------------------------------------------------------------
# The store


def _connect(path: Path) -> sqlite3.Connection:
    """A bare connection with the store's pragmas (planner.store._configure_sqlite)."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA busy_timeout=5000")
    return conn


def _insert(
    conn: sqlite3.Connection, table: str, columns: str, rows: Sequence[tuple[Any, ...]]
) -> None:
    names = [c.strip() for c in columns.split(",")]
    quoted = ", ".join(f'"{n}"' for n in names)
    marks = ", ".join("?" * len(names))
    conn.executemany(f"INSERT INTO {table} ({quoted}) VALUES ({marks})", rows)


ORG_COLS = (
    "id, uuid, version, modified, name, native_name, kind, city, country, sector, website, notes"
)
PERSON_COLS = (
    "id, uuid, version, modified, family_name, given_name, native_name, honorific, position, "
    "organization_id, email, phone, languages, precedence, notes"
)
TRIP_COLS = (
    "id, uuid, version, modified, title, purpose, organizer_id, home_timezone, status, "
    "classification, notes, created"
)
STOP_COLS = (
    "id, uuid, version, modified, trip_id, position, city, country, region, timezone, arrive, "
    "depart, lodging_name, lodging_address, lodging_confirmation, lodging_phone"
)
TRANSFER_COLS = (
    "id, uuid, version, modified, trip_id, position, from_stop_id, to_stop_id, mode, carrier, "
    "number, depart, depart_timezone, arrive, arrive_timezone, reference, notes"
)
MEETING_COLS = (
    "id, uuid, version, modified, trip_id, position, stop_id, title, kind, status, start, end, "
    "timezone, venue_name, venue_address, online_url, host_id, objectives, talking_points, "
    "notes, private_notes"
)
DELEGATION_COLS = "id, uuid, version, modified, trip_id, person_id, role, precedence, position"
BRANCH_COLS = (
    "id, uuid, version, modified, meeting_id, position, name, city, country, timezone, address, "
    "online_url, host_id"
)
AGREEMENT_COLS = "id, uuid, version, modified, meeting_id, title, kind, languages, status, notes"
FOLLOW_UP_COLS = "id, uuid, version, modified, meeting_id, position, title, due, owner_id, done"
GIFT_COLS = (
    "id, uuid, version, modified, trip_id, position, meeting_id, direction, description, "
    "from_person_id, from_organization_id, to_person_id, to_organization_id, value, currency"
)
LINK_COLS = {
    "trip_organization": "trip_id, organization_id, position",
    "trip_person": "trip_id, person_id, position",
    "meeting_organization": "meeting_id, organization_id, position",
    "meeting_attendee": "meeting_id, person_id, position",
    "branch_attendee": "branch_venue_id, person_id, position",
    "agreement_party": "agreement_id, organization_id, position",
    "agreement_signatory": "agreement_id, person_id, position",
}
TABLES = (
    "organization",
    "person",
    "trip",
    "trip_organization",
    "trip_person",
    "delegation_member",
    "stop",
    "transfer",
    "meeting",
    "meeting_organization",
    "meeting_attendee",
    "branch_venue",
    "branch_attendee",
    "agreement",
    "agreement_party",
    "agreement_signatory",
    "follow_up",
    "gift",
)


class _Rows:
    """Rows per table, collected in memory and written in one go."""

    def __init__(self) -> None:
        self.tables: dict[str, list[tuple[Any, ...]]] = {t: [] for t in TABLES}

    def add(self, table: str, *row: Any) -> None:
        self.tables[table].append(row)

    def write(self, conn: sqlite3.Connection) -> None:
        columns = {
            "organization": ORG_COLS,
            "person": PERSON_COLS,
            "trip": TRIP_COLS,
            "stop": STOP_COLS,
            "transfer": TRANSFER_COLS,
            "meeting": MEETING_COLS,
            "delegation_member": DELEGATION_COLS,
            "branch_venue": BRANCH_COLS,
            "agreement": AGREEMENT_COLS,
            "follow_up": FOLLOW_UP_COLS,
            "gift": GIFT_COLS,
            **LINK_COLS,
        }
        for table in TABLES:
            if self.tables[table]:
                _insert(conn, table, columns[table], self.tables[table])


def generate_store(path: Path, sizes: Sizes, seed: int = SEED) -> dict[str, int]:
    """Create the store at ``path`` (schema and pragmas by open_store) and fill it; row counts."""
    open_store(path).close()
    rng = random.Random(seed)
    rows = _Rows()
    now = _ts(dt.datetime(2026, 1, 5, 9, 30, tzinfo=UTC))

    n_org, n_person = sizes.organizations, sizes.people
    for oid in range(1, n_org + 1):
        name, native, country = _org_name(rng)
        rows.add(
            "organization",
            oid,
            _uuid(rng),
            1,
            now,
            f"{name} {oid}",
            native,
            rng.choice(vocab.ORGANIZATION_KINDS),
            rng.choice(PLACES)[0],
            country,
            rng.choice(TOPICS),
            f"https://example.org/{oid}",
            rng.choice(NOTES),
        )
    for pid in range(1, n_person + 1):
        family, given, native, _country = _person_name(rng)
        langs = json.dumps(rng.sample(LANGUAGES, rng.randint(1, 3)))
        rows.add(
            "person",
            pid,
            _uuid(rng),
            1,
            now,
            family,
            given,
            native,
            rng.choice(("Dr.", "Prof.", "Herr", "Frau", "Mr.", "Ms.", None)),
            rng.choice(("Bürgermeisterin", "Geschäftsführer", "副市长", "主任", "Referent")),
            rng.randint(1, n_org) if rng.random() < 0.9 else None,
            f"p{pid}@example.org",
            f"+49 30 {pid:07d}",
            langs,
            rng.randint(1, 9) if rng.random() < 0.3 else None,
            rng.choice(NOTES),
        )

    weights = [rng.uniform(0.3, 1.7) for _ in range(sizes.trips)]
    per_trip = [0] * sizes.trips
    for t in rng.choices(range(sizes.trips), weights, k=sizes.meetings):
        per_trip[t] += 1

    ids = {
        "stop": 0,
        "transfer": 0,
        "meeting": 0,
        "delegation_member": 0,
        "branch_venue": 0,
        "agreement": 0,
        "follow_up": 0,
        "gift": 0,
    }

    def next_id(table: str) -> int:
        ids[table] += 1
        return ids[table]

    start_day = dt.datetime(2015, 1, 1, tzinfo=UTC)
    for tid in range(1, sizes.trips + 1):
        pool = rng.sample(range(1, n_person + 1), min(n_person, rng.randint(40, 70)))
        orgs = rng.sample(range(1, n_org + 1), min(n_org, rng.randint(8, 20)))
        home = rng.choice(HOMES)
        rows.add(
            "trip",
            tid,
            _uuid(rng),
            1,
            now,
            f"{rng.choice(('Delegationsreise', '代表团访问', 'Wirtschaftsreise'))} "
            f"{rng.choice(TOPICS)} {tid}",
            f"Zusammenarbeit stärken; 加强合作 ({tid})",
            orgs[0],
            home[3],
            rng.choice(vocab.TRIP_STATUSES),
            rng.choice(vocab.CLASSIFICATIONS),
            rng.choice(NOTES),
            now,
        )
        for pos, oid in enumerate(orgs):
            rows.add("trip_organization", tid, oid, pos)
        for pos, pid in enumerate(pool):
            rows.add("trip_person", tid, pid, pos)
        for pos, pid in enumerate(pool[: rng.randint(3, 8)]):
            role = "head" if pos == 0 else rng.choice(vocab.DELEGATION_ROLES[1:])
            rows.add(
                "delegation_member",
                next_id("delegation_member"),
                _uuid(rng),
                1,
                now,
                tid,
                pid,
                role,
                pos + 1,
                pos,
            )
        # Stops: home (depart only), 2-4 places, home again (arrive only).
        n_stops = rng.randint(4, 6)
        places = [home, *rng.sample(PLACES, n_stops - 2), home]
        clock = start_day + dt.timedelta(days=rng.randint(0, 4000), hours=rng.randint(0, 23))
        stop_rows: list[tuple[int, dt.datetime | None, dt.datetime | None, str]] = []
        for pos, (city, country, region, zone) in enumerate(places):
            arrive = None if pos == 0 else clock
            if pos < n_stops - 1:
                clock += dt.timedelta(days=rng.randint(1, 4), hours=rng.randint(0, 12))
                depart: dt.datetime | None = clock
            else:
                depart = None
            sid = next_id("stop")
            stop_rows.append((sid, arrive, depart, zone))
            lodging = pos not in (0, n_stops - 1)
            rows.add(
                "stop",
                sid,
                _uuid(rng),
                1,
                now,
                tid,
                pos,
                city,
                country,
                region,
                zone,
                arrive and _ts(arrive),
                depart and _ts(depart),
                f"Hotel Königshof {city}" if lodging else None,
                f"Hauptstraße {pos}, {city}" if lodging else None,
                f"CONF-{sid}" if lodging else None,
                None,
            )
            clock += dt.timedelta(hours=rng.randint(2, 14))  # the transfer
        for pos in range(n_stops - 1):
            origin, target = stop_rows[pos], stop_rows[pos + 1]
            assert origin[2] is not None and target[1] is not None
            rows.add(
                "transfer",
                next_id("transfer"),
                _uuid(rng),
                1,
                now,
                tid,
                pos,
                origin[0],
                target[0],
                rng.choice(vocab.TRANSFER_MODES),
                "Lufthansa",
                f"LH {rng.randint(100, 999)}",
                _ts(origin[2]),
                origin[3],
                _ts(target[1]),
                target[3],
                f"REF{tid}",
                None,
            )
        meeting_ids: list[int] = []
        for pos in range(per_trip[tid - 1]):
            sid, arrive, depart, zone = stop_rows[rng.randint(1, n_stops - 2)]
            assert arrive is not None and depart is not None
            span = max(1, int((depart - arrive).total_seconds() // 1800) - 4)
            start = arrive + dt.timedelta(minutes=30 * rng.randrange(span))
            end = start + dt.timedelta(minutes=rng.choice((30, 45, 60, 90, 120)))
            mid = next_id("meeting")
            meeting_ids.append(mid)
            host = rng.choice(orgs) if rng.random() < 0.8 else None
            rows.add(
                "meeting",
                mid,
                _uuid(rng),
                1,
                now,
                tid,
                pos,
                sid,
                _meeting_title(rng, rng.choice(GERMAN_ORG_STEMS)),
                rng.choice(vocab.MEETING_KINDS),
                rng.choice(vocab.MEETING_STATUSES),
                _ts(start),
                _ts(end),
                zone,
                "Rathaus, Großer Saal",
                "Marktplatz 1",
                None,
                host,
                "Kooperation vertiefen; 深化合作",
                json.dumps(["Fachkräfte", "Förderprogramme", "市场准入"][: rng.randint(0, 3)]),
                rng.choice(NOTES),
                rng.choice(NOTES),
            )
            for apos, pid in enumerate(rng.sample(pool, rng.randint(2, 4))):
                rows.add("meeting_attendee", mid, pid, apos)
            for opos, oid in enumerate(rng.sample(orgs, rng.randint(0, 2))):
                rows.add("meeting_organization", mid, oid, opos)
            roll = rng.random()
            if roll < 0.03:
                aid = next_id("agreement")
                rows.add(
                    "agreement",
                    aid,
                    _uuid(rng),
                    1,
                    now,
                    mid,
                    "Absichtserklärung 合作备忘录",
                    "mou",
                    json.dumps(["de", "zh"]),
                    "signed",
                    None,
                )
                for ppos, oid in enumerate(rng.sample(orgs, 2)):
                    rows.add("agreement_party", aid, oid, ppos)
                for spos, pid in enumerate(rng.sample(pool, 2)):
                    rows.add("agreement_signatory", aid, pid, spos)
            elif roll < 0.05:
                bid = next_id("branch_venue")
                rows.add(
                    "branch_venue",
                    bid,
                    _uuid(rng),
                    1,
                    now,
                    mid,
                    0,
                    "Außenstelle Shenzhen",
                    "Shenzhen 深圳",
                    "CN",
                    "Asia/Shanghai",
                    None,
                    "https://meet.example/x",
                    None,
                )
                for bpos, pid in enumerate(rng.sample(pool, rng.randint(1, 3))):
                    rows.add("branch_attendee", bid, pid, bpos)
            if rng.random() < 0.1:
                for fpos in range(rng.randint(1, 2)):
                    rows.add(
                        "follow_up",
                        next_id("follow_up"),
                        _uuid(rng),
                        1,
                        now,
                        mid,
                        fpos,
                        "Unterlagen nachreichen / 补交材料",
                        (start + dt.timedelta(days=14)).date().isoformat(),
                        rng.choice(pool),
                        rng.random() < 0.5,
                    )
        for gpos in range(rng.randint(0, 3) if meeting_ids else 0):
            rows.add(
                "gift",
                next_id("gift"),
                _uuid(rng),
                1,
                now,
                tid,
                gpos,
                rng.choice(meeting_ids),
                rng.choice(vocab.GIFT_DIRECTIONS),
                "Porzellanteller aus Meißen / 景泰蓝花瓶",
                rng.choice(pool),
                None,
                None,
                rng.choice(orgs),
                "120.50",
                "EUR",
            )

    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA synchronous=OFF")  # generation only; the timed runs use FULL
        conn.execute("BEGIN")
        rows.write(conn)
        conn.execute("COMMIT")
        if conn.execute("PRAGMA foreign_key_check").fetchone() is not None:
            raise RuntimeError("the generated store breaks a foreign key")
        conn.execute("ANALYZE")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    return {table: len(r) for table, r in rows.tables.items()}


# ---------------------------------------------------------------------------------------------
# The trip file to import


def make_trip_document(
    meetings: int = 300, people: int = 40, organizations: int = 20, seed: int = SEED + 1
) -> dict[str, Any]:
    """A valid trip file (trip-format.md version 1) with everything the format can carry."""
    rng = random.Random(seed)
    orgs = []
    for i in range(organizations):
        name, native, country = _org_name(rng)
        orgs.append(
            {
                "key": f"org-{i}",
                "name": f"{name} {i}",
                "native_name": native,
                "kind": rng.choice(vocab.ORGANIZATION_KINDS),
                "city": rng.choice(PLACES)[0],
                "country": country,
                "sector": rng.choice(TOPICS),
                "website": f"https://example.org/{i}",
                "notes": rng.choice(NOTES),
            }
        )
    persons = []
    for i in range(people):
        family, given, native, _country = _person_name(rng)
        persons.append(
            {
                "key": f"p-{i}",
                "family_name": family,
                "given_name": given,
                "native_name": native,
                "honorific": rng.choice(("Dr.", "Frau", "Herr", "Mr.")),
                "position": rng.choice(("Bürgermeisterin", "Geschäftsführer", "副市长", "主任")),
                "organization": f"org-{rng.randrange(organizations)}",
                "email": f"p{i}@example.org",
                "phone": f"+86 755 {i:07d}",
                "languages": rng.sample(LANGUAGES, rng.randint(1, 3)),
                "precedence": rng.randint(1, 9) if i % 3 == 0 else None,
                "notes": rng.choice(NOTES),
            }
        )
    places = [PLACES[8], PLACES[0], PLACES[2], PLACES[1], PLACES[6], PLACES[8]]
    day = dt.datetime(2024, 6, 15, 23, 55)
    stops: list[dict[str, Any]] = []
    for i, (city, country, region, zone) in enumerate(places):
        stop: dict[str, Any] = {
            "key": f"s-{i}",
            "city": city,
            "country": country,
            "region": region,
            "timezone": zone,
        }
        if i > 0:
            stop["arrive"] = (day + dt.timedelta(days=3 * i - 2, hours=7)).strftime(
                "%Y-%m-%dT%H:%M"
            )
        if i < len(places) - 1:
            stop["depart"] = (day + dt.timedelta(days=3 * i)).strftime("%Y-%m-%dT%H:%M")
            if i > 0:
                stop["lodging"] = {
                    "name": f"Hotel Königshof {city}",
                    "address": "Königstraße 1",
                    "confirmation": f"C-{i}",
                    "phone": "+49 89 1234",
                }
        stops.append({k: v for k, v in stop.items() if v is not None})
    transfers = [
        {
            "from": f"s-{i}",
            "to": f"s-{i + 1}",
            "mode": "flight" if i in (0, 4) else "train",
            "carrier": "Deutsche Bahn",
            "number": f"ICE {500 + i}",
            "depart": stops[i]["depart"],
            "arrive": stops[i + 1]["arrive"],
            "reference": "ÄÖÜ-42",
        }
        for i in range(len(places) - 1)
    ]
    meeting_docs = []
    for i in range(meetings):
        s = 1 + i % 4
        first_day = day + dt.timedelta(days=3 * s - 1)
        start = first_day.replace(hour=8, minute=0) + dt.timedelta(
            days=(i // 4) % 2, minutes=30 * ((i // 8) % 20)
        )
        host = rng.randrange(organizations)
        m: dict[str, Any] = {
            "key": f"m-{i}",
            "title": _meeting_title(rng, str(orgs[host]["name"])),
            "stop": f"s-{s}",
            "start": start.strftime("%Y-%m-%dT%H:%M"),
            "end": (start + dt.timedelta(minutes=45)).strftime("%Y-%m-%dT%H:%M"),
            "kind": rng.choice(vocab.MEETING_KINDS),
            "status": rng.choice(vocab.MEETING_STATUSES),
            "venue": {"name": "Rathaus, Großer Saal", "address": "Marktplatz 1"},
            "host": f"org-{host}",
            "organizations": [
                f"org-{o}" for o in rng.sample(range(organizations), rng.randint(0, 2))
            ],
            "attendees": [f"p-{p}" for p in rng.sample(range(people), rng.randint(2, 4))],
            "objectives": "Kooperation vertiefen; 深化合作",
            "talking_points": ["Fachkräfte", "市场准入"],
            "private_notes": rng.choice(NOTES),
        }
        if i % 60 == 7:
            m["agreement"] = {
                "title": "Absichtserklärung 合作备忘录",
                "kind": "mou",
                "languages": ["de", "zh"],
                "parties": [f"org-{host}", f"org-{(host + 1) % organizations}"],
                "signatories": [f"p-{i % people}", f"p-{(i + 1) % people}"],
                "status": "signed",
            }
        if i % 100 == 3:
            m["branch_venues"] = [
                {
                    "name": "Außenstelle Shenzhen",
                    "city": "Shenzhen 深圳",
                    "country": "CN",
                    "timezone": "Asia/Shanghai",
                    "online_url": "https://meet.example/x",
                    "host": f"org-{host}",
                    "attendees": [f"p-{i % people}"],
                }
            ]
        if i % 10 == 5:
            m["follow_ups"] = [
                {
                    "title": "Unterlagen nachreichen / 补交材料",
                    "due": "2024-07-15",
                    "owner": f"p-{i % people}",
                    "done": False,
                }
            ]
        meeting_docs.append({k: v for k, v in m.items() if v is not None})
    return {
        "format": "delegation-trip",
        "version": 1,
        "trip": {
            "title": "Große Delegationsreise 大型代表团 2024",
            "purpose": "Benchmark",
            "organizer": "org-0",
            "home_timezone": "Asia/Shanghai",
            "status": "planned",
            "classification": "internal",
            "notes": "Generated by benchmarks/bench_store.py",
        },
        "organizations": [{k: v for k, v in o.items() if v is not None} for o in orgs],
        "people": [{k: v for k, v in p.items() if v is not None} for p in persons],
        "delegation": [
            {"person": f"p-{i}", "role": "head" if i == 0 else "member", "precedence": i + 1}
            for i in range(6)
        ],
        "stops": stops,
        "transfers": transfers,
        "meetings": meeting_docs,
        "gifts": [
            {
                "meeting": f"m-{i}",
                "direction": "given",
                "description": "Porzellan aus Meißen",
                "from": "p-0",
                "to": f"org-{i % organizations}",
                "value": 120.5,
                "currency": "EUR",
            }
            for i in range(0, meetings, 50)
        ],
    }


# ---------------------------------------------------------------------------------------------
# Baseline import: the rows of the document, already converted, written with executemany


@dataclass
class _Plan:
    """The document's rows with local times already turned into stored instants.

    Ids are symbolic here ("which stop", "which meeting" as list indexes); the timed part
    assigns real ids from max(id) + 1 in its transaction, draws fresh UUIDs and inserts.
    """

    orgs: list[tuple[Any, ...]]
    people: list[tuple[Any, ...]]  # (org index | None, *values)
    trip: tuple[Any, ...]  # (organizer index | None, *values)
    delegation: list[tuple[int, str, int | None]]
    stops: list[tuple[Any, ...]]
    transfers: list[tuple[int, int, tuple[Any, ...]]]
    meetings: list[dict[str, Any]]
    gifts: list[tuple[Any, ...]]


def plan_rows(document: dict[str, Any]) -> _Plan:
    org_index = {o["key"]: i for i, o in enumerate(document["organizations"])}
    person_index = {p["key"]: i for i, p in enumerate(document["people"])}
    stop_index = {s["key"]: i for i, s in enumerate(document["stops"])}
    meeting_index = {m["key"]: i for i, m in enumerate(document["meetings"])}
    zones = [s["timezone"] for s in document["stops"]]

    def at(text: str | None, zone: str) -> str | None:
        return None if text is None else _ts(localtime.parse_local(text, zone))

    orgs = [
        (
            o["name"],
            o.get("native_name"),
            o.get("kind"),
            o.get("city"),
            o.get("country"),
            o.get("sector"),
            o.get("website"),
            o.get("notes"),
        )
        for o in document["organizations"]
    ]
    people = [
        (
            org_index.get(p.get("organization")),
            p["family_name"],
            p.get("given_name"),
            p.get("native_name"),
            p.get("honorific"),
            p.get("position"),
            p.get("email"),
            p.get("phone"),
            json.dumps(p.get("languages") or []),
            p.get("precedence"),
            p.get("notes"),
        )
        for p in document["people"]
    ]
    t = document["trip"]
    trip = (
        org_index.get(t.get("organizer")),
        t["title"],
        t.get("purpose"),
        t["home_timezone"],
        t.get("status"),
        t.get("classification"),
        t.get("notes"),
    )
    delegation = [
        (person_index[d["person"]], d["role"], d.get("precedence")) for d in document["delegation"]
    ]
    stops = []
    for s in document["stops"]:
        lodging = s.get("lodging") or {}
        stops.append(
            (
                s["city"],
                s["country"],
                s.get("region"),
                s["timezone"],
                at(s.get("arrive"), s["timezone"]),
                at(s.get("depart"), s["timezone"]),
                lodging.get("name"),
                lodging.get("address"),
                lodging.get("confirmation"),
                lodging.get("phone"),
            )
        )
    transfers = []
    for tr in document["transfers"]:
        a, b = stop_index[tr["from"]], stop_index[tr["to"]]
        transfers.append(
            (
                a,
                b,
                (
                    tr["mode"],
                    tr.get("carrier"),
                    tr.get("number"),
                    at(tr["depart"], zones[a]),
                    zones[a],
                    at(tr["arrive"], zones[b]),
                    zones[b],
                    tr.get("reference"),
                    tr.get("notes"),
                ),
            )
        )
    meetings = []
    for m in document["meetings"]:
        s = stop_index[m["stop"]]
        venue = m.get("venue") or {}
        agreement = m.get("agreement")
        meetings.append(
            {
                "stop": s,
                "host": org_index.get(m.get("host")),
                "values": (
                    m["title"],
                    m.get("kind"),
                    m.get("status"),
                    at(m["start"], zones[s]),
                    at(m["end"], zones[s]),
                    zones[s],
                    venue.get("name"),
                    venue.get("address"),
                    m.get("online_url"),
                ),
                "more": (
                    m.get("objectives"),
                    json.dumps(m.get("talking_points") or []),
                    m.get("notes"),
                    m.get("private_notes"),
                ),
                "organizations": [org_index[k] for k in m.get("organizations") or []],
                "attendees": [person_index[k] for k in m.get("attendees") or []],
                "branches": [
                    (
                        (
                            b["name"],
                            b["city"],
                            b["country"],
                            b["timezone"],
                            b.get("address"),
                            b.get("online_url"),
                        ),
                        org_index.get(b.get("host")),
                        [person_index[k] for k in b.get("attendees") or []],
                    )
                    for b in m.get("branch_venues") or []
                ],
                "agreement": agreement
                and (
                    (
                        agreement["title"],
                        agreement.get("kind"),
                        json.dumps(agreement.get("languages") or []),
                        agreement.get("status"),
                        agreement.get("notes"),
                    ),
                    [org_index[k] for k in agreement.get("parties") or []],
                    [person_index[k] for k in agreement.get("signatories") or []],
                ),
                "follow_ups": [
                    (f["title"], f.get("due"), person_index.get(f.get("owner")), f.get("done"))
                    for f in m.get("follow_ups") or []
                ],
            }
        )
    gifts = []
    for g in document.get("gifts") or []:
        giver, taker = g.get("from"), g.get("to")
        value = g.get("value")
        gifts.append(
            (
                meeting_index[g["meeting"]],
                g["direction"],
                g["description"],
                person_index.get(giver),
                org_index.get(giver),
                person_index.get(taker),
                org_index.get(taker),
                None if value is None else str(value),
                g.get("currency"),
            )
        )
    return _Plan(orgs, people, trip, delegation, stops, transfers, meetings, gifts)


def baseline_import(conn: sqlite3.Connection, plan: _Plan) -> int:
    """Insert the planned rows in one transaction with executemany; the new trip's id."""
    now = _ts(dt.datetime.now(UTC))

    def new_uuid() -> str:
        return str(uuidlib.uuid4())

    conn.execute("BEGIN IMMEDIATE")
    try:
        base = {
            table: conn.execute(f"SELECT coalesce(max(id), 0) FROM {table}").fetchone()[0]
            for table in (
                "organization",
                "person",
                "trip",
                "delegation_member",
                "stop",
                "transfer",
                "meeting",
                "branch_venue",
                "agreement",
                "follow_up",
                "gift",
            )
        }

        def oid(index: int | None) -> int | None:
            return None if index is None else base["organization"] + 1 + index

        def pid(index: int | None) -> int | None:
            return None if index is None else base["person"] + 1 + index

        trip_id: int = base["trip"] + 1
        stop_id = base["stop"] + 1
        meeting_id = base["meeting"] + 1
        head = (1, now)
        _insert(
            conn,
            "organization",
            ORG_COLS,
            [(oid(i), new_uuid(), *head, *values) for i, values in enumerate(plan.orgs)],
        )
        _insert(
            conn,
            "person",
            PERSON_COLS,
            [
                (pid(i), new_uuid(), *head, *values[1:6], oid(values[0]), *values[6:])
                for i, values in enumerate(plan.people)
            ],
        )
        _insert(
            conn,
            "trip",
            TRIP_COLS,
            [
                (
                    trip_id,
                    new_uuid(),
                    *head,
                    plan.trip[1],
                    plan.trip[2],
                    oid(plan.trip[0]),
                    *plan.trip[3:],
                    now,
                )
            ],
        )
        _insert(
            conn,
            "trip_organization",
            LINK_COLS["trip_organization"],
            [(trip_id, oid(i), i) for i in range(len(plan.orgs))],
        )
        _insert(
            conn,
            "trip_person",
            LINK_COLS["trip_person"],
            [(trip_id, pid(i), i) for i in range(len(plan.people))],
        )
        _insert(
            conn,
            "delegation_member",
            DELEGATION_COLS,
            [
                (
                    base["delegation_member"] + 1 + pos,
                    new_uuid(),
                    *head,
                    trip_id,
                    pid(p),
                    role,
                    precedence,
                    pos,
                )
                for pos, (p, role, precedence) in enumerate(plan.delegation)
            ],
        )
        _insert(
            conn,
            "stop",
            STOP_COLS,
            [
                (stop_id + pos, new_uuid(), *head, trip_id, pos, *values)
                for pos, values in enumerate(plan.stops)
            ],
        )
        _insert(
            conn,
            "transfer",
            TRANSFER_COLS,
            [
                (
                    base["transfer"] + 1 + pos,
                    new_uuid(),
                    *head,
                    trip_id,
                    pos,
                    stop_id + a,
                    stop_id + b,
                    *values,
                )
                for pos, (a, b, values) in enumerate(plan.transfers)
            ],
        )
        _insert(
            conn,
            "meeting",
            MEETING_COLS,
            [
                (
                    meeting_id + pos,
                    new_uuid(),
                    *head,
                    trip_id,
                    pos,
                    stop_id + m["stop"],
                    *m["values"],
                    oid(m["host"]),
                    *m["more"],
                )
                for pos, m in enumerate(plan.meetings)
            ],
        )
        _insert(
            conn,
            "meeting_organization",
            LINK_COLS["meeting_organization"],
            [
                (meeting_id + pos, oid(o), i)
                for pos, m in enumerate(plan.meetings)
                for i, o in enumerate(m["organizations"])
            ],
        )
        _insert(
            conn,
            "meeting_attendee",
            LINK_COLS["meeting_attendee"],
            [
                (meeting_id + pos, pid(p), i)
                for pos, m in enumerate(plan.meetings)
                for i, p in enumerate(m["attendees"])
            ],
        )
        branches: list[tuple[Any, ...]] = []
        branch_attendees: list[tuple[Any, ...]] = []
        agreements: list[tuple[Any, ...]] = []
        parties: list[tuple[Any, ...]] = []
        signatories: list[tuple[Any, ...]] = []
        follow_ups: list[tuple[Any, ...]] = []
        for pos, m in enumerate(plan.meetings):
            for i, (values, host, attendees) in enumerate(m["branches"]):
                bid = base["branch_venue"] + 1 + len(branches)
                branches.append((bid, new_uuid(), *head, meeting_id + pos, i, *values, oid(host)))
                branch_attendees += [(bid, pid(p), j) for j, p in enumerate(attendees)]
            if m["agreement"]:
                values, orgs, people = m["agreement"]
                aid = base["agreement"] + 1 + len(agreements)
                agreements.append((aid, new_uuid(), *head, meeting_id + pos, *values))
                parties += [(aid, oid(o), j) for j, o in enumerate(orgs)]
                signatories += [(aid, pid(p), j) for j, p in enumerate(people)]
            for i, (title, due, owner, done) in enumerate(m["follow_ups"]):
                follow_ups.append(
                    (
                        base["follow_up"] + 1 + len(follow_ups),
                        new_uuid(),
                        *head,
                        meeting_id + pos,
                        i,
                        title,
                        due,
                        pid(owner),
                        done,
                    )
                )
        _insert(conn, "branch_venue", BRANCH_COLS, branches)
        _insert(conn, "branch_attendee", LINK_COLS["branch_attendee"], branch_attendees)
        _insert(conn, "agreement", AGREEMENT_COLS, agreements)
        _insert(conn, "agreement_party", LINK_COLS["agreement_party"], parties)
        _insert(conn, "agreement_signatory", LINK_COLS["agreement_signatory"], signatories)
        _insert(conn, "follow_up", FOLLOW_UP_COLS, follow_ups)
        _insert(
            conn,
            "gift",
            GIFT_COLS,
            [
                (
                    base["gift"] + 1 + pos,
                    new_uuid(),
                    *head,
                    trip_id,
                    pos,
                    meeting_id + g[0],
                    g[1],
                    g[2],
                    pid(g[3]),
                    oid(g[4]),
                    pid(g[5]),
                    oid(g[6]),
                    *g[7:],
                )
                for pos, g in enumerate(plan.gifts)
            ],
        )
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return trip_id


def planner_import(store: Store, path: Path) -> int:
    with store.transaction() as session:
        return trips.import_trip(session, path).id


# ---------------------------------------------------------------------------------------------
# Listing trips


def baseline_list(conn: sqlite3.Connection) -> list[tuple[Any, ...]]:
    """The same three SELECTs as list_trips, local days with zoneinfo, plain tuples."""
    zones: dict[str, ZoneInfo] = {}

    def day(text: str, zone: str) -> dt.date:
        tz = zones.get(zone)
        if tz is None:
            tz = zones[zone] = ZoneInfo(zone)
        return dt.datetime.fromisoformat(text).replace(tzinfo=UTC).astimezone(tz).date()

    conn.execute("BEGIN")
    try:
        counts = dict(
            conn.execute("SELECT trip_id, count(*) FROM meeting GROUP BY trip_id").fetchall()
        )
        stops: dict[int, list[dt.date]] = {}
        n_stops: dict[int, int] = {}
        for trip_id, arrive, depart, zone in conn.execute(
            "SELECT trip_id, arrive, depart, timezone FROM stop"
        ):
            days = stops.setdefault(trip_id, [])
            n_stops[trip_id] = n_stops.get(trip_id, 0) + 1
            if arrive is not None:
                days.append(day(arrive, zone))
            if depart is not None:
                days.append(day(depart, zone))
        result = []
        for trip_id, uuid, title, status in conn.execute(
            "SELECT id, uuid, title, status FROM trip"
        ):
            days = stops.get(trip_id, [])
            first, last = (min(days), max(days)) if days else (None, None)
            result.append(
                (
                    trip_id,
                    uuid,
                    title,
                    status,
                    first,
                    last,
                    n_stops.get(trip_id, 0),
                    counts.get(trip_id, 0),
                )
            )
    finally:
        conn.execute("ROLLBACK")
    result.sort(key=lambda r: (r[4] or dt.date.max, r[0]))
    return result


def planner_list(store: Store) -> list[tuple[Any, ...]]:
    with store.session() as session:
        return [
            (s.id, s.uuid, s.title, s.status, s.first_day, s.last_day, s.stops, s.meetings)
            for s in trips.list_trips(session)
        ]


# ---------------------------------------------------------------------------------------------
# Loading one trip


def touch_trip(trip: model.Trip) -> dict[str, int]:
    """Follow every relationship the trip-file writer follows; the objects met, per kind.

    Columns are not read: they are loaded with their rows on both sides.
    """
    seen: dict[str, set[Any]] = {}

    def see(kind: str, obj: Any) -> None:
        if obj is not None:
            seen.setdefault(kind, set()).add(obj.id)

    def link(kind: str, parent: Any, target: Any) -> None:
        seen.setdefault(kind, set()).add((parent.id, target.id))

    def org(o: model.Organization | None) -> None:
        see("organization", o)

    def person(p: model.Person | None) -> None:
        if p is not None:
            see("person", p)
            org(p.organization)

    org(trip.organizer)
    for ol in trip.organization_links:
        org(ol.organization)
        link("trip_organization", trip, ol.organization)
    for pl in trip.people_links:
        person(pl.person)
        link("trip_person", trip, pl.person)
    for member in trip.delegation:
        see("delegation_member", member)
        person(member.person)
    for stop in trip.stops:
        see("stop", stop)
    for t in trip.transfers:
        see("transfer", t)
        see("stop", t.from_stop)
        see("stop", t.to_stop)
    for m in trip.meetings:
        see("meeting", m)
        see("stop", m.stop)
        org(m.host)
        for o in m.organizations:
            org(o)
            link("meeting_organization", m, o)
        for p in m.attendees:
            person(p)
            link("meeting_attendee", m, p)
        for b in m.branch_venues:
            see("branch_venue", b)
            org(b.host)
            for bl in b.attendee_links:
                person(bl.person)
                link("branch_attendee", b, bl.person)
        a = m.agreement
        if a is not None:
            see("agreement", a)
            for party in a.party_links:
                org(party.organization)
                link("agreement_party", a, party.organization)
            for signatory in a.signatory_links:
                person(signatory.person)
                link("agreement_signatory", a, signatory.person)
        for f in m.follow_ups:
            see("follow_up", f)
            person(f.owner)
    for g in trip.gifts:
        see("gift", g)
        see("meeting", g.meeting)
        person(g.from_person)
        person(g.to_person)
        org(g.from_organization)
        org(g.to_organization)
    return {kind: len(ids) for kind, ids in sorted(seen.items())}


def planner_load(store: Store, trip_id: int) -> dict[str, int]:
    with store.session() as session:
        return touch_trip(trips.load_trip(session, trip_id))


_IN_MEETINGS = "SELECT id FROM meeting WHERE trip_id = :trip"
_IN_AGREEMENTS = f"SELECT id FROM agreement WHERE meeting_id IN ({_IN_MEETINGS})"
_IN_BRANCHES = f"SELECT id FROM branch_venue WHERE meeting_id IN ({_IN_MEETINGS})"
# Every person and organization the trip's rows reference, each once.
_PERSON_IDS = f"""
    SELECT person_id FROM trip_person WHERE trip_id = :trip
    UNION SELECT person_id FROM delegation_member WHERE trip_id = :trip
    UNION SELECT person_id FROM meeting_attendee WHERE meeting_id IN ({_IN_MEETINGS})
    UNION SELECT person_id FROM branch_attendee WHERE branch_venue_id IN ({_IN_BRANCHES})
    UNION SELECT person_id FROM agreement_signatory WHERE agreement_id IN ({_IN_AGREEMENTS})
    UNION SELECT owner_id FROM follow_up WHERE meeting_id IN ({_IN_MEETINGS})
    UNION SELECT from_person_id FROM gift WHERE trip_id = :trip
    UNION SELECT to_person_id FROM gift WHERE trip_id = :trip"""
_LOAD_SQL = {
    "trip": "SELECT * FROM trip WHERE id = :trip",
    "trip_organization": "SELECT * FROM trip_organization WHERE trip_id = :trip ORDER BY position",
    "trip_person": "SELECT * FROM trip_person WHERE trip_id = :trip ORDER BY position",
    "delegation_member": "SELECT * FROM delegation_member WHERE trip_id = :trip ORDER BY position",
    "stop": "SELECT * FROM stop WHERE trip_id = :trip ORDER BY position",
    "transfer": "SELECT * FROM transfer WHERE trip_id = :trip ORDER BY position",
    "meeting": "SELECT * FROM meeting WHERE trip_id = :trip ORDER BY position",
    "meeting_organization": "SELECT * FROM meeting_organization "
    f"WHERE meeting_id IN ({_IN_MEETINGS}) ORDER BY meeting_id, position",
    "meeting_attendee": "SELECT * FROM meeting_attendee "
    f"WHERE meeting_id IN ({_IN_MEETINGS}) ORDER BY meeting_id, position",
    "branch_venue": "SELECT * FROM branch_venue "
    f"WHERE meeting_id IN ({_IN_MEETINGS}) ORDER BY meeting_id, position",
    "branch_attendee": "SELECT * FROM branch_attendee "
    f"WHERE branch_venue_id IN ({_IN_BRANCHES}) ORDER BY branch_venue_id, position",
    "agreement": f"SELECT * FROM agreement WHERE meeting_id IN ({_IN_MEETINGS})",
    "agreement_party": "SELECT * FROM agreement_party "
    f"WHERE agreement_id IN ({_IN_AGREEMENTS}) ORDER BY agreement_id, position",
    "agreement_signatory": "SELECT * FROM agreement_signatory "
    f"WHERE agreement_id IN ({_IN_AGREEMENTS}) ORDER BY agreement_id, position",
    "follow_up": "SELECT * FROM follow_up "
    f"WHERE meeting_id IN ({_IN_MEETINGS}) ORDER BY meeting_id, position",
    "gift": "SELECT * FROM gift WHERE trip_id = :trip ORDER BY position",
    # Every person and organization the rows above reference, each once.
    "person": f"SELECT * FROM person WHERE id IN ({_PERSON_IDS})",
    "organization": f"""SELECT * FROM organization WHERE id IN (
        SELECT organizer_id FROM trip WHERE id = :trip
        UNION SELECT organization_id FROM trip_organization WHERE trip_id = :trip
        UNION SELECT host_id FROM meeting WHERE trip_id = :trip
        UNION SELECT organization_id FROM meeting_organization
            WHERE meeting_id IN ({_IN_MEETINGS})
        UNION SELECT host_id FROM branch_venue WHERE meeting_id IN ({_IN_MEETINGS})
        UNION SELECT organization_id FROM agreement_party WHERE agreement_id IN ({_IN_AGREEMENTS})
        UNION SELECT from_organization_id FROM gift WHERE trip_id = :trip
        UNION SELECT to_organization_id FROM gift WHERE trip_id = :trip
        UNION SELECT organization_id FROM person WHERE id IN ({_PERSON_IDS}))""",
}


def baseline_load(conn: sqlite3.Connection, trip_id: int) -> dict[str, list[tuple[Any, ...]]]:
    """SELECT every row of the trip in one read transaction; raw tuples, no conversion."""
    params = {"trip": trip_id}
    conn.execute("BEGIN")
    try:
        return {table: conn.execute(sql, params).fetchall() for table, sql in _LOAD_SQL.items()}
    finally:
        conn.execute("ROLLBACK")


def _row_counts(rows: dict[str, list[tuple[Any, ...]]]) -> dict[str, int]:
    return {table: len(r) for table, r in sorted(rows.items()) if table != "trip" and r}


# ---------------------------------------------------------------------------------------------
# Timing


def _time(fn: Callable[[], object]) -> float:
    gc.collect()
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def _compare(
    runs: int, planner: Callable[[], object], baseline: Callable[[], object]
) -> tuple[float, float]:
    """Medians in ms of alternating runs, after one untimed warm-up run of each."""
    planner()
    baseline()
    p_times, b_times = [], []
    for i in range(runs):
        # Alternate which side goes first so that neither always meets a warmer cache.
        if i % 2:
            b_times.append(_time(baseline))
            p_times.append(_time(planner))
        else:
            p_times.append(_time(planner))
            b_times.append(_time(baseline))
    return statistics.median(p_times), statistics.median(b_times)


def _table_counts(conn: sqlite3.Connection) -> dict[str, int]:
    return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


@contextlib.contextmanager
def _count_statements(store: Store) -> Iterator[list[str]]:
    statements: list[str] = []

    def record(*args: Any) -> None:
        statements.append(str(args[2]))

    event.listen(store.engine, "before_cursor_execute", record)
    try:
        yield statements
    finally:
        event.remove(store.engine, "before_cursor_execute", record)


def run(
    scale: float = 1.0,
    *,
    repeats: int | None = None,
    import_meetings: int = 300,
    workdir: Path | None = None,
    log: Callable[[str], None] = lambda _text: None,
) -> list[Result]:
    """Generate a store at ``scale`` and time the three operations; one Result each."""
    sizes = Sizes.at(scale)
    with contextlib.ExitStack() as stack:
        if workdir is None:
            workdir = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="bench-store-")))
        path = workdir / "office.sqlite"
        started = time.perf_counter()
        counts = generate_store(path, sizes)
        log(
            f"generated {path.stat().st_size / 1e6:.1f} MB in "
            f"{time.perf_counter() - started:.1f} s: "
            + ", ".join(f"{n} {table}" for table, n in counts.items())
        )
        document = make_trip_document(meetings=import_meetings)
        trip_file = workdir / "import.trip.json"
        trip_file.write_text(json.dumps(document, ensure_ascii=False, indent=2), encoding="utf-8")
        plan = plan_rows(document)

        store = stack.enter_context(open_store(path, create=False))
        conn = stack.enter_context(contextlib.closing(_connect(path)))
        results = []

        # a. import ------------------------------------------------------------------------
        before = _table_counts(conn)
        planner_trip = planner_import(store, trip_file)
        after_planner = _table_counts(conn)
        baseline_import(conn, plan)
        after_baseline = _table_counts(conn)
        written_by_planner = {t: after_planner[t] - before[t] for t in TABLES}
        written_by_baseline = {t: after_baseline[t] - after_planner[t] for t in TABLES}
        if written_by_planner != written_by_baseline:
            raise AssertionError(
                f"the import sides wrote different rows: planner {written_by_planner}, "
                f"baseline {written_by_baseline}"
            )
        n_rows = sum(written_by_planner.values())
        runs = repeats or 15
        p_ms, b_ms = _compare(
            runs, lambda: planner_import(store, trip_file), lambda: baseline_import(conn, plan)
        )
        results.append(
            Result(
                f"a. import a {import_meetings}-meeting trip file ({n_rows} rows)",
                p_ms,
                b_ms,
                "read file, parse JSON, validate, plan rows, one multi-row Core INSERT per table "
                "(ids from RETURNING), commit",
                "executemany of pre-converted rows (ids from max(id)+1, fresh UUIDs), commit",
                runs,
            )
        )
        log(f"a. import: planner {p_ms:.1f} ms, baseline {b_ms:.1f} ms ({n_rows} rows each)")

        # b. list --------------------------------------------------------------------------
        listed = planner_list(store)
        if listed != baseline_list(conn):
            raise AssertionError("list_trips and the baseline disagree")
        runs = repeats or 31
        p_ms, b_ms = _compare(runs, lambda: planner_list(store), lambda: baseline_list(conn))
        results.append(
            Result(
                f"b. list all {len(listed)} trips",
                p_ms,
                b_ms,
                "list_trips: 3 SELECTs through the ORM session, local days, TripSummary",
                "the same 3 SELECTs, local days with zoneinfo, plain tuples",
                runs,
            )
        )
        log(f"b. list: planner {p_ms:.1f} ms, baseline {b_ms:.1f} ms")

        # c. load --------------------------------------------------------------------------
        # Walking the trip must need no more SQL (which the timing would hide in the walk), and
        # load_trip promises a trip readable after its session has closed: walk it detached.
        with store.session() as session:
            trip = trips.load_trip(session, planner_trip)
            with _count_statements(store) as lazy:
                seen = touch_trip(trip)
        if lazy:
            raise AssertionError(f"load_trip left {len(lazy)} relationships to lazy loading")
        with store.session() as session:
            trip = trips.load_trip(session, planner_trip)
        if touch_trip(trip) != seen:  # DetachedInstanceError if a relationship was left out
            raise AssertionError("the loaded trip reads differently once its session closed")
        raw = _row_counts(baseline_load(conn, planner_trip))
        if seen != raw:
            raise AssertionError(f"load sides disagree: planner {seen}, baseline {raw}")
        runs = repeats or 31
        p_ms, b_ms = _compare(
            runs,
            lambda: planner_load(store, planner_trip),
            lambda: baseline_load(conn, planner_trip),
        )
        results.append(
            Result(
                f"c. load one trip ({sum(seen.values()) + 1} rows)",
                p_ms,
                b_ms,
                "load_trip (ORM objects, all relationships loaded), then follow every relationship "
                "the trip-file writer follows",
                f"{len(_LOAD_SQL)} SELECTs of the same rows in one read transaction, raw tuples",
                runs,
            )
        )
        log(f"c. load: planner {p_ms:.1f} ms, baseline {b_ms:.1f} ms")
        return results


# ---------------------------------------------------------------------------------------------
# Output


def markdown(results: list[Result]) -> str:
    lines = [
        "| operation | planner ms | baseline ms | ratio |",
        "|---|---:|---:|---:|",
        *(
            f"| {r.operation} | {r.planner_ms:.1f} | {r.baseline_ms:.1f} | {r.ratio:.2f}x |"
            for r in results
        ),
        "",
        "What each side does (median of the stated number of runs, after one warm-up run):",
        "",
    ]
    for r in results:
        lines.append(
            f"- {r.operation.split(' ', 1)[0]} ({r.runs} runs) planner: {r.planner_does};"
            f" baseline: {r.baseline_does}."
        )
    return "\n".join(lines)


def machine() -> str:
    return (
        f"{os.cpu_count()} cores, {platform.machine()}, Python {platform.python_version()}, "
        f"SQLite {sqlite3.sqlite_version}, SQLAlchemy {sqlalchemy.__version__}"
    )


def profile(scale: float, operation: str, limit: int = 30) -> str:
    """cProfile of the planner side of one operation ("import", "list", "load")."""
    with tempfile.TemporaryDirectory(prefix="bench-store-") as tmp:
        workdir = Path(tmp)
        path = workdir / "office.sqlite"
        generate_store(path, Sizes.at(scale))
        trip_file = workdir / "import.trip.json"
        trip_file.write_text(json.dumps(make_trip_document()), encoding="utf-8")
        with open_store(path, create=False) as store:
            trip_id = planner_import(store, trip_file)
            calls: dict[str, Callable[[], object]] = {
                "import": lambda: planner_import(store, trip_file),
                "list": lambda: planner_list(store),
                "load": lambda: planner_load(store, trip_id),
            }
            fn = calls[operation]
            fn()
            profiler = cProfile.Profile()
            profiler.enable()
            for _ in range(5):
                fn()
            profiler.disable()
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(limit)
    return out.getvalue()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true", help="a store 10x smaller (smoke run)")
    parser.add_argument("--repeats", type=int, help="timed runs per side (default 15/31/31)")
    parser.add_argument(
        "--profile",
        choices=("import", "list", "load"),
        help="print a cProfile of the planner side of one operation instead",
    )
    args = parser.parse_args(argv)
    scale = 0.1 if args.quick else 1.0
    if args.profile:
        print(profile(scale, args.profile))
        return 0
    sizes = Sizes.at(scale)
    print(
        f"Store: {sizes.trips} trips, {sizes.meetings} meetings, {sizes.people} people, "
        f"{sizes.organizations} organizations; {machine()}",
        flush=True,
    )
    started = time.perf_counter()
    results = run(scale, repeats=args.repeats, log=lambda text: print(text, flush=True))
    print()
    print(markdown(results))
    print(f"\nTotal {time.perf_counter() - started:.0f} s.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
