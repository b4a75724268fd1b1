"""The SQLite store (through sqlite-utils): ledger, documents, pages, records.

Every document is written in one transaction that first removes whatever the
same sha256 had, so a re-ingest or a crash half-way never leaves stale or
partial rows."""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import urllib.parse
from collections.abc import Iterable, Iterator
from dataclasses import asdict, is_dataclass
from typing import Any

import sqlite_utils

from .. import PARSER_VERSION
from ..model import Document
from .schema import RECORD_TABLES, ensure_record_table, ensure_schema

DEFAULT_DB = "boardpapers.db"


def default_db_path() -> str:
    return os.environ.get("BOARDPAPERS_DB", DEFAULT_DB)


def now_iso() -> str:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()


def _cell(value: Any) -> Any:
    if value is None or isinstance(value, (str, int, float)):
        return value
    if isinstance(value, bool):
        return int(value)
    return json.dumps(value, ensure_ascii=False, default=str)


def record_row(record: Any) -> dict[str, Any]:
    data = asdict(record) if is_dataclass(record) else dict(record)
    return {k: _cell(v) for k, v in data.items()}


def meeting_of(records: dict[str, list[Any]]) -> tuple[str | None, str | None]:
    """The pack's own meeting (date, body): the first meeting record that is
    not previous minutes, else the first meeting."""
    meetings = [record_row(m) for m in records.get("meetings", [])]
    own = [m for m in meetings if m.get("kind") != "minutes" and m.get("date")] or [
        m for m in meetings if m.get("date")
    ]
    if not own:
        return None, None
    return own[0].get("date"), own[0].get("body")


class StoreMissing(FileNotFoundError):
    pass


