"""Records of decisions laid out as label rows (English councils' executive decision records:
"Decision Ref | Portfolio holder | Decision | Reasons | Alternatives considered" as a column of
labels beside their text): a label broken over two lines in the narrow label column is one label."""

from __future__ import annotations

from conftest import WRITTEN_HELDOUT8, written_doc

from boardpapers.extract.decisions import Line, decisions_in, extract_decisions
from boardpapers.extract.records import Meeting

EXECUTIVE = Meeting(body="Executive", date="2025-06-09", title=None, location=None, page=1)


def test_wrapped_alternatives_label_starts_no_minute():
    """ "Options" / "considered" in bold (the layout marks both lines as headings): the second line
    completes the label, and the rejected option under it is no decision."""
    text = """Decision Ref: EX/25/14 Item 6 Leisure Centre Management Contract
Portfolio holder: Cllr A Jones, Executive Member for Leisure
Decision: The Executive AGREED to extend the leisure management contract for two years.
Reasons The current contract ends in March and a procurement cannot finish in time.
Options
considered
Not to extend the contract – rejected.
Call-in Subject to call-in."""
    lines = [Line(1, t, heading=i in (4, 5)) for i, t in enumerate(text.splitlines())]
    got = [(d.item_number, d.item_title, d.outcome) for d in decisions_in(lines, EXECUTIVE)]
    assert got == [("6", "Leisure Centre Management Contract", "agreed")]


def test_reference_item_and_subject_as_label_rows():
    """The reference, item and subject one label row each (bold, read as headings by the layout),
    the decision in a "Decision" row without a colon: the item number and subject are the record's."""
    text = """Decision reference EX/25/020
Item 4
Subject Waste Collection Contract Extension
Portfolio holder Cllr B Singh
Key decision Yes
Decision The Executive APPROVED a two-year extension of the waste collection contract.
Reasons The re-procurement timetable was delayed by the new national collection requirements."""
    lines = [Line(1, t, heading=i in (0, 1, 3, 4)) for i, t in enumerate(text.splitlines())]
    got = [(d.item_number, d.item_title, d.outcome) for d in decisions_in(lines, EXECUTIVE)]
    assert got == [("4", "Waste Collection Contract Extension", "approved")]


def test_record_of_decisions_label_rows_at_page_foot():
    """ "Decision number 25/008" / "Agenda item 5" at the foot of a page (on most pages, numbers
    masked, so they look like furniture) still head the decision on the next page."""
    got = extract_decisions(
        written_doc(WRITTEN_HELDOUT8, "severnvale-cc-cabinet-record-of-decisions-2025-02-11")
    )
    first = [d for d in got if d.page == 2][0]
    assert (first.item_number, first.item_title) == (
        "5",
        "Revenue Budget 2025/26 and Medium Term Financial Strategy 2025– 2029",
    )
    assert [d.item_number for d in got if d.page == 3] == ["7"]  # "Cabinet RESOLVED to approve ..."
