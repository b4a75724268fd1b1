"""Parse files in worker processes with per-file guard rails.

    for outcome in run_jobs(jobs, workers=2, timeout_s=300, mem_mb=2048):
        store(outcome)   # the caller is the single writer

`run_jobs` keeps `workers` long-lived processes and hands each one file at a
time, pulling jobs
lazily from the iterable, so in-flight work is bounded by the worker count and
memory stays flat however many files there are. Outcomes are yielded in
completion order; the next job is sent to a worker *before* its outcome is
yielded, so workers keep parsing while the caller writes.

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
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Any

from ..reading.errors import IngestError, describe_exception, has_eof_marker
from .process import ParsedFile

POLL_S = 0.2
OCR_SECONDS_PER_PAGE = 20.0
STARTUP_GRACE_S = 60.0  # a worker that is not ready (importing) within this gets no extra time


@dataclass
class Job:
    path: str
    sha256: str
    size: int


@dataclass
class Outcome:
    job: Job
    parsed: ParsedFile | None  # None on failure
    error: str | None  # one-line reason
    kind: str | None  # not_pdf, empty, truncated, corrupt, encrypted, timeout, out_of_memory, ...
    seconds: float  # parse time in the worker; for killed workers, time from start to kill
    peak_rss_mb: float | None  # the worker's peak RSS during this file

    @property
    def ok(self) -> bool:
        return self.parsed is not None


# --------------------------------------------------------------------------
# The unit of work (runs in the worker, or in-process with workers=0)


def _preflight(path: str, max_pages: int) -> list[str]:
    """Cheap checks before the full parse: page limit, owner-password-only
    encryption, missing %%EOF. Returns warnings; raises IngestError."""
    from ..reading.errors import precheck
    from ..reading.pdf_reader import open_pdf

    precheck(path)
    import pypdfium2.raw as pdfium_c

    pdf = open_pdf(path)
    warnings: list[str] = []
    try:
        n = len(pdf)
        if n == 0:
            raise IngestError("no pages: the PDF's page tree is empty", "empty")
        if max_pages and n > max_pages:
            raise IngestError(f"too many pages: {n} exceeds the {max_pages}-page limit", "too_large")
        if pdfium_c.FPDF_GetSecurityHandlerRevision(pdf.raw) >= 0:
            warnings.append("encrypted with an owner (permissions) password only: read without a password")
    finally:
        pdf.close()
    if not has_eof_marker(path):
        warnings.append("no %%EOF marker at the end (truncated?): PDFium recovered what it could")
    return warnings


def parse_job(job: Job, *, ocr: bool, max_pages: int) -> ParsedFile:
    """Parse one file; raises IngestError (one-line reason) for bad input."""
    from .process import parse_file

    warnings = _preflight(job.path, max_pages)
    parsed = parse_file(job.path, job.sha256 or None, ocr=ocr)
    doc = parsed.document
    doc.warnings.extend(warnings)
    pages = doc.pages
    if pages and all(p.needs_ocr for p in pages):
        from ..reading.ocr import OCR_INSTALL_HINT, tesseract_available

        if not ocr:
            why = "OCR is switched off"
        elif not tesseract_available():
            why = f"tesseract is not installed ({OCR_INSTALL_HINT})"
        else:
            why = "OCR failed on every page"
        raise IngestError(
            f"image-only: none of its {len(pages)} page(s) has a text layer and {why}", "needs_ocr"
        )
    if pages and not any(p.text.strip() for p in pages):
        doc.warnings.append(f"blank: no text on any of its {len(pages)} page(s)")
    return parsed


# --------------------------------------------------------------------------
# Worker process


def _reset_peak_rss() -> bool:
    try:
        with open("/proc/self/clear_refs", "w") as fh:
            fh.write("5")
        return True
    except OSError:
        return False


def _peak_rss_mb(since_reset: bool) -> float | None:
    if since_reset:
        try:
            with open("/proc/self/status") as fh:
                for line in fh:
                    if line.startswith("VmHWM:"):
                        return round(int(line.split()[1]) / 1024, 1)
        except OSError:
            pass
    try:
        import resource

        return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    except (ImportError, OSError):
        return None


def _limit_memory(mem_mb: int) -> None:
    try:
        import resource

        cap = (2 * mem_mb + 1024) * 2**20
        resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    except (ImportError, ValueError, OSError):
        pass


def _die_with_parent(parent_pid: int) -> None:
    """Linux: SIGKILL this worker when the parent (strictly: the thread that
    started it, which is the one iterating run_jobs) exits. No orphans."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass
    if os.getppid() != parent_pid:  # the parent died before prctl took effect
        os._exit(1)


