"""Attendance layouts read in session 18, each tested on a read document (expected values read
from its PDF) and on the helper alone:

- a sentence on one person after an inline apologies list ("Councillor P. Thurlow attended as
  substitute for Councillor Hartigan."): English district councils' planning committees; the
  substitute is at the meeting, not an apology;
- "Post (Mr Name)" staff lists run over lines with a post wrapped at its "and" ("Director
  Corporate" / "and Community Services (Mr Sanjay Pillai)"): Australian councils' "IN ATTENDANCE:";
- "Chair Linda Vanderkooy" / "Vice-Chair Raj Dhaliwal" / "Member Darlene Two-Rivers": a post
  before each member's name on its row (Ontario conservation authorities);
- "General Manager   Mr Craig Pemberton": post | styled name rows (Australian councils);
- "2. ATTENDANCE" / "Councillors:" over the members (Queensland councils);
- "Staff/Guests:": two labels joined by a slash (Ontario hospitals' boards);
- "Agenda" alone under the lists ends them (Scottish university courts' papers);
- a person's apology repeated shorter in the first minute ("Mr Lau Kee") is one person;
- "Student Trustee: B" after the absent list, and "Councilmember X arrived at 6:21 p.m." under a
  roll marking X absent: present (US boards and city councils)."""

from __future__ import annotations

from conftest import (
    WRITTEN,
    WRITTEN_DEV14,
    WRITTEN_DEV15,
    WRITTEN_DEV16,
    WRITTEN_DEV18,
    WRITTEN_DEV20,
    written_doc,
)

from boardpapers.extract.attendance import (
    _Block,
    _is_bare_label,
    _person_from_piece,
    _person_sentence,
    _rejoin_posts,
    _split_list,
    extract_attendance,
)
from boardpapers.extract.attendance_labels import english_label
from boardpapers.extract.decisions import Line
from boardpapers.extract.meetings import extract_meetings


def _people(folder, stem: str) -> set[tuple[str, str]]:
    doc = written_doc(folder, stem)
    return {(a.name, a.status) for a in extract_attendance(doc, extract_meetings(doc))}


def test_substitute_sentence_ends_the_apologies_list():
    block = _Block("apologies")
    block.inline = True
    block.lines = []
    assert not _person_sentence(
        "Councillor P. Thurlow attended as substitute for Councillor Hartigan.", block
    )
    block.lines = [Line(3, "Councillors B. Hartigan and R. Sewell.")]
    assert _person_sentence("Councillor P. Thurlow attended as substitute for Councillor Hartigan.", block)
    assert not _person_sentence("Councillor P. Thurlow (Vice-Chair)", block)


def test_substitutes_are_no_apologies_on_read_planning_minutes():
    for folder, stem, sub, away in [
        (WRITTEN_DEV18, "f-marlow-fen-dc-planning-2025-03-12", "P. Thurlow", {"B. Hartigan", "R. Sewell"}),
        (WRITTEN_DEV14, "c-wendlebury-dc-planning-2025-06-17", "N Brant", {"H Pargeter", "A Lowther"}),
        (WRITTEN, "stourmere-dc-planning-committee-minutes-2024-03", "W Tennant", {"B Gorringe", "E Varley"}),
    ]:
        people = _people(folder, stem)
        assert (sub, "present") in people
        assert (sub, "apologies") not in people
        assert {n for n, s in people if s == "apologies"} == away


def test_post_then_name_list_wrapped_at_and():
    text = (
        "General Manager (Mr Craig Ellery), Director Infrastructure Services (Ms Robyn Hatzidimitriou), "
        "Director Corporate and Community Services (Mr Sanjay Pillai), Manager Planning and Environment "
        "(Ms Kate Brennan-Walsh) and Governance Officer (Ms Ella Forsyth)."
    )
    pieces = _rejoin_posts(_split_list(text))
    assert "Director Corporate and Community Services (Mr Sanjay Pillai)" in pieces
    assert "Manager Planning and Environment (Ms Kate Brennan-Walsh)" in pieces
    people = _people(WRITTEN_DEV15, "d-yarrabool-shire-ocm-2025-02-25")
    for name in [
        "Craig Ellery",
        "Robyn Hatzidimitriou",
        "Sanjay Pillai",
        "Kate Brennan-Walsh",
        "Ella Forsyth",
    ]:
        assert (name, "in_attendance") in people


