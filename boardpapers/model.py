"""The parsed document: what ingest hands to the extractors.

Coordinates are PDF points with the origin at the top-left of the page
(y grows downwards), so reading order is (top, x0).
"""

from __future__ import annotations

import operator as op
from collections.abc import Iterator
from dataclasses import dataclass, field

BBox = tuple[float, float, float, float]  # x0, top, x1, bottom


@dataclass(slots=True)
class Span:
    """A run of text on one line, as PDFium segments it (usually a word
    group or a table cell line), with its box."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    size: float = 0.0  # font size in points (0: unknown, e.g. OCR)
    bold: bool = False  # the run's font is a bold face
    # the run ended in a space inside its box (PDFium boxes include it): the
    # next run on the line is a new word even when the boxes touch
    space_after: bool = False

    @property
    def bbox(self) -> BBox:
        return (self.x0, self.top, self.x1, self.bottom)


@dataclass(slots=True)
class Table:
    """A table found on one page: rows of cell strings (None for a missing cell)."""

    rows: list[list[str | None]]
    bbox: BBox | None = None
    method: str = "pdfplumber-lines"


@dataclass(slots=True)
class Page:
    number: int  # 1-based PDF page number
    text: str
    width: float = 0.0
    height: float = 0.0
    spans: list[Span] | None = None  # None: not read for this page (see ingest.layout_pages)
    tables: list[Table] = field(default_factory=list)
    has_text_layer: bool = True
    ocr: bool = False
    ocr_confidence: float | None = None
    needs_ocr: bool = False

    @property
    def lines(self) -> list[str]:
        return self.text.splitlines()


@dataclass
class Document:
    sha256: str
    path: str
    size: int
    page_count: int
    title: str | None = None
    pages: list[Page] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # Views computed from the pages once and shared by the extractors (e.g. the
    # layout layer, boardpapers.layout.layout_of); not part of equality.
    derived: dict[str, object] = field(default_factory=dict, repr=False, compare=False)

    def __iter__(self) -> Iterator[Page]:
        return iter(self.pages)

    def page(self, number: int) -> Page:
        return self.pages[number - 1]

    @property
    def text(self) -> str:
        return "\n\f".join(p.text for p in self.pages)

    def lower_text(self) -> str:
        """`text` lower-cased, computed once while no page's text changes: the register readers'
        gates each test words in it, and lower-casing the whole paper anew in each of nine was
        1.0% of text-only ingest on the bulk corpus."""
        texts = [p.text for p in self.pages]
        got = self.derived.get("lower_text")
        # the same text objects page by page: the same joined text
        if not (isinstance(got, tuple) and len(got[0]) == len(texts) and all(map(op.is_, got[0], texts))):
            got = (texts, self.text.lower())
            self.derived["lower_text"] = got
        return got[1]
