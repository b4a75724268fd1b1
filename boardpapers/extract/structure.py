"""Meetings, agenda items, attendance and decisions (placeholder until filled)."""

from __future__ import annotations

from typing import Any

from ..model import Document


def extract_structure(doc: Document) -> dict[str, list[Any]]:
    return {"meetings": [], "attendance": [], "agenda_items": [], "decisions": []}
