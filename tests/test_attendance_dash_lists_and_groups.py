"""Run-in staff lists of "Name – Post" pieces parted by semicolons and wrapped anywhere (New
Zealand and Australian councils), group headings that read like names ("Staff Governors": NHS
foundation trusts' councils of governors), a name's "Jr." suffix (US boards), and two groups of
one list set side by side under "Present:" (NHS Scotland boards), read on
benchmarks/written-heldout8; variants written here, then the read files."""

from __future__ import annotations

from attendance_text import read_attendance as _read
from conftest import WRITTEN_HELDOUT8, written_doc

from boardpapers.extract.attendance import extract_attendance
from boardpapers.extract.meetings import extract_meetings


def test_name_dash_post_list_wrapped_inside_names_and_at_a_dash():
    got = _read(
        "Officers present: Lena Hart – Chief Executive Officer; Mika\n"
        "Tuilagi – Director Infrastructure; Joe Park – Manager Governance,\n"
        "Risk and Audit; Sara Whyte –\n"
        "Committee Officer\n"
        "Apologies: Cr Ben Fox\n"
    )
    assert got == [
        ("Lena Hart", "in_attendance", "Chief Executive Officer"),
        ("Mika Tuilagi", "in_attendance", "Director Infrastructure"),
        ("Joe Park", "in_attendance", "Manager Governance, Risk and Audit"),
        ("Sara Whyte", "in_attendance", "Committee Officer"),
        ("Ben Fox", "apologies", None),
    ]


def test_group_headings_that_look_like_names_and_a_suffix():
    got = _read(
        "Present:\n"
        "Mr Ian Gold (Chair)\n"
        "Staff Governors\n"
        "Ms Ruth Pike\n"
        "Partner Governors\n"
        "Mr Alan Brook\n"
        "Absent: Trustee Samuel T. Reyes Jr.\n"
    )
    assert ("Ruth Pike", "present", "Staff Governor") in got
    assert ("Alan Brook", "present", "Partner Governor") in got
    assert not any(n.endswith("Governors") for n, _, _ in got)
    assert any(n == "Samuel T. Reyes Jr." and s == "apologies" for n, s, _ in got)


def _people(stem: str) -> list[tuple[str, str, str | None]]:
    doc = written_doc(WRITTEN_HELDOUT8, stem)
    return [(a.name, a.status, a.role) for a in extract_attendance(doc, extract_meetings(doc))]


def test_written_heldout8_two_member_groups_side_by_side():
    got = _people("nhs-strathallan-board-2025-08-26")
    assert ("Alasdair Mair", "present", "Vice Chair") in got
    assert ("Neil Farquharson", "present", "Director of Finance") in got
    assert ("Gordon Pettigrew", "present", "Whistleblowing Champion") in got
    assert ("Jennifer Ogilvie", "in_attendance", "Director of Acute Services") in got
    assert len(got) == 21


def test_written_heldout8_regional_council_staff_list():
    got = _people("waitapu-regional-council-2025-06-18")
    assert ("Daniel Kruger", "in_attendance", "General Manager Regional Transport") in got
    assert ("Ana Liufau", "in_attendance", "Governance Advisor") in got
