"""Decisions and agenda items of the layout and wording families fixed on
benchmarks/written-heldout3 (session 7, read and fixed against this session; in the repository,
so these never skip), each with a variant form of the same family written here. Expected values
were read from the PDFs."""

from __future__ import annotations

from conftest import PACK_TRUST, WRITTEN_HELDOUT3, written_doc

from boardpapers.extract.agenda import (
    PAGES_LINE,
    _dash_presenter,
    _detail_fields,
    _slot_cells,
    extract_agenda,
    report_cover_sheet,
)
from boardpapers.extract.decision_lists import decision_list
from boardpapers.extract.decisions import Line, decisions_in, extract_decisions
from boardpapers.extract.records import Meeting
from boardpapers.model import Document
from boardpapers.reading.pdf_reader import read_document


def _doc(stem: str) -> Document:
    return written_doc(WRITTEN_HELDOUT3, stem)


PENNINE = "pennine-vale-icp-agenda-2025-10-21"


def test_point_zero_numbers_with_presenter_and_slot_line():
    items = extract_agenda(_doc(PENNINE))
    assert [it.number for it in items] == [
        "1.0",
        "2.0",
        "3.0",
        "4.0",
        "5.0",
        "5.1",
        "5.2",
        "6.0",
        "7.0",
        "8.0",
        "9.0",
        "10.0",
    ]
    first, minutes, strategy = items[0], items[2], items[4]
    assert (first.title, first.lead, first.purpose, first.time) == (
        "Welcome, introductions and apologies",
        "Councillor Janet Sowerbutts, Chair",
        "For information",
        "10:00",
    )
    # the presenter wraps onto a plain line under the bold title ("... action log –" / "Chair")
    assert (minutes.lead, minutes.purpose) == ("Chair", "For approval")
    assert strategy.title == "Integrated Care Strategy refresh 2026–2030"  # a dash in figures stays
    assert strategy.lead.endswith("NHS Pennine Vale ICB")
    assert items[-1].purpose is None  # "12:25-12:30 | Verbal": no purpose printed


def test_report_cover_with_authors_and_accountable_director_is_no_agenda():
    # "Title" / "Authors" / "Accountable Executive Director" over "1.0 Background/Introduction":
    # an NHS trust's report, its ".0" sections are not items
    assert report_cover_sheet(read_document(str(PACK_TRUST)))


def test_slot_line_variants():
    assert _slot_cells("10:20-10:55 | Paper B | For decision") == ["10:20-10:55", "Paper B", "For decision"]
    assert _slot_cells("Paper B1 | For information") == ["Paper B1", "For information"]
    # the same line with bullets and an enclosure number (NHS trust board agendas)
    assert _slot_cells("10.15 • Enc. 3 • To approve") == ["10.15", "Enc. 3", "To approve"]
    # a title with a bar is not a slot line
    assert _slot_cells("Finance | Quarter 2 report") is None
    assert _slot_cells("For information") is None


def test_dash_presenter_variants():
    assert _dash_presenter("Declarations of interest – Chair") == ("Declarations of interest", "Chair")
    assert _dash_presenter("ICP forward plan 2025/26 – Lesley Harbottle, ICP Business Manager") == (
        "ICP forward plan 2025/26",
        "Lesley Harbottle, ICP Business Manager",
    )
    # a US school board's form: a hyphen, two presenters with their titles
    assert _dash_presenter(
        "First Reading of Board Policy 3100 Budget - Marcus Battle, Associate Superintendent, "
        "Karen Poon, Director of Finance"
    ) == (
        "First Reading of Board Policy 3100 Budget",
        "Marcus Battle, Associate Superintendent, Karen Poon, Director of Finance",
    )
    # a title whose dash leads to a place, a period or a status is not split
    assert _dash_presenter("Planning application 23/0012 – Land at Mill Road") is None
    assert _dash_presenter("Budget monitoring – Quarter 2") is None
    assert _dash_presenter("Integrated Care Strategy refresh 2026–2030") is None


BRENNOCK = "brennock-falls-township-council-2025-10-14"
MARRABOOL = "marrabool-shire-ocm-2025-10-22"


def test_labelled_mover_seconder_that_carried_ontario():
    got = [(d.item_number, d.outcome, d.text) for d in extract_decisions(_doc(BRENNOCK))]
    assert got[0][:2] == ("3", "carried")
    assert got[0][2].startswith("That the agenda for the Regular Meeting of Council of October 14, 2025")
    # a recorded vote's table between the resolution and its result is not part of the text
    award = next(x for x in got if x[2].startswith("That Council award Tender"))
    assert award[2].endswith("That the shortfall of $37,120 be funded from the Roads Capital Reserve.")
    assert any(x[1] == "rejected" and x[2].startswith("That Council advise the County") for x in got)


