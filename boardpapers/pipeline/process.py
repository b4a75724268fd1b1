"""Parse and extract one file: the unit of work a worker process runs.

Everything here is a pure function of the file, so it can run in any process;
the result is picklable and handed to the single writer."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

from ..extract.failures import ExtractorFailure
from ..model import Document


@dataclass
class ParsedFile:
    document: Document
    records: dict[str, list[Any]] = field(default_factory=dict)
    seconds: float = 0.0
    failures: list[ExtractorFailure] = field(default_factory=list)  # extractors that raised


def parse_file(
    path: str, sha256: str | None = None, *, ocr: bool = True, max_pages: int | None = None
) -> ParsedFile:
    """Raises IngestError (one-line reason) for bad input. The PDF is opened
    once (read_document); OCR, when pages need it, renders from its own handle."""
    from ..extract import extract_all
    from ..reading.pdf_reader import read_document

    start = time.perf_counter()
    doc = read_document(path, sha256, max_pages=max_pages)
    if ocr and any(p.needs_ocr for p in doc.pages):
        from ..reading.ocr import ocr_document

        ocr_document(doc)
    failures: list[ExtractorFailure] = []
    records = extract_all(doc, failures)
    return ParsedFile(document=doc, records=records, seconds=time.perf_counter() - start, failures=failures)
