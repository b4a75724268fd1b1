"""One meeting from a notice or agenda printed with the minutes of the same meeting (US special
districts and school boards publish agenda and minutes in one document; harbour commissioners and
drainage boards print the notice over the minutes), and bodies named in minutes headings by a
university's or a municipality's own words (extract/meetings.py)."""

from __future__ import annotations

from conftest import WRITTEN_DEV17, text_doc, written_doc

from boardpapers.extract.meetings import _letter_date, _names_one_body, extract_meetings, find_bodies
from boardpapers.extract.records import Meeting


def _own(body: str | None, title: str | None = None) -> Meeting:
    return Meeting(body=body, date="2025-09-09", title=title, location=None, page=1, kind="meeting")


def test_minutes_naming_the_noticed_body_otherwise_are_the_same_meeting():
    assert _names_one_body(None, _own("Kestrel Bay Harbour Trustees"))
    assert _names_one_body("Board of Directors", _own("Lone Pine Irrigation District"))
    assert _names_one_body("Board of Fire Commissioners", _own("Mesa Fire District"))
    assert _names_one_body(
        "Governing Board", _own("Desert Wells USD", "Agenda – Meeting of the Governing Board")
    )
    assert _names_one_body("Tamarack Creek Health", _own("Tamarack Creek Public Hospital District No. 2"))
    # another body's minutes printed in the same pack on the same day stay apart
    assert not _names_one_body("Planning Commission", _own("Lone Pine City Council", "Regular Meeting"))
    assert not _names_one_body("City Council", _own("City Planning Commission"))


def test_notice_then_minutes_pack_is_one_meeting():
    notice = (
        "WILLOW FLATS SANITARY DISTRICT\n"
        "NOTICE OF REGULAR MEETING OF THE BOARD OF DIRECTORS\n"
        "Tuesday, September 9, 2025 at 6:00 p.m.\n"
        "District Office, 14 Canal Road\n"
        "AGENDA\n"
        "1. Call to Order\n2. Public Comment\n3. Approval of Minutes\n4. Adjournment\n"
    )
    minutes = (
        "MINUTES OF THE REGULAR MEETING\n"
        "September 9, 2025\n"
        "Present: Directors Ana Ruiz, Tom Oakes, Lee Park\n"
        "1. Call to Order. The meeting was called to order at 6:02 p.m.\n"
        "Minutes prepared by Jo Banks, Board Secretary\n"
    )
    meetings = extract_meetings(text_doc(notice, minutes))
    assert [m.date for m in meetings] == ["2025-09-09"]


def test_council_and_syndicate_named_in_the_heading():
    assert find_bodies(
        "MINUTES OF THE ORDINARY MEETING OF THE COUNCIL OF KGALAGADI EAST LOCAL MUNICIPALITY"
    ) == ["Council of Kgalagadi East Local Municipality"]
    assert find_bodies("Minutes of the 88th Meeting of the Senate held on 3 May 2025") == ["Senate"]
    assert "Council of the University" not in " ".join(find_bodies("Minutes of the Council meeting"))


def test_read_files_give_one_meeting():
    for stem in (
        "b-portnacree-harbour-commissioners-2025-02-27",
        "c-fox-meadow-pld-2025-04-16",
        "c-skookum-valley-phd-2025-05-22",
        "c-arroyo-verde-wd-2025-06-24",
    ):
        assert len(extract_meetings(written_doc(WRITTEN_DEV17, stem))) == 1, stem
    (m,) = extract_meetings(written_doc(WRITTEN_DEV17, "f-sahyadri-state-university-syndicate-2025-06-14"))
    assert m.body == "Syndicate"


def test_letter_reference_and_date_line_then_notice_sentence():
    """A notice letter headed "Our Ref: ... <date>" / "No. ... Dated: <date>": the meeting's date is
    the one the notice sentence names, not the letter's."""
    assert _letter_date("Our Ref: GMD/MTG/05/25 6th May 2025")
    assert _letter_date("No. GIT/Senate/2025/77 Dated: 2 July 2025")
    assert not _letter_date("Minutes of the meeting 6th May 2025")
    page = (
        "GLENMORE COUNTY COUNCIL\n"
        "Our Ref: GMD/MTG/05/25 6th May 2025\n"
        "To: Each Member of Glenmore Municipal District\n"
        "Notice is hereby given that the May Meeting of the Members of Glenmore Municipal District will be held in\n"
        "the Council Chamber, Area Office, Rathmore, on Monday, 12th May 2025 at\n"
        "10.00 a.m., to transact the following business:\n"
        "AGENDA\n"
        "1. Confirmation of Minutes\n2. Correspondence\n3. Any Other Business\n"
    )
    (m,) = extract_meetings(text_doc(page))
    assert m.date == "2025-05-12"
    assert m.title == "May Meeting of the Members of Glenmore Municipal District"


def test_heading_naming_only_the_kind_of_board_takes_the_letterhead():
    page = (
        "KERIO–TURKWEL RIVER BASIN AUTHORITY\n"
        "(A State Corporation under the Ministry of Water)\n"
        "MINUTES OF THE 17TH FULL BOARD MEETING HELD ON THURSDAY, 6 MARCH 2025 AT THE BOARDROOM\n"
        "MEMBERS PRESENT\n"
        "1. Grace Wanjiru - Chairperson\n"
    )
    (m,) = extract_meetings(text_doc(page))
    assert m.body.lower() == "kerio–turkwel river basin authority"
