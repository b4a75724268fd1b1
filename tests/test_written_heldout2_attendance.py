"""Attendance of the layout families met in benchmarks/written-heldout2 (in the repo, so these
never skip), each with a variant form of the family that the set does not hold. Expected values
read from the PDFs."""

from __future__ import annotations

from conftest import WRITTEN_HELDOUT2, written_doc

from boardpapers.extract.attendance import attendance_in, extract_attendance, mark_table
from boardpapers.extract.decisions import Line
from boardpapers.extract.meetings import extract_meetings
from boardpapers.extract.records import Meeting
from boardpapers.model import Document, Page, Span

MEETING = Meeting(body="Board", date="2025-01-01", title=None, location=None, page=1, kind="minutes")


def _doc(stem: str) -> Document:
    return written_doc(WRITTEN_HELDOUT2, stem)


def _people(stem: str) -> dict[str, tuple[str | None, str | None, str]]:
    doc = _doc(stem)
    return {
        a.name: (a.role, a.organisation, a.status) for a in extract_attendance(doc, extract_meetings(doc))
    }


def _read(*texts: str) -> dict[str, tuple[str | None, str | None, str]]:
    lines = [Line(1, t) for t in texts]
    return {a.name: (a.role, a.organisation, a.status) for a in attendance_in(lines, MEETING)}


def test_groups_of_members_inside_the_present_list():
    """Welsh NHS trust minutes: "Present:" / "Independent Members: A (Chair), B, ..." /
    "Executive Directors: C (Chief Executive), ..."; the group is the role of those with none."""
    people = _people("cwm-alarch-nhs-trust-board-pack-2025-01")
    assert len(people) == 17
    assert people["Siân Morgan-Pryce"] == ("Independent Member", None, "present")
    assert people["Bethan Llewellyn-Rhys"] == ("Chair", None, "present")
    assert people["Gareth Wynne-Edwards"] == ("Local Authority member", None, "present")
    assert people["Huw Tallis"] == ("Chief Executive", None, "present")
    # the label word "observer" inside a bracket wrapped over two lines is the note's
    assert people["Rhian Beddoe"][2] == "in_attendance" and people["Jenny Stroud"][2] == "in_attendance"
    # variant: a group label on a line of its own over its names, and "Governors:" inline
    variant = _read(
        "Present:",
        "Voting Members",
        "Ms Ann Lowe (Chair)",
        "Mr Idris Penn",
        "Appointed Governors: Dr Zoë Hart, Mr Tom Bell",
    )
    assert variant["Ann Lowe"] == ("Chair", None, "present")
    assert variant["Idris Penn"] == ("Voting Member", None, "present")
    assert variant["Zoë Hart"] == ("Appointed Governor", None, "present")


def test_scottish_minute_with_two_group_columns_and_semicolon_pairs():
    """NHS Scotland board minute: "Minute of the Meeting of NHS Glenbrae Board held in public on
    ..."; "Present:  Non-Executive Members  Executive Members" over two columns of "Name, Post";
    "In attendance: Name, Post; Name, Post, Organisation; Name, Post (minutes); ..."."""
    people = _people("nhs-glenbrae-board-public-pack-2025-07-29")
    assert people["Morag Guthrie"] == ("Non-Executive Member", None, "present")
    assert people["Graeme Ovenstone"] == ("Chief Executive", None, "present")  # "Chief" / "Executive"
    assert people["Yvonne Strachan"] == (
        "Chief Officer",
        "Glenbrae Health and Social Care Partnership",
        "in_attendance",
    )
    assert people["Hazel Murdoch"][0] == "Corporate Governance Officer (minutes)"
    assert people["E Bellingham"] == ("Chair, Area Clinical Forum", None, "present")
    assert "Area Clinical Forum" not in people
    # variant: the pairs of a US board's staff line, with a bracketed note in one of them
    variant = _read("Staff present: Jo Park, City Clerk (minutes); Al Reyes, City Attorney")
    assert variant["Jo Park"] == ("City Clerk (minutes)", None, "in_attendance")
    assert variant["Al Reyes"] == ("City Attorney", None, "in_attendance")


def test_label_form_with_members_present_and_officers_in_attendance():
    """A council's record of decisions headed by a label | value form: "Cabinet Members present
    Councillors ...", "Apologies ...", "Also present ...", "Officers in attendance Sarah Quennell
    (Chief Executive), ..."."""
    people = _people("westmarch-cc-cabinet-record-of-decisions-2024-10")
    assert len(people) == 14
    assert people["Gareth Pellow"][2] == "present" and people["Joan Tull"][2] == "present"
    assert people["Sarah Quennell"] == ("Chief Executive", None, "in_attendance")
    assert people["Ruth Mallender"] == ("Leader of the Opposition", None, "in_attendance")
    variant = _read("Committee Members present: Councillor Ann Lowe (Chair), Councillor Tom Bell")
    assert set(variant) == {"Ann Lowe", "Tom Bell"}


