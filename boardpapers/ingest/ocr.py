"""OCR fallback for pages without a text layer (placeholder until filled)."""

from __future__ import annotations

from ..model import Document


def ocr_document(doc: Document) -> None:
    return None
