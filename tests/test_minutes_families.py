"""Families of attendance layout and decision wording in minutes (issue 8, session 3):
attendance in columns under a row of labels (a label over two columns, a second label lower in a
column), "Members of the Public" / "Secretariat" / "Other Attendees" groups, bracketed notes read
as organisation or role, couples sharing a surname, names wrapped at a line end, the list ending
at a heading; decisions worded as minutes confirmed "as a true record", a closing verdict
("Approved to proceed."), "They also supported", "X proposed and Y seconded", three-level and
coded minute numbers; and what is not a decision.

Expected values were read from the PDFs in ../shared/corpus (layout dumps checked against the
pages); the tests skip when ../shared is absent. The wording tests at the end need no files."""

from __future__ import annotations

from collections import Counter

from conftest import CABINET_OFFICE, KENT, PARISH, shared_path

from boardpapers.extract.attendance import _couple, _paren_role_org, _person_from_piece
from boardpapers.extract.decisions import IT_WAS, Line, decisions_in
from boardpapers.extract.records import Meeting


def _by_status(attendance) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for a in attendance:
        out.setdefault(a.status, []).append(a.name)
    return out


def test_three_labelled_columns_with_members_of_the_public(records):
    # "Present: | Members of the Public: | Apologies:" over three columns of names (page 1)
    r = records(*PARISH, "minutes_2018-03-22 SPC minutes.pdf")
    got = _by_status(r["attendance"])
    assert got["present"] == [
        "Katy Draper",
        "Bruce May",
        "Chris Rothero",
        "Alan Smith",
        "Kirsty Allpress",
        "Cathy Fleet",
    ]
    assert got["in_attendance"] == ["Mary May", "Mike Kerford-Byrnes"]
    # "David & Joanna Carlisle" is two people
    assert got["apologies"] == [
        "Nick Oakhill",
        "Anne Prescott",
        "David Carlisle",
        "Joanna Carlisle",
        "Norma Jones",
        "Barbara McGarry",
    ]
    roles = {a.name: a.role for a in r["attendance"]}
    assert roles["Katy Draper"] == "acting Chair"  # "Katy Draper (KD)[acting Chair]"
    assert roles["Mary May"] == "Member of the public"
    assert roles["Cathy Fleet"] == "Clerk & RFO"


def test_label_over_two_columns_and_a_second_label_lower_down(records):
    # "Present:" over one centred column with "Apologies:" lower in it; "Also in attendance:"
    # over two columns of residents (14 + 11)
    r = records(*PARISH, "minutes_2015-05-14 Annual Parish Meeting minutes.pdf")
    got = Counter(a.status for a in r["attendance"])
    assert got == {"present": 7, "apologies": 4, "in_attendance": 25}
    names = {a.name for a in r["attendance"]}
    assert {"M May", "D Summers", "J Clifford", "K Gray"} <= names
    assert not any("Mrs" in n or "Mr " in n for n in names)  # no two cells fused into one name


def test_numbered_minute_ends_the_column_block(records):
    # "Present: | Members of the Public:" then "11.17.01 Apologies" (a minute, not a label row)
    r = records(*PARISH, "minutes_2017-11-23 SPC minutes.pdf")
    got = _by_status(r["attendance"])
    assert got["present"] == ["Nick Oakhill", "Bruce May", "Kirsty Allpress", "Chris Rothero", "Cathy Fleet"]
    assert len(got["in_attendance"]) == 6 and "Lucy Cornish" in got["in_attendance"]
    roles = {a.name: a.role for a in r["attendance"]}
    assert roles["Nick Oakhill"] == "Chair"  # "Nick Oakhill (NO) CHAIR"


def test_couples_and_two_letter_initials(records):
    r = records(*PARISH, "minutes_2012-06-28 SPC minutes.pdf")
    got = _by_status(r["attendance"])
    # "Mr & Mrs D Blunt (part of the meeting)" is two people of one name
    assert got["in_attendance"].count("D Blunt") == 2
    assert "Ray Jelf" in got["in_attendance"]  # "Clr Ray Jelf (OCC)"
    assert got["apologies"] == ["JJ Macnamara", "L Barrett", "A Prescott"]


