"""A ruled table row cut by the page's end (action logs, risk registers, registers of
interests printed from Word or a browser): the page draws no line where it cuts the row, so
pdfplumber's table finder saw no cells there and the row's text was lost, or only a shaded cell
survived as a row of one cell that was then merged into the row above. The variant here is a
small two-page action log drawn in the browser's way (each cell border a thin filled rectangle,
the status cell shaded), whose second row breaks over the page with no header on the next page."""

from __future__ import annotations

import pypdfium2 as pdfium
from conftest import WRITTEN_DEV9, WRITTEN_HELDOUT7
from tinypdf import write_objects

from boardpapers.extract.actions import extract_actions
from boardpapers.extract.interests import extract_interests
from boardpapers.extract.risks import extract_risks
from boardpapers.reading import pdfium_tables
from boardpapers.reading.pdf_reader import read_document
from boardpapers.reading.tables_reader import _upright, attach_tables

H = 842.0
COLS = [40.0, 110.0, 330.0, 430.0, 555.0]  # Ref | Action | Owner | Status, right edge last


def _cell_borders(top: float, bottom: float, closed_top: bool, closed_bottom: bool) -> list[str]:
    """One row's cell borders as thin filled rectangles (PDF y up), left open where the page
    cuts the row."""
    ops = []
    for x0, x1 in zip(COLS, COLS[1:], strict=False):
        ops.append(f"{x0:g} {H - bottom:g} 0.8 {bottom - top:g} re f")  # left border
        ops.append(f"{x1 - 0.8:g} {H - bottom:g} 0.8 {bottom - top:g} re f")  # right border
        if closed_top:
            ops.append(f"{x0:g} {H - top - 0.8:g} {x1 - x0:g} 0.8 re f")
        if closed_bottom:
            ops.append(f"{x0:g} {H - bottom:g} {x1 - x0:g} 0.8 re f")
    return ops


def _text(x: float, top: float, text: str) -> str:
    return f"BT /F1 9 Tf {x:g} {H - top - 9:g} Td ({text}) Tj ET"


def _page_cut_log(path) -> None:
    p1 = [
        *_cell_borders(700, 716, True, True),  # header
        *_cell_borders(716, 750, True, True),
        *_cell_borders(750, 800, True, False),  # cut by the page's end
        "0.8 0.9 1 rg 430.8 42 123.4 49.2 re f 0 g",  # the cut row's status cell shaded
    ]
    for x, word in zip(COLS, ["Ref", "Action", "Owner", "Status"], strict=False):
        p1.append(_text(x + 4, 703, word))
    row1 = ["A/24/07", "Publish the register of gifts online.", "Clerk", "Complete"]
    row2 = ["A/24/08", "Ask the auditors to review the", "Treasurer", "Open"]
    for top, row in ((720, row1), (754, row2)):
        p1 += [_text(x + 4, top, cell) for x, cell in zip(COLS, row, strict=False)]
    p2 = [
        *_cell_borders(40, 70, False, True),  # the rest of the cut row: no line over it
        *_cell_borders(70, 104, True, True),
        _text(114, 44, "reserves policy before March."),
        _text(434, 44, "Letter sent 3 May."),
    ]
    row3 = ["A/24/09", "Renew the insurance.", "Clerk", "Open"]
    p2 += [_text(x + 4, 74, cell) for x, cell in zip(COLS, row3, strict=False)]
    streams = ["\n".join(p).encode("latin-1") for p in (p1, p2)]
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [4 0 R 6 0 R] /Count 2 >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    for k, stream in enumerate(streams):
        objs.append(
            (
                f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 {H:g}] "
                f"/Resources << /Font << /F1 3 0 R >> >> /Contents {6 + 2 * k - 1} 0 R >>"
            ).encode()
        )
        objs.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    write_objects(path, objs)


def _rows(path, number: int) -> list[list[str]]:
    pdf = pdfium.PdfDocument(str(path))
    try:
        tables, _ = pdfium_tables.find_tables(pdf[number - 1], char_filter=_upright)
    finally:
        pdf.close()
    return [[" ".join((c or "").split()) for c in row] for t in tables for row in t.rows]


