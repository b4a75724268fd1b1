"""One extractor failing must not sink the document: its failure becomes a
warning on the document (shown by `status --documents`), the traceback is
kept for whoever fixes the extractor, and the other extractors' records stay."""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from ..model import Document
from ..text import squash_spaces

log = logging.getLogger(__name__)

T = TypeVar("T")


@dataclass
class ExtractorFailure:
    extractor: str  # "decisions", "risks", "segmentation", ...
    error: str  # one line: "ValueError: message"
    traceback: str


def guarded(
    name: str, doc: Document, fn: Callable[[], T], fallback: T, failures: list[ExtractorFailure] | None
) -> T:
    """fn(), or `fallback` when it raises: the failure is added to doc.warnings
    (one line) and to `failures` (with the traceback)."""
    try:
        return fn()
    except Exception as exc:  # noqa: BLE001 - one layout must not sink the document
        error = squash_spaces(f"{type(exc).__name__}: {exc}")[:200]
        doc.warnings.append(f"{name} extractor failed ({error}); its records are missing")
        log.debug("%s extractor failed on %s", name, doc.path, exc_info=True)
        if failures is not None:
            failures.append(ExtractorFailure(name, error, traceback.format_exc()))
        return fallback
