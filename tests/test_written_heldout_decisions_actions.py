"""Decisions and actions of the layout and wording families fixed on benchmarks/written-heldout
(session 6; in the repository, so these never skip): US city council motions ("Moved by ...,
seconded by ..., to ... Motion carried 7-0"), a consent calendar approved by one motion, minute
refs cited in running text, coded refs ("PB 25/03", "B24/60"), wrapped titles, "RESOLVED: The
Board" over i./ii./iii., an action column running over pages, a summary of actions going on over
a page break, "Action: JH" under a numbered paragraph, directions to staff. Expected values were
read from the PDFs."""

from __future__ import annotations

import functools

from conftest import WRITTEN_HELDOUT, written_doc

from boardpapers.extract.actions import extract_actions
from boardpapers.extract.decisions import extract_decisions
from boardpapers.extract.minute_actions import due_in
from boardpapers.extract.records import Action, Decision
from boardpapers.model import Document


def _doc(stem: str) -> Document:
    return written_doc(WRITTEN_HELDOUT, stem)


@functools.cache
def _decisions(stem: str) -> tuple[Decision, ...]:
    return tuple(extract_decisions(_doc(stem)))


@functools.cache
def _actions(stem: str) -> tuple[Action, ...]:
    return tuple(extract_actions(_doc(stem)))


MARLOW = "marlow-springs-city-council-minutes-2025-03"
KESTREL = "kestrel-vale-cfa-agenda-pack-2024-12"
FERNHILL = "fernhill-tyne-homes-board-minutes-2024-10"
NBHC = "nbhc-board-minutes-2024-11"


def test_us_council_motions_with_their_results():
    got = [(d.item_number, d.outcome) for d in _decisions(MARLOW)]
    assert got == [
        ("6", "carried"),
        ("7", "carried"),  # "to approve Consent Calendar Items 7.a through 7.f": the section's motion
        ("7.d", "carried"),  # pulled from the consent calendar and minuted under section 8
        ("9.a", "carried"),
        ("10.a", "carried"),
        ("10.b", "failed"),
        ("10.b", "carried"),
    ]
    by_item = {d.item_number: d for d in _decisions(MARLOW)}
    assert by_item["7"].item_title == "CONSENT CALENDAR"
    assert by_item["6"].text.endswith("to approve the agenda as presented. Motion carried 7-0.")
    # the roll-call vote table under "by the following vote:" is not part of the motion
    assert by_item["7.d"].text.endswith("Motion carried 6-1 by the following vote:")
    assert by_item["9.a"].item_title.endswith(
        "Zoning Text Amendment ZTA 24-03 Regarding Accessory Dwelling Units"
    )
    assert by_item["10.a"].item_title.endswith("Pavement Rehabilitation Project, CIP No. 25-104")
    failed = [d for d in _decisions(MARLOW) if d.outcome == "failed"][0]
    assert failed.text.endswith("Motion failed 2-5 (Ayes: Tillotson, Vandermeer).")
    # "Minutes approved by the City Council on: ______": a sign-off form, not a decision
    assert not [d for d in _decisions(MARLOW) if "___" in d.text]


def test_minute_refs_cited_in_running_text_and_wrapped_capital_titles():
    got = _decisions(KESTREL)
    # "... an other registrable interest in minute" / "CFA/24/37 (On-call Duty System Review), as
    # her husband ...": a cited ref, not minute CFA/24/37's heading
    first = got[0]
    assert (first.item_number, first.item_title, first.outcome) == ("CFA/24/33", "MINUTES", "resolved")
    accounts = [d for d in got if d.item_number == "CFA/24/36" and d.outcome == "resolved"]
    assert len(accounts) == 3
    assert {d.item_title for d in accounts} == {"STATEMENT OF ACCOUNTS 2023/24 AND AUDIT FINDINGS REPORT"}
    lost = [d for d in got if d.outcome == "lost"]
    assert [d.item_number for d in lost] == ["CFA/24/37"]
    assert lost[0].text.startswith("An amendment moved by Councillor Sowerby")
    assert lost[0].text.endswith("(For 3, Against 8, Abstain 1).")
    assert [d.outcome for d in got if d.item_number == "CFA/24/40"] == ["appointed", "elected"]
    assert [d.outcome for d in got if d.item_number == "CFA/24/42"] == ["deferred"]
    titles = {d.item_number: d.item_title for d in got}
    assert titles["CFA/24/39"] == "HMICFRS ROUND 3 INSPECTION – PROGRESS ON THE IMPROVEMENT PLAN"


