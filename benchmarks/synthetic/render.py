"""Render the written-layout documents (HTML) to PDF with Debian's Chromium, as a browser prints.

Why: ../shared holds no papers of bodies the extractors have not seen, so helpers who never read
the extractors write documents in the layouts public bodies commonly publish (NHS trust minutes
tables, ICB agenda tables, council committee minutes, trackers, registers) with fictional
people, label them, and we score the extractors on them. The PDFs are committed, so tests and
benchmarks never need Chromium; this script is only for regenerating them.

Per-document print options are read from <meta> tags in the HTML head:
  <meta name="pdf-landscape" content="true">
  <meta name="pdf-format" content="A4">            (A4 default; Letter for US-style papers)
  <meta name="pdf-header" content="...HTML...">    (Chromium header template; may use
  <meta name="pdf-footer" content="...HTML...">     <span class="pageNumber">/<span class="totalPages">)
  <meta name="pdf-margin" content="20mm">

Usage: python benchmarks/synthetic/render.py FILE.html ... (writes FILE.pdf beside each)
"""

from __future__ import annotations

import re
import sys
from html import unescape
from pathlib import Path

from playwright.sync_api import sync_playwright

CHROMIUM = "/usr/bin/chromium"
META = re.compile(
    r"""<meta\s+name=["']pdf-([a-z]+)["']\s+content=(?:"([^"]*)"|'([^']*)')\s*/?>""", re.S | re.I
)
# Chromium prints header/footer templates at a tiny default size unless the template sets one
DEFAULT_TEMPLATE_STYLE = "font-size:8pt;width:100%;padding:0 15mm;font-family:Liberation Sans;"


def print_options(html: str) -> dict:
    meta = {k.lower(): unescape(v or w) for k, v, w in META.findall(html)}
    margin = meta.get("margin", "20mm")
    opts: dict = {
        "format": meta.get("format", "A4"),
        "landscape": meta.get("landscape", "false").lower() == "true",
        "margin": {"top": margin, "bottom": margin, "left": "15mm", "right": "15mm"},
        "print_background": True,
    }
    if "header" in meta or "footer" in meta:
        wrap = '<div style="' + DEFAULT_TEMPLATE_STYLE + '">{}</div>'
        opts["display_header_footer"] = True
        opts["header_template"] = wrap.format(meta.get("header", ""))
        opts["footer_template"] = wrap.format(meta.get("footer", ""))
    return opts


def main(paths: list[str]) -> int:
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        page = browser.new_page()
        for name in paths:
            src = Path(name).resolve()
            page.goto(src.as_uri())
            page.pdf(path=str(src.with_suffix(".pdf")), **print_options(src.read_text()))
            print(src.with_suffix(".pdf"))
        browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
