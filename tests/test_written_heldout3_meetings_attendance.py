"""Meetings and attendance of the layout families met in benchmarks/written-heldout3 (in the repo,
so these never skip), each with a variant form of the same family that the set does not hold.
Expected values read from the PDFs."""

from __future__ import annotations

from conftest import WRITTEN_HELDOUT3, written_doc

from boardpapers.extract.attendance import _DASHED_MOVEMENT, _MOVEMENT_BRACKET, _is_label, _row_entries
from boardpapers.extract.meetings import extract_meetings, find_bodies
from boardpapers.extract.structure import extract_structure
from boardpapers.model import Document, Page

# the session-6 fourth written set, read and fixed against in session 7


def _doc(stem: str) -> Document:
    return written_doc(WRITTEN_HELDOUT3, stem)


def _text_doc(text: str) -> Document:
    return Document(sha256="b" * 64, path="x.pdf", size=1, page_count=1, pages=[Page(number=1, text=text)])


def test_untitled_minutes_under_the_body_name_and_labelled_date():
    """OPCC board minutes: "STRATEGIC POLICING AND ACCOUNTABILITY BOARD" / "Date: Tuesday 21st
    January 2025 Time: 14:00 – 16:30" / "Venue: ..." / "Present ...", no "Minutes" title."""
    (m,) = extract_meetings(_doc("aldershire-opcc-strategic-accountability-board-minutes-2025-01-21"))
    assert (m.body, m.date, m.kind, m.page, m.start_time) == (
        "Strategic Policing and Accountability Board",
        "2025-01-21",
        "minutes",
        1,
        "14:00",
    )
    assert m.location == "Conference Room 2, Police Headquarters, Wyvern Park, Aldbury / Microsoft Teams"
    # variant: a police and crime panel's working group, the date alone on its line, "Attendees"
    (v,) = extract_meetings(
        _text_doc(
            "Budget Scrutiny Working Group\n3 March 2025, 10.00am\nLocation: Room 4, County Hall\n"
            "Attendees\nJo Smith – Chair\n1. Welcome\nThe Chair welcomed members."
        )
    )
    assert (v.body, v.date, v.location) == (
        "Budget Scrutiny Working Group",
        "2025-03-03",
        "Room 4, County Hall",
    )
    # no body named over the date: no meeting made up
    assert extract_meetings(_text_doc("3 March 2025\nAttendees\nJo Smith – Chair\n1. Welcome")) == []


def test_a_municipality_named_over_minutes_of_its_council():
    """Ontario township: "THE CORPORATION OF THE TOWNSHIP OF BRENNOCK FALLS" / "MINUTES OF THE
    REGULAR MEETING OF COUNCIL"; Western Australian shire: "SHIRE OF MARRABOOL" / "MINUTES" /
    "Ordinary Council Meeting" (its "These minutes were confirmed at the Ordinary Council Meeting
    held on ____ 2025." on the last page is no second meeting)."""
    (b,) = extract_meetings(_doc("brennock-falls-township-council-2025-10-14"))
    assert (b.body, b.date) == ("The Corporation of the Township of Brennock Falls", "2025-10-14")
    (s,) = extract_meetings(_doc("marrabool-shire-ocm-2025-10-22"))
    assert (s.body, s.date, s.title, s.start_time) == (
        "Shire of Marrabool",
        "2025-10-22",
        "Ordinary Council Meeting",
        "16:00",
    )
    # variant: a US town over a special meeting's minutes
    (t,) = extract_meetings(
        _text_doc(
            "Town of Yarmouth\nMINUTES\nSpecial Meeting of Council\nMonday, March 3, 2025\nPresent: Mayor A"
        )
    )
    assert (t.body, t.title, t.date) == ("Town of Yarmouth", "Special Meeting of Council", "2025-03-03")
    # a committee's minutes keep the committee's name under the borough's
    (c,) = extract_meetings(
        _text_doc(
            "LONDON BOROUGH OF KINGSFOLD\nMINUTES OF THE PLANNING COMMITTEE\nheld on 4 March 2025\nPresent:"
        )
    )
    assert c.body == "Planning Committee"


