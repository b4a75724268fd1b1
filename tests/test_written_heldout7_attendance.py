"""Attendance of the layout and wording families fixed on benchmarks/written-heldout7 (session 9),
each with a variant of the same family written here. Expected values were read from the PDFs."""

from __future__ import annotations

from pathlib import Path

from conftest import WRITTEN_HELDOUT7, written_doc

from boardpapers.extract.attendance import _is_name, _names_post, attendance_in, extract_attendance
from boardpapers.extract.decisions import Line
from boardpapers.extract.meetings import extract_meetings
from boardpapers.extract.records import Meeting

VARIANTS = Path(__file__).parent / "data" / "variants"
MEETING = Meeting(body="Council", date="2025-06-09", title=None, location=None, page=1)


def _read(text: str) -> list[tuple[str, str, str | None]]:
    lines = [Line(1, t) for t in text.splitlines()]
    return [(a.name, a.status, a.role) for a in attendance_in(lines, MEETING)]


def _people(folder: Path, stem: str) -> list[tuple[str, str, str | None]]:
    doc = written_doc(folder, stem)
    return [(a.name, a.status, a.role) for a in extract_attendance(doc, extract_meetings(doc))]


# ---------------------------------------------------------------- "Post (Name)" staff lists


def test_post_with_its_holder_in_brackets_after_an_office_word():
    # New Zealand district council: posts opening with "Director", "Group Manager", the list wrapped
    # at an ampersand
    got = _read(
        "Present: Mayor Cr Ann Bell, Cr Tom Hare and Cr Rua Pene.\n"
        "Staff: Chief Executive (Ngaire Thompson), Director Regulatory Services (Paul Ahern), Group Manager\n"
        "Assets & Infrastructure (Mere Tautahi) and Committee Advisor (Lisa\n"
        "Grant).\n"
    )
    staff = [(n, r) for n, s, r in got if s == "in_attendance"]
    assert staff == [
        ("Ngaire Thompson", "Chief Executive"),
        ("Paul Ahern", "Director Regulatory Services"),
        ("Mere Tautahi", "Group Manager Assets & Infrastructure"),
        ("Lisa Grant", "Committee Advisor"),
    ]


def test_warrigal_staff_in_attendance():
    got = _people(WRITTEN_HELDOUT7, "warrigal-shire-council-2025-04-22")
    staff = [(n, r) for n, s, r in got if s == "in_attendance"]
    assert staff == [
        ("Anthony Rowe-Delaney", "General Manager"),
        ("Kate Sinclair", "Director Corporate & Community"),
        ("Mohammed Haddad", "Director Infrastructure Services"),
        ("Jessica Tran", "Manager Planning & Environment"),
        ("Rebecca Lowe", "Governance Officer – Minute Taker"),
    ]
    # "(from 6.14pm)": when the councillor came, not a post
    assert ("Sam Papadopoulos", "present", None) in got


# ---------------------------------------------------------------- one person a line, posts after commas


def test_one_member_a_line_with_posts_and_seats_after_commas():
    # US city council: the label's line holds the first member; seats written "First Ward"
    got = _read(
        "PRESENT: Ana Ruiz, Mayor Pro Tem, Council Member, Third Ward\n"
        "David Okafor, Council Member, First Ward\n"
        "ABSENT: Helen Voss, Council Member, 2nd Ward (excused)\n"
        "STAFF PRESENT: Carla Mendes, City Attorney\n"
        "Joseph Park, City Clerk\n"
    )
    assert got == [
        ("Ana Ruiz", "present", "Mayor Pro Tem, Council Member, Third Ward"),
        ("David Okafor", "present", "Council Member, First Ward"),
        ("Helen Voss", "apologies", "Council Member, 2nd Ward"),
        ("Carla Mendes", "in_attendance", "City Attorney"),
        ("Joseph Park", "in_attendance", "City Clerk"),
    ]


def test_one_member_a_line_with_a_bracketed_portfolio_and_sub_headings():
    # a professional body's council: hyphenated posts with a portfolio in brackets, the members
    # under sub-headings of their own
    got = _read(
        "Present: Professor Ann Bell, Pro-Vice-Chancellor (Research)\n"
        "Dr Sam Ng, Co-Chair (Audit and Risk)\n"
        "Appointed members of the Board\n"
        "Mr Tom Cole\n"
        "Ms Rita Dunne\n"
        "Apologies: Ms Jo Reid, Vice-Chair (Finance)\n"
    )
    assert got == [
        ("Ann Bell", "present", "Pro-Vice-Chancellor (Research)"),
        ("Sam Ng", "present", "Co-Chair (Audit and Risk)"),
        ("Tom Cole", "present", "Appointed member of the Board"),
        ("Rita Dunne", "present", "Appointed member of the Board"),
        ("Jo Reid", "apologies", "Vice-Chair (Finance)"),
    ]


def test_a_list_of_people_on_one_line_is_still_a_list():
    got = _read(
        "Present: Alice Smith, Bob Jones, Cllr C Ward\nApologies: Dr Ann Bell, Chief Executive, Mr B Cole\n"
    )
    assert [n for n, _, _ in got] == ["Alice Smith", "Bob Jones", "C Ward", "Ann Bell", "B Cole"]


