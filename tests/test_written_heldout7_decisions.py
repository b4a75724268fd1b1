"""Decisions and actions of the layout and wording families fixed on benchmarks/written-heldout7 (session 9),
each with variant forms of the same family written here. Expected values were read from the PDFs."""

from __future__ import annotations

from conftest import WRITTEN_HELDOUT7, text_doc, written_doc

from boardpapers.extract.decisions import Line, decisions_in, extract_decisions
from boardpapers.extract.minute_actions import actions_from_minutes
from boardpapers.extract.records import Meeting

BOARD = Meeting(body="Board", date="2025-06-09", title=None, location=None, page=1)


def _lines(text: str, headings: tuple[int, ...] = ()) -> list[Line]:
    return [Line(1, t, heading=i in headings) for i, t in enumerate(text.splitlines())]


def _decided(text: str, headings: tuple[int, ...] = ()) -> list[tuple[str | None, str, str]]:
    return [(d.item_number, d.outcome, d.text) for d in decisions_in(_lines(text, headings), BOARD)]


# ---------------------------------------------------------------- a numbered "RESOLVED" label


def test_resolved_label_with_its_number_and_movers_heads_the_resolution():
    # New Zealand / Australian councils: "RESOLVED 2025/141 (Moved Cr A / Seconded Cr B)" over the
    # resolution; the label is no decision of its own, the "That ..." under it is the resolution
    got = _decided(
        "6 FINANCE REPORT\n"
        "RESOLVED 2025/141 (Moved Cr Tane / Seconded Cr Marsh)\n"
        "That the quarterly finance report be received.\n"
        "CARRIED\n"
        "7 POOL HOURS\n"
        "RESOLVED 17/24 (Cr Ngata)\n"
        "That Council:\n"
        "1. Extend the summer pool hours to 8pm.\n"
        "2. Note the cost of $12,000.\n"
        "CARRIED\n"
    )
    assert got == [
        ("6", "resolved", "That the quarterly finance report be received."),
        (
            "7",
            "resolved",
            "That Council: 1. Extend the summer pool hours to 8pm. 2. Note the cost of $12,000.",
        ),
    ]


def test_resolved_with_text_after_its_brackets_is_read_as_before():
    got = _decided("4 BUDGET\nRESOLVED (For 9, Against 1) to approve the budget.\n")
    assert got == [("4", "resolved", "RESOLVED (For 9, Against 1) to approve the budget.")]


# ---------------------------------------------------------------- "THAT" in capitals


def test_motion_in_capitals_under_its_mover_and_seconder():
    # Ontario hospital and school boards print "THAT the Board ..." under "MOVED by / SECONDED by"
    got = _decided(
        "5.0 Budget\n"
        "MOVED by J. Okafor\n"
        "SECONDED by L. Pereira\n"
        "THAT the Board of Trustees approve the 2025/26\n"
        "operating budget as presented.\n"
        "CARRIED\n"
    )
    assert got == [
        ("5.0", "approved", "THAT the Board of Trustees approve the 2025/26 operating budget as presented.")
    ]


# ---------------------------------------------------------------- titles with a full stop


def test_proposed_seconded_and_agreed_with_stopped_titles_and_initials():
    # Irish boards and councils write "Cllr." / "Mr." / initials with stops: no sentence ends there
    got = _decided(
        "3 Minutes\n"
        "The minutes of the meeting held on 4th June, having been circulated, were proposed by Cllr.\n"
        "A. Byrne, seconded by Dr. Úna Kelly and agreed.\n"
        "4 Annual Plan\n"
        "It was proposed by Mr. Tom Byrne, seconded by Ms. Anne Walsh and agreed that the Council adopt\n"
        "the Annual Service Plan 2026.\n"
    )
    assert got == [
        (
            "3",
            "agreed",
            "The minutes of the meeting held on 4th June, having been circulated, were proposed by Cllr. "
            "A. Byrne, seconded by Dr. Úna Kelly and agreed.",
        ),
        (
            "4",
            "agreed",
            "It was proposed by Mr. Tom Byrne, seconded by Ms. Anne Walsh and agreed that the Council adopt "
            "the Annual Service Plan 2026.",
        ),
    ]


def test_number_abbreviation_at_a_line_end_runs_on():
    got = _decided(
        "9. PARKS\n"
        "Approved and authorized the Mayor to sign Amendment No.\n"
        "3 to Agreement No. 22-118 with Greenway Landscapes.\n"
    )
    assert got == [
        (
            "9",
            "approved",
            "Approved and authorized the Mayor to sign Amendment No. 3 to Agreement No. 22-118 with Greenway Landscapes.",
        )
    ]


# ---------------------------------------------------------------- minutes numbered N/YY


def test_minutes_numbered_by_sequence_and_year():
    # "12/24 Finance" counting up: minute numbers; each decision under its own
    got = _decided(
        "12/24 Minutes of Previous Meeting\n"
        "The minutes were approved.\n"
        "13/24 Correspondence\n"
        "The following correspondence was noted:\n"
        "Letter from the Department regarding funding.\n"
        "14/24 Finance Report\n"
        "The report was noted.\n"
        "15/24 Policies\n"
        "The Board approved the revised Dignity at Work Policy.\n"
    )
    assert [(n, o) for n, o, _ in got] == [
        ("12/24", "approved"),
        ("13/24", "noted"),
        ("14/24", "noted"),
        ("15/24", "approved"),
    ]
    assert (
        got[1][2] == "The following correspondence was noted: Letter from the Department regarding funding."
    )


def test_a_lone_financial_year_is_no_minute_number():
    got = _decided("5 Finance\n24/25 Budget Outturn\nThe Board approved the outturn report.\n")
    assert got == [("5", "approved", "The Board approved the outturn report.")]


