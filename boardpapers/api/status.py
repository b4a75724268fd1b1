"""Store health: what `boardpapers status` reports. Reads only: the index
is opened read-only and a missing or stale one is reported with its fix."""

from __future__ import annotations

import json
import os

from ..extract.registry import TABLES
from ..search.sync import check_index
from ..store.store import Store


def store_status(store: Store, *, documents: bool = False) -> dict:
    health = check_index(store)
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
        "records": {t: store.count(t) for t in TABLES},
        "index": {
            "in_sync": health.in_sync,
            "state": health.state,
            "message": health.message,
            "fix": health.fix,
            "documents_indexed": health.indexed,
            "documents_missing": len(health.missing),
            "documents_stale": len(health.stale),
            "entries_expected": health.entries_expected,
            "entries_found": health.entries_found,
        },
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
