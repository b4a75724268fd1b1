"""Copy a whole store between backends (SQLite <-> PostgreSQL) without
re-parsing: the ledger, documents, pages, every record table and the people
tables (a reviewer's judgements are input, not derived), ids kept (search
entries refer to records by id). The search index is derived, so the
caller rebuilds it in the destination."""

from __future__ import annotations

from collections.abc import Callable

from .schema import PEOPLE_TABLES, RECORD_TABLES
from .store import Store

# What a store holds that is copied; fts_state (index bookkeeping) and the
# jobs table (work in progress) belong to one store and are not.
COPIED_TABLES: tuple[str, ...] = (
    "files",
    "documents",
    "pages",
    "paper_appearances",
    "meeting_identities",  # before the records, whose meeting_id refers to it
    *RECORD_TABLES,
    *(t.name for t in PEOPLE_TABLES),
)
BATCH_ROWS = 1000


class DestinationNotEmpty(RuntimeError):
    pass


def copy_store(src: Store, dst: Store, progress: Callable[[str, int], None] | None = None) -> dict[str, int]:
    """Rows copied per table, in one transaction on the destination."""
    held = dst.count("documents")
    if held:
        raise DestinationNotEmpty(
            f"the destination already holds {held} documents: copy needs an empty store"
        )
    counts: dict[str, int] = {}
    with dst.db.atomic():
        for table in COPIED_TABLES:
            n = 0

            def rows(table=table):
                nonlocal n
                for row in src.db.query(f"select * from [{table}]"):
                    n += 1
                    yield row

            dst.db[table].insert_all(rows(), batch_size=BATCH_ROWS)
            counts[table] = n
            if progress:
                progress(table, n)
        if dst.kind == "postgresql":
            # ids were copied: the sequences continue after them (never reused)
            for table in ("meeting_identities", *RECORD_TABLES):
                dst.db.execute(
                    f"select setval(pg_get_serial_sequence('{table}', 'id'), "
                    f"coalesce((select max(id) from [{table}]), 0) + 1, false)"
                )
    return counts
