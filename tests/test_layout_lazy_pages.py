"""The layout's pages read without spans build their lines when first read (layout.document
._TextPageLayout): the same lines, furniture and headings as building every page up front."""

from __future__ import annotations

from collections import Counter

from conftest import WRITTEN

from boardpapers.layout import layout_of
from boardpapers.layout.document import (
    MIN_REPEATS,
    PAGE_NUMBER,
    PROTECTIVE_MARKING,
    REPEAT_SHARE,
    _bands,
    _body_size,
    _is_table_row,
    _mask,
    is_heading,
)
from boardpapers.layout.lines import page_lines
from boardpapers.reading.pdf_reader import read_document

# four pages with spans, three without; running headers and footers on both kinds
MINUTES = WRITTEN / "harrowden-brayfield-cabinet-minutes-2024-07.pdf"


def _eager(doc):
    """Every page's (lines, furniture) and the body size as build_layout made them before its
    text-only pages were built lazily: every page's lines first, then the document-wide passes."""
    from boardpapers.layout.document import PageLayout

    pages = [
        PageLayout(
            number=p.number, width=p.width, height=p.height, lines=page_lines(p), has_boxes=bool(p.spans)
        )
        for p in doc.pages
    ]
    counts: Counter = Counter()
    banded = []
    for p in pages:
        top, bottom = _bands(p, p.lines)
        banded.append((top, bottom))
        counts.update({("top", _mask(ln.text)) for ln in top} | {("bottom", _mask(ln.text)) for ln in bottom})
    need = max(MIN_REPEATS, REPEAT_SHARE * len(pages))
    repeated = {k for k, n in counts.items() if n >= need or n == len(pages) == 2}
    for p, (top, bottom) in zip(pages, banded, strict=True):
        drop = {
            id(ln)
            for zone, lines in (("top", top), ("bottom", bottom))
            for ln in lines
            if not _is_table_row(ln)
            and (
                PAGE_NUMBER.match(ln.text)
                or PROTECTIVE_MARKING.match(ln.text)
                or (zone, _mask(ln.text)) in repeated
            )
        }
        if drop:
            p.furniture = [ln for ln in p.lines if id(ln) in drop]
            p.lines = [ln for ln in p.lines if id(ln) not in drop]
    body = _body_size(pages)
    for p in pages:
        for ln in p.lines:
            ln.heading = is_heading(ln, body)
    return body, [(p.lines, p.furniture) for p in pages]


def test_lazy_text_pages_read_as_eager_ones():
    doc = read_document(str(MINUTES))
    lay = layout_of(doc)
    assert any(p.spans for p in doc.pages) and any(not p.spans for p in doc.pages)
    body, eager = _eager(doc)
    assert lay.body_size == body
    # read the pages last to first: a page's lines do not depend on which was read before
    for p in reversed(lay.pages):
        lines, furniture = eager[p.number - 1]
        assert p.lines == lines
        assert p.furniture == furniture
    assert any(p.furniture for p in lay.pages if not p.has_boxes)  # the test reads furniture off them


def test_assigning_lines_gives_a_plain_page():
    import dataclasses

    doc = read_document(str(MINUTES))
    page = next(p for p in layout_of(doc).pages if not p.has_boxes)
    kept = page.lines[1:]
    other = dataclasses.replace(page, lines=kept)
    assert other.lines == kept and other.furniture == page.furniture
