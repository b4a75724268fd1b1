"""US special districts' and school boards' minutes (written-dev17 family c-): motions set as
labelled fields with each member's vote and the result as a label ("Motion made by: ..." /
"Voting:" / "Final Resolution: Motion Passes 5-0"); a mover and seconder as two clauses ("A
moved, B seconded, to ..."), wrapped in a narrow Action column; a second motion mid-sentence
(", moved by ..., to postpone"); motions to table or postpone (deferred) and to adjourn (no
decision); disclosures told as a holding or a relative's business, then the abstention ("stated
that he owns ... abstained"). Each on a variant written for the family, and on the read files."""

from __future__ import annotations

from conftest import WRITTEN_DEV17, text_doc, written_doc

from boardpapers.extract.decisions import Line, decisions_in, extract_decisions
from boardpapers.extract.interests import declarations_at_meeting, roles_from_attendance
from boardpapers.extract.records import Attendance, Meeting

BOARD = Meeting(body="Board of Directors", date="2025-05-13", title=None, location=None, page=1)


def _decisions(text: str) -> list[tuple[str, str]]:
    lines = [Line(1, t) for t in text.splitlines()]
    return [(d.outcome, d.text) for d in decisions_in(lines, BOARD)]


def test_variant_labelled_motion_blocks_with_member_votes():
    """The labels a line each ("Motion by:" / "Second:"), an "Aye"/"Nay" roll call and "Result:
    Motion Carries 4-1"; the labels on one line, a motion to table that passes (deferred) and one
    that fails (rejected)."""
    text = """7. Warrant Register
Motion by: Director Alvarez
Second: Director Chen
Motion to approve the warrant register for May 2025 in the amount of $412,908.
Roll Call Vote:
Maria Alvarez Aye
Wen Chen Aye
Tom Ruddock Nay
Result: Motion Carries 4-1
8. Bond Resolution
Motion made by: Wen Chen, Motion seconded by: Tom Ruddock
Motion to table the bond resolution until the June 10, 2025 meeting.
Voting:
Maria Alvarez Yes
Wen Chen Yes
Final Resolution: Motion Passes 5-0
9. Four-Day Week
Motion made by: Tom Ruddock, Motion seconded by: Wen Chen
Motion to adopt a four-day week calendar for 2026-27.
Voting:
Maria Alvarez No
Final Resolution: Motion Fails 1-4"""
    assert _decisions(text) == [
        ("approved", "Motion to approve the warrant register for May 2025 in the amount of $412,908."),
        ("deferred", "Motion to table the bond resolution until the June 10, 2025 meeting."),
        ("rejected", "Motion to adopt a four-day week calendar for 2026-27."),
    ]


def test_variant_mover_and_seconder_as_clauses():
    """ "Director Okafor moved, Director Chen seconded, to award ...; motion carried 5-0." and the
    same wrapped after the seconder's title in a narrow column; a motion to adjourn is none."""
    text = """5. Pipeline Contract
Staff reviewed the three bids received.
Director Okafor moved, Director Chen seconded, to award the pipeline contract to Delta
Pipe Inc. in the amount of $88,000; motion carried 5-0.
6. Consent Calendar
Director Alvarez moved, Director
Ruddock seconded, to approve the consent calendar
as presented. Motion carried 4-0.
7. Adjournment
Director Chen moved, Director Okafor seconded, to adjourn at 8:10 p.m.; motion carried 5-0."""
    got = _decisions(text)
    assert [o for o, _ in got] == ["carried", "carried"]
    assert got[0][1].startswith("Director Okafor moved, Director Chen seconded, to award the pipeline")
    assert got[1][1].startswith("Director Alvarez moved, Director Ruddock seconded, to approve the consent")


def test_variant_second_motion_mid_sentence_postpones():
    """ "After discussion of ..., moved by Trustee A, seconded by Trustee B, to postpone ..." /
    "Motion to postpone carried.": the second motion, deferred."""
    text = """11. NEW BUSINESS.
b. Fee Schedule. Moved by Trustee Ruddock, seconded by Trustee Chen, to approve the fee
schedule as presented. After discussion of the rates for nonresidents, moved by Trustee Alvarez,
seconded by Trustee Okafor, to continue the item to the June 18, 2025 meeting.
Roll call vote on the motion to continue: Ayes: Alvarez, Okafor, Chen. Nays: Ruddock. Motion to continue carried."""
    got = _decisions(text)
    assert ("deferred", got[-1][1]) == got[-1]
    assert got[-1][1].startswith("moved by Trustee Alvarez, seconded by Trustee Okafor, to continue")


def test_read_file_school_board_motion_blocks():
    """The Texas school board's motions: each a block with the trustees' votes, one running over a
    page break (its last votes and result at the next page's head, repeated on most pages)."""
    got = extract_decisions(written_doc(WRITTEN_DEV17, "c-caddo-prairie-isd-2025-08-11"))
    assert [d.outcome for d in got] == ["approved"] * 4 + ["deferred", "rejected", "approved"]
    assert got[4].text.startswith("Motion to table Policy Update 125")


def test_variant_disclosure_told_then_abstention():
    """A holding or a relative's business told to the board, the abstention after it, the sentence
    after a clause saying when; the declarer named by office and surname gets the list's name."""
    doc = text_doc(
        """Minutes of the Regular Meeting, May 13, 2025
6. Action Items
Prior to Item 6.B, Director Okafor stated that he holds a minority share in Delta Pipe Inc.,
one of the bidders. He did not participate in the discussion or the vote.
7. Reports
Vice Chair Ruddock stated that her husband is employed by Valley Paving LLC and that she would
not participate in Item 7.A.
Director Chen stated that she supported the staff recommendation."""
    )
    got = declarations_at_meeting(doc)
    assert [(i.person, i.category) for i in got] == [
        ("Okafor", "declared-at-meeting"),
        ("Ruddock", "declared-at-meeting"),
    ]
    assert "minority share in Delta Pipe Inc." in got[0].nature
    roll = [
        Attendance("Samuel Okafor", "Director", None, "present", "2025-05-13", 1),
        Attendance("Dr. Jane Ruddock", "Vice Chair", None, "present", "2025-05-13", 1),
    ]
    roles_from_attendance(got, roll)
    assert [i.person for i in got] == ["Samuel Okafor", "Jane Ruddock"]