def test_panel_list_groups_and_bracketed_organisations(records):
    r = records(*CABINET_OFFICE, "Local Public Data Panel_Twenty-Second Meeting_17 October 2013_Minutes.pdf")
    att = r["attendance"]
    got = _by_status(att)
    assert len(got["present"]) == 13
    # "Other Attendees: Shehla Husain, Steve Peters, Nick Bagshaw and Anthony Karabinas (DCLG)"
    # and "Secretariat: Ashley Pottier and Padma Juggapah (DCLG)."
    assert len(got["in_attendance"]) == 6
    assert {a.organisation for a in att if a.status == "in_attendance"} == {"DCLG"}
    assert {a.name for a in att if a.role == "Secretariat"} == {"Ashley Pottier", "Padma Juggapah"}
    # "..., Dennis" + "Skinner (LGA)": a name wrapped at the line end
    assert got["apologies"] == ["Dominic Campbell", "Nick Booth", "Tim Cheetham", "Dennis Skinner"]
    by_name = {a.name: a for a in att}
    assert by_name["Chris Taggart"].organisation == "Openlylocal.com"
    assert (by_name["Annemarie Naylor"].role, by_name["Annemarie Naylor"].organisation) == (
        "Head of Assets",
        "Locality",
    )
    # the "Welcome" heading ends the list: "Professor Sir Nigel Shadbolt welcomed ..." is prose
    assert len(att) == 23


def test_ruled_two_columns_with_guests_and_two_apologies_labels(records):
    r = records(*CABINET_OFFICE, "Transparency board minutes (FINAL) 02 03 2011.pdf")
    got = Counter(a.status for a in r["attendance"])
    # Present 6 + Guests 2 | Officials 9; "Apologies: | Apologies:" 3 + 2
    assert got == {"present": 6, "in_attendance": 11, "apologies": 5}


def test_decisions_of_parish_minutes(records):
    r = records(*PARISH, "minutes_2018-03-22 SPC minutes.pdf")
    ds = r["decisions"]
    assert len(ds) == 7
    by_item = {d.item_number: d for d in ds}
    # "... were checked for accuracy and content, agreed as a true record ... signed by the Chair."
    assert by_item["03.18.03"].text.startswith("The minutes of the meetings held in January")
    # "Two quotes had been received ... He will carry out the work over 2 weekends. Approved to proceed."
    wall = by_item["03.18.09"]
    assert (wall.item_title, wall.outcome) == ("Churchyard Wall", "approved")
    assert "Kevin Cambray" in wall.text and wall.text.endswith("Approved to proceed.")
    assert by_item["03.18.12"].outcome == "decided"
    # the bullet list of the last decision stops at the page's end, not in "The meeting closed ..."
    assert "meeting closed" not in by_item["03.18.14"].text


def test_unanimous_approval_with_no_subject(records):
    # minute 7e: "... it was unanimously approved and resolved to replicate and distribute to
    # all Councillors. Prop CR 2nd KD"
    ds = records(*PARISH, "minutes_2013-01-17 SPC minutes.pdf")["decisions"]
    [handbook] = [d for d in ds if d.item_number == "7e"]
    assert handbook.outcome == "approved" and "replicate and distribute" in handbook.text


def test_decisions_of_board_minutes_with_coded_items(records):
    r = records(*CABINET_OFFICE, "Transparency board minutes (FINAL) 02 03 2011.pdf")
    ds = r["decisions"]
    texts = [d.text for d in ds]
    assert "The note of the previous meeting was agreed." in texts
    [they] = [d for d in ds if d.text.startswith("They also supported")]
    assert (they.outcome, they.item_number) == ("supported", "TB(5)3.ii")
    # remarks are not decisions
    assert not any(t.startswith(("It was noted", "The Transparency Board offered")) for t in texts)


def test_motion_with_mover_and_seconder_and_records_that_are_not_decisions(records):
    r = records(*PARISH, "minutes_2017-09-14 SPC minutes.pdf")
    texts = [d.text for d in r["decisions"]]
    assert any(t.startswith("CR proposed and BM seconded that a maximum of £200") for t in texts)
    # "the precept payment has been received": money arrived, nothing was decided
    assert not any("precept payment has been received" in t for t in texts)
    r = records(*PARISH, "minutes_2018-07-26 SPC minutes.pdf")
    assert not any("ROSPA report has been received" in d.text for d in r["decisions"])