def test_council_present_paragraph_with_civic_posts_and_a_plural_title_midway():
    """English metropolitan council minutes: "PRESENT: The Mayor (Councillor Margaret Ashworth) in
    the Chair; the Deputy Mayor (Councillor Kevin Lumb); Councillors Akhtar, ..., Hussain (M.),
    Hussain (S.), ... and Yates." and "Officers in attendance: Chief Executive (Andrew Bland),
    Director of Legal and Democratic Services (Nasreen Kazi), ..."."""
    people = _people("calderbrook-mbc-council-minutes-2024-07")
    present = [n for n, (_, _, st) in people.items() if st == "present"]
    assert len(present) == 26
    assert people["Margaret Ashworth"] == ("Mayor, in the Chair", None, "present")
    assert people["Kevin Lumb"] == ("Deputy Mayor", None, "present")
    assert "Hussain (M.)" in people and "Hussain (S.)" in people and "Yates" in people
    assert people["Nasreen Kazi"] == ("Director of Legal and Democratic Services", None, "in_attendance")
    assert people["Rahman"][2] == "apologies"
    # variant: a county council's "Present:" with the chairman's post first and "Cllrs" midway
    variant = _read(
        "Present: The Chairman (Councillor Ann Lowe); Cllrs Bell, Mrs Carr (J.), Carr (P.) and Dunn.",
        "Officers present: Head of Planning and Building Control (Tom Rees)",
    )
    assert variant["Ann Lowe"] == ("Chairman", None, "present")
    assert {"Bell", "Carr (J.)", "Carr (P.)", "Dunn"} <= set(variant)
    assert variant["Tom Rees"] == ("Head of Planning and Building Control", None, "in_attendance")


def test_roll_call_table_with_a_column_per_status():
    """US school board minutes: "Board Member | Office | Present | Absent" with an X in one of the
    status columns ("X (excused)" under Absent: apologies), then "Administrators present: Dr.
    Carla Mendenhall, Superintendent; ..." in the text; "Absent: Lindqvist." in a later vote is
    the same member."""
    people = _people("riverside-hollow-usd-board-of-education-minutes-2025-04-14")
    assert len(people) == 13
    assert people["Karen Osterberg"] == ("President", None, "present")
    assert people["Howard Lindqvist"] == ("Member", None, "apologies")
    assert people["Ellie Vantongeren"] == ("Student Board Member (non-voting)", None, "present")
    assert people["Carla Mendenhall"] == ("Superintendent", None, "in_attendance")
    assert "Lindqvist" not in people
    # variant: an English parish council's grid, ticks under centred headers, no role column
    rows = [
        (72, 80, "Minutes of the meeting held on 4 March 2025"),
        (90, 120, "Councillor"),
        (300, 120, "Present"),
        (400, 120, "Apologies"),
        (72, 140, "Cllr Ann Lowe"),
        (318, 140, "✓"),
        (72, 160, "Cllr Tom Bell"),
        (420, 160, "✓"),
        (72, 190, "1. Welcome"),
    ]
    spans = [Span(t, x, top, x + 5.2 * len(t), top + 11, size=11.0) for x, top, t in rows]
    page = Page(number=1, text="\n".join(t for _, _, t in rows), width=612, height=792, spans=spans)
    doc = Document(sha256="b" * 64, path="grid.pdf", size=1, page_count=1, pages=[page])
    got = {a.name: a.status for a in mark_table(doc, 1, MEETING)}
    assert got == {"Ann Lowe": "present", "Tom Bell": "apologies"}


def test_initials_resolved_from_a_key_under_the_list():
    """Housing trust minutes: "Present MO (Chair), TK, RP, JHW, DF (Teams)" / "In attendance SB,
    LC, AN (minutes)" / "Apologies GE, PL" over "Key: MO – Margaret Oduya, Chair" / "DF – Desmond
    Fairclough," / "Treasurer" ... several entries to a line."""
    people = _people("fernhollow-housing-trust-trustees-minutes-2024-07-17")
    assert len(people) == 10
    assert people["Margaret Oduya"] == ("Chair", None, "present")
    assert people["Desmond Fairclough"] == ("Treasurer", None, "present")
    assert people["Alison Nuttall"] == ("Administrator", None, "in_attendance")
    assert people["Patrick Lowther"] == ("Trustee", None, "apologies")
    # variant: a charity's minutes with the key on one line, entries parted by semicolons
    variant = _read(
        "Present: AB (Chair), CD",
        "Apologies: EF",
        "Key - AB – Anne Brown, Chair; CD – Carl Dunn, Treasurer; EF – Eve Ford, Trustee",
    )
    assert variant == {
        "Anne Brown": ("Chair", None, "present"),
        "Carl Dunn": ("Treasurer", None, "present"),
        "Eve Ford": ("Trustee", None, "apologies"),
    }


