"""The worker process: `python -c` runs `worker_main`, which imports the
parsing stack once and then parses one Job at a time, answering with typed
messages (see jobs). It dies with its parent, caps its own address space as
a backstop to the pool's RSS watchdog, and resets its peak-RSS mark per file.

Test hooks (read when a file starts): a file whose name contains
$BOARDPAPERS_TEST_SEGV_ON makes the worker SIGSEGV itself (a PDFium crash,
deterministically); one whose name contains $BOARDPAPERS_TEST_HANG_ON makes
it hang (a file that never finishes)."""

from __future__ import annotations

import os
import signal
import time
from multiprocessing.connection import Connection

from .jobs import STOP, Done, GuardRails, Job, OcrStarted, Ready, run_one

TEST_SEGV_ENV = "BOARDPAPERS_TEST_SEGV_ON"
TEST_HANG_ENV = "BOARDPAPERS_TEST_HANG_ON"


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


def _test_fault(job: Job) -> None:
    name = os.path.basename(job.path)
    segv, hang = os.environ.get(TEST_SEGV_ENV), os.environ.get(TEST_HANG_ENV)
    if segv and segv in name:
        os.kill(os.getpid(), signal.SIGSEGV)
    if hang and hang in name:
        while True:
            time.sleep(60)


def worker_main(fd: int, mem_mb: int, ocr: bool, max_pages: int, parent_pid: int = 0) -> None:
    """Main loop of a worker process (started by workers._Worker with `python -c`)."""
    conn = Connection(fd)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C and stops us
    _die_with_parent(parent_pid or os.getppid())
    _limit_memory(mem_mb)
    rails = GuardRails(0, mem_mb, ocr, max_pages)
    # Import the parsing stack once, not on the first job.
    from ..extract import extract_all  # noqa: F401
    from ..reading import ocr as ocr_mod
    from ..reading import pdf_reader  # noqa: F401
    from . import process  # noqa: F401

    ocr_mod.set_progress_hook(lambda n: conn.send(OcrStarted(n)))
    conn.send(Ready())
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is STOP:
            return
        _test_fault(job)
        reset = _reset_peak_rss()
        done = run_one(job, rails)
        done.peak_rss_mb = _peak_rss_mb(reset)
        try:
            conn.send(done)
        except MemoryError:
            conn.send(
                Done(
                    None,
                    "out of memory: the parsed result was too large to send back",
                    "out_of_memory",
                    done.seconds,
                    done.peak_rss_mb,
                )
            )
        except OSError:
            return
