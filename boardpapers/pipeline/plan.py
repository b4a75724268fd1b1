"""What an ingest run has to do, and what it did: the ledger decisions
(`plan`: skip unchanged files, adopt stored content, queue the rest) and the
result types every ingest reports in (`FileResult`, `IngestSummary`). Shared by
the single-writer ingest (ingest.py) and the shared-store ingest
(shared_ingest.py)."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field

from .. import PARSER_VERSION
from ..reading.hashing import sha256_file
from ..search.sync import IndexSync
from ..store.store import Store


@dataclass
class FileResult:
    path: str
    status: str  # new | unchanged | replaced | failed | skipped_failed
    pages: int = 0
    seconds: float = 0.0
    error: str | None = None
    kind: str | None = None
    records: int = 0
    peak_rss_mb: float | None = None


@dataclass
class IngestSummary:
    results: list[FileResult] = field(default_factory=list)
    seconds: float = 0.0
    index_repaired: int = 0
    workers: int = 1
    people: dict | None = None  # the people refresh after the load (boardpapers.people)

    def count(self, status: str) -> int:
        return sum(1 for r in self.results if r.status == status)

    @property
    def pages(self) -> int:
        return sum(r.pages for r in self.results if r.status in ("new", "replaced"))

    @property
    def pages_per_second(self) -> float:
        return self.pages / self.seconds if self.seconds else 0.0

    def slowest(self, n: int = 5) -> list[FileResult]:
        parsed = [r for r in self.results if r.status in ("new", "replaced", "failed") and r.seconds]
        return sorted(parsed, key=lambda r: -r.seconds)[:n]

    def as_dict(self) -> dict:
        statuses = ("new", "unchanged", "replaced", "failed", "skipped_failed")
        return {
            **{s: self.count(s) for s in statuses},
            "pages": self.pages,
            "seconds": round(self.seconds, 3),
            "pages_per_second": round(self.pages_per_second, 1),
            "workers": self.workers,
            "index_repaired": self.index_repaired,
            "people": self.people,
            "failures": [
                {"path": r.path, "error": r.error, "error_kind": r.kind}
                for r in self.results
                if r.status == "failed"
            ],
            "slowest": [
                {"path": r.path, "seconds": round(r.seconds, 3), "pages": r.pages} for r in self.slowest()
            ],
        }


@dataclass
class Planned:
    path: str
    size: int
    mtime: float
    sha256: str | None
    previous_sha: str | None


# Events for progress displays: ("plan", n_files), ("file", FileResult), ("pages", n)
Listener = Callable[[str, object], None]


def plan(
    store: Store,
    paths: list[str],
    *,
    reprocess: bool,
    retry_failed: bool,
    results: list[FileResult],
    dropped: list[str] | None = None,
) -> list[Planned]:
    """Split files into work to do and files to skip (appended to results).
    Documents a path no longer owns (its content is now one stored under
    another path) are removed; their sha256s are appended to `dropped`."""
    ledger = store.file_rows()
    todo: list[Planned] = []
    for path in paths:
        try:
            st = os.stat(path)
        except OSError as exc:
            results.append(
                FileResult(path, "failed", error=f"cannot read file: {exc.strerror}", kind="unreadable")
            )
            continue
        row = ledger.get(path)
        same_file = row is not None and row["size"] == st.st_size and row["mtime"] == st.st_mtime
        if same_file and row["status"] == "failed" and not retry_failed:
            results.append(FileResult(path, "skipped_failed", error=row["error"], kind=row["error_kind"]))
            continue
        # Without --reprocess anything stored is kept, whatever parser version made it;
        # with it, only documents from an older parser version are parsed again.
        version = PARSER_VERSION if reprocess else None
        if same_file and row["status"] == "ok" and store.has_document(row["sha256"], version):
            results.append(FileResult(path, "unchanged", pages=row["pages"] or 0))
            continue
        try:
            sha = sha256_file(path) if st.st_size else None
        except OSError as exc:
            results.append(
                FileResult(path, "failed", error=f"cannot read file: {exc.strerror}", kind="unreadable")
            )
            continue
        previous = row["document_sha256"] if row else None
        if sha and store.has_document(sha, version):
            pages = store.document(sha)["page_count"]
            gone = store.adopt_document(path, sha, st.st_size, st.st_mtime, pages)
            if gone and dropped is not None:
                dropped.append(gone)
            results.append(FileResult(path, "unchanged", pages=pages))
            continue
        todo.append(Planned(path, st.st_size, st.st_mtime, sha, previous))
    return todo


def repair_and_plan(
    store: Store,
    sync: IndexSync,
    paths: list[str],
    summary: IngestSummary,
    *,
    reprocess: bool,
    retry_failed: bool,
) -> list[Planned]:
    """The start of every ingest, on one machine or many: repair the search
    index, plan the files, drop from the index what planning removed."""
    summary.index_repaired = sync.repair()
    dropped: list[str] = []
    todo = plan(
        store, paths, reprocess=reprocess, retry_failed=retry_failed, results=summary.results, dropped=dropped
    )
    for sha in dropped:
        sync.remove(sha)
    return todo


def announce(files: list[str], todo: list[Planned], summary: IngestSummary, listener: Listener) -> None:
    """Tell the listener what was planned and which files were skipped."""
    listener("plan", (len(files), len(todo), sum(p.size for p in todo)))
    for r in summary.results:
        listener("file", r)
