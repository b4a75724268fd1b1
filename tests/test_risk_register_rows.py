"""Risk register tables (extract.risks): header vocabulary of local-government enterprise
registers ("Risk event", "Risk statement", "Accountable officer", "P | C | R" grids) and one
risk printed over several rows (its scores row, then labelled rows merged over the other
columns). Read on written-dev13 (session 11) and on a variant written here."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import WRITTEN_DEV13

from boardpapers.extract.risks import RISK_SPEC, extract_risks
from boardpapers.reading.pdf_reader import read_document

VARIANT = Path(__file__).parent / "data" / "variants" / "shire-council-risk-statement-rows.pdf"


@pytest.mark.parametrize(
    ("label", "field"),
    [
        ("Risk Event", "description"),
        ("Risk statement", "description"),
        ("Risk name", "description"),
        ("Accountable Officer", "owner"),
        ("Risk description / cause", "description"),
    ],
)
def test_header_vocabulary(label: str, field: str) -> None:
    assert RISK_SPEC.field_for(label) == field


def test_grid_letters_per_phase() -> None:
    # "P | C | R" and "L | I | R" under each phase of a two-level header
    fields = RISK_SPEC.label_fields(
        ["Risk No.", "Risk", "Inherent P", "Inherent C", "Inherent R", "Current L", "Current I", "Current R"]
    )
    assert fields[2:] == [
        "inherent.likelihood",
        "inherent.impact",
        "inherent.score",
        "residual.likelihood",
        "residual.impact",
        "residual.score",
    ]


def test_variant_statement_over_rows_and_risk_event() -> None:
    # an Australian shire's strategic register (scores row, then "Description" and "Consequences"
    # rows merged over the columns) and an operational register headed "Risk Event"
    recs = extract_risks(read_document(str(VARIANT)))
    assert [r.ref for r in recs] == ["TSC-R1", "TSC-R2", "OPS-01", "OPS-02"]
    r = recs[0]
    assert r.description.startswith("Rate capping and cost shifting")
    assert r.extra["title"] == "Long-term funding gap"
    assert r.extra["Consequences"].startswith("Service levels reduced")
    assert r.owner == "Director Corporate"
    assert (r.inherent.likelihood, r.inherent.impact, r.inherent.score) == (5, 4, 20)
    assert (r.target.likelihood, r.target.impact, r.target.score) == (3, 3, 9)
    assert (r.direction, r.trend) == ("Steady", "same") and recs[1].trend == "up"
    assert recs[2].description.startswith("Kerbside collection contractor")
    assert (recs[2].residual.likelihood, recs[2].residual.score) == (3, 12)


def test_dev13_enterprise_register_over_two_pages() -> None:
    path = WRITTEN_DEV13 / "c-cedar-inlet-rd-board-2025-09-11.pdf"
    if not path.exists():
        pytest.skip(f"{path} absent")
    recs = extract_risks(read_document(str(path)))
    assert [r.ref for r in recs] == [f"ERM-{n:02d}" for n in range(1, 11)]
    assert [r.page for r in recs] == [3] * 6 + [4] * 4  # no header repeated on page 4


def test_dev13_ijb_risk_over_five_rows() -> None:
    path = WRITTEN_DEV13 / "c-glenmorven-ijb-arc-2025-06-18.pdf"
    if not path.exists():
        pytest.skip(f"{path} absent")
    recs = extract_risks(read_document(str(path)))
    assert len(recs) == 7
    r = recs[0]
    assert r.description.startswith("There is a risk that the IJB is unable to set")
    assert r.extra["title"] == "Financial sustainability"
    assert (r.inherent.score, r.residual.score, r.target.score) == (25, 20, 12)
    assert recs[6].page == 3 and recs[6].description.startswith("There is a risk that telecare")


BAF_VARIANT = Path(__file__).parent / "data" / "variants" / "mh-trust-baf-colon-panel-header.pdf"


@pytest.mark.parametrize(
    ("cell", "ref", "title"),
    [
        ("SR1 | Failure to deliver safe care", "SR1", "Failure to deliver safe care"),
        ("BAF 3: Demand for beds", "BAF 3", "Demand for beds"),
        ("SR2 – Finance", "SR2", "Finance"),
        ("CR12 Cyber attack", "CR12", "Cyber attack"),
    ],
)
def test_panel_header_separators(cell: str, ref: str, title: str) -> None:
    from boardpapers.extract.risk_panels import _REF_TITLE

    m = _REF_TITLE.match(cell)
    assert m and (m.group("ref"), m.group("title")) == (ref, title)


def test_variant_baf_panels_headed_ref_colon_title() -> None:
    # a mental health trust's BAF: one ruled panel per risk headed "BAF 3: title" / "BAF 4 – title",
    # its scores in a strip of "Initial / 5 x 4 = 20" cells beside a "Scores (L x C)" label
    recs = extract_risks(read_document(str(BAF_VARIANT)))
    assert [r.ref for r in recs] == ["BAF 3", "BAF 4"]
    r = recs[0]
    assert r.extra["title"] == "Demand for inpatient beds exceeds funded capacity"
    assert r.description.startswith("If demand for acute mental health beds")
    assert (r.inherent.score, r.residual.likelihood, r.residual.impact, r.target.score) == (20, 4, 4, 12)
    assert r.trend == "same" and recs[1].trend == "down"


def test_dev13_baf_panels_after_summary_table() -> None:
    # the panels (their page, "L x C" scores) win over the summary table's rows of the same refs
    path = WRITTEN_DEV13 / "c-hartsdown-wyvern-nhsft-baf-2025-07-03.pdf"
    if not path.exists():
        pytest.skip(f"{path} absent")
    recs = extract_risks(read_document(str(path)))
    assert [r.ref for r in recs] == [f"SR{n}" for n in range(1, 8)]
    assert [r.page for r in recs] == [2, 3, 3, 3, 4, 4, 4]
    assert (recs[0].inherent.likelihood, recs[0].residual.score, recs[0].target.impact) == (4, 15, 5)


def test_accountable_committee_is_not_the_owner() -> None:
    assert RISK_SPEC.field_for("Accountable committee") != "owner"
