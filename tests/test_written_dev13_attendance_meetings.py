"""Attendance and meeting layouts read in written-dev13 (session 11), each tested on a variant
written here and on the read file:

- a sederunt table of ticks with a column for remote attendance ("Present | Remote | Apologies",
  "In person | Online | Apologies"), group rows inside it ("Voting Members", "Officers"), the
  chair's office in brackets in the name cell, names wrapped in their cell (Scottish IJBs and
  council committees); the date only in the running header or footer;
- a post wrapped in a narrow "Name, post" column whose tail reads like an "X and Y" heading (NHS
  trust boards' Present / In attendance blocks);
- "Post (Name)" officer lists: a fire-rank-like "Group Manager ..." that is a post, and a post
  split at "and" by the list reader (New Zealand and English councils);
- US minute books: the legal date "the fifth (5th) day of May, 2025", the roll recorded in the
  opening sentences ("there being present ...", "... were absent", "Also present were ...", "by
  and through" a deputy), and a later meeting under the same stacked heading."""

from __future__ import annotations

from pathlib import Path

from conftest import WRITTEN_DEV13, written_doc

from boardpapers.extract.attendance import _prose_roll, attendance_in, extract_attendance
from boardpapers.extract.dates import find_date
from boardpapers.extract.decisions import Line
from boardpapers.extract.meetings import extract_meetings
from boardpapers.extract.records import Meeting
from boardpapers.model import Document, Page

VARIANTS = Path(__file__).parent / "data" / "variants"


def _meeting(date: str = "2025-03-03", page: int = 1) -> Meeting:
    return Meeting(
        body="Board", date=date, title=None, location=None, page=page, start_time=None, kind="minutes"
    )


def _people(records) -> dict[str, str]:
    return {a.name: a.status for a in records}


# ---- sederunt tables with a remote column; date in the running footer ------------------------
def test_sederunt_variant_online_column_groups_and_footer_date(load_doc):
    doc = load_doc(VARIANTS / "council-committee-sederunt-online-column.pdf")
    meetings = extract_meetings(doc)
    assert [(m.body, m.date) for m in meetings] == [("Strathbeg Licensing Board", "2025-09-02")]
    people = extract_attendance(doc, meetings)
    assert _people(people) == {
        "Fraser Lindsay": "present",
        "Morven Ritchie": "present",  # a tick under "Online"
        "Duncan Paterson-Hay": "apologies",  # wrapped in its cell
        "Eilidh Cameron": "present",  # under the "Officers" group row
        "Callum Reid": "present",
    }
    assert next(a.role for a in people if a.name == "Fraser Lindsay") == "Convener"


def test_sederunt_read_file():
    doc = written_doc(WRITTEN_DEV13, "b-glen-aird-ijb-2025-06-11")
    meetings = extract_meetings(doc)
    assert [m.date for m in meetings] == ["2025-06-11"]
    people = _people(extract_attendance(doc, meetings))
    assert len(people) == 18
    assert people["Catriona Munro-Fraser"] == "present"  # remote
    assert people["Ailsa Drummond"] == "apologies"
    assert people["Morag Sinclair"] == "present"
    assert people["Peter Lindsay"] == "in_attendance"


# ---- a post wrapped between "Name, post" rows ------------------------------------------------
def test_wrapped_and_post_between_rows():
    lines = [
        Line(1, "Present:"),
        Line(1, "Priya Shah, Deputy Director of Research"),
        Line(1, "Strategy and Innovation"),
        Line(1, "Tom Hale, Company Secretary"),
        Line(1, "Apologies:"),
        Line(1, "Jo Wren, Director of Estates"),
        Line(1, "Finance and Performance"),
        Line(1, "The Chair opened the meeting and welcomed the members of the public who were observing."),
    ]
    people = attendance_in(lines, _meeting())
    assert _people(people) == {"Priya Shah": "present", "Tom Hale": "present", "Jo Wren": "apologies"}


def test_wrapped_post_read_file():
    doc = written_doc(WRITTEN_DEV13, "b-wrexley-dunmore-nhsft-board-2025-07-03")
    people = _people(extract_attendance(doc, extract_meetings(doc)))
    assert len(people) == 18
    assert people["Owen ap Rhys"] == "present" and people["Alison Greaves"] == "apologies"


# ---- "Post (Name)" officer lists ----------------------------------------------------------------
def test_post_then_name_group_manager_and_split_post():
    lines = [
        Line(1, "IN ATTENDANCE: Group Manager Community Services (Aroha Ngata), Planning and"),
        Line(1, "Regulatory Manager (Sam Lee), Group Manager Roading (Ben Ihaka)."),
    ]
    people = attendance_in(lines, _meeting())
    assert {(a.name, a.role) for a in people} == {
        ("Aroha Ngata", "Group Manager Community Services"),
        ("Sam Lee", "Planning and Regulatory Manager"),
        ("Ben Ihaka", "Group Manager Roading"),
    }


# ---- US minute books ----------------------------------------------------------------------------
def test_legal_date_form():
    assert find_date("adopted this the 21st day of October, 2024.") == "2024-10-21"
    assert find_date("on Monday, the third (3rd) day of March, 2025, at 10:00") == "2025-03-03"
    assert find_date("item (3) March 2025") is None


