"""Meetings and attendance of the layout families fixed on benchmarks/written-heldout (in the
repo, so these never skip). Expected values read from the PDFs."""

from __future__ import annotations

import functools

from conftest import ROOT

from boardpapers.extract.meetings import extract_meetings
from boardpapers.model import Document
from boardpapers.reading.pdf_reader import read_document

WRITTEN_HELDOUT = ROOT / "benchmarks" / "written-heldout"


@functools.cache
def _doc(stem: str) -> Document:
    return read_document(str(WRITTEN_HELDOUT / f"{stem}.pdf"))


def test_minutes_headed_by_a_header_form():
    """A housing association's board minutes: "Meeting | Board   Date | 23.10.24", "Time",
    "Venue" (wrapped over two lines), "Chair" rows under the organisation's name, no "Minutes of"
    title; the attendance list follows the form."""
    (m,) = extract_meetings(_doc("fernhill-tyne-homes-board-minutes-2024-10"))
    assert (m.date, m.title, m.kind, m.page) == ("2024-10-23", "Board", "minutes", 1)
    assert m.body == "Fernhill & Tyne Homes Limited – Board of Management"
    assert m.location == "Riverside House, Quayside West, Tynemouth Park NE31 8HD, and MS Teams"
    assert m.start_time == "14:00"
