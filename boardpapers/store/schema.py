"""SQLite schema: the system of record. Every record table carries the
document's sha256 and the 1-based page; nested values are JSON."""

from __future__ import annotations

import sqlite_utils

# One row per file path seen by ingest (the ledger).
FILES = {
    "path": str,
    "sha256": str,
    "size": int,
    "mtime": float,
    "status": str,  # ok | failed
    "error": str,
    "error_kind": str,
    "parser_version": str,
    "ingested_at": str,
    "seconds": float,
    "pages": int,
}

DOCUMENTS = {
    "sha256": str,
    "path": str,
    "title": str,
    "size": int,
    "page_count": int,
    "meeting_date": str,
    "body": str,
    "parser_version": str,
    "ingested_at": str,
    "pages_ocr": int,
    "pages_no_text": int,
    "tables_found": int,
    "records": int,
    "warnings": str,  # JSON list
}

PAGES = {
    "sha256": str,
    "number": int,
    "text": str,
    "width": float,
    "height": float,
    "has_text_layer": int,
    "ocr": int,
    "ocr_confidence": float,
    "needs_ocr": int,
    "tables": str,  # JSON: list of row lists
}

# Which documents the full-text index holds, and how many entries each: written
# only after the index commit, so a crash in between is seen and repaired.
FTS_STATE = {"sha256": str, "entries": int, "indexed_at": str}

RECORD_TABLES = ("meetings", "attendance", "agenda_items", "decisions", "interests", "actions", "risks")


def ensure_schema(db: sqlite_utils.Database) -> None:
    if "files" not in db.table_names():
        db["files"].create(FILES, pk="path")
        db["files"].create_index(["sha256"])
        db["files"].create_index(["status"])
    if "documents" not in db.table_names():
        db["documents"].create(DOCUMENTS, pk="sha256")
    if "pages" not in db.table_names():
        db["pages"].create(PAGES, pk=("sha256", "number"))
    if "fts_state" not in db.table_names():
        db["fts_state"].create(FTS_STATE, pk="sha256")
    if "meta" not in db.table_names():
        db["meta"].create({"key": str, "value": str}, pk="key")


def ensure_record_table(db: sqlite_utils.Database, name: str, sample: dict) -> None:
    """Record tables are created from the first record's columns (all records of
    one type are the same dataclass), with an integer id and an index on sha256."""
    if name in db.table_names():
        return
    columns: dict[str, type] = {"id": int, "sha256": str}
    for key, value in sample.items():
        if key in columns:
            continue
        columns[key] = {int: int, float: float}.get(type(value), str)
    db[name].create(columns, pk="id")
    db[name].create_index(["sha256"])
