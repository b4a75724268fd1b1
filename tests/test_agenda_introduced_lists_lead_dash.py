"""Agenda items of session 19's development sets (written-dev34 and -dev32): an agenda listed
inside the minute adopting it, introduced by a sentence ending with a colon (Philippine
cooperatives' minutes, a Pacific commission's summary record); a notice's "Lead – For purpose"
line under each title, with the paper's code in square brackets (an Eswatini fund's notice); a
"Paper / Page" column stacking the code over "pp. 5–11" (a Canadian pension commission); lettered
sub-items taking their section's bracketed purpose (a US special district's agenda); the Paper
column of an agenda table annexed to a record ("GC12/Paper 2.1"), no lead."""

from __future__ import annotations

from conftest import WRITTEN_DEV32, WRITTEN_DEV34, written_doc

from boardpapers.extract.agenda import extract_agenda


def test_agenda_introduced_by_a_sentence_in_the_approval_minute():
    items = extract_agenda(written_doc(WRITTEN_DEV34, "el-salinas-valley-electric-coop-board-2025-06-26"))
    assert [it.number for it in items] == [str(n) for n in range(1, 12)]  # not the roman minute headings
    assert items[2].title == "Reading and Approval of the Minutes of the Regular Meeting held on May 29, 2025"
    assert items[-1].title == "Adjournment"


def test_agenda_introduced_in_a_numbered_minute_paragraph_not_the_minute_headings():
    items = extract_agenda(written_doc(WRITTEN_DEV34, "el-pihmsc-council-24th-meeting-2025-10-08"))
    assert [it.number for it in items] == [str(n) for n in range(1, 12)]  # no "1.1", "7(a)" paragraphs
    assert all(it.page == 1 for it in items)  # the list on page 1, not the headings on pages 2-3
    assert items[9].title == "Date and Venue of the Twenty-Fifth Meeting"


def test_lead_dash_purpose_under_titles_with_bracketed_paper_codes():
    items = extract_agenda(written_doc(WRITTEN_DEV32, "ej-ngwempisi-pension-fund-trustees-notice-2025-06-12"))
    by_number = {it.number: it for it in items}
    assert (by_number["1"].lead, by_number["1"].purpose) == ("Chairperson", None)
    assert (by_number["4"].lead, by_number["4"].purpose) == ("Chairperson", "For adoption")
    a = by_number["5(a)"]
    assert a.title == "Minutes of the 1st Ordinary Meeting held on 13 March 2025"  # no "[BT 02/25/05(a)]"
    assert (a.lead, a.purpose) == ("Principal Officer", "For confirmation")
    b = by_number["7(b)"]  # the code on a line of its own, the lead under it
    assert b.title == "Investment Performance Report – Quarter 1, 2025 (Asset Consultant)"
    assert (b.lead, b.purpose) == ("Asset Consultant", "For noting")
    assert by_number["8(a)"].lead == "Chairperson, Audit and Risk Committee"
    assert by_number["10"].lead == "Legal Advisor"


def test_paper_page_column_stacking_code_and_pages():
    items = extract_agenda(
        written_doc(WRITTEN_DEV32, "ej-qu-appelle-municipal-pension-commission-agenda-2025-09-18")
    )
    by_number = {it.number: it for it in items}
    assert by_number["4.1"].pages == "5-11"
    assert by_number["7.2"].pages == "59-84"
    assert by_number["10"].pages == "128-136"
    assert by_number["1"].pages is None


def test_lettered_sub_items_take_their_sections_bracketed_purpose():
    items = extract_agenda(written_doc(WRITTEN_DEV32, "ei-coyote-slough-mvcd-agenda-2025-10-14"))
    by_number = {it.number: it for it in items}
    assert by_number["5"].purpose == by_number["5c"].purpose == "For action"
    assert by_number["6b"].purpose == "For information"
    assert by_number["7a"].purpose != "For information"  # section 7 names none


def test_annexed_agenda_table_paper_column_is_no_lead():
    items = extract_agenda(written_doc(WRITTEN_DEV34, "em-picftc-governing-council-record-2025-06-03"))
    assert [it.number for it in items][:8] == ["1", "2", "3", "4", "5", "6", "6.1", "6.2"]
    by_number = {it.number: it for it in items}
    assert by_number["2"].title == "Adoption of the agenda and arrangements for the meeting"
    assert all(it.lead is None for it in items)  # "GC12/Paper 2.1" is the paper's reference
