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


def test_action_column_initials_top_aligned_mark_their_paragraph():
    """NHS trust minutes as a table whose discussion column has no label ("Minute | | Action"), the
    owners' initials set at the top of each paragraph: the owner goes with the paragraph's sentence
    that reads as an action, not with the first sentence beside the initials."""
    acts = extract_actions(written_doc(WRITTEN_DEV13, "d-wyvern-vale-ft-board-2025-06-12"))
    got = {a.owner + ":" + a.text.split()[0] + " " + a.text.split()[1] for a in acts}
    assert "CM:The Chief" in got  # "Mrs Mottram reported ... The Chief Nurse would include ..."
    assert "SOK:Dr O'Keeffe" in got
    assert "FH:The Company" in got
    assert len(acts) == 8


def test_action_column_top_aligned_variant_icb_lead_column(load_doc):
    """The variant: an ICB's minutes table headed "Item | | Lead", initials with an apostrophe and
    "Mc" ("CO'D", "BMcA"), each action the paragraph's last sentence and worded differently."""
    acts = extract_actions(load_doc(VARIANTS / "icb-board-minutes-lead-column-top-aligned.pdf"))
    assert [(a.owner, a.text.split(" would ")[0].split(" agreed ")[0].split(" asked ")[0]) for a in acts] == [
        ("CO'D", "The Chief Executive"),
        ("BMcA", "The Director of Finance"),
        ("RN", "A deep dive on prescribing"),
        ("TQ", "Members"),
    ]
    assert {a.assigned_on for a in acts} == {"2025-10-08"}


def test_margin_initials_set_letter_by_letter_are_one_mark():
    """Initials a PDF writer emits a run per capital ("L" + "W", "BM" + "c") are one mark; a title
    set letter by letter throughout is not read as marks."""
    from boardpapers.extract.minute_actions import _margin_runs
    from boardpapers.layout import line_from_spans
    from boardpapers.model import Span

    body = Span("officers agreed to provide a breakdown", 100, 100, 480, 112)
    ln = line_from_spans([body, Span("L", 510, 100, 515, 112), Span("W", 515.5, 100, 525, 112)], 1)
    assert [t for _, t in _margin_runs(ln, 500)] == ["officers agreed to provide a breakdown", "LW"]
    spaced = [Span(c, 300 + 8 * i, 100, 307.5 + 8 * i, 112) for i, c in enumerate("HELDINPUBLIC")]
    ln = line_from_spans(spaced, 1)
    assert [t for _, t in _margin_runs(ln, 350)] == list("HELDINPUBLIC")


def test_scrutiny_minutes_action_column_read_file():
    """Council scrutiny minutes whose "Action" column holds initials beside numbered paragraphs,
    some set letter by letter, one with an apostrophe ("JO'D")."""
    from conftest import WRITTEN_DEV10

    acts = extract_actions(written_doc(WRITTEN_DEV10, "northmoor-cc-asc-health-scrutiny-2026-11-17"))
    assert [a.owner for a in acts] == ["HP", "LW", "SA", "JO'D", "Chair", "MC", "JO'D", "AV", "MC"]
    assert acts[0].text.startswith("Members asked that the trajectory")
    assert acts[7].text.startswith("Dr Varghese would arrange")


def test_council_resolutions_tracker_read_file():
    """An Australian shire's "Outstanding Council Resolutions" attachment: "Resolution | Meeting |
    Item | Resolution (summary) | Responsible Officer | Target | Status / Comment"."""
    from conftest import WRITTEN_DEV12

    acts = extract_actions(written_doc(WRITTEN_DEV12, "shire-of-murrindale-ocm-2025-08-26"))
    got = {a.ref: a for a in acts}
    assert sorted(got) == ["OCM24/212", "OCM25/031", "OCM25/064", "OCM25/097", "OCM25/121", "OCM25/124"]
    a = got["OCM25/097"]
    assert (a.owner, a.assigned_on, a.due, a.status) == (
        "M. van der Berg",
        "2025-06-24",
        "2025-09-30",
        "open",
    )
    assert a.text.startswith("Install fencing")


def test_council_resolutions_tracker_variant(load_doc):
    """The variant: a New Zealand district council's "Status of Council Resolutions" with other
    labels ("Resolution No.", "Subject", "Resolution summary") and other status words."""
    acts = extract_actions(load_doc(VARIANTS / "district-council-resolutions-register.pdf"))
    assert [(a.ref, a.owner, a.assigned_on, a.status) for a in acts] == [
        ("CO/2025/041", "R. Whitcombe", "2025-03-12", "open"),
        ("CO/2025/077", "H. Ngata", "2025-05-14", "closed"),
        ("CO/2025/093", "S. Taufa", "2025-06-11", "open"),
    ]
    assert acts[2].text.startswith("Report on the condition")


@pytest.mark.parametrize(
    ("raw", "want"),
    [
        ("In progress. Fencing complete; fountain on order.", "open"),
        ("Not commenced.", "open"),
        ("Underway – contractor appointed, works complete by March.", "open"),
        ("Complete. Awaiting Ministerial approval; remove from list.", "closed"),
        ("Due 30 June; completed 12 June", "closed"),
        ("Reported to Board 27 May 2025 (25/33). Closed.", "closed"),
    ],
)
def test_status_written_first_in_a_status_and_comment_cell(raw, want):
    from boardpapers.extract.normalise import action_status

    assert action_status(raw) == want
