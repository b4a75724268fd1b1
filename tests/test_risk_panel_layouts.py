"""Risk panels in more layouts (extract.risk_panels), each on a variant written here: borderless
"Label: value" blocks with two-part references continued over a page (housing association
registers), cards without a grid whose text and owner/score column sit side by side, an "L | I"
grid with no score and "Gross" / "Net" phases (university strategic registers), a BAF card's
row of score labels over a row of scores and its "LABEL" over value cells, and a ruled card
whose rest on the next page opens with a label the card had not used yet."""

from __future__ import annotations

from pathlib import Path

from table_docs import table_document
from tinypdf import write_pdf

from boardpapers.extract.risk_panels import Panel, _fill, label_of, panel_risk, panel_risks, phase_triple
from boardpapers.model import Document
from boardpapers.reading.pdf_reader import read_document


def test_colon_blocks_two_part_refs_over_a_page(tmp_path: Path) -> None:
    # a charity's register: "Risk reference: CT-F02", "Label: value" lines at one left edge, a
    # value wrapping back to that edge, "Trend this quarter: Worsening"; the second risk's owner
    # and scores on the next page
    x = 60
    p1 = [
        (x, 40, 9, "Risk reference: CT-F01"),
        (x, 54, 9, "Theme: Income"),
        (x, 68, 9, "Description: Legacy income falls below the budgeted level for two years"),
        (x, 82, 9, "running, reducing reserves."),
        (x, 96, 9, "Risk owner: Finance Director (Ana Lopes)"),
        (x, 110, 9, "Inherent risk: Likelihood 3 x Impact 4 = 12 (Medium)"),
        (x, 124, 9, "Residual risk: Likelihood 2 x Impact 4 = 8 (Low)"),
        (x, 138, 9, "Trend this quarter: Worsening"),
        (x, 152, 9, "Mitigations: Reserves policy; quarterly forecast (last review June 2025)."),
        (x, 166, 9, "Risk reference: CT-F02"),
        (x, 180, 9, "Theme: People"),
        (x, 194, 9, "Description: Loss of volunteers in the shops."),
    ]
    p2 = [
        (x, 40, 9, "Risk owner: Head of Retail"),
        (x, 54, 9, "Inherent risk: Likelihood 4 x Impact 3 = 12 (Medium)"),
        (x, 68, 9, "Residual risk: Likelihood 3 x Impact 3 = 9 (Medium)"),
        (x, 82, 9, "Target risk: Likelihood 2 x Impact 3 = 6 (Low)"),
    ]
    recs = panel_risks(read_document(str(write_pdf(tmp_path / "c.pdf", [p1, p2], size=(595.0, 842.0)))))
    assert [(r.ref, r.page) for r in recs] == [("CT-F01", 1), ("CT-F02", 1)]
    a, b = recs
    assert a.workstream == "Income" and a.owner == "Finance Director (Ana Lopes)" and a.trend == "up"
    assert a.description.endswith("reducing reserves.")
    assert (a.inherent.score, a.residual.likelihood, a.residual.impact) == (12, 2, 4)
    assert (b.owner, b.residual.score, b.target.score) == ("Head of Retail", 9, 6)


