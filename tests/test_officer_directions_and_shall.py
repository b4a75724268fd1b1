"""Actions minuted as a direction in the subjunctive ("The Board directed that the Executive
Director write to ..."), as an officer's "shall" in a numbered decision ("2. The Secretary, BCNCDB
shall pursue ... and report to the next Board meeting.") and due "to the next ... meeting".
Values read from the PDFs."""

import pytest

from boardpapers.extract.minute_actions import due_in
from tests.conftest import WRITTEN_DEV32, WRITTEN_DEV34

BELIZE = WRITTEN_DEV32 / "ej-belize-arts-culture-council-minutes-2025-06-12.pdf"
CASHEW = WRITTEN_DEV32 / "ej-bangladesh-cashew-board-minutes-2025-04-24.pdf"
CANTONMENT = WRITTEN_DEV34 / "em-cantonment-board-shahpur-heights-minutes-2025-07-24.pdf"


def _actions(pdf):
    from boardpapers.pipeline.process import parse_file

    return parse_file(str(pdf)).records["actions"]


def test_due_at_the_next_meeting_is_kept_as_written():
    assert due_in("and report to the next Board meeting.") == "next Board meeting"
    assert due_in("to report to the next ordinary meeting.") == "next ordinary meeting"
    assert due_in("The minutes were signed.") is None


@pytest.mark.skipif(not BELIZE.exists(), reason="written-dev32 PDFs absent")
def test_board_directed_that_an_officer_write():
    (a,) = [a for a in _actions(BELIZE) if "directed that" in a.text]
    assert a.owner == "Executive Director"
    assert a.text.startswith(
        "The Board directed that the Executive Director write to the Chief Executive Officer"
    )
    assert a.due == "2025-06-30"


@pytest.mark.skipif(not CASHEW.exists(), reason="written-dev32 PDFs absent")
def test_officer_shall_in_a_numbered_decision():
    acts = _actions(CASHEW)
    assert [(a.owner, a.due) for a in acts] == [("Secretary, BCNCDB", "next Board meeting")]
    assert acts[0].text.startswith("Pursue the matter of the Rangamati nursery land lease")


@pytest.mark.skipif(not CANTONMENT.exists(), reason="written-dev34 PDFs absent")
def test_sub_committee_due_at_the_next_ordinary_meeting():
    (a,) = [a for a in _actions(CANTONMENT) if a.text.startswith("Sub-committee")]
    assert a.due == "next ordinary meeting"
