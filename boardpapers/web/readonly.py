"""Open the store and index for reading only: the web server never writes,
creates or migrates anything an ingest owns."""

from __future__ import annotations

import threading

from ..search.fulltext import FullTextIndex, index_path_for
from ..store.store import Store


class ReadOnlyData:
    """One read-only SQLite connection per server thread, one shared index."""

    def __init__(self, db_path: str) -> None:
        self.db_path = db_path
        Store(db_path, read_only=True).close()  # fail at start-up, with the reason
        self.index = FullTextIndex.open_read_only(index_path_for(db_path))
        self._local = threading.local()

    def store(self) -> Store:
        s = getattr(self._local, "store", None)
        if s is None:
            s = self._local.store = Store(self.db_path, read_only=True)
        return s
