"""Helpers to compare trip documents by meaning: keys resolved, absent values dropped,
times turned into instants. Two documents with equal ``canonical`` forms describe one trip."""

from __future__ import annotations

import copy
import json
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

from planner import localtime, store, trips, vocab

_ROLES_AND_SIDES = Path(__file__).resolve().parent / "data" / "roles-and-sides.trip.json"


def load(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"), parse_float=Decimal)


_UID_LINE = re.compile(r'^ *"uid": "[0-9a-f-]{36}",\n', re.MULTILINE)


def without_uids(text: str) -> str:
    """An exported file's text without its uid lines (a file without them gets new ones)."""
    return _UID_LINE.sub("", text)


def through_another_store(path: Path, out: Path, folder: Path) -> None:
    """Import ``path`` into a new store of its own (another office's), and export the trip
    from there to ``out``: the same store would refuse a file of a trip it holds."""
    with store.open_store(folder / "partner.sqlite") as partner:
        with partner.transaction() as session:
            trip_id = trips.import_trip(session, path).id
        with partner.session() as session:
            trips.export_trip(session, trip_id, out)


def _drop_absent(value: Any) -> Any:
    if isinstance(value, dict):
        cleaned = {k: _drop_absent(v) for k, v in value.items()}
        return {k: v for k, v in cleaned.items() if not _absent(v)}
    if isinstance(value, list):
        return [_drop_absent(v) for v in value]
    return value


def _absent(value: Any) -> bool:
    return (
        value is None
        or value == []
        or value == {}
        or (isinstance(value, str) and not value.strip())
    )


def _without_uids(value: Any) -> Any:
    """The document without its identities (a file without them gets new ones on import)."""
    if isinstance(value, dict):
        return {k: _without_uids(v) for k, v in value.items() if k != "uid"}
    if isinstance(value, list):
        return [_without_uids(v) for v in value]
    return value


def canonical(document: dict[str, Any]) -> dict[str, Any]:
    """What the document says, without its identities: those are compared by tests of them
    (tests/core/test_trip_identity.py)."""
    doc = _drop_absent(_without_uids(copy.deepcopy(document)))
    for name in ("organizations", "people", "delegation", "stops", "transfers", "meetings"):
        doc.setdefault(name, [])
    index = {
        name: {item["key"]: i for i, item in enumerate(doc.get(name, []))}
        for name in ("organizations", "people", "stops", "meetings")
    }
    zones = {s["key"]: s["timezone"] for s in doc["stops"]}

    def ref(kind: str, key: str | None) -> Any:
        return None if key is None else (kind, index[kind][key])

    def party(key: str | None) -> Any:
        if key is None:
            return None
        kind = "people" if key in index["people"] else "organizations"
        return ref(kind, key)

    def instant(text: str, zone: str) -> str:
        return localtime.parse_local(text, zone).isoformat()

    def refs(kind: str, keys: list[str] | None) -> list[Any]:
        return [ref(kind, k) for k in keys or []]

    trip = dict(doc["trip"])
    if trip.get("protocol_rules") == vocab.PROTOCOL_RULES[0]:
        del trip["protocol_rules"]  # the default, which an export leaves out
    if "organizer" in trip:
        trip["organizer"] = ref("organizations", trip["organizer"])
    out: dict[str, Any] = {"trip": trip}
    out["organizations"] = [
        {k: v for k, v in o.items() if k != "key"} for o in doc["organizations"]
    ]
    out["people"] = [
        {
            k: (ref("organizations", v) if k == "organization" else v)
            for k, v in p.items()
            if k != "key"
        }
        for p in doc["people"]
    ]
    out["delegation"] = [{**m, "person": ref("people", m["person"])} for m in doc["delegation"]]
    out["stops"] = [
        {
            **{k: v for k, v in s.items() if k not in ("key", "arrive", "depart")},
            **{t: instant(s[t], s["timezone"]) for t in ("arrive", "depart") if t in s},
        }
        for s in doc["stops"]
    ]
    out["transfers"] = [
        {
            **t,
            "from": ref("stops", t["from"]),
            "to": ref("stops", t["to"]),
            "depart": instant(t["depart"], zones[t["from"]]),
            "arrive": instant(t["arrive"], zones[t["to"]]),
        }
        for t in doc["transfers"]
    ]
    meetings = []
    for m in doc["meetings"]:
        zone = zones[m["stop"]]
        item = {k: v for k, v in m.items() if k != "key"}
        item.update(
            stop=ref("stops", m["stop"]),
            start=instant(m["start"], zone),
            end=instant(m["end"], zone),
        )
        if "host" in m:
            item["host"] = ref("organizations", m["host"])
        for name, kind in (("organizations", "organizations"), ("attendees", "people")):
            if name in m:
                item[name] = refs(kind, m[name])
        if "branch_venues" in m:
            item["branch_venues"] = [
                {
                    **b,
                    **({"host": ref("organizations", b["host"])} if "host" in b else {}),
                    **({"attendees": refs("people", b["attendees"])} if "attendees" in b else {}),
                }
                for b in m["branch_venues"]
            ]
        if "agreement" in m:
            a = dict(m["agreement"])
            for name, kind in (("parties", "organizations"), ("signatories", "people")):
                if name in a:
                    a[name] = refs(kind, a[name])
            item["agreement"] = a
        if "follow_ups" in m:
            item["follow_ups"] = [
                {**f, **({"owner": ref("people", f["owner"])} if "owner" in f else {})}
                for f in m["follow_ups"]
            ]
        meetings.append(item)
    out["meetings"] = meetings
    out["gifts"] = [
        {
            **g,
            "meeting": ref("meetings", g["meeting"]),
            **({"from": party(g["from"])} if "from" in g else {}),
            **({"to": party(g["to"])} if "to" in g else {}),
            **({"value": Decimal(str(g["value"]))} if "value" in g else {}),
        }
        for g in doc.get("gifts", [])
    ]
    return out


def with_partners(extra: int, folder: Path) -> Path:
    """The roles-and-sides trip with ``extra`` more organizations, each with one person."""
    document: dict[str, Any] = json.loads(_ROLES_AND_SIDES.read_text("utf-8"))
    for i in range(extra):
        document["organizations"].append(
            {"key": f"org-{i}", "name": f"Partner {i:03d}", "kind": "company", "country": "DE"}
        )
        document["people"].append(
            {"key": f"p-{i}", "family_name": f"Partner{i:03d}", "given_name": "Jo",
             "organization": f"org-{i}"}
        )  # fmt: skip
    path = folder / f"grown-{extra}.trip.json"
    path.write_text(json.dumps(document, ensure_ascii=False), "utf-8")
    return path
