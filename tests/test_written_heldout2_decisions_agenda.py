"""Decisions and agenda items of the layout and wording families fixed on
benchmarks/written-heldout2 (session 7; in the repository, so these never skip), each with a
variant form of the same family written here. Expected values were read from the PDFs."""

from __future__ import annotations

import functools

from conftest import WRITTEN_HELDOUT2, written_doc

from boardpapers.extract.decision_lists import decision_list
from boardpapers.extract.decisions import Line, decisions_in, extract_decisions
from boardpapers.extract.records import Decision, Meeting
from boardpapers.model import Document


def _doc(stem: str) -> Document:
    return written_doc(WRITTEN_HELDOUT2, stem)


@functools.cache
def _decisions(stem: str) -> tuple[Decision, ...]:
    return tuple(extract_decisions(_doc(stem)))


STRATHALLAN = "strathallan-council-education-committee-minute-2024-09"


def test_scottish_lead_in_with_colon_and_dash():
    got = [(d.item_number, d.outcome, d.page) for d in _decisions(STRATHALLAN)]
    # "The Committee agreed:-" is on every page, but is a lead-in, not a running header
    assert [n for n, _, _ in got] == [
        "2",
        "3",
        "3",
        "4",
        "4",
        "4",
        "5",
        "5",
        "6",
        "6",
        "6",
        "7",
        "7",
        "8",
        "9",
        "10",
    ]
    assert ("3", "agreed", 1) in got and ("6", "resolved", 2) in got
    item6 = [d.text for d in _decisions(STRATHALLAN) if d.item_number == "6"]
    # "to adopt the motion, and accordingly:-" leads the (i)(ii)(iii) clauses: not one of them
    assert item6[0].startswith("to approve the merger of Glendochart")
    assert item6[2].startswith("to instruct the Chief Education Officer to establish")


def test_colon_dash_lead_in_variants():
    # a sub-committee's resolution with lettered clauses and an em dash (the same Scottish form)
    items, last = decision_list(
        ["The Sub-Committee resolved:—", "(a) to grant the licence; and", "(b) to note the report.", "Next"],
        0,
    )
    assert [(x.outcome, x.text) for x in items] == [
        ("resolved", "to grant the licence; and"),
        ("resolved", "to note the report."),
    ]
    assert last == 2
    # "RESOLVED:" + "to approve the recommendations, namely:" + (a)(b): an English council's
    # resolution whose clause leads the lettered ones
    items, _ = decision_list(
        [
            "RESOLVED:",
            "to approve the recommendations, namely:",
            "(a) to adopt the revised policy; and",
            "(b) to delegate authority to the Director.",
        ],
        0,
    )
    assert [x.text for x in items] == [
        "to adopt the revised policy; and",
        "to delegate authority to the Director.",
    ]


RIVERSIDE = "riverside-hollow-usd-board-of-education-minutes-2025-04-14"


def test_us_board_motion_results_repeated_mid_page_are_kept():
    # "Motion carried 6-0." and "Absent: Lindqvist." are on most pages, mid-page: the minutes'
    # text, not running lines; each numbered motion closes on its result
    got = _decisions(RIVERSIDE)
    assert len(got) == 7
    # (the last moves to postpone an item to a later meeting: deferred, as the truth accepts)
    assert [d.outcome for d in got] == ["carried"] * 6 + ["deferred"]
    assert got[0].text.endswith(
        "to approve the agenda as presented. Ayes: Achterberg, Arredondo, "
        "Baptiste-Moore, Greeley, Osterberg, Ramaswamy. Nays: None. Absent: "
        "Lindqvist. Motion carried 6-0."
    )
    assert [d.page for d in got] == [1, 2, 2, 2, 3, 3, 3]


def test_page_edges_are_where_furniture_sits():
    from boardpapers.extract.decisions import _page_edges

    page = [
        "Running title",
        "",
        "1. Minutes",
        "a",
        "b",
        "c",
        "Motion carried 5-0.",
        "d",
        "e",
        "f",
        "g",
        "Page 2",
    ]
    edges = _page_edges(page)
    # a city council's page of ten lines: the title and the footer are edges, the vote is not
    assert 0 in edges and 11 in edges and 6 not in edges


FERNHOLLOW = "fernhollow-housing-trust-trustees-minutes-2024-07-17"


def test_agreed_label_lines():
    got = [(d.item_number, d.outcome, d.text) for d in _decisions(FERNHOLLOW)]
    agreed = [x for x in got if x[2].startswith("Agreed")]
    assert len(agreed) == 7
    assert ("5.1", "agreed", "Agreed: to approve the Q1 management accounts.") in got
    # a vote in brackets between the label and its colon
    assert any(x[2].startswith("Agreed (4 in favour, 1 abstention): to award the kitchen") for x in got)


