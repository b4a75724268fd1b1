"""A person and an organisation as the web page shows them, matched by name:
roles over time, attendance, interests by register with what changed,
declarations, actions owned. (api/people.py holds the resolved-person
profiles the CLI shows; the web page should move onto them.)"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any

from ..store.history import ActionHistory, action_histories, name_matches, person_key
from ..store.store import Store
from .meetings import meeting_ids
from .queries import actions_view, person_interests, rows_with_doc

# Merging every tracker's rows into action histories takes ~300 ms on the bulk
# corpus (145 actions, fuzzy text matching), too slow per page view; the merged
# list is kept per store until its documents change.
_HISTORIES: dict[str, tuple[tuple, list[ActionHistory]]] = {}


def _action_histories(store: Store) -> list[ActionHistory]:
    stamp = tuple(
        store.db.execute(
            "select count(*), max(ingested_at), coalesce(sum(records), 0) from documents"
        ).fetchone()
    )
    key = str(store.path)
    cached = _HISTORIES.get(key)
    if cached is None or cached[0] != stamp:
        cached = _HISTORIES[key] = (stamp, action_histories(rows_with_doc(store, "actions")))
    return cached[1]


def _matching_names(store: Store, table: str, column: str, name: str) -> list[str]:
    """The distinct names written in a column that match `name`: matching the
    few distinct names, then loading only their rows, keeps the page fast."""
    if table not in store.db.table_names():
        return []
    sql = f"select distinct [{column}] from [{table}] where [{column}] is not null"
    return [n for (n,) in store.db.execute(sql).fetchall() if name_matches(name, n)]


def _roles_over_time(attendance: list[dict], interests: list[dict]) -> list[dict]:
    """Each (role, organisation) a person is recorded with, first and last date seen."""
    roles: dict[tuple[str, str], dict] = {}
    sources = [(a, a.get("meeting_date") or a.get("doc_date"), "attendance") for a in attendance]
    sources += [(i, i.get("declared_on") or i.get("doc_date"), "register") for i in interests]
    for row, date, source in sources:
        role = (row.get("role") or "").strip()
        if not role:
            continue
        org = (row.get("organisation") or "").strip() if source == "attendance" else ""
        key = (role.lower(), org.lower())
        r = roles.setdefault(
            key, {"role": role, "organisation": org, "first": date, "last": date, "seen": 0, "sources": set()}
        )
        r["seen"] += 1
        r["sources"].add(source)
        if date and (not r["first"] or date < r["first"]):
            r["first"] = date
        if date and (not r["last"] or date > r["last"]):
            r["last"] = date
    out = sorted(roles.values(), key=lambda r: (r["first"] or "", r["role"]))
    for r in out:
        r["sources"] = sorted(r["sources"])
    return out


def person_view(store: Store, name: str, *, today: dt.date | None = None) -> dict[str, Any] | None:
    """Everything recorded under a name; None when nothing matches."""
    if not person_key(name):
        return None
    today = today or dt.date.today()
    names = _matching_names(store, "attendance", "name", name)
    marks = ",".join("?" * len(names))
    attendance = rows_with_doc(store, "attendance", f"t.name in ({marks})", names) if names else []
    attendance.sort(key=lambda a: (a.get("meeting_date") or a.get("doc_date") or "", a["id"]))
    ids = meeting_ids(store, {(a["sha256"], a.get("meeting_date")) for a in attendance})
    for a in attendance:
        a["meeting_id"] = ids.get((a["sha256"], a.get("meeting_date")))
    interests = person_interests(store, name)
    register_rows = [r for g in interests["registers"] for r in g["rows"]]
    actions = actions_view(store, owner=name, as_of=today, histories=_action_histories(store))
    if not (attendance or register_rows or interests["declarations"] or actions):
        return None
    spellings = Counter(a.get("name") for a in attendance if a.get("name"))
    spellings.update(r.get("person") for r in register_rows + interests["declarations"] if r.get("person"))
    open_actions = [a for a in actions if not a.closed]
    return {
        "name": spellings.most_common(1)[0][0] if spellings else name,
        "query": name,
        "spellings": sorted(spellings),
        "roles": _roles_over_time(attendance, register_rows),
        "attendance": attendance,
        "attendance_counts": Counter(a.get("status") or "other" for a in attendance),
        "interests": interests,
        "actions": [{"action": a, "overdue": a.overdue(today)} for a in actions],
        "open_actions": len(open_actions),
        "overdue_actions": sum(1 for a in open_actions if a.overdue(today)),
    }


def organisation_view(store: Store, name: str) -> dict[str, Any] | None:
    """Who declared an interest in an organisation (name contained in the
    declared organisation, case-insensitive), oldest first."""
    needle = " ".join(name.split()).lower()
    if len(needle) < 2:
        return None
    rows = rows_with_doc(store, "interests", "lower(t.organisation) like ?", [f"%{needle}%"])
    if not rows:
        return None
    for r in rows:
        r["date"] = r.get("declared_on") or r.get("doc_date")
    rows.sort(key=lambda r: (r["date"] or "", r.get("person") or ""))
    people: dict[str, dict] = {}
    for r in rows:
        p = people.setdefault(
            person_key(r.get("person")) or (r.get("person") or "?"),
            {"person": r.get("person"), "first": r["date"], "last": r["date"], "rows": 0},
        )
        p["rows"] += 1
        p["last"] = r["date"] or p["last"]
    names = Counter(r.get("organisation") for r in rows)
    return {
        "name": names.most_common(1)[0][0],
        "query": name,
        "spellings": sorted(names),
        "declarations": rows,
        "people": sorted(people.values(), key=lambda p: p["first"] or ""),
    }
