"""Attendance of the minutes families read on benchmarks/written-dev12 (session 10, round 2), each
with a variant of the same family written here: US school boards' run-in numbered items ("1. CALL
TO ORDER. The President called ...") over the roll call, and English academy trusts' lists with
a governance professional, accepted apologies and a head from one of the trust's schools."""

from __future__ import annotations

from conftest import WRITTEN_DEV12, written_doc

from boardpapers.extract.attendance import attendance_in, extract_attendance
from boardpapers.extract.decisions import Line
from boardpapers.extract.meetings import extract_meetings
from boardpapers.extract.records import Meeting

MEETING = Meeting(body="Board", date="2025-08-12", title=None, location=None, page=1)


def _read(text: str) -> list[tuple[str, str, str | None]]:
    lines = [Line(1, t) for t in text.splitlines()]
    return [(a.name, a.status, a.role) for a in attendance_in(lines, MEETING)]


def _people(stem: str) -> list[tuple[str, str, str | None]]:
    doc = written_doc(WRITTEN_DEV12, stem)
    return [(a.name, a.status, a.role) for a in extract_attendance(doc, extract_meetings(doc))]


def test_us_board_run_in_opening_items_over_the_roll():
    # the opening item runs into its sentence and the roll call item ends in a full stop; a
    # group under the absent list whose own note says present is present
    got = _read(
        "A. CALL TO ORDER. Chair Lindqvist opened the session at 7:02 p.m.\n"
        "B. ROLL CALL.\n"
        "Trustees present: Ana Ruiz, Grace Obi\n"
        "Trustees absent: Tom Whitfield (excused)\n"
        "Student Trustee: Kai Longbottom (present)\n"
        "Staff present: Dr. Hal Brenner, Superintendent; Mia Costa, Chief Business Officer\n"
        "C. APPROVAL OF THE AGENDA. Motion by Trustee Obi to approve.\n"
    )
    assert got == [
        ("Ana Ruiz", "present", "Trustee"),
        ("Grace Obi", "present", "Trustee"),
        ("Tom Whitfield", "apologies", None),
        ("Kai Longbottom", "present", "Student Trustee"),
        ("Hal Brenner", "in_attendance", "Superintendent"),
        ("Mia Costa", "in_attendance", "Chief Business Officer"),
    ]


def test_run_in_roll_call_item_keeps_its_label():
    # "2. ROLL CALL. Present: ..." -- the label runs in after the item's heading
    got = _read("1. CALL TO ORDER.\n2. ROLL CALL. Present: Ana Ruiz, Grace Obi\n3. MINUTES\n")
    assert [(n, s) for n, s, _ in got] == [("Ana Ruiz", "present"), ("Grace Obi", "present")]


def test_academy_trust_governance_professional_and_accepted_apologies():
    got = _read(
        "In attendance:\n"
        "Priya Nair, Governance Professional\n"
        "Tom Hale, Principal, Elm Road\n"
        "College (item 4 only)\n"
        "Apologies: Ben Cole (accepted); Ada Fox (accepted)\n"
    )
    assert got[0] == ("Priya Nair", "in_attendance", "Governance Professional")
    assert got[1][:2] == ("Tom Hale", "in_attendance")
    assert got[2:] == [("Ben Cole", "apologies", None), ("Ada Fox", "apologies", None)]


def test_written_dev12_school_board_minutes_in_an_agenda_pack():
    got = _people("cedar-hollow-usd-board-2025-08-12")
    assert ("Maria Elena Alvarez", "present", None) in got
    assert ("Robert Haskins", "apologies", None) in got
    assert ("Sofia Castellanos", "present", "Student Member") in got
    assert ("Laura Pennebaker", "in_attendance", "Recording Secretary") in got
    assert len(got) == 10


def test_written_dev12_academy_trust_minutes():
    got = _people("fellgate-learning-partnership-trustees-2025-07-03")
    assert ("Kiran Bassi", "in_attendance", "Governance Professional (clerk)") in got
    assert ("Edward Crossley-Hunt", "apologies", None) in got
    assert not any(n == "Governance Professional" for n, _, _ in got)
    assert len(got) == 12