class Store:
    def __init__(self, path: str | None = None, *, timeout: float = 30.0, readonly: bool = False) -> None:
        """readonly: for commands that only read; never creates the file or
        changes the schema (SQLite may still add its -wal/-shm files)."""
        self.path = path or default_db_path()
        self.readonly = readonly
        if readonly:
            if not os.path.isfile(self.path):
                raise StoreMissing(self.path)
            uri = "file:" + urllib.parse.quote(os.path.abspath(self.path)) + "?mode=ro"
            conn = sqlite3.connect(uri, uri=True, timeout=timeout, check_same_thread=False)
            self.db = sqlite_utils.Database(conn)
            self.db.execute(f"PRAGMA busy_timeout={int(timeout * 1000)}")
            return
        conn = sqlite3.connect(self.path, timeout=timeout, check_same_thread=False)
        self.db = sqlite_utils.Database(conn)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.execute(f"PRAGMA busy_timeout={int(timeout * 1000)}")
        ensure_schema(self.db)

    def close(self) -> None:
        self.db.close()

    # ---- ledger -------------------------------------------------------------
    def file_row(self, path: str) -> dict | None:
        rows = list(self.db.query("select * from files where path = ?", [path]))
        return rows[0] if rows else None

    def file_rows(self) -> dict[str, dict]:
        return {r["path"]: r for r in self.db.query("select * from files")}

    def has_document(self, sha256: str, parser_version: str | None = PARSER_VERSION) -> bool:
        sql = "select 1 from documents where sha256 = ?"
        args: list[Any] = [sha256]
        if parser_version is not None:
            sql += " and parser_version = ?"
            args.append(parser_version)
        return bool(list(self.db.query(sql, args)))

    def record_file(
        self,
        path: str,
        sha256: str | None,
        size: int,
        mtime: float,
        status: str,
        error: str | None = None,
        error_kind: str | None = None,
        seconds: float = 0.0,
        pages: int = 0,
    ) -> None:
        self.db["files"].upsert(
            {
                "path": path,
                "sha256": sha256,
                "size": size,
                "mtime": mtime,
                "status": status,
                "error": error,
                "error_kind": error_kind,
                "parser_version": PARSER_VERSION,
                "ingested_at": now_iso(),
                "seconds": round(seconds, 4),
                "pages": pages,
            },
            pk="path",
        )

    def record_failure(
        self,
        path: str,
        sha256: str | None,
        size: int,
        mtime: float,
        reason: str,
        kind: str | None,
        seconds: float = 0.0,
    ) -> None:
        """A failure is recorded without touching the document a previous good
        version of this path stored (its data is not lost)."""
        with self.db.atomic():
            self.record_file(path, sha256, size, mtime, "failed", reason, kind, seconds)

    # ---- documents ----------------------------------------------------------
    def replace_document(
        self,
        doc: Document,
        records: dict[str, list[Any]],
        *,
        path: str,
        mtime: float,
        seconds: float = 0.0,
        drop_sha: str | None = None,
    ) -> int:
        """Store one parsed document and its records atomically; returns the
        number of records stored. `drop_sha` is the previous content of the same
        path, removed in the same transaction."""
        meeting_date, body = meeting_of(records)
        n_records = sum(len(v) for v in records.values())
        with self.db.atomic():
            if drop_sha and drop_sha != doc.sha256:
                self._delete_document_rows(drop_sha)
            self._delete_document_rows(doc.sha256)
            self.db["documents"].insert(
                {
                    "sha256": doc.sha256,
                    "path": doc.path,
                    "title": doc.title,
                    "size": doc.size,
                    "page_count": doc.page_count,
                    "meeting_date": meeting_date,
                    "body": body,
                    "parser_version": PARSER_VERSION,
                    "ingested_at": now_iso(),
                    "pages_ocr": sum(1 for p in doc.pages if p.ocr),
                    "pages_no_text": sum(1 for p in doc.pages if p.needs_ocr),
                    "tables_found": sum(len(p.tables) for p in doc.pages),
                    "records": n_records,
                    "warnings": json.dumps(doc.warnings),
                }
            )
            self.db["pages"].insert_all(
                (
                    {
                        "sha256": doc.sha256,
                        "number": p.number,
                        "text": p.text,
                        "width": p.width,
                        "height": p.height,
                        "has_text_layer": int(p.has_text_layer),
                        "ocr": int(p.ocr),
                        "ocr_confidence": p.ocr_confidence,
                        "needs_ocr": int(p.needs_ocr),
                        "tables": json.dumps([t.rows for t in p.tables]) if p.tables else None,
                    }
                    for p in doc.pages
                ),
                batch_size=200,
            )
            for table, recs in records.items():
                if not recs:
                    continue
                rows = [dict(sha256=doc.sha256, **record_row(r)) for r in recs]
                ensure_record_table(self.db, table, rows[0])
                self.db[table].insert_all(rows, alter=True, batch_size=500)
            self.record_file(path, doc.sha256, doc.size, mtime, "ok", seconds=seconds, pages=doc.page_count)
        return n_records

    def _delete_document_rows(self, sha256: str) -> None:
        names = set(self.db.table_names())
        for table in ("pages", *RECORD_TABLES):
            if table in names:
                self.db.execute(f"delete from [{table}] where sha256 = ?", [sha256])
        self.db.execute("delete from documents where sha256 = ?", [sha256])

    def sha_in_use(self, sha256: str, other_than_path: str) -> bool:
        rows = self.db.query(
            "select 1 from files where sha256 = ? and path != ? and status = 'ok' limit 1",
            [sha256, other_than_path],
        )
        return bool(list(rows))

    def documents(self) -> list[dict]:
        return list(self.db.query("select * from documents order by path"))

    def document(self, sha256: str) -> dict | None:
        rows = list(self.db.query("select * from documents where sha256 = ?", [sha256]))
        return rows[0] if rows else None

    def pages(self, sha256: str) -> Iterator[dict]:
        return self.db.query("select * from pages where sha256 = ? order by number", [sha256])

    def records(self, table: str, sha256: str | None = None) -> list[dict]:
        if table not in self.db.table_names():
            return []
        if sha256:
            return list(self.db.query(f"select * from [{table}] where sha256 = ? order by id", [sha256]))
        return list(self.db.query(f"select * from [{table}] order by id"))

    def count(self, table: str, where: str = "", args: Iterable[Any] = ()) -> int:
        if table not in self.db.table_names():
            return 0
        sql = f"select count(*) from [{table}]" + (f" where {where}" if where else "")
        return self.db.execute(sql, list(args)).fetchone()[0]

    # ---- full-text bookkeeping ---------------------------------------------
    def fts_state(self) -> dict[str, int]:
        return {r["sha256"]: r["entries"] for r in self.db.query("select * from fts_state")}

    def mark_indexed(self, counts: dict[str, int]) -> None:
        with self.db.atomic():
            self.db["fts_state"].upsert_all(
                [{"sha256": s, "entries": n, "indexed_at": now_iso()} for s, n in counts.items()], pk="sha256"
            )

    def unmark_indexed(self, shas: Iterable[str]) -> None:
        with self.db.atomic():
            for s in shas:
                self.db.execute("delete from fts_state where sha256 = ?", [s])

    def clear_indexed(self) -> None:
        with self.db.atomic():
            self.db.execute("delete from fts_state")
