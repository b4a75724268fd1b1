"""Attendance families read in written-dev25 and -dev26 (session 17): numbered ruled tables under
each status label with an "S/N | NAME | DESIGNATION" header (Nigerian and Ghanaian boards and
councils), West African styles and honours ("Alhaji (Dr.)", "Barr.", "Hajiya", ", mni", ", SAN"),
and label | name | post forms whose label is wrapped in its narrow column with its colon set
before the first name (Singaporean and Malaysian town councils and boards). Tested on variants
written for them (text, and two rendered HTML pages) and on the read files."""

from __future__ import annotations

from pathlib import Path

from attendance_text import read_attendance
from conftest import WRITTEN_DEV25, WRITTEN_DEV26

from boardpapers.pipeline.process import parse_file

VARIANTS = Path(__file__).parent / "data" / "variants"


def _people(pdf: Path) -> list[tuple[str, str, str | None, str | None]]:
    return [(a.name, a.status, a.role, a.organisation) for a in parse_file(str(pdf)).records["attendance"]]


def test_numbered_dash_rows_with_west_african_styles_and_honours():
    got = read_attendance(
        "MEMBERS PRESENT:\n"
        "S/No. Name Designation\n"
        "1. Alhaji (Dr.) Sani Garba Yusuf, mni – Chairman\n"
        "2. Barr. Ngozi Adaeze Umeh, SAN – Member (South-East)\n"
        "3. Hajiya Fatima Bello-Kano – Member (North-West)\n"
        "4. Mrs. Ronke Alabi – Head, Clinical Services\n"
        "ABSENT WITH APOLOGY:\n"
        "1. Engr. Tunde Bakare, FNSE – Member (South-West)\n"
        "1.0 OPENING PRAYER\n"
        "The meeting commenced at 10.05 a.m. with a prayer.\n"
    )
    assert got == [
        ("Sani Garba Yusuf", "present", "Chairman"),
        ("Ngozi Adaeze Umeh", "present", "Member (South-East)"),
        ("Fatima Bello-Kano", "present", "Member (North-West)"),
        ("Ronke Alabi", "present", "Head, Clinical Services"),
        ("Tunde Bakare", "apologies", "Member (South-West)"),
    ]


def test_serial_number_table_with_wrapped_post_rendered():
    got = _people(VARIANTS / "attendance-sn-table-west-african-styles.pdf")
    assert [(n, s) for n, s, _, _ in got] == [
        ("Nana Kwabena Owusu-Ansah", "present"),
        ("Rabiatu Issah Mahama", "present"),
        ("Kofi Boateng Mensah", "present"),
        ("Abena Serwaa Darko", "present"),
        ("Yaw Agyeman-Duah", "apologies"),
        ("Ebo Quansah", "in_attendance"),
    ]
    assert got[1][2] == "Member (Rep., Ministry of Local Government, Decentralisation and Rural Development)"
    assert got[5][2] == "Head, Finance and Administration"


def test_label_colon_rows_with_wrapped_labels_rendered():
    got = _people(VARIANTS / "attendance-label-colon-rows-wrapped-label.pdf")
    assert got == [
        ("Lim Boon Keat Wei", "present", "Chairman", None),
        ("Ahmad Faizal bin Hamzah", "present", "Board Member", None),
        ("Chong Mei Ling", "present", "Board Member", None),
        ("Ng Teck Soon Huat", "apologies", "Board Member", None),
        ("Siti Rohana binte Yusof", "in_attendance", "Company Secretary", None),
    ]


def test_read_files():
    cdrcn = _people(WRITTEN_DEV25 / "i-cdrcn-governing-board-2025-03-18.pdf")
    assert len(cdrcn) == 13
    assert ("Ibrahim Danjuma Sule", "present", "Member (North-Central Zone)", None) in cdrcn
    fmc = _people(WRITTEN_DEV26 / "o-fmc-oke-ako-bom-2025-06-12.pdf")
    assert ("Musa Bello Danjuma", "present", "Chairman", None) in fmc
    assert ("Folasade Adeyemi-Ojo", "present", "Head, Nursing Services", None) in fmc
    town = _people(WRITTEN_DEV26 / "z-kallang-riverside-tc-2025-03-26.pdf")
    assert ("Tay Kok Wah", "apologies", "Councillor", None) in town
    assert ("Desmond Tan Wei Liang", "present", "Chairman", None) in town


def test_capital_heading_wrap_is_no_label_and_saints_surnames():
    got = read_attendance(
        "MINUTES OF THE 61ST MEETING OF THE BOARD HELD AT THE CONFERENCE ROOM, 2ND FLOOR,\n"
        "ADMINISTRATION CENTRE, SAN FERNANDO\n"
        "PRESENT:\n"
        "Mrs. Marcia St. Clair – Chairman\n"
        "Mr. Darren Lutchman – Director\n"
        "IN ATTENDANCE:\n"
        "Mr. Andre St. Louis – Director, Legal Services\n"
        "1. Call to Order\n"
    )
    assert got == [
        ("Marcia St. Clair", "present", "Chairman"),
        ("Darren Lutchman", "present", "Director"),
        ("Andre St. Louis", "in_attendance", "Director, Legal Services"),
    ]