def test_kent_minutes_officers_confirmation_is_not_a_decision(records):
    r = records(*KENT, "cabinet_2025-01-30_Minutes of the meeting held on 9th January 2025.pdf")
    texts = [d.text for d in r["decisions"]]
    assert not any("it was confirmed that officers would" in t for t in texts)
    assert sum(t.startswith("RESOLVED") for t in texts) == 5


def test_two_people_declaring_in_one_sentence(records):
    r = records(*PARISH, "minutes_2013-09-19 SPC minutes.pdf")
    got = [(i.person, i.declared_on, i.category) for i in r["interests"]]
    assert got == [
        ("Nick Oakhill", "2013-09-19", "declared-at-meeting"),
        ("Barbara McGarry", "2013-09-19", "declared-at-meeting"),
    ]


# ------------------------------------------------------------------ wording, no files needed


def _decisions(*texts: str) -> list[tuple[str, str]]:
    m = Meeting(body="Parish Council", date="2020-01-01", title=None, location=None, page=1, kind="minutes")
    return [(d.outcome, d.text) for d in decisions_in([Line(1, t) for t in texts], m)]


def test_bracketed_notes():
    assert _paren_role_org("DCLG") == (None, "DCLG")
    assert _paren_role_org("Clerk") == ("Clerk", None)
    assert _paren_role_org("Visiting Professor, Birkbeck University") == (
        "Visiting Professor",
        "Birkbeck University",
    )
    assert _paren_role_org("CEO ShEx") == ("CEO", "ShEx")
    # initials are dropped, an acronym that is not the person's initials is an organisation
    assert _person_from_piece("Alan Smith (AS)") == ("Alan Smith", None, None)
    assert _person_from_piece("Dennis Skinner (LGA)") == ("Dennis Skinner", None, "LGA")


def test_couples():
    assert _couple("David & Joanna Carlisle") == ["David Carlisle", "Joanna Carlisle"]
    assert _couple("Mr & Mrs D Blunt") == ["Mr D Blunt", "Mrs D Blunt"]
    assert _couple("Bates & Co Solicitors") == ["Bates & Co Solicitors"]


def test_decision_wordings():
    assert _decisions(
        "The minutes of the last meeting were checked for accuracy and content, agreed as a true record."
    )
    assert _decisions("He will carry out the work over 2 weekends. Approved to proceed.") == [
        ("approved", "He will carry out the work over 2 weekends. Approved to proceed.")
    ]
    assert _decisions("Resolved to write to Mr Hoodless thanking him for his interest.")[0][0] == "resolved"
    assert _decisions("It was therefore resolved to renew the contract.")[0][0] == "resolved"
    # "it was unanimously approved and resolved to ...": an approval with no subject (parish minutes)
    assert _decisions("A folder has been produced and it was unanimously approved to distribute it.")[0][
        0
    ] == ("approved")
    assert IT_WAS.search("as drafted in 2019, it was approved by the Cabinet in May") is None
    # not decisions: an agreement of the past, a verdict that is a noun phrase, money received
    assert _decisions("Agreed actions are listed in the log below.") == []
    assert _decisions("The quotes have been received from two contractors.") == []
    assert _decisions("The precept has been confirmed with CDC and acknowledged.") == []
    assert _decisions("The Board noted it was important to deliver open data cheaply.") == []
    assert _decisions("The Board noted the KPIs and Risk Register.")[0][0] == "noted"


