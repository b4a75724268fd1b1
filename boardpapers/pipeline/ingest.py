"""The ingest run: decide what needs parsing, parse in workers, write each
document in one transaction from this (the only writer) process, keep the
search index in step.

Re-runs are cheap: a file whose size and mtime match its ledger row under the
same parser version is skipped without hashing; otherwise it is hashed and
skipped if that content is already stored."""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator

from ..search.sync import IndexSync
from ..store.open import open_store
from ..store.pg import is_postgres_url
from ..store.store import Store
from .discover import discover
from .lock import IngestLock
from .plan import FileResult, IngestSummary, Listener, Planned, announce, plan, repair_and_plan
from .refresh import refresh_people
from .workers import Job, Outcome, run_jobs

__all__ = ["FileResult", "IngestSummary", "Listener", "Planned", "ingest", "plan"]

INDEX_COMMIT_EVERY_DOCS = 500
INDEX_COMMIT_EVERY_SECONDS = 10.0


def _noop(event: str, payload: object) -> None:
    return None


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
            todo = repair_and_plan(
                store, sync, files, summary, reprocess=reprocess, retry_failed=retry_failed
            )
            announce(files, todo, summary, listener)
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
            summary.people = refresh_people(store)
        finally:
            sync.close()
            store.close()
    summary.seconds = time.perf_counter() - start
    return summary
