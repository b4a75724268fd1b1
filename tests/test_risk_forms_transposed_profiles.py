"""Risk registers read in session 13 (written-dev15): each mechanism on a variant written here.

- a principal risk printed as a form of label | value tables, the reference one of its fields
  ("Risk ID | BAF 1.1 | Strategic objective | ..."), its score strip and controls as tables
  of their own under it, an actions list after them (NHS BAFs);
- a register printed on its side: risks across the top, labels down the first column (ERM
  dashboards), likelihood and consequence rows naming no phase beside a "Residual score";
- score notations: "Extreme 20 (L4 x C5)", "High (16) L4 I4", a band word after "4 x 5 = 20";
- a summary table, then a profile card per risk on later pages ("Risk Ref: SR01 Title"): one
  record, the card's, its summary row filling what the card lacks;
- a zebra-striped landscape register under a bold wrapped header, every other row unruled.
"""

from __future__ import annotations

from pathlib import Path

from conftest import WRITTEN_DEV15

from boardpapers.extract.risk_panels import cell_triple, label_of, panel_risks
from boardpapers.extract.risks import RISK_SPEC, _transposed_tables, extract_risks
from boardpapers.model import Document, Page, Table

VARIANTS = Path(__file__).parent / "data" / "variants"


def _doc(*pages: tuple[str, list[Table]]) -> Document:
    return Document(
        path="x.pdf",
        sha256="0" * 64,
        size=0,
        page_count=len(pages),
        pages=[Page(number=n, text=t, tables=tabs) for n, (t, tabs) in enumerate(pages, start=1)],
    )


def _form_page(ref: str, owner: str, strip: list[str], top: float = 80.0) -> list[Table]:
    return [
        Table(
            rows=[
                ["BAF ref", ref, "Corporate priority", "Financial sustainability"],
                ["Risk description", "Failure to deliver the savings plan, leading to a deficit.", None, None],
                ["Lead director", owner, "Assuring committee", "Finance Committee"],
            ],
            bbox=(50.0, top, 550.0, top + 90),
        ),
        Table(
            rows=[
                ["Initial score\n(L x C)", "Residual score\n(L x C)", "Target score (L x C)\nby 2027", "Trend this\nquarter"],
                strip,
            ],
            bbox=(50.0, top + 100, 550.0, top + 140),
        ),
        Table(rows=[["Key controls", "Monthly finance report"], ["Gaps in assurance", "None"]], bbox=(50.0, top + 150, 550.0, top + 200)),
        Table(
            rows=[["Action", "Owner", "Due"], ["Close the gap", "Deputy Director", "30/06/2026"], ["Review", "Head of Finance", "31/07/2026"]],
            bbox=(50.0, top + 220, 550.0, top + 270),
        ),
    ]  # fmt: skip


def test_principal_risk_form_with_strip_and_actions_tables() -> None:
    doc = _doc(
        ("Board Assurance Framework", _form_page("BAF 2.3", "Jo Pascoe, Director of Finance", ["5x4=20", "4 x 4 = 16", "3 x 4 = 12", "↑ Worsening"])),
        ("Board Assurance Framework", _form_page("BAF 2.4", "Sam Idris", ["3 × 3 = 9", "2 x 3 = 6 (Green)", "", "↔"])),
    )  # fmt: skip
    recs = {r.ref: r for r in panel_risks(doc)}
    assert set(recs) == {"BAF 2.3", "BAF 2.4"}
    a = recs["BAF 2.3"]
    assert a.owner == "Jo Pascoe, Director of Finance"  # not the actions list's "Owner"
    assert a.workstream == "Financial sustainability"
    assert a.description.startswith("Failure to deliver")
    assert (a.inherent.score, a.residual.likelihood, a.target.score) == (20, 4, 12)
    assert a.direction == "↑ Worsening"
    b = recs["BAF 2.4"]
    assert (b.residual.likelihood, b.residual.score, b.target) == (2, 6, None)
    assert b.page == 2


def test_qualified_labels() -> None:
    assert label_of("Target risk score (L x I) by March 2026") == "target"
    assert label_of("Movement since last report") == "direction"


def test_transposed_register_with_unphased_factors() -> None:
    rows = [
        ["Ref", "CR1", "CR2", "CR3"],
        ["Risk title", "Funding reform", "Levee overtopping", "Payroll fraud"],
        ["Category", "Strategic", "Operational", "Financial"],
        ["Owner", "A. Chan", "B. Diallo", "C. Evans"],
        ["Probability", "3", "2", "1"],
        ["Impact", "4", "5", "4"],
        ["Net score", "12 (Amber)", "10 Amber", "4 – Low"],
        ["Direction", "Worsening", "Same", "Improving"],
    ]
    doc = _doc(("Enterprise risk dashboard", [Table(rows=rows, bbox=(40.0, 80.0, 560.0, 400.0))]))
    recs = {r.ref: r for r in extract_risks(doc)}
    assert set(recs) == {"CR1", "CR2", "CR3"}
    lev = recs["CR2"]
    assert (
        lev.description == "Levee overtopping"
        and lev.workstream == "Operational"
        and lev.owner == "B. Diallo"
    )
    assert (lev.residual.likelihood, lev.residual.impact, lev.residual.score) == (2, 5, 10)
    assert lev.inherent is None and lev.direction == "Same"


