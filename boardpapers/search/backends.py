"""The small interface the rest of boardpapers needs from a search backend.

`FullTextIndex` (tantivy, a folder beside the SQLite file) is the one we ship.
A server backend (for users who outgrow one machine) implements the same
methods; `IndexSync` and the CLI only use these."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol, runtime_checkable

from .fulltext import Entry, Facets, SearchResult


@runtime_checkable
class SearchBackend(Protocol):
    created: bool  # True when the backend started empty (so SQLite's fts_state must be reset)

    def add(self, entries: Iterable[Entry]) -> int: ...

    def delete_document(self, sha256: str) -> None: ...

    def delete_all(self) -> None: ...

    def commit(self) -> None: ...

    def num_docs(self) -> int: ...

    def doc_counts(self) -> dict[str, int]:
        """Live entries per document sha256: what the backend really holds."""
        ...

    def close(self) -> None: ...

    def search(
        self,
        text: str,
        *,
        types: Iterable[str] | None = None,
        body: str | None = None,
        outcome: str | None = None,
        since: str | None = None,
        until: str | None = None,
        sha256: str | None = None,
        limit: int = 10,
        offset: int = 0,
        body_exact: str | None = None,
    ) -> SearchResult: ...

    def facets(
        self,
        text: str,
        *,
        types: Iterable[str] | None = None,
        body: str | None = None,
        outcome: str | None = None,
        since: str | None = None,
        until: str | None = None,
        body_exact: str | None = None,
    ) -> Facets: ...
