"""Open the store and its search backend for reading only: the web server
never writes, creates or migrates anything an ingest owns. A path is a SQLite
store with its tantivy folder; a postgresql:// URL a PostgreSQL store whose
search entries live in the same database."""

from __future__ import annotations

import threading

from ..search.backends import SearchBackend
from ..search.fulltext import FullTextIndex, index_path_for
from ..store.open import is_server_store, open_store
from ..store.store import Store


def open_search_read_only(store: Store) -> SearchBackend:
    if is_server_store(store):
        from ..search.pg_search import PgSearchIndex

        return PgSearchIndex(store, read_only=True)
    return FullTextIndex.open_read_only(index_path_for(store.path))


class ReadOnlyData:
    """One read-only store connection and search backend per server thread
    (a PostgreSQL backend searches over its store's connection)."""

    def __init__(self, location: str) -> None:
        self.location = location
        self._local = threading.local()
        self.store()  # fail at start-up, with the reason

    def store(self) -> Store:
        local = self._local
        if getattr(local, "store", None) is None:
            local.store = open_store(self.location, read_only=True)
            local.index = open_search_read_only(local.store)
        return local.store

    @property
    def index(self) -> SearchBackend:
        self.store()
        return self._local.index
