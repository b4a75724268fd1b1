"""Extractors: pure functions of a parsed Document (no database access).

`extract_all(doc)` returns the `extract --json` record lists, keyed by record
table (see registry.RECORD_TYPES). An extractor that raises loses only its own
records: the failure is a warning on the document and, when a `failures` list
is given, an ExtractorFailure with the traceback."""

from __future__ import annotations

from typing import Any

from ..model import Document
from .failures import ExtractorFailure
from .registry import TABLES


def extract_all(doc: Document, failures: list[ExtractorFailure] | None = None) -> dict[str, list[Any]]:
    from .accountability import extract_accountability
    from .interests import roles_from_attendance
    from .structure import extract_structure

    out: dict[str, list[Any]] = {name: [] for name in TABLES}
    for part in (extract_structure(doc, failures), extract_accountability(doc, failures)):
        for name, records in part.items():
            out[name].extend(records)
    roles_from_attendance(out["interests"], out["attendance"])  # a declarer's role, from the list
    return out