def test_posts_seats_and_bodies_are_not_names():
    for post in ("Fifth District", "2nd Ward", "Vice-President", "Co-Chair"):
        assert not _is_name(post), post
    for name in ("Simon Ward", "Jo Dean", "Ann Vice"):
        assert _is_name(name), name
    for post in (
        "Supervisor",
        "County Counsel",
        "Second District (arrived 9:14 a.m.)",
        "RN",
        "Hale Consulting",
    ):
        assert _names_post(post), post
    for name in ("Jo Dean", "Supt Sharon Cooney", "Lesley Wharton"):
        assert not _names_post(name), name


def test_pinecrest_and_rcam_rolls():
    got = _people(WRITTEN_HELDOUT7, "pinecrest-county-bos-2025-06-10")
    assert [(n, s) for n, s, _ in got] == [
        ("Maria Elena Castañeda-Ruiz", "present"),
        ("Thomas J. O'Halloran", "present"),
        ("Denise Whitfield-Okoro", "present"),
        ("Raymond Lindqvist", "present"),
        ("Harpreet Sandhu", "apologies"),
        ("Gregory Anand", "in_attendance"),
        ("Lucinda Marsh-Pemberton", "in_attendance"),
        ("Janelle Ito", "in_attendance"),
    ]
    assert got[4][2] == "Supervisor, Fifth District"
    got = _people(WRITTEN_HELDOUT7, "rcam-council-minutes-2025-05-14")
    names = [n for n, _, _ in got]
    assert "Vice-President" not in names and "Clinical Standards" not in names
    assert ("Lucy Fenwick", "present", "Vice-President (Clinical Standards)") in got
    assert ("Dev Raman", "present", "Honorary Treasurer") in got
    assert ("Helena Voss", "present", "Elected member of Council") in got
    assert len(got) == 23


# ---------------------------------------------------------------- label cells beside the lists


def test_label_cells_of_a_form_written_without_colons():
    # a school board's header form: "Trustees Present", a label wrapped over three lines of its
    # cell, "Absent", "Administration"
    got = _people(VARIANTS, "school-board-label-cell-attendance")
    assert got == [
        ("Anne Lavoie", "present", "Chair"),
        ("Marc Dubois", "present", "Vice-Chair"),
        ("Priya Shah", "present", "Trustee"),
        ("Thomas Beaulieu-Grant", "present", "Trustee"),
        ("Oksana Melnyk", "present", "Trustee"),
        ("Daniel Whitehorse", "present", "Trustee"),
        ("Maya Okonkwo", "present", "Student Trustee"),
        ("Liam Desrosiers", "present", "Student Trustee"),
        ("Kenneth Wu", "apologies", None),
        ("Lucie Roy", "in_attendance", "Director of Education"),
        ("Samir Patel", "in_attendance", "Superintendent of Business"),
        ("Claire Ouellette", "in_attendance", "Recording Secretary"),
    ]


def test_rideau_label_column():
    got = _people(WRITTEN_HELDOUT7, "rideau-pines-hospital-2025-03-27")
    assert [(n, s) for n, s, _ in got] == [
        ("Margaret Ellison-Tait", "present"),
        ("Robert Chung", "present"),
        ("Anil Varghese", "present"),
        ("Claire Beaulieu-Martin", "present"),
        ("Desmond O'Neill", "present"),
        ("Fatima Rahimi", "present"),
        ("Gordon MacLeod", "present"),
        ("Natalie Fortin", "present"),
        ("Kwame Asante", "present"),
        ("Lisa Van der Berg", "present"),
        ("Hannah Liebermann", "present"),
        ("Joanne St-Pierre", "apologies"),
        ("Patrick Doyle", "in_attendance"),
        ("Tom Whitecrow", "in_attendance"),
        ("Sylvie Gagnon", "in_attendance"),
    ]
    assert ("Claire Beaulieu-Martin", "present", "Voting Director") in got
    assert ("Lisa Van der Berg", "present", "Chief Nursing Executive") in got


# ---------------------------------------------------------------- smaller mechanisms


def test_staff_and_others_labels_and_a_late_member():
    # Canadian town council's header lists
    got = _read(
        "PRESENT: Mayor Ruth Olsen\n"
        "Councillor Ben Kaur\n"
        "ADMINISTRATION: Dana Fox, Chief Administrative Officer\n"
        "Lee Wong, Town Clerk\n"
        "OTHERS: Ravi Menon, Northgate Consulting (item 5.2)\n"
        "Councillor Ivy Dale arrived at 7:12 p.m.\n"
    )
    assert got == [
        ("Ruth Olsen", "present", "Mayor"),
        ("Ben Kaur", "present", None),
        ("Dana Fox", "in_attendance", "Chief Administrative Officer"),
        ("Lee Wong", "in_attendance", "Town Clerk"),
        ("Ravi Menon", "in_attendance", None),
        ("Ivy Dale", "present", None),
    ]


def test_name_wrapped_after_its_initial_and_post_before_a_dash():
    got = _read(
        "Present: Mr J Pettifer Elected Member\n"
        "Cllr S Venn Appointed Member – Fenland District Council\n"
        "Apologies: Mr C Fairweather (Elected Member) and Cllr N\n"
        "Aston (Fenland District Council).\n"
    )
    assert [n for n, _, _ in got] == ["J Pettifer", "S Venn", "C Fairweather", "N Aston"]
    assert got[1][2] == "Appointed Member"
