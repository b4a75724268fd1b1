"""Risk registers printed from HTML in landscape: a shaded, ruled two-row header (a group row
"Inherent | Residual (current) | Target" over "L | I | S" cells a letter wide, the other labels
spanning both rows) over rows ruled off by bottom borders only. The group label runs on into
the next labels at less than a cell gap; a group label wraps over two lines; the ruling finder
reads the header alone. Read set: written-dev24's Maltese regulator's corporate register; the
variant (tests/data/variants, rendered with benchmarks/synthetic/render.py) is a water
district's register with other header words ("Gross | Net risk (current) | Target" over
"L | C | R", "Risk (cause - effect)", "Lead", "Direction" in words) whose header is not
repeated on its second page."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import WRITTEN_DEV24

from boardpapers.extract.risks import RISK_SPEC, extract_risks
from boardpapers.reading.pdf_reader import read_document

VARIANTS = Path(__file__).parent / "data" / "variants"


@pytest.mark.parametrize(
    ("labels", "fields"),
    [
        (
            [
                "Risk (cause – event – consequence)",
                "Residual (current) L",
                "Residual (current) I",
                "Residual (current) S",
            ],
            ["description", "residual.likelihood", "residual.impact", "residual.score"],
        ),
        (
            ["Risk (cause – effect)", "Net risk (current) L", "Net risk (current) C", "Net risk (current) R"],
            ["description", "residual.likelihood", "residual.impact", "residual.score"],
        ),
    ],
)
def test_glossed_labels(labels: list[str], fields: list[str]) -> None:
    assert RISK_SPEC.fields_for(labels) == fields


def test_variant_water_district_two_row_header() -> None:
    path = VARIANTS / "water-district-two-row-header-register.pdf"
    risks = extract_risks(read_document(str(path)))
    assert [r.ref for r in risks] == [f"WR-{n}" for n in range(1, 17)]
    first = risks[0]
    assert first.owner == "Operations Manager"
    assert first.description.startswith("Raw water shortfall in a prolonged dry season. Drawdown")
    assert (first.inherent.likelihood, first.inherent.impact, first.inherent.score) == (4, 4, 16)
    assert (first.residual.likelihood, first.residual.impact, first.residual.score) == (3, 4, 12)
    assert (first.target.likelihood, first.target.impact, first.target.score) == (2, 3, 6)
    assert (first.direction, first.trend) == ("Stable", "same")
    # the second page goes on under the first page's header (not repeated)
    last = risks[-1]
    assert last.page == 2 and last.owner == "General Manager"
    assert (last.target.likelihood, last.target.impact, last.target.score) == (3, 3, 9)
    assert [r.trend for r in risks if r.direction == "New"] == ["new", "new"]


def test_written_dev24_regulator_corporate_register() -> None:
    path = WRITTEN_DEV24 / "k-malta-authority-integrity-sport-risk-register-2025-06-26.pdf"
    if not path.exists():
        pytest.skip(f"{path} absent")
    risks = extract_risks(read_document(str(path)))
    assert [r.ref for r in risks] == [f"CR{n:02d}" for n in range(1, 12)]
    r = risks[3]
    assert (r.inherent.score, r.residual.likelihood, r.residual.impact, r.target.score) == (20, 4, 4, 8)
    assert r.direction == "↑" and risks[7].direction == "Closed" and risks[10].direction == "New"
    assert risks[4].page == 2
