"""The ingest run: decide what needs parsing, parse in workers, write each
document in one transaction from this (the only writer) process, keep the
search index in step.

Re-runs are cheap: a file whose size and mtime match its ledger row under the
same parser version is skipped without hashing; otherwise it is hashed and
skipped if that content is already stored."""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field

from .. import PARSER_VERSION
from ..people.people_store import refresh
from ..reading.hashing import sha256_file
from ..search.sync import IndexSync
from ..store.open import open_store
from ..store.pg import is_postgres_url
from ..store.store import Store
from .discover import discover
from .lock import IngestLock
from .workers import Job, Outcome, run_jobs

INDEX_COMMIT_EVERY_DOCS = 500
INDEX_COMMIT_EVERY_SECONDS = 10.0


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


def _noop(event: str, payload: object) -> None:
    return None


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


def _outcomes(
    todo: list[Planned], workers: int, timeout_s: float, mem_mb: int, ocr: bool, max_pages: int
) -> Iterator[tuple[Planned, Outcome]]:
    """(planned, outcome) per file, in completion order."""
    by_path = {p.path: p for p in todo}
    # Largest first, so a big pack does not finish alone at the end of the run.
    ordered = sorted(todo, key=lambda p: -p.size)
    jobs = (Job(path=p.path, sha256=p.sha256 or "", size=p.size) for p in ordered)
    for o in run_jobs(jobs, workers, timeout_s=timeout_s, mem_mb=mem_mb, ocr=ocr, max_pages=max_pages):
        yield by_path[o.job.path], o


def _refresh_people(store: Store) -> dict:
    """Rebuild mentions and people from the stored records. The documents are
    stored already: a failure here is reported, never loses them, and the
    next run (or any people command) tries again."""
    try:
        report = refresh(store)
    except Exception as e:  # noqa: BLE001 - reported in the summary, documents are safe
        return {"error": f"{type(e).__name__}: {e}"}
    return asdict(report)


def ingest(
    paths: Iterable[str],
    db_path: str,
    *,
    workers: int = 1,
    reprocess: bool = False,
    retry_failed: bool = False,
    only: list[str] | None = None,
    timeout_s: float = 300.0,
    mem_mb: int = 3072,
    ocr: bool = True,
    max_pages: int = 5000,
    listener: Listener = _noop,
) -> IngestSummary:
    start = time.perf_counter()
    files = only if only is not None else discover(paths)
    summary = IngestSummary(workers=workers)
    if is_postgres_url(db_path):
        # A shared store: many ingests at once, coordinated by its jobs table.
        from .shared_ingest import shared_ingest

        store = open_store(db_path)
        try:
            shared_ingest(
                store,
                files,
                summary,
                plan=plan,
                file_result=FileResult,
                workers=workers,
                reprocess=reprocess,
                retry_failed=retry_failed,
                timeout_s=timeout_s,
                mem_mb=mem_mb,
                ocr=ocr,
                max_pages=max_pages,
                listener=listener,
            )
        finally:
            store.close()
        summary.seconds = time.perf_counter() - start
        return summary
    with IngestLock(db_path):
        store = Store(db_path)
        sync = IndexSync(store)
        try:
            summary.index_repaired = sync.repair()
            dropped: list[str] = []
            todo = plan(
                store,
                files,
                reprocess=reprocess,
                retry_failed=retry_failed,
                results=summary.results,
                dropped=dropped,
            )
            for sha in dropped:
                sync.remove(sha)
            listener("plan", (len(files), len(todo), sum(p.size for p in todo)))
            for r in summary.results:
                listener("file", r)
            staged, last_commit = 0, time.perf_counter()
            for p, o in _outcomes(todo, workers, timeout_s, mem_mb, ocr, max_pages):
                parsed, error, kind, seconds, rss = o.parsed, o.error, o.kind, o.seconds, o.peak_rss_mb
                if parsed is None:
                    store.record_failure(
                        p.path,
                        p.sha256,
                        p.size,
                        p.mtime,
                        error or "unknown error",
                        kind,
                        seconds,
                        traceback=o.traceback,
                    )
                    result = FileResult(
                        p.path, "failed", error=error, kind=kind, seconds=seconds, peak_rss_mb=rss
                    )
                else:
                    doc = parsed.document
                    stored = store.replace_document(
                        doc,
                        parsed.records,
                        path=p.path,
                        mtime=p.mtime,
                        seconds=seconds,
                        problems=parsed.failures,
                    )
                    if stored.dropped:
                        sync.remove(stored.dropped)
                    sync.stage(doc.sha256)
                    staged += 1
                    result = FileResult(
                        p.path,
                        "replaced" if p.previous_sha else "new",
                        pages=doc.page_count,
                        seconds=seconds,
                        records=stored.records,
                        peak_rss_mb=rss,
                    )
                summary.results.append(result)
                listener("file", result)
                if staged and (
                    staged >= INDEX_COMMIT_EVERY_DOCS
                    or time.perf_counter() - last_commit > INDEX_COMMIT_EVERY_SECONDS
                ):
                    sync.commit()
                    staged, last_commit = 0, time.perf_counter()
            sync.commit()
            summary.people = _refresh_people(store)
        finally:
            sync.close()
            store.close()
    summary.seconds = time.perf_counter() - start
    return summary
