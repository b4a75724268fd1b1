"""Columns beside the titles of agendas read as text lines (boardpapers/extract/agenda_columns):
a Lead / Pages column under a header line, a paper's note at the right margin, and a "Lead,
Purpose" line under each title. Expected values read from the PDFs (pdftotext -layout)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import SHARED_CORPUS, WRITTEN_DEV25, WRITTEN_HELDOUT

from boardpapers.extract.agenda import extract_agenda
from boardpapers.reading.pdf_reader import read_document

HELDOUT = WRITTEN_HELDOUT
TB_AGENDA = SHARED_CORPUS / "bulk" / "cabinet-office" / "TB_8_1.i Transparency Board agenda 19072011.pdf"


def _hhmm(t):
    """An agenda time as a 24-hour clock: the readers keep the time as printed ("2.00pm", "10.05")."""
    from boardpapers.extract.dates import find_time

    return find_time(t) if t else t


def _items(path) -> dict:
    return {it.number: it for it in extract_agenda(read_document(str(path)))}


def test_item_business_lead_pages_header_of_a_fire_authority_agenda():
    items = _items(HELDOUT / "kestrel-vale-cfa-agenda-pack-2024-12.pdf")
    assert (items["1"].title, items["1"].lead) == ("Apologies for Absence", "Clerk")
    # "Deputy Chief Fire" / "Officer" wrapped in the Lead column, "8 – 10" in Pages
    assert items["7"].title == "Corporate Risk Register – Quarter 2 Review"
    assert (items["7"].lead, items["7"].pages) == ("Deputy Chief Fire Officer", "8-10")
    # the title and the lead both wrap: "... Consultation" / "Outcomes", "ACFO (Service" / "Delivery)"
    assert items["9"].title == "Community Risk Management Plan 2025–2029: Consultation Outcomes"
    assert items["9"].lead == "ACFO (Service Delivery)"
    # no Purpose column: the small print under the title is not a purpose
    assert items["4"].purpose is None


def test_paper_notes_and_lead_purpose_lines_of_an_nhs_board_agenda():
    items = _items(HELDOUT / "western-fells-ambulance-board-pack-2025-03.pdf")
    assert (items["2"].title, items["2"].lead, items["2"].purpose) == (
        "Declarations of interest",
        "Chair",
        "To declare",
    )
    assert (items["3"].lead, items["3"].purpose, items["3"].pages) == ("Chair", "To approve", "4-6")
    assert items["7.1"].title == "Integrated Quality and Performance Report – Month 11 (February 2025)"
    assert items["7.1"].lead == "Chief Operating Officer / Director of Quality and Nursing"
    assert items["7.1"].purpose == "Assurance / Approval"


def test_dash_in_a_purpose_column_is_empty():
    items = _items(HELDOUT / "kennet-downs-icb-finance-performance-committee-agenda-2025-02.pdf")
    assert items["1.1"].purpose is None and items["1.1"].lead == "Chair"


@pytest.mark.skipif(not TB_AGENDA.exists(), reason="../shared absent")
def test_timing_item_lead_columns_of_a_board_agenda():
    items = _items(TB_AGENDA)
    assert (items["8"].title, items["8"].lead, _hhmm(items["8"].time)) == ("AOB", "Chair", "16:50")
    assert (items["4"].title, items["4"].lead) == ("Met Office", "CEO John Hirst")
    assert items["1"].title == "Welcome and Introductions"  # "(5 mins)" under the slot is not title


def test_lettered_sub_item_rows_of_an_icb_agenda_table():
    # rows "3.3a NHS 111 and Clinical Assessment Service contract performance ... 15:35" and
    # "3.3b Ambulance handover delays – position statement" under "3.3"
    items = _items(HELDOUT / "kennet-downs-icb-finance-performance-committee-agenda-2025-02.pdf")
    assert items["3.3a"].title == "NHS 111 and Clinical Assessment Service contract performance"
    assert (items["3.3a"].lead, items["3.3a"].purpose, items["3.3a"].time) == (
        "Kofi Amankwah-Reid",
        "Information",
        "15:35",
    )
    assert items["3.3b"].title == "Ambulance handover delays – position statement"
    assert len(items) == 20  # 1.1-1.4, 2.1-2.4, 3.1-3.3b, 4.1-4.3, 5.1-5.2, 6.1-6.2


def test_a_timed_break_is_not_an_item_numbered_by_its_time():
    # "11.15  Comfort break" between 7.3 and 8.1, in the column of the slot times
    items = _items(HELDOUT / "western-fells-ambulance-board-pack-2025-03.pdf")
    assert "11.15" not in items and "Comfort" not in items["7.3"].title
    assert [n for n in items if n.startswith("8")] == ["8.1", "8.2"]


def test_headerless_presenter_column_of_a_us_district_agenda():
    """A variant written for the family (a US district board's agenda with the presenter set in a
    right-hand column with no header, a name wrapped over two lines, empty cells): the column is
    read from the layout, not glued onto the titles."""
    items = _items(Path(__file__).parent / "data" / "variants" / "water-district-presenter-column-agenda.pdf")
    assert (items["1"].title, items["1"].lead) == ("Call to Order and Roll Call", "President Okafor")
    assert items["3"].lead is None and items["7"].title == "Adjournment"
    assert items["4"].title == "General Manager’s Report on Canal Lining and Winter Shutdown Works"
    assert items["4"].lead == "Renata Villalobos, General Manager"
    assert (items["5"].title, items["5"].lead) == (
        "Water Allocation for the 2025 Irrigation Season",
        "Water Master Delacroix",
    )


def test_headerless_presenter_column_and_lettered_wraps_of_a_state_board_agenda():
    items = [
        it
        for it in extract_agenda(
            read_document(str(WRITTEN_DEV25 / "i-wyoming-slp-audiology-board-2025-09-12.pdf"))
        )
    ]
    by_title = {it.title: it for it in items}
    assert by_title["Call to Order; Roll Call; Establish Quorum"].lead == "Chair Lindqvist"
    assert by_title["Executive Director’s Report"].lead == "Tamsin Oyelaran-Pike, Executive Director"
    # a lettered sub-item's title wrapped under its first word (the letter and its stop in two runs)
    assert "Chapter 4 Rules (Continuing Education): Summary of Public Comment and Final Adoption" in by_title
    assert by_title["Complaint No. 2025-SLP-006"].lead == "Investigative Board Member"


def test_presenter_column_before_purpose_and_page_columns_of_a_port_agenda():
    """The header ("Presenter | Action / Information | Page") is split over lines: the presenter
    column is read from the layout and the purpose and page after it on the same line."""
    items = extract_agenda(
        read_document(str(WRITTEN_DEV25 / "j-port-of-sixes-river-commission-2025-05-14.pdf"))
    )
    by_title = {it.title: it for it in items}
    rv = by_title["RV Park Fee Schedule (tabled April 9, 2025)"]
    assert (rv.lead, rv.purpose) == ("Port Manager Knapp", "Action")
    res = by_title["Resolution 2025-07, Adopting Moorage Rates for Fiscal Year 2025–2026"]
    assert (res.lead, res.purpose, res.pages) == ("Port Manager Knapp", "Action", "5")
    # "Handout" in the page column is a paper's note, not part of the title
    assert "Financial Statements and Accounts Payable – April 2025" in by_title