def test_second_sentence_on_a_line_is_read_once():
    got = _decided(
        "8 Reports of Committees\n"
        "(a) Finance Committee – The report of the meeting of 2nd May was noted. The\n"
        "Chair of the Committee drew attention to the updated risk register.\n"
    )
    assert [o for _, o, _ in got] == ["noted"]


# ---------------------------------------------------------------- US county boards' actions


def test_county_board_motion_clause_and_roll_call_in_capitals():
    got = _decided(
        "12. PUBLIC WORKS – ROAD CONTRACT\n"
        "On motion of Commissioner Reyes, seconded by Commissioner Blake, the Commission awarded a\n"
        "contract to Summit Paving Inc. for the Elm Road overlay, by the following vote:\n"
        "AYES: Commissioners Reyes, Blake, Ortega\n"
        "NOES: None\n"
        "13. HEARING\n"
        "On motion of Commissioner Blake, seconded by Commissioner Ortega, the Commission continued the\n"
        "hearing to August 5, 2025.\n"
    )
    assert got == [
        (
            "12",
            "awarded",
            "On motion of Commissioner Reyes, seconded by Commissioner Blake, the Commission awarded a "
            "contract to Summit Paving Inc. for the Elm Road overlay.",
        ),
        (
            "13",
            "continued",
            "On motion of Commissioner Blake, seconded by Commissioner Ortega, the Commission continued the "
            "hearing to August 5, 2025.",
        ),
    ]


def test_consent_items_recorded_by_their_action_and_an_item_taken_up_again():
    got = _decided(
        "4. CITY CLERK\n"
        "Approved the minutes of the regular meeting of May 6, 2025.\n"
        "5. FINANCE\n"
        "Received and filed the Treasurer's report for April 2025.\n"
        "6. POLICE DEPARTMENT\n"
        "Accept the 2025 traffic safety grant. (Pulled for separate discussion.)\n"
        "7. PLANNING\n"
        "Adopted Ordinance No. 881 amending the zoning code.\n"
        "ITEM PULLED FROM CONSENT\n"
        "6. POLICE DEPARTMENT – TRAFFIC SAFETY GRANT\n"
        "By a vote of 4-1, the Council accepted the 2025 traffic safety grant.\n"
        "8. BUDGET\n"
        "The Council continued its discussion of the budget.\n",
        headings=(8, 9),
    )
    assert got == [
        ("4", "approved", "Approved the minutes of the regular meeting of May 6, 2025."),
        ("5", "received", "Received and filed the Treasurer's report for April 2025."),
        ("7", "adopted", "Adopted Ordinance No. 881 amending the zoning code."),
        ("6", "accepted", "By a vote of 4-1, the Council accepted the 2025 traffic safety grant."),
    ]


# ---------------------------------------------------------------- the heldout7 documents


def test_heldout7_minutes_of_four_families():
    warrigal = extract_decisions(written_doc(WRITTEN_HELDOUT7, "warrigal-shire-council-2025-04-22"))
    assert not any(d.text.startswith("RESOLVED") for d in warrigal)
    assert sum(d.outcome == "resolved" and d.text.startswith("That") for d in warrigal) == 13

    rideau = extract_decisions(written_doc(WRITTEN_HELDOUT7, "rideau-pines-hospital-2025-03-27"))
    assert sum(d.text.startswith("THAT the Board of Directors approve") for d in rideau) == 7

    etb = extract_decisions(written_doc(WRITTEN_HELDOUT7, "shannonside-etb-2025-05-20"))
    agreed = [d for d in etb if d.outcome == "agreed"]
    assert [d.item_number for d in agreed] == ["43/25", "47/25", "48/25", "49/25", "50/25", "51/25"]

    county = extract_decisions(written_doc(WRITTEN_HELDOUT7, "pinecrest-county-bos-2025-06-10"))
    items = {d.item_number for d in county}
    assert {"7", "8", "9", "10", "12", "13", "14", "15", "16", "11", "17", "18"} <= items


# ---------------------------------------------------------------- actions: "Action: <owner>" under the action


def test_owner_line_under_a_sentence_worded_as_an_action():
    # learned societies' and charities' councils: discussion, then the action as a "to be ..."
    # sentence, then "Action: <post>" alone on its line; the decision after it is no action
    doc = text_doc(
        "Minutes of the meeting of the Board of Trustees held on 3 June 2025\n"
        "T/25/12 VOLUNTEER STRATEGY\n"
        "Trustees discussed the draft strategy and asked for costings.\n"
        "Costed options for volunteer expenses to be brought to the September meeting.\n"
        "Action: Director of Operations (Volunteering)\n"
        "The Board noted the draft strategy.\n"
        "T/25/13 FUNDRAISING\n"
        "Legacy Working Group to review the gift acceptance policy.\n"
        "Action: Head of Fundraising / Director of Finance and Resources\n"
        "The Board approved the fundraising plan.\n"
        "The Chair thanked the team for their work on the appeal.\n"
        "Action: Chair\n"
    )
    got = [(a.text, a.owner) for a in actions_from_minutes(doc)]
    assert got == [
        (
            "Costed options for volunteer expenses to be brought to the September meeting.",
            "Director of Operations (Volunteering)",
        ),
        (
            "Legacy Working Group to review the gift acceptance policy.",
            "Head of Fundraising / Director of Finance and Resources",
        ),
    ]


def test_heldout7_council_actions_under_owner_lines():
    doc = written_doc(WRITTEN_HELDOUT7, "rcam-council-minutes-2025-05-14")
    got = actions_from_minutes(doc)
    assert len(got) == 7
    assert all(" to " in a.text and a.owner for a in got)
