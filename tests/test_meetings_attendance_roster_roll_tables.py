"""A US special district's agenda whose first page reads a margin roster of the board before the
agenda's title, its letterhead name wrapped over two lines; a roll call table headed "Supervisor |
Office | Roll Call" and a run-in "Guests:" list ended by a sentence (extract/meetings.py,
extract/body_name.py, extract/attendance.py). Expected values read from the PDFs."""

from __future__ import annotations

from conftest import WRITTEN_DEV32, text_doc, written_doc

from boardpapers.extract.attendance import extract_attendance
from boardpapers.extract.body_name import prominent_organisation, wrapped_name
from boardpapers.extract.meetings import extract_meetings


def test_agenda_title_below_margin_roster():
    """ "BOARD OF TRUSTEES" / six trustees with office and city / "DISTRICT MANAGER" ... then
    "AGENDA" / "REGULAR MEETING OF THE BOARD OF TRUSTEES" / "Tuesday, October 14, 2025 – 2:00 p.m."."""
    meetings = extract_meetings(written_doc(WRITTEN_DEV32, "ei-coyote-slough-mvcd-agenda-2025-10-14"))
    assert len(meetings) == 1
    m = meetings[0]
    assert m.date == "2025-10-14"
    assert m.start_time == "14:00"
    assert m.title == "Regular Meeting of the Board of Trustees"
    assert m.location == "District Office Board Room, 2250 Levee Road, Marsh Harbor, California"
    assert m.body == "Coyote Slough Mosquito and Vector Control District Board of Trustees"


def test_letterhead_name_wrapped_onto_its_noun():
    lines = [
        "CSMVCD",
        "est. 1948",
        "COYOTE SLOUGH MOSQUITO AND VECTOR CONTROL",
        "DISTRICT",
        "2250 Levee Road",
    ]
    assert prominent_organisation(lines) == "COYOTE SLOUGH MOSQUITO AND VECTOR CONTROL DISTRICT"
    # a complete name over a board's name is not one wrapped name
    assert wrapped_name("NORTH WESSEX COUNCIL", "CABINET") is None
    assert wrapped_name("COYOTE SLOUGH MOSQUITO AND VECTOR CONTROL", "2250 LEVEE ROAD") is None


def test_roll_call_table_and_also_present_prose():
    people = {
        a.name: (a.role, a.status)
        for a in extract_attendance(written_doc(WRITTEN_DEV32, "ei-ashwood-county-swcd-minutes-2025-08-19"))
    }
    assert people["Dale R. Hostetler"] == ("Chair", "present")
    assert people["LaToya Gentry"] == ("Secretary", "apologies")
    assert people["Wesley J. Amstutz"] == ("Member", "present")  # "Present (arrived 7:16 p.m.)"
    assert people["Carla Yoder"] == ("Fiscal Administrator", "in_attendance")
    assert len(people) == 10  # no "Excuse Absent" (a heading after the guests' sentence)


def test_run_in_list_ends_with_its_sentence():
    page = """MINUTES OF THE REGULAR MEETING
Tuesday, August 19, 2025
Present: Dale Hostetler, Chair; Thomas Brubaker, Fiscal Agent.
A quorum was declared present.
Excuse Absent Supervisor
Motion carried.
"""
    names = [a.name for a in extract_attendance(text_doc(page))]
    assert names == ["Dale Hostetler", "Thomas Brubaker"]


def test_notice_letter_fields_under_as_follows():
    """Eswatini pension fund: "Date: 2 June 2025" (the letter's), then "... will be held as
    follows:" / "Date: Thursday, 12 June 2025" / "Time: ..." / "Venue: ..."; the letterhead's name
    wrapped over two capital lines ("NGWEMPISI MUNICIPAL EMPLOYEES' PENSION" / "FUND")."""
    m = extract_meetings(written_doc(WRITTEN_DEV32, "ej-ngwempisi-pension-fund-trustees-notice-2025-06-12"))[
        0
    ]
    assert m.date == "2025-06-12"
    assert m.location == "Boardroom, 3rd Floor, Fund House, Plot 118 Mhlakuvane Street, Manzini"
    assert m.body == "Ngwempisi Municipal Employees’ Pension Fund"


def test_minutes_headed_by_participants_field():
    """Bangladeshi board: a memo's letterhead and date over "Minutes of the 23rd Meeting of the
    Board of the ..." and "Chairperson : ..." / "Date : 24 April 2025, Thursday" / "Venue : ..." /
    "Participants : List of participants is attached at Annexure-'Ka'"."""
    meetings = extract_meetings(written_doc(WRITTEN_DEV32, "ej-bangladesh-cashew-board-minutes-2025-04-24"))
    assert [(m.date, m.kind) for m in meetings] == [("2025-04-24", "minutes")]
    assert meetings[0].location == "Board Room (Level-6), BCNCDB, Farmgate, Dhaka"
    assert "Bangladesh Cashew and Nut Crops Development Board" in meetings[0].body
