"""What runs once an ingest has stored its documents: the people refresh
(boardpapers.people rebuilds mentions and people from the stored records)."""

from __future__ import annotations

from dataclasses import asdict

from ..people.people_store import refresh
from ..store.open import is_server_store
from ..store.pg import PEOPLE_LOCK_KEY
from ..store.store import Store


def refresh_people(store: Store) -> dict:
    """Rebuild mentions and people. The documents are stored already: a
    failure here is reported, never loses them, and the next run (or any
    people command) tries again. On a shared store the rebuild runs in one
    transaction under an advisory lock, so machines finishing at once take turns."""
    try:
        if is_server_store(store):
            with store.db.atomic():
                store.db.execute("select pg_advisory_xact_lock(?)", [PEOPLE_LOCK_KEY])
                report = refresh(store)
        else:
            report = refresh(store)
    except Exception as e:  # noqa: BLE001 - reported in the summary, documents are safe
        return {"error": f"{type(e).__name__}: {e}"}
    return asdict(report)
