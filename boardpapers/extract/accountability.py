"""Registers of interests, action trackers and risk registers.

`extract_accountability(doc)` is a pure function of the parsed Document; the
work is split over:
- tables.py: generic table reading (ruled tables from pdfplumber, borderless
  tables from spans, header synonyms, multi-page tables, continuation rows);
- interests.py: registers of interests and declarations at meetings;
- commons_register.py: the House of Commons register layout (text only);
- actions.py: action trackers and ACTION lines in minutes;
- risks.py: risk registers;
- normalise.py: dates, categories, status words, arrows.
Each part that raises yields no records and a warning (failures.guarded).
"""

from __future__ import annotations

from typing import Any

from ..model import Document
from .actions import extract_actions
from .commons_register import looks_like_commons_register, parse_commons_register
from .failures import ExtractorFailure, guarded
from .interests import extract_interests
from .risks import extract_risks


def extract_accountability(
    doc: Document, failures: list[ExtractorFailure] | None = None
) -> dict[str, list[Any]]:
    if guarded("commons register", doc, lambda: looks_like_commons_register(doc), False, failures):
        return {
            "interests": guarded("commons register", doc, lambda: parse_commons_register(doc), [], failures),
            "actions": [],
            "risks": [],
        }
    return {
        "interests": guarded("interests", doc, lambda: extract_interests(doc), [], failures),
        "actions": guarded("actions", doc, lambda: extract_actions(doc), [], failures),
        "risks": guarded("risks", doc, lambda: extract_risks(doc), [], failures),
    }
