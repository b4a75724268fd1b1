"""Read stored records, find mentions (structured tables and, through spaCy,
minutes prose), resolve them and write the people tables.

The people tables are derived: `refresh` rebuilds them whole when the stored
documents, the rules or the judgements changed since the last build (a
fingerprint in `meta`). Judgements (`person_judgements`) are the one input a
person gives; they are keyed by stable name keys, so they survive a
re-ingest and apply to the next build.
"""

from __future__ import annotations

import hashlib
import os
import re
import time
from dataclasses import dataclass
from typing import Any

from ..abbreviations import ABBREVIATIONS
from ..names import fold, looks_like_person, parse_name
from ..store.store import Store, now_iso
from .entities import Entity, entities, known_patterns, load_nlp
from .mentions import OrgMention, PersonMention, org_mentions, person_mentions
from .orgs import org_key
from .resolve import DIFFERENT, SAME, Judgement, Resolution, judgement_key, resolve

# Bump when the mention or resolution rules change, so stores rebuild their people.
PEOPLE_VERSION = "3"
FINGERPRINT_KEY = "people_fingerprint"
# Minutes without an agenda item around them (a stand-alone minutes document):
# read at most this many pages from the minutes heading (longest minutes in the
# sample packs: 8 pages).
MINUTES_MAX_PAGES = 20
# BOARDPAPERS_NER=0 skips the spaCy step (structured mentions only).
NER_ENV = "BOARDPAPERS_NER"
RECORD_SOURCES = ("attendance", "interests", "actions", "risks", "agenda_items")


@dataclass
class RefreshReport:
    rebuilt: bool
    mentions: int = 0
    org_mentions: int = 0
    people: int = 0
    review: int = 0
    ner_pages: int = 0
    ner_seconds: float = 0.0
    ner_mentions: int = 0
    stale: bool = False  # read-only store whose people tables predate its documents


def ner_enabled() -> bool:
    return os.environ.get(NER_ENV, "1") not in ("0", "false", "no")


def _documents(store: Store) -> dict[str, dict]:
    return {
        r["sha256"]: r
        for r in store.db.query(
            "select sha256, path, title, body, meeting_date, page_count, parser_version, ingested_at from documents"
        )
    }


def judgements(store: Store) -> list[Judgement]:
    return [
        Judgement(r["key_a"], r["key_b"], r["verdict"])
        for r in store.db.query("select * from person_judgements")
    ]


def fingerprint(store: Store, ner: bool) -> str:
    h = hashlib.sha256(f"{PEOPLE_VERSION}|ner={ner}".encode())
    for sha, doc in sorted(_documents(store).items()):
        # ingested_at: a document written again (same content) has lost its mentions
        h.update(f"{sha}:{doc.get('parser_version')}:{doc.get('ingested_at')};".encode())
    for j in sorted(judgements(store), key=lambda j: j.pair):
        h.update(f"{j.pair}:{j.verdict};".encode())
    return h.hexdigest()


def _page_range(text: str | None) -> tuple[int, int] | None:
    m = re.fullmatch(r"\s*(\d+)\s*(?:-\s*(\d+))?\s*", text or "")
    if not m:
        return None
    a = int(m.group(1))
    return a, int(m.group(2) or a)


def minutes_pages(store: Store, docs: dict[str, dict]) -> list[tuple[str, int]]:
    """(sha256, page) of the pages that hold minutes prose: from each minutes
    heading to the end of the agenda item (paper) it sits in, else at most
    MINUTES_MAX_PAGES pages of the document."""
    items: dict[str, list[tuple[int, int]]] = {}
    for r in store.db.query("select sha256, pdf_pages from agenda_items where pdf_pages is not null"):
        rng = _page_range(r["pdf_pages"])
        if rng:
            items.setdefault(r["sha256"], []).append(rng)
    out: set[tuple[str, int]] = set()
    for m in store.db.query("select sha256, page from meetings where kind = 'minutes'"):
        sha, start = m["sha256"], m["page"] or 1
        count = (docs.get(sha) or {}).get("page_count") or start
        end = min(count, start + MINUTES_MAX_PAGES - 1)
        around = [rng for rng in items.get(sha, []) if rng[0] <= start <= rng[1]]
        if around:
            end = min(rng[1] for rng in around)
        out.update((sha, p) for p in range(start, end + 1))
    return sorted(out)


