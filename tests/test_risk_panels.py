"""Risks printed as panels of labelled fields (extract.risk_panels): ruled cards whose header bar
holds the reference and the title in one cell, label | value rows (two pairs a row), cards
broken by a page, and scores written with their RAG band. A housing association's strategic
register of written-heldout7 (read in session 9) and variants built here."""

from __future__ import annotations

import pytest
from conftest import WRITTEN_HELDOUT7, written_doc
from table_docs import table_document

from boardpapers.extract.risk_panels import rated_score, table_panels
from boardpapers.extract.risks import RISK_SPEC, extract_risks
from boardpapers.model import Document


def _doc(pages: list[tuple[str, list[list[list[str | None]]]]]) -> Document:
    return table_document(pages)


def test_cards_ref_and_title_in_one_cell_over_page_breaks() -> None:
    # a variant: a council's corporate register, one ruled card per risk: "CR 1 Pension fund
    # deficit" over the card, "Risk statement", two label/value pairs on a row, "Gross" and
    # "Residual risk (L x I)" scores in two other notations, "Consequences" kept as a detail;
    # the second card's target row falls on the next page, the third card's header bar is
    # left at the foot of page 2 with its body on page 3
    card1 = [
        ["CR 1 Pension fund deficit", None, None, None],
        ["Risk statement", "Investment returns fall short of the\nactuarial assumptions.", None, None],
        ["Consequences", "Higher employer contributions.", None, None],
        ["Owner", "Director of Finance", "Risk appetite", "Minimal"],
        ["Gross risk (L x I)", "L4 I5 (20)", None, None],
        ["Residual risk (L x I)", "4 x 3 = 12 (Amber)", "Trend", "Improving"],
    ]
    card2 = [
        ["CR 2 Highways maintenance backlog", None, None, None],
        ["Risk statement", "The road network deteriorates faster than it is repaired.", None, None],
        ["Owner", "Director of Place", "Risk appetite", "Open"],
        ["Residual risk (L x I)", "5 x 4 = 20", "Trend", "Worsening"],
    ]
    card3_body = [
        ["Risk statement", "A breach exposes residents' personal data.", None, None],
        ["Owner", "Chief Digital Officer", "Risk appetite", "Averse"],
        ["Residual risk (L x I)", "2 x 5 = 10", "Trend", "Stable"],
    ]
    doc = _doc(
        [
            (
                "Corporate Risk Register\nCR 1 Pension fund deficit\nCR 2 Highways maintenance backlog",
                [card1, card2],
            ),
            (
                "Target risk (L x I) 3 x 4 = 12\nCR 3 Data breach\nPage 2",
                [[["Target risk (L x I)", "3 x 4 = 12"]]],
            ),
            ("Risk statement ...", [card3_body]),
        ]
    )
    risks = extract_risks(doc)
    assert [(r.ref, r.owner, r.trend, r.page) for r in risks] == [
        ("CR 1", "Director of Finance", "down", 1),
        ("CR 2", "Director of Place", "up", 1),
        ("CR 3", "Chief Digital Officer", "same", 2),
    ]
    r1, r2, r3 = risks
    assert r1.description == "Investment returns fall short of the actuarial assumptions."
    assert (r1.inherent.score, r1.residual.likelihood, r1.residual.impact, r1.residual.score) == (
        20,
        4,
        3,
        12,
    )
    assert (
        r1.extra["Consequences"] == "Higher employer contributions."
        and r1.extra["Risk appetite"] == "Minimal"
    )
    assert (r2.residual.score, r2.target.score) == (20, 12)  # the target row on the next page
    assert r3.extra["title"] == "Data breach" and r3.residual.score == 10


def test_a_register_table_without_its_header_is_not_a_card() -> None:
    # a register's second page: rows of ref | risk | owner | L | I | score, no header row
    rows = [
        ["CR 4 Waste contract", None, None, None, None, None],
        ["CR05", "Loss of the recycling contract.", "Head of Waste", "3", "4", "12"],
    ]
    doc = _doc([("Corporate Risk Register", [rows])])
    assert table_panels(doc)[0][0].values == {}
    assert extract_risks(doc) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [("16\nRed", 16), ("9 (Amber)", 9), ("High (20)", 20), ("Green – 4", 4), ("12", 12), ("Red", None)],
)
def test_score_with_its_rag_band(text: str, value: float | None) -> None:
    assert rated_score(text) == value


def test_rag_rating_column_is_the_score() -> None:
    assert RISK_SPEC.label_fields(["Ref", "Risk", "Owner", "L", "I", "RAG rating"])[3:] == [
        "inherent.likelihood",
        "inherent.impact",
        "inherent.score",
    ]


def test_housing_strategic_register_cards() -> None:
    # housing association strategic risk register: "SR1 Building and fire safety compliance" over
    # each card, "Risk" / "Cause" / "Effect" rows, "Risk owner | ... | Risk appetite | ...",
    # "L5 × I5 = 25", "L2 × I5 = 10 by March 2027"; SR3's target row on the next page, SR7's
    # header bar at the foot of page 3 and its body on page 4
    doc = written_doc(WRITTEN_HELDOUT7, "fernmoor-housing-strategic-risk-register-2025-q1")
    risks = extract_risks(doc)
    assert [r.ref for r in risks] == [f"SR{n}" for n in range(1, 9)]
    sr1, sr3, sr7 = risks[0], risks[2], risks[6]
    assert (sr1.inherent.score, sr1.residual.likelihood, sr1.residual.impact, sr1.target.score) == (
        25,
        3,
        5,
        10,
    )
    assert (sr1.direction, sr1.trend) == ("↔ Stable", "same") and sr1.owner.startswith("Siobhan O'Kane")
    assert sr3.target.score == 6 and sr7.page == 3 and sr7.residual.score == 12