def test_row_cut_by_the_page_end_keeps_its_cells(tmp_path):
    path = tmp_path / "log.pdf"
    _page_cut_log(path)
    rows = _rows(path, 1)
    assert rows[-1] == ["A/24/08", "Ask the auditors to review the", "Treasurer", "Open"]
    head = _rows(path, 2)
    assert head[0] == ["", "reserves policy before March.", "", "Letter sent 3 May."]


def test_row_cut_by_the_page_end_is_joined_with_its_rest(tmp_path):
    path = tmp_path / "log.pdf"
    _page_cut_log(path)
    acts = {a.ref: a for a in extract_actions(read_document(str(path)))}
    assert acts["A/24/08"].text == "Ask the auditors to review the reserves policy before March."
    assert acts["A/24/08"].owner == "Treasurer"
    assert acts["A/24/07"].text == "Publish the register of gifts online."
    assert acts["A/24/09"].text == "Renew the insurance."


def test_closed_tables_get_no_cut_line():
    # a closed table's last line covers its rulings: nothing is drawn
    edges = [pdfium_tables._edge(x, x, 700, 800, "v", "line") for x in (40, 100, 200)]
    edges += [pdfium_tables._edge(40, 200, y, y, "h", "line") for y in (700, 750, 800)]
    assert pdfium_tables.cut_edges(edges, H) == []
    # the same table open at the page's foot is closed there
    cut = pdfium_tables.cut_edges(edges[:-1], H)
    assert [(e["x0"], e["x1"], e["top"]) for e in cut] == [(40, 200, 800)]
    # a two-level header at the page's head: the sub-cells' rulings start under the group
    # label, but the outer rulings go on through there: no line across
    header = [pdfium_tables._edge(x, x, 40, 200, "v", "line") for x in (40, 300)]
    header += [pdfium_tables._edge(x, x, 60, 200, "v", "line") for x in (100, 150, 200, 250)]
    header += [pdfium_tables._edge(40, 300, y, y, "h", "line") for y in (40, 80, 120, 200)]
    header.append(pdfium_tables._edge(100, 250, 60, 60, "h", "line"))
    assert pdfium_tables.cut_edges(header, H) == []


def test_written_sets_rows_over_page_breaks():
    acts = {
        a.ref: a
        for a in extract_actions(
            read_document(str(WRITTEN_DEV9 / "harland-valley-hcp-board-action-log-2025-10-02.pdf"))
        )
    }
    assert acts["PB/25/022"].status_raw == "Proposed for closure"
    assert acts["PB/25/022"].text.endswith("voluntary, community and social enterprise sector alliance.")
    assert acts["PB/25/021"].status_raw == "Open"
    assert acts["PB/25/033"].update.endswith("circulated with the papers.")
    risks = {
        r.ref: r
        for r in extract_risks(read_document(str(WRITTEN_HELDOUT7 / "marchervale-lep-board-2024-02-22.pdf")))
    }
    assert risks["CR12"].description.endswith("LEP transparency guidance.")
    assert risks["CR11"].inherent.score == 9
    interests = extract_interests(
        read_document(str(WRITTEN_DEV9 / "nhs-wyvern-vale-icb-board-register-2025-05-15.pdf"))
    )
    natures = [i.nature for i in interests if "Ridley" in (i.person or "")]
    assert any(n and n.startswith("Trustee, Wyvern Vale Hospitals Charity") for n in natures)


def test_both_engines_close_the_cut_row(tmp_path):
    path = tmp_path / "log.pdf"
    _page_cut_log(path)
    rows = {}
    for engine in ("pdfium", "pdfplumber"):
        doc = read_document(str(path), with_tables=False)
        attach_tables(doc, engine=engine)
        rows[engine] = [
            [" ".join((c or "").split()) for c in r] for p in doc.pages for t in p.tables for r in t.rows
        ]
    assert rows["pdfium"] == rows["pdfplumber"]
    assert ["A/24/08", "Ask the auditors to review the", "Treasurer", "Open"] in rows["pdfium"]
