"""Attendance families read in written-dev16: numbered rolls set as ruled "No. | Name |
Designation" tables under each status label (Kenyan and other East African state corporations),
councillors grouped under their party's name and acronym with stopped initials run together
("Cllr N.P. Zungu": South African municipal councils), opening items numbered before the
attendance register, and leave of absence applied for in a sentence. Tested on variants written
for them (text here, and tests/data/variants rendered with benchmarks/synthetic/render.py) and on
the read files."""

from __future__ import annotations

from pathlib import Path

from attendance_text import read_attendance
from conftest import WRITTEN_DEV16, written_doc

from boardpapers.extract.attendance import extract_attendance
from boardpapers.extract.meetings import extract_meetings

VARIANTS = Path(__file__).parent / "data" / "variants"


def _people(path: Path) -> list[tuple[str, str, str | None, str | None]]:
    from conftest import _load

    doc = _load(str(path))
    return [
        (a.name, a.status, a.role, a.organisation) for a in extract_attendance(doc, extract_meetings(doc))
    ]


def test_numbered_roll_tables_with_serial_cells_and_wrapped_posts():
    got = _people(VARIANTS / "state-corporation-numbered-roll-tables.pdf")
    assert [(n, s) for n, s, _, _ in got] == [
        ("Emmanuel Kisanga Mollel", "present"),
        ("Halima Juma Mrisho", "present"),
        ("Joseph arap Kosgei", "present"),
        ("Anthony Mushi Lyimo", "present"),
        ("Neema Wambura Chacha", "apologies"),
        ("Agnes Nyirenda Kapinga", "in_attendance"),
        ("Rashidi Omari Salum", "in_attendance"),
    ]
    assert got[0][2] == "Board Chairman"
    # the post wrapped in its own cell stays the post's
    assert "Ministry of Energy and Mineral Resources" in f"{got[2][2]} {got[2][3]}"


def test_numbered_roll_text_after_a_numbered_register_table():
    got = read_attendance(
        "REGISTER OF CONFLICTS OF INTEREST\n"
        "1. Eng. Paul Kimani Njoroge Item 4 – shareholder in a bidder\n"
        "DIRECTORS PRESENT\n"
        "No. Name Designation\n"
        "1. Hon. Eng. Paul Kimani Njoroge – Chairman\n"
        "2. Rev. Fr. Peter Odhiambo Otieno – Director\n"
        "3. Mr. Kiprop arap Chepkwony – Director\n"
        "ABSENT WITH APOLOGY\n"
        "1. Dr. Mary Atieno Ouma – Director\n"
    )
    assert [(n, s) for n, s, _ in got] == [
        ("Paul Kimani Njoroge", "present"),
        ("Peter Odhiambo Otieno", "present"),
        ("Kiprop arap Chepkwony", "present"),
        ("Mary Atieno Ouma", "apologies"),
    ]


def test_party_groups_and_run_together_initials():
    got = _people(VARIANTS / "municipal-council-party-groups-roll.pdf")
    present = [(n, o) for n, s, _, o in got if s == "present"]
    assert ("P.J. du Toit", "Democratic Alliance (DA)") in present
    assert ("L.M. Sibiya", "African National Congress (ANC)") in present
    assert ("H.J. Venter", "Freedom Front Plus (FF)") in present
    assert len(present) == 9
    assert {n for n, s, _, _ in got if s == "apologies"} == {"D.W. Khoza", "E. Petersen"}


def test_a_person_with_initials_is_no_party_group():
    got = read_attendance("Present:\nDavid Allen (DA)\nRuth Grey (RG)\nApologies:\nSimon Cole (SC)\n")
    assert [(n, s) for n, s, _ in got] == [
        ("David Allen", "present"),
        ("Ruth Grey", "present"),
        ("Simon Cole", "apologies"),
    ]


def test_opening_items_before_the_attendance_register():
    got = read_attendance(
        "1. OPENING, PRAYER AND WELCOME\n"
        "The Mayor opened the meeting.\n"
        "2. ATTENDANCE REGISTER\n"
        "COUNCILLORS PRESENT\n"
        "Cllr A.B. Dlamini\n"
        "Cllr C. Naidoo\n"
        "3. CONFIRMATION OF MINUTES\n"
    )
    assert [n for n, _, _ in got] == ["A.B. Dlamini", "C. Naidoo"]


def test_dev16_kenyan_rolls_and_party_groups():
    for stem, n in [
        ("c-mt-kulal-water-services-board-2025-02-27", 12),
        ("e-tana-lakes-wwda-board-2025-03-27", 12),
        ("f-nyando-basin-wwda-board-2025-05-15", 12),
    ]:
        doc = written_doc(WRITTEN_DEV16, stem)
        assert len(extract_attendance(doc, extract_meetings(doc))) == n, stem
    doc = written_doc(WRITTEN_DEV16, "a-umthombo-lm-council-2025-07-30")
    got = extract_attendance(doc, extract_meetings(doc))
    assert sum(a.organisation == "Inkatha Freedom Party (IFP)" for a in got) == 3
    assert {a.name for a in got if a.status == "apologies"} >= {"G.M. Sithole", "F. Dladla"}


def test_status_table_remote_part_attendance_and_officers_group():
    """A "Name | Role | Attendance" table: "Remote" and "Items 3–4 only" are attendance, the rows
    under an "Officers" group row are in attendance, and the group row is no part of a name."""
    got = _people(VARIANTS / "authority-board-status-column-groups.pdf")
    assert [(n, s) for n, s, _, _ in got] == [
        ("Colm Hennessy", "present"),
        ("Siobhán Curtin", "present"),
        ("Fergal Moriarty", "apologies"),
        ("Liam Scanlan", "in_attendance"),
        ("Deirdre Keane", "in_attendance"),
    ]


def test_dev16_status_table_with_merged_status_cell():
    doc = written_doc(WRITTEN_DEV16, "a-shannon-mouth-port-company-board-2025-05-22")
    got = {(a.name, a.status) for a in extract_attendance(doc, extract_meetings(doc))}
    assert ("Aoife McGillicuddy", "present") in got
    assert ("Rory O’Sullivan", "apologies") in got
    assert ("Michael Dwane", "in_attendance") in got
    assert len(got) == 12


def test_roll_call_one_member_a_line_with_status_cell():
    """ "Selectperson Maria Goncalves | Excused": a roll call read one member a line, the status in
    its own cell at the right, the office before the name whatever its words."""
    got = _people(VARIANTS / "us-town-board-roll-call-status-column.pdf")
    assert [(n, s, r) for n, s, r, _ in got] == [
        ("Eleanor Whitcomb", "present", "Chair"),
        ("Thomas Albright", "present", "Vice Chair"),
        ("Maria Goncalves", "apologies", "Selectperson"),
        ("Dale Fournier", "present", "Selectperson"),
        ("Ruth Okonkwo", "apologies", "Selectperson"),
    ]


def test_dev16_roll_call_status_cells():
    doc = written_doc(WRITTEN_DEV16, "a-harlan-springs-city-council-2025-04-08")
    got = {(a.name, a.status) for a in extract_attendance(doc, extract_meetings(doc))}
    assert {("Katherine D. Lindqvist", "present"), ("Lupe Castaneda", "apologies")} <= got
