"""Rolls of US special districts' and school boards' minutes (written-dev17 family c-): lists side
by side under "Directors Present | Directors Absent | Staff and Consultants Present" (a name with a
quoted nickname among them); "Call to Order and Determination of Quorum" as the opening item the
roll is recorded under; staff named post first ("Fire Chief A; Deputy Chief B"); a guest run on
after the staff ("... Executive Assistant. Guest: ..."); a roll table headed "Commissioner |
Position | Office | Attendance"; the header row of minutes set as a table ends the lists."""

from __future__ import annotations

from pathlib import Path

from conftest import WRITTEN_DEV17, written_doc

from boardpapers.extract.attendance import Line, attendance_in, extract_attendance
from boardpapers.extract.records import Meeting

VARIANTS = Path(__file__).parent / "data" / "variants"
BOARD = Meeting(body="Board of Commissioners", date="2025-10-07", title=None, location=None, page=1)


def _roll(text: str) -> list[tuple[str, str, str | None]]:
    lines = [Line(1, t) for t in text.splitlines()]
    return [(a.name, a.status, a.role) for a in attendance_in(lines, BOARD)]


def test_variant_roll_columns_side_by_side(load_doc):
    """Three labelled columns on one row: the absent director (a quoted nickname the layout may
    set apart) is away, the staff and consultants are in attendance."""
    got = {
        (a.name, a.status)
        for a in extract_attendance(load_doc(VARIANTS / "us-sanitation-district-roll-columns.pdf"))
    }
    assert ("Theodore “Ted” Marsh", "apologies") in got
    assert ("Joan Halloway", "present") in got and ("Lowell Dunmore", "present") in got
    assert ("Angela Ruiz", "in_attendance") in got and ("Mei Tanaka", "in_attendance") in got
    assert len(got) == 8


def test_variant_quorum_item_post_first_staff_and_guest():
    """The opening item with its quorum, the staff post first, a guest run on, then a minutes
    table's header row that is nobody."""
    text = """1. Call to Order and Determination of a Quorum
Chair Osgood called the meeting to order at 6:00 p.m. and declared a quorum present.
Staff present: Fire Chief Dana Whitlock; Battalion Chief Omar Reyes; Finance Manager Lucy Hart.
Administration present: Ruth Calder, District Secretary. Guest: Paul Imrie, district counsel
Topic Discussion Action / Follow-up
2. Public Comment"""
    assert _roll(text) == [
        ("Dana Whitlock", "in_attendance", "Fire Chief"),
        ("Omar Reyes", "in_attendance", "Battalion Chief"),
        ("Lucy Hart", "in_attendance", "Finance Manager"),
        ("Ruth Calder", "in_attendance", "District Secretary"),
        ("Paul Imrie", "in_attendance", "district counsel"),
    ]


def test_read_file_commissioner_roll_table():
    """ "Commissioner | Position | Office | Attendance": the office is the role, not the seat."""
    got = [
        (a.name, a.status, a.role)
        for a in extract_attendance(written_doc(WRITTEN_DEV17, "c-skookum-valley-phd-2025-05-22"))
    ]
    assert ("Paul Antoine Lefebvre", "present", "Vice Chair") in got
    assert ("Wes McKinnon", "apologies", "Commissioner") in got
    assert not any(n.startswith("Topic") for n, _, _ in got)


def test_variant_notice_and_its_minutes_are_one_meeting():
    """A special district's agenda, then the minutes of that meeting under a title that names no
    board (the district's name a running line above it): one meeting, not two."""
    from conftest import text_doc

    from boardpapers.extract.meetings import extract_meetings

    doc = text_doc(
        """MESQUITE FLATS SANITATION DISTRICT
AGENDA – REGULAR MEETING OF THE BOARD OF DIRECTORS
Tuesday, October 7, 2025, 6:00 p.m., District Office
1. Call to Order and Roll Call
2. Public Comment
3. Consent Calendar""",
        """Mesquite Flats Sanitation District
Minutes of the Regular Meeting
October 7, 2025
1. CALL TO ORDER AND ROLL CALL
Directors present: Joan Halloway, Rafael Ibarra, Priya Venkat.
2. PUBLIC COMMENT
None.""",
    )
    got = extract_meetings(doc)
    assert [(m.date, m.page) for m in got] == [("2025-10-07", 1)]


def test_variant_agenda_printed_before_the_roll():
    """The agenda under the minutes' title (an item's title wrapping onto "Officers, 2025-26", a
    word that would read as a label), then the minutes with the roll under the same items."""
    text = """MINUTES OF THE REGULAR MEETING
AGENDA
A. OPENING
A.1 Call to Order
A.2 Roll Call
B. BUSINESS
B.1 Agreement with the City for School Resource
Officers, 2025-26"""
    minutes = """A. OPENING
A.1 Call to Order
Members present: Ruth Begay, President; Sandra Whitfield, Clerk.
Members absent: Lorraine DeWitt
B. BUSINESS"""
    lines = [Line(1, t) for t in text.splitlines()] + [Line(2, t) for t in minutes.splitlines()]
    got = [(a.name, a.status) for a in attendance_in(lines, BOARD)]
    assert got == [
        ("Ruth Begay", "present"),
        ("Sandra Whitfield", "present"),
        ("Lorraine DeWitt", "apologies"),
    ]
