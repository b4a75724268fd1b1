"""One meeting as the web page shows it: agenda, attendance, decisions,
actions raised there, and the previous and next meeting of the same body."""

from __future__ import annotations

from collections import Counter
from typing import Any

from ..store.store import Store
from .queries import meeting_detail, rows_with_doc

ATTENDANCE_ORDER = ("present", "in_attendance", "apologies")


def _same_body(a: str | None, b: str | None) -> bool:
    return bool(a and b and a.strip().lower() == b.strip().lower())


def meetings_of_body(store: Store, body: str | None) -> list[dict]:
    """One meeting row per date for a body, oldest first: the pack's own
    meeting record is preferred to a "previous minutes" record of the same date."""
    if not body:
        return []
    rows = rows_with_doc(store, "meetings", "lower(trim(t.body)) = ?", [body.strip().lower()])
    best: dict[str, dict] = {}
    for r in sorted(rows, key=lambda r: (r.get("kind") == "minutes", r["id"])):
        if r.get("date"):
            best.setdefault(r["date"], r)
    return [best[d] for d in sorted(best)]


def meeting_view(store: Store, meeting_id: int) -> dict[str, Any] | None:
    detail = meeting_detail(store, meeting_id)
    if detail is None:
        return None
    m = detail["meeting"]
    date = m.get("date")
    series = meetings_of_body(store, m.get("body"))
    earlier = [r for r in series if date and r["date"] < date]
    later = [r for r in series if date and r["date"] > date]
    by_status: dict[str, list[dict]] = {}
    for a in detail["attendance"]:
        by_status.setdefault(a.get("status") or "other", []).append(a)
    ordered = {s: by_status.pop(s) for s in ATTENDANCE_ORDER if s in by_status}
    ordered.update(by_status)
    raised = []
    if date:
        # Actions minuted at this meeting: their assigned date is the meeting's,
        # in this pack or in a later tracker of the same body.
        for a in rows_with_doc(store, "actions", "t.assigned_on = ?", [date]):
            if a["sha256"] == m["sha256"] or _same_body(a.get("doc_body"), m.get("body")):
                raised.append(a)
    return {
        **detail,
        "attendance_by_status": ordered,
        "outcomes": Counter((d.get("outcome") or "other") for d in detail["decisions"]),
        "actions": raised,
        "same_document": rows_with_doc(
            store, "meetings", "t.sha256 = ? and t.id != ?", [m["sha256"], m["id"]]
        ),
        "previous": earlier[-1] if earlier else None,
        "next": later[0] if later else None,
    }


def meeting_ids(store: Store, pairs: set[tuple[str, str | None]]) -> dict[tuple[str, str | None], int]:
    """Meeting id for each (document sha256, meeting date): the meeting a
    record of that document and date belongs to (own meeting preferred)."""
    shas = sorted({s for s, _ in pairs})
    if not shas or "meetings" not in store.db.table_names():
        return {}
    marks = ",".join("?" * len(shas))
    rows = store.db.query(
        f"select id, sha256, date, kind from meetings where sha256 in ({marks}) order by kind = 'minutes', id",
        shas,
    )
    out: dict[tuple[str, str | None], int] = {}
    for r in rows:
        out.setdefault((r["sha256"], r["date"]), r["id"])
    return {p: out[p] for p in pairs if p in out}