def test_post_then_styled_name_row():
    assert _person_from_piece("General Manager Mr Craig Pemberton") == (
        "Craig Pemberton",
        "General Manager",
        None,
    )
    assert _person_from_piece("Governance Coordinator (Minute Taker) Mrs Deb Kowalczyk") == (
        "Deb Kowalczyk",
        "Governance Coordinator (Minute Taker)",
        None,
    )
    assert _person_from_piece("Ms Harriet Langstone Non-Executive Director")[0] == "Harriet Langstone"


def test_chair_and_member_before_names_on_rows():
    people = _people(WRITTEN_DEV15, "e-black-creek-headwaters-ca-board-2025-04-24")
    for name in ["Linda Vanderkooy", "Raj Dhaliwal", "Darlene Two-Rivers", "Pieter de Groot", "Tom McKinnon"]:
        assert (name, "present") in people


def test_post_then_styled_name_rows_under_in_attendance():
    people = _people(WRITTEN_DEV15, "f-yarrandale-shire-ocm-2025-02-25")
    for name in [
        "Craig Pemberton",
        "Hamish Lindgren",
        "Natalie Van der Berg",
        "Ruth Osei-Mensah",
        "Deb Kowalczyk",
    ]:
        assert (name, "in_attendance") in people


def test_councillors_group_under_attendance_item():
    people = _people(WRITTEN_DEV16, "b-coorabin-shire-ordinary-2025-06-24")
    for name in ["Bronwyn McAllister", "Peter Kostopoulos", "Jodie Nguyen-Hart", "Kevin O'Shea"]:
        assert (name, "present") in people
    assert ("Grant Holloway", "in_attendance") in people


def test_slash_joined_labels():
    assert english_label("Staff/Guests: Heather Boyd, CFO", _is_bare_label) == "Staff: Heather Boyd, CFO"
    assert english_label("Chair/Cadeirydd: A", _is_bare_label) == "Chair/Cadeirydd: A"
    people = _people(WRITTEN_DEV18, "a-bayshore-lakes-hc-board-2025-06-18")
    for name in ["Heather Boyd", "Marc Desrosiers", "Stephanie Roy"]:
        assert (name, "in_attendance") in people
        assert (name, "apologies") not in people
    assert {n for n, s in people if s == "apologies"} == {"Farid Haddad"}


def test_agenda_heading_ends_the_lists():
    people = _people(WRITTEN_DEV14, "d-glenmorven-university-court-2025-06-23")
    assert len(people) == 19
    assert not any(n.startswith(("Paper", "Student Recruitment", "Convener")) for n, _ in people)


def test_shortened_repeat_of_an_apology():
    people = _people(WRITTEN_DEV20, "s-fiji-arts-heritage-trust-board-pack-2025-09-18")
    assert ("Henry Lau Kee", "apologies") in people
    assert ("Lau Kee", "apologies") not in people


def test_student_seat_after_the_absent_list_is_present():
    people = _people(WRITTEN_DEV14, "d-arroyo-seco-ccd-board-2025-03-11")
    assert ("Itzel Barragán", "present") in people
    assert ("Raymond Tso", "apologies") in people


def test_late_arrival_after_the_roll_call():
    people = _people(WRITTEN_DEV16, "a-harlan-springs-city-council-2025-04-08")
    assert ("Naomi Whitehorse", "present") in people
    assert ("Naomi Whitehorse", "apologies") not in people
    assert ("Lupe Castaneda", "apologies") in people


def test_member_title_rows_and_a_chair_post_under_a_name():
    people = _people(WRITTEN_DEV15, "c-grand-rideau-ca-governance-audit-2025-06-12")
    for name in ["Denise Lavoie", "Robert Hughes-Fairbairn", "Anita Chaudhry", "Jean-Marc Thibodeau"]:
        assert (name, "present") in people
    assert ("Patrick O’Driscoll", "apologies") in people
    # "Revd Canon Elaine" / "Fortescue" / "Chair Kestermoor Voluntary Sector" / "Alliance": a post
    hwb = _people(WRITTEN, "kestermoor-hwb-agenda-and-minutes-2024-09")
    assert not any(n.startswith("Kestermoor") for n, _ in hwb)
