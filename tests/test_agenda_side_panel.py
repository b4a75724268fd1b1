"""An agenda whose page carries a side panel down its left edge (the board's roster, the chief
officer, the clerk, an accessibility note) beside the numbered list, slot times printed left of
the numbers: US transit authorities', school districts' and special districts' agendas
(written-dev23's transit authority agenda; a school district variant written for the family,
tests/data/variants, rendered with benchmarks/synthetic/render.py)."""

from __future__ import annotations

from pathlib import Path

from conftest import WRITTEN_DEV23

from boardpapers.extract.agenda import extract_agenda
from boardpapers.extract.agenda_sidebar import drop_side_panel
from boardpapers.layout.lines import line_from_spans
from boardpapers.model import Span

VARIANTS = Path(__file__).parent / "data" / "variants"


def test_roster_panel_variant(load_doc):
    items = extract_agenda(load_doc(VARIANTS / "school-district-roster-panel-agenda.pdf"))
    assert [it.number for it in items] == [
        *"123456",
        "6.1",
        "6.2",
        "6.3",
        "7",
        "7.1",
        "7.2",
        "7.3",
        "8",
        "9",
        "10",
    ]
    by = {it.number: it for it in items}
    assert by["1"].title == "Call to Order and Roll Call" and by["1"].time == "6:00"
    assert by["2"].title == "Flag Salute" and by["2"].time is None
    # a year range broken at its hyphen does not open item 27
    assert by["7.2"].title.startswith("Resolution 26-07") and "School Year" in by["7.2"].title
    # no roster name in any title
    assert not any("Trustee Area" in it.title or "Prescott" in it.title for it in items)


def test_transit_authority_roster_panel():
    from boardpapers.reading.pdf_reader import read_document

    doc = read_document(str(WRITTEN_DEV23 / "n-tar-river-regional-transit-authority-board-2025-09-18.pdf"))
    items = extract_agenda(doc)
    assert len(items) == 23
    by = {it.number: it for it in items}
    assert by["1"].title == "Call to Order and Determination of Quorum" and by["1"].time == "5:30"
    # item 11 sits a fraction further right than 9: the numbers' margin, not the slot times'
    assert by["11"].title.startswith("Return to Open Session")


def _line(*cells: tuple[float, float, str], top: float) -> list[Span]:
    return [Span(text, x0, top, x1, top + 10, 9.0) for x0, x1, text in cells]


def test_side_panel_kept_for_a_presenter_column():
    """A left column beside every item (a presenter, a time) is the list's own, not a panel."""
    rows = [
        _line((40, 120, "Chief Executive"), (260, 520, f"{n}. Item title number {n}"), top=100 + 20 * n)
        for n in range(1, 8)
    ]
    lines = [line_from_spans(r, 1) for r in rows]
    assert drop_side_panel(lines, 612.0) == lines


def test_side_panel_dropped_beside_a_list():
    """Names standing alone down the left margin, the numbered list right of a gutter."""
    rows = []
    for n in range(1, 8):
        rows.append(_line((40, 130, f"Member Name {n}"), top=100 + 24 * n))
        rows.append(
            _line((40, 120, "Ward Seat"), (260, 520, f"{n}. Item title number {n}"), top=112 + 24 * n)
        )
    lines = [line_from_spans(r, 1) for r in rows]
    out = drop_side_panel(lines, 612.0)
    assert [ln.text for ln in out] == [f"{n}. Item title number {n}" for n in range(1, 8)]
