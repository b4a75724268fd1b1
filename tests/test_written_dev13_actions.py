"""Actions of the families met in benchmarks/written-dev13 (read in session 11), each tested on a
variant written for it as well as on the read file."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import WRITTEN_DEV13, written_doc

from boardpapers.extract.actions import extract_actions
from boardpapers.extract.minute_actions import _directions
from boardpapers.model import Document, Page

VARIANTS = Path(__file__).parent / "data" / "variants"


def test_headerless_log_grouped_by_workstream():
    """A steering group's "Actions and Decisions Register": rows under workstream bands, no header
    row (reference, date raised, action, owner, due, status, update), read by what the cells hold."""
    got = {
        a.ref: a
        for a in extract_actions(written_doc(WRITTEN_DEV13, "d-kowhai-coast-lwdw-steering-2025-09-04"))
    }
    assert len(got) == 14
    a = got["A-029"]
    assert (a.owner, a.assigned_on, a.due, a.status) == (
        "Meredith O'Sullivan / Sanjay Patel",
        "2025-08-14",
        "2025-09-11",
        "open",
    )
    assert got["A-033"].status_raw == "On hold"
    assert (
        got["A-019"].update == "Contractor report delayed by weather; now due 19 September. Due date revised."
    )


def test_headerless_log_variant_bands_of_meetings(load_doc):
    """The variant: an NHS board's action log grouped by the meeting that raised each action, with
    no date column (the band's date is when it was assigned), in another column order."""
    acts = extract_actions(load_doc(VARIANTS / "trust-board-headerless-action-log.pdf"))
    got = {a.ref: a for a in acts}
    assert sorted(got) == ["TB25/14", "TB25/15", "TB25/16", "TB25/21", "TB25/22"]
    a = got["TB25/21"]
    assert (a.owner, a.due, a.status, a.assigned_on) == (
        "Director of People",
        "Dec 2025",
        "open",
        "2025-09-04",
    )
    assert got["TB25/15"].status == "closed"
    assert got["TB25/16"].update == "Go-live confirmed for 2 February 2026."


def _page_doc(text: str) -> Document:
    return Document(sha256="0", path="x.pdf", size=0, page_count=1, pages=[Page(number=1, text=text)])


@pytest.mark.parametrize(
    "text, owner, want",
    [
        # the read file's forms
        (
            "ABSENT: McCready\nThe Board directed the General Manager to report back within six months on "
            "ridership.\nDirector Okonkwo returned.",
            "General Manager",
            "The Board directed the General Manager to report back within six months on ridership.",
        ),
        (
            "carried 5-0.\nStaff was directed to post the summary on the District website.\nB. Award",
            "Staff",
            "Staff was directed to post the summary on the District website.",
        ),
        # variants: another body, officer and tense
        (
            "NOES: Ruiz, Tam\nThe Commission directed the City Engineer to survey the culvert before the "
            "rainy season.",
            "City Engineer",
            "The Commission directed the City Engineer to survey the culvert before the rainy season.",
        ),
        (
            "The item was continued. Staff were asked to return with a revised fee schedule.",
            "Staff",
            "Staff were asked to return with a revised fee schedule.",
        ),
    ],
)
def test_us_directions_passive_and_to_an_officer(text, owner, want):
    got = _directions(_page_doc(text), [0])
    assert [(a.owner, a.text) for a in got] == [(owner, want)]


def test_us_directions_read_file():
    acts = extract_actions(written_doc(WRITTEN_DEV13, "d-cedar-hollow-transit-2025-03-18"))
    assert [a.owner for a in acts] == ["staff", "staff", "Staff", "General Manager", "Staff"]
