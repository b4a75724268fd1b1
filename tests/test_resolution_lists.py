"""Resolutions numbered before their word and listing numbered points (extract/decision_grammar.py):
"RC25/043 Resolution" / "That the Environment and Catchments Committee:" / "1. Receives the
report." / "2. Approves ..." / "Cr A / Cr B" / "CARRIED" (New Zealand regional council committees)."""

from __future__ import annotations

from conftest import WRITTEN_HELDOUT5, written_doc

from boardpapers.extract.decision_grammar import RESOLUTION_LABEL, resolution_block, resolution_outcome
from boardpapers.extract.decisions import extract_decisions


def test_reference_before_or_after_the_word():
    for label in (
        "RC25/041 Resolution",
        "CM 2025/12 Resolution",
        "Resolution DC/2025/108",
        "COUNCIL RESOLUTION 2025/14",
    ):
        assert RESOLUTION_LABEL.match(label), label
    assert not RESOLUTION_LABEL.match("2. Resolution of the dispute")


def test_listed_points_stay_in_the_resolution_though_numbered_like_minutes():
    """The points are numbered as minutes are (a heading reader marks them): the next point of the
    count continues the resolution; its weightiest verb decides. Variants: an Australian council's
    "That Council:" with (1) (2) points, a committee recommending to its parent body."""
    texts = [
        "RC25/043 Resolution",
        "That the Environment and Catchments Committee:",
        "1. Receives the report.",
        "2. Approves the proposed partial review of the Plan for public notification.",
        "Cr A / Cr B",
        "CARRIED",
    ]
    heads = [False, False, True, True, False, False]
    b = resolution_block(texts, 0, heads)
    assert b.outcome == "approved" and b.text.endswith("for public notification.") and b.last == 5
    texts = [
        "That Council:",
        "(1) receives the report;",
        "(2) adopts the policy.",
        "Moved: Cr A Seconded: Cr B",
        "CARRIED 6/0",
    ]
    heads = [False, True, True, False, False]
    assert resolution_block(texts, 0, heads).outcome == "adopted"
    assert (
        resolution_outcome(
            "That the Committee: 1. Receives the report. 2. Recommends to Council that $1m be allocated."
        )
        == "recommended"
    )


def test_a_minute_after_an_unclosed_list_is_not_a_point():
    """A minute "7. Finance" after a listed resolution with no vote is not its point 3."""
    texts = [
        "Resolution 2025/31",
        "That the Board:",
        "1. Receives the report.",
        "2. Notes the risks.",
        "7. Finance",
    ]
    heads = [False, False, True, True, True]
    b = resolution_block(texts, 0, heads)
    assert "Finance" not in b.text


def test_written_nz_committee_resolutions():
    got = extract_decisions(written_doc(WRITTEN_HELDOUT5, "hautere-regional-council-2025-06-10"))
    # "An amendment ... was put and CARRIED and became the substantive motion": read as a decision
    # of its own (the truth neither asks for it nor counts it against: its ignore list)
    got = [d for d in got if not d.text.startswith("An amendment")]
    assert [(d.item_number, d.outcome) for d in got] == [
        ("2", "accepted"),
        ("5", "confirmed"),
        ("6", "received"),
        ("7", "approved"),
        ("8", "recommended"),
        ("9", "received"),
        ("10", "resolved"),
    ]
