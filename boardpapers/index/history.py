"""Following records across packs: one person's interests over registers,
actions across trackers, risk scores across registers. Pure functions over
stored rows (dicts), so they are tested without a database."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

HONORIFICS = re.compile(
    r"^(?:(?:cllr|councillor|dr|mr|mrs|ms|miss|mx|prof|professor|sir|dame|lord|lady|rt hon|the)\.?\s+)+", re.I
)


def person_key(name: str | None) -> str:
    """Simple name matching: case, whitespace, punctuation and honorifics."""
    if not name:
        return ""
    s = re.sub(r"[\s\u00a0]+", " ", name).strip()
    s = HONORIFICS.sub("", s)
    s = re.sub(r"\s*\((?:chair|vice[- ]chair)[^)]*\)", "", s, flags=re.I)
    s = re.sub(r"\b(mp|obe|cbe|mbe|qc|kc)\b", "", s, flags=re.I)
    return re.sub(r"[^a-z ]", "", s.lower()).strip()


def name_matches(query: str, name: str | None) -> bool:
    q, n = person_key(query), person_key(name)
    if not q or not n:
        return False
    if q == n:
        return True
    # "Rhodes" or "Honor Rhodes" against "Honor Rhodes (Independent)": all query words present, in order
    return re.search(r"\b" + r"\b.*\b".join(map(re.escape, q.split())) + r"\b", n) is not None


def _norm(text: Any) -> str:
    return re.sub(r"\W+", " ", str(text or "")).strip().lower()


def _interest_key(row: dict) -> str:
    return _norm(row.get("organisation")) or _norm(row.get("nature"))[:80]


@dataclass
class RegisterSnapshot:
    register: str
    date: str | None
    sha256: str
    rows: list[dict]


@dataclass
class InterestChange:
    change: str  # added | removed | changed
    organisation: str | None
    before: dict | None
    after: dict | None
    fields: list[str] = field(default_factory=list)


def group_registers(rows: Iterable[dict]) -> list[RegisterSnapshot]:
    """Register rows (not meeting declarations) grouped per register, oldest first."""
    groups: dict[tuple[str, str], RegisterSnapshot] = {}
    for r in rows:
        if r.get("category") == "declared-at-meeting":
            continue
        date = r.get("register_date") or r.get("declared_on")
        key = (r["sha256"], r.get("register") or "")
        if key not in groups:
            groups[key] = RegisterSnapshot(r.get("register") or "register", date, r["sha256"], [])
        groups[key].rows.append(r)
    return sorted(groups.values(), key=lambda g: (g.date or "", g.register))


COMPARED_FIELDS = ("role", "nature", "category")


def diff_registers(before: RegisterSnapshot, after: RegisterSnapshot) -> list[InterestChange]:
    old = {_interest_key(r): r for r in before.rows}
    new = {_interest_key(r): r for r in after.rows}
    changes: list[InterestChange] = []
    for k, r in new.items():
        if k not in old:
            changes.append(InterestChange("added", r.get("organisation"), None, r))
        else:
            changed = [f for f in COMPARED_FIELDS if _norm(old[k].get(f)) != _norm(r.get(f))]
            if changed:
                changes.append(InterestChange("changed", r.get("organisation"), old[k], r, changed))
    for k, r in old.items():
        if k not in new:
            changes.append(InterestChange("removed", r.get("organisation"), r, None))
    return changes


# ---- actions -------------------------------------------------------------------
def _series_key(row: dict) -> str:
    """Trackers of one board share a series: the body if known, else the
    tracker title with dates and numbers removed."""
    base = row.get("body") or row.get("tracker") or ""
    base = re.sub(r"\d+", "", base)
    return _norm(re.sub(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\b", "", base, flags=re.I))


@dataclass
class ActionHistory:
    ref: str | None
    text: str
    owner: str | None
    due: str | None
    status: str | None
    status_raw: str | None
    first_seen: str | None
    last_seen: str | None
    history: list[dict]
    sha256: str
    page: int

    @property
    def closed(self) -> bool:
        return self.status == "closed"

    def overdue(self, today: dt.date) -> bool:
        if self.closed or not self.due:
            return False
        try:
            return dt.date.fromisoformat(self.due[:10]) < today
        except ValueError:
            return False


def action_histories(rows: Iterable[dict]) -> list[ActionHistory]:
    """Rows of every tracker (with `doc_date`), merged by (series, ref); rows
    without a ref stand alone."""
    ordered = sorted(rows, key=lambda r: (r.get("doc_date") or "", r.get("page") or 0, r.get("id") or 0))
    merged: dict[tuple, list[dict]] = {}
    for r in ordered:
        ref = (r.get("ref") or "").strip()
        key = (_series_key(r), ref.lower()) if ref else ("row", r.get("id"))
        merged.setdefault(key, []).append(r)
    out = []
    for versions in merged.values():
        last = versions[-1]
        history = []
        prev_status = None
        for v in versions:
            event = "opened" if prev_status is None else (
                "closed" if v.get("status") == "closed" and prev_status != "closed" else
                "status changed" if v.get("status_raw") != prev_status else "unchanged")
            history.append({"date": v.get("doc_date"), "event": event, "status": v.get("status_raw"),
                            "update": v.get("update"), "sha256": v["sha256"], "page": v.get("page")})
            prev_status = v.get("status_raw") if prev_status is not None else v.get("status_raw") or ""
        out.append(ActionHistory(
            ref=last.get("ref"), text=last.get("text") or "", owner=last.get("owner"), due=last.get("due"),
            status=last.get("status"), status_raw=last.get("status_raw"), first_seen=versions[0].get("doc_date"),
            last_seen=last.get("doc_date"), history=history, sha256=last["sha256"], page=last.get("page") or 0,
        ))
    return out


# ---- risks ---------------------------------------------------------------------
def _score(value: Any) -> float | None:
    if value in (None, ""):
        return None
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            return None
    if isinstance(value, dict):
        s = value.get("score")
        if s is None and value.get("likelihood") is not None and value.get("impact") is not None:
            s = value["likelihood"] * value["impact"]
        return float(s) if s is not None else None
    return None


def current_score(row: dict) -> float | None:
    """The score a reader watches: residual (current), else inherent."""
    return _score(row.get("residual")) if _score(row.get("residual")) is not None else _score(row.get("inherent"))


@dataclass
class RiskSeries:
    ref: str | None
    description: str
    owner: str | None
    workstream: str | None
    scores: list[dict]  # {date, score, sha256, page}
    direction: str | None
    sha256: str
    page: int

    @property
    def latest(self) -> float | None:
        return self.scores[-1]["score"] if self.scores else None

    @property
    def rising(self) -> bool:
        known = [s["score"] for s in self.scores if s["score"] is not None]
        if len(known) >= 2:
            return known[-1] > known[-2]
        return self.direction in ("up", "new") if self.direction else False


def risk_series(rows: Iterable[dict]) -> list[RiskSeries]:
    ordered = sorted(rows, key=lambda r: (r.get("doc_date") or "", r.get("page") or 0, r.get("id") or 0))
    merged: dict[tuple, list[dict]] = {}
    for r in ordered:
        ref = (r.get("ref") or "").strip()
        series = _norm(re.sub(r"\d{4}(-\d{2})?", "", r.get("register") or r.get("body") or ""))
        key = (series, ref.lower()) if ref else ("row", r.get("id"))
        merged.setdefault(key, []).append(r)
    out = []
    for versions in merged.values():
        last = versions[-1]
        out.append(RiskSeries(
            ref=last.get("ref"), description=last.get("description") or "", owner=last.get("owner"),
            workstream=last.get("workstream"),
            scores=[{"date": v.get("doc_date"), "score": current_score(v), "sha256": v["sha256"],
                     "page": v.get("page")} for v in versions],
            direction=last.get("direction"), sha256=last["sha256"], page=last.get("page") or 0,
        ))
    return out
