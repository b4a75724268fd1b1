"""Agenda layouts of the agendas read in written-dev13, tested on variants written for them
(tests/data/variants, rendered with benchmarks/synthetic/render.py) and on the read files:

- an order of business set in two columns on a cover or notice (the list runs on from the foot
  of the left column to the head of the right), with confidential items numbered "C1", "C2"
  under the item that excludes the public;
- minutes that list the agenda under a title line ("AGENDA", "Order of Business") before
  minuting each item under the same numbers, a purpose ("Decision", "For Approval") at the
  right margin of the item's line."""

from __future__ import annotations

from pathlib import Path

from conftest import WRITTEN_DEV13

from boardpapers.extract.agenda import extract_agenda
from boardpapers.extract.agenda_twocolumn import two_column_list
from boardpapers.layout.lines import line_from_spans
from boardpapers.model import Span

VARIANTS = Path(__file__).parent / "data" / "variants"


def test_two_column_order_of_business_variant(load_doc):
    items = extract_agenda(load_doc(VARIANTS / "shire-council-two-column-order-of-business.pdf"))
    assert [it.number for it in items] == [
        *"12345",
        "6",
        "6.1",
        "6.2",
        "7",
        "7.1",
        "7.2",
        "8",
        "8.1",
        "8.2",
        "9",
        "10",
        "C1",
        "C2",
        "11",
    ]
    by_number = {it.number: it.title for it in items}
    assert by_number["6.1"] == "Road Resealing Program 2025/26 and Gravel Resheeting Priorities"
    assert by_number["C2"] == "Acquisition of Land for Depot Expansion"


def _line(cells: list[tuple[float, str]], top: float) -> list[Span]:
    return [Span(t, x, top, x + 6 * len(t), top + 10, size=10) for x, t in cells]


def test_side_column_of_figures_is_not_a_second_column():
    """A table's side column of page numbers beside numbered titles stays on its line."""
    rows = [
        [(40, "1 Apologies"), (400, "3 - 4")],
        [(40, "2 Minutes of the last meeting"), (400, "5 - 12")],
        [(40, "3 Budget monitoring"), (400, "13 - 30")],
        [(40, "4 Any other business"), (400, "31 - 32")],
    ]
    lines = [line_from_spans(_line(r, 100 + 14 * k), 1) for k, r in enumerate(rows)]
    assert two_column_list(lines, 600) == lines


def test_minutes_listing_agenda_variant(load_doc):
    items = extract_agenda(load_doc(VARIANTS / "school-board-minutes-listed-agenda.pdf"))
    assert [(it.number, it.purpose) for it in items] == [
        ("1", None),
        ("2", "For Approval"),
        ("3", None),
        ("4", "For Approval"),
        ("5", None),
        ("6", None),
        ("6.1", "Information"),
        ("6.2", "Decision"),
        ("7", None),
    ]
    assert items[3].title == "Minutes of the Meeting of March 10, 2025"


def test_read_files(load_doc):
    two = extract_agenda(load_doc(WRITTEN_DEV13 / "e-kowhai-coast-dc-council-2025-08-27.pdf"))
    assert len(two) == 21 and two[-1].number == "10" and two[7].title == "Mayor’s Report"
    listed = extract_agenda(load_doc(WRITTEN_DEV13 / "e-trent-highlands-dsb-board-2025-03-11.pdf"))
    assert len(listed) == 21 and listed[2].title == "Approval of the Agenda"
    assert listed[2].purpose == "Decision"


def test_time_certain_note_is_the_items_time():
    """A public hearing set for a fixed hour (US agendas): the clock time and its "time certain"
    note, joined into the title by the layout, are the item's time in either wording."""
    from boardpapers.extract.agenda import _time_certain

    assert _time_certain("Hearing on the Sewer Rate Study 7:00 p.m. and Capacity Fees (time certain)") == (
        "Hearing on the Sewer Rate Study and Capacity Fees",
        "7:00 p.m.",
    )
    assert _time_certain("Time Certain: 5:45 PM Annexation Hearing") == ("Annexation Hearing", "5:45 PM")
    assert _time_certain("Certain Surplus Vehicles, 2:00 p.m. sale")[1] is None
