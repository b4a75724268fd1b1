"""Ingest into a shared PostgreSQL store, from any number of machines at once.

Each machine plans as a single-machine ingest does, queues its work in the
jobs table (store/jobs.py), then claims jobs one at a time (SKIP LOCKED), from
any machine's queue, while its workers are free. A heartbeat thread renews its
leases. Each parsed file is stored in ONE transaction that also writes its
search entries, marks it indexed and finishes its job, after checking that
this machine still holds the job; a document's sha256 is the key of its rows
and an advisory lock on it serialises two machines storing the same content,
so a document is never stored twice. The run ends when none of its own files
is queued or held by anyone; a dead machine's files are taken over when its
lease expires."""

from __future__ import annotations

import threading
import time
import zlib
from collections.abc import Callable, Iterator

from ..search.sync import IndexSync
from ..store.jobs import ClaimedJob, JobQueue
from ..store.pg import PgDatabase
from ..store.store import Store
from .plan import FileResult, IngestSummary, Listener, announce, repair_and_plan
from .refresh import refresh_people
from .workers import Job, Outcome, run_jobs

# How long a machine with nothing to claim waits before looking again for
# files other machines still hold (their leases may expire).
IDLE_POLL_SECONDS = 1.0


class _Heartbeat(threading.Thread):
    """Renews this machine's leases on its own connection."""

    def __init__(self, url: str, owner: str, lease_seconds: float) -> None:
        super().__init__(daemon=True, name="boardpapers-lease")
        self.url, self.owner, self.lease_seconds = url, owner, lease_seconds
        self.stopped = threading.Event()

    def run(self) -> None:
        db = PgDatabase(self.url)
        queue = JobQueue(db, self.owner, self.lease_seconds)
        try:
            while not self.stopped.wait(self.lease_seconds / 3):
                queue.renew()
        finally:
            db.close()

    def stop(self) -> None:
        self.stopped.set()


def _sha_lock_key(sha256: str) -> int:
    return zlib.crc32(sha256.encode())


def _claims(
    queue: JobQueue, claimed: dict[str, ClaimedJob], give_up: Callable[[ClaimedJob], None]
) -> Iterator:
    """Jobs for the worker pool, claimed lazily as workers free up; ends when
    nothing is left to claim right now. A file whose earlier holders all
    stopped (MAX_CLAIMS) goes to `give_up` instead of the pool."""
    while (job := queue.claim()) is not None:
        if job.given_up:
            give_up(job)
            continue
        claimed[job.path] = job
        yield Job(path=job.path, sha256=job.sha256 or "", size=job.size)


def _give_up(store: Store, queue: JobQueue, job: ClaimedJob) -> FileResult | None:
    """Record a file that stopped every machine that held it as failed, in the
    transaction that finishes its job (None if another machine took it meanwhile)."""
    error = (
        f"crashed: {job.attempts - 1} machines stopped while parsing this file "
        "(out of memory or a crash in PDFium?); not tried again until `retry`"
    )
    with store.db.atomic():
        if not queue.still_mine(job.path):
            return None
        store.record_failure(job.path, job.sha256, job.size, job.mtime, error, "crashed", 0.0)
        queue.finish(job.path, "failed")
    return FileResult(job.path, "failed", error=error, kind="crashed")


def shared_ingest(
    store: Store,
    files: list[str],
    summary: IngestSummary,
    *,
    workers: int,
    reprocess: bool,
    retry_failed: bool,
    timeout_s: float,
    mem_mb: int,
    ocr: bool,
    max_pages: int,
    listener: Listener,
) -> None:
    """Plan as a single-machine ingest does, queue, then claim and store
    until none of ours is left (ingest() comes here for a shared store)."""
    sync = IndexSync(store)
    queue = JobQueue(store.db)
    heartbeat = _Heartbeat(store.path, queue.owner, queue.lease_seconds)
    heartbeat.start()
    try:
        todo = repair_and_plan(store, sync, files, summary, reprocess=reprocess, retry_failed=retry_failed)
        sync.commit()
        announce(files, todo, summary, listener)
        queue.enqueue(todo)
        claimed: dict[str, ClaimedJob] = {}
        mine = [p.path for p in todo]

        def give_up(job: ClaimedJob) -> None:
            result = _give_up(store, queue, job)
            if result is not None:
                summary.results.append(result)
                listener("file", result)

        while True:
            for o in run_jobs(
                _claims(queue, claimed, give_up),
                workers,
                timeout_s=timeout_s,
                mem_mb=mem_mb,
                ocr=ocr,
                max_pages=max_pages,
            ):
                job = claimed.pop(o.job.path)
                result = _store_outcome(store, sync, queue, job, o)
                summary.results.append(result)
                listener("file", result)
            # Our files still held elsewhere: wait, and take them over if that machine's lease expires.
            if not queue.unfinished(mine):
                break
            time.sleep(IDLE_POLL_SECONDS)
        summary.people = refresh_people(store)
    finally:
        heartbeat.stop()
        try:
            queue.release()
        finally:
            sync.close()


def _store_outcome(store: Store, sync: IndexSync, queue: JobQueue, job: ClaimedJob, o: Outcome) -> FileResult:
    """Store one file's outcome and finish its job in one transaction."""
    with store.db.atomic():
        if not queue.still_mine(job.path):
            # our lease expired and another machine took the file over: it stores it
            return FileResult(job.path, "taken_over", seconds=o.seconds)
        if o.parsed is None:
            store.record_failure(
                job.path,
                job.sha256,
                job.size,
                job.mtime,
                o.error or "unknown error",
                o.kind,
                o.seconds,
                traceback=o.traceback,
            )
            queue.finish(job.path, "failed")
            return FileResult(
                job.path, "failed", error=o.error, kind=o.kind, seconds=o.seconds, peak_rss_mb=o.peak_rss_mb
            )
        doc = o.parsed.document
        # Two machines storing the same content (or a path's old and new
        # content) take turns: the second sees the first's rows and replaces them.
        store.db.execute("select pg_advisory_xact_lock(?)", [_sha_lock_key(doc.sha256)])
        owned = store.owned_document(job.path)
        if owned and owned != doc.sha256:
            store.db.execute("select pg_advisory_xact_lock(?)", [_sha_lock_key(owned)])
        stored = store.replace_document(
            doc,
            o.parsed.records,
            path=job.path,
            mtime=job.mtime,
            seconds=o.seconds,
            problems=o.parsed.failures,
        )
        if stored.dropped:
            sync.remove(stored.dropped)
        sync.stage(doc.sha256)
        sync.commit()  # entries are in this transaction; this writes fts_state in it too
        queue.finish(job.path, "done")
    return FileResult(
        job.path,
        "replaced" if job.previous_sha else "new",
        pages=doc.page_count,
        seconds=o.seconds,
        records=stored.records,
        peak_rss_mb=o.peak_rss_mb,
    )
