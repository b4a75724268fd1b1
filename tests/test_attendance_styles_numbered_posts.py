"""Attendance families read in written-dev17: numbered member lists with each member's designation
on the lines under the name (Indian universities' syndicates, Malaysian statutory boards), Malay
labels and styles ("HADIR / PRESENT", "YBhg. Dato' Sri", "Encik", bin / binti / a/l in the name),
Welsh titles printed before their English half ("Cyng. / Cllr"), a second style in brackets
("Prof. (Dr.)") and a traditional leader's "Kgosi". Tested on variants written for them and on the
read files."""

from __future__ import annotations

from pathlib import Path

from attendance_text import read_attendance
from conftest import WRITTEN_DEV17, written_doc

from boardpapers.extract.attendance import extract_attendance
from boardpapers.extract.meetings import extract_meetings


def test_malay_labels_styles_and_posts_under_numbered_names():
    got = read_attendance(
        "KEHADIRAN\n"
        "HADIR / PRESENT\n"
        "1. Tan Sri Dato' Haji Kamarul Ariffin bin Abdul Rahim\n"
        "Pengerusi / Chairman\n"
        "2. YB Datuk Tan Chee Wah\n"
        "Ahli Lembaga / Board Member\n"
        "3. Puan Hajah Rosnah binti Ibrahim\n"
        "Wakil Kementerian / Ministry Representative\n"
        "TIDAK HADIR (DENGAN MAAF) / ABSENT WITH APOLOGIES\n"
        "1. Encik Ganesan a/l Subramaniam\n"
        "Ahli Lembaga / Board Member\n"
        "TURUT HADIR / IN ATTENDANCE\n"
        "1. Ir. Farid bin Osman\n"
        "Pengurus Besar / General Manager\n"
        "1. PEMBUKAAN / OPENING\n"
        "1.1 The Chairman welcomed the members.\n"
    )
    assert [(n, s) for n, s, _ in got] == [
        ("Kamarul Ariffin bin Abdul Rahim", "present"),
        ("Tan Chee Wah", "present"),
        ("Rosnah binti Ibrahim", "present"),
        ("Ganesan a/l Subramaniam", "apologies"),
        ("Farid bin Osman", "in_attendance"),
    ]
    assert got[0][2] == "Pengerusi / Chairman"
    assert got[4][2] == "Pengurus Besar / General Manager"


def test_numbered_names_with_bracketed_second_style_and_post_below():
    got = read_attendance(
        "MEMBERS PRESENT:\n"
        "1. Dr. (Smt.) Kavita R. Joshi\n"
        "Vice-Chancellor – Chairperson\n"
        "2. Prof. (Dr.) Suresh Nair\n"
        "Dean, Faculty of Commerce\n"
        "3. Shri Vikram P. Rao, IAS\n"
        "Secretary, Higher Education Department, Government of Karnataka (Nominee of the\n"
        "Principal Secretary)\n"
        "4. Kumari Anjali Desai\n"
        "Member elected from amongst the Teachers\n"
        "At the outset, the Chairperson welcomed the members to the meeting of the Board.\n"
    )
    assert [(n, s) for n, s, _ in got] == [
        ("Kavita R. Joshi", "present"),
        ("Suresh Nair", "present"),
        ("Vikram P. Rao", "present"),
        ("Anjali Desai", "present"),
    ]
    assert got[1][2] == "Dean, Faculty of Commerce"
    assert "Nominee of the Principal Secretary" in (got[2][2] or "")


def test_welsh_titles_before_their_english_half_and_a_wrapped_council():
    got = read_attendance(
        "Yn bresennol / Present:\n"
        "Cyng. / Cllr Llinos Puw (Cadeirydd / Chair)\n"
        "Cyng. / Cllr Owain ab Iorwerth\n"
        "Ymddiheuriadau / Apologies:\n"
        "Cyng. / Cllr Tegwen Rowlands\n"
        "Hefyd yn bresennol / Also present:\n"
        "Cyng. Sir / County Cllr Gareth Morgan (Gwynedd\n"
        "Council)\n"
        "1. Croeso / Welcome\n"
    )
    assert [(n, s) for n, s, _ in got] == [
        ("Llinos Puw", "present"),
        ("Owain ab Iorwerth", "present"),
        ("Tegwen Rowlands", "apologies"),
        ("Gareth Morgan", "in_attendance"),
    ]
    assert got[3][2] == "County Cllr"


