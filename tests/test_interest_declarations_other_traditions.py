"""Declarations at a meeting in minutes of traditions outside the UK/US (written-dev17, session
14), in variants written here: Malaysian honorifics ("Encik", "Puan", "Tuan Haji") and a "Sdn.
Bhd." company; an Irish surname with a curly apostrophe after initials ("Mr T H O’Brien"); a
relative's interest told to the body after a leading clause, the declarer with a second title in
brackets ("Dr. (Smt.) ..." in Indian universities' minutes)."""

from __future__ import annotations

from conftest import text_doc

from boardpapers.extract.interests import declarations_at_meeting


def test_malaysian_honorifics_and_company_suffix() -> None:
    doc = text_doc(
        "MINIT MESYUARAT LEMBAGA BIL. 2/2025 held on 3 April 2025\n"
        "4. PERKARA BERBANGKIT / MATTERS ARISING\n"
        "4.1 Puan Noraini binti Hassan declared an interest in Item 5.3, as she is a director of "
        "Perak Tiles Sdn. Bhd., one of the bidders. She left the room.\n"
    )
    got = declarations_at_meeting(doc)
    assert [i.person for i in got] == ["Noraini binti Hassan"]
    assert "Perak Tiles Sdn. Bhd., one of the bidders" in (got[0].nature or "")


def test_initials_and_a_curly_apostrophe() -> None:
    doc = text_doc(
        "Minutes of the meeting of the Board held on 2 May 2025\n"
        "Ms K M O’Sullivan declared a pecuniary interest in minute 25/014 as a tenant of the Board.\n"
    )
    assert [i.person for i in declarations_at_meeting(doc)] == ["K M O’Sullivan"]


def test_relative_told_after_a_leading_clause_with_bracketed_title() -> None:
    doc = text_doc(
        "Minutes of the meeting of the Senate held on 9 June 2025\n"
        "Item No. 41.06 : Appointments\n"
        "When the item was taken up, Prof. (Smt.) Asha Rao informed the Senate that one of the applicants, "
        "Mr. Vikram Rao, is her son. She left the hall.\n"
        "The Chair informed the Senate that the report was ready.\n"
    )
    got = declarations_at_meeting(doc)
    assert [i.person for i in got] == ["Asha Rao"]
    assert (got[0].nature or "").startswith("one of the applicants, Mr. Vikram Rao, is her son")
