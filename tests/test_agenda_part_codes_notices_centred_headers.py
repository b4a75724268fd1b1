"""Session 18 (agendas): index tables whose items are numbered by their part ("A1", "A2.1", "B1"
under "PART A" / "PART B" bands), each title under a report's code in bold ("MPAC 05/05/2025")
and over its officer in brackets; a notice's list closed by the clerk's dotted signature line;
"Report by the Treasurer. (Copy herewith.)" under a title (Scottish lists of BUSINESS); short
titles left of a centred "Subject" header; a notice of motion listed under its mover ("Cllr. X:
“That ...”"). Read files of written-dev16, -dev28 and -dev29."""

from __future__ import annotations

from conftest import WRITTEN_DEV16, WRITTEN_DEV28, WRITTEN_DEV29, written_doc

from boardpapers.extract.agenda import extract_agenda


def _items(folder, stem):
    return extract_agenda(written_doc(folder, stem))


def test_part_lettered_index_with_report_codes_and_bracketed_officers():
    items = _items(WRITTEN_DEV29, "de-inkwazi-dm-mpac-2025-05-14")
    by_number = {it.number: it for it in items}
    assert [it.number for it in items] == [
        "1", "2", "3", "4", "4.1", "4.2", "5",
        "A1", "A2", "A2.1", "A2.2", "A2.3", "A3", "A4", "A5", "A6", "B1", "B2", "6", "7",
    ]  # fmt: skip
    a1 = by_number["A1"]
    assert a1.title == "Oversight Report on the 2023/24 Annual Report – Progress on Public Hearings"
    assert a1.lead == "Municipal Manager"
    assert a1.pages == "20-34"
    assert by_number["A5"].lead == "Chairperson: MPAC"
    # the section band "PART A: ITEMS FOR CONSIDERATION (OPEN)" is no part of item 5
    assert by_number["5"].title == "MATTERS ARISING AND MPAC RESOLUTIONS TRACKER"
    # a bracket closing a title's wrapped line is the title's, not an officer
    assert by_number["B1"].lead is None
    assert by_number["B1"].title.endswith("(Report of the Forensic Investigator)")


def test_notice_list_ends_at_the_clerks_dotted_signature_line():
    items = _items(WRITTEN_DEV29, "de-ayensu-densu-ma-general-assembly-2025-03-20")
    assert [it.number for it in items][-3:] == ["12", "13", "14"]
    assert items[-1].title == "Closing Remarks and Adjournment"
    assert all(it.number for it in items)  # not the signatory's name and office


def test_report_by_line_with_copy_note_names_the_lead():
    items = _items(WRITTEN_DEV29, "de-strathlennox-vjb-2025-09-05")
    by_number = {it.number: it for it in items}
    assert by_number["4"].lead == "Assessor and Electoral Registration Officer"
    assert by_number["6"].lead == "Treasurer"
    assert by_number["8"].lead == "Chief Internal Auditor"
    assert by_number["3"].title == "Minute of meeting of 6 June 2025."


def test_short_titles_left_of_a_centred_subject_header():
    items = _items(WRITTEN_DEV28, "dd-salelologa-ports-ferries-board-2025-04-30")
    assert [it.number for it in items] == [str(n) for n in range(1, 13)]
    by_number = {it.number: it for it in items}
    assert (by_number["2"].title, by_number["2"].lead) == ("Apologies", "Chair")
    assert by_number["11"].title == "General business"
    assert (by_number["12"].title, by_number["12"].time) == ("Close and closing prayer", "12.15")


def test_notice_of_motion_under_its_mover_names_the_lead():
    items = _items(WRITTEN_DEV16, "c-kilbarron-municipal-district-2025-04-14")
    by_number = {it.number: it for it in items}
    assert by_number["9(a)"].lead == "Bríd Mac Giolla Phádraig"
    assert by_number["9(b)"].lead == "Declan O’Doherty"
    assert by_number["9(b)"].title.startswith("Cllr. Declan O’Doherty: That Kilbarron")
    assert by_number["9"].lead is None


def test_outline_agenda_wrapped_packet_pages():
    items = _items(WRITTEN_DEV29, "df-eagle-narrows-assembly-2025-08-04")
    numbers = [it.number for it in items]
    assert numbers[13:19] == ["1", "1a", "1b", "2", "2a", "2b"]
    first = items[14]
    # "(pg. 22)" ends the title's third line: the packet page, not part of the title
    assert first.title.endswith("Funding Provided by State of Alaska Harbor Facility Grant Funds")
    assert first.pages == "22"
    assert [it.pages for it in items if it.pages] == [
        "4",
        "22",
        "27",
        "41",
        "46",
        "50",
        "53",
        "56",
        "61",
        "68",
        "79",
    ]


def test_em_dash_empty_action_cells_and_gapped_ones_in_page_column():
    items = _items(WRITTEN_DEV29, "df-red-river-plains-univ-bog-2025-05-27")
    by_number = {it.number: it for it in items}
    assert by_number["1"].purpose is None  # "—" in the Action column
    assert by_number["2"].purpose == "Approval"
    assert (by_number["4.3"].pages, by_number["4.4"].pages, by_number["4.5"].pages) == ("11", "14", "17")
