"""Decisions in the free-mix minutes of session 17 (written-dev25 ... -dev27): US licensing and
special district boards' motions set as blocks ("MOTION: ... moved to ..." / "SECOND: ..." /
"VOTE: The motion passed (5-0)."), a "Vice" / "Chair" role wrapped in the attendance columns
(not the signature that ends the minutes), an "APPROVED:" / "ATTEST:" sign-off, a motion to table
a long-named paper, Commonwealth boards' passive decisions on a capitalised paper or the agenda,
a refusal and an approval in one sentence, and minutes numbered "1.0", "2.0" under the agenda
listed above them. Each on a variant written here, and the read files."""

from __future__ import annotations

from conftest import WRITTEN_DEV25, WRITTEN_DEV26, text_doc, written_doc

from boardpapers.extract.decisions import Line, decisions_in, extract_decisions
from boardpapers.extract.records import Meeting

BOARD = Meeting(body="State Board of Pharmacy", date="2025-04-11", title=None, location=None, page=1)


def _decide(text: str):
    return decisions_in([Line(1, t) for t in text.splitlines()], BOARD)


def test_motion_block_with_vote_label() -> None:
    got = _decide(
        """4. Renewal Fees
The Board discussed the staff paper on fee options.
MOTION: Member Abernathy moved to raise the renewal fee to $180 from July 1, 2026.
SECOND: Member Quintero.
VOTE: The motion failed 1-4.
MOTION: Member Quintero moved to adopt the Fiscal Year 2027 budget as presented.
SECOND: Vice President Oduya.
Vote: Motion passed 5-0.
5. Regulation 2025-17
MOTION: President Halvorsen moved to table the draft pharmacy technician supervision regulation until the
October meeting.
SECOND: Member Abernathy.
VOTE: The motion passed unanimously."""
    )
    assert [d.outcome for d in got] == ["failed", "approved", "deferred"]  # failed as printed
    assert got[0].text.startswith("Member Abernathy moved to raise")
    assert got[1].text.startswith("Member Quintero moved to adopt")


def test_wrapped_vice_chair_in_attendance_does_not_end_the_minutes() -> None:
    doc = text_doc(
        """Minutes of the Regular Meeting of the Board of Nursing
April 11, 2025
Members Present
Janet Oyelowo, RN, Deputy
Chair
Marcus Fenn, Acting
Chair
1. APPROVAL OF AGENDA
Ms. Fenn moved to approve the agenda as posted. Mr. Ruiz seconded. Motion carried 5-0.
2. ADJOURNMENT
The meeting adjourned at 10:12 a.m."""
    )
    got = extract_decisions(doc)
    assert len(got) == 1 and "approve the agenda" in got[0].text


def test_approved_label_of_a_sign_off_is_no_decision() -> None:
    got = _decide(
        """9. ADJOURNMENT
Director Vasquez moved to adjourn. Director Lee seconded. The meeting adjourned at 8:02 p.m.
APPROVED:
Harriet L. Mbeki,
ATTEST:
Board Clerk"""
    )
    assert got == []
    # a bare "APPROVED:" over its text is still read
    got = _decide("7. Policy Review\nAPPROVED:\nThe revised travel policy, with effect from 1 May 2025.")
    assert len(got) == 1 and got[0].outcome == "approved"


def test_passive_decision_on_a_capitalised_paper_and_the_agenda() -> None:
    got = _decide(
        """2.0 ADOPTION OF AGENDA
2.1 The agenda was adopted without amendment on a motion moved by Mr. Boateng.
6.0 HUMAN RESOURCES
6.1 Members asked for the views of the staff association. Consideration of the Draft Leave Policy was
deferred to the July meeting."""
    )
    assert [d.outcome for d in got] == ["adopted", "deferred"]
    assert "Draft Leave Policy was deferred" in got[1].text


def test_refusal_then_approval_in_one_sentence_is_two_decisions() -> None:
    got = _decide(
        """5. Tariffs
The Board declined the proposed increase in the ferry tariff, and approved an increase of the cargo rate to
$12.50 per tonne."""
    )
    assert [d.outcome for d in got] == ["rejected", "approved"]
    assert got[1].text.startswith("approved an increase of the cargo rate")


def test_minutes_numbered_afresh_under_the_listed_agenda() -> None:
    got = _decide(
        """AGENDA:
1. Call to Order
2. Confirmation of Agenda
3. Chief Executive's Report
4. Any Other Business
5. Adjournment
1.0 CALL TO ORDER
1.1 The Chairman called the meeting to order at 10:00 a.m.
2.0 CONFIRMATION OF AGENDA
2.1 The agenda was confirmed without amendment.
3.0 CHIEF EXECUTIVE'S REPORT
3.1 The Board noted the Chief Executive's report."""
    )
    assert [(d.item_number, d.outcome) for d in got] == [("2.0", "confirmed"), ("3.0", "noted")]


def test_read_files() -> None:
    wy = extract_decisions(written_doc(WRITTEN_DEV25, "i-wyoming-slp-audiology-board-2025-09-12"))
    assert len(wy) >= 8
    tabled = [d for d in wy if "to table the telepractice" in d.text]
    assert len(tabled) == 1 and tabled[0].outcome == "deferred"
    nv = extract_decisions(written_doc(WRITTEN_DEV26, "o-nv-dietetic-practice-board-2025-08-15"))
    assert sum(d.outcome == "approved" for d in nv) == 4
