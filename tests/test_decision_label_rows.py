"""Records of decisions laid out as label rows (English councils' executive decision records:
"Decision Ref | Portfolio holder | Decision | Reasons | Alternatives considered" as a column of
labels beside their text): a label broken over two lines in the narrow label column is one label."""

from __future__ import annotations

from boardpapers.extract.decisions import Line, decisions_in
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
