"""Attendance of the minutes families read on benchmarks/written-dev11 (session 10, round 2), each
with a variant of the same family written here: US school boards' numbered roll call, Western
Australian shires' record of attendance, English district councils' header lists, NHS
committees' name | post | initials tables."""

from __future__ import annotations

from conftest import WRITTEN_DEV11, WRITTEN_HELDOUT8, written_doc

from boardpapers.extract.attendance import _is_initials, _is_name, attendance_in, extract_attendance
from boardpapers.extract.decisions import Line
from boardpapers.extract.meetings import extract_meetings
from boardpapers.extract.records import Meeting

MEETING = Meeting(body="Board", date="2025-08-12", title=None, location=None, page=1)


def _read(text: str) -> list[tuple[str, str, str | None]]:
    lines = [Line(1, t) for t in text.splitlines()]
    return [(a.name, a.status, a.role) for a in attendance_in(lines, MEETING)]


def _people(stem: str) -> list[tuple[str, str, str | None]]:
    doc = written_doc(WRITTEN_DEV11, stem)
    return [(a.name, a.status, a.role) for a in extract_attendance(doc, extract_meetings(doc))]


def test_us_board_roll_under_items_numbered_with_a_decimal():
    # "1.0 CALL TO ORDER" / "2.0 ROLL CALL" are the items the roll sits under, not a minute that
    # ends it; a nickname in quotes is part of the name; the student seat is a group of the list
    got = _read(
        "1.0 CALL TO ORDER\n"
        "The Chair called the meeting to order at 7:00 p.m.\n"
        "2.0 ROLL CALL\n"
        'Trustees Present: Ana Ruiz, Chair; Thomas "Tom" Whitfield, Clerk; Grace Obi,\n'
        "Trustee\n"
        "Student Trustee: Kai Longbottom (non-voting)\n"
        "Administrators Present: Dr. Hal Brenner, Superintendent; Mia Costa, Chief Business Officer\n"
        "3.0 APPROVAL OF THE AGENDA\n"
    )
    assert got == [
        ("Ana Ruiz", "present", "Chair"),
        ('Thomas "Tom" Whitfield', "present", "Clerk"),
        ("Grace Obi", "present", "Trustee"),
        ("Kai Longbottom", "present", "Student Trustee (non-voting)"),
        ("Hal Brenner", "in_attendance", "Superintendent"),
        ("Mia Costa", "in_attendance", "Chief Business Officer"),
    ]


def test_shire_record_of_attendance_in_numbered_sub_items():
    # "2.1 Attendance" / "2.2 Apologies" / "2.3 Approved Leave of Absence" under one item; the
    # elected members headed "Elected Members"; a bracketed nickname inside the name
    got = _read(
        "2. RECORD OF ATTENDANCE / APOLOGIES / APPROVED LEAVE OF ABSENCE\n"
        "2.1 Attendance\n"
        "Elected Members\n"
        "Cr Rhonda Blight Shire President\n"
        "Cr William (Bill) Ferris Councillor\n"
        "Staff\n"
        "Mr Aaron Kestle Chief Executive Officer\n"
        "2.2 Apologies\n"
        "Cr Dale Munro Councillor\n"
        "2.3 Approved Leave of Absence\n"
        "Cr Sue Petrakis Councillor (leave granted at the meeting of 12 March 2025)\n"
        "3. DECLARATIONS OF INTEREST\n"
    )
    assert got == [
        ("Rhonda Blight", "present", "Shire President"),
        ("William (Bill) Ferris", "present", "Councillor"),
        ("Aaron Kestle", "in_attendance", "Chief Executive Officer"),
        ("Dale Munro", "apologies", "Councillor"),
        ("Sue Petrakis", "apologies", "Councillor (leave granted at the meeting of 12 March 2025)"),
    ]


def test_nicknames_are_part_of_a_name():
    assert _is_name('Robert "Bobby" Langford')
    assert _is_name("Margaret (Peg) Lindqvist")
    assert not _is_name('"Bobby" Langford Smith Jones Brown')


def test_english_council_header_lists_wrapped_inside_a_bracket():
    # a number opening the next line inside a bracket is the post's ("Section" / "151 Officer)"),
    # two people under "Councillors" parted by "and" alone, one apology given in a sentence
    got = _read(
        "Present: Councillor J. Amberley (Leader of the Council) (Chairman); Councillors T. Oduya,\n"
        "P. Varley and S. Quinn.\n"
        "Also present: Councillors N. Holt (Leader of the Opposition) and B. Crane (Chairman of the\n"
        "Audit Committee).\n"
        "Officers in attendance: Mr K. Lowe (Chief Executive), Ms D. Firth (Chief Finance Officer and Section\n"
        "151 Officer) and Mrs E. Royle (Committee Officer).\n"
        "C.21 APOLOGIES FOR ABSENCE\n"
        "An apology for absence was received from Councillor W. Tenby.\n"
        "C.22 MINUTES\n"
    )
    assert got == [
        ("J. Amberley", "present", "Leader of the Council"),
        ("T. Oduya", "present", None),
        ("P. Varley", "present", None),
        ("S. Quinn", "present", None),
        ("N. Holt", "in_attendance", "Leader of the Opposition"),
        ("B. Crane", "in_attendance", "Chairman of the Audit Committee"),
        ("K. Lowe", "in_attendance", "Chief Executive"),
        ("D. Firth", "in_attendance", "Chief Finance Officer and Section 151 Officer"),
        ("E. Royle", "in_attendance", "Committee Officer"),
        ("W. Tenby", "apologies", None),
    ]


