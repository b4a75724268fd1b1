"""Risks printed as one key/value table per risk (label | value rows), read by
extract.risk_panels (the layout-line source): a BAF of written-heldout4 (read in session 8) and variants rendered here."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import WRITTEN_HELDOUT4
from tinypdf import write_pdf

from boardpapers.extract.risk_panels import label_of, panel_risks
from boardpapers.reading.pdf_reader import read_document


@pytest.mark.parametrize(
    ("label", "field"),
    [
        ("Current rating (L x C)", "residual"),  # the scale's key after the label
        ("Initial score (LxI)", "inherent"),
        ("Residual risk score (likelihood x impact):", "residual"),
        ("Trend since last quarter", "direction"),  # the period after the label
        ("Movement this month", "direction"),
        ("Target rating at Q4", "target"),
    ],
)
def test_labels_with_qualifiers(label: str, field: str) -> None:
    assert label_of(label) == field


def test_baf_one_key_value_table_per_risk() -> None:
    # NHS acute trust BAF: "Risk ID | SR1" heading each risk's two-column table (read as a
    # running header by the layout where it tops every page), "Initial / Current / Target rating
    # (L x C)", "Trend since last quarter", labels the vocabulary lacks ("Lead committee",
    # "Sources of assurance") kept apart from the value above them
    path = WRITTEN_HELDOUT4 / "kingsmere-hospitals-baf-2025-q2.pdf"
    if not path.exists():
        pytest.skip(f"{path} absent")
    recs = panel_risks(read_document(str(path)))
    assert [r.ref for r in recs] == [f"SR{n}" for n in range(1, 9)]
    r = recs[0]
    assert r.owner == "Deborah Fairweather, Chief Operating Officer"  # "Lead committee" not in it
    assert (r.inherent.score, r.residual.likelihood, r.residual.impact, r.target.score) == (25, 4, 5, 12)
    assert (r.direction, r.trend) == ("↔ Static", "same") and r.page == 2
    assert "Quality and Safety Committee" in r.extra.values()


def _kv_pdf(tmp: Path, risks: list[list[tuple[str, str]]], label_x: float, value_x: float) -> Path:
    pages = []
    for rows in risks:  # one risk a page, its first row at the page's top
        items = [(label_x, 40 + 14 * i, 9, lab) for i, (lab, _) in enumerate(rows)]
        items += [(value_x, 40 + 14 * i, 9, val) for i, (_, val) in enumerate(rows)]
        pages.append(items)
    return write_pdf(tmp / "kv.pdf", pages, size=(595.0, 842.0))


def test_key_value_variant_local_authority(tmp_path: Path) -> None:
    # a variant: a council's corporate register, one risk a page, "Risk ref" over "Risk owner",
    # "Inherent risk (I x L)", "Residual risk (I x L)", "Direction of travel this quarter" and an
    # unknown "Risk appetite" label
    risks = [
        [
            ("Risk ref", ref),
            ("Risk description", what),
            ("Risk owner", owner),
            ("Risk appetite", "Cautious"),
            ("Inherent risk (L x I)", "4 x 4 = 16"),
            ("Residual risk (L x I)", residual),
            ("Direction of travel this quarter", "Improving"),
        ]
        for ref, what, owner, residual in (
            (
                "CR01",
                "Failure to deliver the medium-term financial plan",
                "Director of Resources",
                "3 x 4 = 12",
            ),
            ("CR02", "Loss of key ICT systems after a cyber attack", "Head of Digital", "2 x 5 = 10"),
            (
                "CR03",
                "Demand for adult social care exceeds budget",
                "Director of Adult Services",
                "4 x 3 = 12",
            ),
        )
    ]
    recs = panel_risks(read_document(str(_kv_pdf(tmp_path, risks, 40, 220))))
    assert [(r.ref, r.owner, r.residual.score, r.trend) for r in recs] == [
        ("CR01", "Director of Resources", 12, "down"),
        ("CR02", "Head of Digital", 10, "down"),
        ("CR03", "Director of Adult Services", 12, "down"),
    ]
    assert recs[0].description == "Failure to deliver the medium-term financial plan"
    assert "Cautious" in recs[0].extra.values()


def test_key_value_variant_colon_labels(tmp_path: Path) -> None:
    # a variant: an ICB's register with "Risk number:" and colon labels, "Gross score:" /
    # "Current score (LxC):", a "Risk lead:" unknown to the vocabulary before the owner
    risks = [
        [
            ("Risk number:", "ICB 7"),
            ("Description:", "Primary care access may not recover"),
            ("Risk lead:", "Head of Primary Care"),
            ("Executive owner:", "Chief Delivery Officer"),
            ("Gross score:", "5 x 4 = 20"),
            ("Current score (LxC):", "4 x 4 = 16"),
            ("Target score:", "2 x 4 = 8"),
        ]
    ]
    recs = panel_risks(read_document(str(_kv_pdf(tmp_path, risks, 50, 200))))
    assert len(recs) == 1
    r = recs[0]
    assert (r.ref, r.owner, r.inherent.score, r.residual.score, r.target.score) == (
        "ICB 7",
        "Chief Delivery Officer",
        20,
        16,
        8,
    )
    assert "Head of Primary Care" in r.extra.values()