def test_resolved_the_board_over_roman_numbered_limbs_and_coded_refs():
    got = _decisions("hartsmere-community-health-nhst-board-minutes-2025-01")
    assert [d.outcome for d in got if d.item_number == "PB 25/08"] == ["noted", "approved", "agreed"]
    assert not [d for d in got if d.text.strip() == "RESOLVED: The Board"]
    minutes = [d for d in got if d.text.startswith("The minutes of the meeting held on 7 November 2024")]
    assert [d.item_number for d in minutes] == ["PB 25/03"]


def test_title_in_capitals_wrapped_after_a_comma():
    got = _decisions("wandlebury-overview-scrutiny-minutes-2024-01")
    call_in = [d for d in got if d.item_number == "46"]
    assert call_in and {d.item_title for d in call_in} == {
        "CALL-IN: CABINET DECISION – DISPOSAL OF LAND AT ASHGROVE DEPOT, MILLFIELD ROAD"
    }
    # "Following a further vote (For 4, Against 3), it was" / "RESOLVED:" / "That ...": one record
    assert not [d for d in got if d.text.strip().lower() == "it was"]
    # the resolution's text starts on page 3 under "RESOLVED:" at the foot of page 2
    assert [d.page for d in got if d.text.startswith("That the Committee does not wish")] == [3]


def test_numbered_minutes_with_paragraphs_are_not_an_agenda_printed_first():
    got = _decisions(NBHC)
    assert [
        d.item_number for d in got if d.text.startswith("The minutes of the meeting on 19 September")
    ] == ["3"]


def test_housing_association_minutes_after_the_action_log_heading():
    got = _decisions(FERNHILL)
    numbers = {d.item_number for d in got}
    # "B24/61 Matters arising and action log" is a minute's heading: the minutes go on past it
    assert {
        "B24/60",
        "B24/61",
        "B24/62",
        "B24/63",
        "B24/64",
        "B24/65",
        "B24/67",
        "B24/68",
        "B24/69",
    } <= numbers
    # "It was resolved to: (i) approve ...; (ii) approve ...; (iii) delegate ...": each limb takes
    # its own verb (the truth accepts these for "resolved")
    assert [d.outcome for d in got if d.item_number == "B24/64"] == ["approved", "approved", "delegated"]
    assert [d.outcome for d in got if d.item_number == "B24/69"] == ["deferred"]


def test_action_column_running_over_pages_read_sentence_by_sentence():
    got = [(a.owner, a.text.split(": ", 1)[-1], a.due) for a in _actions(KESTREL) if a.tracker == "minutes"]
    assert [o for o, _, _ in got] == ["CFO", "Treasurer", "DCFO", "ACFO (P&C)", "RP"]
    assert "A written answer would be provided" in got[0][1]
    # a minute in one block: its action sentence, not the block
    assert [(t[:40], d) for _, t, d in got[1:]] == [
        ("The Treasurer would circulate the publis", None),
        ("The DCFO would report the outcome of the", "March 2025"),
        ("The ACFO undertook to share the full sur", None),
        ("Head of Estates to commission the update", None),
    ]


def test_summary_of_actions_going_on_over_a_page_break():
    got = [a for a in _actions(NBHC) if a.ref]
    assert [a.ref for a in got] == ["24/11-01", "24/11-02", "24/11-03", "24/11-04", "24/09-04"]
    # "No. | Minute | Action | Owner | By": By is the due date
    assert [a.due for a in got] == ["2024-11-29", "2025-01-30", "2024-12-06", "2024-12-20", "2025-01-30"]
    # set at this meeting where the minute is one of these minutes' paragraphs; "(Sept) 9.2" is not
    assert [a.assigned_on for a in got] == ["2024-11-21"] * 4 + [None]
    assert not [a for a in _actions(NBHC) if "Approved by the Board" in a.text]