def _stream_of(text: str) -> list[Line]:
    return [Line(page=1, text=t) for t in text.splitlines()]


def test_label_verb_variants():
    meeting = Meeting(body="Parkside Almshouse Charity", date="2024-05-01", title=None, location=None, page=1)
    text = (
        "4. Budget 2024/25\n"
        "The treasurer presented the budget.\n"
        "Decided (unanimously): to adopt the budget as presented.\n"
        "5. Minutes\n"
        "Resolved: the minutes of the meeting held on 6 March 2024 were approved.\n"
    )
    got = [(d.item_number, d.outcome, d.text) for d in decisions_in(_stream_of(text), meeting)]
    assert got == [
        ("4", "decided", "Decided (unanimously): to adopt the budget as presented."),
        # "Resolved:" over what the body did is recorded by that verb (as "RESOLVED:" is)
        ("5", "approved", "the minutes of the meeting held on 6 March 2024 were approved."),
    ]


CEDAR_BLUFF = "cedar-bluff-county-bocc-minutes-2025-03-11"


def test_mover_named_first_motions():
    got = _decisions(CEDAR_BLUFF)
    motions = [d for d in got if d.text.startswith("Commissioner")]
    assert len(motions) == 8  # agenda, consent agenda, ordinance, five new-business motions
    consent = next(d for d in motions if d.item_number == "5")
    # the consent agenda's items listed between the motion and its result, which opens a line
    assert consent.text.endswith("Motion carried unanimously, 4-0.")
    assert [d.outcome for d in motions].count("failed") == 1


def test_mover_named_first_variants():
    meeting = Meeting(body="Board of Supervisors", date="2025-01-14", title=None, location=None, page=1)
    text = (
        "6. Road Maintenance Agreement\n"
        "Supervisor Lee moved and Supervisor Ortiz seconded to approve the agreement with the City.\n"
        "Motion carried 5-0.\n"
        "7. Fee Schedule\n"
        "Trustee Okafor moved, seconded by\n"
        "Trustee Brandt, to adopt the 2025 fee schedule. Motion failed 2-3.\n"
    )
    got = [(d.item_number, d.outcome) for d in decisions_in(_stream_of(text), meeting)]
    assert got == [("6", "carried"), ("7", "failed")]


WESTMARCH_CABINET = "westmarch-cc-cabinet-record-of-decisions-2024-10"


def test_record_of_decisions_notice_tables():
    got = [(d.item_number, d.outcome) for d in _decisions(WESTMARCH_CABINET)]
    assert got == [
        ("5", "resolved"),
        ("5", "resolved"),
        ("5", "resolved"),
        ("6", "awarded"),  # "Decision: That the contract ... be awarded to ..."
        ("7", "deferred"),
        ("8", "approved"),  # "Decision: Cabinet:" + a. / b. / c.
        ("8", "agreed"),
        ("8", "noted"),
        ("9", "noted"),
        ("10", "agreed"),
    ]
    titles = {d.item_number: d.item_title for d in _decisions(WESTMARCH_CABINET)}
    assert titles["5"] == "Medium Term Financial Plan 2025/26 – 2028/29: Budget Consultation"
    # "Reasons" and "Alternatives considered" ("Not to accept the grant – rejected.") are no decisions
    assert not [d for d in _decisions(WESTMARCH_CABINET) if d.outcome in ("rejected", "carried")]


def test_record_of_decisions_variants():
    meeting = Meeting(body="Cabinet", date="2024-06-04", title=None, location=None, page=1)
    text = (
        "Decision Ref: ED/24/12 Item 4: School Admission Arrangements 2025/26\n"
        "Decision: That the admission arrangements set out in Appendix 1 be determined.\n"
        "Reasons for the decision: The Council must determine arrangements by 28 February.\n"
        "Alternative options considered: To keep the current catchment areas - rejected.\n"
        "Decision Ref: ED/24/13 Item 5: Library Strategy\n"
        "Decision: The Cabinet approved the Library Strategy 2024-2029.\n"
    )
    got = [(d.item_number, d.item_title, d.outcome) for d in decisions_in(_stream_of(text), meeting)]
    assert got == [
        ("4", "School Admission Arrangements 2025/26", "determined"),
        ("5", "Library Strategy", "approved"),
    ]


CALDERBROOK = "calderbrook-mbc-council-minutes-2024-07"