def test_a_sub_committee_and_its_panel_letter_name_the_body():
    """English borough licensing panels: "MINUTES OF THE LICENSING SUB-COMMITTEE (B)"."""
    (k,) = extract_meetings(_doc("kingsfold-lb-licensing-subcommittee-b-minutes-2025-02-11"))
    assert (k.body, k.title) == ("Licensing Sub-Committee (B)", "Minutes of the Licensing Sub-Committee (B)")
    assert find_bodies("Minutes of the Planning Sub-committee meeting") == ["Planning Sub-committee"]
    assert find_bodies("FINANCE SUBCOMMITTEE (2)") == ["Finance Subcommittee (2)"]


def _people(doc: Document) -> list[tuple[str, str | None, str | None, str]]:
    return [(a.name, a.role, a.organisation, a.status) for a in extract_structure(doc)["attendance"]]


def test_record_of_attendance_in_a_numbered_item_as_label_name_post_rows():
    """Western Australian shire: "1. DECLARATION OF OPENING / ANNOUNCEMENT OF VISITORS" (prose),
    then "2. RECORD OF ATTENDANCE / APOLOGIES / LEAVE OF ABSENCE" over rows "Members   Cr Lorraine
    Baxter-Hale   Shire President (Presiding Member)", "Staff   Mr Graham Ellery-Cole   Chief
    Executive Officer", "Apologies   Cr Anh Nguyen", "Leave of Absence   Cr Jarrod Pellegrini
    (granted ...)", "Visitors   Six members of the public"."""
    people = _people(_doc("marrabool-shire-ocm-2025-10-22"))
    assert people[0] == ("Lorraine Baxter-Hale", "Shire President (Presiding Member)", None, "present")
    assert ("Tama Rangihuna", None, None, "present") in people  # "(arrived 4.14pm, ...)" is no post
    assert ("Graham Ellery-Cole", "Chief Executive Officer", None, "in_attendance") in people
    assert ("Anh Nguyen", None, None, "apologies") in people
    assert sum(1 for p in people if p[3] == "present") == 7
    assert sum(1 for p in people if p[3] == "in_attendance") == 5
    assert not any("Visitors" in p[0] or "Six" in p[0] for p in people)
    # variant: a New Zealand district council, "Acknowledgement of Country" item, "Staff:" label
    variant = _text_doc(
        "MINUTES OF THE ORDINARY MEETING OF COUNCIL\nheld on 5 March 2025\n"
        "1. ACKNOWLEDGEMENT OF COUNTRY AND ATTENDANCE\n"
        "The Mayor opened the meeting and acknowledged the traditional custodians of the land.\n"
        "Members Cr Aroha Tane Mayor\nCr Bill Hemi\nStaff: Ms Jo Kerr, Chief Executive\n"
        "Apologies Cr Sam Rua\n2. CONFIRMATION OF MINUTES\n"
    )
    assert _people(variant) == [
        ("Aroha Tane", "Mayor", None, "present"),
        ("Bill Hemi", None, None, "present"),
        ("Jo Kerr", "Chief Executive", None, "in_attendance"),
        ("Sam Rua", None, None, "apologies"),
    ]


