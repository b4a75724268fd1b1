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


def meetings_of_body(store: Store, meeting_id: int) -> list[dict]:
    """The meetings (store/identity.py: one per body and date) of the same body
    as `meeting_id`, oldest first."""
    return list(
        store.db.query(
            "select id, body, date from meeting_identities where body_key = "
            "(select body_key from meeting_identities where id = ?) order by date, id",
            [meeting_id],
        )
    )


def meeting_view(store: Store, meeting_id: int) -> dict[str, Any] | None:
    detail = meeting_detail(store, meeting_id)
    if detail is None:
        return None
    m = detail["meeting"]
    date = m.get("date")
    series = meetings_of_body(store, meeting_id)
    earlier = [r for r in series if date and r["date"] < date]
    later = [r for r in series if date and r["date"] > date]
    by_status: dict[str, list[dict]] = {}
    for a in detail["attendance"]:
        by_status.setdefault(a.get("status") or "other", []).append(a)
    ordered = {s: by_status.pop(s) for s in ATTENDANCE_ORDER if s in by_status}
    ordered.update(by_status)
    shas = sorted({a["sha256"] for a in m.get("appearances") or [] if a.get("sha256")})
    raised = list(detail.get("actions") or [])
    if date:
        # Actions minuted at this meeting but tracked elsewhere: their assigned
        # date is the meeting's, in one of its documents or a tracker of the same body.
        seen = {a["id"] for a in raised}
        for a in rows_with_doc(store, "actions", "t.assigned_on = ? and t.same_as is null", [date]):
            if a["id"] not in seen and (a["sha256"] in shas or _same_body(a.get("doc_body"), m.get("body"))):
                raised.append(a)
    same_document = []
    if shas:
        marks = ",".join("?" * len(shas))
        same_document = list(
            store.db.query(
                f"select distinct i.id, i.body, i.date from meetings t join meeting_identities i "
                f"on i.id = t.meeting_id where t.sha256 in ({marks}) and i.id != ? order by i.date, i.id",
                [*shas, meeting_id],
            )
        )
    return {
        **detail,
        "attendance_by_status": ordered,
        "outcomes": Counter((d.get("outcome") or "other") for d in detail["decisions"]),
        "actions": raised,
        "same_document": same_document,
        "previous": earlier[-1] if earlier else None,
        "next": later[0] if later else None,
    }


def meeting_ids(store: Store, pairs: set[tuple[str, str | None]]) -> dict[tuple[str, str | None], int]:
    """Meeting (store/identity.py) for each (document sha256, meeting date): the
    meeting a record of that document and date belongs to."""
    shas = sorted({s for s, _ in pairs})
    if not shas or "meetings" not in store.db.table_names():
        return {}
    marks = ",".join("?" * len(shas))
    rows = store.db.query(
        f"select meeting_id, sha256, date from meetings where sha256 in ({marks}) and meeting_id is not null "
        "order by kind = 'minutes', id",
        shas,
    )
    out: dict[tuple[str, str | None], int] = {}
    for r in rows:
        out.setdefault((r["sha256"], r["date"]), r["meeting_id"])
    return {p: out[p] for p in pairs if p in out}
