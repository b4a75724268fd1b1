"""Attendance tables whose headers are centred over flush-left cells, delegates' tables by member
state, Philippine styles before names, and "ABSENT" in capitals as a list's heading (written-dev34,
expected values read from the PDFs)."""

from __future__ import annotations

from conftest import WRITTEN_DEV34, written_doc

from boardpapers.extract.attendance import extract_attendance


def _people(stem: str) -> dict[str, tuple[str, str | None, str | None]]:
    return {
        a.name: (a.status, a.role, a.organisation)
        for a in extract_attendance(written_doc(WRITTEN_DEV34, stem))
    }


def test_a_roll_call_table_with_centred_headers_and_styled_names():
    got = _people("el-salinas-valley-electric-coop-board-2025-06-26")
    assert got["Romeo B. Villanueva"] == ("present", "President", None)
    assert got["Jaime A. Dacanay"] == ("apologies", "Member", None)
    assert got["Gregorio L. Santos"][:2] == ("in_attendance", "Board Legal Counsel")


def test_a_delegates_table_by_member_state():
    got = _people("el-pihmsc-council-24th-meeting-2025-10-08")
    assert got["Joel Tari Malessa"] == ("present", "Chair of Council; Director, Ports and Marine", "Vanuatu")
    assert got["Ngaire Tuara-Williams"] == ("present", "Alternate", "Cook Islands")
    assert got["Dogabe Harris"] == ("apologies", None, "Nauru")
    # the paragraphs under the table are read as lists, not as the table's last row
    assert got["Helena Marsh"][0] == "in_attendance"


def test_absent_in_capitals_heads_a_list():
    got = _people("el-haute-riviere-district-council-2025-07-17")
    assert got["Harish Ramsurrun"][0] == "apologies"
    assert got["Rajen Doorgakant"][0] == "present"


def test_a_list_of_participants_annexed_to_a_record_of_proceedings():
    got = _people("em-picftc-governing-council-record-2025-06-03")
    assert got["Tepaeru Marsters"] == (
        "present",
        "Secretary, Ministry of Marine Resources (Council Member)",
        "Cook Islands",
    )
    assert got["Miliakere Vunisea"] == ("in_attendance", "Director", "PICFTC Secretariat")
    assert got["Tauala Seluka"][0] == "apologies"
    # the next annex's heading is no one's name
    assert not any("ACTIONS" in n for n in got)


def test_presiding_and_parish_offices_before_names():
    got = _people("em-parish-of-st-medard-assembly-minutes-2025-10-14")
    assert got["Philip Le Gresley"][0] == "present"
    assert got["Michael Le Cornu"][0] == "apologies"
