"""Decisions kept as a table (decision logs and registers, records of delegated decisions), read
by extract/decision_tables.py: the read file of written-dev13 and variants written for the family
in other column orders and words, ruled and borderless."""

from __future__ import annotations

from pathlib import Path

from conftest import WRITTEN_DEV13, written_doc

from boardpapers.extract.decision_tables import decisions_from_tables, outcome_of
from boardpapers.extract.decisions import _with_table_decisions, extract_decisions
from boardpapers.extract.records import Decision
from boardpapers.table_headers import table_families

VARIANTS = Path(__file__).parent / "data" / "variants"


def test_header_words_mark_a_decision_table_page():
    assert "decisions" in table_families("Part B - Decisions\nRef Meeting Decision Decided by Notes\nD-1 ...")
    assert "decisions" in table_families(
        "Decision ref. Subject Decision taken Decision maker Date of decision"
    )
    assert "decisions" in table_families(
        "Harbour Programme Board\nDecision log\nNo. Meeting date Decision Status"
    )
    # prose that speaks of decisions holds no strong header term
    assert "decisions" not in table_families(
        "The Board noted the decision taken at its last meeting on the item."
    )


def test_steering_group_decisions_register():
    """Part B of an actions and decisions register: Ref | Meeting | Decision | Decided by | Notes,
    without rules."""
    got = decisions_from_tables(written_doc(WRITTEN_DEV13, "d-kowhai-coast-lwdw-steering-2025-09-04"))
    assert [d.item_number for d in got] == ["D-008", "D-009", "D-010", "D-011", "D-012", "D-013"]
    assert {d.decided_by for d in got} == {"Steering Group"}
    assert [d.outcome for d in got] == ["agreed", "approved", "endorsed", "agreed", "deferred", "agreed"]
    assert got[0].meeting_date == "2025-06-19" and got[0].page == 3
    assert (
        got[1].text
        == "Approved the programme budget of $1.42m for 2025/26, funded from the transition reserve."
    )


def test_variant_ruled_record_of_delegated_decisions(load_doc):
    """The variant: an English council's record of officer delegated decisions, ruled, the columns
    in another order and worded "Decision ref. | Subject | Decision taken | Decision maker | Date of
    decision"."""
    got = extract_decisions(load_doc(VARIANTS / "council-delegated-decisions-ruled.pdf"))
    assert [d.item_number for d in got] == ["ODD/25/061", "ODD/25/062", "ODD/25/063", "ODD/25/064"]
    first = got[0]
    assert (first.item_title, first.decided_by, first.meeting_date, first.outcome) == (
        "Parks grounds maintenance",
        "Director of Neighbourhoods",
        "2025-10-02",
        "awarded",
    )
    assert got[1].outcome == "approved"  # "Approval of twelve community grants ..."


def test_variant_borderless_decision_log(load_doc):
    """The variant: a programme board's decision log, a rule under the header only, "No. |
    Meeting date | Decision | Status"; the body is not named in a column."""
    got = extract_decisions(load_doc(VARIANTS / "regional-council-decision-log-borderless.pdf"))
    assert [(d.item_number, d.meeting_date, d.outcome) for d in got] == [
        ("17", "2025-07-08", "approved"),
        ("18", "2025-07-08", "noted"),
        ("19", "2025-08-12", "endorsed"),
        ("20", "2025-09-09", "deferred"),
    ]
    assert got[3].text.startswith("Deferred the decision on wharf berthage fees")


def _decision(text: str, page: int) -> Decision:
    return Decision(None, None, None, outcome_of(text), text, None, page)


def test_each_decision_once():
    """A prose record that read the table's cell gives way to the row; a row repeating a minuted
    decision (a closing log of the minutes' resolutions) gives way to the minute."""
    row = _decision("Approved the programme budget of $1.42m for 2025/26.", 3)
    minuted = _decision("The Board approved the treasury management strategy for 2025/26.", 1)
    logged = _decision("approved the treasury management strategy for 2025/26", 4)
    from_cells = _decision("Approved the programme budget of $1.42m", 3)
    got = _with_table_decisions([minuted, from_cells], [row, logged])
    assert got == [minuted, row]


def test_outcome_words():
    assert outcome_of("Not to proceed with the Sunday parking charge") == "decided"
    assert outcome_of("Agreed to recommend to Council that ...") == "agreed"
    assert outcome_of("Ratification of the chair's action") == "ratified"
