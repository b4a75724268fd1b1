"""Tables whose header has two levels (a group row "Gross | Net" or "Board meetings" over
"P | I | Score" or "Possible | Actual", the other labels spanning both rows and centred between
them), narrow numeric columns and band rows of one word set one glyph a run: variants written
for the layout layer (tests/data/variants, rendered with benchmarks/synthetic/render.py) and
the read files of written-dev14 (HTML-printed risk registers)."""

from __future__ import annotations

import re
from pathlib import Path

from conftest import WRITTEN_DEV14, written_doc

from boardpapers.extract.risks import extract_risks
from boardpapers.layout import layout_of
from boardpapers.layout.tables import find_header, grid_rows

VARIANTS = Path(__file__).parent / "data" / "variants"


def test_grouped_risk_register_under_a_filled_header_band(load_doc):
    # "Gross | Net" over "P | I | Score"; Ref, Risk description, Lead director, Movement
    # centred over both header rows; the ruled header band and one band row ruled, the risks
    # parted by bottom borders only
    risks = extract_risks(load_doc(VARIANTS / "housing-association-grouped-risk-register.pdf"))
    got = {r.ref: r for r in risks}
    assert sorted(got) == ["HR-1", "HR-2", "HR-3"]
    r = got["HR-2"]
    assert (r.inherent.likelihood, r.inherent.impact, r.inherent.score) == (4, 4, 16)
    assert (r.residual.likelihood, r.residual.impact, r.residual.score) == (3, 4, 12)
    assert r.owner == "Director of Property"
    assert r.description.startswith("Damp and mould cases")
    assert got["HR-3"].workstream == "Finance"  # the band over it, not spilt into its ref


def test_attendance_table_with_a_group_row_over_possible_and_actual(load_doc):
    doc = load_doc(VARIANTS / "trust-board-meetings-attended-grouped-header.pdf")
    lines = [ln for ln in layout_of(doc).page(1).lines if ln.has_box]

    def score(labels: list[str]) -> int:
        return sum(1 for x in labels if re.search(r"name|role|possible|actual", x, re.I))

    h = find_header(lines, score)
    assert h is not None
    assert h.grid.labels == [
        "Name",
        "Role",
        "Board meetings Possible",
        "Board meetings Actual",
        "Audit Committee Possible",
        "Audit Committee Actual",
    ]
    rows, _, _ = grid_rows(lines[h.body_from :], h.grid, [0])
    assert rows[1] == ["Dr Rohan Sethi", "Non-executive director", "6", "5", "4", "4"]


def test_nz_register_two_level_header_read_without_its_rules():
    risks = extract_risks(written_doc(WRITTEN_DEV14, "f-ruakiwi-dc-audit-risk-2025-05-19"))
    got = {r.ref: r for r in risks}
    assert len(got) == 9
    r = got["SR03"]
    assert (r.inherent.likelihood, r.inherent.impact, r.inherent.score) == (4, 5, 20)
    assert (r.residual.likelihood, r.residual.impact, r.residual.score) == (3, 4, 12)
    assert r.owner == "Chief Executive"


def test_register_grouped_by_category_bands_and_narrow_score_columns():
    risks = extract_risks(written_doc(WRITTEN_DEV14, "f-mid-shannon-etb-audit-risk-2025-06-10"))
    got = {r.ref: r for r in risks}
    assert "CR-01" in got and got["CR-01"].workstream == "Strategic"
    assert got["CR-05"].workstream == "Financial"
    scored = got["CR-03"].inherent
    assert (scored.likelihood, scored.impact, scored.score) == (4, 5, 20)