def _prose_mentions(
    store: Store,
    docs: dict[str, dict],
    known_people: list[str],
    known_orgs: list[str],
    report: RefreshReport,
) -> tuple[list[PersonMention], list[OrgMention]]:
    pages = minutes_pages(store, docs)
    if not pages:
        return [], []
    texts: list[str] = []
    for sha, number in pages:
        row = list(store.db.query("select text from pages where sha256 = ? and number = ?", [sha, number]))
        texts.append(row[0]["text"] if row and row[0]["text"] else "")
    started = time.perf_counter()
    nlp = load_nlp(with_ruler=True, known=known_patterns(known_people, known_orgs))
    found = list(entities(nlp, texts))
    report.ner_seconds = time.perf_counter() - started
    report.ner_pages = len(pages)
    people: list[PersonMention] = []
    orgs: list[OrgMention] = []
    for (sha, number), ents in zip(pages, found, strict=True):
        doc = docs.get(sha, {})
        for e in ents:
            people_or_org(e, sha, number, doc, people, orgs)
    return people, orgs


def people_or_org(
    e: Entity, sha: str, page: int, doc: dict, people: list[PersonMention], orgs: list[OrgMention]
) -> None:
    text = re.sub(r"['’]s$", "", re.sub(r"\s+", " ", e.text)).strip(" ,.;:")
    text = re.sub(r"^the\s+", "", text, flags=re.IGNORECASE)
    if e.label == "PERSON":
        parsed = parse_name(text)
        if not parsed.surname or not looks_like_person(text):
            return
        people.append(
            PersonMention(
                name=text,
                parsed=parsed,
                context="prose",
                source="ner",
                sha256=sha,
                page=page,
                body=doc.get("body"),
                date=doc.get("meeting_date"),
            )
        )
    elif e.label == "ORG" and _org_worth_keeping(text):
        orgs.append(
            OrgMention(
                text,
                org_key(text),
                "prose",
                "ner",
                sha,
                page,
                body=doc.get("body"),
                date=doc.get("meeting_date"),
            )
        )


def _org_worth_keeping(text: str) -> bool:
    """Two or more words, or a known abbreviation: a lone 'Council' or 'Cabinet'
    in minutes is the meeting's own body, not a named organisation."""
    key = org_key(text)
    return bool(key) and (len(text.split()) >= 2 or fold(text) in ABBREVIATIONS) and "\n" not in text


def _dedupe_prose(structured: list[PersonMention], prose: list[PersonMention]) -> list[PersonMention]:
    """A name the structured tables already hold on the same page (an attendance
    list inside the minutes) is not mentioned twice."""
    seen = {(m.sha256, m.page, m.parsed.key) for m in structured}
    out = []
    for m in prose:
        k = (m.sha256, m.page, m.parsed.key)
        if k not in seen:
            seen.add(k)
            out.append(m)
    return out


def refresh(store: Store, *, force: bool = False, ner: bool | None = None) -> RefreshReport:
    """Rebuild the people tables when the store changed since the last build."""
    ner = ner_enabled() if ner is None else ner
    fp = fingerprint(store, ner)
    row = list(store.db.query("select value from meta where key = ?", [FINGERPRINT_KEY]))
    if not force and row and row[0]["value"] == fp:
        return RefreshReport(rebuilt=False)
    if getattr(store, "read_only", False):
        # read commands never write: they show the tables the last ingest built
        # (ingest and `people review` refresh them on a writable store)
        return RefreshReport(rebuilt=False, stale=True)
    report = RefreshReport(rebuilt=True)
    docs = _documents(store)
    records = {t: store.records(t) for t in RECORD_SOURCES}
    mentions = person_mentions(records, docs)
    orgs = org_mentions(records, docs)
    if ner:
        known_people = sorted({m.name for m in mentions if m.parsed.full_key})
        known_orgs = sorted({o.name for o in orgs})
        prose_people, prose_orgs = _prose_mentions(store, docs, known_people, known_orgs, report)
        prose_people = _dedupe_prose(mentions, prose_people)
        report.ner_mentions = len(prose_people) + len(prose_orgs)
        mentions += prose_people
        orgs += prose_orgs
    resolution = resolve(mentions, judgements(store))
    write(store, mentions, orgs, resolution)
    with store.db.atomic():
        store.db["meta"].upsert({"key": FINGERPRINT_KEY, "value": fp}, pk="key")
    report.mentions, report.org_mentions = len(mentions), len(orgs)
    report.people, report.review = len(resolution.people), len(resolution.review)
    return report


