"""Declarations at a meeting in the free-mix papers of session 17 (written-dev25/26), in variants
written here: a declarations minute numbered in Roman numerals (US port and special districts), a
minute headed by the conflicts alone ("3. CONFLICTS OF INTEREST": US licensing boards), a minute
"N.0" holding its paragraphs "N.1", "N.2" (Nigerian and Caribbean boards), Singaporean and Nigerian
styles and patronymics, a paragraph on the next page labelled on its own page, a conflict
"announced", and abstentions for an interest (not for absence)."""

from __future__ import annotations

from conftest import WRITTEN_DEV25, text_doc

from boardpapers.extract.interests import declarations_at_meeting
from boardpapers.reading.pdf_reader import read_document


def test_roman_numbered_declarations_minute_ends_at_the_next_roman_item() -> None:
    doc = text_doc(
        "Minutes of the Regular Meeting of the Board of Commissioners held on June 3, 2025\n"
        "III. DECLARATION OF POTENTIAL CONFLICTS OF INTEREST\n"
        "Commissioner Haugen declared a potential conflict of interest on item VII.A, as his daughter\n"
        "leases a hangar at the airport.\n"
        "IV. PUBLIC COMMENT\n"
        "Director Pruitt stated that the budget hearing would be held in June.\n"
    )
    got = declarations_at_meeting(doc)
    assert [i.person for i in got] == ["Haugen"]
    assert (got[0].nature or "").endswith("as his daughter leases a hangar at the airport")
    assert got[0].declared_on == "2025-06-03"


def test_minute_headed_by_conflicts_alone() -> None:
    doc = text_doc(
        "Minutes of the Board of Nursing meeting held on March 7, 2025\n"
        "4. CONFLICTS OF INTEREST\n"
        "The President asked whether any member had a conflict. Ms. Redcloud disclosed that she\n"
        "teaches at the college whose program is under item 9.C. and would abstain. Dr. Vale disclosed\n"
        "that a licensee under item 9.A had worked in his clinic, and recused himself from that matter.\n"
        "5. PUBLIC COMMENT\n"
    )
    got = declarations_at_meeting(doc)
    assert [i.person for i in got] == ["Redcloud", "Vale"]
    assert (got[0].nature or "").endswith("would abstain")


def test_conflicts_of_interest_as_a_field_run_into_text_is_no_heading() -> None:
    doc = text_doc(
        "Record of decision, 7 March 2025\n"
        "Conflicts of interest: Mr. Ames noted that the paper was late.\n"
        "Dr. Vale disclosed that the figures were provisional.\n"
    )
    assert declarations_at_meeting(doc) == []


def test_n_point_zero_minute_holds_its_paragraphs_and_titles() -> None:
    doc = text_doc(
        "Minutes of the 4th Meeting of the Governing Council held on 5 March 2025\n"
        "3.0 DECLARATION OF INTEREST\n"
        "3.1 The Chairman reminded members of their duty to declare any interest.\n"
        "3.2 Engr. Tunde A. Bakare declared a pecuniary interest in item 7.0, as his firm had bid for it.\n"
        "3.3 Mdm Tan Siew Ling declared that her brother is a supplier to the Council.\n"
        "3.4 Mr Suresh s/o Rajan declared that he is a director of Rajan Builders Pte Ltd.\n"
        "3.5 No other interest was declared.\n"
        "4.0 CONFIRMATION OF MINUTES\n"
        "4.1 The minutes were confirmed.\n"
    )
    got = declarations_at_meeting(doc)
    assert [i.person for i in got] == ["Tunde A. Bakare", "Tan Siew Ling", "Suresh s/o Rajan"]
    assert got[2].nature == "he is a director of Rajan Builders Pte Ltd"


def test_a_declaration_on_the_next_page_is_labelled_on_its_page() -> None:
    doc = text_doc(
        "Minutes of the Town Council meeting held on 12 May 2025\n"
        "2. DECLARATION OF INTEREST\n"
        "2.1 Ms Lee Hui Min declared that her husband is employed by the term contractor.\n",
        "S/N MATTERS ACTION BY\n"
        "2.2 Er. Daniel Koh declared that he is a shareholder of one of the tenderers.\n"
        "3. MATTERS ARISING\n",
    )
    got = declarations_at_meeting(doc)
    assert [(i.person, i.page) for i in got] == [("Lee Hui Min", 1), ("Daniel Koh", 2)]


def test_announced_conflicts_and_abstentions_for_an_interest() -> None:
    doc = text_doc(
        "Minutes of the Water District Board meeting held on August 20, 2025\n"
        "8. NEW BUSINESS\n"
        "Director Okonkwo announced a possible conflict of interest regarding the well contract, as his\n"
        "nephew works for the driller. Director Lowe abstained from the vote due to her employment with\n"
        "the engineering firm. Director Sato abstained as she was not present at that meeting.\n"
    )
    got = declarations_at_meeting(doc)
    assert [i.person for i in got] == ["Okonkwo", "Lowe"]


def test_read_file_conflicts_minute() -> None:
    doc = read_document(str(WRITTEN_DEV25 / "i-wyoming-slp-audiology-board-2025-09-12.pdf"))
    got = declarations_at_meeting(doc)
    assert [(i.person, i.page) for i in got] == [("Two Bulls", 3), ("Esquibel-Thorne", 3)]


def test_counsel_ruling_under_the_conflicts_minute_is_no_declaration() -> None:
    doc = text_doc(
        "Minutes of the Board of Directors meeting held on June 24, 2025\n"
        "4. CONFLICT OF INTEREST DISCLOSURES\n"
        "Director Amsel disclosed that she serves as an unpaid trustee of the land trust.\n"
        "District Counsel advised that this is a non-financial interest that does not require recusal.\n"
        "5. PUBLIC COMMENT\n"
    )
    assert [i.person for i in declarations_at_meeting(doc)] == ["Amsel"]


def test_a_wrapped_declarations_heading_is_read_once() -> None:
    doc = text_doc(
        "Minutes of the 12th Board Meeting held on 6 March 2025\n"
        "MIN. 03/12/2025\nDECLARATION OF\nCONFLICT OF\nINTEREST\n"
        "Mr. Otieno declared that he is a director of one of the bidders.\n"
        "MIN. 04/12/2025: CONFIRMATION OF MINUTES\n"
    )
    assert [i.person for i in declarations_at_meeting(doc)] == ["Otieno"]