def test_label_columns_whose_rows_are_single_text_runs(records):
    # "Present: Also present:" and each row "Sir Tim Berners-Lee Andrew Stott (Cabinet Office)" are
    # one text run across both columns: no gap to see, the people are cut by name grammar
    r = records(*CABINET_OFFICE, "Transparency Board minutes - 19 11 10 draft.pdf")
    got = _by_status(r["attendance"])
    assert got["present"] == [
        "Francis Maude",
        "Tim Berners-Lee",
        "Nigel Shadbolt",
        "Tom Steinberg",
        "Rufus Pollock",
        "Tom McNally",
        "Amalie Kjaergaard",
    ]
    assert len(got["in_attendance"]) == 7 and got["in_attendance"][0] == "Katie Davis"
    by_name = {a.name: a for a in r["attendance"]}
    assert by_name["Rachel Fentem"].organisation == "No. 10"
    # three labels, rows of one to three people placed by their left edge
    r = records(*PARISH, "minutes_2018-05-24 Annual Meeting minutes.pdf")
    got = _by_status(r["attendance"])
    assert got["present"] == [
        "Nick Oakhill",
        "Katy Draper",
        "Bruce May",
        "Kirsty Allpress",
        "Alan Smith",
        "Cathy Fleet",
    ]
    assert got["in_attendance"][-2:] == ["Carol Couzens", "Diana Stephens"] and len(got["in_attendance"]) == 8
    assert got["apologies"] == ["Chris Rothero", "Joanna Carlisle"]


def test_name_and_organisation_cells(records):
    # "Attendees:" over rows "Michael Cross | Law Society Gazette": the second cell is the organisation
    r = records(*CABINET_OFFICE, "Crime and Justice Sector Panel - minutes - 14 February 2014 meeting_0.pdf")
    by_name = {a.name: a for a in r["attendance"]}
    assert (by_name["Michael Cross"].role, by_name["Michael Cross"].organisation) == (
        None,
        "Law Society Gazette",
    )
    assert (by_name["Matthew Brown"].role, by_name["Matthew Brown"].organisation) == (None, "Cabinet Office")
    assert by_name["Jo May"].organisation == "HMCTS"
    assert (by_name["Claire Smith"].role, by_name["Claire Smith"].organisation) == (
        "Secretariat",
        "Ministry of Justice",
    )


def test_role_notes_with_initials_and_titles_with_commas():
    assert _person_from_piece("B McGarry (Clerk - BMc)") == ("B McGarry", "Clerk", None)
    assert _person_from_piece("N Robertson (NR - RFO)") == ("N Robertson", "RFO", None)
    assert _person_from_piece("K Draper (Chair KD)") == ("K Draper", "Chair", None)
    assert _person_from_piece("Jeni Tennison (JTe)") == ("Jeni Tennison", None, None)
    # a title whose list runs on after its comma is one role
    assert _person_from_piece("S Hammond (Corporate Director Children, Young People and Education)") == (
        "S Hammond",
        "Corporate Director Children, Young People and Education",
        None,
    )


def test_unnumbered_headings_name_the_minute(records):
    # "Welcome and Introductions" (bold, unnumbered) before the coded items TB(5)2 ...
    r = records(*CABINET_OFFICE, "Transparency board minutes (FINAL) 02 03 2011.pdf")
    [note] = [d for d in r["decisions"] if d.text.startswith("The note of the previous meeting")]
    assert (note.item_number, note.item_title) == (None, "Welcome and Introductions")
    # "Minutes of previous meeting" (bold) over "1 The minutes ... were approved" (the text layer
    # sets the "1" apart), then "Matters arising:" before the first numbered heading
    r = records(*PARISH, "minutes_2013-03-21 SPC minutes.pdf")
    assert [d.item_title for d in r["decisions"][:2]] == ["Minutes of previous meeting", "Matters arising"]


# ---------------------------------------------------------------- session 3, round 2


def test_last_line_of_a_wrapped_present_list_marked_as_heading(records):
    # "Attendees: Holly Packer (HP) (Chairing), ..., Rohit Jose" / "(RJ) (pub), Sai (S), Sumeet
    # Brar (SB)": the short last line is set like a heading but still lists people (page 1)
    r = records("corpus", "dev", "student-society", "cssuob_2025-01-17.pdf")
    assert _by_status(r["attendance"])["present"] == [
        "Holly Packer",
        "Lee Alabaster",
        "Leonardo Bishop",
        "Adi Agarwal",
        "George Barrell",
        "Joseph Adams",
        "Marcus Gustafsson",
        "Matty Widdop",
        "Rohit Jose",
        "Sai",
        "Sumeet Brar",
    ]


