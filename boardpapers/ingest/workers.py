"""Parse files in worker processes with per-file guard rails.

    for outcome in run_jobs(jobs, workers=2, timeout_s=300, mem_mb=2048):
        store(outcome)   # the caller is the single writer

`run_jobs` keeps `workers` long-lived processes (multiprocessing 'spawn'
context, one duplex pipe each) and hands each one file at a time, pulling jobs
lazily from the iterable, so in-flight work is bounded by the worker count and
memory stays flat however many files there are. Outcomes are yielded in
completion order; the next job is sent to a worker *before* its outcome is
yielded, so workers keep parsing while the caller writes.

Guard rails, per file:
  * timeout: the parent kills a worker still busy after `timeout_s` (its whole
    process group, so a running tesseract goes too), records `timeout` and
    starts a fresh worker. OCR extends the budget by OCR_SECONDS_PER_PAGE for
    each page about to be OCRed (the worker reports the count first).
  * memory: the parent samples each busy worker's RSS (plus its children's)
    every POLL_S and kills it above `mem_mb` -> `out_of_memory`; as a backstop
    the worker also runs under RLIMIT_AS (2 x mem_mb + 1 GiB), so a single huge
    allocation fails at once (MemoryError in Python; PDFium aborts, which is
    reported as out_of_memory when the worker was already near the cap).
  * crashes: a worker that dies (SIGSEGV in PDFium, SIGKILL from the kernel's
    OOM killer, ...) gives `crashed` with the signal name; a fresh worker
    takes the next job.
  * peak RSS: each worker resets its high-water mark (/proc/self/clear_refs)
    before a file and reports VmHWM after it, so peak_rss_mb is per file.

`workers=0` parses in this process (no guard rails: for debugging/profiling).

More cores: the work is CPU-bound and share-nothing (each worker has its own
PDFium; results are pickled back, a few ms per 100 pages), so throughput
scales with `workers` up to the number of physical cores — use
`workers=os.cpu_count()` (CLI: --workers N). The parent does little besides
unpickling and the caller's DB writes; if the writer becomes the bottleneck
(many tiny files), batch commits in the caller rather than adding workers.
Budget memory as workers x mem_mb. Leave one core free if the machine also
serves searches.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import signal
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Any

from .errors import IngestError, describe_exception, has_eof_marker
from .process import ParsedFile

POLL_S = 0.2
OCR_SECONDS_PER_PAGE = 20.0
START_METHOD = os.environ.get("BOARDPAPERS_MP_START", "spawn")


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
    seconds: float
    peak_rss_mb: float | None

    @property
    def ok(self) -> bool:
        return self.parsed is not None


# --------------------------------------------------------------------------
# The unit of work (runs in the worker, or in-process with workers=0)


def _preflight(path: str, max_pages: int) -> list[str]:
    """Cheap checks before the full parse: page limit, owner-password-only
    encryption, missing %%EOF. Returns warnings; raises IngestError."""
    from .errors import precheck
    from .pdf_reader import open_pdf

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
        from .ocr import OCR_INSTALL_HINT, tesseract_available

        if not ocr:
            why = "OCR is switched off"
        elif not tesseract_available():
            why = f"tesseract is not installed ({OCR_INSTALL_HINT})"
        else:
            why = "OCR failed on every page"
        raise IngestError(f"image-only: none of its {len(pages)} page(s) has a text layer and {why}", "needs_ocr")
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


def _die_with_parent() -> None:
    """Linux: SIGKILL this worker if the parent dies (no orphans)."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def _worker_main(conn: Connection, mem_mb: int, ocr: bool, max_pages: int) -> None:
    try:
        os.setpgrp()  # own process group: the parent can kill us with our tesseract children
    except OSError:
        pass
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C and stops us
    _die_with_parent()
    _limit_memory(mem_mb)
    # Import the parsing stack once, not on the first job.
    from ..extract import extract_all  # noqa: F401
    from . import ocr as ocr_mod
    from . import pdf_reader, process  # noqa: F401

    ocr_mod.set_progress_hook(lambda n: conn.send(("ocr", n)))
    while True:
        try:
            msg = conn.recv()
        except (EOFError, OSError, KeyboardInterrupt):
            return
        if msg is None:
            return
        job: Job = msg
        reset = _reset_peak_rss()
        start = time.perf_counter()
        parsed = error = kind = None
        try:
            parsed = parse_job(job, ocr=ocr, max_pages=max_pages)
        except BaseException as exc:  # noqa: BLE001 - every failure becomes a reason
            if isinstance(exc, (KeyboardInterrupt, SystemExit)):
                raise
            err = describe_exception(exc)
            error, kind = err.reason, err.kind
        result = ("done", parsed, error, kind, time.perf_counter() - start, _peak_rss_mb(reset))
        try:
            conn.send(result)
        except MemoryError:
            conn.send(("done", None, "out of memory: the parsed result was too large to send back",
                       "out_of_memory", time.perf_counter() - start, _peak_rss_mb(reset)))
        except (BrokenPipeError, OSError):
            return