def test_roll_call_of_a_special_district_with_officers_before_names():
    """US water district: "1. CALL TO ORDER AND PLEDGE OF ALLEGIANCE" then "2. ROLL CALL" /
    "Present: President Maria Elena Cortez (Division 3); Vice President Kenji Yamamoto (Division
    1); Director Daniel Okafor (Division 5); ..." / "Staff: ...; Owen Fitzwilliam, General Counsel
    (Bramwell & Ochoa LLP)"."""
    people = _people(_doc("mesa-colorada-water-district-board-2025-11-06"))
    assert ("Maria Elena Cortez", "President (Division 3)", None, "present") in people
    assert ("Daniel Okafor", "Director (Division 5)", None, "present") in people
    assert ("Teresa Galván-Moore", "General Manager", None, "in_attendance") in people
    assert ("Owen Fitzwilliam", "General Counsel", "Bramwell & Ochoa LLP", "in_attendance") in people
    assert sum(1 for p in people if p[3] == "present") == 4
    # variant: a US school board's trustees, "Invocation" opening the minutes
    variant = _text_doc(
        "MINUTES OF THE REGULAR MEETING OF THE BOARD OF TRUSTEES\nMonday, March 3, 2025\n"
        "1. CALL TO ORDER, INVOCATION AND PLEDGE OF ALLEGIANCE\n"
        "The President called the meeting to order at 6:00 p.m. and led the members in the pledge.\n"
        "2. ROLL CALL\nPresent: President Ana Ruiz; Trustee Mark Olsen; Trustee Dee Park\n"
        "Staff: Lee Chan, Superintendent; Pat Moss, District Counsel (Reyes & Hall LLP)\n3. PUBLIC COMMENT\n"
    )
    assert _people(variant) == [
        ("Ana Ruiz", "President", None, "present"),
        ("Mark Olsen", "Trustee", None, "present"),
        ("Dee Park", "Trustee", None, "present"),
        ("Lee Chan", "Superintendent", None, "in_attendance"),
        ("Pat Moss", "District Counsel", "Reyes & Hall LLP", "in_attendance"),
    ]


def test_irish_council_labels_in_a_narrow_column_and_run_in_lists():
    """Irish county council: "Cathaoirleach: Cllr. Séamus Ó Briain presided." then "Members" /
    "Present:" (the label wrapped in its column) beside "Cllrs. Aoife Brennan, ..., Bríd Ní" /
    "Mhurchú, Pádraig Ó Súilleabháin, ..., John" / "Joe Tierney, ..."; "Officials" / "Present:"
    beside "Ms. Gráinne Hanrahan, Chief Executive; Mr. Colm Tuohy, Director of Services, ..."."""
    people = _people(_doc("kilbrannagh-county-council-monthly-2025-09-08"))
    assert people[0] == ("Séamus Ó Briain", "Cathaoirleach", None, "present")
    present = [p for p in people if p[3] == "present"]
    assert len(present) == 17
    assert ("Bríd Ní Mhurchú", None, None, "present") in people
    assert ("Pádraig Ó Súilleabháin", None, None, "present") in people
    assert ("John Joe Tierney", None, None, "present") in people
    assert ("Seán Ó Conaill", "Meetings Administrator", None, "in_attendance") in people
    assert sum(1 for p in people if p[3] == "in_attendance") == 6
    assert sum(1 for p in people if p[3] == "apologies") == 2
    # variant: an English council's chair line and a wrapped "Officers" / "Present:" label
    variant = _text_doc(
        "MINUTES OF THE MEETING OF THE COUNCIL\nheld on 5 March 2025\n"
        "In the Chair: Councillor Ann Bell\nMembers\nPresent:\n"
        "Cllrs. Ian Roe, Máire Ní Bhriain, Sam Oakes,\nLee Dunn.\n"
        "Officers\nPresent:\nMs. Jo Kerr, Chief Executive; Mr. Tom Hay, Monitoring Officer; Ms. Una Poe, Clerk\n"
        "1. MINUTES\n"
    )
    assert _people(variant) == [
        ("Ann Bell", "Chair", None, "present"),
        ("Ian Roe", None, None, "present"),
        ("Máire Ní Bhriain", None, None, "present"),
        ("Sam Oakes", None, None, "present"),
        ("Lee Dunn", None, None, "present"),
        ("Jo Kerr", "Chief Executive", None, "in_attendance"),
        ("Tom Hay", "Monitoring Officer", None, "in_attendance"),
        ("Una Poe", "Clerk", None, "in_attendance"),
    ]


