"""Decisions and meetings of the layout and wording families fixed on benchmarks/written-heldout4
(session 8, read and fixed against this session; in the repository, so these never skip), each
with variant forms of the same family written here. Expected values were read from the PDFs."""

from __future__ import annotations

from conftest import WRITTEN_HELDOUT4, written_doc

from boardpapers.extract.decision_grammar import body_short_names, resolution_block, resolution_outcome
from boardpapers.extract.decision_lists import lead_in
from boardpapers.extract.decisions import Line, decisions_in, extract_decisions
from boardpapers.extract.meetings import extract_meetings, find_bodies
from boardpapers.extract.records import Meeting
from boardpapers.model import Document, Page


def _doc(stem: str) -> Document:
    return written_doc(WRITTEN_HELDOUT4, stem)


def _text_doc(text: str) -> Document:
    return Document(sha256="c" * 64, path="x.pdf", size=1, page_count=1, pages=[Page(number=1, text=text)])


def _stream_of(text: str) -> list[Line]:
    return [Line(page=1, text=t) for t in text.splitlines()]


# ---------------------------------------------------------------- the verb lexicon


def test_resolution_outcome_reads_the_weightiest_verb_in_any_form():
    cases = {
        # NZ district council: the routine receipt listed first, the decision after it
        "That the Council: a. receives the report; and b. approves the carry forward": "approved",
        "That the Council: a) receives the report; and b) awards Contract 2025/07": "approved",
        "That the minutes be confirmed as a true and correct record.": "confirmed",
        "That the Council notes the Register of Interests.": "noted",
        # US regents (present tense after the body), an English council's subjunctive
        "NOW, THEREFORE, BE IT RESOLVED, that the Board of Regents approves the program": "approved",
        "That Council adopt the Budget 2026.": "adopted",
        # WA shire: the tender accepted, the authority to sign it second
        "That Council: 1. accepts the tender; 2. authorises the CEO to execute the contract.": "accepted",
        "That the item be deferred to the next meeting.": "deferred",
        # no decision verb: the resolution itself
        "That the public be excluded from the following parts of the proceedings.": "resolved",
    }
    for text, outcome in cases.items():
        assert resolution_outcome(text) == outcome, text


def test_body_short_names_are_the_initials_of_the_name_and_its_tails():
    assert body_short_names("Carrickmuir Integration Joint Board") == ["CIJB", "IJB"]
    assert "ODUG" in body_short_names("Open Data User Group")
    assert body_short_names("Cabinet") == []


# ---------------------------------------------------------------- resolution blocks


def test_labelled_resolution_closed_by_its_vote_nz_council():
    """Kaitāwa DC: "Resolution DC/2025/108" / "That ..." / "Moved: ... / Seconded: ..." /
    "CARRIED": one decision per numbered resolution, its text with the number."""
    got = [
        d for d in extract_decisions(_doc("kaitawa-dc-council-minutes-2025-08-13")) if "DC/2025/1" in d.text
    ]
    by_ref = {d.text.split()[1]: d for d in got}
    assert by_ref["DC/2025/108"].outcome == "accepted"  # "be received and accepted"
    assert by_ref["DC/2025/109"].text == (
        "Resolution DC/2025/109 That the Council notes the Register of Elected Members' Interests as at 1 August 2025."
    )
    assert by_ref["DC/2025/112"].outcome == "approved"
    assert by_ref["DC/2025/112"].item_number == "7.1"
    # the public-excluded resolution ends before the table its lead-in introduces
    assert by_ref["DC/2025/117"].text.endswith("proceedings of this meeting.")


def test_resolution_block_variants():
    heads = [False] * 12
    # unlabelled "That ...", the vote at once below (Australian shire, Ontario township)
    texts = ["That the agenda be adopted as circulated.", "Moved: Cr A  Seconded: Cr B", "CARRIED 7/0"]
    b = resolution_block(texts, 0, heads)
    assert (b.text, b.outcome, b.last) == ("That the agenda be adopted as circulated.", "adopted", 2)
    # a lost motion is rejected
    texts = ["That the item be deferred.", "Moved: Cr A / Seconded: Cr B", "LOST"]
    assert resolution_block(texts, 0, heads).outcome == "rejected"
    # an officer recommendation with debate before the vote is no resolution
    texts = ["That Council approves the plan.", "Cr A spoke against it.", "Moved: Cr A", "CARRIED"]
    assert resolution_block(texts, 0, heads) is None
    # a "That ..." with neither label nor vote is left to the other readers
    assert resolution_block(["That the report be noted.", "The Chair thanked officers."], 0, heads) is None
    # "Council Resolution 2025/14" over a "That" and no printed vote: the paragraph
    texts = ["COUNCIL RESOLUTION 2025/14", "That Council endorses the strategy.", "The Mayor thanked staff."]
    b = resolution_block(texts, 0, heads)
    assert (b.text, b.outcome) == (
        "COUNCIL RESOLUTION 2025/14 That Council endorses the strategy.",
        "endorsed",
    )