class _Worker:
    def __init__(self, ctx: Any, mem_mb: int, ocr: bool, max_pages: int) -> None:
        self.conn, child = ctx.Pipe(duplex=True)
        self.proc = ctx.Process(target=_worker_main, args=(child, mem_mb, ocr, max_pages), daemon=True,
                                name="boardpapers-worker")
        self.proc.start()
        child.close()
        self.job: Job | None = None
        self.started = 0.0
        self.deadline = 0.0
        self.max_rss = 0.0
        self._ps: Any = None

    def send(self, job: Job, timeout_s: float) -> None:
        self.job = job
        self.started = time.perf_counter()
        self.deadline = self.started + timeout_s
        self.max_rss = 0.0
        self.conn.send(job)

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

    def kill(self) -> None:
        pid = self.proc.pid
        if pid is not None and self.proc.exitcode is None:
            try:
                os.killpg(pid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError, OSError):
                try:
                    self.proc.kill()
                except OSError:
                    pass
        self.proc.join(5)
        self.close()

    def stop(self) -> None:
        try:
            self.conn.send(None)
        except (BrokenPipeError, OSError):
            pass
        self.proc.join(2)
        if self.proc.exitcode is None:
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
    ctx = mp.get_context(START_METHOD)
    pending = iter(jobs)
    exhausted = False
    pool: list[_Worker] = []
    last_check = 0.0

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
            worker.stop()
            return None
        worker.send(job, timeout_s)
        return worker

    def failed(w: _Worker, reason: str, kind: str) -> Outcome:
        assert w.job is not None
        return Outcome(w.job, None, reason, kind, time.perf_counter() - w.started, round(w.max_rss, 1) or None)

    def replace(w: _Worker) -> None:
        """Kill `w`, start a fresh worker in its slot and feed it."""
        w.kill()
        pool.remove(w)
        if not exhausted:
            fresh = _Worker(ctx, mem_mb, ocr, max_pages)
            if feed(fresh) is not None:
                pool.append(fresh)

    try:
        for _ in range(workers):
            job = next_job()
            if job is None:
                break
            w = _Worker(ctx, mem_mb, ocr, max_pages)
            pool.append(w)
            w.send(job, timeout_s)
        while pool:
            by_handle: dict[Any, _Worker] = {}
            for w in pool:
                by_handle[w.conn] = w
                by_handle[w.proc.sentinel] = w
            ready = wait(list(by_handle), timeout=POLL_S)
            handled: set[int] = set()
            # Results first: a finished file is never reported as a timeout.
            for h in ready:
                w = by_handle[h]
                if id(w) in handled or not isinstance(h, Connection):
                    continue
                try:
                    msg = w.conn.recv()
                except (EOFError, OSError):
                    continue  # died mid-send: handled with the sentinel below
                if msg[0] == "ocr":
                    w.deadline += msg[1] * OCR_SECONDS_PER_PAGE
                    continue
                handled.add(id(w))
                _, parsed, error, kind, _secs, peak = msg
                job = w.job
                assert job is not None
                outcome = Outcome(job, parsed, error, kind, time.perf_counter() - w.started, peak)
                if feed(w) is None:
                    pool.remove(w)
                yield outcome
            for h in ready:
                w = by_handle[h]
                if id(w) in handled or isinstance(h, Connection) or w not in pool:
                    continue
                w.proc.join(1)
                if w.conn.poll():  # the result arrived just before it exited
                    continue
                handled.add(id(w))
                code = w.proc.exitcode
                near_cap = w.max_rss >= 0.5 * mem_mb
                if near_cap and code is not None and code < 0:
                    out = failed(w, f"out of memory: the worker died ({_signal_name(code)}) at about "
                                    f"{w.max_rss:.0f} MB of its {mem_mb} MB cap", "out_of_memory")
                elif code == -signal.SIGKILL:
                    out = failed(w, "crashed: the worker was killed (SIGKILL, possibly the system's "
                                    "out-of-memory killer)", "crashed")
                else:
                    out = failed(w, f"crashed: the worker died from {_signal_name(code)} while parsing "
                                    "(a PDFium crash on a malformed file?)", "crashed")
                replace(w)
                yield out
            now = time.perf_counter()
            if now - last_check < POLL_S:
                continue
            last_check = now
            for w in list(pool):
                if id(w) in handled or w.job is None:
                    continue
                rss = w.rss_mb()
                if rss is not None and rss > mem_mb:
                    out = failed(w, f"out of memory: the worker passed its {mem_mb} MB cap (at {rss:.0f} MB); "
                                    "a decompression bomb or huge images?", "out_of_memory")
                    replace(w)
                    yield out
                elif now > w.deadline:
                    if w.conn.poll():
                        continue
                    out = failed(w, f"timeout: still parsing after {now - w.started:.0f} s "
                                    f"(limit {timeout_s:g} s); worker killed", "timeout")
                    replace(w)
                    yield out
    finally:
        for w in pool:
            if w.job is not None and w.proc.exitcode is None:
                w.kill()
            else:
                w.stop()
