"""The layout layer: lines, running headers and footers, headings, numbered
paragraphs and tables rebuilt from word boxes, computed once per document and
read by every extractor. Imports only boardpapers.model (a base-level package:
reading/ and extract/ may both use it).

Usage::

    from boardpapers.layout import layout_of, paragraphs

    lay = layout_of(doc)              # built once, cached in doc.derived["layout"]
    for line in lay.lines():          # furniture (running headers/footers, page numbers) removed
        line.text, line.page, line.bbox, line.size, line.bold
        line.heading                  # larger than body text, or short bold / capitals
        line.number, line.depth       # "6.4", 2 / "(27)" -> "27" / "14/037" / "9a" / None
        line.cells()                  # the line split at column gaps (tables, two columns)
    lay.page(3).lines, lay.page(3).furniture, lay.page(3).landscape
    lay.body_size, lay.headings(), lay.numbered()
    for para in paragraphs(lay.lines()):   # numbered paragraphs with wrapped lines joined
        para.number, para.text, para.page, para.heading

Pages read without spans (boxes) give lines from the plain text: `has_box`
False, size 0.0, bold False; headings there come from capitals only.
Which pages get spans is decided in reading/layout_pages.py.
"""

from .document import DocumentLayout, PageLayout, build_layout, is_heading, layout_of
from .lines import Line, group_lines, line_from_spans, page_lines, span_text
from .numbering import Numbered, number_of
from .paragraphs import Paragraph, paragraphs

__all__ = [
    "DocumentLayout",
    "Line",
    "Numbered",
    "PageLayout",
    "Paragraph",
    "build_layout",
    "group_lines",
    "is_heading",
    "layout_of",
    "line_from_spans",
    "number_of",
    "page_lines",
    "paragraphs",
    "span_text",
]
