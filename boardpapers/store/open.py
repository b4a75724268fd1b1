"""Open a store by location: a path means SQLite, `postgresql://...` means
PostgreSQL. The one place that tells the two apart."""

from __future__ import annotations

from .pg import is_postgres_url
from .store import Store, default_db_path


def open_store(location: str | None = None, *, read_only: bool = False) -> Store:
    location = location or default_db_path()
    if is_postgres_url(location):
        from .pg import PgStore

        return PgStore(location, read_only=read_only)
    return Store(location, read_only=read_only)


def is_server_store(store: Store) -> bool:
    return getattr(store, "kind", "sqlite") == "postgresql"
