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
    assert r.direction == "same" and recs[1].direction == "up"
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
