"""Structured queries over the store, shared by the CLI and tests."""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import asdict
from pathlib import Path
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


def page_link(path: str | None, page: int | None) -> str | None:
    """A file:// URI that opens the PDF at the page (PDF open parameters,
    honoured by browsers' and most desktop viewers)."""
    if not path:
        return None
    uri = Path(os.path.abspath(path)).as_uri()
    return f"{uri}#page={page}" if page else uri


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
        path = os.path.abspath(d["path"]) if d else None
        rows.append(
            {
                "type": h.type,
                "document": doc_label(d),
                "document_title": (d or {}).get("title") or doc_label(d),
                "path": path,
                "link": page_link(path, h.page),
                "sha256": h.sha256,
                "page": h.page,
                "date": h.date,
                "body": h.body,
                "heading": h.title if h.type != "page" else (d or {}).get("title"),
                "outcome": h.outcome,
                "record_id": h.record_id,
                "score": round(h.score, 3),
                "snippet_html": h.snippet,
                "text": h.text,
                "record": records.get((h.type, h.sha256, h.record_id)),
            }
        )
    return rows


def fold_appearances(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Hits on copies of one record (a decision reprinted in a later pack: see
    store/identity.py) shown once, at the best-ranked hit; the other places
    are listed in its `also_in`."""
    out: list[dict[str, Any]] = []
    first: dict[tuple[str, int], dict[str, Any]] = {}
    for r in rows:
        rec = r.get("record")
        if not rec:
            out.append(r)
            continue
        key = (r["type"], rec.get("same_as") or rec["id"])
        if key in first:
            first[key]["also_in"].append({k: r[k] for k in ("document", "path", "page", "link")})
            continue
        r["also_in"] = []
        first[key] = r
        out.append(r)
    return out


def rows_with_doc(store: Store, table: str, where: str = "", args: list | None = None) -> list[dict]:
    if table not in store.db.table_names():
        return []
    sql = (
        f"select t.*, d.path as doc_path, d.title as doc_title, d.meeting_date as doc_date, d.body as doc_body "
        f"from [{table}] t join documents d on d.sha256 = t.sha256" + (f" where {where}" if where else "")
    )
    rows = list(store.db.query(sql, args or []))
    for r in rows:
        path = os.path.abspath(r.pop("doc_path"))
        r["document"] = os.path.basename(path)
        r["path"] = path
        r["document_title"] = r.get("doc_title") or r["document"]
        r["link"] = page_link(path, r.get("page"))
        r.setdefault("body", r.get("doc_body"))
    return rows


def list_decisions(
    store: Store, *, body=None, outcome=None, since=None, until=None, limit: int | None = 50
) -> list[dict]:
    """Newest first, each decision once (a reprint is an appearance of it:
    `seen_in` counts the documents); limit=None for all."""
    where, args = ["t.same_as is null"], []
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
    copies = dict(
        store.db.execute(
            "select same_as, count(*) from decisions where same_as is not null group by same_as"
        ).fetchall()
    )
    for r in rows:
        r["seen_in"] = 1 + copies.get(r["id"], 0)
    rows.sort(key=lambda r: r.get("meeting_date") or r.get("doc_date") or "", reverse=True)
    return rows[:limit]


MEETING_PARTS = ("agenda_items", "attendance", "decisions", "actions")


def _appearance(r: dict) -> dict:
    return {k: r.get(k) for k in ("id", "sha256", "document", "document_title", "path", "page", "link")}


def _canonical_with_appearances(rows: list[dict]) -> list[dict]:
    """Rows of one meeting (copies point at their canonical with same_as) ->
    the canonical rows, each with every place it appears."""
    by_id = {r["id"]: r for r in rows}
    out: dict[int, dict] = {}
    for r in sorted(rows, key=lambda r: r["id"]):
        canon = by_id.get(r.get("same_as") or r["id"], r)
        entry = out.setdefault(canon["id"], dict(canon, appearances=[]))
        entry["appearances"].append(_appearance(r))
    return sorted(out.values(), key=lambda r: (r["sha256"], r.get("ordinal") or 0))


def list_meetings(store: Store, body: str | None = None) -> list[dict]:
    """One row per meeting (body and date, store/identity.py), whichever
    documents it appears in; newest first."""
    appearances = rows_with_doc(store, "meetings", "t.meeting_id is not null")
    by_meeting: dict[int, list[dict]] = {}
    for a in sorted(appearances, key=lambda a: a["id"]):
        by_meeting.setdefault(a["meeting_id"], []).append(a)
    counts = {r["meeting_id"]: r for r in store.db.query("select * from meeting_summary")}
    out = []
    for m in store.db.query("select id, body, date from meeting_identities"):
        seen = by_meeting.get(m["id"], [])
        if (
            body
            and body.lower() not in (m["body"] or "").lower()
            and not any(body.lower() in (a.get("body") or "").lower() for a in seen)
        ):
            continue
        first = next((a for a in seen if a.get("kind") != "minutes"), seen[0] if seen else {})
        c = counts.get(m["id"], {})
        out.append(
            {
                "id": m["id"],
                "date": m["date"],
                "body": m["body"],
                "kind": ", ".join(sorted({a.get("kind") or "meeting" for a in seen})),
                "items": c.get("agenda_items", 0),
                "decisions": c.get("decisions", 0),
                "attendance": c.get("attendance", 0),
                "actions": c.get("actions", 0),
                "documents": c.get("documents", 0),
                "document": first.get("document"),
                "page": first.get("page"),
                "location": next((a["location"] for a in seen if a.get("location")), None),
                "start_time": next((a["start_time"] for a in seen if a.get("start_time")), None),
                "appearances": [_appearance(a) | {"kind": a.get("kind")} for a in seen],
            }
        )
    out.sort(key=lambda m: (m["date"] or "", m["id"]), reverse=True)
    return out


def meeting_detail(store: Store, meeting_id: int) -> dict | None:
    """Everything known about one meeting, from every document it appears in:
    agenda, attendance, decisions and actions, each record once with its
    appearances (document, page, link)."""
    found = [m for m in list_meetings(store) if m["id"] == meeting_id]
    if not found:
        return None
    out: dict[str, Any] = {"meeting": found[0]}
    for table in MEETING_PARTS:
        out[table] = _canonical_with_appearances(
            rows_with_doc(store, table, "t.meeting_id = ?", [meeting_id])
        )
    return out


def person_interests(store: Store, person: str) -> dict[str, Any]:
    """A person's interests matched by name (see api.people.interests_for for resolved people)."""
    rows = [r for r in rows_with_doc(store, "interests") if name_matches(person, r.get("person"))]
    for r in rows:
        r["register_date"] = r.get("doc_date")
    return interests_view(person, rows)


def interests_view(person: str, rows: list[dict]) -> dict[str, Any]:
    """Interest rows grouped by register, with what changed between consecutive
    registers and the declarations made at meetings."""
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
