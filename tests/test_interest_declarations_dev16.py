"""Declarations at a meeting as written-dev16's minutes make them, in variants written here:
names with lower-case particles ("van der", "de", "arap") and professional or service titles
("CPA", "Eng.", "Captain"); Kenyan state corporations' "MIN. 03/47/2025:" minute headings with a
declaration worded "declared that his spouse ..." and numbered "(i)", "(ii)"; minutes numbered
year/minute.paragraph ("25/040.1"); and two-column minutes whose declarations minute runs on
from its heading on the same line."""

from __future__ import annotations

from conftest import text_doc

from boardpapers.extract.interests import declarations_at_meeting


def test_names_with_particles_under_a_heading_the_reader_does_not_take() -> None:
    doc = text_doc(
        "Minutes of the Board of Westhaven Ferries Ltd held on 4 March 2025\n"
        "3. Conflicts of Interest\n"
        "3.1 Ms Anneke van den Berg declared an interest in Item 7 as a director of Quayside Fuels Ltd.\n"
        "4. Minutes of the Previous Meeting\n"
        "Dr Ahmed bin Salleh declared a personal interest in Item 9 as a trustee of the Seafarers Trust.\n"
    )
    got = {i.person: i for i in declarations_at_meeting(doc)}
    assert set(got) == {"Anneke van den Berg", "Ahmed bin Salleh"}
    assert "Quayside Fuels" in (got["Anneke van den Berg"].nature or "")


def test_kenyan_min_headings_roman_numbers_and_declared_that() -> None:
    doc = text_doc(
        "MINUTES OF THE 12TH FULL BOARD MEETING HELD ON 14TH MARCH 2025\n"
        "MIN. KRB/BRD/08/2025: DECLARATION OF CONFLICT OF INTEREST\n"
        "The Chairperson invited Directors to declare any conflict of interest. The following were made:\n"
        "(i) Eng. Wanjiku Mwangi Njeri declared that her husband is a shareholder of Rift Pumps Limited,\n"
        "a bidder under Tender No. KRB/T/02/2025. She left the meeting for that item.\n"
        "(ii) CPA Kiprop arap Sang declared that he sits on the board of the Eldama Water Users Association.\n"
        "No other Director declared an interest.\n"
        "MIN. KRB/BRD/09/2025: CONFIRMATION OF MINUTES\n"
        "The minutes were confirmed having been proposed by Mrs. Amina Hassan Abdi.\n"
        "MIN. KRB/BRD/12/2025: ANY OTHER BUSINESS\n"
        "Mr. Otieno Odhiambo declared that his daughter had joined the Board's auditors.\n"
        "Dr. Lagat declared that he had no interest in the audit.\n"
    )
    got = {i.person: i for i in declarations_at_meeting(doc)}
    assert set(got) == {"Wanjiku Mwangi Njeri", "Kiprop arap Sang", "Otieno Odhiambo"}
    assert "Rift Pumps Limited" in (got["Wanjiku Mwangi Njeri"].nature or "")
    assert "Tender No. KRB/T/02/2025" in (got["Wanjiku Mwangi Njeri"].nature or "")


def test_minutes_numbered_year_minute_paragraph() -> None:
    doc = text_doc(
        "States Ports Board - Minutes of the meeting held on 2 June 2025\n"
        "25/061 DECLARATIONS OF INTEREST\n"
        "25/061.1 Captain Jean le Marquand declared an interest in minute 25/064 as a director of\n"
        "Channel Towage Limited. He left the room for that item.\n"
        "25/061.2 Mrs Ruth Falla declared that her partner is employed by the harbour's dredging contractor.\n"
        "25/062 MINUTES OF THE PREVIOUS MEETING\n"
        "25/062.1 Mr Tom Ogier reported that the minutes had been circulated.\n"
    )
    got = {i.person: i for i in declarations_at_meeting(doc)}
    assert set(got) == {"Jean le Marquand", "Ruth Falla"}
    assert (got["Jean le Marquand"].nature or "").startswith("declared an interest in minute 25/064")


def test_two_column_minutes_run_the_declaration_on_from_the_heading() -> None:
    doc = text_doc(
        "Finance and Performance Committee - 10 April 2025\n"
        "3. Declarations of Interest Euan MacAskill declared a financial interest in Item 5 as a\n"
        "partner in Skerray Consulting LLP. No other declarations were made.\n"
        "4. Minute of Previous Meeting The minute was approved.\n"
    )
    got = declarations_at_meeting(doc)
    assert [i.person for i in got] == ["Euan MacAskill"]
    assert "Skerray Consulting" in (got[0].nature or "")
    assert (got[0].notes or "").endswith("3. Declarations of Interest")
