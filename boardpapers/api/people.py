"""People and organisations as the CLI shows them: lists, a person's profile,
who declared an interest in an organisation, the review queue, and finding
the person a typed name means ("I Williams", "Ian Wiliams", "Cllr Ian
Williams" all find Ian Williams)."""

from __future__ import annotations

import datetime as dt
import json
import os
from collections import Counter, defaultdict
from dataclasses import asdict
from typing import Any

from rapidfuzz import fuzz
from rapidfuzz.distance import JaroWinkler

from ..names import fold, forenames_compatible, parse_name
from ..people.orgs import org_key
from ..people.people_store import judge, refresh
from ..people.resolve import SURNAME_TYPO_JW
from ..store.history import action_histories
from ..store.store import Store
from .queries import interests_view, rows_with_doc

# token_set_ratio at or above which a declaration names the same organisation
# as a register row ("Hackney Schools for the Future" ~ "Hackney Schools for the Future Ltd").
DECLARATION_MATCHES_REGISTER = 85


def _people_mentions(store: Store) -> list[dict]:
    return list(store.db.query("select * from person_mentions where person_id is not null"))


def find_people(store: Store, query: str) -> list[int]:
    """Ids of the people a typed name means, best first: the full name as
    written; else an initial and surname that fit; else the same forename with
    a surname typo (Jaro-Winkler >= SURNAME_TYPO_JW); else a surname alone."""
    refresh(store)
    q = parse_name(query)
    mentions = _people_mentions(store)
    counts = Counter(m["person_id"] for m in mentions)

    def ranked(ids: set[int]) -> list[int]:
        return sorted(ids, key=lambda i: (-counts[i], i))

    def full(m: dict) -> tuple[str, str]:
        # the parts stored with the mention (parsed once, at refresh)
        return fold(m["forename"] or ""), fold(m["surname"] or "")

    if q.forename and q.surname:
        exact = {m["person_id"] for m in mentions if full(m) == (q.forename_key, q.surname_key)}
        if exact:
            return ranked(exact)
        typo = {
            m["person_id"]
            for m in mentions
            if full(m)[0] == q.forename_key
            and full(m)[1]
            and JaroWinkler.similarity(full(m)[1], q.surname_key) >= SURNAME_TYPO_JW
        }
        return ranked(typo)
    if q.surname:
        fit = set()
        for m in mentions:
            if full(m)[1] == q.surname_key and (
                not q.initials or forenames_compatible(parse_name(m["name"]), q)
            ):
                fit.add(m["person_id"])
        return ranked(fit)
    if q.initials_only:
        return ranked(
            {
                m["person_id"]
                for m in mentions
                if m["surname"] and parse_name(m["name"]).all_initials == q.initials
            }
        )
    return []


def list_people(store: Store, query: str | None = None) -> list[dict]:
    """People with counts: meetings attended, interests, actions, decisions moved (in prose)."""
    refresh(store)
    ids = set(find_people(store, query)) if query else None
    stats: dict[int, Counter] = defaultdict(Counter)
    meetings: dict[int, set] = defaultdict(set)
    for m in _people_mentions(store):
        pid = m["person_id"]
        if ids is not None and pid not in ids:
            continue
        stats[pid][m["context"]] += 1
        if m["context"] == "attendance" and m["status"] in ("present", "in_attendance"):
            meetings[pid].add((m["sha256"], m["date"]))
    out = []
    for p in store.db.query("select * from people order by name"):
        if ids is not None and p["id"] not in ids:
            continue
        s = stats[p["id"]]
        out.append(
            {
                "id": p["id"],
                "name": p["name"],
                "key": p["key"],
                "meetings": len(meetings[p["id"]]),
                "interests": s["register"],
                "declarations": s["declaration"],
                "actions": s["action_owner"],
                "risks": s["risk_owner"],
                "leads": s["agenda_lead"],
                "prose": s["prose"],
                "mentions": p["mentions"],
                "variants": json.loads(p["variants"] or "[]"),
            }
        )
    out.sort(key=lambda r: (-r["mentions"], r["name"]))
    return out


