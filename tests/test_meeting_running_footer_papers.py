"""Papers sent to a meeting that name it only in a running footer (registers of interests and
reports with "Board meeting 20 March 2025 – Item 3" at the foot), and papers attached to an agenda
item ("Agenda Item 7.B – Attachment 1"): the meeting is dated from the footer, never from the
paper's own date ("As at ...", "Statement filed ..."), and an attachment is no agenda
(extract/meetings.py)."""

from __future__ import annotations

from conftest import WRITTEN_DEV19, text_doc, written_doc

from boardpapers.extract.meetings import extract_meetings


def test_register_dated_as_at_footer_names_the_meeting():
    """A variant: a trust's register of interests, its own date at the top, the meeting it goes
    to in the footer."""
    doc = text_doc(
        "Harbourside Community Trust\n"
        "Register of Trustees' Interests\n"
        "Updated 3 April 2025\n"
        "This register records the interests declared by trustees.\n"
        "Jane Smith\n"
        "Chair\n"
        "Smith Holdings Limited – Director\n"
        "Harbourside Community Trust | Register of Interests\n"
        "Trustees' meeting 15 May 2025 – Agenda item 6 Page 1 of 1\n"
    )
    meetings = extract_meetings(doc)
    assert [m.date for m in meetings] == ["2025-05-15"]
    assert meetings[0].body == "Harbourside Community Trust"


def test_attachment_to_an_agenda_item_is_no_agenda():
    """A variant: a summary of statements attached to an agenda item, dated only by the filings."""
    doc = text_doc(
        "EASTFIELD WATER DISTRICT\n"
        "Summary of Annual Statements of Economic Interests\n"
        "1. Director Ann Lee, Division 2\n"
        "Statement filed January 14, 2025.\n"
        "(a) Partner, Lee & Park LLP.\n"
        "Agenda item 9 - Appendix B 1\n"
    )
    assert extract_meetings(doc) == []


def test_written_register_footer_meeting():
    doc = written_doc(WRITTEN_DEV19, "h-kowhai-coast-water-directors-interests-2025-02-28")
    assert [m.date for m in extract_meetings(doc)] == ["2025-03-20"]
    doc = written_doc(WRITTEN_DEV19, "h-mid-valley-rtd-outside-interests-2025-03-14")
    assert extract_meetings(doc) == []