def test_resolved_dash_lead_in_and_declared_results():
    got = [(d.item_number, d.outcome, d.page) for d in _decisions(CALDERBROOK)]
    # "RESOLVED –" over "(1) That ... (2) That ... (3) That ...": three resolutions of minute 29
    assert [x for x in got if x[0] == "29"] == [("29", "resolved", 2)] * 3
    # "The amendment was declared LOST."; "The motion was declared CARRIED, and it was" at a page's
    # foot leads the resolution on the next page, which is the record
    assert [x for x in got if x[0] == "31"] == [("31", "lost", 2), ("31", "resolved", 3)]
    assert len(got) == 9


def test_resolved_dash_variants():
    items, _ = decision_list(
        ["RESOLVED —", "(a) That the report be noted.", "(b) That the fees be approved."], 0
    )
    assert [(x.outcome, x.text) for x in items] == [
        ("resolved", "That the report be noted."),
        ("resolved", "That the fees be approved."),
    ]
    meeting = Meeting(body="District Council", date="2024-02-20", title=None, location=None, page=1)
    text = "58. NOTICE OF MOTION\nThe motion was declared lost.\n"
    assert [(d.outcome, d.text) for d in decisions_in(_stream_of(text), meeting)] == [
        ("lost", "The motion was declared lost.")
    ]


def test_title_case_resolved_the_board_lead_in():
    got = [
        (d.item_number, d.outcome)
        for d in _decisions("coldwater-lune-mht-public-board-minutes-2024-11")
        if d.item_number == "PB 24/116"
    ]
    assert got == [("PB 24/116", "approved"), ("PB 24/116", "delegated"), ("PB 24/116", "agreed")]
    # the same lead-in over roman points, as a committee minutes it
    items, _ = decision_list(
        ["Resolved: the Committee", "i. noted the report;", "ii. approved the policy."], 0
    )
    assert [(x.outcome, x.text) for x in items] == [
        ("noted", "noted the report;"),
        ("approved", "approved the policy."),
    ]


def test_nhs_wales_minute_numbers_and_received_log():
    got = [
        (d.item_number, d.item_title, d.outcome)
        for d in _decisions("cwm-alarch-nhs-trust-board-pack-2025-01")
    ]
    # "24/11/03": year/month/sequence; the heading over "The minutes were APPROVED ..." keeps its title
    assert got[0] == ("24/11/03", "Minutes of the meeting held on 26th September 2024", "approved")
    # "The Board received the action log and agreed to close actions ..."
    assert got[1] == ("24/11/04", "Action log", "received")


def test_proposal_deferred_and_received_tracker_variants():
    got = [(d.item_number, d.outcome) for d in _decisions("harbury-vale-nhsft-council-of-governors-2024-09")]
    assert ("CoG 24/37", "deferred") in got
    meeting = Meeting(body="Quality Committee", date="2024-03-05", title=None, location=None, page=1)
    text = (
        "25/03/04 Matters arising\n"
        "The Committee received the action tracker.\n"
        "25/03/05 Estates strategy\n"
        "The strategy was postponed to the May meeting.\n"
    )
    assert [(d.item_number, d.outcome) for d in decisions_in(_stream_of(text), meeting)] == [
        ("25/03/04", "received"),
        ("25/03/05", "postponed"),
    ]
    # a dated row of a parish council's schedule of payments is no minute number
    from boardpapers.extract.decisions import ITEM_HEAD

    assert not ITEM_HEAD.match("25/04/18 HMRC PAYE 16.00")


def test_committee_paper_cover_table_is_a_report_not_an_agenda():
    from boardpapers.extract.agenda import extract_agenda

    stem = "westmarch-university-arc-strategic-risk-register-2025-06"
    # "Agenda item 9 | Paper reference ARC/25/41" and "Action required ...": a paper's cover, whose
    # numbered summary points are not agenda items
    assert extract_agenda(_doc(stem)) == []


def test_cover_sheet_field_variants():
    from boardpapers.extract.agenda import _COVER_SHEET_FIELD

    assert _COVER_SHEET_FIELD.match("Agenda Item No. 12   Paper No. AC/24/07")
    assert _COVER_SHEET_FIELD.match("Action Required: For assurance")
    assert not _COVER_SHEET_FIELD.match("Agenda item 4: Minutes of the last meeting")


def test_lettered_sub_item_whose_stop_was_lost():
    from boardpapers.extract.agenda import extract_agenda

    items = extract_agenda(_doc("upper-wendlebury-pc-meeting-pack-2024-12"))
    numbers = [it.number for it in items]
    # "c. To approve the budget ..." / "d To consider the renewal ...": 8d, not part of 8c's title
    assert numbers[numbers.index("8c") + 1] == "8d"
    assert next(it for it in items if it.number == "8c").title.endswith("(report attached).")


