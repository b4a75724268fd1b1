"""Meetings and attendance of the layout families met in benchmarks/written-heldout3 (in the repo,
so these never skip), each with a variant form of the same family that the set does not hold.
Expected values read from the PDFs."""

from __future__ import annotations

import functools
from pathlib import Path

from boardpapers.extract.meetings import extract_meetings, find_bodies
from boardpapers.model import Document, Page
from boardpapers.reading.pdf_reader import read_document

# the session-6 fourth written set, read and fixed against in session 7
WRITTEN_HELDOUT3 = Path(__file__).resolve().parents[1] / "benchmarks" / "written-heldout3"


@functools.cache
def _doc(stem: str) -> Document:
    return read_document(str(WRITTEN_HELDOUT3 / f"{stem}.pdf"))


def _text_doc(text: str) -> Document:
    return Document(sha256="b" * 64, path="x.pdf", size=1, page_count=1, pages=[Page(number=1, text=text)])


def test_untitled_minutes_under_the_body_name_and_labelled_date():
    """OPCC board minutes: "STRATEGIC POLICING AND ACCOUNTABILITY BOARD" / "Date: Tuesday 21st
    January 2025 Time: 14:00 – 16:30" / "Venue: ..." / "Present ...", no "Minutes" title."""
    (m,) = extract_meetings(_doc("aldershire-opcc-strategic-accountability-board-minutes-2025-01-21"))
    assert (m.body, m.date, m.kind, m.page, m.start_time) == (
        "Strategic Policing and Accountability Board",
        "2025-01-21",
        "minutes",
        1,
        "14:00",
    )
    assert m.location == "Conference Room 2, Police Headquarters, Wyvern Park, Aldbury / Microsoft Teams"
    # variant: a police and crime panel's working group, the date alone on its line, "Attendees"
    (v,) = extract_meetings(
        _text_doc(
            "Budget Scrutiny Working Group\n3 March 2025, 10.00am\nLocation: Room 4, County Hall\n"
            "Attendees\nJo Smith – Chair\n1. Welcome\nThe Chair welcomed members."
        )
    )
    assert (v.body, v.date, v.location) == (
        "Budget Scrutiny Working Group",
        "2025-03-03",
        "Room 4, County Hall",
    )
    # no body named over the date: no meeting made up
    assert extract_meetings(_text_doc("3 March 2025\nAttendees\nJo Smith – Chair\n1. Welcome")) == []


def test_a_municipality_named_over_minutes_of_its_council():
    """Ontario township: "THE CORPORATION OF THE TOWNSHIP OF BRENNOCK FALLS" / "MINUTES OF THE
    REGULAR MEETING OF COUNCIL"; Western Australian shire: "SHIRE OF MARRABOOL" / "MINUTES" /
    "Ordinary Council Meeting" (its "These minutes were confirmed at the Ordinary Council Meeting
    held on ____ 2025." on the last page is no second meeting)."""
    (b,) = extract_meetings(_doc("brennock-falls-township-council-2025-10-14"))
    assert (b.body, b.date) == ("The Corporation of the Township of Brennock Falls", "2025-10-14")
    (s,) = extract_meetings(_doc("marrabool-shire-ocm-2025-10-22"))
    assert (s.body, s.date, s.title, s.start_time) == (
        "Shire of Marrabool",
        "2025-10-22",
        "Ordinary Council Meeting",
        "16:00",
    )
    # variant: a US town over a special meeting's minutes
    (t,) = extract_meetings(
        _text_doc(
            "Town of Yarmouth\nMINUTES\nSpecial Meeting of Council\nMonday, March 3, 2025\nPresent: Mayor A"
        )
    )
    assert (t.body, t.title, t.date) == ("Town of Yarmouth", "Special Meeting of Council", "2025-03-03")
    # a committee's minutes keep the committee's name under the borough's
    (c,) = extract_meetings(
        _text_doc(
            "LONDON BOROUGH OF KINGSFOLD\nMINUTES OF THE PLANNING COMMITTEE\nheld on 4 March 2025\nPresent:"
        )
    )
    assert c.body == "Planning Committee"


def test_a_sub_committee_and_its_panel_letter_name_the_body():
    """English borough licensing panels: "MINUTES OF THE LICENSING SUB-COMMITTEE (B)"."""
    (k,) = extract_meetings(_doc("kingsfold-lb-licensing-subcommittee-b-minutes-2025-02-11"))
    assert (k.body, k.title) == ("Licensing Sub-Committee (B)", "Minutes of the Licensing Sub-Committee (B)")
    assert find_bodies("Minutes of the Planning Sub-committee meeting") == ["Planning Sub-committee"]
    assert find_bodies("FINANCE SUBCOMMITTEE (2)") == ["Finance Subcommittee (2)"]
