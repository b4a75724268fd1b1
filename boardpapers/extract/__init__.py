"""Extractors: pure functions of a parsed Document (no database access).

`extract_all(doc)` returns the `extract --json` record lists, keyed by record
type (see records.RECORD_TYPES)."""

from __future__ import annotations

from typing import Any

from ..model import Document
from .records import RECORD_TYPES


def extract_all(doc: Document) -> dict[str, list[Any]]:
    from .accountability import extract_accountability
    from .structure import extract_structure

    out: dict[str, list[Any]] = {name: [] for name in RECORD_TYPES}
    for part in (extract_structure(doc), extract_accountability(doc)):
        for name, records in part.items():
            out[name].extend(records)
    return out
