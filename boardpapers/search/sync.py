"""Keep the derived search index in step with SQLite (the truth).

fts_state in SQLite lists the documents the index holds and how many entries
each; it is written only after the index commits. Comparing it with the
documents table finds what a crash left behind; indexing a document always
deletes its old entries first, so repeating work never duplicates entries."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass

from ..store.store import Store
from .backends import SearchBackend
from .entries import entries_for


@dataclass
class IndexHealth:
    stored: int
    indexed: int
    missing: list[str]  # stored but not indexed
    stale: list[str]  # indexed but no longer stored
    entries_expected: int
    entries_found: int

    @property
    def in_sync(self) -> bool:
        return not self.missing and not self.stale and self.entries_expected == self.entries_found


class IndexSync:
    def __init__(self, store: Store, index: SearchBackend | None = None) -> None:
        self.store = store
        if index is None:
            from .open import open_search

            index = open_search(store)
        self.index = index
        self._pending: dict[str, int] = {}
        if self.index.created:  # a new or wiped index holds nothing, whatever fts_state says
            store.clear_indexed()

    def stage(self, sha256: str) -> int:
        """Replace a document's entries in the index writer (not yet committed)."""
        self.index.delete_document(sha256)
        n = self.index.add(entries_for(self.store, sha256))
        self._pending[sha256] = n
        return n

    def remove(self, sha256: str) -> None:
        self.index.delete_document(sha256)
        self._pending.pop(sha256, None)

    def commit(self) -> None:
        self.index.commit()
        if self._pending:
            self.store.mark_indexed(self._pending)
            self._pending = {}

    def health(self) -> IndexHealth:
        with self.store.snapshot():
            docs = {d["sha256"] for d in self.store.db.query("select sha256 from documents")}
            state = self.store.fts_state()
            found = self.index.num_docs()
        return IndexHealth(
            stored=len(docs),
            indexed=len(state),
            missing=sorted(docs - set(state)),
            stale=sorted(set(state) - docs),
            entries_expected=sum(state.values()),
            entries_found=found,
        )

    def repair(self) -> int:
        """Index what is missing, drop what is stale; returns documents touched."""
        h = self.health()
        if h.entries_expected != h.entries_found and not h.missing and not h.stale:
            return self.rebuild()
        for sha in h.stale:
            self.index.delete_document(sha)
        for sha in h.missing:
            self.stage(sha)
        if h.stale or h.missing:
            self.commit()
            self.store.unmark_indexed(h.stale)
        return len(h.stale) + len(h.missing)

    def rebuild(self) -> int:
        # A backend inside the store's database (PostgreSQL) rebuilds in one
        # transaction: searches see the old entries until it commits.
        shared = getattr(self.index, "shares_store_transaction", False)
        with self.store.db.atomic() if shared else contextlib.nullcontext():
            return self._rebuild()

    def _rebuild(self) -> int:
        self.index.delete_all()
        self.store.clear_indexed()
        docs = [d["sha256"] for d in self.store.db.query("select sha256 from documents order by sha256")]
        for i, sha in enumerate(docs, 1):
            self.stage(sha)
            if i % 200 == 0:
                self.commit()
        self.commit()
        return len(docs)

    def close(self) -> None:
        self.index.close()