def test_traditional_leader_in_a_council_roll():
    got = read_attendance(
        "PRESENT:\n"
        "Cllr T.M. Dube (Speaker)\n"
        "Cllr R. Pillay\n"
        "Kgosi M.S. Pilane (Traditional Leader)\n"
        "APOLOGIES:\n"
        "Cllr S. Mokoena\n"
        "C 12/03/2025 OPENING AND WELCOME\n"
    )
    assert [(n, s) for n, s, _ in got] == [
        ("T.M. Dube", "present"),
        ("R. Pillay", "present"),
        ("M.S. Pilane", "present"),
        ("S. Mokoena", "apologies"),
    ]


def _people(name: str) -> list[tuple[str, str]]:
    doc = written_doc(WRITTEN_DEV17, name)
    return [(a.name, a.status) for a in extract_attendance(doc, extract_meetings(doc))]


def test_read_files():
    kinta = _people("f-lembaga-kemajuan-wilayah-kinta-board-2025-07-08")
    assert ("Ahmad Zulkifli bin Mohd Nor", "present") in kinta
    assert ("Jeffrey Ong Boon Hock", "apologies") in kinta
    assert ("Siti Hajar binti Yusof", "in_attendance") in kinta
    assert len(kinta) == 11
    welsh = _people("b-llanfihangel-y-bryn-community-council-2025-01-14")
    assert ("Dafydd ap Rhys", "present") in welsh and ("Meirion Davies", "in_attendance") in welsh
    assert len(welsh) == 11


def test_three_attendance_columns_with_posts_under_names():
    """ "Trustees Present | Regrets | Staff & Guests" side by side, each post on the line under its
    holder's name and styled apart from it (a variant of Canadian health authorities' boards)."""
    from conftest import _load

    doc = _load(
        str(Path(__file__).parent / "data" / "variants" / "health-board-three-column-attendance-posts.pdf")
    )
    got = {(a.name, a.status) for a in extract_attendance(doc, extract_meetings(doc))}
    assert got == {
        ("Evelyn Matchewan", "present"),
        ("Tobias Lindgren", "present"),
        ("Rosalind Kwan", "present"),
        ("Percival Osei-Bonsu", "present"),
        ("Margaux Thibodeau", "present"),
        ("Wendell Stonechild", "present"),
        ("Harriet Pelletier", "apologies"),
        ("Nikolai Vukovic", "apologies"),
        ("Simone Delacroix", "in_attendance"),
        ("Amara Nwosu", "in_attendance"),
        ("Josephine Redsky", "in_attendance"),
        ("Quentin Albright", "in_attendance"),
    }


def test_group_absent_column_label_and_staff_and_counsel():
    got = read_attendance(
        "Directors Present\n"
        "Maribel Quintero, President\n"
        "Douglas Feeney\n"
        "Directors Absent\n"
        "Lorenzo Baptiste\n"
        "Staff and Counsel Present\n"
        "Yvonne Castellanos, General Manager\n"
        "Trevor Lindqvist, District Counsel\n"
        "2. PLEDGE OF ALLEGIANCE\n"
    )
    assert [(n, s) for n, s, _ in got] == [
        ("Maribel Quintero", "present"),
        ("Douglas Feeney", "present"),
        ("Lorenzo Baptiste", "apologies"),
        ("Yvonne Castellanos", "in_attendance"),
        ("Trevor Lindqvist", "in_attendance"),
    ]