def _worker_entry(fd: int, mem_mb: int, ocr: bool, max_pages: int, parent_pid: int = 0) -> None:
    """Main loop of a worker process (started by _Worker with `python -c`)."""
    conn = Connection(fd)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C and stops us
    _die_with_parent(parent_pid or os.getppid())
    _limit_memory(mem_mb)
    # Import the parsing stack once, not on the first job.
    from ..extract import extract_all  # noqa: F401
    from ..reading import ocr as ocr_mod
    from ..reading import pdf_reader  # noqa: F401
    from . import process  # noqa: F401

    ocr_mod.set_progress_hook(lambda n: conn.send(("ocr", n)))
    conn.send(("ready",))
    while True:
        try:
            msg = conn.recv()
        except (EOFError, OSError):
            return
        if msg is None:
            return
        job: Job = msg
        reset = _reset_peak_rss()
        start = time.perf_counter()
        parsed = error = kind = None
        try:
            parsed = parse_job(job, ocr=ocr, max_pages=max_pages)
        except Exception as exc:  # noqa: BLE001 - every failure (MemoryError too) becomes a reason
            err = describe_exception(exc)
            error, kind = err.reason, err.kind
        try:
            conn.send(("done", parsed, error, kind, time.perf_counter() - start, _peak_rss_mb(reset)))
        except MemoryError:
            conn.send(
                (
                    "done",
                    None,
                    "out of memory: the parsed result was too large to send back",
                    "out_of_memory",
                    time.perf_counter() - start,
                    _peak_rss_mb(reset),
                )
            )
        except OSError:
            return


_PKG_ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