def test_labelled_mover_seconder_one_line_australian():
    decisions = extract_decisions(_doc(MARRABOOL))
    got = [(d.item_number, d.outcome, d.text) for d in decisions]
    assert ("5", "carried") == got[0][:2]
    assert len(got) == 13
    # "COUNCIL RESOLUTION 2025/141" under the heading is no part of its title
    assert decisions[0].item_title == "APPLICATIONS FOR LEAVE OF ABSENCE"
    # "10.1.2 2024/25 Annual Financial Report ...": a title opening with a financial year
    assert decisions[3].item_number == "10.1.2"
    # "CARRIED 7/0" at the top of page 4, under a resolution run over from page 3
    assert ("10.1.3", "carried") in [x[:2] for x in got]
    assert ("11.1", "lost") in [x[:2] for x in got]  # "LOST 3/4"
    assert any(x[2].startswith("That Council, by absolute majority: 1. accepts") for x in got)


def _stream_of(text: str) -> list[Line]:
    return [Line(page=1, text=t) for t in text.splitlines()]


def test_labelled_motion_variants():
    meeting = Meeting(body="Town of Kellerby", date="2025-03-04", title=None, location=None, page=1)
    text = (
        "6. Planning\n"
        "Resolution 25-041\n"
        "MOVED: Councillor Ames; SECONDED: Councillor Roy\n"
        "That the site plan for 12 Quarry Lane be approved.\n"
        "Carried unanimously.\n"
        "7. Roads\n"
        "Moved by Mayor Pike\n"
        "Seconded by Councillor Ames\n"
        "That the speed limit on Orchard Road be reduced to 40 km/h.\n"
        "DEFEATED 2-5\n"
        "Moved by Councillor Roy, seconded by Councillor Ames, to accept the treasurer's report. Motion carried.\n"
        "Moved by Councillor Ames, seconded by Mayor Pike, to adjourn. Motion carried.\n"
    )
    got = [(d.item_number, d.outcome, d.text) for d in decisions_in(_stream_of(text), meeting)]
    assert got[:2] == [
        ("6", "carried", "That the site plan for 12 Quarry Lane be approved."),
        ("7", "rejected", "That the speed limit on Orchard Road be reduced to 40 km/h."),
    ]
    # the US form, mover and seconder in the sentence, is read as before
    assert got[2][2].startswith("Moved by Councillor Roy, seconded by")
    # a motion to adjourn closes the meeting: no decision of the body's business (no truth set
    # counts one; several ignore them)
    assert len(got) == 3


NORTHMERCIA = "northmercia-boards-in-common-2025-09-11"


def test_boards_in_common_caps_verbs():
    got = [(d.item_number, d.outcome, d.decided_by) for d in extract_decisions(_doc(NORTHMERCIA))]
    assert ("BiC/25/064", "noted", "Boards in Common") in got
    assert ("BiC/25/066", "received", "Boards in Common") in got
    # one trust's board, its part in a clause between name and verb
    assert ("BiC/25/069", "approved", "Board of Ravensmoor and Dunstall NHS Trust") in got


def test_boards_in_common_variants():
    meeting = Meeting(body="Joint Boards", date="2025-05-01", title=None, location=None, page=1)
    text = (
        "4. People Plan\n"
        "The Committees in Common ENDORSED the people plan.\n"
        "5. Estates\n"
        "The Board of Eastmoor Community Health NHS Trust, as landlord, AGREED the lease.\n"
    )
    got = [(d.item_number, d.outcome, d.decided_by) for d in decisions_in(_stream_of(text), meeting)]
    assert got == [
        ("4", "endorsed", "Committees in Common"),
        ("5", "agreed", "Board of Eastmoor Community Health NHS Trust"),
    ]


MESA = "mesa-colorada-water-district-board-2025-11-06"


def test_action_label_with_vote_record():
    got = [(d.item_number, d.outcome, d.text) for d in extract_decisions(_doc(MESA))]
    assert ("4", "approved", "Approved Consent Calendar Items 4A through 4D.") in got
    assert ("5.3", "continued", "Continued to the December 4, 2025 Regular Board Meeting.") in got
    assert not any("No action" in t for _, _, t in got)  # "ACTION: No action taken."