def test_be_it_resolved_under_whereas_clauses_us_regents():
    """Cumberland State regents: "RESOLUTION 2025-32" / title / "WHEREAS ..." / "NOW, THEREFORE,
    BE IT RESOLVED, that the Board of Regents approves ..." / a roll call / "The motion carried, 6
    – 1.": one decision, the roll call and result part of it."""
    got = extract_decisions(_doc("cumberland-state-regents-minutes-2025-09-18"))
    assert [(d.item_number, d.outcome) for d in got] == [
        # "Regent Bankole moved to approve the minutes ... The motion passed": approved, the
        # contract's verb for a motion that passes (session 17; the truth's alt holds it)
        ("III", "approved"),
        ("V", "approved"),
        ("V", "approved"),
        ("V", "approved"),
        ("VII", "approved"),
    ]
    assert got[2].text.startswith("RESOLUTION 2025-32 NOW, THEREFORE, BE IT RESOLVED, that the Board")
    assert {d.decided_by for d in got} == {"Board of Regents"}
    # variant: a county board's resolution with "BE IT FURTHER RESOLVED" and a voice vote
    texts = [
        "RESOLUTION NO. 24-118",
        "WHEREAS, the County owns the parcel;",
        "NOW, THEREFORE, BE IT RESOLVED that the Board of Supervisors authorizes the sale; and",
        "BE IT FURTHER RESOLVED that the Clerk record the deed.",
        "Motion carried by voice vote.",
    ]
    b = resolution_block(texts, 0, [False] * len(texts))
    assert b.outcome == "authorised" and b.last == 4
    assert b.text.startswith("RESOLUTION NO. 24-118 NOW, THEREFORE, BE IT RESOLVED that the Board")


# ---------------------------------------------------------------- the body by its initials


def test_ijb_lettered_decisions_under_its_initials():
    """Carrickmuir IJB: "The IJB:" / "a. noted ...; and" / "b. approved ..."; "The IJB noted the
    performance report." The body is the meeting's: the IJB's decisions are its own."""
    got = extract_decisions(_doc("carrickmuir-ijb-minutes-2025-09"))
    # 19: item 4's "noted the rolling action log and agreed that actions 12 and 14 be closed" is
    # read as one record (this file's truth splits it; five other labelled sets keep such a
    # sentence whole: see decisions.AFTER_NOTING)
    assert len(got) == 19
    assert {d.decided_by for d in got} == {"Carrickmuir Integration Joint Board"}
    assert ("6", "approved", "approved the budget realignments set out in Appendix 2 to the report;") in [
        (d.item_number, d.outcome, d.text) for d in got
    ]
    assert got[-1].outcome == "approved"  # item 13: "approved the recommendations contained in the report"


def test_initials_lead_in_and_sentence_variants():
    assert lead_in("The IJB:") == (True, None)
    assert lead_in("The JHOSC:") == (True, None)
    assert lead_in("The following:") is None
    meeting = Meeting(
        body="Westmoor Health and Care Partnership Board",
        date="2025-05-01",
        title=None,
        location=None,
        page=1,
    )
    text = (
        "4. Winter plan\n"
        "The HCPB noted the winter plan.\n"
        "5. Budget\n"
        "The CPB approved the budget virements.\n"
        "6. Another body\n"
        "The ICB approved its own plan.\n"
    )
    got = [(d.item_number, d.outcome) for d in decisions_in(_stream_of(text), meeting)]
    # the body's initials and its tail's; another body's initials report its decision
    assert got == [("4", "noted"), ("5", "approved")]


# ---------------------------------------------------------------- meeting headings


