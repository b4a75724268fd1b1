"""Agenda layouts of the agendas read in written-dev17, tested on variants written for them
(tests/data/variants, rendered with benchmarks/synthetic/render.py) and on the read files:

- an agenda table whose items carry session-coded numbers, the meeting's running number and the
  item's ("215.01", "132.03"), under a header "Item No. | Subject / Particulars | Page No."
  (Indian universities' syndicates and senates), in a notice of meeting or as the index of items
  at the head of the minutes;
- minutes that list their agenda in two columns with a narrow gutter (a long left title runs to
  within a word space or two of the right column's item), then minute each item and close with
  resolutions' lettered points and a numbered schedule of actions, which are no agenda items."""

from __future__ import annotations

from pathlib import Path

from conftest import WRITTEN_DEV17, written_doc

from boardpapers.extract.agenda import extract_agenda
from boardpapers.extract.agenda_twocolumn import _gutter_cut, two_column_list
from boardpapers.layout.lines import line_from_spans
from boardpapers.model import Span

VARIANTS = Path(__file__).parent / "data" / "variants"


def test_session_coded_agenda_table_variant(load_doc):
    items = extract_agenda(load_doc(VARIANTS / "university-senate-notice-session-coded-agenda.pdf"))
    assert [it.number for it in items] == [f"132.0{n}" for n in range(1, 7)]
    by_number = {it.number: it for it in items}
    # a wrapped title whose second line opens with a capital is the title going on, not a
    # description under it
    assert by_number["132.04"].title == (
        "To consider the recommendations of the Board of Studies in Electronics and Communication "
        "Engineering on open electives."
    )
    assert by_number["132.03"].pages == "10-38"
    assert by_number["132.06"].pages is None


def test_session_coded_agenda_in_notice_and_minutes_index():
    notice = extract_agenda(written_doc(WRITTEN_DEV17, "e-narmada-valley-university-syndicate-2025-06-21"))
    assert [it.number for it in notice] == [f"215.{n:02d}" for n in range(1, 11)]
    assert notice[6].title.endswith("in University Teaching Departments for the session 2025-26.")
    minutes = extract_agenda(written_doc(WRITTEN_DEV17, "f-sahyadri-state-university-syndicate-2025-06-14"))
    assert [(it.number, it.pages) for it in minutes] == [
        (f"214.0{n}", "2" if n < 5 else "3") for n in range(1, 9)
    ]


def test_two_column_agenda_in_minutes_variant(load_doc):
    items = extract_agenda(load_doc(VARIANTS / "authority-board-minutes-two-column-agenda.pdf"))
    assert [it.number for it in items] == [str(n) for n in range(1, 9)]
    assert items[3].title == "Confirmation of Minutes of Meeting No. 02/2025 held 6 February"
    assert items[4].title == "Licensing of Longline Vessels for the 2025/26 Season and Observer Coverage"


def test_two_column_agenda_in_minutes_read_file():
    items = extract_agenda(written_doc(WRITTEN_DEV17, "f-samoa-cocoa-coconut-authority-board-2025-04-16"))
    assert [it.number for it in items] == [str(n) for n in range(1, 11)]
    assert items[5].title == "Lease Application – SCCDA Land at Vaitele (Parcel 2281)"


def _glyphs(x: float, text: str, top: float) -> list[Span]:
    return [
        Span(ch, x + 6 * k, top, x + 6 * k + 5, top + 10, size=10) for k, ch in enumerate(text) if ch != " "
    ]


def test_narrow_gutter_is_cut_only_before_a_titled_number():
    """A left title running to within an em of the right column's item is cut at the gutter; a
    line of prose crossing the gutter is not."""
    rows = [
        [(40, "1. Apologies"), (300, "5. Budget")],
        [(40, "2. Minutes"), (300, "6. Audit")],
        [(40, "3. A long title that runs on to the gutter"), (300, "7. Grants")],
        [(40, "4. Reports"), (300, "8. Close")],
    ]
    lines = [
        line_from_spans([s for x, t in r for s in _glyphs(x, t, 100 + 14 * k)], 1) for k, r in enumerate(rows)
    ]
    out = two_column_list(lines, 600)
    assert [ln.text.split()[0] for ln in out] == [f"{n}." for n in range(1, 9)]
    # prose across the gutter is not cut: a word gap, or a wide gap before words with no number
    for cells in (
        [(40, "3. The members agreed that the report be noted")],
        [(40, "3. Grants"), (300, "Pages 4 - 9")],
    ):
        ln = line_from_spans([s for x, t in cells for s in _glyphs(x, t, 100)], 1)
        assert _gutter_cut(ln, 300) is None
