"""Notice memos and roman-numbered agenda tables (extract.meetings, agenda, agenda_columns). Read
on written-dev24 (session 16): a Philippine state university's Board of Regents' notice memo
("FOR / FROM / SUBJECT / DATE") over a provisional agenda table numbered I ... XII with decimal
sub-items under lettered group headings, continued onto a third page; on written-dev23 a US
college board's agenda followed by "Item 9.1 - Attachment" (the last minutes) and a US transit
board's presenters named by post and name under each title. The tests are variants written
here: a Kenyan university council's internal memo ("TO: / FROM: / RE: / DATE:") over a "No. |
Agenda Item | Responsible | Action" table, and a text agenda of another board."""

from __future__ import annotations

from conftest import WRITTEN_DEV24, text_doc, written_doc

from boardpapers.extract.agenda import extract_agenda, roman_value, text_agenda
from boardpapers.extract.meetings import extract_meetings
from boardpapers.reading.pdf_reader import read_document

VARIANT = "tests/data/variants/university-council-notice-memo-roman-agenda.pdf"


def test_notice_memo_names_the_meeting_in_its_subject_and_summons():
    doc = read_document(VARIANT)
    (m,) = extract_meetings(doc)
    assert m.date == "2025-03-20"  # the summons' date, not the memo's own (3 March)
    assert m.title == "12th Ordinary Meeting of the University Council, FY 2024/25"
    assert m.body == "University Council"
    assert m.location == "Senate Chamber, Administration Block, Kabarnet Main Campus"
    assert m.start_time == "10:00"


def test_roman_numbered_agenda_table_with_group_headings_over_pages():
    doc = read_document(VARIANT)
    items = extract_agenda(doc)
    assert [i.number for i in items] == [
        "I", "II", "III", "IV", "V", "VI", "6.1", "6.2", "6.3", "VII", "7.1", "7.2", "VIII", "IX", "X",
    ]  # fmt: skip
    by = {i.number: i for i in items}
    # the lettered group heading "B. Human Resources" is not part of the row above it
    assert by["6.2"].title == "Tuition Fees for Self-Sponsored Programmes, 2025/26 Academic Year"
    assert by["6.1"].lead == "Finance Officer" and by["6.1"].purpose == "Approval"
    # a group row names no purpose of its own ("Matters for Decision" under a purpose column)
    assert by["VI"].purpose is None
    assert by["X"].title == "Closing Prayer" and by["X"].page == 3


def test_roman_values():
    assert [roman_value(r) for r in ("I", "IV", "IX", "XII", "XIV")] == [1, 4, 9, 12, 14]


def test_board_of_regents_memo_and_agenda_read_set():
    doc = written_doc(WRITTEN_DEV24, "k-northern-mindoro-state-university-bor-2025-08-22")
    meetings = extract_meetings(doc)
    assert [m.date for m in meetings] == ["2025-08-22"]
    numbers = [i.number for i in extract_agenda(doc)]
    assert numbers[:8] == ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"] and numbers[-1] == "XII"
    assert len(numbers) == 24


def test_presenter_by_post_and_name_under_the_title():
    # a US county transit board's agenda: who takes the item on a line of its own, post first
    doc = text_doc(
        "PINE BARRENS TRANSIT DISTRICT\nBOARD OF DIRECTORS AGENDA\nTuesday, May 6, 2025\n"
        "1. Call to Order\nPresident Alicia M. Fenwick\n"
        "2. Opening Prayer\nDirector Dr. Howard Tse\n"
        "3. Approval of the Minutes of April 1, 2025\n"
        "4. Treasurer's Report\nTreasurer Glenn Odum, Jr.\n"
        "5. Adjournment\n"
    )
    items = {it.number: it for it in text_agenda(doc)}
    assert items["1"].lead == "Alicia M. Fenwick" and items["1"].title == "Call to Order"
    assert items["2"].lead == "Howard Tse"
    assert items["3"].lead is None
    assert items["4"].lead == "Glenn Odum, Jr." and items["4"].title == "Treasurer's Report"


def test_attachment_running_header_ends_a_text_agenda():
    # a US college district's agenda, then the last minutes sent with item 2.1 under a running
    # header: the minutes' numbered paragraphs are not items, nor is the header
    doc = text_doc(
        "HIGH DESERT COLLEGE DISTRICT\nREGULAR MEETING AGENDA\nTuesday, June 10, 2025\n"
        "1. CALL TO ORDER\n2. CONSENT CALENDAR\n2.1 Minutes of May 13, 2025\n2.2 Warrants\n"
        "3. ACTION ITEMS\n3.1 Budget\n4. ADJOURNMENT\nNext regular meeting: Tuesday, July 8, 2025.",
        "Item 2.1 – Attachment\nHIGH DESERT COLLEGE DISTRICT\nMINUTES OF THE REGULAR MEETING\n"
        "May 13, 2025\n1. CALL TO ORDER. The President called the meeting to order at 6:00 p.m.\n"
        "2. ROLL CALL.\n3. ADJOURNMENT. The meeting was adjourned.\n",
    )
    assert [it.number for it in extract_agenda(doc)] == ["1", "2", "2.1", "2.2", "3", "3.1", "4"]
