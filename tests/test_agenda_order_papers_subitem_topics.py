"""Agendas followed by other numbered text (written-dev18 f- family), tested on variants written
for them (tests/data/variants) and on text documents:

- an agenda table whose sub-items are set inside the Topic cell with their number run into the
  title ("3.1  Minutes of ..." under "3.0", the Item cell empty: Ontario health boards);
- an order paper (New Zealand councils): "Notice is hereby given that a meeting of the <Committee>
  will be held on:" under the council's letterhead, "ORDER PAPER", a contents-style Order of
  Business with page numbers; the committee's meeting, and its agenda read;
- an agenda item's time kept as printed ("5:30 p.m.", "2.00pm");
- registers named by who discloses, report headers naming their agenda item, and preambles that
  mention a meeting in passing hold no meeting and no agenda."""

from __future__ import annotations

from pathlib import Path

from conftest import text_doc

from boardpapers.extract.agenda import log_paper, printed_time, report_cover_sheet
from boardpapers.extract.meetings import extract_meetings

VARIANTS = Path(__file__).parent / "data" / "variants"


def records_of(load_doc, path):
    from boardpapers.extract import extract_all

    return extract_all(load_doc(path))


def test_sub_items_numbered_inside_the_topic_cell(load_doc):
    items = records_of(load_doc, VARIANTS / "community-health-board-subitem-topic-agenda.pdf")["agenda_items"]
    assert [it.number for it in items] == [
        "1.0",
        "2.0",
        "3.0",
        "3.1",
        "3.2",
        "4.0",
        "5.0",
        "5.1",
        "5.2",
        "6.0",
    ]
    by = {it.number: it for it in items}
    assert by["3.1"].title == "Minutes of the Board meeting of September 9, 2025" and by["3.1"].lead is None
    assert (by["5.0"].lead, by["5.0"].purpose) == (None, None)
    assert (by["5.1"].lead, by["5.1"].purpose, by["5.1"].time) == ("G. Okonkwo", "Decision", "1830")


def test_order_paper_notice_names_the_committee_and_its_contents_agenda(load_doc):
    rec = records_of(load_doc, VARIANTS / "district-council-order-paper-contents.pdf")
    (m,) = rec["meetings"]
    assert (m.body, m.date, m.title) == (
        "Rāwhiti Coast District Council Audit and Risk Committee",
        "2025-09-04",
        "Audit and Risk Committee",
    )
    got = [(it.number, it.title, it.pages) for it in rec["agenda_items"]]
    assert got[0] == ("1", "Opening Karakia", "3") and got[-1] == ("5", "Closing Karakia", "20")
    assert ("4.2", "Health and Safety Report – Quarter 4", "12") in got and len(got) == 7


def test_agenda_times_as_printed():
    assert printed_time("5:30 p.m.") == "5:30 p.m."
    assert printed_time("2.00pm") == "2.00pm"
    assert printed_time("09:30 – 09:45") == "09:30"
    assert printed_time("Room 12") is None


def test_registers_and_report_headers_hold_no_agenda_nor_meeting():
    register = text_doc(
        "Kurrajong Plains Regional Council\n"
        "Register of Returns by Councillors and Designated Persons\n"
        "Returns lodged for the period 1 July 2024 to 30 June 2025\n"
        "Returns must be lodged within three months. They are tabled at the first\n"
        "ordinary meeting of the Council held after 30 September 2025 and published online.\n"
        "A. Real property\nB. Sources of income\n"
    )
    assert log_paper(register)
    assert extract_meetings(register) == []
    report = text_doc(
        "Strathkelvin Homes Co-operative Limited\n"
        "Report to Management Committee\n"
        "Meeting date 3 March 2026\n"
        "Agenda item 7 – Rent arrears and action log\n"
        "Report by Eilidh Baird, Governance Officer\n"
        "1. Purpose\n1.1 This report presents the log.\n2. Recommendation\n"
    )
    assert report_cover_sheet(report)