class _Worker:
    """One worker process: `python -c` running _worker_entry, in its own
    session (so Ctrl-C goes to the parent only and killpg reaches tesseract),
    talking pickled messages over a socketpair."""

    def __init__(self, mem_mb: int, ocr: bool, max_pages: int) -> None:
        parent_sock, child_sock = socket.socketpair()
        fd = child_sock.fileno()
        code = (
            "from boardpapers.pipeline.workers import _worker_entry; "
            f"_worker_entry({fd}, {int(mem_mb)}, {bool(ocr)!r}, {int(max_pages)}, {os.getpid()})"
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
        self._ps: Any = None
        # Set by the watchdog thread when it kills this worker: (kind, reason).
        self.killed: tuple[str, str] | None = None
        self.ready = False
        # Held while the parent reads from / the watchdog inspects this worker.
        self.lock = threading.Lock()

    def send(self, job: Job, timeout_s: float) -> None:
        self.job = job
        self.started = time.perf_counter()
        # The clock starts when the worker is ready (imports done), see run_jobs.
        self.deadline = self.started + timeout_s + (0 if self.ready else STARTUP_GRACE_S)
        self.max_rss = 0.0
        try:
            self.conn.send(job)
        except OSError:
            pass  # died already: the EOF on its connection reports it

    def rss_mb(self) -> float | None:
        """RSS of the worker plus its children (tesseract), in MB."""
        try:
            import psutil
        except ImportError:
            return None
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
            self.conn.send(None)
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


def _in_process(jobs: Iterable[Job], ocr: bool, max_pages: int) -> Iterator[Outcome]:
    for job in jobs:
        start = time.perf_counter()
        try:
            parsed = parse_job(job, ocr=ocr, max_pages=max_pages)
            yield Outcome(job, parsed, None, None, time.perf_counter() - start, None)
        except Exception as exc:  # noqa: BLE001
            err = describe_exception(exc)
            yield Outcome(job, None, err.reason, err.kind, time.perf_counter() - start, None)


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
    if workers <= 0:
        yield from _in_process(jobs, ocr, max_pages)
        return
    pending = iter(jobs)
    exhausted = False
    pool: list[_Worker] = []

    def next_job() -> Job | None:
        nonlocal exhausted
        if exhausted:
            return None
        job = next(pending, None)
        if job is None:
            exhausted = True
        return job

    def feed(worker: _Worker) -> _Worker | None:
        """Give `worker` the next job; returns None (and stops it) when there is none."""
        job = next_job()
        if job is None:
            worker.job = None
            worker.stop()
            return None
        worker.send(job, timeout_s)
        return worker

    def failed(w: _Worker, reason: str, kind: str) -> Outcome:
        assert w.job is not None
        return Outcome(
            w.job, None, reason, kind, time.perf_counter() - w.started, round(w.max_rss, 1) or None
        )

    def died(w: _Worker) -> Outcome:
        if w.killed is not None:
            return failed(w, w.killed[1], w.killed[0])
        code = w.exitcode(5)
        if code is None:
            w.kill()
            code = w.exitcode()
        if w.max_rss >= 0.5 * mem_mb and code is not None and code < 0:
            return failed(
                w,
                f"out of memory: the worker died ({_signal_name(code)}) at about "
                f"{w.max_rss:.0f} MB of its {mem_mb} MB cap",
                "out_of_memory",
            )
        if code == -signal.SIGKILL:
            return failed(
                w, "crashed: the worker was killed (SIGKILL; the system's out-of-memory killer?)", "crashed"
            )
        return failed(
            w,
            f"crashed: the worker died ({_signal_name(code)}) while parsing "
            "(a PDFium crash on a malformed file?)",
            "crashed",
        )

    def replace(w: _Worker) -> None:
        """Kill `w`, start a fresh worker in its slot and feed it."""
        w.kill()
        pool.remove(w)
        if not exhausted:
            fresh = _Worker(mem_mb, ocr, max_pages)
            pool.append(fresh)
            if feed(fresh) is None:
                pool.remove(fresh)

    stop_watch = threading.Event()

    def watchdog() -> None:
        """Enforce the memory cap and timeouts every POLL_S, also while the
        caller is busy with an outcome (the generator is suspended then)."""
        while not stop_watch.wait(POLL_S):
            for w in list(pool):
                if not w.lock.acquire(blocking=False):
                    continue  # the parent is reading its result
                try:
                    if w.job is None or w.killed is not None or w.proc.poll() is not None or w.conn.closed:
                        continue
                    if w.conn.poll():
                        continue  # a message is waiting: a result, or OCR news extending the deadline
                    rss = w.rss_mb()
                    now = time.perf_counter()
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
                        continue
                    w.signal_kill()
                except (OSError, ValueError):
                    continue
                finally:
                    w.lock.release()

    watcher = threading.Thread(target=watchdog, name="boardpapers-watchdog", daemon=True)
    try:
        for _ in range(workers):
            job = next_job()
            if job is None:
                break
            w = _Worker(mem_mb, ocr, max_pages)
            pool.append(w)
            w.send(job, timeout_s)
        watcher.start()
        while pool:
            conns = {w.conn: w for w in pool}
            ready = wait(list(conns), timeout=1.0)
            for h in ready:
                w = conns[h]  # type: ignore[index]
                if w not in pool:
                    continue
                with w.lock:
                    try:
                        msg = w.conn.recv()
                    except (EOFError, OSError):  # the worker died, or the watchdog killed it
                        msg = None
                    if msg is not None and msg[0] == "ready":  # start-up done: the file's clock starts now
                        w.ready = True
                        w.started = time.perf_counter()
                        w.deadline = w.started + timeout_s
                        continue
                    if msg is not None and msg[0] == "ocr":
                        w.deadline += msg[1] * OCR_SECONDS_PER_PAGE
                        continue
                if msg is None:
                    out = died(w)
                    replace(w)
                    yield out
                    continue
                _, parsed, error, kind, secs, peak = msg  # secs: the worker's own clock (parse only)
                job = w.job
                assert job is not None
                outcome = Outcome(job, parsed, error, kind, secs, peak)
                if w.killed is not None:  # killed just after its result was sent: the result stands
                    replace(w)
                elif feed(w) is None:
                    pool.remove(w)
                yield outcome
    finally:
        stop_watch.set()
        if watcher.is_alive():
            watcher.join()
        for w in pool:  # only busy workers are left: the caller stopped early
            w.kill()
