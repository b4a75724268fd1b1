"""Ruled tables, only for the pages layout_pages marks as table pages (and the
pages that continue them); spans for those pages too, so the borderless-table
reader (extract.tables) can work where no ruling lines are found.

The tables are pdfplumber's (lines strategy). By default its table algorithm
runs on edges and characters read with pypdfium2 (pdfium_tables), about 5x
faster than letting pdfminer parse the page; engine="pdfplumber" (or
BOARDPAPERS_TABLES=pdfplumber) runs pdfplumber itself."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ..model import Document, Table

if TYPE_CHECKING:
    from pypdfium2 import PdfDocument
from . import layout_pages

log = logging.getLogger(__name__)

# A table whose bottom is below this share of the page height may go on over the page.
BOTTOM_SHARE = 0.85
# ... or, below this share, when nothing but a running footer (at most FOOT_LINES lines) follows
# its last row in the page's text: a tracker of tall rows (a matters-arising row of eight wrapped
# lines, ~100 pt) whose next row did not fit ends at 84% of an A4 page and goes on, its header
# not repeated, over the page (Commonwealth state corporations' minutes; action logs annexed
# to minutes). The footer "Minutes of the ... Meeting held on ... 2", or two lines with a
# "CONFIDENTIAL" line over it. Only on an action table's page: a risk register ending so, the
# next paper's ruled cover sheet ("Authors: | Committee(s):") read as the register going on.
FOOT_TABLE_SHARE = 0.6
FOOT_LINES = 2


def runs_to_foot(rows: list[list[str | None]], text: str) -> bool:
    """Whether at most FOOT_LINES lines follow the text of the table's last row in the page text."""
    last = next((c for row in reversed(rows) for c in reversed(row) if c and c.strip()), None)
    if last is None:
        return False
    tail = last.strip().splitlines()[-1].strip()
    at = text.rfind(tail)
    if at < 0:
        return False
    return sum(1 for ln in text[at + len(tail) :].splitlines() if ln.strip()) <= FOOT_LINES


ENGINES = ("pdfium", "pdfplumber")


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
        fams = layout_pages.page_table_families(p.text, landscape, prev, prev_landscape)
        if fams:
            out.append(p.number)
        prev, prev_landscape = fams, landscape
    return out


def _attach_spans(doc: Document, numbers: list[int], opened: PdfDocument | None = None) -> None:
    missing = [n for n in numbers if doc.pages[n - 1].spans is None]
    if not missing:
        return
    from .pdfium_base import _spans, open_pdf

    pdf = opened or open_pdf(doc.path)
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
        if opened is None:
            pdf.close()


Found = tuple[list[tuple[list[list[str | None]], tuple[float, float, float, float]]], float]


def _upright(obj: dict) -> bool:
    # rotated characters (vertical section labels) overprint the cells
    return obj.get("object_type") != "char" or obj.get("upright", True)


def table_engine(engine: str | None = None) -> str:
    """'pdfium' (default: pypdfium2 page objects and text with pdfplumber's table
    algorithm, see pdfium_tables) or 'pdfplumber' (pdfminer parses the page);
    the BOARDPAPERS_TABLES environment variable sets it when no engine is given."""
    engine = (engine or os.environ.get("BOARDPAPERS_TABLES") or "pdfium").strip().lower()
    if engine not in ENGINES:
        raise ValueError(f"unknown table engine {engine!r}; one of {', '.join(ENGINES)}")
    return engine


def attach_tables(doc: Document, engine: str | None = None, pdf: PdfDocument | None = None) -> list[int]:
    """Attach tables to the table pages; returns the pages searched for tables.
    `pdf`: the document already open (read_document's), used and left open;
    without it the file is opened here.

    The ruled-table finder runs on pages with header words, and on the page
    after any table that runs into the bottom margin. Pages that only look like
    a continuation get spans (cheap) for the borderless reader, not the finder:
    on the bulk corpus they were 65 of 121 finder pages and held no records."""
    numbers = table_pages(doc)
    if not numbers:
        return []
    headed = [n for n in numbers if layout_pages.table_families(doc.pages[n - 1].text)]
    _safe_spans(doc, [n for n in numbers if n not in headed], pdf)
    if not headed:
        return []
    if table_engine(engine) == "pdfplumber":
        _safe_spans(doc, headed, pdf)
        return _with_pdfplumber(doc, headed)
    return _with_pdfium(doc, headed, pdf)


def _safe_spans(doc: Document, numbers: list[int], pdf: PdfDocument | None = None) -> None:
    try:
        _attach_spans(doc, numbers, pdf)
    except Exception as exc:  # spans are an optional extra
        log.warning("spans failed for %s: %s", doc.path, exc)