def test_minuted_sentence_is_no_meeting_and_wrapped_headings_are_joined():
    (m,) = extract_meetings(_doc("carrickmuir-ijb-minutes-2025-09"))
    assert (m.body, m.date) == ("Carrickmuir Integration Joint Board", "2025-09-24")
    (r,) = extract_meetings(_doc("cumberland-state-regents-minutes-2025-09-18"))
    assert (r.body, r.date) == ("Board of Regents", "2025-09-18")
    (o,) = extract_meetings(_doc("ovps-board-minutes-2025-09-17"))
    assert o.body == "Board of the Office for Veterinary Practice Standards"
    (w,) = extract_meetings(_doc("weirside-brackenfield-lgb-2025-03"))
    assert w.body == "Local Governing Body"
    # a running footer with a date ("City Council Summary Minutes – 10/06/2025 5") is no second meeting
    (p,) = extract_meetings(_doc("port-ellison-city-council-summary-minutes-2025-10-06"))
    assert p.date == "2025-10-06"


def test_heading_variants():
    (v,) = extract_meetings(
        _text_doc(
            "MINUTES OF THE ANNUAL MEETING OF THE\nBOARD OF VISITORS OF THE STATE COLLEGE\n"
            "Tuesday, March 4, 2025\nPresent: A. Smith\n1. Call to order"
        )
    )
    assert (v.body, v.date) == ("Board of Visitors", "2025-03-04")
    assert find_bodies("Minutes of the meeting of the Board of the Marine Licensing Agency") == [
        "Board of the Marine Licensing Agency"
    ]
    assert find_bodies("Riverside School Governing Body") == ["Riverside School Governing Body"]
    doc = _text_doc(
        "Minutes of the Finance Committee\nheld on 3 June 2025\nPresent: A Smith\n"
        "1. Minutes\nThe minutes of the meeting held on 2 May 2025 were approved as a correct record.\n"
    )
    assert [m.date for m in extract_meetings(doc)] == ["2025-06-03"]


# ---------------------------------------------------------------- US council motions


def test_motion_was_made_and_the_tally_under_the_vote():
    """Port Ellison summary minutes: "Motion was made by Councilmember X, duly seconded, to amend
    ..." / "The Motion carried by the following vote:"; "Motion was made, duly seconded and
    carried, to excuse ..."; a "... signed it:" sentence over "In Favor: 8 - ..." ends at its colon;
    "Approved: October 13, 2025" under a signature is no decision."""
    got = extract_decisions(_doc("port-ellison-city-council-summary-minutes-2025-10-06"))
    texts = [d.text for d in got]
    assert any(
        t.startswith("Motion was made by Councilmember Brightwater, duly seconded, to amend") for t in texts
    )
    assert (
        "Motion was made, duly seconded and carried, to excuse Councilmember Fitzgerald-Oyelaran from the "
        "October 20, 2025 City Council meeting."
    ) in texts
    assert "The Motion carried, and the Appointments (Appt) were confirmed by the following vote:" in texts
    assert not any(t == "the City Council" for t in texts)
    meeting = Meeting(body="Town Board", date="2025-06-02", title=None, location=None, page=1)
    text = (
        "4. Paving contract\n"
        "A motion was made, seconded and passed, to award the paving contract to Ames Ltd.\n"
        "5. Budget\n"
        "Motion was made by Trustee Lee to adopt the budget as amended. The motion carried.\n"
        "6. Fees\n"
        "The Town Board approved the fee schedule by the following vote:\n"
        "Ayes: Lee, Roy, Pike\n"
        "Nays: None\n"
    )
    got = [(d.item_number, d.outcome, d.text) for d in decisions_in(_stream_of(text), meeting)]
    # "... seconded and passed, to award ...": approved (a motion that passes, session 17)
    assert [g[:2] for g in got] == [("4", "approved"), ("5", "carried"), ("6", "approved")]
    assert got[2][2] == "The Town Board approved the fee schedule by the following vote:"


def test_planning_reference_titles_head_minutes():
    """Harrowfield DC planning committee: "47  25/00942/OUT – LAND EAST OF COLDHARBOUR ROAD" heads
    minute 47 (the application's reference opens the title); a proposal and its RESOLVED with a
    vote line between are one decision."""
    got = extract_decisions(_doc("harrowfield-dc-planning-committee-2025-11-11"))
    assert [d.item_number for d in got] == ["44", "46", "47", "48", "49", "50", "51", "52", "53"]
    meeting = Meeting(body="Planning Committee", date="2025-01-07", title=None, location=None, page=1)
    text = (
        "12  2025/0456/FUL – 4 High Street\n"
        "RESOLVED that planning permission be GRANTED.\n"
        "13  P/25/00123 – Land at Mill Farm\n"
        "RESOLVED that planning permission be REFUSED.\n"
    )
    assert [d.item_number for d in decisions_in(_stream_of(text), meeting)] == ["12", "13"]