def test_action_label_variants():
    meeting = Meeting(body="Board of Trustees", date="2025-02-10", title=None, location=None, page=1)
    text = (
        "7. Facilities\n"
        "Board Action: Authorized the purchase of two school buses from\n"
        "Valley Fleet Inc.\n"
        "Motion: Lee / Second: Ortiz / Vote: 5-0\n"
        "8. Staff\n"
        "ACTION: Clerk to circulate the revised calendar.\n"
        "ACTION: Tabled pending further review.\n"
        "Ayes: Lee, Ortiz; Noes: Chan\n"
    )
    got = [(d.item_number, d.outcome, d.text) for d in decisions_in(_stream_of(text), meeting)]
    assert got == [
        ("7", "authorized", "Authorized the purchase of two school buses from Valley Fleet Inc."),
        ("8", "tabled", "Tabled pending further review."),
    ]


KILBRANNAGH = "kilbrannagh-county-council-monthly-2025-09-08"


def test_code_sequence_year_minute_numbers():
    got = [(d.item_number, d.outcome) for d in extract_decisions(_doc(KILBRANNAGH))]
    # "MM/252/2025" follows "MM/251/2025": the running number is the middle part, not the year
    assert ("MM/252/2025", "agreed") in got and ("MM/253/2025", "noted") in got
    assert ("MM/254/2025", "agreed") in got
    # "The Management Report was noted.", "The following correspondence was noted:"
    assert ("MM/249/2025", "noted") in got and ("MM/256/2025", "noted") in got


def test_code_sequence_year_variants():
    meeting = Meeting(body="Dunmore City Council", date="2024-04-08", title=None, location=None, page=1)
    text = (
        "CPG/12/2024 Budget Strategy\n"
        "It was agreed to adopt the budget strategy.\n"
        "CPG/13/2024 Parks\n"
        "The Parks Report was noted.\n"
        "CPG/9/2023 was referred to by Cllr. Byrne.\n"
        "Correspondence received from the Department was noted.\n"
    )
    got = [(d.item_number, d.outcome) for d in decisions_in(_stream_of(text), meeting)]
    assert got == [("CPG/12/2024", "agreed"), ("CPG/13/2024", "noted"), ("CPG/13/2024", "noted")]


ALDERSHIRE = "aldershire-opcc-strategic-accountability-board-minutes-2025-01-21"


def test_commissioner_decides_at_accountability_board():
    got = [(d.item_number, d.outcome, d.text) for d in extract_decisions(_doc(ALDERSHIRE))]
    assert ("4", "noted", "The PCC noted the report.") in got
    assert ("5", "noted", "The PCC thanked Det Supt McAteer and noted the update.") in got
    assert any(
        x[:2] == ("6", "approved") and x[2].startswith("The PCC approved the commissioning") for x in got
    )
    # "... following the" / "adoption of Operation Soteria.": a wrapped sentence, no decision
    assert not any(x[1] == "adopted" for x in got)


def test_sole_decider_variants():
    meeting = Meeting(body="Westshire Council", date="2025-06-02", title=None, location=None, page=1)
    text = (
        "3. Highways\n"
        "The Cabinet Member approved the winter maintenance plan.\n"
        "4. Fire Governance\n"
        "The Police, Fire and Crime Commissioner noted the report.\n"
        "5. Housing\n"
        "Officers reported a rise in applications following the\n"
        "approval of the allocations policy in March.\n"
    )
    got = [(d.item_number, d.outcome) for d in decisions_in(_stream_of(text), meeting)]
    assert got == [("3", "approved"), ("4", "noted")]


KINGSFOLD = "kingsfold-lb-licensing-subcommittee-b-minutes-2025-02-11"


def test_lettered_conditions_inside_numbered_resolutions():
    got = [(d.item_number, d.text) for d in extract_decisions(_doc(KINGSFOLD))]
    assert len(got) == 7
    # "... set" / "out below:" wraps the resolution's sentence (no label); "2) That ..." follows
    # the conditions a.-h. as the second resolution
    assert any(t.startswith("That the Sub-Committee did not grant recorded music") for _, t in got)
    added = next(t for _, t in got if t.startswith("That the following conditions be added"))
    assert "b. All staff authorised to sell alcohol" in added