def test_bare_letter_variants():
    from boardpapers.extract.agenda import BARE_LETTER

    assert BARE_LETTER.match("e Review of the Council’s risk assessment").group(1) == "e"
    # "a" is a word and never read as a lost letter; nor a lower-case run-on line
    assert not BARE_LETTER.match("a Review of grants")
    assert not BARE_LETTER.match("b the bank reconciliation")


def test_agenda_table_with_glyph_run_rows_stops_at_the_minutes():
    from boardpapers.extract.agenda import extract_agenda

    items = extract_agenda(_doc("nhs-glenbrae-board-public-pack-2025-07-29"))
    numbers = [it.number for it in items]
    # reserved business "8.1" / "8.2" printed as glyph runs under a header in words
    assert numbers[-2:] == ["8.1", "8.2"]
    assert items[-1].title == "Laboratory Managed Service Contract – Award Recommendation"
    # the minute of 27 May on page 2 ("25/30 CHAIR'S WELCOME ...") is not more rows
    assert all(it.page == 1 for it in items)


def test_minutes_start_variants():
    from boardpapers.extract.agenda import MINUTES_START

    assert MINUTES_START.match("Minute of the Meeting of NHS Glenbrae Board held in public on 27 May")
    assert MINUTES_START.match("MINUTES of the meeting of the Audit Committee")
    assert MINUTES_START.match("Meeting notes")
    assert not MINUTES_START.match("Minute 24/140 Apologies for absence")


GLENBRAE = "nhs-glenbrae-board-public-pack-2025-07-29"


def test_nhs_scotland_minute_numbers_and_refused_items():
    got = [(d.item_number, d.outcome) for d in _decisions(GLENBRAE)]
    # "25/30 CHAIR'S WELCOME ...": year/sequence over a title in capitals
    assert ("25/33", "agreed") in got and ("25/34", "noted") in got
    # "The Board:" + "(1) endorsed ... (2) did not accept ... (3) noted ..."
    assert [o for n, o in got if n == "25/40"] == ["endorsed", "rejected", "noted"]
    # "The tracker was noted." in the committee's table minute
    assert any(d.outcome == "noted" and d.text == "The tracker was noted." for d in _decisions(GLENBRAE))


def test_refused_item_variants():
    items, _ = decision_list(
        ["The Committee:", "(a) declined to approve the request for a waiver; and", "(b) noted the report."],
        0,
    )
    assert [(x.outcome, x.text) for x in items] == [
        ("rejected", "declined to approve the request for a waiver; and"),
        ("noted", "noted the report."),
    ]
    meeting = Meeting(body="Board", date="2024-01-30", title=None, location=None, page=1)
    text = "24/07 BUDGET SETTING\nThe Board noted the report.\n"
    # a year/sequence number over a title in capitals; "24/25 budget" in prose is no minute
    assert [(d.item_number, d.outcome) for d in decisions_in(_stream_of(text), meeting)] == [
        ("24/07", "noted")
    ]


def test_roman_section_numbers_over_capital_titles():
    got = [(d.item_number, d.item_title) for d in _decisions(RIVERSIDE)]
    assert got[0] == ("IV", "APPROVAL OF AGENDA")
    assert [n for n, _ in got] == ["IV", "VII", "VII", "IX", "IX", "IX", "IX"]
    meeting = Meeting(body="City Council", date="2025-02-03", title=None, location=None, page=1)
    text = (
        "XII. NEW BUSINESS\n"
        "Moved by Councilmember Ito, seconded by Councilmember Park, to approve the lease. Motion carried 5-0.\n"
        "I. Smith asked about the lease.\n"  # an initial opening a sentence is no section
    )
    assert [(d.item_number, d.item_title) for d in decisions_in(_stream_of(text), meeting)] == [
        ("XII", "NEW BUSINESS")
    ]


def test_deferral_after_an_approval_is_its_own_decision():
    got = [(d.outcome, d.text) for d in _decisions(GLENBRAE) if d.item_number == "25/41"]
    assert [o for o, _ in got] == ["approved", "deferred"]
    assert got[1][1].startswith("deferred the revised Scheme of Delegation")
    meeting = Meeting(body="Council", date="2024-10-10", title=None, location=None, page=1)
    text = "12. Estates\nThe Council approved the disposal of the depot, and deferred consideration of the yard.\n"
    assert [d.outcome for d in decisions_in(_stream_of(text), meeting)] == ["approved", "deferred"]