def test_name_post_pairs_with_seats_ranks_and_qualified_posts():
    """US county commission: "Commissioners present: Dale R. Whitcomb, Chairman (District 3); ...;
    Gary Pettibone (District 2); ..." and "Staff present: Bradley Nunn, County Administrator; ...;
    Chief Wade Harrigan, Cedar Bluff County EMS."."""
    people = _people("cedar-bluff-county-bocc-minutes-2025-03-11")
    assert people["Dale R. Whitcomb"] == ("Chairman (District 3)", None, "present")
    assert people["Gary Pettibone"] == ("Commissioner (District 2)", None, "present")
    assert people["Bradley Nunn"] == ("County Administrator", None, "in_attendance")
    assert people["Wade Harrigan"] == ("Chief, Cedar Bluff County EMS", None, "in_attendance")
    assert "County Administrator" not in people
    # Scottish council minute: "...; and Councillors A, B, ... and C; and Mrs Catriona" / "Logan
    # and ..."; "In Attendance: Fiona Halliday, Executive Director (Education and Children's
    # Services); ...; and Lesley Boyd, Committee Officer."
    scot = _people("strathallan-council-education-committee-minute-2024-09")
    assert scot["Morag Sinclair"] == ("Convener", None, "present")
    assert scot["Jennifer Guthrie"] == (None, None, "present") and "Catriona Logan" in scot
    assert scot["Fiona Halliday"] == (
        "Executive Director (Education and Children’s Services)",
        None,
        "in_attendance",
    )
    assert scot["Lesley Boyd"] == ("Committee Officer", None, "in_attendance")
    # variants: a city council's seats by ward, a sheriff first in a staff pair
    variant = _read(
        "Council Members present: Ann Lowe, Mayor (At-Large); Tom Bell (Ward 4); Eve Ford (Ward 2).",
        "Staff present: Jo Park, City Manager (Interim); Sheriff Al Reyes, Harlan County; and Kim Oda, Clerk.",
    )
    assert variant["Ann Lowe"] == ("Mayor (At-Large)", None, "present")
    assert variant["Tom Bell"] == ("Ward 4", None, "present")  # no group title to put before the seat
    assert variant["Jo Park"] == ("City Manager (Interim)", None, "in_attendance")
    assert variant["Al Reyes"] == ("Sheriff, Harlan County", None, "in_attendance")
    assert variant["Kim Oda"] == ("Clerk", None, "in_attendance")


def test_name_organisation_role_tables_read_as_lines():
    """Combined authority minutes: "Name | Constituent authority / organisation | Role" rows read
    as one line ("Cllr Neil Abberley Ashbury City Council Leader; Portfolio: Transport", "Mayor
    Rowena Castell Severnmoor Combined Authority Mayor (Chair)", "Cllr Bethan Rees Ludmoor District
    Council Substitute for Cllr Alan Prothero"); a council of governors' "Name | Constituency /
    Organisation | Notes" header is no person, nor "Ms Gwendolyn Rees Public – Harbury North" a
    "Role – Name" line, and "...; Revd Peter" / "Lightowler (...)" is one name."""
    people = _people("severnmoor-ca-board-minutes-2024-11")
    assert people["Rowena Castell"] == ("Mayor (Chair)", "Severnmoor Combined Authority", "present")
    assert people["Neil Abberley"] == ("Leader; Portfolio: Transport", "Ashbury City Council", "present")
    assert people["Matthew Gaunt"] == ("Monitoring Officer", "Severnmoor Combined Authority", "in_attendance")
    assert people["Alan Prothero"][2] == "apologies" and len(people) == 14
    governors = _people("harbury-vale-nhsft-council-of-governors-2024-09")
    assert len(governors) == 20 and "Name Constituency" not in governors and "Harbury North" not in governors
    assert governors["Gwendolyn Rees"][2] == "present"
    assert governors["Peter Lightowler"][2] == "apologies"
    # variant: a joint committee's table, the organisation then the post
    variant = _read(
        "Members present",
        "Name Organisation Role",
        "Cllr Ann Lowe Tarnford City Council Cabinet Member for Housing",
        "Dr Tom Bell Harlow Borough Council Chair",
    )
    assert variant["Ann Lowe"] == ("Cabinet Member for Housing", "Tarnford City Council", "present")
    assert variant["Tom Bell"] == ("Chair", "Harlow Borough Council", "present")


def test_a_councillors_bracketed_portfolio_is_the_role():
    """County cabinet record: "Councillors Gareth Pellow (...), ..., Desmond Ferrier (Highways and
    Transport), ..." and "Apologies Councillor Barry Stennet (Communities and Public Protection)"."""
    people = _people("westmarch-cc-cabinet-record-of-decisions-2024-10")
    assert people["Desmond Ferrier"] == ("Highways and Transport", None, "present")
    assert people["Barry Stennet"] == ("Communities and Public Protection", None, "apologies")
    # variant: "Cllr" titles one by one; a council's acronym and an organisation stay organisations
    variant = _read(
        "Present: Cllr Ann Lowe (Adult Social Care), Cllr Tom Bell (Sunderland CC), Cllr Eve Ford (Harlow District Council)"
    )
    assert variant["Ann Lowe"] == ("Adult Social Care", None, "present")
    assert variant["Tom Bell"] == (None, "Sunderland CC", "present")
    assert variant["Eve Ford"] == (None, "Harlow District Council", "present")
