"""Decisions and attendance of the layout and wording families fixed on benchmarks/written-heldout6
(session 8, read and fixed against in its third round), each with variant forms of the same family
written here. Expected values were read from the PDFs."""

from __future__ import annotations

from conftest import WRITTEN_HELDOUT6, written_doc

from boardpapers.extract.attendance import _person_from_piece, attendance_in, extract_attendance
from boardpapers.extract.decisions import Line, decisions_in, extract_decisions
from boardpapers.extract.meetings import extract_meetings
from boardpapers.extract.records import Meeting

TOWN = Meeting(body="Town Council", date="2025-06-09", title=None, location=None, page=1)


def _decided(text: str, meeting: Meeting = TOWN) -> list[tuple[str, str]]:
    return [(d.outcome, d.text) for d in decisions_in([Line(1, t) for t in text.splitlines()], meeting)]


# ---------------------------------------------------------------- numbered motions, result alone


def test_numbered_motion_with_its_result_alone_on_the_next_line():
    # Alberta town council: the resolution's number in the margin, "CARRIED" right-aligned below
    got = _decided(
        "3.1 Regular Council Meeting Minutes\n"
        "RC-25-132 MOVED by Deputy Mayor Lindqvist that the minutes of the May 26, 2025 Regular\n"
        "Council Meeting be adopted as presented.\n"
        "CARRIED\n"
    )
    assert got == [
        (
            "carried",
            "MOVED by Deputy Mayor Lindqvist that the minutes of the May 26, 2025 Regular Council "
            "Meeting be adopted as presented.",
        )
    ]


def test_numbered_motion_variants_and_a_recorded_vote_left_out():
    # a worded number ("Resolution 2025-101"), a "#" number, no number; "CARRIED UNANIMOUSLY",
    # "DEFEATED" after a recorded vote (which is not the motion's text)
    got = _decided(
        "4. NEW BUSINESS\n"
        "Resolution 2025-101 Moved by Councillor Ortiz, that Council approve the 2025 paving tender.\n"
        "CARRIED UNANIMOUSLY\n"
        "#25-042 MOVED BY Councillor Lee that Council direct Administration to extend pool hours.\n"
        "In favour: Councillor Lee, Councillor Park\n"
        "Opposed: Mayor Grant, Councillors Ng and Shaw\n"
        "DEFEATED\n"
        "Moved by Councillor Ng to accept the council reports as information.\n"
        "Carried.\n"
    )
    assert got == [
        ("carried", "Moved by Councillor Ortiz, that Council approve the 2025 paving tender."),
        ("rejected", "MOVED BY Councillor Lee that Council direct Administration to extend pool hours."),
        # a result with its full stop is read as before: with the motion
        ("carried", "Moved by Councillor Ng to accept the council reports as information. Carried."),
    ]


def test_a_mover_label_over_a_that_paragraph_stays_with_the_resolution_block():
    # Ontario / NZ: "Moved by Cr A" alone, "That ..." below: not read as a motion sentence
    got = _decided("Moved by Councillor Hart\nThat the agenda be adopted.\nCARRIED\n")
    assert [t for _, t in got] == ["That the agenda be adopted."]


def test_canadian_town_council_resolutions_are_each_a_decision():
    doc = written_doc(WRITTEN_HELDOUT6, "cardwell-lake-council-2025-06-09")
    got = extract_decisions(doc)
    texts = [d.text for d in got]
    assert sum(t.startswith("MOVED by") for t in texts) >= 18  # RC-25-131..149, read from the PDF
    pool = next(d for d in got if "outdoor pool" in d.text)
    assert pool.outcome == "rejected" and pool.item_number == "7.3"
    assert not any("In favour" in t for t in texts)


# ---------------------------------------------------------------- attendance


def _attended(*texts: str) -> dict[str, tuple[str | None, str | None, str]]:
    lines = [Line(1, t) for t in texts]
    return {a.name: (a.role, a.organisation, a.status) for a in attendance_in(lines, TOWN)}


def test_posts_with_a_bracketed_portfolio_inside_the_note():
    # UK university senate: "(Pro-Vice-Chancellor (Research and Innovation))"; variants: a
    # portfolio in a student officer's post before the union, a dean's "(Research)"
    assert _person_from_piece(
        "Professor Tobias Lindqvist (Pro-Vice-Chancellor (Research and Innovation))"
    ) == (
        "Tobias Lindqvist",
        "Pro-Vice-Chancellor (Research and Innovation)",
        None,
    )
    assert _person_from_piece(
        "Ms Zainab Haruna (Vice-President (Education), Hallowfield Students’ Union)"
    ) == (
        "Zainab Haruna",
        "Vice-President (Education)",
        "Hallowfield Students’ Union",
    )
    assert _person_from_piece("Dr Ann Lowe FRSE (Associate Dean (Research))")[:2] == (
        "Ann Lowe",
        "Associate Dean (Research)",
    )