def test_a_form_of_two_columns_is_not_transposed() -> None:
    # a report's cover sheet: labels and one column of values, no risk across the top
    rows = [["Ref", "CR9"], ["Risk title", "Something"], ["Owner", "X"], ["Net score", "12"]]
    doc = _doc(("cover", [Table(rows=rows, bbox=(40.0, 80.0, 560.0, 200.0))]))
    assert _transposed_tables(doc) == []


def test_factors_without_a_phase_take_the_phase_of_their_score() -> None:
    assert RISK_SPEC.fields_for(
        ["Ref", "Risk", "Likelihood", "Consequence", "Current score", "Target score"]
    ) == [
        "ref",
        "description",
        "residual.likelihood",
        "residual.impact",
        "residual.score",
        "target.score",
    ]
    # a score with no phase still closes the inherent phase
    assert RISK_SPEC.fields_for(["Ref", "Risk", "L", "I", "Score", "L", "I", "Residual score"])[2:5] == [
        "inherent.likelihood",
        "inherent.impact",
        "inherent.score",
    ]


def test_score_notations_with_band_words() -> None:
    assert cell_triple("Extreme 20 (L4 x C5)") == (4, 5, 20)
    assert cell_triple("Significant – 12 (L3 x I4)") == (3, 4, 12)
    assert cell_triple("16 (L4 x I4) Amber") == (4, 4, 16)
    assert cell_triple("4 x 5 = 20 (Red)") == (4, 5, 20)
    assert cell_triple("High (16) L4 I4") == (4, 4, 16)
    assert cell_triple("Very High (20) L5 x I4") == (5, 4, 20)
    assert cell_triple("High (15) L3 I4") is None  # the factors disagree with the score
    assert cell_triple("Medium (12)") is None


def test_summary_table_then_profile_cards() -> None:
    summary = Table(
        rows=[
            ["Ref", "Risk title", "Risk owner", "Current", None, None, "Target score", "Trend"],
            [None, None, None, "L", "I", "Score", None, None],
            ["CR07", "Cyber resilience", "Chief Officer", "3", "4", "12", "8", "Rising"],
            ["CR08", "Care home market", "Head of Commissioning", "4", "4", "16", "9", "Rising"],
        ],
        bbox=(40.0, 500.0, 560.0, 600.0),
    )

    def card(ref: str, title: str, initial: list[str], target: list[str], top: float) -> Table:
        return Table(
            rows=[
                [f"Risk Ref: {ref} {title}", None, None, None, None],
                ["Risk description", f"The full statement of {title.lower()}.", None, None, None],
                ["Risk owner", "Chief Officer (Ann Roy)", None, None, None],
                ["", "Likelihood", "Impact", "Score", ""],
                ["Initial", *initial, "Scored on the 5 x 5\nmatrix of the\nstrategy."],
                ["Current", "3", "4", "12", None],
                ["Target", *target, None],
            ],
            bbox=(40.0, top, 560.0, top + 180),
        )

    doc = _doc(
        ("Appendix 1 Strategic risk register summary", [summary]),
        (
            "Appendix 2 Risk profiles",
            [card("CR07", "Cyber resilience", ["4", "5", "20"], ["2", "4", "8"], 60.0)],
        ),
    )
    recs = {r.ref: r for r in extract_risks(doc)}
    assert set(recs) == {"CR07", "CR08"}
    cy = recs["CR07"]  # recorded as its card, the row filling what the card lacks
    assert (
        cy.page == 2
        and cy.description.startswith("The full statement")
        and cy.owner == "Chief Officer (Ann Roy)"
    )
    assert cy.direction == "Rising"  # no trend on the card: the summary row's
    assert (cy.inherent.likelihood, cy.inherent.impact, cy.inherent.score) == (4, 5, 20)
    assert (cy.residual.likelihood, cy.residual.score) == (3, 12)
    assert (cy.target.likelihood, cy.target.impact, cy.target.score) == (2, 4, 8)
    assert cy.extra["summary_title"] == "Cyber resilience"
    assert recs["CR08"].inherent is None and recs["CR08"].page == 1  # no card: the row as printed


def test_striped_landscape_register_variant(load_doc) -> None:
    doc = load_doc(VARIANTS / "water-corporation-striped-risk-register.pdf")
    recs = {r.ref: r for r in extract_risks(doc)}
    assert set(recs) == {"CR-11", "CR-12", "CR-13", "CR-14", "CR-15", "CR-16"}
    fat = recs["CR-12"]  # an unfilled row between filled ones
    assert fat.workstream == "People" and fat.direction == "► Stable"
    assert (fat.inherent.score, fat.residual.likelihood, fat.target.score) == (16, 2, 4)


def test_dev15_risk_families(load_doc) -> None:
    baf = extract_risks(load_doc(WRITTEN_DEV15 / "e-northmoor-teaching-hospitals-baf-2025-05-29.pdf"))
    assert [r.ref for r in baf] == ["BAF 1.1", "BAF 2.1", "BAF 3.1", "BAF 4.1", "BAF 5.1"]
    dash = extract_risks(load_doc(WRITTEN_DEV15 / "e-black-creek-headwaters-ca-board-2025-04-24.pdf"))
    assert [r.ref for r in dash] == [f"ERM-0{k}" for k in range(1, 6)]
    water = extract_risks(load_doc(WRITTEN_DEV15 / "e-goulburn-ranges-water-arc-2025-08-21.pdf"))
    assert len(water) == 8
