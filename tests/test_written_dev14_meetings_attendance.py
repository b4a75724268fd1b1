"""Meeting and attendance layouts read in written-dev14 (session 12), each tested on a variant
written here and on the read file:

- the attendance record printed after the business, on a later page of the minutes ("Member |
  Ward | Attendance" then the officers): English district councils' planning and licensing
  minutes;
- two meetings in one document on one date (an AGM, then the ordinary meeting after it), the
  first dated in words ("the eleventh of March, two thousand and twenty-five"), members listed by
  seat ("Community Councillors present:", "Co-opted member present:", "Ex-officio (...):"):
  Scottish community councils and societies;
- an adjourned meeting reconvened on another day, minuted in the same document with its own
  attendance ("RECONVENED MEETING – TUESDAY 20 MAY 2025, ..."): New Zealand and Australian
  councils."""

from __future__ import annotations

from pathlib import Path

from attendance_text import read_attendance
from conftest import WRITTEN_DEV14, text_doc, written_doc

from boardpapers.extract.attendance import extract_attendance
from boardpapers.extract.dates import find_worded_date
from boardpapers.extract.meetings import extract_meetings

VARIANTS = Path(__file__).parent / "data" / "variants"


# ---- the attendance record at the end of the minutes -----------------------------------------
def test_attendance_record_on_a_later_page_variant(load_doc):
    doc = load_doc(VARIANTS / "licensing-minutes-attendance-at-end.pdf")
    people = {(a.name, a.status, a.role, a.page) for a in extract_attendance(doc, extract_meetings(doc))}
    assert people == {
        ("Aminata Ndiaye", "present", "Chair", 2),
        ("Roderick Pallister", "present", None, 2),
        ("Yvonne Castellane", "apologies", None, 2),
        ("Bernard Oyelaran", "present", None, 2),
        ("Gillian Ferrier", "in_attendance", "Licensing Manager", 2),
        ("Matthew Oduya", "in_attendance", "Legal Adviser", 2),
        ("Priti Sandhu", "in_attendance", "Committee Clerk", 2),
    }


def test_attendance_record_at_the_end_read_file():
    doc = written_doc(WRITTEN_DEV14, "e-harwick-bc-planning-2025-01-14")
    people = {(a.name, a.status) for a in extract_attendance(doc, extract_meetings(doc))}
    assert ("Tom Brannigan", "present") in people  # the substitute, not an apology
    assert ("Deborah Okafor", "apologies") in people
    assert ("Nicola Strand", "in_attendance") in people
    assert len(people) == 19


# ---- two meetings on one date; a date in words; members by seat ------------------------------
def test_worded_dates():
    assert (
        find_worded_date("on Wednesday the third of September, two thousand and twenty-four") == "2024-09-03"
    )
    assert find_worded_date("the twenty-first day of May, twenty twenty-five, at 7 pm") == "2025-05-21"
    assert find_worded_date("on 3 September 2024") is None


def test_agm_then_ordinary_meeting_variant():
    p1 = (
        "GLENSHIEL FORESTRY SOCIETY\n"
        "Minutes of the Annual General Meeting held in the Institute Hall\n"
        "on Wednesday the third of September, two thousand and twenty-four, at 7 pm\n"
        "Directors present:\n"
        "Ailsa Munro (Chair)\n"
        "Torquil Bain\n"
        "Co-opted members present:\n"
        "Padraig Geddes\n"
        "In attendance:\n"
        "Fenella Ross, Secretary\n"
        "1. Annual report\n"
        "The report was adopted.\n"
        "Minutes of the Special General Meeting held in the Institute Hall on 3 September 2024\n"
        "Present: Ailsa Munro (Chair); Torquil Bain; Padraig Geddes.\n"
        "1. Change of rules\n"
        "The change was approved.\n"
    )
    doc = text_doc(p1, "2. Close\nThe meeting closed at 9 pm.\n")
    meetings = extract_meetings(doc)
    assert [(m.date, m.title.split(" held")[0]) for m in meetings] == [
        ("2024-09-03", "Minutes of the Annual General Meeting"),
        ("2024-09-03", "Minutes of the Special General Meeting"),
    ]
    people = extract_attendance(doc, meetings)
    assert sum(1 for a in people if a.name == "Ailsa Munro") == 2
    assert ("Padraig Geddes", "Co-opted member") in {(a.name, a.role) for a in people}


def test_members_by_seat_labels():
    text = (
        "Community Councillors present:\n"
        "Jean Watt\n"
        "Ex-officio (Regional Council, Ward 4):\n"
        "Cllr Ewan Lamont\n"
        "APPOINTED MEMBER Ms Hine Walker\n"
    )
    assert read_attendance(text) == [
        ("Jean Watt", "present", None),
        ("Ewan Lamont", "present", "Ex-officio"),
        ("Hine Walker", "present", "Appointed member"),
    ]


def test_agm_and_ordinary_meeting_read_file():
    doc = written_doc(WRITTEN_DEV14, "e-ardnish-kilmory-cc-2025-03-11")
    meetings = extract_meetings(doc)
    assert [(m.date, m.page) for m in meetings] == [("2025-03-11", 1), ("2025-03-11", 2)]
    pages = [a.page for a in extract_attendance(doc, meetings) if a.name == "Shona Grant"]
    assert pages == [1, 2]


# ---- a reconvened meeting ---------------------------------------------------------------------
def test_reconvened_meeting_variant():
    p1 = (
        "Tararua Coast District Council\n"
        "Minutes of the Finance and Audit Committee Meeting held on Monday 2 June 2025 at 9.30am\n"
        "PRESENT Cr Mere Tane (Chairperson), Cr Paul Rees\n"
        "1 APOLOGIES\n"
        "Nil.\n"
        "The meeting was adjourned at 11.50am.\n"
        "RESUMED MEETING – MONDAY 9 JUNE 2025, 2.00PM, COMMITTEE ROOM 1\n"
        "PRESENT Cr Mere Tane (Chairperson), Cr Paul Rees, Cr Lena Vos\n"
        "2 ANNUAL PLAN\n"
        "The report was received.\n"
    )
    doc = text_doc(p1)
    meetings = extract_meetings(doc)
    assert [(m.body, m.date) for m in meetings] == [
        ("Finance and Audit Committee", "2025-06-02"),
        ("Finance and Audit Committee", "2025-06-09"),
    ]
    assert meetings[1].title == "Resumed Meeting"
    people = extract_attendance(doc, meetings)
    assert [a.name for a in people if a.meeting_date == "2025-06-09"] == [
        "Mere Tane",
        "Paul Rees",
        "Lena Vos",
    ]


def test_reconvened_meeting_read_file():
    doc = written_doc(WRITTEN_DEV14, "e-waitaha-dc-isc-2025-05-13")
    meetings = extract_meetings(doc)
    assert [m.date for m in meetings] == ["2025-05-13", "2025-05-20"]
    second = [a for a in extract_attendance(doc, meetings) if a.meeting_date == "2025-05-20"]
    assert ("Wiremu Tūhoe-Hart", "apologies") in {(a.name, a.status) for a in second}
    assert len(second) == 14