def test_voting_and_non_voting_columns_with_apologies_running_over_the_page():
    """ICB committee: "Voting members" | "Non-voting members" columns of name / post lines, "In
    attendance" lower in the right column, "Apologies" at the foot of the left column running on
    to page 2 ("Mr Peter Lindqvist" / "Chief Finance Officer (voting member)" / ...); "Ms Joanne
    Pickering – from item 5"; "Senior Commissioning Manager, Pharmacy," / "Optometry and Dental"."""
    people = _people(_doc("harrowdale-fenmoor-icb-pccc-2025-10-01"))
    assert ("Joanne Pickering", "Deputy Chief Nurse", None, "present") in people
    assert ("Saoirse Kavanagh", "Associate Medical Director, Primary Care", None, "present") in people
    assert (
        "Darren Kitchener",
        "Senior Commissioning Manager, Pharmacy, Optometry and Dental",
        None,
        "in_attendance",
    ) in people
    assert ("Peter Lindqvist", "Chief Finance Officer (voting member)", None, "apologies") in people
    assert [p[3] for p in people].count("present") == 9
    assert [p[3] for p in people].count("in_attendance") == 4
    assert [p[3] for p in people].count("apologies") == 3
    # variants: other labels of the family, another movement note, another wrapped post
    assert _is_label("Non voting Members:") and _is_label("VOTING MEMBERS")
    assert not _is_label("Executive Members")  # a group inside a list, not a label
    assert _DASHED_MOVEMENT.sub("", "Dr A Shah - until item 7.2 only") == "Dr A Shah"
    variant = _text_doc(
        "MINUTES OF THE AUDIT COMMITTEE\nheld on 5 March 2025\nPresent: Mr Ian Roe (Chair)\n"
        "Officers:\nMs Jo Kerr, Head of Housing,\nPlanning and Regeneration\nMr Tom Hay, Clerk\n1. APOLOGIES\n"
    )
    assert ("Jo Kerr", "Head of Housing, Planning and Regeneration", None, "in_attendance") in _people(
        variant
    )


def test_name_then_dash_then_post_and_police_ranks():
    """OPCC board: "Present   Darren Whitlock-Hughes – Police and Crime Commissioner (Chair)" /
    "Catherine Ojukwu QPM – Chief Constable" / "Det Supt Fiona McAteer – Head of Public Protection
    (item 5)" / "Ch Supt Owen Tregaskis – Head of Contact Management"."""
    people = _people(_doc("aldershire-opcc-strategic-accountability-board-minutes-2025-01-21"))
    assert people[0] == ("Darren Whitlock-Hughes", "Police and Crime Commissioner (Chair)", None, "present")
    assert ("Catherine Ojukwu", "Chief Constable", None, "present") in people
    assert ("Andrea Mistry", "Chief Executive, OPCC", None, "present") in people
    assert ("Fiona McAteer", "Head of Public Protection (item 5)", None, "in_attendance") in people
    assert ("Owen Tregaskis", "Head of Contact Management", None, "apologies") in people
    # variants: a licensing panel's police officer and an em dash; a constituency after a
    # governor's name is not a post after a name ("Callum Fairweather Staff – Nursing")
    rows: list = []
    _row_entries("PC Liam Gorecki — Licensing Officer, Metropolitan Police Service", 1, [], rows)
    assert rows == [("Liam Gorecki", "Licensing Officer", "Metropolitan Police Service", 1)]
    rows = []
    _row_entries("DCI Amy Roe – Head of Serious Crime", 1, [], rows)
    assert rows == [("Amy Roe", "Head of Serious Crime", None, 1)]
    rows = []
    _row_entries("Callum Fairweather Staff – Nursing & Midwifery", 1, [], rows)
    assert rows and rows[0][1] != "Nursing & Midwifery"


def test_a_bracketed_note_of_coming_or_going_is_no_part_of_the_post():
    """Canadian township: "Darren Whitlock, Chief Building Official (left at 7:15 p.m.)"."""
    people = _people(_doc("brennock-falls-township-council-2025-10-14"))
    assert ("Darren Whitlock", "Chief Building Official", None, "in_attendance") in people
    # variants: NHS boards' "(joined during minute BiC/25/066)", a park authority's "(from minute 6/25)"
    assert _MOVEMENT_BRACKET.sub("", "Non-Executive Director (joined during minute BiC/25/066)") == (
        "Non-Executive Director"
    )
    assert (
        _MOVEMENT_BRACKET.sub("", "Eskdale Borough Council (from minute 6/25)") == "Eskdale Borough Council"
    )
    assert _MOVEMENT_BRACKET.sub("", "Governance Officer (minutes)") == "Governance Officer (minutes)"
