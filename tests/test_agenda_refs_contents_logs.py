"""Agenda layouts of the agendas read in written-dev12, tested on variants written for them
(tests/data/variants, rendered with benchmarks/synthetic/render.py) and on the read files:

- a minute-style reference in the number column wrapped in a narrow cell ("TB" over "26/014":
  NHS trust boards), with a break's row printed across the table ("11:00 – Short break");
- "Item 1" row numbers in an agenda table at the head of minutes, whose header names more
  columns than the title ("Item | Business | Lead | Purpose": academy trusts' minutes); the
  minutes' own "Item 1" headings below are not more rows;
- a header naming the report's author and pages ("No. | Subject | Contact officer | Pages"),
  a bold title over a note in the regular weight, "Pages 7 - 30" right-aligned;
- a contents page: three-level numbers (3.1.1), the page number at the right margin;
- stand-alone action logs and registers, and report covers with two fields a row, hold no agenda."""

from __future__ import annotations

from pathlib import Path

from conftest import WRITTEN_DEV10, WRITTEN_DEV12, text_doc

from boardpapers.extract.agenda import _dash_presenter, extract_agenda, log_paper

VARIANTS = Path(__file__).parent / "data" / "variants"


def records_of(load_doc, path):
    from boardpapers.extract import extract_all

    return extract_all(load_doc(path))


def test_wrapped_reference_numbers_and_break_row(load_doc):
    items = records_of(load_doc, VARIANTS / "ambulance-trust-ref-column-agenda.pdf")["agenda_items"]
    assert [it.number for it in items] == ["TB 26/014", "TB 26/015", "TB 26/016", "TB 26/017"]
    assert items[2].title == (
        "Operational performance report, including response times and handover delays at acute sites"
    )
    assert (items[2].lead, items[2].time) == ("Director of Operations", "10:10")
    assert items[3].time == "11:10"


def test_minutes_opening_with_agenda_table_item_numbers(load_doc):
    r = records_of(load_doc, VARIANTS / "academy-trust-minutes-agenda-table.pdf")
    items = r["agenda_items"]
    assert [(it.number, it.title) for it in items] == [
        ("Item 1", "Welcome and apologies"),
        ("Item 2", "Headteacher's report"),
        ("Item 3", "Safeguarding update"),
    ]
    assert [it.lead for it in items] == ["Chair", "Headteacher", "DSL"]


def test_author_column_bold_title_over_note_and_pages(load_doc):
    items = records_of(load_doc, VARIANTS / "town-council-author-column-agenda.pdf")["agenda_items"]
    assert [it.title for it in items] == [
        "Apologies for absence",
        "Declarations of interest",
        "Review of the statement of licensing policy 2026 to 2031",
        "Taxi and private hire vehicle fees",
    ]
    assert items[2].lead == "Priya Lanfear, Licensing Manager, Harwick Borough Council"
    assert [it.pages for it in items] == [None, None, "7-30", "31-38"]


def test_contents_page_three_levels_and_page_numbers(load_doc):
    items = records_of(load_doc, VARIANTS / "regional-council-contents-page-agenda.pdf")["agenda_items"]
    assert [(it.number, it.pages) for it in items] == [
        ("1", "2"),
        ("2", "2"),
        ("3", "3"),
        ("3.1", "3"),
        ("3.1.1", "3"),
        ("3.1.2", "4"),
        ("4", "5"),
    ]
    # a confidential item's subject after the dash is not a presenter
    assert items[5].title == "Confidential – Depot Manager Contract Review" and items[5].lead is None


def test_dash_presenter_subject_words():
    assert _dash_presenter("Confidential – Chief Executive Officer Annual Performance Review") is None
    assert _dash_presenter("Budget – Chief Finance Officer") == ("Budget", "Chief Finance Officer")
    assert _dash_presenter("Plan – Dr Ann Lee, Director of Strategy and Performance") == (
        "Plan",
        "Dr Ann Lee, Director of Strategy and Performance",
    )


def test_log_paper_titles():
    log = text_doc("Audit Committee – Actions Log\nUpdated 4 May 2026\n1. Open items\nRef Action Owner Due\n")
    assert log_paper(log)
    assert extract_agenda(log) == []
    reg = text_doc("Register of Members' Interests 2026\n1. Councillors\n2. Co-opted members\n")
    assert log_paper(reg)
    agenda = text_doc("AGENDA\nAudit Committee\n1. Apologies\n2. Action log\n3. Risk register\n")
    assert not log_paper(agenda)


def test_read_files(load_doc):
    dev12 = {
        "northmoor-teaching-hospitals-nhsft-board-2025-07-10.pdf": 23,
        "fellgate-learning-partnership-trustees-2025-07-03.pdf": 12,
        "shire-of-murrindale-ocm-2025-08-26.pdf": 29,
        "warrego-downs-lhd-board-2025-06-26.pdf": 0,
    }
    for name, n in dev12.items():
        assert len(records_of(load_doc, WRITTEN_DEV12 / name)["agenda_items"]) == n, name
    log = WRITTEN_DEV10 / "penhallow-young-carers-trust-action-log-2026-11-26.pdf"
    assert records_of(load_doc, log)["agenda_items"] == []