def mention_row(i: int, m: PersonMention, person_id: int | None) -> dict[str, Any]:
    p = m.parsed
    return {
        "id": i + 1,
        "sha256": m.sha256,
        "page": m.page,
        "bbox": None if m.bbox is None else str(m.bbox),
        "name": m.name,
        "title": p.title,
        "forename": p.forename,
        "initials": p.initials,
        "surname": p.surname,
        "suffix": p.suffix,
        "alias_initials": p.alias_initials,
        "name_key": judgement_key(m),
        "context": m.context,
        "source": m.source,
        "role": m.role,
        "organisation": m.organisation,
        "org_key": m.org_key,
        "body": m.body,
        "body_key": m.body_key,
        "date": m.date,
        "record_table": m.record_table,
        "record_id": m.record_id,
        "status": m.status,
        "person_id": person_id,
    }


def write(store: Store, mentions: list[PersonMention], orgs: list[OrgMention], res: Resolution) -> None:
    import json

    person_by_record = {
        (m.record_table, m.record_id): res.person_of.get(i) for i, m in enumerate(mentions) if m.record_table
    }
    with store.db.atomic():
        for table in ("person_mentions", "org_mentions", "people", "person_review"):
            store.db.execute(f"delete from [{table}]")
        store.db["person_mentions"].insert_all(
            (mention_row(i, m, res.person_of.get(i)) for i, m in enumerate(mentions)), batch_size=500
        )
        store.db["org_mentions"].insert_all(
            (
                {
                    "id": i + 1,
                    "sha256": o.sha256,
                    "page": o.page,
                    "name": o.name,
                    "org_key": o.key,
                    "context": o.context,
                    "source": o.source,
                    "person": o.person,
                    "person_id": person_by_record.get((o.record_table, o.record_id)),
                    "body": o.body,
                    "date": o.date,
                    "record_table": o.record_table,
                    "record_id": o.record_id,
                }
                for i, o in enumerate(orgs)
            ),
            batch_size=500,
        )
        store.db["people"].insert_all(
            (
                {
                    "id": p.id,
                    "key": p.key,
                    "name": p.name,
                    "mentions": len(p.mentions),
                    "variants": json.dumps(sorted({mentions[i].name for i in p.mentions})),
                    "rules": json.dumps(p.rules),
                }
                for p in res.people
            ),
            batch_size=500,
        )
        store.db["person_review"].insert_all(
            (
                {
                    "key_a": r.key_a,
                    "key_b": r.key_b,
                    "reason": r.reason,
                    "name_a": mentions[r.mentions_a[0]].name,
                    "name_b": mentions[r.mentions_b[0]].name,
                    "mentions_a": json.dumps([i + 1 for i in r.mentions_a]),
                    "mentions_b": json.dumps([i + 1 for i in r.mentions_b]),
                }
                for r in res.review
            ),
            batch_size=500,
            replace=True,
        )


def judge(store: Store, key_a: str, key_b: str, verdict: str) -> None:
    """Record a reviewer's judgement; 'different' is never overwritten by 'same'."""
    if verdict not in (SAME, DIFFERENT):
        raise ValueError(f"verdict must be {SAME!r} or {DIFFERENT!r}")
    a, b = sorted((key_a, key_b))
    existing = list(
        store.db.query("select verdict from person_judgements where key_a = ? and key_b = ?", [a, b])
    )
    if existing and existing[0]["verdict"] == DIFFERENT and verdict == SAME:
        return
    with store.db.atomic():
        store.db["person_judgements"].upsert(
            {"key_a": a, "key_b": b, "verdict": verdict, "judged_at": now_iso()}, pk=("key_a", "key_b")
        )