def test_roll_in_opening_sentences_variant():
    lines = [
        Line(
            1,
            "BE IT REMEMBERED that the Board of Commissioners met in special session on the 3rd day of March, 2025,",
        ),
        Line(
            1,
            "there being present and presiding Ann Cole, Chair, and Commissioners Ben Ortiz and Carla Young,",
        ),
        Line(
            1, "constituting a quorum. Commissioner Dale Hunt was absent. Also present were Hon. Eva Stone,"
        ),
        Line(
            1, "Circuit Clerk, by and through Ruth Dix, Deputy Clerk; Deputy Frank Moss, for the Sheriff; and"
        ),
        Line(1, "Gina Park, County Attorney."),
        Line(1, "ORDER APPROVING CLAIMS"),
    ]
    people = attendance_in(_prose_roll(lines), _meeting())
    assert _people(people) == {
        "Ann Cole": "present",
        "Ben Ortiz": "present",
        "Carla Young": "present",
        "Dale Hunt": "apologies",
        "Ruth Dix": "in_attendance",
        "Frank Moss": "in_attendance",
        "Gina Park": "in_attendance",
    }


def _page(number: int, text: str) -> Page:
    return Page(number=number, text=text)


def test_later_meeting_under_the_same_heading_variant():
    head = "STATE OF ALABAMA\nCOUNTY OF LOWNDALE\n"
    p1 = head + (
        "SPECIAL SESSION\n"
        "BE IT REMEMBERED that the County Commission of Lowndale County met in special session on\n"
        "Monday, the third (3rd) day of March, 2025, at 10:00 a.m., when and where the following\n"
        "commissioners were present:\n"
        "Ann Cole Commissioner, District 1, Chair\n"
        "Ben Ortiz Commissioner, District 2\n"
        "Also present were Eva Stone, County Clerk; and Gina Park, County Attorney.\n"
        "ORDER APPROVING CLAIMS\n"
        "Upon motion of Commissioner Ortiz, seconded by Commissioner Cole, the Commission approved the claims.\n"
    )
    p2 = head + (
        "ADJOURNED SESSION\n"
        "BE IT REMEMBERED that the County Commission of Lowndale County met pursuant to its adjournment\n"
        "order on Monday, the seventeenth (17th) day of March, 2025, at 10:00 a.m., there being present\n"
        "Ann Cole, Chair, and Commissioner Ben Ortiz, constituting a quorum.\n"
        "ORDER TO ADJOURN\n"
        "Upon motion of Commissioner Ortiz, seconded by Commissioner Cole, the Commission adjourned.\n"
    )
    doc = Document(sha256="x", path="minutes.pdf", size=1, page_count=2, pages=[_page(1, p1), _page(2, p2)])
    meetings = extract_meetings(doc)
    assert [(m.date, m.page) for m in meetings] == [("2025-03-03", 1), ("2025-03-17", 2)]
    people = extract_attendance(doc, meetings)
    by_date = {(a.name, a.meeting_date): a.status for a in people}
    assert by_date[("Ann Cole", "2025-03-03")] == "present"
    assert by_date[("Eva Stone", "2025-03-03")] == "in_attendance"
    assert by_date[("Ben Ortiz", "2025-03-17")] == "present"


def test_us_minute_book_read_file():
    doc = written_doc(WRITTEN_DEV13, "b-pelham-county-ms-supervisors-2025-05-05")
    meetings = extract_meetings(doc)
    assert [m.date for m in meetings] == ["2025-05-05", "2025-05-19"]
    people = extract_attendance(doc, meetings)
    second = {a.name: a.status for a in people if a.meeting_date == "2025-05-19"}
    assert second["Wendell R. Tubb"] == "apologies"
    assert second["Thomas Reeves"] == "in_attendance"
    first = {a.name for a in people if a.meeting_date == "2025-05-05"}
    assert {"Carla J. Deese", "Russell Ates"} <= first
    assert "Patricia N. Loftin" not in first  # present only through her deputy


# ---- apologies in a resolution, one for absence and one for lateness ----------------------------
def test_apology_for_absence_and_for_lateness_in_a_resolution():
    lines = [
        Line(1, "PRESENT: Mayor Ruth Kemp (Chairperson), Crs Mere Tane and Rob Hill."),
        Line(1, "2. APOLOGIES"),
        Line(1, "RESOLUTION CO/25/101"),
        Line(1, "That the apology from Cr Ana Ruru for absence, and the apology from Cr Rob Hill for"),
        Line(1, "lateness, be accepted."),
    ]
    people = attendance_in(lines, _meeting())
    assert ("Ana Ruru", "apologies") in {(a.name, a.status) for a in people}
    assert ("Rob Hill", "apologies") not in {(a.name, a.status) for a in people}


# ---- US rolls: the office before a full name; a minutes table's header under the lists -----------
def test_office_before_full_name_variant():
    lines = [
        Line(1, "Trustees Present: Chairwoman Nadia Brooks, Vice Chair Omar Haddad, Trustee Lena Fox"),
        Line(
            1,
            "Staff Present: Executive Director Carl Jensen, Finance Director Maria Lopez, and Recording Secretary",
        ),
        Line(1, "Amy Cho."),
        Line(1, "Minute Ref Item"),
        Line(1, "3. PLEDGE OF ALLEGIANCE"),
    ]
    people = {(a.name, a.status, a.role) for a in attendance_in(lines, _meeting())}
    assert people == {
        ("Nadia Brooks", "present", "Chairwoman"),
        ("Omar Haddad", "present", "Vice Chair"),
        ("Lena Fox", "present", "Trustee"),
        ("Carl Jensen", "in_attendance", "Executive Director"),
        ("Maria Lopez", "in_attendance", "Finance Director"),
        ("Amy Cho", "in_attendance", "Recording Secretary"),
    }
