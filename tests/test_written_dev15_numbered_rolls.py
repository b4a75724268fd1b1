"""Numbered rolls under their status labels (read on benchmarks/written-dev15): "PRESENT" / "1. Eng.
Peter Mutai, OGW - Chairperson" (East African state corporations), "DIRECTORS PRESENT:" over a
"Sl. No. | Name | Designation" table (Indian companies), "ABSENT WITH APOLOGY", South Asian and
professional styles before names, a leave of absence granted in a minute, and a meeting date
whose day is written in words ("the fourth day of March 2025"). Variants written here, then
the read files."""

from __future__ import annotations

from attendance_text import read_attendance as _read
from conftest import WRITTEN_DEV15, written_doc

from boardpapers.extract.attendance import extract_attendance, strip_honorifics
from boardpapers.extract.dates import find_worded_date
from boardpapers.extract.meetings import extract_meetings


def test_numbered_roll_with_hyphen_posts_and_absent_with_leave():
    got = _read(
        "MEMBERS PRESENT\n"
        "1. Hon. Amina Juma Said, EBS - Chairperson\n"
        "2. Eng. Otieno Kamau Wekesa - Director\n"
        "3. Dr. Wanjiku Njeri Mwangi - Director (Alternate to the PS, Treasury)\n"
        "ABSENT WITH LEAVE\n"
        "1. Arch. Paul Mwangi Kariuki - Director\n"
        "IN ATTENDANCE\n"
        "1. CPA Janet Atieno Ochieng - Head of Finance\n"
        "2. Approval of the Agenda\n"
        "3. Matters Arising\n"
    )
    names = [(n, s) for n, s, _ in got]
    assert ("Otieno Kamau Wekesa", "present") in names
    assert ("Wanjiku Njeri Mwangi", "present") in names
    assert ("Paul Mwangi Kariuki", "apologies") in names
    assert ("Janet Atieno Ochieng", "in_attendance") in names
    assert all(n != "Otieno Kamau" for n, _ in names)
    roles = {n: r for n, _, r in got}
    assert roles["Otieno Kamau Wekesa"] == "Director"
    assert roles["Wanjiku Njeri Mwangi"] == "Director (Alternate to the PS, Treasury)"
    # the agenda after the list: numbered items, not people
    assert not any("Agenda" in n or "Matters" in n for n, _ in names)


def test_numbered_minute_items_still_end_a_plain_list():
    got = _read("Present: Cllr Ann Bell, Cllr Tom Hale\n1. Welcome and Apologies\n2. Opening Prayer\n")
    assert [n for n, _, _ in got] == ["Ann Bell", "Tom Hale"]


def test_capitalised_group_label_and_leave_granted_in_a_minute():
    got = _read(
        "TRUSTEES PRESENT:\n"
        "1. Shri Rajesh Kumar Menon Chairman\n"
        "2. Smt. Lata Devi Sharma Trustee\n"
        "5.2 LEAVE OF ABSENCE\n"
        "The Secretary reported that Kum. Asha Rao had sought leave. Leave of absence was granted\n"
        "to Kum. Asha Rao.\n"
    )
    names = {(n, s) for n, s, _ in got}
    assert ("Rajesh Kumar Menon", "present") in names or ("Rajesh Kumar", "present") in names
    assert ("Asha Rao", "apologies") in names


def test_styles_and_honours_before_and_after_names():
    assert strip_honorifics("Smt. Radhika Iyer") == "Radhika Iyer"
    assert strip_honorifics("Eng. Peter Mutai, OGW") == "Peter Mutai"
    assert strip_honorifics("CA Sunita Bhalerao") == "Sunita Bhalerao"
    assert strip_honorifics("CA Board") == "CA Board"  # an acronym before no person stays


def test_worded_day_with_a_year_in_figures():
    assert find_worded_date("HELD ON MONDAY, THE\nTWENTY-SECOND DAY OF SEPTEMBER, 2025 AT") == "2025-09-22"
    assert find_worded_date("on this tenth day of June 2024") == "2024-06-10"
    assert find_worded_date("the eleventh of March, two thousand and twenty-five") == "2025-03-11"
    assert find_worded_date("the fourth day of March") is None


def test_written_dev15_kenyan_and_indian_boards():
    for stem, count in (
        ("b-nyando-valley-wwda-board-2025-03-13", 10),
        ("f-konkan-coastal-infra-board-2025-03-04", 11),
    ):
        doc = written_doc(WRITTEN_DEV15, stem)
        meetings = extract_meetings(doc)
        assert meetings and meetings[0].date in {"2025-03-13", "2025-03-04"}
        got = extract_attendance(doc, meetings)
        assert len({(a.name, a.status) for a in got}) == count


def test_contents_list_before_the_roll_and_a_bare_staff_label():
    got = _read(
        "TABLE OF CONTENTS\n"
        "1 Opening of Meeting 3\n"
        "2 Planning Report – Rezoning of Lot 4 and Consolidation of the\n"
        "Adjoining Reserve 3\n"
        "3 Close of Meeting 5\n"
        "MEMBERS PRESENT:\n"
        "Cr Ann Bell (Chair), Cr Tom Hale and Cr Ivy Moss.\n"
        "STAFF PRESENT\n"
        "Jo Pike, Chief Executive; Lee Moss, Finance Manager\n"
        "1 OPENING OF MEETING\n"
    )
    assert ("Tom Hale", "present", None) in got
    assert ("Jo Pike", "in_attendance", "Chief Executive") in got
    assert ("Lee Moss", "in_attendance", "Finance Manager") in got