def _records(store: Store, table: str, ids: list[int]) -> list[dict]:
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    return rows_with_doc(store, table, f"t.id in ({marks})", list(ids))


def _record_ids(mentions: list[dict], table: str) -> list[int]:
    return sorted({m["record_id"] for m in mentions if m["record_table"] == table and m["record_id"]})


def person_interest_rows(store: Store, person_ids: list[int]) -> list[dict]:
    """Register rows and declarations linked to these people through their mentions."""
    if not person_ids:
        return []
    marks = ",".join("?" * len(person_ids))
    mentions = list(store.db.query(f"select * from person_mentions where person_id in ({marks})", person_ids))
    rows = _records(store, "interests", _record_ids(mentions, "interests"))
    for r in rows:
        r["register_date"] = r.get("doc_date")
    return rows


def interests_for(store: Store, person: str) -> dict[str, Any]:
    """`interests --person NAME` through resolved people (same shape as queries.person_interests)."""
    ids = find_people(store, person)
    rows = person_interest_rows(store, ids[:1])
    return interests_view(person, rows)


def owner_action_ids(store: Store, owner: str) -> set[int] | None:
    """Action record ids owned by the person `owner` means; None when the name
    resolves to nobody (the caller falls back to matching the text)."""
    ids = find_people(store, owner)
    if not ids:
        return None
    mentions = list(
        store.db.query(
            "select record_id from person_mentions where person_id = ? and record_table = 'actions'", [ids[0]]
        )
    )
    return {m["record_id"] for m in mentions}


def profile(store: Store, name: str, today: dt.date | None = None) -> dict[str, Any] | None:
    """The profile of the person a name means (the best match; others listed)."""
    ids = find_people(store, name)
    if not ids:
        return None
    pid = ids[0]
    person = next(iter(store.db.query("select * from people where id = ?", [pid])))
    mentions = list(
        store.db.query("select * from person_mentions where person_id = ? order by date, id", [pid])
    )
    docs = {d["sha256"]: d for d in store.db.query("select sha256, path, body, meeting_date from documents")}
    variants = Counter(m["name"] for m in mentions)
    roles: dict[tuple, dict] = {}
    for m in mentions:
        if not m["role"] and not m["organisation"]:
            continue
        k = (m["body"] or "", m["role"] or "", m["organisation"] or "")
        r = roles.setdefault(
            k,
            {
                "body": m["body"],
                "role": m["role"],
                "organisation": m["organisation"],
                "first": None,
                "last": None,
            },
        )
        date = m["date"] or docs.get(m["sha256"], {}).get("meeting_date")
        if date:
            r["first"] = min(filter(None, (r["first"], date)))
            r["last"] = max(filter(None, (r["last"], date)))
    attendance = [
        {
            "date": m["date"],
            "body": m["body"],
            "status": m["status"],
            "role": m["role"],
            "document": os.path.basename(docs.get(m["sha256"], {}).get("path") or "?"),
            "page": m["page"],
            "sha256": m["sha256"],
        }
        for m in mentions
        if m["context"] == "attendance"
    ]
    attendance.sort(key=lambda a: a["date"] or "")
    interest_rows = _records(store, "interests", _record_ids(mentions, "interests"))
    for r in interest_rows:
        r["register_date"] = r.get("doc_date")
    interests = interests_view(person["name"], interest_rows)
    register_rows = [r for g in interests["registers"] for r in g["rows"]]
    for d in interests["declarations"]:
        d["matches_register"] = any(
            fuzz.token_set_ratio(
                org_key(d.get("organisation") or d.get("nature")), org_key(r.get("organisation"))
            )
            >= DECLARATION_MATCHES_REGISTER
            for r in register_rows
            if r.get("organisation")
        )
    action_ids = set(_record_ids(mentions, "actions"))
    today = today or dt.date.today()
    actions = [
        asdict(h) | {"overdue": h.overdue(today)}
        for h in action_histories(rows_with_doc(store, "actions"))
        if action_ids & {v.get("record_id") for v in h.history}
    ]
    attended = {(a["sha256"], a["date"]) for a in attendance if a["status"] in ("present", "in_attendance")}
    decisions = [
        d for d in rows_with_doc(store, "decisions") if (d["sha256"], d.get("meeting_date")) in attended
    ]
    return {
        "person": {
            "id": pid,
            "name": person["name"],
            "key": person["key"],
            "rules": json.loads(person["rules"] or "[]"),
        },
        "other_matches": [
            {"id": i, "name": n["name"]}
            for i in ids[1:]
            for n in store.db.query("select name from people where id = ?", [i])
        ],
        "variants": [{"name": n, "mentions": c} for n, c in variants.most_common()],
        "roles": sorted(roles.values(), key=lambda r: (r["body"] or "", r["first"] or "")),
        "attendance": attendance,
        "registers": interests["registers"],
        "diffs": interests["diffs"],
        "declarations": interests["declarations"],
        "actions": actions,
        "decisions": decisions,
        "prose": [
            {
                "name": m["name"],
                "document": os.path.basename(docs.get(m["sha256"], {}).get("path") or "?"),
                "page": m["page"],
            }
            for m in mentions
            if m["context"] == "prose"
        ],
    }