def test_owner_line_under_a_numbered_paragraph_and_broken_due_cells():
    got = _actions(FERNHILL)
    jh = [a for a in got if a.owner == "JH" and a.tracker == "minutes"]
    assert [a.text[:44] for a in jh] == ["The Board DEFERRED the appointment of a revi"]
    assert [a.due for a in got if a.ref == "A24/19"] == ["Jun-24"]


def test_tracker_dates_and_status_words():
    got = _actions("brackenmoor-icb-primary-care-commissioning-committee-action-tracker-2025-01")
    assert [a.assigned_on for a in got][:3] == ["2024-07-11", "2024-07-11", "2024-09-12"]
    status = {a.status_raw: a.status for a in got}
    assert status["On agenda"] == "open"
    assert status["Superseded"] == "closed" and status["Transferred"] == "closed"


def test_directions_to_staff_in_us_council_minutes():
    got = [(a.owner, a.due, a.page) for a in _actions(MARLOW)]
    assert got == [("staff", "2025-06-03", 4), ("City Manager", "2025-04-15", 4)]
    assert _actions(MARLOW)[1].text.startswith("City Manager Delacroix stated that staff will bring a report")


def test_due_dates_written_into_actions():
    assert due_in(
        "The DCFO would report the outcome of the consultation to the Authority in March 2025."
    ) == ("March 2025")
    assert due_in("staff will bring a report to the April 15, 2025 meeting.") == "2025-04-15"
    assert due_in("and to return to Council ... no later than June 3, 2025.") == "2025-06-03"
    # a past month reported, not a date to act by
    assert due_in("this pooling was approved by ICB in February 2018. A meeting was held.") is None


def test_motion_wordings_of_us_councils_and_county_boards():
    """The mover, seconder and result worded as other US clerks write them (unit test on lines)."""
    from boardpapers.extract.decisions import Line, decisions_in
    from boardpapers.extract.records import Meeting

    meeting = Meeting(body="Board of Supervisors", date="2025-01-07", title="Minutes", location=None, page=1)
    texts = [
        "4. CONSENT AGENDA",
        "Motion by Supervisor Lee, seconded by Supervisor Park, to approve the consent agenda; motion carried 5-2.",
        "5. BUDGET AMENDMENT",
        "It was moved by Councilmember Diaz, seconded by Councilmember Ortiz, to adopt Resolution No. 2025-03.",
        "Motion passed unanimously.",
        "6. ZONING APPEAL",
        "Moved by Trustee Chan, seconded by Trustee Wu, to deny the appeal. The motion failed 2-3.",
    ]
    got = decisions_in([Line(1, t) for t in texts], meeting)
    # "Motion passed unanimously.": approved (a motion that passes, session 17)
    assert [(d.item_number, d.outcome) for d in got] == [("4", "carried"), ("5", "approved"), ("6", "failed")]
    assert got[0].text.endswith("to approve the consent agenda; motion carried 5-2.")
    assert got[1].text.startswith("It was moved by Councilmember Diaz")
    assert got[1].text.endswith("Resolution No. 2025-03. Motion passed unanimously.")
    assert got[2].text.endswith("to deny the appeal. The motion failed 2-3.")


def test_resolved_that_with_a_dash_over_lettered_limbs():
    """ "RESOLVED – That:" (English council committees) over (a)/(b): one resolution per limb."""
    from boardpapers.extract.decision_lists import decision_list

    items, last = decision_list(
        ["RESOLVED – That:", "(a) the report be noted;", "(b) the plan be approved.", "The meeting closed."],
        0,
    )
    assert [(i.outcome, i.text) for i in items] == [
        ("resolved", "the report be noted;"),
        ("resolved", "the plan be approved."),
    ]
    assert last == 2
