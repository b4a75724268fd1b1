"""Meetings of notice letters and agenda covers whose date, time and place are in a sentence or
under the title, and boards named by their members' title joined to their organisation
(extract/meetings.py, extract/body_name.py). Expected values read from the PDFs."""

from __future__ import annotations

from conftest import WRITTEN_DEV17, WRITTEN_DEV18, WRITTEN_DEV29, written_doc

from boardpapers.extract.meetings import _letter_date, extract_meetings


def _own(folder, stem):
    return extract_meetings(written_doc(folder, stem))[0]


def test_letter_to_members_dated_at_line_end_then_requested_to_attend():
    """Scottish joint board: "To: Members of the ... Board  29 August 2025", then "You are requested
    to attend a meeting ... to be held in <place> on Friday, 5" / "September 2025"."""
    m = _own(WRITTEN_DEV29, "de-strathlennox-vjb-2025-09-05")
    assert m.date == "2025-09-05"
    assert m.location == "Committee Room 2, Lennox House, 40 Bridge Street, Dunmallie"
    assert m.title == "Meeting of the Strathlennox Valuation Joint Board"


def test_issue_date_is_not_the_meeting_date():
    """Hong Kong hospital committee: "Issued: 3 June 2025" over "to be held on Thursday, 12 June
    2025 at 5:00 p.m." / "in the Board Room, ..." and the agenda table's header row."""
    m = _own(WRITTEN_DEV29, "de-lok-tin-hospital-hgc-2025-06-12")
    assert m.date == "2025-06-12"
    assert (
        m.location == "Board Room, 5/F, Administration Block, Lok Tin Hospital, 11 Kwun Ngai Road, Tuen Mun"
    )


def test_to_be_held_on_line_with_place_below():
    """South African municipality: "TO BE HELD ON WEDNESDAY, 14 MAY 2025 AT 10:00" / "IN THE COUNCIL
    CHAMBER, ..." under "OF THE ORDINARY MEETING OF THE ... COMMITTEE"."""
    m = _own(WRITTEN_DEV29, "de-inkwazi-dm-mpac-2025-05-14")
    assert m.date == "2025-05-14"
    assert m.location == "Council Chamber, Enkwazini Civic Centre, Nkwazi"
    assert m.title == "Ordinary Meeting of the Municipal Public Accounts Committee"
    assert m.start_time == "10:00"


def test_place_then_time_in_notice_sentence():
    """Ghanaian assembly: "... at the" / "Assembly Hall, Adeiso, at 10:00 a.m. prompt."."""
    assert (
        _own(WRITTEN_DEV29, "de-ayensu-densu-ma-general-assembly-2025-03-20").location
        == "Assembly Hall, Adeiso"
    )


def test_reference_number_before_letter_date_and_place_wrapping():
    """Trinidad regional corporation: "Ref. No.: MTRC/SEC/NOT/09/2025 4th September, 2025", the
    meeting on 11 September in the notice sentence, its place wrapping after a comma."""
    m = _own(WRITTEN_DEV29, "df-moruga-tableland-rc-statutory-2025-09-11")
    assert m.date == "2025-09-11"
    assert m.location == "Council Chamber, Administrative Complex, Tableland"
    assert _letter_date("Ref. No.: MTRC/SEC/NOT/09/2025 4th September, 2025")
    assert not _letter_date("To: Cabinet, 30 January 2025")


def test_generic_board_joined_to_its_organisation():
    """ "Board of Fire Commissioners", "Board of Management", "Board of Governors" under the
    organisation's letterhead: the organisation's board."""
    assert _own(WRITTEN_DEV17, "c-cedar-hollow-fpd-2025-03-18").body == (
        "Cedar Hollow Fire Protection District Board of Fire Commissioners"
    )
    assert _own(WRITTEN_DEV18, "d-clydeside-linn-housing-association-board-2026-06-24").body.startswith(
        "Clydeside Linn Housing Association"
    )
    assert _own(WRITTEN_DEV29, "df-red-river-plains-univ-bog-2025-05-27").body == (
        "Red River Plains University Board of Governors"
    )