def test_body_named_by_its_own_initials(records):
    # ODUG minutes 19 July 2013, paragraph 23 (page 4)
    r = records(*CABINET_OFFICE, "minutes 19th july final version_10.pdf")
    texts = [d.text for d in r["decisions"]]
    assert any(t.startswith("The ODUG endorsed the Revised Terms of Reference") for t in texts)
    # "ODUG does not accept this position" (paragraph 9) is not a decision of "The ODUG ..."
    assert not any(t.startswith("ODUG does not accept") for t in texts)


def test_passive_decision_keeps_its_whole_sentence_and_dash_topics_split(records):
    r = records(*PARISH, "minutes_2014-11-20 SPC minutes.pdf")
    texts = [d.text for d in r["decisions"]]
    # minute 5: "Allowances of £200 for village celebrations, i.e. Easter Egg Hunt, and £600 for" /
    # "repair work to the changing rooms were approved. Prop: AM 2nd: KD" (page 3)
    assert any(
        t.startswith("Allowances of £200 for village celebrations, i.e. Easter Egg Hunt, and £600")
        and "were approved" in t
        for t in texts
    )
    # minute 1: "Tree Roots – It was resolved to defer ..." and "Salt Bages- These have now been
    # delivered, ... it was resolved to distribute ..." are two decisions (page 1)
    tree = [t for t in texts if "defer this until the next meeting" in t]
    assert len(tree) == 1 and "Salt" not in tree[0]
    assert any("resolved to distribute some bags" in t for t in texts)


def test_register_row_cut_at_a_page_break(load_doc):
    # Borderless seed pack 000, register of interests: Tracey Fletcher's row "Chief Executive -"
    # (page 11) / "Homerton University Hospital" (page 12) is one interest (Inspire, Hackney; Trustee)
    from boardpapers.extract.interests import extract_interests

    doc = load_doc(shared_path("corpus", "packs-borderless", "000_96e9045d9cfa0288.pdf"))
    mine = [i for i in extract_interests(doc) if i.person == "Tracey Fletcher"]
    assert [(i.role, i.organisation, i.nature) for i in mine] == [
        ("Chief Executive - Homerton University Hospital", "Inspire, Hackney", "Trustee")
    ]


def test_sentence_wordings_round_two():
    # "i.e." does not end the sentence
    text = "Allowances for celebrations, i.e. Easter Egg Hunt, and work to the changing rooms were approved."
    assert _decisions(text) == [("approved", text)]
    # the verb on the next line after a balance: the decision begins on that line, not the balance
    got = _decisions(
        "Bank balance as at 2", "nd September 2014: £7,607.69", "b. The Budget Review was approved."
    )
    assert got == [("approved", "The Budget Review was approved.")]
    # "Finance: ..." is a label before the subject
    got = _decisions("Finance: The payments to the clerk were approved.")
    assert got == [("approved", "The payments to the clerk were approved.")]


def test_unnumbered_heading_takes_the_printed_agendas_number(records):
    # ODUG 14 May 2013: the agenda (page 1) lists "2 Actions and minutes from last meeting
    # (approval)"; the minutes (page 2) head it "Actions and Minutes" over paragraph
    # "2. The actions and minutes from the last meeting were approved."
    r = records(*CABINET_OFFICE, "Minutes of Open Data User Group 14 May.pdf")
    got = [
        (d.item_number, d.item_title) for d in r["decisions"] if d.text.startswith("The actions and minutes")
    ]
    assert got == [("2", "Actions and Minutes")]
    # ODUG 19 July 2013 (page 4): "ODUG Revised ToR" is agenda item "6 ODUG Revised TOR (approval)"
    # though the paragraph under it is numbered 23
    r = records(*CABINET_OFFICE, "minutes 19th july final version_10.pdf")
    got = [(d.item_number, d.item_title) for d in r["decisions"] if d.text.startswith("The ODUG endorsed")]
    assert got == [("6", "ODUG Revised ToR")]


