"""Declarations at a meeting in further wordings (written-dev14's c- family and its kin): a
"Disclosures of Interests" minute with the NSW Code's "less than significant non-pecuniary
conflict of interest", several members in one sentence ("Cr A and Cr B each declared",
"Councillors T Jones and D Smith declared"), an officer named by post then name, declarations
numbered "(1)", "(2)", no article before "interests", a minute heading run into its first
sentence, and an abstention with its reason (US boards). Each test is a variant written here,
not the read file's wording."""

from __future__ import annotations

from conftest import WRITTEN_DEV14, text_doc, written_doc

from boardpapers.extract.interests import declarations_at_meeting


def test_disclosures_minute_with_the_nsw_code_wording_and_an_officer_by_post() -> None:
    doc = text_doc(
        "Minutes of the Ordinary Meeting of Kelso Plains Regional Council held on 18 March 2025\n"
        "4 DISCLOSURES OF INTEREST\n"
        "Cr Aldous and Cr Brennan each declared a less than significant non-pecuniary conflict of\n"
        "interest in Item 8.3 as members of the Riverside Bowling Club, and will remain in the meeting.\n"
        "The Director Corporate Services, Ms Jane Porter, declared a pecuniary interest in Item 12.1\n"
        "as her husband tendered for the works.\n"
        "5 PUBLIC FORUM\n"
        "Cr Aldous noted that a member of the public had asked about the bowling green as a venue.\n"
    )
    got = {i.person: i for i in declarations_at_meeting(doc)}
    assert set(got) == {"Aldous", "Brennan", "Jane Porter"}
    assert "Riverside Bowling Club" in (got["Brennan"].nature or "")
    assert got["Jane Porter"].role == "Director Corporate Services"
    assert "her husband tendered" in (got["Jane Porter"].nature or "")


def test_numbered_declarations_and_a_list_of_members_sharing_one_title() -> None:
    doc = text_doc(
        "Licensing Committee - 3 April 2025\n"
        "12 Declarations of Interest\n"
        "(1) Councillor P Okafor declared an other registrable interest in item 6 as a director of\n"
        "Northgate Taxis Ltd, and left the room.\n"
        "(2) Councillors K Patel and L Moore declared non-registrable interests in item 7 as\n"
        "governors of St Anne's School, which had objected to the application.\n"
        "Councillor R Dunn declared no interests.\n"
        "13 Minutes\n"
        "The minutes were agreed.\n"
    )
    got = {i.person: i for i in declarations_at_meeting(doc)}
    assert set(got) == {"P Okafor", "K Patel", "L Moore"}
    assert "Northgate Taxis" in (got["P Okafor"].nature or "")
    assert "St Anne's School" in (got["L Moore"].nature or "")
    # the hyphen of a double-barrelled name is no dash before a declaration
    doc = text_doc(
        "Declarations of Interest\n(1) Councillors M Rhys-Evans and B Lund declared non-pecuniary "
        "interests in item 4 as members of the Canal Trust.\n"
    )
    assert sorted(i.person for i in declarations_at_meeting(doc)) == ["B Lund", "M Rhys-Evans"]


def test_a_heading_run_into_its_first_sentence_and_an_abstention_with_its_reason() -> None:
    doc = text_doc(
        "Minutes of the Board of Directors, May 6, 2025\n"
        "Disclosure of Conflicts of Interest: R. Okonkwo declared a conflict of interest regarding item 4.1 "
        "(Laundry Services) as his sister is a manager at Bluewater Linen Inc., one of the bidders.\n"
        "4.1 Laundry Services. Trustee Ferreira indicated that she would recuse herself as her husband is\n"
        "a partner of Halden Supply Co.\n"
        "Motion by Trustee Ames to award the contract. Ms Lowe expressed interest in joining the working group.\n"
    )
    got = {i.person: i for i in declarations_at_meeting(doc)}
    assert set(got) == {"R. Okonkwo", "Ferreira"}
    assert "Bluewater Linen" in (got["R. Okonkwo"].nature or "")
    # the sentence ends at the company's "Co." when the next line opens a new sentence
    assert (got["Ferreira"].nature or "").endswith("Halden Supply Co.")


def test_dev14_declarations_read() -> None:
    doc = written_doc(WRITTEN_DEV14, "c-yarrabool-shire-ordinary-2025-02-25")
    people = {i.person for i in declarations_at_meeting(doc)}
    assert {"McPhee", "Whitehorse", "Papadopoulos", "Duggan", "Craig Dwyer"} <= people
    doc = written_doc(WRITTEN_DEV14, "c-wendlebury-dc-planning-2025-06-17")
    people = {i.person for i in declarations_at_meeting(doc)}
    assert people == {"G Sandhu", "T Ashworth-Lyle", "D Whitcombe", "R Hale", "I McAllister"}
