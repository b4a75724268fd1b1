"""The search backend for a store: the tantivy folder beside a SQLite file, or
the `search_entries` table inside a PostgreSQL store."""

from __future__ import annotations

from ..store.open import is_server_store, open_store
from ..store.store import Store
from .backends import SearchBackend


def open_search(store: Store) -> SearchBackend:
    if is_server_store(store):
        from .pg_search import PgSearchIndex

        return PgSearchIndex(store)
    from .fulltext import FullTextIndex, index_path_for

    return FullTextIndex(index_path_for(store.path))


def open_search_at(location: str) -> SearchBackend:
    """For callers holding only a --db location (tests, benchmarks)."""
    return open_search(open_store(location))