def test_decision_wordings_round_three():
    # the decision as a noun "given": parish minutes (Souldern 2015-11-19, 5a)
    text = "Approval was given for the expenditure of £441.86 for materials."
    assert _decisions(text) == [("approved", text)]
    # "All agreed that ...": the meeting as "all"; "agreed in principle" with any subject
    assert _decisions("The train needs attention. All agreed that the fencing should be done.") == [
        ("agreed", "All agreed that the fencing should be done.")
    ]
    got = _decisions("Subject to this clarification, payment of the invoices was agreed in principle.")
    assert [o for o, _ in got] == ["agreed"]
    # "permission granted" is the planning authority's, not the meeting's
    assert _decisions("13/01577/F - The Hermitage. Permission was granted.") == []
    # a shared view is not a decision
    assert _decisions("It was agreed that the weekend had been a great success.") == []
    assert _decisions("It was agreed that it was desirable that improvements could be made.") == []
    # a phrasal verb over the line end, and a clause "once approved", are not outcomes
    assert (
        _decisions(
            "As well as purchasing 3 grit bins, tree surgery was required and carried", "out on the trees."
        )
        == []
    )
    assert _decisions("The accounts for 2011/12, once approved by the Council, would be available.") == []
    # "... was" / "resolved" / next minute: the sentence above is the decision, the next minute is not
    got = _decisions(
        "c. The budget was discussed and a precept of £5,700 was",
        "resolved",
        "6 Planning:",
        "a. No objections.",
    )
    assert got == [("resolved", "The budget was discussed and a precept of £5,700 was resolved")]


def test_run_in_present_list_wrapped_inside_a_name(records):
    # Souldern APM 9 May 2012 (page 1): "Present:" then one semicolon list over three lines, the
    # first line ending "Mrs J" and the second starting "Coleman; Mr J Carey; ..." (15 present)
    r = records(*PARISH, "minutes_2012-05-09 Annual Parish Meeting minutes.pdf")
    got = _by_status(r["attendance"])
    assert len(got["present"]) == 15
    assert {"J Coleman", "J Carey", "H Blunt", "A Prescott", "J Clifford", "R Deeley"} <= set(got["present"])
    assert "J" not in got["present"]
    assert len(got["apologies"]) == 7


def test_label_columns_printed_as_runs_from_the_margin(records):
    # Souldern 9 Oct 2018 (page 1): "Present: | Members of the Public: | Apologies:"; the text runs
    # start at the margin whatever the column; the middle column goes on alone for three rows
    r = records(*PARISH, "minutes_2018-10-09 SPC minutes.pdf")
    got = _by_status(r["attendance"])
    assert got["present"] == ["Nick Oakhill", "Alan Smith", "John Hoodless", "Cathy Fleet"]
    assert got["in_attendance"] == [
        "David Carlisle",
        "Lucy Cornish",
        "Barbara McGarry",
        "Hannah Twynam",
        "Norma Jones",
        "Mike Kerford-Byrnes",
    ]
    assert got["apologies"] == ["Chris Rothero", "Bruce May", "Kirsty Allpress"]
    assert {a.name: a.role for a in r["attendance"]}["Cathy Fleet"] == "Clerk"  # "[Clerk]"


def test_declaration_worded_expressed_with_a_post(records):
    # Souldern 19 Nov 2015, minute 3: "NR (RFO) expressed an interest in planning application ..."
    r = records(*PARISH, "minutes_2015-11-19 SPC minutes.pdf")
    # the initials resolved from the attendance list: "N Robertson (RFO)"
    assert [(i.person, i.role) for i in r["interests"]] == [("N Robertson", "RFO")]


def test_decisions_given_and_agreed_by_members(records):
    # Souldern 19 May 2016 SPC, minute 6: "Approval was given for the expenditure of £648.00 ..."
    r = records(*PARISH, "minutes_2016-05-19 SPC minutes.pdf")
    assert any(d.text.startswith("Approval was given for the expenditure of £648.00") for d in r["decisions"])
    # Souldern 17 Jan 2013, 8c: "Members agreed to consider alternatives, ..."
    r = records(*PARISH, "minutes_2013-01-17 SPC minutes.pdf")
    assert any(d.text.startswith("Members agreed to consider alternatives") for d in r["decisions"])