def test_cards_side_by_side_columns_and_li_grid(tmp_path: Path) -> None:
    # a college's strategic register: "Risk SR3  Title" over each card, capitalised labels over
    # their values in a left column, the owner, an "L | I" grid with "Inherent" / "Residual"
    # rows and "TREND ▼" in a right column at the same heights; two cards on the page
    def card(top: float, ref: str, owner: str, grid: tuple[str, str, str, str]) -> list:
        return [
            (50, top, 11, f"Risk {ref}"),
            (120, top, 11, "Estate and facilities"),
            (50, top + 24, 7, "RISK"),
            (400, top + 24, 7, "RISK OWNER"),
            (50, top + 34, 9, "The estate cannot support the growth in learner numbers"),
            (400, top + 34, 9, owner),
            (50, top + 44, 9, "expected by 2027."),
            (460, top + 50, 8, "L"),
            (485, top + 50, 8, "I"),
            (50, top + 58, 7, "CAUSE"),
            (410, top + 62, 8, "Gross"),
            (460, top + 62, 8, grid[0]),
            (485, top + 62, 8, grid[1]),
            (50, top + 68, 9, "Capital funding constrained."),
            (410, top + 76, 8, "Net"),
            (460, top + 76, 8, grid[2]),
            (485, top + 76, 8, grid[3]),
            (400, top + 92, 9, "TREND Increasing"),
        ]

    page = card(50, "SR3", "Director of Estates", ("4", "4", "3", "4")) + card(
        400, "SR4", "Vice Principal Curriculum", ("5", "3", "2", "3")
    )
    recs = panel_risks(read_document(str(write_pdf(tmp_path / "u.pdf", [page], size=(595.0, 842.0)))))
    assert [r.ref for r in recs] == ["SR3", "SR4"]
    r = recs[0]
    assert r.owner == "Director of Estates" and r.trend == "up"  # not the text beside it
    assert r.description.startswith("The estate") and r.description.endswith("by 2027.")
    assert (r.inherent.likelihood, r.inherent.impact, r.inherent.score) == (4, 4, None)
    assert (r.residual.likelihood, r.residual.impact) == (3, 4)
    assert r.extra["CAUSE"] == "Capital funding constrained."
    assert (recs[1].owner, recs[1].inherent.likelihood, recs[1].residual.impact) == (
        "Vice Principal Curriculum",
        5,
        3,
    )


def test_li_grid_without_score_and_net_phase() -> None:
    assert label_of("Net") == "residual" and label_of("Gross") == "inherent"
    t = phase_triple("3 | 4")
    assert t is not None and (t.likelihood, t.impact, t.score) == (3, 4, None)


def test_card_score_strip_and_label_over_value_cells() -> None:
    # an ICB BAF card: "OBJECTIVE ⏎ value" header cells, a row of score labels (the scale's key
    # after them) over a row of scores in the same columns
    panel = Panel("BAF 2", "Primary care access", 3)
    rows = [
        ["STRATEGIC OBJECTIVE\nImprove access", "", "EXECUTIVE OWNER\nDirector of Primary Care", ""],
        ["Inherent rating (I x L)", "", "Residual rating (I x L)", "Direction of travel"],
        ["Likelihood 4 x Impact 4 = 16", "", "Likelihood 3 x Impact 4 = 12", "Improving"],
    ]
    _fill(panel, rows)
    r = panel_risk(panel, None)
    assert r is not None
    assert (r.workstream, r.owner, r.trend) == ("Improve access", "Director of Primary Care", "down")
    assert (r.inherent.score, r.residual.likelihood) == (16, 3)


def _doc(pages: list[list[list[list[str]]]]) -> Document:
    return table_document([("Corporate Risk Register", tables) for tables in pages])


def test_ruled_card_rest_opens_with_an_unused_label() -> None:
    # a police and crime panel's register card broken by a page: its rest opens with "Existing
    # controls" (a section label, like the card's "Causes" above), then the current and target rows
    card = [
        ["PCR 4 Custody capacity", ""],
        ["Risk description", "Custody suites run short of cells."],
        ["Causes", "Refurbishment of one suite."],
        ["Inherent risk", "L4 x I4 = 16 (High)"],
    ]
    rest = [
        ["Existing controls", "Mutual aid with a neighbouring force"],
        ["Current risk", "L3 x I4 = 12 (High)"],
        ["Target risk", "L2 x I4 = 8 (Medium)"],
    ]
    risks = panel_risks(_doc([[card], [rest]]))
    assert [r.ref for r in risks] == ["PCR 4"]
    assert (risks[0].residual.score, risks[0].target.score, risks[0].page) == (12, 8, 1)
