"""Following records across packs: one person's interests over registers,
actions across trackers, risk scores across registers. Pure functions over
stored rows (dicts), so they are tested without a database."""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz

from ..text import squash_spaces, strip_honorifics, word_key


# Pages match a name against every attendance and register row; the same
# names recur, so both are cached (pure functions of their strings).
@functools.lru_cache(maxsize=65536)
def person_key(name: str | None) -> str:
    """Simple name matching: case, whitespace, punctuation and honorifics."""
    if not name:
        return ""
    s = strip_honorifics(re.sub(r"^the\s+", "", squash_spaces(name), flags=re.I))
    s = re.sub(r"\s*\((?:chair|vice[- ]chair)[^)]*\)", "", s, flags=re.I)
    s = re.sub(r"\b(mp|obe|cbe|mbe|qc|kc)\b", "", s, flags=re.I)
    return re.sub(r"[^a-z ]", "", s.lower()).strip()


@functools.lru_cache(maxsize=65536)
def name_matches(query: str, name: str | None) -> bool:
    q, n = person_key(query), person_key(name)
    if not q or not n:
        return False
    if q == n:
        return True
    # "Rhodes" or "Honor Rhodes" against "Honor Rhodes (Independent)": all query words present, in order
    return re.search(r"\b" + r"\b.*\b".join(map(re.escape, q.split())) + r"\b", n) is not None


def _interest_key(row: dict) -> str:
    return word_key(row.get("organisation")) or word_key(row.get("nature"))[:80]


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


# Per-interest fields; `role` is the person's position on the board, repeated on
# every row, so it is compared once per register instead.
COMPARED_FIELDS = ("nature", "category")
FUZZY_SAME_INTEREST = 90


def diff_registers(before: RegisterSnapshot, after: RegisterSnapshot) -> list[InterestChange]:
    old = {_interest_key(r): r for r in before.rows}
    new = {_interest_key(r): r for r in after.rows}
    changes: list[InterestChange] = []
    old_roles = {word_key(r.get("role")) for r in before.rows} - {""}
    new_roles = {word_key(r.get("role")) for r in after.rows} - {""}
    if old_roles and new_roles and old_roles != new_roles:
        changes.append(InterestChange("role changed", None, before.rows[0], after.rows[0], ["role"]))
    added = {k: r for k, r in new.items() if k not in old}
    removed = {k: r for k, r in old.items() if k not in new}
    for k, r in new.items():
        if k in old:
            changed = [f for f in COMPARED_FIELDS if word_key(old[k].get(f)) != word_key(r.get(f))]
            if changed:
                changes.append(InterestChange("changed", r.get("organisation"), old[k], r, changed))
    # The same body written differently ("Tavistock Relationships" → "Tavistock
    # Relationships (manages the City Wellbeing Centre)") is a change, not a swap.
    for k_new, r_new in list(added.items()):
        best = max(removed, key=lambda k_old: fuzz.token_set_ratio(k_old, k_new), default=None)
        if best is not None and fuzz.token_set_ratio(best, k_new) >= FUZZY_SAME_INTEREST:
            r_old = removed.pop(best)
            del added[k_new]
            fields = ["organisation"] + [
                f for f in COMPARED_FIELDS if word_key(r_old.get(f)) != word_key(r_new.get(f))
            ]
            changes.append(InterestChange("changed", r_new.get("organisation"), r_old, r_new, fields))
    changes += [InterestChange("added", r.get("organisation"), None, r) for r in added.values()]
    changes += [InterestChange("removed", r.get("organisation"), r, None) for r in removed.values()]
    return changes


