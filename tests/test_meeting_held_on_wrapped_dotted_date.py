"""Minutes whose date is only in the opening sentence, printed dd.mm.yyyy and wrapped under its
"held on": "The meeting of the Governing Body of Rogi Kalyan Samiti (RKS), District Hospital
Baghelkund was held on" / "12.08.2025 at 11:30 AM in the Conference Hall ..." (Indian and other
South Asian office minutes under a letterhead with a memo number and its own issue date)."""

from __future__ import annotations

from conftest import WRITTEN_DEV34, text_doc, written_doc

from boardpapers.extract.meetings import extract_meetings


def test_rks_minutes_meeting_from_wrapped_held_on_date():
    doc = written_doc(WRITTEN_DEV34, "em-baghelkund-rogi-kalyan-samiti-minutes-2025-08-12")
    meetings = extract_meetings(doc)
    # the meeting of 12.08.2025, not the minutes' issue date (Dated 21/08/2025) nor the previous
    # meeting of 18.04.2025 the first item confirms
    assert [m.date for m in meetings] == ["2025-08-12"]
    assert meetings[0].body and "Governing Body" in meetings[0].body
    assert meetings[0].location and meetings[0].location.startswith("Conference Hall (Room No. 14)")


def test_held_on_date_wrapped_variant():
    doc = text_doc(
        "OFFICE OF THE DISTRICT COLLECTOR\n"
        "No./DC/2025/77 Dated 02/10/2025\n"
        "MINUTES OF THE MEETING OF THE DISTRICT PLANNING COMMITTEE OF THE DISTRICT,\n"
        "DISTRICT COLLECTORATE SEHORE\n"
        "The meeting of the District Planning Committee was held on\n"
        "24.09.2025 at 3:00 PM in the Collectorate under the chairmanship of the Collector.\n"
        "The following members were present:\n"
        "1 Shri A. K. Verma Collector Chairperson\n"
    )
    assert [m.date for m in extract_meetings(doc)] == ["2025-09-24"]


def test_later_date_in_held_on_sentence_is_not_read():
    """Only a date right after "held on" is the meeting's: a date further on is another's."""
    doc = text_doc(
        "OFFICE OF THE DISTRICT COLLECTOR\n"
        "No./DC/2025/77 Dated 02/10/2025\n"
        "MINUTES OF THE MEETING OF THE DISTRICT PLANNING COMMITTEE OF THE DISTRICT,\n"
        "DISTRICT COLLECTORATE SEHORE\n"
        "The meeting of the District Planning Committee was held on the date fixed in the\n"
        "letter dated 24.09.2025 in the Collectorate under the chairmanship of the Collector.\n"
        "The following members were present:\n"
        "1 Shri A. K. Verma Collector Chairperson\n"
    )
    assert [m.date for m in extract_meetings(doc)] != ["2025-09-24"]


def test_rks_numbered_cell_roll_with_invitees():
    """The "S.No. | Name | Designation | Position in RKS" table under "The following members and
    invitees were present:": bare serial numbers in their own cell, numbered on through the
    "Special Invitees" caption; each row's designation and position are the person's post."""
    from boardpapers.extract.attendance import extract_attendance

    doc = written_doc(WRITTEN_DEV34, "em-baghelkund-rogi-kalyan-samiti-minutes-2025-08-12")
    people = {(a.name, a.status): a.role for a in extract_attendance(doc, extract_meetings(doc))}
    assert people[("Anurag Shrivastava", "present")] == "Collector, Baghelkund; Chairperson"
    assert people[("Meenakshi Parihar", "present")] == (
        "Civil Surgeon cum Hospital Superintendent; Member Secretary"
    )
    assert people[("Sunita Verma", "present")] == "Secretary, Sewa Sankalp Samiti (NGO); Member"
    present = [name for name, status in people if status == "present"]
    assert len(present) == 8
    assert {name for name, status in people if status == "in_attendance"} >= {"Vikas Saxena", "Neha Rathore"}
