"""Attendance families read in written-dev18: a Name | Position | Attendance table marking those
present with a tick ("✓ (virtual)", "✓ (from 5:50 p.m.)") and the rest "Regrets", its members
grouped under rows of their own ("Elected Directors", "Ex-Officio Directors (non-voting)", "Staff
Resources / Guests": Canadian hospital and health boards); a te reo Māori opening item
("1. Karakia and welcome") before the record of attendance (New Zealand school boards and
councils); the roll told in one paragraph ("the following Trustees were present: ... Absent: ...":
US special districts). Tested on variants written for them (text here, and tests/data/variants
rendered with benchmarks/synthetic/render.py) and on the read files."""

from __future__ import annotations

from pathlib import Path

from attendance_text import MEETING, read_attendance
from conftest import WRITTEN_DEV18, written_doc

from boardpapers.extract.attendance import _prose_roll, attendance_in, extract_attendance
from boardpapers.extract.decisions import Line
from boardpapers.extract.meetings import extract_meetings

VARIANTS = Path(__file__).parent / "data" / "variants"


def _people(doc) -> list[tuple[str, str, str | None]]:
    return [(a.name, a.status, a.role) for a in extract_attendance(doc, extract_meetings(doc))]


def test_tick_status_table_with_group_rows_and_designations():
    """Ticks are attendance, a tick with a note wider than its header is still the status, a
    group row is no part of the name above it, "Staff and Guests" opens the non-members, and
    "CPA", "P.Eng.", "RN" after a name are no post."""
    from conftest import _load

    got = _people(_load(str(VARIANTS / "hospital-board-tick-status-groups.pdf")))
    assert got == [
        ("Ólafur Brennan", "present", "Chair"),
        ("Danielle Pelletier", "present", "Vice-Chair"),
        ("Amos Whitehorse", "apologies", "Governor"),
        ("Krzysztof Nowak", "present", "Governor"),
        ("Émilie Tremblay", "present", "Chief of Staff"),
        ("Ruth Saganash", "present", "Chief Nursing Executive"),
        ("Graham Oduya", "in_attendance", "VP Finance and CFO"),
        ("Wendy Sinclair", "in_attendance", "Board Secretary (Recorder)"),
    ]


def test_karakia_opening_item_before_the_attendance_lists():
    text = """1. Mihi whakatau and karakia
The Chair opened the hui with a karakia and welcomed
everyone.
2. Apologies and attendance
Present
Wiremu Hōhaia – Chairperson
Lena Tuhiwai – Trustee
Apologies
Mark Devlin – Trustee
In attendance
Carol Fifita – Board Secretary
3. Minutes of the previous meeting"""
    assert read_attendance(text) == [
        ("Wiremu Hōhaia", "present", "Chairperson"),
        ("Lena Tuhiwai", "present", "Trustee"),
        ("Mark Devlin", "apologies", "Trustee"),
        ("Carol Fifita", "in_attendance", "Board Secretary"),
    ]


def test_roll_call_told_in_one_paragraph():
    text = """1. CALL TO ORDER
Chair Ines Ortega called the meeting to order at 6:00 p.m.
2. ROLL CALL
Upon roll call the following Directors were present: Chair Ines Ortega, Director Paul
K. Simmons and Director Rita Osei. Absent: Director Joan M.
Kerrigan. A quorum was present.
Also present: Dale Fry, General Manager; Nora Link, Board Secretary.
3. PUBLIC COMMENT
Ayes: Ortega, Simmons, Osei (3). Nays: None (0). Absent: Kerrigan (1). Motion carried."""
    lines = _prose_roll([Line(1, t) for t in text.splitlines()])
    got = [(a.name, a.status, a.role) for a in attendance_in(lines, MEETING)]
    assert got == [
        ("Ines Ortega", "present", "Chair"),
        ("Paul K. Simmons", "present", "Director"),
        ("Rita Osei", "present", "Director"),
        ("Joan M. Kerrigan", "apologies", "Director"),
        ("Dale Fry", "in_attendance", "General Manager"),
        ("Nora Link", "in_attendance", "Board Secretary"),
    ]


def test_dev18_tick_table_karakia_and_prose_roll():
    doc = written_doc(WRITTEN_DEV18, "e-kawartha-ridge-health-alliance-2025-09-24")
    got = _people(doc)
    assert len(got) == 16
    assert ("Étienne Lacasse", "present", "President, Medical Staff Association") in got
    assert ("Joseph Kakepetum", "apologies", "Director") in got
    assert ("Kimberley Ross", "in_attendance", "Executive Assistant (Recorder)") in got
    got = _people(written_doc(WRITTEN_DEV18, "d-te-awa-kowhai-school-board-2026-11-10"))
    assert [(n, s) for n, s, _ in got][:2] == [("Hemi Te Whata", "present"), ("Aroha Ngata", "present")]
    assert len(got) == 9
    got = _people(written_doc(WRITTEN_DEV18, "f-cedar-prairie-wrd-board-2025-05-20"))
    assert ("Harlan P. Whitcomb", "apologies", "Trustee") in got
    assert ("Marguerite Szymanski", "present", "President") in got
    assert len(got) == 10
