"""Risk registers read in session 12 (written-dev14): each mechanism on a variant written here.

- a register whose first column is merged down over several risks (a BAF's strategic objective
  printed once beside the principal risks that threaten it): each risk under it is its own row;
- risk cards scoring "Original / Current / Target" in a grid with a RAG column after the score,
  its rows read as cells or as one line of the card's cell (fire authority risk cards);
- risks written as a paragraph each under a "Risk N: Title" heading, no table (Scottish IJB and
  council risk reports): owner, phase scores and movement read from the prose, as a fallback.
"""

from __future__ import annotations

from conftest import WRITTEN_DEV14, written_doc
from table_docs import table_document

from boardpapers.extract.risk_panels import phase_triple
from boardpapers.extract.risk_prose import prose_risks
from boardpapers.extract.risks import extract_risks
from boardpapers.model import Document, Page


def test_rows_under_a_cell_merged_down_are_risks_of_their_own() -> None:
    # a variant: a county council's strategic register, the corporate priority merged down
    header = ["Corporate priority", "Ref", "Strategic risk", "Risk owner", "Likelihood", "Impact", "Score"]
    rows = [
        header,
        ["P1 Keeping people safe", "SR 1", "Response times in rural areas fall below target.", "ACC Operations", "4", "4", "16"],
        [None, "SR 2", "Demand from mental health calls exceeds capacity.", "ACC Crime", "3", "4", "12"],
        ["P2 Value for money", "SR 3", "The estates strategy is not funded.", "Chief Finance Officer", "3", "3", "9"],
    ]  # fmt: skip
    recs = extract_risks(table_document([("Strategic Risk Register", [rows])]))
    got = {r.ref: r for r in recs}
    assert set(got) == {"SR 1", "SR 2", "SR 3"}
    assert got["SR 2"].workstream == "P1 Keeping people safe"
    assert got["SR 2"].owner == "ACC Crime"
    assert got["SR 1"].description.startswith("Response times")


def test_a_merged_row_without_its_own_reference_goes_on_with_the_row_above() -> None:
    header = ["Category", "Ref", "Risk description", "Owner", "Likelihood", "Impact", "Score"]
    rows = [
        header,
        ["Finance", "FR1", "Income from fees falls short", "Director of Finance", "3", "3", "9"],
        [None, None, "of the budget set for 2025/26.", None, None, None, None],
    ]
    recs = extract_risks(table_document([("Risk register", [rows])]))
    assert [r.ref for r in recs] == ["FR1"]


def test_card_grid_with_original_phase_and_a_rag_column() -> None:
    # a variant: an ambulance trust's card, the grid's rows as cells of the card
    card = [
        ["AMB-7", "Hospital handover delays", None, None, None],
        [
            "Risk description",
            "Crews held at emergency departments cannot respond to calls.",
            None,
            None,
            None,
        ],
        ["Risk owner", "Director of Operations", None, None, None],
        ["", "Likelihood", "Impact", "Score", "RAG"],
        ["Original", "5", "4", "20", "RED"],
        ["Current", "4", "4", "16", "RED"],
        ["Target", "2", "4", "8", "AMBER"],
    ]
    recs = extract_risks(table_document([("Corporate risk cards", [card])]))
    assert len(recs) == 1
    r = recs[0]
    assert (r.inherent.likelihood, r.inherent.impact, r.inherent.score) == (5, 4, 20)
    assert (r.residual.likelihood, r.residual.impact, r.residual.score) == (4, 4, 16)
    assert (r.target.likelihood, r.target.impact, r.target.score) == (2, 4, 8)
    assert r.owner == "Director of Operations"


def test_grid_row_values_with_a_band_word() -> None:
    assert phase_triple("2 | 5 | 10 | AMBER") is not None
    t = phase_triple("2 5 10 Green")
    assert t is not None and (t.likelihood, t.impact, t.score) == (2, 5, 10)
    assert phase_triple("2 5 12 Green") is None  # the product disagrees: not a score
    assert phase_triple("2025 5 10") is None


def _prose_doc(*texts: str) -> Document:
    return Document(
        path="x.pdf",
        sha256="0" * 64,
        size=0,
        page_count=len(texts),
        pages=[Page(number=n, text=t) for n, t in enumerate(texts, start=1)],
    )


def test_risks_written_as_paragraphs() -> None:
    # a variant: a council's audit committee report, "Risk CR4 – Title" headings, scores written
    # as "4 x 5 = 20" and a band with its factors named
    doc = _prose_doc(
        "5. Corporate Risks\n"
        "5.3 Risk CR4 – Cyber resilience\n"
        "The Council's systems are disrupted by a cyber attack. Lead officer: Head of Digital.\n"
        "Inherent risk score 4 x 5 = 20; residual risk score 3 x 5 = 15; target risk score 2 x 5 = 10.\n"
        "Trend: Stable.\n"
        "5.4 Risk CR5 – Budget gap\n"
        "The medium term budget gap is not closed. Risk owner: Chief Finance Officer. Current risk\n"
        "rating: Red (20) – likelihood 5, impact 4. Target 3 x 4 = 12. Direction of travel: Increasing (from 16).\n"
        "5.5 Operational risks have been reviewed and none needs escalating.\n"
        "6. Recommendation\nRisk 3 (Workforce) remains at target.",
    )
    recs = prose_risks(doc)
    assert [r.ref for r in recs] == ["Risk CR4", "Risk CR5"]
    a, b = recs
    assert a.description == "The Council's systems are disrupted by a cyber attack."
    assert a.owner == "Head of Digital"
    assert (a.inherent.score, a.residual.likelihood, a.residual.impact, a.target.score) == (20, 3, 5, 10)
    assert a.direction == "Stable"
    assert b.owner == "Chief Finance Officer"
    assert (b.residual.likelihood, b.residual.impact, b.residual.score) == (5, 4, 20)
    assert b.target.score == 12 and b.inherent is None
    assert b.direction == "Increasing"
    assert b.extra["title"] == "Budget gap"


def test_a_heading_without_scores_is_no_risk() -> None:
    doc = _prose_doc("4.1 Risk 1: Financial sustainability\nThe risk was discussed at length by the Board.\n")
    assert prose_risks(doc) == []


def test_prose_is_a_fallback() -> None:
    # a register table gives the risks: the paragraphs naming them are not read again
    header = ["Ref", "Risk description", "Owner", "Likelihood", "Impact", "Score"]
    rows = [header, ["R1", "Loss of key staff", "Chief Executive", "3", "4", "12"]]
    text = "Risk 1: Loss of key staff\nRisk owner: Chief Executive. Current score 12 (3x4).\n"
    recs = extract_risks(table_document([(text, [rows])]))
    assert [r.ref for r in recs] == ["R1"]


def test_written_dev14_prose_report() -> None:
    doc = written_doc(WRITTEN_DEV14, "f-glenmorven-ijb-arp-risk-2025-03-12")
    recs = extract_risks(doc)
    assert len(recs) == 7
    r4 = next(r for r in recs if r.ref == "Risk 4")
    assert (r4.residual.likelihood, r4.residual.impact, r4.residual.score) == (3, 4, 12)
    assert r4.inherent.score == 16 and r4.target.score == 8
