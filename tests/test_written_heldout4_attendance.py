"""Attendance of the layout families met in benchmarks/written-heldout4 (read and fixed against in
session 8), each with variant forms of the family that the set does not hold. Expected values read
from the PDFs."""

from __future__ import annotations

from conftest import WRITTEN_HELDOUT4, written_doc

from boardpapers.extract.attendance import STOP_BLOCK, attendance_in, extract_attendance
from boardpapers.extract.decisions import Line
from boardpapers.extract.meetings import extract_meetings
from boardpapers.extract.records import Meeting

# the session-7 held-out set, read in session 8
MEETING = Meeting(body="Board", date="2025-01-01", title=None, location=None, page=1, kind="minutes")


def _people(stem: str) -> dict[str, tuple[str | None, str | None, str]]:
    doc = written_doc(WRITTEN_HELDOUT4, stem)
    return {
        a.name: (a.role, a.organisation, a.status) for a in extract_attendance(doc, extract_meetings(doc))
    }


def _read(*texts: str) -> dict[str, tuple[str | None, str | None, str]]:
    lines = [Line(1, t) for t in texts]
    return {a.name: (a.role, a.organisation, a.status) for a in attendance_in(lines, MEETING)}


def test_roll_call_of_bare_surnames():
    """US city council summary minutes: the venue's street address under the heading, then
    "B. ROLL CALL" / "Present: Alvarado, ..., Nakamura," / "O'Rourke, Whitfield" (a line repeated
    in every recorded vote) / "Excused: Dumas" / "Late Arrivals: None" / "C. PRESENTATIONS"."""
    people = _people("port-ellison-city-council-summary-minutes-2025-10-06")
    assert len(people) == 9
    assert people["O'Rourke"] == (None, None, "present")
    assert people["Dumas"] == (None, None, "apologies")
    assert "Nakamura presented" not in " ".join(people)


def test_surname_roll_variants():
    """Other rolls by surname: semicolon-parted labels on one line, a bracketed note, "and"."""
    people = _read(
        "Roll Call - Present: Adams, Baker (arrived 7:05 p.m.), Clark and Davies; Absent: Evans",
        "Pledge of Allegiance was led by the Mayor and recited by all those present today.",
    )
    assert set(people) == {"Adams", "Baker", "Clark", "Davies", "Evans"}
    assert people["Evans"][2] == "apologies"
    people = _read("Members present: Okafor, Lindqvist, Moreau", "Absent: Tan and Lee")
    assert people["Tan"] == (None, None, "apologies") and people["Lee"][2] == "apologies"
    # two words are not a roll of surnames, nor is a heading's words
    assert _read("Present: Chair, Clerk") == {}
    assert not _read("Absent: None", "Present: All")


def test_street_address_and_lettered_heading_are_not_minutes():
    for address in ("600 Fourth Avenue", "12 Market Street, Leeds", "100 N. Main St.", "45 Church Road"):
        assert not STOP_BLOCK.match(address), address
    for heading in ("3 Minutes of the last meeting", "C. PRESENTATIONS", "D. APPROVAL OF THE AGENDA"):
        assert STOP_BLOCK.match(heading), heading
    assert not STOP_BLOCK.match("J. Smith")


def test_two_columns_read_one_after_the_other():
    """Hospice trustees' minutes: "Trustees present" beside "In attendance" on one line, the text
    layer reading the left column down and then the right; "Chief Executive (CH)": initials."""
    people = _people("ardenlea-hospice-trustees-2025-01")
    assert len(people) == 12
    assert people["Margaret Quayle"] == ("Chair", None, "present")
    assert people["Alison Tewkesbury"][2] == "present"
    assert people["Claire Hennessy"] == ("Chief Executive", None, "in_attendance")
    assert people["Derek Hollins"][2] == "apologies"


