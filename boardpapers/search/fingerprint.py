"""A comparable summary of a store's contents, for checking that a killed and
resumed ingest ends with exactly what a clean run stores."""

from __future__ import annotations

import hashlib
from collections import Counter

from ..store.open import open_store
from ..store.schema import RECORD_TABLES
from .sync import check_index

IGNORED_COLUMNS = {"id", "document_sha256", "ingested_at", "seconds", "indexed_at", "mtime", "path"}


def _row_digest(row: dict) -> str:
    items = sorted((k, repr(v)) for k, v in row.items() if k not in IGNORED_COLUMNS)
    return hashlib.sha1(repr(items).encode()).hexdigest()


def store_fingerprint(db_path: str) -> dict:
    """Multisets of row digests per table (duplicates show as counts > 1), plus
    the search index's entry count and health."""
    store = open_store(db_path, read_only=True)
    try:
        out: dict = {}
        tables = store.db.table_names()
        # Ids differ between runs: a record's meeting is compared as (date, body
        # key) and its canonical copy as (document, ordinal).
        meetings = (
            {r["id"]: (r["date"], r["body_key"]) for r in store.db.query("select * from meeting_identities")}
            if "meeting_identities" in tables
            else {}
        )
        for table in ("documents", "pages", *RECORD_TABLES):
            if table not in tables:
                out[table] = Counter()
                continue
            rows = list(store.db.query(f"select * from [{table}]"))
            place = {r["id"]: (r["sha256"], r.get("ordinal")) for r in rows if "id" in r}
            for r in rows:
                if "meeting_id" in r:
                    r["meeting_id"] = meetings.get(r["meeting_id"])
                if "same_as" in r:
                    r["same_as"] = place.get(r["same_as"])
            out[table] = Counter(_row_digest(r) for r in rows)
        out["files_ok"] = sorted(
            (r["path"], r["sha256"]) for r in store.db.query("select * from files where status = 'ok'")
        )
        health = check_index(store)
        out["index_entries"] = health.entries_found
        out["index_in_sync"] = health.in_sync
        return out
    finally:
        store.close()


def differences(a: dict, b: dict) -> list[str]:
    diffs = []
    for key in sorted(set(a) | set(b)):
        if a.get(key) != b.get(key):
            va, vb = a.get(key), b.get(key)
            if isinstance(va, Counter) and isinstance(vb, Counter):
                diffs.append(
                    f"{key}: {sum(va.values())} vs {sum(vb.values())} rows, "
                    f"{len(va - vb)} only in first, {len(vb - va)} only in second"
                )
            else:
                diffs.append(f"{key}: {va!r} vs {vb!r}"[:300])
    return diffs
