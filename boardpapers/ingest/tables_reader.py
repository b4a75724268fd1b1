"""pdfplumber tables, only for the pages layout_pages marks as table pages
(and the pages that continue them); spans for those pages too, so the
borderless-table reader (extract.tables) can work where pdfplumber finds no
ruling lines."""

from __future__ import annotations

import logging

from ..model import Document, Table
from . import layout_pages

log = logging.getLogger(__name__)

# A table whose bottom is below this share of the page height may go on over the page.
BOTTOM_SHARE = 0.85


def table_pages(doc: Document) -> list[int]:
    """Table pages by header vocabulary, plus the pages that continue a table
    from the page before (tables running over several pages without a
    repeated header)."""
    out: list[int] = []
    prev: list[str] = []
    prev_landscape = False
    for p in doc.pages:
        if not p.has_text_layer:
            prev = []
            continue
        landscape = p.width > p.height
        fams = layout_pages.table_families(p.text)
        if not fams:
            fams = layout_pages.continues_table(p.text, prev)
        if not fams and prev and landscape and prev_landscape:
            fams = list(prev)  # a landscape run of pages after a table page: the table goes on
        if fams:
            out.append(p.number)
        prev, prev_landscape = fams, landscape
    return out


def _attach_spans(doc: Document, numbers: list[int]) -> None:
    missing = [n for n in numbers if doc.pages[n - 1].spans is None]
    if not missing:
        return
    from .pdf_reader import _spans, open_pdf

    pdf = open_pdf(doc.path)
    try:
        for n in missing:
            page = pdf[n - 1]
            try:
                textpage = page.get_textpage()
                try:
                    doc.pages[n - 1].spans = _spans(textpage, page.get_size()[1])
                finally:
                    textpage.close()
            finally:
                page.close()
    finally:
        pdf.close()


def attach_tables(doc: Document) -> list[int]:
    """Attach tables to the table pages; returns the pages sent to pdfplumber."""
    numbers = table_pages(doc)
    if not numbers:
        return []
    try:
        _attach_spans(doc, numbers)
    except Exception as exc:  # spans are an optional extra
        log.warning("spans failed for %s: %s", doc.path, exc)
    import pdfplumber

    todo = list(numbers)
    done: set[int] = set()
    try:
        with pdfplumber.open(doc.path) as pdf:
            while todo:
                number = todo.pop(0)
                if number in done or number > len(pdf.pages):
                    continue
                done.add(number)
                ppage = pdf.pages[number - 1]
                try:
                    # rotated characters (vertical section labels) overprint the cells
                    upright = ppage.filter(lambda o: o.get("object_type") != "char" or o.get("upright", True))
                    found = upright.find_tables()
                    for t in found:
                        rows = t.extract()
                        if rows and len(rows) >= 1:
                            doc.pages[number - 1].tables.append(Table(rows=rows, bbox=t.bbox))
                    # a table running into the bottom margin goes on over the page
                    if (
                        found
                        and found[-1].bbox[3] > ppage.height * BOTTOM_SHARE
                        and number + 1 not in done
                        and number + 1 not in todo
                        and number < len(pdf.pages)
                        and doc.pages[number].has_text_layer
                    ):
                        todo.insert(0, number + 1)
                        _attach_spans(doc, [number + 1])
                finally:
                    ppage.close()
    except Exception as exc:  # pdfminer can fail where PDFium did not; keep the text
        log.warning("table extraction failed for %s: %s", doc.path, exc)
        doc.warnings.append(f"table extraction failed: {exc}")
    return sorted(done)