def test_membership_groups_written_in_sentence_case_inside_the_present_list():
    # "Ex officio members:", "Elected members:" (the senate); "Co-opted members:" (a variant)
    people = _attended(
        "Present: Professor Sir Julian Ashworth (Vice-Chancellor, Chair)",
        "Ex officio members: Professor Meera Choudhary (Provost); Dr Rachel Tennant (University Librarian)",
        "Elected members: Dr Kwame Asante (Science and Engineering); Dr Yusuf Demir (Arts)",
        "Co-opted members: Mr Peter Lang; Ms Ruth Okoro",
        "Apologies: Professor Mei-Ling Tan (Pro-Vice-Chancellor (International))",
    )
    assert set(people) == {
        "Julian Ashworth",
        "Meera Choudhary",
        "Rachel Tennant",
        "Kwame Asante",
        "Yusuf Demir",
        "Peter Lang",
        "Ruth Okoro",
        "Mei-Ling Tan",
    }
    assert people["Peter Lang"] == ("Co-opted member", None, "present")
    assert people["Mei-Ling Tan"][2] == "apologies"


def test_university_senate_attendance_reads_every_group():
    doc = written_doc(WRITTEN_HELDOUT6, "hallowfield-university-senate-2025-06")
    got = extract_attendance(doc, extract_meetings(doc))
    # 17 present in three groups, 3 apologies, 4 in attendance (counted in the PDF)
    assert len(got) == 24
    assert sum(a.status == "apologies" for a in got) == 3


def test_members_listed_by_the_council_that_appointed_them():
    # English fire authority: "Calderwick County Council | Councillor A (Chair), Councillor B," over
    # wrapped lines, one organisation cell per constituent council
    doc = written_doc(WRITTEN_HELDOUT6, "calderwick-fra-2025-06-26")
    people = {
        a.name: (a.role, a.organisation, a.status) for a in extract_attendance(doc, extract_meetings(doc))
    }
    assert people["David Hurst"] == (None, "Calderwick County Council", "present")
    assert people["Keith Fenwick"] == (None, "Brayford City Council", "present")
    assert people["Stuart McAllister"] == (
        None,
        "Hollinbrook Borough Council",
        "present",
    )  # "(from minute ...)"
    # the officers' run-in list under "OFFICERS", a fire service rank before a name
    assert people["Owen Tilley"] == ("Head of Prevention and Protection", None, "in_attendance")
    assert people["Sunita Rahman"] == ("Treasurer", None, "in_attendance")
    # apologies with a remark on substitutes after the council
    assert people["Neil Stannard"] == (None, "Brayford City Council", "apologies")
    assert len(people) == 19


def test_run_in_lists_under_a_label_alone_and_what_is_not_one():
    people = _attended(
        "Also present",
        "Jo Bell (Clerk), Sam Ng (Responsible Financial Officer), Cllr Amy",
        "Hart (Ward Councillor) and Group Manager Kerry Doherty (Fire Liaison)",
    )
    assert set(people) == {"Jo Bell", "Sam Ng", "Amy Hart", "Kerry Doherty"}
    # one person with a post and a body on a line under the label: not a list of three
    one = _attended("Observer", "Mrs Valerie Coughlan, Chair, Tenants’ Scrutiny Panel")
    assert set(one) == {"Valerie Coughlan"}
    one = _attended("In attendance", "Kwabena Asare, Sponsor Team, DCMS")
    assert "Sponsor Team" not in one


def test_members_heading_without_a_status_label_and_a_member_marked_away():
    # English county cabinet's record of decisions: "Cabinet Members" over a name | post table,
    # one marked "– apologies"; variants "(apologies)" and "- absent" under "Board Members"
    people = _attended(
        "Cabinet Members",
        "Cllr Alan Treharne Leader of the Council (Chair)",
        "Cllr Lucy Ashworth, Cabinet Member for Economy and Skills – apologies",
        "Also present: Cllr Frances Whelan (Leader of the Opposition)",
    )
    assert people["Alan Treharne"][2] == "present"
    assert people["Lucy Ashworth"] == ("Cabinet Member for Economy and Skills", None, "apologies")
    assert people["Frances Whelan"][2] == "in_attendance"
    people = _attended(
        "Board Members", "Mr Tom Reed, Treasurer - absent", "Ms Ann Cole (apologies)", "Dr Raj Iyer"
    )
    assert people["Tom Reed"] == ("Treasurer", None, "apologies")
    assert people["Ann Cole"][2] == "apologies"
    assert people["Raj Iyer"][2] == "present"