# ---- actions -------------------------------------------------------------------
def _series_key(row: dict) -> str:
    """Trackers of one board share a series: the body if known, else the
    tracker title with dates and numbers removed."""
    base = row.get("body") or row.get("tracker") or ""
    base = re.sub(r"\d+", "", base)
    return word_key(re.sub(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\b", "", base, flags=re.I))


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
        if self.closed:
            return False
        due = due_date(self.due)
        return due is not None and due < today


_MONTH_YEAR = re.compile(r"^\s*([A-Za-z]{3,9})[\s\-/']*(\d{2}|\d{4})\s*$")


def due_date(due: str | None) -> dt.date | None:
    """An ISO date, or a month as written ("Dec-20", "March 2011") read as
    the last day of that month; anything vaguer ("Ongoing") is None."""
    if not due:
        return None
    try:
        return dt.date.fromisoformat(due[:10])
    except ValueError:
        pass
    m = _MONTH_YEAR.match(due)
    if not m:
        return None
    try:
        month = dt.datetime.strptime(m.group(1)[:3].title(), "%b").month
    except ValueError:
        return None
    year = int(m.group(2)) + (2000 if len(m.group(2)) == 2 else 0)
    first_of_next = dt.date(year + month // 12, month % 12 + 1, 1)
    return first_of_next - dt.timedelta(days=1)


SAME_ACTION_TEXT = 90  # token_sort_ratio for rows without a ref (measured: same action 100, others <= 70)


def _doc_date(row: dict) -> str | None:
    """The pack's meeting date, else a date in the tracker's own title
    ("Action Log as of 2 March 2011", "... from last meeting 19.11.10")."""
    from ..extract.dates import find_date

    return row.get("doc_date") or (
        find_date(row.get("tracker") or "", numeric=True) if row.get("tracker") else None
    )


def action_histories(rows: Iterable[dict]) -> list[ActionHistory]:
    """Rows of every tracker merged into actions: by (series, ref) where the
    tracker has refs, else by near-identical text in another document."""
    rows = [dict(r, doc_date=_doc_date(r)) for r in rows]
    ordered = sorted(rows, key=lambda r: (r.get("doc_date") or "", r.get("page") or 0, r.get("id") or 0))
    merged: dict[tuple, list[dict]] = {}
    for r in ordered:
        ref = (r.get("ref") or "").strip()
        if ref:
            merged.setdefault((_series_key(r), ref.lower()), []).append(r)
            continue
        text = word_key(r.get("text"))
        match = None
        if len(text) >= 25:
            for key, versions in merged.items():
                last = versions[-1]
                if (
                    key[0] == "text"
                    and last["sha256"] != r["sha256"]
                    and fuzz.token_sort_ratio(word_key(last.get("text")), text) >= SAME_ACTION_TEXT
                ):
                    match = key
                    break
        merged.setdefault(match or ("text", r.get("id")), []).append(r)
    out = []
    for versions in merged.values():
        last = versions[-1]
        history = []
        prev: str | None = None
        for i, v in enumerate(versions):
            raw = v.get("status_raw")
            if i == 0:
                event = "opened"
            elif v.get("status") == "closed" and versions[i - 1].get("status") != "closed":
                event = "closed"
            elif word_key(raw) != word_key(prev):
                event = "status changed"
            else:
                event = "unchanged"
            history.append(
                {
                    "date": v.get("doc_date"),
                    "event": event,
                    "status": raw,
                    "update": v.get("update"),
                    "sha256": v["sha256"],
                    "page": v.get("page"),
                    "record_id": v.get("id"),
                }
            )
            prev = raw
        out.append(
            ActionHistory(
                ref=last.get("ref"),
                text=last.get("text") or "",
                owner=last.get("owner"),
                due=last.get("due"),
                status=last.get("status"),
                status_raw=last.get("status_raw"),
                first_seen=versions[0].get("doc_date"),
                last_seen=last.get("doc_date"),
                history=history,
                sha256=last["sha256"],
                page=last.get("page") or 0,
            )
        )
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
    return (
        _score(row.get("residual"))
        if _score(row.get("residual")) is not None
        else _score(row.get("inherent"))
    )


@dataclass
class RiskSeries:
    ref: str | None
    description: str
    owner: str | None
    workstream: str | None
    scores: list[dict]  # {date, score, sha256, page}
    trend: str | None  # the last register's direction as a word: up | down | same | new
    direction: str | None  # that direction as printed ("▲ Increasing", "↔")
    sha256: str
    page: int

    @property
    def latest(self) -> float | None:
        return self.scores[-1]["score"] if self.scores else None

    @property
    def rising(self) -> bool:
        """Scores went up between the last two registers; with fewer than two
        scores, the register's own mark: up, or new (a risk that has just
        appeared is one to watch, as `risks --rising` promises)."""
        known = [s["score"] for s in self.scores if s["score"] is not None]
        if len(known) >= 2:
            return known[-1] > known[-2]
        return self.trend in ("up", "new")


def risk_series(rows: Iterable[dict]) -> list[RiskSeries]:
    ordered = sorted(rows, key=lambda r: (r.get("doc_date") or "", r.get("page") or 0, r.get("id") or 0))
    merged: dict[tuple, list[dict]] = {}
    for r in ordered:
        ref = (r.get("ref") or "").strip()
        series = word_key(re.sub(r"\d{4}(-\d{2})?", "", r.get("register") or r.get("body") or ""))
        key = (series, ref.lower()) if ref else ("row", r.get("id"))
        merged.setdefault(key, []).append(r)
    out = []
    for versions in merged.values():
        last = versions[-1]
        out.append(
            RiskSeries(
                ref=last.get("ref"),
                description=last.get("description") or "",
                owner=last.get("owner"),
                workstream=last.get("workstream"),
                scores=[
                    {
                        "date": v.get("doc_date"),
                        "score": current_score(v),
                        "sha256": v["sha256"],
                        "page": v.get("page"),
                    }
                    for v in versions
                ],
                trend=last.get("trend"),
                direction=last.get("direction"),
                sha256=last["sha256"],
                page=last.get("page") or 0,
            )
        )
    return out
