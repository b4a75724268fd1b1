"""Open the store and index for reading only: the web server never writes,
creates or migrates anything an ingest owns."""

from __future__ import annotations

import os
import sqlite3
import threading
from urllib.parse import quote

import sqlite_utils

from ..search.fulltext import FullTextIndex, index_path_for, open_readonly
from ..store.store import Store


def open_store_readonly(path: str) -> Store:
    """A Store over a read-only SQLite connection (mode=ro: writes fail)."""
    if not os.path.isfile(path):
        raise FileNotFoundError(f"no store at {path}: run `boardpapers ingest PATH` first")
    uri = "file:" + quote(os.path.abspath(path)) + "?mode=ro"
    conn = sqlite3.connect(uri, uri=True, check_same_thread=False, timeout=30.0)
    conn.execute("PRAGMA busy_timeout=30000")
    store = Store.__new__(Store)  # skip Store.__init__: it sets WAL and creates tables
    store.path = path
    store.db = sqlite_utils.Database(conn)
    return store


class ReadOnlyData:
    """One read-only SQLite connection per server thread, one shared index."""

    def __init__(self, db_path: str) -> None:
        self.db_path = db_path
        open_store_readonly(db_path).close()  # fail at start-up, with the reason
        self.index: FullTextIndex = open_readonly(index_path_for(db_path))
        self._local = threading.local()

    def store(self) -> Store:
        s = getattr(self._local, "store", None)
        if s is None:
            s = self._local.store = open_store_readonly(self.db_path)
        return s
