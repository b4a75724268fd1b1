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
"""

from __future__ import annotations

from typing import Any

from ..model import Document
from .actions import extract_actions
from .commons_register import looks_like_commons_register, parse_commons_register
from .interests import extract_interests
from .risks import extract_risks


def extract_accountability(doc: Document) -> dict[str, list[Any]]:
    if looks_like_commons_register(doc):
        return {"interests": parse_commons_register(doc), "actions": [], "risks": []}
    return {"interests": extract_interests(doc), "actions": extract_actions(doc), "risks": extract_risks(doc)}
