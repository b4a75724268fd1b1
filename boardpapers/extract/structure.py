"""Meetings, agenda items, attendance and decisions of a board pack or
minutes document: `extract_structure(doc)`.

A pure function of the parsed Document; works from wording and layout only.
The parts live in sibling modules: meetings, agenda (+ segmentation),
attendance, decisions; dates holds the shared date/time parsing. A part
that fails on an unforeseen layout yields no records rather than losing the
others (the failure is logged)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from ..model import Document
from .agenda import extract_agenda
from .attendance import extract_attendance
from .decisions import extract_decisions
from .meetings import boilerplate, extract_meetings
from .segmentation import segment

log = logging.getLogger(__name__)


def _safe(part: str, doc: Document, fn: Callable[[], list[Any]]) -> list[Any]:
    try:
        return fn()
    except Exception:  # noqa: BLE001 - one layout must not sink the document
        log.exception("structure: %s extraction failed on %s", part, doc.path)
        return []


def _agenda(doc: Document, meetings: list[Any]) -> list[Any]:
    # a front agenda belongs to the meeting a pack is for
    if not any(m.kind == "meeting" and m.page == 1 for m in meetings):
        return []
    items = extract_agenda(doc, boilerplate(doc))
    try:
        segment(doc, items)
    except Exception:  # noqa: BLE001
        log.exception("structure: segmentation failed on %s", doc.path)
    return items


def extract_structure(doc: Document) -> dict[str, list[Any]]:
    meetings = _safe("meetings", doc, lambda: extract_meetings(doc))
    return {
        "meetings": meetings,
        "attendance": _safe("attendance", doc, lambda: extract_attendance(doc, meetings)),
        "agenda_items": _safe("agenda", doc, lambda: _agenda(doc, meetings)),
        "decisions": _safe("decisions", doc, lambda: extract_decisions(doc, meetings)),
    }
