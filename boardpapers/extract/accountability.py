"""Registers of interests, action trackers and risk registers (placeholder until filled)."""

from __future__ import annotations

from typing import Any

from ..model import Document


def extract_accountability(doc: Document) -> dict[str, list[Any]]:
    return {"interests": [], "actions": [], "risks": []}