def test_what_a_visitor_came_for_is_not_an_organisation():
    assert _person_from_piece(
        "Cllr Sandra Okafor-Lyle (local member, Henbury & Furze division, for Decision 2025/45)"
    ) == (
        "Sandra Okafor-Lyle",
        "local member, Henbury & Furze division, for Decision 2025/45",
        None,
    )


# ---------------------------------------------------------------- numbered paragraphs


SENATE = Meeting(body="Senate", date="2025-06-11", title=None, location=None, page=1)


def test_a_decision_opens_its_numbered_paragraph():
    # UK university senate: "25/39.2 Senate noted ..."; variants "4.2.1 Council approved ...",
    # "FRA/25/26.1 Trustees agreed ..."; a starred minute heading, a heading whose second word
    # is a figure
    got = decisions_in(
        [
            Line(1, t)
            for t in (
                "25/39 MATTERS ARISING (SEN/25/31)",
                "25/39.1 The Registrar reported that the policy had been approved by the",
                "Education Committee on 7 May 2025.",
                "25/39.2 Senate noted the report on actions arising from previous meetings.",
                "25/44 REF 2029: DRAFT CODE OF PRACTICE",
                "4.2.1 Council approved the draft Code of Practice.",
                "*25/46 REPORTS OF FACULTY BOARDS (SEN/25/38)",
                "FRA/25/46.1 Trustees agreed to defer the review.",
            )
        ],
        SENATE,
    )
    assert [(d.item_number, d.outcome, d.text) for d in got] == [
        ("25/39", "noted", "Senate noted the report on actions arising from previous meetings."),
        ("25/44", "approved", "Council approved the draft Code of Practice."),
        ("25/46", "deferred", "Trustees agreed to defer the review."),
    ]


def test_a_choice_of_verbs_describing_the_decisions_below_is_none():
    got = _decided(
        "Items marked * were starred; the recommendations in the papers were approved or noted as set out below.\n"
        "The minutes were approved or amended as required.\n",
        SENATE,
    )
    assert got == []


# ---------------------------------------------------------------- records of decisions


CABINET = Meeting(body="Cabinet", date="2025-07-15", title=None, location=None, page=1)


def test_record_of_decisions_numbered_by_decision_with_label_cells():
    # English county cabinet: "Decision No. 2025/42 | Title", "Decision | Cabinet APPROVED ...", a
    # "Call-in deadline" field naming another body's agreement; variants "Decision Ref: ED/24/12 |
    # Title" over "Decision | Cabinet:" and its list with "REQUIRED", and a "Decision: That ..." field
    got = decisions_in(
        [
            Line(1, t)
            for t in (
                "Decision No. 2025/42 Home to School and Post-16 Transport Policy 2026/27",
                "Key decision? Yes – Forward Plan reference FP/2025/118",
                "Decision Cabinet APPROVED the Home to School Transport Policy for 2026/27.",
                "Reasons The Council must publish its policy statement by 31 May each year.",
                "Call-in deadline Urgent – exempt from call-in. The Chairman of the Scrutiny Board",
                "agreed on 11 July 2025 that the decision is urgent.",
                "Decision Ref: ED/24/12 Budget Monitoring Quarter 1",
                "Decision Cabinet:",
                "a. NOTED the forecast overspend;",
                "b. REQUIRED Executive Directors to bring forward recovery plans.",
                "Decision No. 2025/46 Corporate Risk Register",
                "Decision: That the Corporate Risk Register be noted.",
            )
        ],
        CABINET,
    )
    assert [(d.item_number, d.outcome) for d in got] == [
        ("2025/42", "approved"),
        ("ED/24/12", "noted"),
        ("ED/24/12", "required"),
        ("2025/46", "noted"),
    ]
    assert got[0].item_title == "Home to School and Post-16 Transport Policy 2026/27"


def test_recommendations_listed_by_their_reference_under_the_following():
    # London scrutiny committee: "RESOLVED: That the following recommendations be made to
    # Cabinet:" over "R25/14 – That ..."; variants "Recommendation 2 – That ...", "REC 25/3 –"
    got = _decided(
        "RESOLVED: That the following recommendations be made to Cabinet:\n"
        "R25/14 – That the Council publish a quarterly dashboard.\n"
        "Recommendation 2 – That a programme of re-inspection be completed by 31 March 2026.\n"
        "REC 25/3 – That Cabinet pursue a sub-regional agreement on nightly rates.\n",
        CABINET,
    )
    assert [o for o, _ in got] == ["resolved"] * 3
    assert got[1][1] == "That a programme of re-inspection be completed by 31 March 2026."


def test_a_phrasal_verb_and_a_relative_clause_are_no_decisions():
    got = _decided(
        "Members asked whether inspections were carried out before placement.\n"
        "Councillor Qureshi asked that the Q2 report include the tracker, which the Cabinet Member agreed.\n"
        "The checks were carried forward to the next year.\n",
        CABINET,
    )
    assert got == []