def test_sub_points_variants():
    texts = [
        "RESOLVED –",
        "(1) That the variation be granted subject to the following conditions:",
        "(a) CCTV shall be installed at the entrance;",
        "(b) a personal licence holder shall be on duty after 21:00.",
        "(2) That the hours for the sale of alcohol be reduced as set",
        "out below:",
        "• Monday to Thursday 11:00 to 22:00",
        "(3) That the applicant be advised of the right of appeal.",
    ]
    listed = decision_list(texts, 0)
    assert listed is not None
    items, last = listed
    assert [x.line for x in items] == [1, 4, 7] and last == 7
    assert "(b) a personal licence holder" in items[0].text


def test_result_and_label_variants():
    meeting = Meeting(body="Shire of Tallong", date="2025-08-20", title=None, location=None, page=1)
    text = (
        "9.1 2025/26 Budget Adoption\n"
        "Resolution No. 2025-088\n"
        "Moved: Cr Lee Seconded: Cr Park\n"
        "That Council adopts the 2025/26 Annual Budget.\n"
        "CARRIED BY ABSOLUTE MAJORITY 5/2\n"
    )
    got = [(d.item_number, d.item_title, d.outcome) for d in decisions_in(_stream_of(text), meeting)]
    assert got == [("9.1", "2025/26 Budget Adoption", "carried")]


HARROWFELL = "harrowfell-npa-authority-meeting-pack-2025-03-28"


def test_report_of_line_and_bare_pages():
    items = extract_agenda(_doc(HARROWFELL))
    assert [it.number for it in items] == [str(n) for n in range(1, 13)]
    budget = items[5]
    assert (budget.lead, budget.purpose, budget.pages) == (
        "Director of Corporate Services",
        "For decision.",
        "23-41",
    )
    assert (items[4].lead, items[4].purpose, items[4].pages) == ("Chief Executive", None, "13-22")
    # "... as defined in paragraph" / "3 of Part 1 of Schedule 12A ..." does not end the list
    assert items[-1].title == "Disposal of Brackengill Barns, Upper Harrowdale"


def test_report_of_variants():
    assert _detail_fields(["Report of the Head of Legal Services. To approve."]) == (
        "To approve.",
        "Head of Legal Services",
    )
    assert _detail_fields(["Report of the Chief Fire Officer (CFA/25/03)."]) == (None, "Chief Fire Officer")
    assert PAGES_LINE.match("Pages 23 - 41") and PAGES_LINE.match("(Pages 7 - 56)")
    assert PAGES_LINE.match("Page 2") is None  # the page's own number


def test_not_decisions_and_capitals_confirmed():
    brennock = [d.text for d in extract_decisions(_doc(BRENNOCK))]
    assert "The report was received without a resolution." not in brennock
    northmercia = [d.text for d in extract_decisions(_doc(NORTHMERCIA))]
    assert not any(t.startswith("It was agreed that, as the item did not affect") for t in northmercia)
    pennine = [(d.outcome, d.text) for d in extract_decisions(_doc(PENNINE))]
    assert any(o == "confirmed" and t.startswith("The Partnership CONFIRMED that") for o, t in pennine)
    mourne = [
        d.text
        for d in extract_decisions(
            _doc("mourne-glens-bc-environment-regeneration-committee-minutes-2024-11-04")
        )
    ]
    assert not any(t.startswith("The proposal was declared carried") for t in mourne)


def test_not_decisions_variants():
    meeting = Meeting(body="Lowfield Council", date="2025-01-14", title=None, location=None, page=1)
    text = (
        "4. Library Hours\n"
        "The update was noted without a vote.\n"
        "5. Waste Strategy\n"
        "The amendment was declared carried and it was\n"
        "AGREED that the strategy be adopted as amended.\n"
        "6. Transport\n"
        "It was agreed that, having no pecuniary interest, Cllr Hale could remain in the room.\n"
        "The Board CONFIRMED that the plan reflects the strategy.\n"
    )
    got = [(d.item_number, d.outcome) for d in decisions_in(_stream_of(text), meeting)]
    assert got == [("5", "agreed"), ("6", "confirmed")]


def test_item_cell_of_declarations_table_is_no_minute_heading():
    # "Item 8 – Enhanced Access" in the declarations table's agenda-item column heads no minute:
    # the minutes' "3. Minutes of the previous meeting ..." does
    got = [(d.item_number, d.text) for d in extract_decisions(_doc("harrowdale-fenmoor-icb-pccc-2025-10-01"))]
    assert got[0][0] == "3" and got[0][1].startswith("The Committee APPROVED the minutes")
    assert [n for n, _ in got].count("8") == 1