def _follow(
    doc: Document, numbers: list[int], page_count: int, find: Callable[[int], Found], spans: bool = True
) -> list[int]:
    """Tables of the pages in `numbers`, and of the page after any table that
    runs into the bottom margin (it may go on over the page)."""
    todo = list(numbers)
    done: set[int] = set()
    while todo:
        number = todo.pop(0)
        if number in done or number > page_count:
            continue
        done.add(number)
        found, height = find(number)
        for rows, bbox in found:
            if rows and len(rows) >= 1:
                doc.pages[number - 1].tables.append(Table(rows=rows, bbox=bbox))
        if (
            found
            and found[-1][1][3] > height * BOTTOM_SHARE
            and number + 1 not in done
            and number + 1 not in todo
            and number < page_count
            and doc.pages[number].has_text_layer
        ):
            todo.insert(0, number + 1)
            if spans:
                _safe_spans(doc, [number + 1])
    return sorted(done)


class PageTableFinder:
    """The pdfium engine's ruled tables, found while pdf_reader.iter_pages has each page and its
    text page open, so one page load serves the text, the spans and the tables (attach_tables
    loads its pages a second time: the 83 finder pages of the bulk corpus, ~1% of ingest CPU).
    The pages are attach_tables' own: a page with a table family's header words
    (layout_pages.table_families), and the page after one whose last table runs into the
    bottom margin (BOTTOM_SHARE), if that page has a text layer."""

    def __init__(self, path: str) -> None:
        self.path = path  # for the log
        self.tables: dict[int, list[Table]] = {}
        self.searched: list[int] = []
        self.warnings: list[str] = []
        self._carry = False  # the page before ended in a table running into the bottom margin

    def wants(self, has_text: bool, headed: bool) -> bool:
        """Whether this page's tables are to be found; asked once for every page, in order."""
        want = has_text and (headed or self._carry)
        self._carry = False
        return want

    def find(self, number: int, page: Any, textpage: Any, text: str = "") -> None:
        from . import pdfium_tables

        self.searched.append(number)
        try:
            found, height = pdfium_tables.find_tables(page, textpage, char_filter=_upright)
        except Exception as exc:  # one odd page should not lose the others
            log.warning("table extraction failed for %s page %d: %s", self.path, number, exc)
            self.warnings.append(f"table extraction failed on page {number}: {exc}")
            return
        self.tables[number] = [Table(rows=t.rows, bbox=t.bbox) for t in found if t.rows]
        self._carry = bool(found) and (
            found[-1].bbox[3] > height * BOTTOM_SHARE
            or (
                found[-1].bbox[3] > height * FOOT_TABLE_SHARE
                and "actions" in layout_pages.table_families(text)
                and runs_to_foot(found[-1].rows, text)
            )
        )


def _with_pdfium(doc: Document, numbers: list[int], opened: PdfDocument | None = None) -> list[int]:
    from . import pdfium_tables
    from .pdfium_base import _spans, open_pdf

    try:
        pdf = opened or open_pdf(doc.path)
    except Exception as exc:
        log.warning("table extraction failed for %s: %s", doc.path, exc)
        doc.warnings.append(f"table extraction failed: {exc}")
        return []

    def find(number: int) -> Found:
        # one page load and text page for both the spans and the tables
        page = pdf[number - 1]
        textpage = None
        try:
            if doc.pages[number - 1].spans is None:
                try:
                    textpage = page.get_textpage()
                    doc.pages[number - 1].spans = _spans(textpage, page.get_size()[1])
                except Exception as exc:  # spans are an optional extra
                    log.warning("spans failed for %s: %s", doc.path, exc)
            tables, height = pdfium_tables.find_tables(page, textpage, char_filter=_upright)
        except Exception as exc:  # one odd page should not lose the others
            log.warning("table extraction failed for %s page %d: %s", doc.path, number, exc)
            doc.warnings.append(f"table extraction failed on page {number}: {exc}")
            return [], 0.0
        finally:
            if textpage is not None:
                textpage.close()
            page.close()
        return [(t.rows, t.bbox) for t in tables], height

    try:
        return _follow(doc, numbers, len(pdf), find, spans=False)
    finally:
        if opened is None:
            pdf.close()


def _with_pdfplumber(doc: Document, numbers: list[int]) -> list[int]:
    import pdfplumber

    from . import pdfium_tables

    done: list[int] = []
    try:
        with pdfplumber.open(doc.path) as pdf:

            def find(number: int) -> Found:
                ppage = pdf.pages[number - 1]
                try:
                    # lines closing a table the page's end cuts through, as the pdfium engine draws
                    cut = pdfium_tables.cut_edges(ppage.edges, ppage.height)
                    settings = {"explicit_horizontal_lines": cut} if cut else None
                    found = ppage.filter(_upright).find_tables(settings)
                    return [(t.extract(), t.bbox) for t in found], ppage.height
                finally:
                    ppage.close()

            done = _follow(doc, numbers, len(pdf.pages), find)
    except Exception as exc:  # pdfminer can fail where PDFium did not; keep the text
        log.warning("table extraction failed for %s: %s", doc.path, exc)
        doc.warnings.append(f"table extraction failed: {exc}")
    return done
