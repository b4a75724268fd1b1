"""The record registry drives the schema; the schema is versioned and an old
store is upgraded on a writable open and refused (with the fix named) on a
read-only one; read-only opens of the store and the index write nothing."""

from __future__ import annotations

import gzip
import os
import sqlite3
from pathlib import Path

import click
import pytest
from conftest import PACK_TRUST

from boardpapers.api.status import store_status
from boardpapers.extract import records as R
from boardpapers.extract.registry import ENTRY_TYPES, KEY_COLUMNS, RECORD_TYPES, TABLES, by_entry_type
from boardpapers.pipeline.ingest import ingest
from boardpapers.search.fulltext import SCHEMA_MARKER, FullTextIndex, IndexMissing, IndexStale, index_path_for
from boardpapers.search.sync import check_index
from boardpapers.store.schema import (
    IDENTITY_COLUMNS,
    SCHEMA_VERSION,
    StoreOutdated,
    StoreTooNew,
    user_version,
)
from boardpapers.store.store import Store, StoreMissing

# Built with the code before versioning (commit 8a39a6c): a.pdf ingested as the
# 10-page trust pack, then broken (failure recorded), then replaced by the 2-page
# ICB pack; that code left the trust pack stored as an orphan (issue 12, defect 1).
V0_DUMP = Path(__file__).parent / "data" / "store_v0.sql.gz"
V0_OWNED = "a48fb1eff75afc698be89e1e4301d21cb5b56674aa0a73143fe69248c487325f"  # the ICB pack
V0_ORPHAN = "c77871eb0f3662f5fba69a6ad675575b4ad2fe4febb9a38e219b9160a8e6bc5c"  # the trust pack


def _v0_store(tmp_path) -> str:
    db = str(tmp_path / "old.db")
    conn = sqlite3.connect(db)
    conn.executescript(gzip.decompress(V0_DUMP.read_bytes()).decode())
    conn.close()
    return db


def test_registry_drives_the_schema(tmp_path):
    store = Store(str(tmp_path / "bp.db"))
    for rt in RECORD_TYPES:
        cols = [r[1] for r in store.db.execute(f"pragma table_info([{rt.table}])")]
        assert cols == [c.name for c in KEY_COLUMNS] + list(IDENTITY_COLUMNS) + list(rt.column_names)
        assert "AUTOINCREMENT" in store.db[rt.table].schema
    status = store_status(store)
    assert list(status["records"]) == list(TABLES)


def test_registry_is_the_one_list():
    from boardpapers.cli import search_cmd
    from boardpapers.extract import extract_all
    from boardpapers.model import Document

    # every record dataclass (a `page` field) is registered, each once
    dataclasses_with_page = {
        v
        for v in vars(R).values()
        if isinstance(v, type) and "page" in getattr(v, "__dataclass_fields__", {})
    }
    assert {rt.cls for rt in RECORD_TYPES} == dataclasses_with_page
    assert len(set(ENTRY_TYPES)) == len(ENTRY_TYPES) == len(RECORD_TYPES) + 1
    assert all(by_entry_type(rt.entry_type) is rt for rt in RECORD_TYPES)
    type_option = next(p for p in search_cmd.params if p.name == "types")
    assert isinstance(type_option.type, click.Choice) and tuple(type_option.type.choices) == ENTRY_TYPES
    empty = Document(sha256="0" * 64, path="x.pdf", size=0, page_count=0)
    assert tuple(extract_all(empty)) == TABLES
    for rt in RECORD_TYPES:  # the fields the index reads exist on the dataclass
        names = set(rt.column_names)
        assert set(rt.title_fields) <= names and set(rt.text_fields) <= names
        assert rt.date_field is None or rt.date_field in names


def test_old_store_is_upgraded_on_open(tmp_path):
    db = _v0_store(tmp_path)
    store = Store(db)
    assert user_version(store.db.conn) == SCHEMA_VERSION
    # the path owns the document its last good version stored; the orphan is gone
    assert store.owned_document("a.pdf") == V0_OWNED
    assert [d["sha256"] for d in store.documents()] == [V0_OWNED]
    assert store.count("pages", "sha256 = ?", [V0_ORPHAN]) == 0
    (meeting,) = store.records("meetings")
    assert meeting["sha256"] == V0_OWNED and meeting["id"] == 2 and meeting["ordinal"] == 0
    for rt in RECORD_TYPES:
        assert "AUTOINCREMENT" in store.db[rt.table].schema
    store.close()
    # the upgraded store takes new documents; ids go on past the old ones
    ingest([str(PACK_TRUST)], db, workers=0)
    store = Store(db)
    assert min(r["id"] for r in store.records("meetings") if r["sha256"] != V0_OWNED) > 2
    assert check_index(store).in_sync


def test_old_store_is_refused_read_only(tmp_path):
    db = _v0_store(tmp_path)
    before = Path(db).read_bytes()
    with pytest.raises(StoreOutdated, match="boardpapers reindex"):
        Store(db, read_only=True)
    assert Path(db).read_bytes() == before


def test_newer_store_is_refused(tmp_path):
    db = str(tmp_path / "bp.db")
    Store(db).close()
    conn = sqlite3.connect(db)
    conn.execute(f"pragma user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    for read_only in (False, True):
        with pytest.raises(StoreTooNew, match="upgrade boardpapers"):
            Store(db, read_only=read_only)


def test_read_only_opens_write_nothing(tmp_path):
    missing = tmp_path / "none.db"
    with pytest.raises(StoreMissing, match="boardpapers ingest"):
        Store(str(missing), read_only=True)
    assert not missing.exists()
    with pytest.raises(IndexMissing):
        FullTextIndex.open_read_only(index_path_for(str(missing)))
    assert not os.path.exists(index_path_for(str(missing)))

    db = str(tmp_path / "bp.db")
    ingest([str(PACK_TRUST)], db, workers=0)
    index_dir = Path(index_path_for(db))
    store = Store(db, read_only=True)
    assert check_index(store).in_sync
    state = store.fts_state()
    # an index built by another version: reported as stale, not deleted
    (index_dir / SCHEMA_MARKER).write_text("0")
    files_before = sorted(p.name for p in index_dir.iterdir())
    with pytest.raises(IndexStale):
        FullTextIndex.open_read_only(str(index_dir))
    health = check_index(store)
    assert health.state == "stale" and health.fix == "boardpapers reindex"
    status = store_status(store)
    assert status["index"]["state"] == "stale" and not status["index"]["in_sync"]
    assert sorted(p.name for p in index_dir.iterdir()) == files_before
    assert store.fts_state() == state
    # no index at all: reported as missing, nothing created
    for p in index_dir.iterdir():
        p.unlink()
    index_dir.rmdir()
    health = check_index(store)
    assert health.state == "missing" and health.fix == "boardpapers reindex"
    assert not index_dir.exists()
    with pytest.raises(sqlite3.OperationalError):  # the connection itself refuses writes
        store.db.execute("delete from fts_state")


def test_two_processes_upgrading_at_once_upgrade_once(tmp_path):
    """Each open runs the upgrade in one IMMEDIATE transaction and re-reads the
    version inside it, so a second opener waits and then finds it done."""
    import threading

    db = _v0_store(tmp_path)
    errors: list[BaseException] = []
    start = threading.Barrier(3)

    def open_store() -> None:
        try:
            start.wait()
            Store(db).close()
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=open_store) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    store = Store(db, read_only=True)
    assert user_version(store.db.conn) == SCHEMA_VERSION
    assert [(r["id"], r["ordinal"]) for r in store.records("meetings")] == [(2, 0)]