def list_orgs(store: Store, query: str | None = None) -> list[dict]:
    refresh(store)
    groups: dict[str, dict] = {}
    qk = org_key(query) if query else ""
    for o in store.db.query("select * from org_mentions"):
        key = o["org_key"]
        if qk and qk not in key:
            continue
        g = groups.setdefault(
            key, {"key": key, "names": Counter(), "mentions": 0, "interests": 0, "people": set()}
        )
        g["names"][o["name"]] += 1
        g["mentions"] += 1
        if o["context"] == "interest":
            g["interests"] += 1
            if o["person_id"]:
                g["people"].add(o["person_id"])
    out = []
    for g in groups.values():
        out.append(
            {
                "name": g["names"].most_common(1)[0][0],
                "key": g["key"],
                "mentions": g["mentions"],
                "interests": g["interests"],
                "people": len(g["people"]),
                "variants": sorted(g["names"]),
            }
        )
    out.sort(key=lambda r: (-r["interests"], -r["mentions"], r["name"]))
    return out


def org_detail(store: Store, name: str) -> dict[str, Any] | None:
    """Who declared an interest in an organisation, and when."""
    refresh(store)
    key = org_key(name)
    if not key:
        return None
    rows = [
        o
        for o in store.db.query("select * from org_mentions where context = 'interest'")
        if o["org_key"] == key
    ]
    if not rows:
        rows = [
            o
            for o in store.db.query("select * from org_mentions where context = 'interest'")
            if fuzz.token_set_ratio(o["org_key"], key) >= DECLARATION_MATCHES_REGISTER
        ]
    if not rows:
        return None
    people = {p["id"]: p["name"] for p in store.db.query("select id, name from people")}
    interests = {r["id"]: r for r in _records(store, "interests", sorted({o["record_id"] for o in rows}))}
    out = []
    for o in rows:
        r = interests.get(o["record_id"], {})
        out.append(
            {
                "person": people.get(o["person_id"]) or o["person"],
                "person_id": o["person_id"],
                "organisation": o["name"],
                "nature": r.get("nature"),
                "category": r.get("category"),
                "declared_on": r.get("declared_on"),
                "register": r.get("register"),
                "register_date": r.get("doc_date"),
                "document": r.get("document"),
                "page": o["page"],
            }
        )
    out.sort(key=lambda r: (r["person"] or "", r["register_date"] or ""))
    names = Counter(o["name"] for o in rows)
    return {
        "organisation": names.most_common(1)[0][0],
        "key": key,
        "variants": sorted(names),
        "interests": out,
    }


def review_queue(store: Store) -> list[dict]:
    refresh(store)
    return list(store.db.query("select * from person_review order by key_a, key_b"))


def record_judgement(store: Store, key_a: str, key_b: str, verdict: str) -> None:
    """Store a reviewer's verdict and rebuild the people it changes (read
    commands do not rebuild: they never write)."""
    judge(store, key_a, key_b, verdict)
    refresh(store)