def test_group_present_label_without_colon():
    """ "Trustees present", "Governors present", "Regents Present:" over their names."""
    people = _read("Governors present", "Mrs Ann Bell (Chair)", "Mr Tom Reid")
    assert people["Tom Reid"] == ("Governor", None, "present")
    people = _read("Selectmen Present: Jane Doe, Chair; Bob Roe; Al Poe, Clerk")
    assert people["Bob Roe"] == ("Selectman", None, "present")
    assert people["Al Poe"] == ("Clerk", None, "present")


def test_regents_semicolon_roll_with_a_military_rank():
    """US university board of regents: "Regents Present: Name, Chair; ...; Thomas Bankole; ...;
    and Col. (Ret.) Dwayne Harkness (by telephone, joined at 10:20 a.m.)"."""
    people = _people("cumberland-state-regents-minutes-2025-09-18")
    assert people["Margaret O'Halloran-Pike"] == ("Chair", None, "present")
    assert people["Thomas Bankole"] == ("Regent", None, "present")
    assert people["Alyssa Mbeki-Turner"] == ("Student Regent", None, "present")
    assert people["Dwayne Harkness"] == ("Regent", None, "present")
    assert len([p for p in people.values() if p[2] == "in_attendance"]) == 7
    # other ranks and forms of retirement
    people = _read("Present: Brigadier Jane Fox (Retd), Chair; Air Cdre Ian Moss; Dr Ann Lee, Clerk")
    assert people["Jane Fox"][0] == "Chair" and "Ian Moss" in people


def test_status_table_with_category_column_and_text_after_it():
    """Academy local governing body: "Governor | Category | Attendance" with "Andrew Kettleby
    (Chair)" in the name cell, then "Also present: ..." in the text under the table."""
    people = _people("weirside-brackenfield-lgb-2025-03")
    assert people["Andrew Kettleby"] == ("Co-opted governor (Chair)", None, "present")
    assert people["Olufemi Adebayo"] == ("Parent governor", None, "apologies")
    assert people["Nadia Hussain"] == ("Deputy Headteacher and SENDCo", None, "in_attendance")
    assert people["Steven Clough"] == ("Director of Education", "Weirside Learning Trust", "in_attendance")
    assert "Part A" not in people


def test_witnesses_in_attendance_and_a_body_named_after_the_post():
    """Joint health scrutiny committee: "Witnesses in attendance:" over "Amara Osei | Chief
    Operating Officer, Brantwood Teaching Hospitals NHS Foundation Trust"."""
    people = _people("aldermoor-kestrel-vale-jhosc-minutes-2025-10-16")
    assert people["Amara Osei"] == (
        "Chief Operating Officer",
        "Brantwood Teaching Hospitals NHS Foundation Trust",
        "in_attendance",
    )
    assert people["Jason Whitlock"][2] == "in_attendance"
    # other labels of the kind
    people = _read("Advisers in attendance: Jo Bell, Independent Adviser; Sam Roe, Actuary")
    assert people["Jo Bell"] == ("Independent Adviser", None, "in_attendance")
    people = _read("Council officers in attendance: Ann Lee (Monitoring Officer), Tom Fry (Clerk)")
    assert people["Tom Fry"][2] == "in_attendance"


def test_semicolon_list_wrapped_inside_a_name():
    """NDPB board minutes: "Board members: Dame Frances Oyelowo-Grant (Chair); Professor Iain
    MacLeod; Siobhan" / "D'Arcy; Dr Anil Ramaswamy MRCVS; ..." (a label | list form)."""
    people = _people("ovps-board-minutes-2025-09-17")
    assert {"Siobhan D'Arcy", "Anil Ramaswamy", "Owain Pritchard", "Christopher Wu"} <= set(people)
    people = _read("Present: Ann Bell (Chair); Dr Tom", "Reid FRCVS; Sue Lam", "", "1. Welcome")
    assert set(people) == {"Ann Bell", "Tom Reid", "Sue Lam"}
