"""Meetings, agenda items, attendance and decisions of a board pack or
minutes document: `extract_structure(doc)`.

A pure function of the parsed Document; works from wording and layout only.
The parts live in sibling modules: meetings, agenda (+ segmentation),
attendance, decisions; dates holds the shared date/time parsing. A part
that fails on an unforeseen layout yields no records rather than losing the
others (the failure is a warning on the document, see failures.guarded)."""

from __future__ import annotations

from typing import Any

from ..model import Document
from .agenda import extract_agenda, minutes_open_with_agenda, summons_then_agenda
from .attendance import extract_attendance
from .decisions import extract_decisions
from .failures import ExtractorFailure, guarded
from .meetings import boilerplate, extract_meetings, titled_agenda
from .segmentation import segment


def _agenda(doc: Document, meetings: list[Any], failures: list[ExtractorFailure] | None) -> list[Any]:
    # a front agenda belongs to the meeting a pack is for; a document whose meeting was not
    # recognised at all but whose first page is titled an agenda is still read for one (items
    # with no meeting are better than none: a cover in a wording not yet known must not lose the
    # pack's agenda; registers and terms of reference, with numbered lists and no such title, stay out)
    front = (
        any(m.page == 1 and (m.kind == "meeting" or minutes_open_with_agenda(doc)) for m in meetings)
        or (not meetings and titled_agenda(doc))
        # ... nor the meeting of a summons letter whose agenda follows on page 2 (English councils)
        or (not any(m.page == 1 for m in meetings) and summons_then_agenda(doc))
    )
    if not front:
        return []
    items = extract_agenda(doc, boilerplate(doc))
    guarded("segmentation", doc, lambda: segment(doc, items), None, failures)
    return items


def extract_structure(doc: Document, failures: list[ExtractorFailure] | None = None) -> dict[str, list[Any]]:
    meetings = guarded("meetings", doc, lambda: extract_meetings(doc), [], failures)
    return {
        "meetings": meetings,
        "attendance": guarded("attendance", doc, lambda: extract_attendance(doc, meetings), [], failures),
        "agenda_items": guarded("agenda", doc, lambda: _agenda(doc, meetings, failures), [], failures),
        "decisions": guarded("decisions", doc, lambda: extract_decisions(doc, meetings), [], failures),
    }