def test_special_invitee_sentence_and_leave_granted_to_a_numbered_list():
    got = read_attendance(
        "MEMBERS PRESENT:\n"
        "1. Prof. Ramesh K. Bhat\n"
        "Vice-Chancellor – Chairperson\n"
        "2. Smt. Deepa Menon\n"
        "Member nominated by the Chancellor\n"
        "Special invitees: Shri Arvind Kulkarni, Controller of Examinations, attended the meeting for item 3.\n"
        "Leave of absence was granted to the following members, who could not attend: (1) Prof. Nitin\n"
        "G. Sawant, Dean, Faculty of Arts; (2) Adv. Meera Iyengar, Member nominated by the Government.\n"
        "At the outset the Chairperson welcomed the new members of the Board of Management.\n"
    )
    assert [(n, s) for n, s, _ in got] == [
        ("Ramesh K. Bhat", "present"),
        ("Deepa Menon", "present"),
        ("Arvind Kulkarni", "in_attendance"),
        ("Nitin G. Sawant", "apologies"),
        ("Meera Iyengar", "apologies"),
    ]
    assert got[2][2] == "Controller of Examinations"


def test_pacific_chiefly_titles_in_names_with_posts_below():
    got = read_attendance(
        "Board Members Present\n"
        "Tapusalaia Sione Faleafa\n"
        "Chairperson\n"
        "Lauina Dr. Malia Toleafoa\n"
        "Member – Ministry of Natural Resources\n"
        "Mr. Viliamu Petaia\n"
        "Member – Private Sector Representative\n"
        "Apologies: Afamasaga Iosefa Lemalu (Member – Ministry of Finance).\n"
        "AGENDA\n"
    )
    assert [(n, s) for n, s, _ in got] == [
        ("Tapusalaia Sione Faleafa", "present"),
        ("Lauina Malia Toleafoa", "present"),
        ("Viliamu Petaia", "present"),
        ("Afamasaga Iosefa Lemalu", "apologies"),
    ]


def test_roll_after_the_agenda_listed_at_the_head_of_the_minutes():
    from boardpapers.extract.attendance import _after_listed_agenda
    from boardpapers.extract.decisions import Line

    text = (
        "MINUTES OF THE REGULAR MEETING\n"
        "AGENDA\n"
        "1. CALL TO ORDER\n"
        "2. ROLL CALL\n"
        "3. APPROVAL OF THE CONSENT CALENDAR\n"
        "4. ADJOURNMENT\n"
        "1. CALL TO ORDER\n"
        "Chair Imogen Castellano called the meeting to order at 7:01 p.m.\n"
        "Trustees present: Imogen Castellano, Rafael Dominguez, Hyun-woo Park\n"
        "Trustees absent: Delphine Okoro\n"
        "Staff present: Dr. Marcus Whitlow, Superintendent\n"
        "3. APPROVAL OF THE CONSENT CALENDAR\n"
    )
    lines = [Line(1, t) for t in text.splitlines()]
    assert read_attendance(text) == []  # the search stops at the agenda's first item ...
    later = _after_listed_agenda(lines)  # ... so it reads on from the item printed again
    assert later is not None and later[0].text.startswith("Chair Imogen")
    from attendance_text import MEETING

    from boardpapers.extract.attendance import attendance_in

    got = [(a.name, a.status) for a in attendance_in(later, MEETING)]
    assert got == [
        ("Imogen Castellano", "present"),
        ("Rafael Dominguez", "present"),
        ("Hyun-woo Park", "present"),
        ("Delphine Okoro", "apologies"),
        ("Marcus Whitlow", "in_attendance"),
    ]


def test_status_table_with_excused_and_a_wrapped_first_name_cell():
    """ "Name | Designation | Attendance" with "Excused" / "Regrets" cells and the first member's
    styled name wrapped over two lines around the centred status (a variant of Caribbean
    statutory boards' minutes)."""
    from conftest import _load

    doc = _load(str(Path(__file__).parent / "data" / "variants" / "caribbean-board-status-table-excused.pdf"))
    got = [(a.name, a.status, a.role) for a in extract_attendance(doc, extract_meetings(doc))]
    assert [(n, s) for n, s, _ in got] == [
        ("Winston Algernon Thompson-Blake", "present"),
        ("Paulette Harriott", "present"),
        ("Orville Samuels", "apologies"),
        ("Sonia Beckford", "apologies"),
    ]
    assert got[1][2] == "Deputy Chairman"
