"""Table reading benchmark: pdfplumber's find_tables() against the pypdfium2
reader (boardpapers.reading.pdfium_tables), and what that does to ingest.

1. ms/page of each engine on the same pages: the table pages layout_pages
   selects (tables_reader.table_pages, plus the page after each, where a table
   may go on) in corpus/ and ../shared/corpus/bulk; both as tables_reader calls
   them (upright characters, extract() of every table), file opening excluded.
   The rows are compared on the way (whitespace inside cells collapsed).
2. Whole ingest (single process: parse, tables, extract, SQLite, tantivy) on the
   bulk corpus with each engine, pages/s against raw pypdfium2 text extraction
   (benchmarks/ingest_search.raw_pdfium), measured in the same run.

Usage: python benchmarks/tables_bench.py [--bulk DIR] [--skip-ingest]
"""

from __future__ import annotations

import argparse
import glob
import os
import shutil
import statistics
import sys
import tempfile
import time

import pdfplumber
import pypdfium2 as pdfium

from boardpapers.pipeline.ingest import ingest
from boardpapers.reading import pdfium_tables
from boardpapers.reading.errors import IngestError
from boardpapers.reading.pdf_reader import read_document
from boardpapers.reading.tables_reader import _upright, table_pages
from boardpapers.search.fulltext import index_path_for

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
DEFAULT_BULK = os.path.join(ROOT, "..", "shared", "corpus", "bulk")
sys.path.insert(0, HERE)
from ingest_search import raw_pdfium  # noqa: E402


def _norm(rows):
    return [[None if c is None else " ".join(c.split()) for c in row] for row in rows]


def pages_of(path: str) -> list[int]:
    doc = read_document(path, with_tables=False)
    numbers = table_pages(doc)
    return sorted(set(numbers) | {n + 1 for n in numbers if n < doc.page_count})


def compare(files: list[str]) -> dict:
    plumber_ms: list[float] = []
    pdfium_ms: list[float] = []
    same = differ = failed = 0
    differing: list[str] = []
    for path in files:
        try:
            numbers = pages_of(path)
        except IngestError:
            continue
        if not numbers:
            continue
        pdf = pdfium.PdfDocument(path)
        with pdfplumber.open(path) as ppdf:
            for n in numbers:
                t = time.perf_counter()
                ppage = ppdf.pages[n - 1]
                try:
                    want = [_norm(x.extract()) for x in ppage.filter(_upright).find_tables()]
                except Exception:  # pdfminer failures: not a page to compare on
                    failed += 1
                    continue
                finally:
                    ppage.close()
                t1 = time.perf_counter()
                page = pdf[n - 1]
                found, _ = pdfium_tables.find_tables(page, char_filter=_upright)
                page.close()
                got = [_norm(x.rows) for x in found]
                t2 = time.perf_counter()
                plumber_ms.append((t1 - t) * 1000)
                pdfium_ms.append((t2 - t1) * 1000)
                if got == want:
                    same += 1
                else:
                    differ += 1
                    differing.append(f"{os.path.basename(path)} p{n}")
        pdf.close()
    return {
        "pages": len(plumber_ms),
        "same": same,
        "differ": differ,
        "failed": failed,
        "differing": differing,
        "plumber_ms": plumber_ms,
        "pdfium_ms": pdfium_ms,
    }


def report(name: str, r: dict) -> None:
    n = r["pages"]
    if not n:
        print(f"{name}: no table pages")
        return
    pm, fm = sum(r["plumber_ms"]) / n, sum(r["pdfium_ms"]) / n
    print(
        f"{name}: {n} table pages; rows identical on {r['same']}, different on {r['differ']}"
        f"{', pdfplumber failed on ' + str(r['failed']) if r['failed'] else ''}"
    )
    print(
        f"  pdfplumber find_tables: {pm:.1f} ms/page (median {statistics.median(r['plumber_ms']):.1f}); "
        f"pypdfium2 reader: {fm:.1f} ms/page (median {statistics.median(r['pdfium_ms']):.1f}); "
        f"{pm / fm:.1f}x faster"
    )
    for d in r["differing"]:
        print(f"  differs: {d}")


def ingest_rate(files: list[str], engine: str, workdir: str) -> tuple[int, float]:
    db = os.path.join(workdir, f"{engine}.db")
    for p in (db, db + "-wal", db + "-shm"):
        if os.path.exists(p):
            os.remove(p)
    shutil.rmtree(index_path_for(db), ignore_errors=True)
    old = os.environ.get("BOARDPAPERS_TABLES")
    os.environ["BOARDPAPERS_TABLES"] = engine
    try:
        summary = ingest(files, db, workers=0)
    finally:
        if old is None:
            os.environ.pop("BOARDPAPERS_TABLES", None)
        else:
            os.environ["BOARDPAPERS_TABLES"] = old
    return summary.pages, summary.seconds


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--bulk", default=DEFAULT_BULK)
    ap.add_argument("--skip-ingest", action="store_true")
    args = ap.parse_args()
    corpus = sorted(glob.glob(os.path.join(ROOT, "corpus", "**", "*.pdf"), recursive=True))
    bulk = sorted(glob.glob(os.path.join(args.bulk, "**", "*.pdf"), recursive=True))
    report("corpus", compare(corpus))
    report("bulk", compare(bulk))
    if args.skip_ingest or not bulk:
        return
    workdir = tempfile.mkdtemp(prefix="bp-tables-")
    raw_pages, raw_s, _ = raw_pdfium(bulk)
    raw_rate = raw_pages / raw_s
    print(f"raw pypdfium2 text: {raw_pages} pages in {raw_s:.2f}s = {raw_rate:.0f} pages/s")
    for engine in ("pdfplumber", "pdfium"):
        pages, seconds = ingest_rate(bulk, engine, workdir)
        rate = pages / seconds
        print(
            f"full ingest, 1 process, tables by {engine}: {pages} pages in {seconds:.2f}s = "
            f"{rate:.0f} pages/s (raw/ours = {raw_rate / rate:.2f}x)"
        )
    shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
