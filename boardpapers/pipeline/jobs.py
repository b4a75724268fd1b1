"""The unit of work and the messages of the worker pool.

A `Job` (one file) goes to a worker; the worker answers with typed messages:
`Ready` once its imports are done, `OcrStarted` before OCR (the budget grows),
`Done` with the parsed file or a one-line reason. `STOP` ends a worker.
`run_one` is what a worker (or the in-process mode) does with a Job."""

from __future__ import annotations

import time
import traceback
from dataclasses import dataclass

from ..reading.errors import IngestError, describe_exception
from .process import ParsedFile


@dataclass
class Job:
    path: str
    sha256: str
    size: int


@dataclass
class GuardRails:
    timeout_s: float = 300.0
    mem_mb: int = 2048
    ocr: bool = True
    max_pages: int = 5000


@dataclass
class Outcome:
    job: Job
    parsed: ParsedFile | None  # None on failure
    error: str | None  # one-line reason
    kind: str | None  # not_pdf, empty, truncated, corrupt, encrypted, timeout, out_of_memory, ...
    seconds: float  # parse time in the worker; for killed workers, time from start to kill
    peak_rss_mb: float | None  # the worker's peak RSS during this file
    traceback: str | None = None  # for internal errors (kind "error"): where it happened


# ---- messages, worker -> parent (parent -> worker: a Job, or STOP) ---------


@dataclass(frozen=True)
class Ready:
    """Imports done: the file's clock starts now."""


@dataclass(frozen=True)
class OcrStarted:
    pages: int  # pages about to be OCRed: the budget grows by OCR_SECONDS_PER_PAGE each


@dataclass
class Done:
    parsed: ParsedFile | None
    error: str | None
    kind: str | None
    seconds: float
    peak_rss_mb: float | None
    traceback: str | None = None


STOP = None


def parse_job(job: Job, *, ocr: bool, max_pages: int) -> ParsedFile:
    """Parse one file; raises IngestError (one-line reason) for bad input."""
    from .process import parse_file

    parsed = parse_file(job.path, job.sha256 or None, ocr=ocr, max_pages=max_pages)
    doc = parsed.document
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


def run_one(job: Job, rails: GuardRails) -> Done:
    """parse_job with every failure turned into a reason (and, for internal
    errors, the traceback)."""
    start = time.perf_counter()
    try:
        parsed = parse_job(job, ocr=rails.ocr, max_pages=rails.max_pages)
        return Done(parsed, None, None, time.perf_counter() - start, None)
    except Exception as exc:  # noqa: BLE001 - every failure (MemoryError too) becomes a reason
        err = describe_exception(exc)
        tb = traceback.format_exc() if err.kind == "error" else None
        return Done(None, err.reason, err.kind, time.perf_counter() - start, None, tb)