def test_initials_of_double_barrelled_and_apostrophed_surnames():
    assert _is_initials("HCR", "Helen Carmody-Reid")
    assert _is_initials("JO'D", "Joanne O'Dowd")
    assert _is_initials("GLE", "Mr Gareth Lloyd-Evans")
    assert _is_initials("KD", "Katy Draper")
    assert not _is_initials("DIPC", "Amira Haddad")
    assert not _is_initials("LGA", "John Smith")


def test_nhs_committee_name_post_initials_table():
    got = _people("ashworth-vale-nhs-ft-qsc-2025-06-18")
    assert ("Helen Carmody-Reid", "present", "Non-Executive Director (Committee Chair)") in got
    assert ("Joanne O'Dowd", "present", "Chief Nurse") in got
    assert (
        "Amira Haddad",
        "in_attendance",
        "Associate Medical Director, Infection Prevention and Control (DIPC)",
    ) in got
    assert len(got) == 13


def test_us_school_board_and_shire_files():
    got = _people("cedar-bluff-usd-regular-2025-08-12")
    assert ('Robert "Bobby" Langford', "present", "Member") in got
    assert ("Aaliyah Brooks", "present", "Student Board Member (non-voting)") in got
    assert len(got) == 11
    got = _people("shire-of-yarrabee-ocm-2025-05-21")
    assert ("Margaret (Peg) Lindqvist", "present", "Councillor") in got
    assert len(got) == 13


def test_us_council_present_with_councilors_and_nz_chairperson():
    got = _read(
        "Council Present:\n"
        "Mayor Ruth Alder\n"
        "Council President Omar B. Little\n"
        "Councilor Jo Ann Pike\n"
        "Council Absent:\n"
        "Councilor Sam Wu (excused)\n"
    )
    assert got == [
        ("Ruth Alder", "present", "Mayor"),
        ("Omar B. Little", "present", "Council President"),
        ("Jo Ann Pike", "present", "Councilor"),
        ("Sam Wu", "apologies", "Councilor"),
    ]
    got = _read(
        "Present:\nChairperson Hine Walker\nDeputy Chairperson Ken Ruru\nCr Ana Lee\nApologies:\nCr Bo Tan\n"
    )
    assert got[:2] == [
        ("Hine Walker", "present", "Chairperson"),
        ("Ken Ruru", "present", "Deputy Chairperson"),
    ]


def test_members_from_constituent_councils_after_a_dash():
    # "Name (role) – Council", the council abbreviated or wrapped after its place name, a post
    # wrapped after "of" (combined authorities' committee minutes)
    got = _read(
        "Members present\n"
        "Cllr Ivor Penrose (Chair) –\n"
        "Axeford MBC\n"
        "Cllr Tess Gorran – Lowmoor\n"
        "County Council\n"
        "Officers in attendance\n"
        "Mina Doyle – Head of\n"
        "Finance and Procurement\n"
        "20 Declarations of interest\n"
    )
    assert got == [
        ("Ivor Penrose", "present", "Chair"),
        ("Tess Gorran", "present", None),
        ("Mina Doyle", "in_attendance", "Head of Finance and Procurement"),
    ]
    people = [
        a
        for a in attendance_in(
            [Line(1, "Present:"), Line(1, "Cllr Ivor Penrose (Chair) – Axeford MBC")], MEETING
        )
    ]
    assert people[0].organisation == "Axeford MBC"


def test_label_row_with_a_label_wrapped_in_its_column():
    # "Members present | Officers and advisers in / attendance | Apologies": the middle label
    # wraps over two lines centred on the others' line; a name cell runs into the next column
    doc = written_doc(WRITTEN_HELDOUT8, "wyvern-valleys-ca-audit-governance-2025-03-24")
    got = [(a.name, a.status) for a in extract_attendance(doc, extract_meetings(doc))]
    assert ("Graham Pettifer", "present") in got and ("Fiona Cartwright", "in_attendance") in got
    assert ("Bernard Quilliam", "apologies") in got
    assert len(got) == 15


def test_an_apology_for_lateness_is_not_an_absence():
    got = _read(
        "Present: Cr Ana Lee, Cr Bo Tan and Cr Rua Kemp (from 10.15am).\n"
        "2 APOLOGIES\n"
        "An apology was received from Cr Jo Marsh, and an apology for lateness from Cr Kemp.\n"
        "3 CONFLICTS OF INTEREST\n"
    )
    assert ("Jo Marsh", "apologies", None) in got
    assert not any(n == "Kemp" and s == "apologies" for n, s, _ in got)
