"""US state licensing boards' and special districts' rolls (variants written for the test, not
read files): licensees' letters after a name ("M.S., CCC-A", "PharmD, RPh") are no post; a group's
"Excused" label alone over its list; a roll paragraph whose absent list runs on after the present
one; "Also present" pairs with an official of another government named post first and the public
counted at the end."""

from __future__ import annotations

from conftest import text_doc

from boardpapers.extract.attendance import extract_attendance


def _people(page: str) -> dict[str, tuple[str | None, str | None, str]]:
    return {a.name: (a.role, a.organisation, a.status) for a in extract_attendance(text_doc(page))}


LICENSING = """STATE BOARD OF PHARMACY
MINUTES OF THE REGULAR MEETING
Thursday, October 9, 2025
Board Members Present
Jane Roe-Whitfield, M.S., CCC-A, President
Thomas Lee, PharmD, RPh
Ruth Oduya, Public Member
Board Members Excused
Ann Ito, MPH, RDN
1. CALL TO ORDER
President Roe-Whitfield called the meeting to order at 9:01 a.m.
"""


def test_a_licensees_letters_are_not_the_post():
    people = _people(LICENSING)
    assert people["Jane Roe-Whitfield"][0] == "President"
    assert people["Thomas Lee"][0] is None
    assert people["Ruth Oduya"][0] == "Public Member"


def test_a_groups_excused_label_alone_is_the_absent_list():
    people = _people(LICENSING)
    assert people["Ann Ito"] == (None, None, "apologies")
    assert people["Ruth Oduya"][0] == "Public Member"


DISTRICT = """MINUTES OF THE REGULAR MEETING
Wednesday, March 5, 2025
1. ROLL CALL
Directors present: Ann Holt, Chair; Ben Ruiz, Vice Chair; and Lia Marsh. Directors absent: Ruth Olsen (excused).
Also present: Jeffrey S. Pomeroy, District Counsel; Dana Fox, Coastline Survey Inc.; Ed Ames, Auditor (Ames & Roe PLLC); Lincoln County Sheriff Tom Bell; three members of the public.
2. CHANGES TO THE AGENDA
None.
"""


def test_an_absent_list_run_on_after_the_present_list():
    people = _people(DISTRICT)
    assert people["Ruth Olsen"][2] == "apologies"
    assert people["Lia Marsh"][2] == "present"


def test_also_present_pairs_with_an_official_named_post_first_and_the_public_counted():
    people = _people(DISTRICT)
    assert people["Jeffrey S. Pomeroy"][:2] == ("District Counsel", None)
    assert people["Tom Bell"][0] == "Lincoln County Sheriff"
    assert not any("public" in n.lower() or "County" in n for n in people)
    # a firm named by its legal form is an organisation, not a post nor a person
    assert people["Dana Fox"][:2] == (None, "Coastline Survey Inc")
    assert people["Ed Ames"][:2] == ("Auditor", "Ames & Roe PLLC")
