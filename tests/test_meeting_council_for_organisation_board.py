"""A board of directors whose organisation is named as a council for its field: "MINUTES OF THE
FOURTH REGULAR MEETING OF THE BOARD OF DIRECTORS OF THE" / "BELIZE COUNCIL FOR THE ARTS AND CULTURE
HELD ON ..." under the letterhead "BELIZE COUNCIL FOR THE ARTS AND CULTURE" (arts councils,
research councils and sector bodies named "Council for ..." have boards of their own)."""

from __future__ import annotations

from conftest import WRITTEN_DEV32, written_doc

from boardpapers.extract.body_name import prominent_organisation
from boardpapers.extract.meetings import extract_meetings


def test_belize_arts_council_board_named_with_its_organisation():
    doc = written_doc(WRITTEN_DEV32, "ej-belize-arts-culture-council-minutes-2025-06-12")
    meetings = extract_meetings(doc)
    assert [m.date for m in meetings] == ["2025-06-12"]
    assert meetings[0].body == "Belize Council for the Arts and Culture"
    # one body, so the board's decisions carry it
    from boardpapers.extract.decisions import extract_decisions

    decisions = extract_decisions(doc, meetings)
    assert decisions and {d.decided_by for d in decisions} == {"Belize Council for the Arts and Culture"}


def test_council_of_a_place_is_still_no_organisation_of_a_board():
    """A municipality's council over its board is a body, not the organisation a board belongs to."""
    lines = [
        "BRACKENFIELD DISTRICT COUNCIL",
        "Board of Governors",
        "Minutes of the meeting held on 3 June 2025",
    ]
    assert prominent_organisation(lines, boards=False) is None
    lines = [
        "BELIZE COUNCIL FOR THE ARTS AND CULTURE",
        "Board of Directors",
        "Minutes of the meeting held on 3 June 2025",
    ]
    assert prominent_organisation(lines, boards=False) == "BELIZE COUNCIL FOR THE ARTS AND CULTURE"
