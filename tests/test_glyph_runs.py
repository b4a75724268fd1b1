"""Each glyph of a page is read once in its spans, where PDFium's runs overlap (kerned pairs
printed by Chromium and Word as separate text objects) or open with a space. Expected text read
from the PDFs (pdftotext -layout)."""

from __future__ import annotations

import re

from conftest import WRITTEN, WRITTEN_HELDOUT

from boardpapers.extract.agenda import extract_agenda
from boardpapers.reading.pdf_reader import read_document

HELDOUT = WRITTEN_HELDOUT


def _key(s: str) -> str:
    return re.sub(r"\W", "", s)


def _span_line(doc, page: int, top_text: str) -> str:
    """The spans' text of the line (by top) whose first words are `top_text`."""
    spans = doc.pages[page - 1].spans
    first = next(s for s in spans if s.text.startswith(top_text))
    row = sorted((s for s in spans if abs(s.top - first.top) < 3), key=lambda s: s.x0)
    return " ".join(s.text for s in row)


def test_runs_opening_with_a_space_are_not_read_from_their_box():
    # "... annual RoSPA inspection report": runs "…RoSP" | "A" | " inspection …"; the
    # space-led run was read from its box and took in the "A" (and "P") beside it
    doc = read_document(str(HELDOUT / "ashcombe-st-mary-parish-council-agenda-2024-09.pdf"))
    line = _span_line(doc, 2, "10.")
    assert "RoSPAinspectionreport" in _key(line)
    for page in doc.pages:  # no page's spans hold more text than its plain text
        if page.spans:
            assert len(_key("".join(s.text for s in page.spans))) <= len(_key("".join(page.lines)))


def test_kerned_pairs_are_read_once_in_an_exclusion_resolution():
    # page 2: 'To consider passing ...', '... Local Government Act 1972 ...', 'Schedule 12A of the Act.'
    doc = read_document(str(WRITTEN / "loamshire-cc-asc-scrutiny-agenda-2024-04.pdf"))
    text = " ".join(s.text for s in doc.pages[1].spans)
    assert "TTo" not in text and "AAct" not in _key(text) and "12AA" not in _key(text)
    assert "Local Government A" in text and "ct 1972" in text


def test_kerned_purpose_and_presenter_cells_of_an_icb_agenda_table():
    # Purpose "To declare" and Presenter "Dr Imogen Teasdale, ..." (kerned "To", "Te")
    doc = read_document(str(HELDOUT / "kennet-downs-icb-finance-performance-committee-agenda-2025-02.pdf"))
    items = {it.number: it for it in extract_agenda(doc)}
    assert items["1.2"].purpose == "To declare"
    assert items["3.1"].lead is not None and "Imogen Teasdale, Chief Delivery Officer" in items["3.1"].lead


def test_a_descender_glyph_run_stays_on_its_line():
    # item 8.1 wraps "... revenue and capital" / "plan"; each glyph is its own run and the "p"
    # sits low beside "l", "a", "n": it is one line "plan" (beside the note's "pack)")
    from boardpapers.layout import layout_of

    doc = read_document(str(HELDOUT / "western-fells-ambulance-board-pack-2025-03.pdf"))
    texts = [ln.text for ln in layout_of(doc).page(2).lines]
    assert "p" not in texts and any(t.startswith("plan") for t in texts)
