"""The SQLite store (through sqlite-utils): ledger, documents, pages, records.

Every document is written in one transaction that first removes whatever the
same sha256 had, so a re-ingest or a crash half-way never leaves stale or
partial rows. A path owns at most one stored document (files.document_sha256):
the transaction that stores a path's new document removes the one it owned,
unless another path owns it too; a failure leaves the link alone.

    Store(path)                   writer: creates the file, migrates an older schema
    Store(path, read_only=True)   reader: never writes; StoreMissing / StoreOutdated / StoreTooNew
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import time
import urllib.parse
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, is_dataclass
from typing import Any

import sqlite_utils
from sqlite_utils.db import jsonify_if_needed

from .. import PARSER_VERSION
from ..extract.registry import by_table
from ..model import Document
from .identity import Identity, page_text_hash
from .schema import RECORD_TABLES, check_version, migrate

DEFAULT_DB = "boardpapers.db"


class StoreMissing(FileNotFoundError):
    """A read-only open of a store that does not exist (nothing is created)."""


def default_db_path() -> str:
    return os.environ.get("BOARDPAPERS_DB", DEFAULT_DB)


def now_iso() -> str:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()


def meeting_of(records: dict[str, list[Any]]) -> tuple[str | None, str | None]:
    """The pack's own meeting (date, body): the first meeting record that is
    not previous minutes, else the first meeting."""
    meetings = [by_table("meetings").row(m) for m in records.get("meetings", [])]
    own = [m for m in meetings if m.get("kind") != "minutes" and m.get("date")] or [
        m for m in meetings if m.get("date")
    ]
    if not own:
        return None, None
    return own[0].get("date"), own[0].get("body")


@dataclass
class StoredDocument:
    records: int  # records written
    dropped: str | None  # the document this path owned before, removed in the same transaction


# Waits between tries to switch a store to WAL while another connection holds it: 10 ms
# doubling to half a second, until the store's busy timeout has passed.
WAL_RETRY_FIRST_S = 0.01
WAL_RETRY_MAX_S = 0.5


def _use_wal(conn: sqlite3.Connection, timeout: float) -> None:
    """Switch the store to WAL (once per store: the mode is kept in the file). SQLite answers
    "database is locked" at once, without its busy handler, when another connection holds the
    file while the mode changes: three processes opening a new store together failed so about
    one time in 25 (test_schema's upgrade race, under load). So the switch is retried."""
    deadline = time.monotonic() + timeout
    wait = WAL_RETRY_FIRST_S
    while True:
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() + wait > deadline:
                raise
            time.sleep(wait)
            wait = min(2 * wait, WAL_RETRY_MAX_S)


class Store:
    """The SQLite store. Store(path) opens for writing: it creates the file and
    migrates an older schema (see schema.migrate). Store(path, read_only=True)
    never writes: it raises StoreMissing when there is no store and
    schema.StoreOutdated / StoreTooNew when the schema is not this code's."""

    kind = "sqlite"  # PgStore (store/pg.py): "postgresql"

    def __init__(self, path: str | None = None, *, timeout: float = 30.0, read_only: bool = False) -> None:
        self.path = path or default_db_path()
        self.read_only = read_only
        self._released: set[int] = set()  # meetings losing records in the current write
        if read_only:
            if not os.path.isfile(self.path):
                raise StoreMissing(f"no store at {self.path}: run `boardpapers ingest PATH` first")
            uri = "file:" + urllib.parse.quote(os.path.abspath(self.path)) + "?mode=ro"
            conn = sqlite3.connect(uri, uri=True, timeout=timeout, check_same_thread=False)
        else:
            conn = sqlite3.connect(self.path, timeout=timeout, check_same_thread=False)
        self.db = sqlite_utils.Database(conn)
        self.db.execute(f"PRAGMA busy_timeout={int(timeout * 1000)}")
        if read_only:
            check_version(conn)
        else:
            _use_wal(conn, timeout)
            self.db.execute("PRAGMA synchronous=NORMAL")
            migrate(conn)

    def close(self) -> None:
        self.db.close()

    def snapshot(self):
        """A read transaction: several queries see one consistent state."""
        return self.db.atomic()

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
        *,
        traceback: str | None = None,
    ) -> None:
        """Upsert the path's ledger row. An ok row also records that the path now
        owns the document `sha256`; a failed row leaves that link as it was."""
        row: dict[str, Any] = {
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
            "traceback": traceback,
        }
        if status == "ok":
            row["document_sha256"] = sha256
        self.db["files"].upsert(row, pk="path")

    def owned_document(self, path: str) -> str | None:
        """The stored document this path owns (at most one), whatever the last attempt did."""
        rows = list(self.db.query("select document_sha256 from files where path = ?", [path]))
        return rows[0]["document_sha256"] if rows else None

    def adopt_document(self, path: str, sha256: str, size: int, mtime: float, pages: int) -> str | None:
        """`path` now holds content that is stored already (under another path):
        point its ledger row at it; returns the document it owned before if that
        is now owned by no path and so was removed (the caller drops its index entries)."""
        with self.db.atomic():
            dropped = self._release(path, keep=sha256)
            self.record_file(path, sha256, size, mtime, "ok", pages=pages)
        return dropped

    def _release(self, path: str, keep: str) -> str | None:
        """Remove the document `path` owns unless it is `keep` or another path owns it too."""
        owned = self.owned_document(path)
        if not owned or owned == keep or self.owned_elsewhere(owned, path):
            return None
        self._delete_document_rows(owned)
        return owned

    def record_failure(
        self,
        path: str,
        sha256: str | None,
        size: int,
        mtime: float,
        reason: str,
        kind: str | None,
        seconds: float = 0.0,
        traceback: str | None = None,
    ) -> None:
        """A failure is recorded without touching the document a previous good
        version of this path stored: the path still owns it (its data is not
        lost) and the next good version replaces it."""
        with self.db.atomic():
            self.record_file(path, sha256, size, mtime, "failed", reason, kind, seconds, traceback=traceback)

    # ---- documents ----------------------------------------------------------
    def replace_document(
        self,
        doc: Document,
        records: dict[str, list[Any]],
        *,
        path: str,
        mtime: float,
        seconds: float = 0.0,
        problems: list[Any] | None = None,
    ) -> StoredDocument:
        """Store one parsed document and its records atomically. The document
        `path` owned before (if another and no other path owns it) is removed
        in the same transaction, so a path owns at most one document."""
        meeting_date, body = meeting_of(records)
        n_records = sum(len(v) for v in records.values())
        with self.db.atomic():
            self._released = set()
            dropped = self._release(path, keep=doc.sha256)
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
                    "problems": json.dumps([asdict(p) if is_dataclass(p) else p for p in problems])
                    if problems
                    else None,
                }
            )
            self._insert_rows(
                "pages",
                [
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
                        "text_hash": page_text_hash(p.text),
                    }
                    for p in doc.pages
                ],
            )
            for table, recs in records.items():
                rt = by_table(table)
                if recs:
                    rows = [{"sha256": doc.sha256, "ordinal": i, **rt.row(r)} for i, r in enumerate(recs)]
                    self._insert_rows(table, rows, jsonify=True)
            self.record_file(path, doc.sha256, doc.size, mtime, "ok", seconds=seconds, pages=doc.page_count)
            # One meeting per body and date across documents; reprints become appearances.
            Identity(self.db).link_document(doc.sha256, released=self._released)
            self._released = set()
        return StoredDocument(n_records, dropped)

    def _insert_rows(self, table: str, rows: list[dict[str, Any]], *, jsonify: bool = False) -> None:
        """Insert rows that all have the same keys. On SQLite one prepared
        statement run by `executemany`: sqlite-utils' insert_all builds and checks
        each batch in Python, which cost as much as the rest of the document's
        write (an ingest of the bulk corpus). `jsonify`: values encoded as
        insert_all would (lists and dicts as JSON). Other stores: insert_all."""
        if not rows:
            return
        if self.kind != "sqlite":
            self.db[table].insert_all(rows, batch_size=500)
            return
        keys = list(rows[0])
        sql = (
            f"insert into [{table}] ({', '.join(f'[{k}]' for k in keys)}) "
            f"values ({', '.join('?' * len(keys))})"
        )
        if jsonify:
            values = [tuple(jsonify_if_needed(r[k]) for k in keys) for r in rows]
        else:
            values = [tuple(r.values()) for r in rows]
        self.db.conn.executemany(sql, values)

    def _delete_document_rows(self, sha256: str) -> None:
        self._released |= Identity(self.db).meetings_of(sha256)
        # person/org mentions are derived from the records: theirs go with them
        # (people are rebuilt on the next refresh; judgements stay).
        for table in ("pages", *RECORD_TABLES, "person_mentions", "org_mentions"):
            self.db.execute(f"delete from [{table}] where sha256 = ?", [sha256])
        self.db.execute("delete from documents where sha256 = ?", [sha256])

    def owned_elsewhere(self, sha256: str, other_than_path: str) -> bool:
        rows = self.db.query(
            "select 1 from files where document_sha256 = ? and path != ? limit 1",
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

    def update_indexed(self, marked: dict[str, int], unmarked: Iterable[str]) -> None:
        """After an index commit: what it now holds, and what it no longer holds."""
        with self.db.atomic():
            self.mark_indexed(marked)
            self.unmark_indexed(unmarked)

    def clear_indexed(self) -> None:
        with self.db.atomic():
            self.db.execute("delete from fts_state")
