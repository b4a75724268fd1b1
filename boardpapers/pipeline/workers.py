"""Parse files in worker processes with per-file guard rails.

    for outcome in run_jobs(jobs, workers=2, timeout_s=300, mem_mb=2048):
        store(outcome)   # the caller is the single writer

`run_jobs` keeps `workers` long-lived processes and hands each one file at a
time, pulling jobs
lazily from the iterable, so in-flight work is bounded by the worker count and
memory stays flat however many files there are. Outcomes are yielded in
completion order; the next job is sent to a worker *before* its outcome is
yielded, so workers keep parsing while the caller writes.

The pool is a `WorkerPool` (one object owning the workers, the job feed and
the watchdog thread); workers and parent talk in typed messages (`Ready`,
`OcrStarted`, `Done`; a `Job` or `STOP` the other way).

Guard rails, per file, enforced by a watchdog thread every POLL_S (so they
hold while the caller is busy with an outcome and the generator is suspended):
  * timeout: a worker still busy `timeout_s` after it started the file is
    killed (its whole process group, so a running tesseract goes too) ->
    `timeout`; a fresh worker takes the next job. OCR extends the budget by
    OCR_SECONDS_PER_PAGE for each page about to be OCRed (the worker reports
    the count first). Worker start-up (imports) is not counted.
  * memory: a worker whose RSS (plus its children's) passes `mem_mb` is
    killed -> `out_of_memory`. As a backstop each worker runs under RLIMIT_AS
    = 2 x mem_mb + 1 GiB, so one huge allocation fails at once (MemoryError
    in Python; PDFium aborts, reported as out_of_memory if the worker was
    already past half the cap, else as crashed).
  * crashes: a worker that dies (SIGSEGV in PDFium, SIGKILL from the kernel's
    OOM killer, ...) gives `crashed` with the signal name; a fresh worker
    takes the next job.
  * peak RSS: each worker resets its high-water mark (/proc/self/clear_refs)
    before a file and reports VmHWM after it, so peak_rss_mb is per file (the
    worker process only, not tesseract); for killed files it is the
    watchdog's last sample.

Memory is measured with psutil (a required dependency: without it the cap
could not be enforced, so importing this module fails instead).

Why not pebble or concurrent.futures: the budget of a file grows while it
runs (OCR reports its page count), a kill must take the worker's process
group (tesseract), the memory cap needs the pid of the worker holding a
given file, and workers must die with the parent; those pools hide the pid
and fix the timeout when the task is submitted.

The worker side is worker_main.py (with its test hooks); the Job, the
messages and the unit of work are jobs.py.

Workers are plain `python -c` subprocesses talking pickled messages over a
socketpair (multiprocessing.connection), not multiprocessing.Process: no
re-import of the caller's __main__ (no `if __name__ == "__main__"` guard
needed), each in its own session (Ctrl-C reaches only the parent, which kills
them), and on Linux they die with the parent (PR_SET_PDEATHSIG). Start-up is
~0.1-0.3 s per worker.

`workers=0` parses in this process (no guard rails: for debugging/profiling).

More cores: the work is CPU-bound and share-nothing (each worker has its own
PDFium; shipping a result back costs ~1.5% of its parse time, and the parent
uses ~2% of one core per worker), so throughput scales with `workers` up to
the number of physical cores: use `workers=os.cpu_count()` (CLI: -j N). OCR
runs tesseract single-threaded inside each worker, so it scales the same way.
Feed the largest files first (sort jobs by size, descending) so one big pack
does not finish alone at the end. If the single writer becomes the bottleneck
(many tiny files, tens of workers), batch commits in the caller rather than
adding workers. Budget memory as workers x mem_mb (peak RSS is ~100 MB per
worker on board packs). Leave a core free if the machine also serves searches.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterable, Iterator
from multiprocessing.connection import Connection, wait

import psutil

from .jobs import STOP, Done, GuardRails, Job, OcrStarted, Outcome, Ready, run_one

__all__ = ["GuardRails", "Job", "Outcome", "WorkerPool", "run_jobs"]

POLL_S = 0.2
OCR_SECONDS_PER_PAGE = 20.0
STARTUP_GRACE_S = 60.0  # a worker that is not ready (importing) within this gets no extra time


_PKG_ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


class _Worker:
    """One worker process: `python -c` running worker_main.worker_main, in its own
    session (so Ctrl-C goes to the parent only and killpg reaches tesseract),
    talking pickled messages over a socketpair."""

    def __init__(self, rails: GuardRails) -> None:
        parent_sock, child_sock = socket.socketpair()
        fd = child_sock.fileno()
        code = (
            "from boardpapers.pipeline.worker_main import worker_main; "
            f"worker_main({fd}, {int(rails.mem_mb)}, {bool(rails.ocr)!r}, {int(rails.max_pages)}, {os.getpid()})"
        )
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(x for x in (_PKG_ROOT, env.get("PYTHONPATH")) if x)
        try:
            self.proc = subprocess.Popen(
                [sys.executable, "-c", code],
                pass_fds=(fd,),
                stdin=subprocess.DEVNULL,
                env=env,
                start_new_session=True,
            )
        finally:
            child_sock.close()
        self.conn = Connection(parent_sock.detach())
        self.job: Job | None = None
        self.started = 0.0
        self.deadline = 0.0
        self.max_rss = 0.0
        self._ps: psutil.Process | None = None
        # Set by the watchdog thread when it kills this worker: (kind, reason).
        self.killed: tuple[str, str] | None = None
        self.ready = False
        # Held while the parent reads from / the watchdog inspects this worker.
        self.lock = threading.Lock()

    def send(self, job: Job, timeout_s: float) -> None:
        self.job = job
        self.started = time.perf_counter()
        # The clock starts when the worker is ready (imports done), see Ready.
        self.deadline = self.started + timeout_s + (0 if self.ready else STARTUP_GRACE_S)
        self.max_rss = 0.0
        try:
            self.conn.send(job)
        except OSError:
            pass  # died already: the EOF on its connection reports it

    def rss_mb(self) -> float | None:
        """RSS of the worker plus its children (tesseract), in MB."""
        try:
            if self._ps is None:
                self._ps = psutil.Process(self.proc.pid)
            total = self._ps.memory_info().rss
            for child in self._ps.children(recursive=True):
                try:
                    total += child.memory_info().rss
                except psutil.Error:
                    pass
        except psutil.Error:
            return None
        mb = total / 2**20
        self.max_rss = max(self.max_rss, mb)
        return mb

    def exitcode(self, wait_s: float = 0.0) -> int | None:
        try:
            return self.proc.wait(wait_s) if wait_s else self.proc.poll()
        except subprocess.TimeoutExpired:
            return None

    def signal_kill(self) -> None:
        """SIGKILL the worker and its process group (tesseract) without waiting."""
        if self.proc.poll() is None:
            try:
                os.killpg(self.proc.pid, signal.SIGKILL)
            except OSError:
                try:
                    self.proc.kill()
                except OSError:
                    pass

    def kill(self) -> None:
        self.signal_kill()
        self.exitcode(5)
        self.close()

    def stop(self) -> None:
        try:
            self.conn.send(STOP)
        except OSError:
            pass
        if self.exitcode(2) is None:
            self.kill()
        self.close()

    def close(self) -> None:
        try:
            self.conn.close()
        except OSError:
            pass


def _signal_name(exitcode: int | None) -> str:
    if exitcode is None:
        return "an unknown cause"
    if exitcode < 0:
        try:
            return signal.Signals(-exitcode).name
        except ValueError:
            return f"signal {-exitcode}"
    return f"exit status {exitcode}"


class WorkerPool:
    """`size` long-lived worker processes parsing `jobs` one file each at a
    time; `run` yields one Outcome per job in completion order."""

    def __init__(self, size: int, rails: GuardRails) -> None:
        self.size = size
        self.rails = rails
        self.workers: list[_Worker] = []
        self._jobs: Iterator[Job] = iter(())
        self._exhausted = False
        self._stop_watch = threading.Event()
        self._watchdog = threading.Thread(target=self._watch, name="boardpapers-watchdog", daemon=True)

    def run(self, jobs: Iterable[Job]) -> Iterator[Outcome]:
        self._jobs = iter(jobs)
        try:
            for _ in range(self.size):
                job = self._next_job()
                if job is None:
                    break
                w = _Worker(self.rails)
                self.workers.append(w)
                w.send(job, self.rails.timeout_s)
            self._watchdog.start()
            while self.workers:
                conns = {w.conn: w for w in self.workers}
                for handle in wait(list(conns), timeout=1.0):
                    w = conns[handle]  # type: ignore[index]
                    if w in self.workers:
                        outcome = self._receive(w)
                        if outcome is not None:
                            yield outcome
        finally:
            self._stop_watch.set()
            if self._watchdog.is_alive():
                self._watchdog.join()
            for w in self.workers:  # only busy workers are left: the caller stopped early
                w.kill()

    # ---- feeding -------------------------------------------------------------
    def _next_job(self) -> Job | None:
        if self._exhausted:
            return None
        job = next(self._jobs, None)
        if job is None:
            self._exhausted = True
        return job

    def _feed(self, w: _Worker) -> None:
        """Give `w` the next job, or stop and drop it when there is none."""
        job = self._next_job()
        if job is None:
            w.job = None
            w.stop()
            self.workers.remove(w)
        else:
            w.send(job, self.rails.timeout_s)

    def _replace(self, w: _Worker) -> None:
        """Kill `w`, start a fresh worker in its slot and feed it."""
        w.kill()
        self.workers.remove(w)
        if not self._exhausted:
            fresh = _Worker(self.rails)
            self.workers.append(fresh)
            self._feed(fresh)

    # ---- results -------------------------------------------------------------
    def _receive(self, w: _Worker) -> Outcome | None:
        """Handle one message from `w`; an Outcome when a file is finished (the
        worker already has its next job by then, so it parses while the caller
        writes)."""
        with w.lock:
            try:
                msg = w.conn.recv()
            except (EOFError, OSError):  # the worker died, or the watchdog killed it
                msg = None
            if isinstance(msg, Ready):
                w.ready = True
                w.started = time.perf_counter()
                w.deadline = w.started + self.rails.timeout_s
                return None
            if isinstance(msg, OcrStarted):
                w.deadline += msg.pages * OCR_SECONDS_PER_PAGE
                return None
        if not isinstance(msg, Done):
            out = self._death(w)
            self._replace(w)
            return out
        assert w.job is not None
        # seconds: the worker's own clock (parse only)
        outcome = Outcome(w.job, msg.parsed, msg.error, msg.kind, msg.seconds, msg.peak_rss_mb, msg.traceback)
        if w.killed is not None:  # killed just after its result was sent: the result stands
            self._replace(w)
        else:
            self._feed(w)
        return outcome

    def _failed(self, w: _Worker, reason: str, kind: str) -> Outcome:
        assert w.job is not None
        return Outcome(
            w.job, None, reason, kind, time.perf_counter() - w.started, round(w.max_rss, 1) or None
        )

    def _death(self, w: _Worker) -> Outcome:
        if w.killed is not None:
            return self._failed(w, w.killed[1], w.killed[0])
        code = w.exitcode(5)
        if code is None:
            w.kill()
            code = w.exitcode()
        mem_mb = self.rails.mem_mb
        if w.max_rss >= 0.5 * mem_mb and code is not None and code < 0:
            return self._failed(
                w,
                f"out of memory: the worker died ({_signal_name(code)}) at about "
                f"{w.max_rss:.0f} MB of its {mem_mb} MB cap",
                "out_of_memory",
            )
        if code == -signal.SIGKILL:
            return self._failed(
                w, "crashed: the worker was killed (SIGKILL; the system's out-of-memory killer?)", "crashed"
            )
        return self._failed(
            w,
            f"crashed: the worker died ({_signal_name(code)}) while parsing (a PDFium crash on a malformed file?)",
            "crashed",
        )

    # ---- watchdog ------------------------------------------------------------
    def _watch(self) -> None:
        """Enforce the memory cap and timeouts every POLL_S, also while the
        caller is busy with an outcome (the generator is suspended then)."""
        while not self._stop_watch.wait(POLL_S):
            for w in list(self.workers):
                if w.lock.acquire(blocking=False):  # else the parent is reading its result
                    try:
                        self._check(w)
                    except (OSError, ValueError):
                        pass
                    finally:
                        w.lock.release()

    def _check(self, w: _Worker) -> None:
        if w.job is None or w.killed is not None or w.proc.poll() is not None or w.conn.closed:
            return
        if w.conn.poll():
            return  # a message is waiting: a result, or OCR news extending the deadline
        rss = w.rss_mb()
        now = time.perf_counter()
        mem_mb, timeout_s = self.rails.mem_mb, self.rails.timeout_s
        if rss is not None and rss > mem_mb:
            w.killed = (
                "out_of_memory",
                f"out of memory: the worker passed its {mem_mb} MB cap "
                f"(at {rss:.0f} MB); a decompression bomb or huge images?",
            )
        elif now > w.deadline:
            took = now - w.started
            w.killed = (
                "timeout",
                f"timeout: still parsing after {took:.{0 if took >= 10 else 1}f} s "
                f"(limit {timeout_s:g} s); worker killed",
            )
        else:
            return
        w.signal_kill()


def _in_process(jobs: Iterable[Job], rails: GuardRails) -> Iterator[Outcome]:
    for job in jobs:
        d = run_one(job, rails)
        yield Outcome(job, d.parsed, d.error, d.kind, d.seconds, None, d.traceback)


def run_jobs(
    jobs: Iterable[Job],
    workers: int,
    *,
    timeout_s: float = 300,
    mem_mb: int = 2048,
    ocr: bool = True,
    max_pages: int = 5000,
) -> Iterator[Outcome]:
    """Parse `jobs` in `workers` processes; yield one Outcome per job in
    completion order. workers=0 parses in this process (no guard rails)."""
    rails = GuardRails(timeout_s, mem_mb, ocr, max_pages)
    if workers <= 0:
        yield from _in_process(jobs, rails)
    else:
        yield from WorkerPool(workers, rails).run(jobs)
