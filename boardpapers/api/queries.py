"""Structured queries over the store, shared by the CLI and tests."""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import asdict
from typing import Any

from ..extract.registry import by_entry_type
from ..search.fulltext import Hit
from ..store.history import action_histories, diff_registers, group_registers, name_matches, risk_series
from ..store.store import Store


def _doc_lookup(store: Store) -> dict[str, dict]:
    return {
        d["sha256"]: d
        for d in store.db.query("select sha256, path, title, meeting_date, body from documents")
    }


def doc_label(doc: dict | None) -> str:
    if not doc:
        return "?"
    return os.path.basename(doc["path"])


def _records_for_hits(store: Store, hits: list[Hit]) -> dict[tuple[str, str, int], dict]:
    """Stored records of record hits, keyed (type, sha256, id): a hit only gets
    a record of its own document (an index entry can outlive its record)."""
    wanted: dict[str, list[int]] = {}
    for h in hits:
        if by_entry_type(h.type) is not None and h.record_id is not None:
            wanted.setdefault(h.type, []).append(h.record_id)
    out = {}
    for etype, ids in wanted.items():
        table = by_entry_type(etype).table  # type: ignore[union-attr]
        marks = ",".join("?" * len(ids))
        for r in store.db.query(f"select * from [{table}] where id in ({marks})", ids):
            out[(etype, r["sha256"], r["id"])] = r
    return out


def hit_rows(store: Store, hits: list[Hit]) -> list[dict[str, Any]]:
    """Hits with their document and, for record hits, the stored record."""
    docs = _doc_lookup(store)
    records = _records_for_hits(store, hits)
    rows = []
    for h in hits:
        d = docs.get(h.sha256)
        rows.append(
            {
                "type": h.type,
                "document": doc_label(d),
                "path": d["path"] if d else None,
                "sha256": h.sha256,
                "page": h.page,
                "date": h.date,
                "body": h.body,
                "heading": h.title if h.type != "page" else (d or {}).get("title"),
                "outcome": h.outcome,
                "record_id": h.record_id,
                "score": round(h.score, 3),
                "snippet_html": h.snippet,
                "record": records.get((h.type, h.sha256, h.record_id)),
            }
        )
    return rows


def rows_with_doc(store: Store, table: str, where: str = "", args: list | None = None) -> list[dict]:
    if table not in store.db.table_names():
        return []
    sql = (
        f"select t.*, d.path as doc_path, d.title as doc_title, d.meeting_date as doc_date, d.body as doc_body "
        f"from [{table}] t join documents d on d.sha256 = t.sha256" + (f" where {where}" if where else "")
    )
    rows = list(store.db.query(sql, args or []))
    for r in rows:
        r["document"] = os.path.basename(r.pop("doc_path"))
        r.setdefault("body", r.get("doc_body"))
    return rows


def list_decisions(store: Store, *, body=None, outcome=None, since=None, until=None, limit=50) -> list[dict]:
    where, args = [], []
    if outcome:
        where.append("lower(t.outcome) = ?")
        args.append(outcome.lower())
    if since:
        where.append("coalesce(t.meeting_date, d.meeting_date) >= ?")
        args.append(since)
    if until:
        where.append("coalesce(t.meeting_date, d.meeting_date) <= ?")
        args.append(until)
    if body:
        where.append("(lower(coalesce(t.decided_by, '')) like ? or lower(coalesce(d.body, '')) like ?)")
        args += [f"%{body.lower()}%"] * 2
    rows = rows_with_doc(store, "decisions", " and ".join(where), args)
    rows.sort(key=lambda r: r.get("meeting_date") or r.get("doc_date") or "", reverse=True)
    return rows[:limit]


def list_meetings(store: Store, body: str | None = None) -> list[dict]:
    meetings = rows_with_doc(store, "meetings")
    if body:
        meetings = [m for m in meetings if body.lower() in (m.get("body") or "").lower()]
    items = _count_by(store, "agenda_items", "sha256")
    decisions = _count_by(store, "decisions", "sha256, meeting_date")
    for m in meetings:
        m["items"] = items.get((m["sha256"],), 0) if m.get("kind") != "minutes" else 0
        m["decisions"] = decisions.get((m["sha256"], m.get("date")), 0)
    meetings.sort(key=lambda m: (m.get("date") or "", m["id"]), reverse=True)
    return meetings


def _count_by(store: Store, table: str, columns: str) -> dict[tuple, int]:
    if table not in store.db.table_names():
        return {}
    n = len(columns.split(","))
    return {
        tuple(r[:n]): r[n]
        for r in store.db.execute(f"select {columns}, count(*) from [{table}] group by {columns}").fetchall()
    }


def meeting_detail(store: Store, meeting_id: int) -> dict | None:
    rows = rows_with_doc(store, "meetings", "t.id = ?", [meeting_id])
    if not rows:
        return None
    m = rows[0]
    sha, date = m["sha256"], m.get("date")
    same_date = "t.sha256 = ? and (t.meeting_date = ? or (t.meeting_date is null and ? is null))"
    return {
        "meeting": m,
        "agenda_items": rows_with_doc(store, "agenda_items", "t.sha256 = ?", [sha])
        if m.get("kind") != "minutes"
        else [],
        "attendance": rows_with_doc(store, "attendance", same_date, [sha, date, date]),
        "decisions": rows_with_doc(store, "decisions", same_date, [sha, date, date]),
    }


def person_interests(store: Store, person: str) -> dict[str, Any]:
    rows = [r for r in rows_with_doc(store, "interests") if name_matches(person, r.get("person"))]
    for r in rows:
        r["register_date"] = r.get("doc_date")
    registers = group_registers(rows)
    diffs = []
    for before, after in zip(registers, registers[1:], strict=False):
        diffs.append(
            {
                "from": {"register": before.register, "date": before.date},
                "to": {"register": after.register, "date": after.date},
                "changes": [asdict(c) for c in diff_registers(before, after)],
            }
        )
    declarations = [r for r in rows if r.get("category") == "declared-at-meeting"]
    return {
        "person": person,
        "registers": [
            {"register": g.register, "date": g.date, "sha256": g.sha256, "rows": g.rows} for g in registers
        ],
        "declarations": declarations,
        "diffs": diffs,
    }


def actions_view(
    store: Store,
    *,
    status=None,
    owner=None,
    overdue=False,
    as_of: dt.date | None = None,
    owner_record_ids: set[int] | None = None,
    histories: list | None = None,
) -> list:
    """Actions merged across trackers. `owner_record_ids` (the action rows a
    resolved person owns, from api.people) replaces matching `owner` as text;
    `histories`: action histories merged already (a caller that caches them)."""
    if histories is None:
        histories = action_histories(rows_with_doc(store, "actions"))
    today = as_of or dt.date.today()
    out = []
    for h in histories:
        if status and (h.status or "other") != status:
            continue
        if owner_record_ids is not None:
            if not owner_record_ids & {v.get("record_id") for v in h.history}:
                continue
        elif owner and not (h.owner and (name_matches(owner, h.owner) or owner.lower() in h.owner.lower())):
            continue
        if overdue and not h.overdue(today):
            continue
        out.append(h)
    return out


def risks_view(store: Store, *, min_score: float | None = None, rising: bool = False) -> list:
    series = risk_series(rows_with_doc(store, "risks"))
    out = []
    for s in series:
        if min_score is not None and (s.latest is None or s.latest < min_score):
            continue
        if rising and not s.rising:
            continue
        out.append(s)
    out.sort(key=lambda s: -(s.latest or 0))
    return out
