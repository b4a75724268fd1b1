"""Keep the derived search index in step with SQLite (the truth), and say
whether it is.

fts_state in SQLite lists the documents the index holds and how many entries
each; it is written only after the index commits (marks and unmarks alike).
The index itself is asked what it holds (entries per document), so entries a
crash left behind for a document the store no longer has are found even when
fts_state does not list them. Indexing a document always deletes its old
entries first, so repeating work never duplicates entries.

    check_index(store)        read-only: IndexHealth (ok | missing | stale | out_of_step),
                              with a one-line message and the command that fixes it
    IndexSync(store)          the writer (ingest, reindex): stage, remove, commit, repair, rebuild
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..store.store import Store
from .backends import SearchBackend
from .entries import entries_for
from .fulltext import FullTextIndex, IndexMissing, IndexStale, IndexUnavailable, index_path_for

REINDEX = "boardpapers reindex"


@dataclass
class IndexHealth:
    state: str  # ok | missing (no index) | stale (built by another version) | out_of_step
    stored: int  # documents in the store
    indexed: int  # documents fts_state lists
    missing: list[str] = field(default_factory=list)  # stored, but not (all) in the index
    stale: list[str] = field(default_factory=list)  # in the index or fts_state, no longer stored
    entries_expected: int = 0
    entries_found: int = 0
    message: str = ""
    fix: str | None = None  # the command that mends it

    @property
    def in_sync(self) -> bool:
        return self.state == "ok"


def compare(store: Store, index: SearchBackend) -> IndexHealth:
    """Store, fts_state and the index's own per-document counts; writes nothing."""
    docs = {d["sha256"] for d in store.db.query("select sha256 from documents")}
    state = store.fts_state()
    counts = index.doc_counts()
    missing = sorted(s for s in docs if s not in state or counts.get(s, 0) != state[s])
    stale = sorted((set(state) | set(counts)) - docs)
    h = IndexHealth(
        state="ok" if not missing and not stale else "out_of_step",
        stored=len(docs),
        indexed=len(state),
        missing=missing,
        stale=stale,
        entries_expected=sum(n for s, n in state.items() if s in docs),
        entries_found=sum(counts.values()),
    )
    if h.in_sync:
        h.message = f"search index in step: {h.stored} documents, {h.entries_found} entries"
    else:
        h.message = (
            f"search index out of step with the store: {len(missing)} document(s) missing or incomplete, "
            f"{len(stale)} no longer stored"
        )
        h.fix = REINDEX
    return h


def check_index(store: Store, index_path: str | None = None) -> IndexHealth:
    """Open the index beside the store read-only and compare; a missing or
    stale index is a state, not an error."""
    path = index_path or index_path_for(store.path)
    try:
        index = FullTextIndex.open_read_only(path)
    except IndexUnavailable as exc:
        stored = store.count("documents")
        state = (
            "missing"
            if isinstance(exc, IndexMissing)
            else "stale"
            if isinstance(exc, IndexStale)
            else "missing"
        )
        return IndexHealth(state=state, stored=stored, indexed=0, message=str(exc), fix=exc.fix)
    return compare(store, index)


class IndexSync:
    """The index writer: only the process holding the ingest lock uses it."""

    def __init__(self, store: Store, index: SearchBackend | None = None) -> None:
        self.store = store
        self.index = index or FullTextIndex(index_path_for(store.path))
        self._pending: dict[str, int] = {}
        self._removed: set[str] = set()
        if self.index.created:  # a new or wiped index holds nothing, whatever fts_state says
            store.clear_indexed()

    def stage(self, sha256: str) -> int:
        """Replace a document's entries in the index writer (not yet committed)."""
        self.index.delete_document(sha256)
        n = self.index.add(entries_for(self.store, sha256))
        self._pending[sha256] = n
        self._removed.discard(sha256)
        return n

    def remove(self, sha256: str) -> None:
        """Delete a document's entries; fts_state forgets it only after the commit."""
        self.index.delete_document(sha256)
        self._pending.pop(sha256, None)
        self._removed.add(sha256)

    def commit(self) -> None:
        self.index.commit()
        if self._pending or self._removed:
            self.store.update_indexed(self._pending, self._removed)
            self._pending, self._removed = {}, set()

    def health(self) -> IndexHealth:
        return compare(self.store, self.index)

    def repair(self) -> int:
        """Index what is missing or incomplete, drop what is no longer stored;
        returns documents touched."""
        h = self.health()
        for sha in h.stale:
            self.remove(sha)
        for sha in h.missing:
            self.stage(sha)
        if h.stale or h.missing:
            self.commit()
        return len(h.stale) + len(h.missing)

    def rebuild(self) -> int:
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
