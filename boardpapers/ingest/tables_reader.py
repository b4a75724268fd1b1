"""pdfplumber tables, only for the pages layout_pages marks as table pages."""

from __future__ import annotations

import logging

from ..model import Document, Table
from . import layout_pages

log = logging.getLogger(__name__)


def table_pages(doc: Document) -> list[int]:
    return [p.number for p in doc.pages if p.has_text_layer and layout_pages.wants_tables(p.text)]


def attach_tables(doc: Document) -> None:
    numbers = table_pages(doc)
    if not numbers:
        return
    import pdfplumber

    try:
        with pdfplumber.open(doc.path) as pdf:
            for number in numbers:
                ppage = pdf.pages[number - 1]
                try:
                    found = ppage.find_tables()
                    for t in found:
                        rows = t.extract()
                        if rows and len(rows) >= 1:
                            doc.pages[number - 1].tables.append(Table(rows=rows, bbox=t.bbox))
                finally:
                    ppage.close()
    except Exception as exc:  # pdfminer can fail where PDFium did not; keep the text
        log.warning("table extraction failed for %s: %s", doc.path, exc)
        doc.warnings.append(f"table extraction failed: {exc}")
