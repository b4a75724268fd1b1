"""An agenda printed as an annex of minutes ("ANNEX 1 – AGENDA" over an "Item | Title | Paper"
table after a Pacific regional body's record of proceedings) is the meeting's agenda; the record's
own "AGENDA ITEM n:" headings are not its items, and the record's decisions and attendance stay
(written-dev34, expected values read from the PDF)."""

from __future__ import annotations

from conftest import WRITTEN_DEV34, written_doc

from boardpapers.extract.structure import extract_structure

STEM = "em-picftc-governing-council-record-2025-06-03"


def test_an_agenda_annexed_to_a_record_of_proceedings():
    got = extract_structure(written_doc(WRITTEN_DEV34, STEM))
    items = [(a.number, a.title, a.page) for a in got["agenda_items"]]
    assert len(items) == 14
    assert items[0] == ("1", "Opening of the meeting", 4)
    assert ("6.2", "Member contributions and arrears", 4) in items
    assert items[-1] == ("12", "Adoption of decisions and close", 4)
    # the minute headings ("AGENDA ITEM 6: WORK PROGRAMME AND BUDGET 2026", page 3) are not items
    assert all(a.page == 4 for a in got["agenda_items"])
    # the record is still read as minutes: its decision boxes and its annexed participants
    assert any(
        d.text.startswith("approved the appointment of Pacific Assurance Partners") for d in got["decisions"]
    )
    assert any(a.name == "Tepaeru Marsters" for a in got["attendance"])
