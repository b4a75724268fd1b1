"""Store health: what `boardpapers status` reports."""

from __future__ import annotations

import json
import os

from ..search.fulltext import FullTextIndex, IndexUnavailable, index_path_for
from ..search.sync import IndexSync
from ..store.store import Store

REINDEX = "boardpapers reindex"


def index_state(store: Store, index: FullTextIndex | None = None) -> dict:
    """Whether the search index holds exactly the stored documents, read
    without writing anything; `fix` names the command that mends it."""
    try:
        index = index or FullTextIndex(index_path_for(store.path), readonly=True)
    except IndexUnavailable as exc:
        return {
            "in_sync": False,
            "state": exc.reason,
            "fix": REINDEX,
            "documents_indexed": 0,
            "documents_missing": store.count("documents"),
            "documents_stale": 0,
            "entries_expected": None,
            "entries_found": None,
        }
    health = IndexSync(store, index).health()
    return {
        "in_sync": health.in_sync,
        "state": "in sync" if health.in_sync else "out of step with the store",
        "fix": None if health.in_sync else REINDEX,
        "documents_indexed": health.indexed,
        "documents_missing": len(health.missing),
        "documents_stale": len(health.stale),
        "entries_expected": health.entries_expected,
        "entries_found": health.entries_found,
    }


def store_status(store: Store, *, documents: bool = False) -> dict:
    failures = list(
        store.db.query(
            "select path, error, error_kind, ingested_at from files where status = 'failed' order by path"
        )
    )
    out = {
        "db": os.path.abspath(store.path),
        "documents": store.count("documents"),
        "pages": store.count("pages"),
        "pages_ocr": store.count("pages", "ocr = 1"),
        "pages_needing_ocr": store.count("pages", "needs_ocr = 1"),
        "files": store.count("files"),
        "failures": len(failures),
        "failed_files": failures,
        "records": {
            t: store.count(t)
            for t in ("meetings", "agenda_items", "attendance", "decisions", "interests", "actions", "risks")
        },
        "index": index_state(store),
    }
    if documents:
        rows = []
        for d in store.db.query(
            "select sha256, path, title, page_count, pages_ocr, pages_no_text, tables_found, records, warnings,"
            " meeting_date, body from documents order by path"
        ):
            d["warnings"] = json.loads(d["warnings"] or "[]")
            rows.append(d)
        out["document_health"] = rows
    return out
