"""Registers of interests and risk registers in the written layouts (corpus/written/, in the
repo): expected values read from the PDFs."""

from __future__ import annotations

from pathlib import Path

import pytest

from boardpapers.extract.accountability import extract_accountability
from boardpapers.pipeline.process import parse_file

WRITTEN = Path(__file__).resolve().parent.parent / "corpus" / "written"


def _records(stem: str) -> dict:
    return extract_accountability(parse_file(str(WRITTEN / f"{stem}.pdf")).document)


@pytest.fixture(scope="module")
def fenmarch() -> dict:
    return _records("fenmarch-westry-nhs-trust-board-register-of-interests-2024")


def test_merged_name_cells_give_one_interest_per_row(fenmarch: dict) -> None:
    # NHS trust Board register: name and position merged over the person's rows; "Nil" rows
    mine = [i for i in fenmarch["interests"] if "McAllister-Brown" in i.person]
    assert len(mine) == 4
    assert {i.role for i in mine} == {"Chair"}
    assert mine[2].declared_on == "2015-09-12"  # "Date from" 12/09/2015
    assert mine[3].category == "indirect"
    assert not any("Treloar" in i.person for i in fenmarch["interests"])  # Nil


def test_borderless_register_splits_interests_under_one_name() -> None:
    recs = _records("brackenridge-lowmoor-icb-board-pack-2024-07")["interests"]
    mine = [i for i in recs if "Faraday-Lowe" in i.person]
    assert [i.category for i in mine] == ["non-pecuniary", "pecuniary", "indirect"]
    assert [i.declared_on for i in mine] == ["2022-07-01", "2020-09-01", "2022-07-01"]


def test_one_cell_phase_scores_and_band_rows() -> None:
    # fire authority register: borderless, "L4 x I5 = 20" per phase, category bands
    risks = _records("ashcombe-tarrow-fra-strategic-risk-register-2025-02")["risks"]
    assert [r.ref for r in risks] == [f"SRR{n:02d}" for n in range(1, 11)]
    r2 = risks[1]
    assert (r2.inherent.likelihood, r2.inherent.impact, r2.inherent.score) == (4, 5, 20)
    assert (r2.target.likelihood, r2.target.impact, r2.target.score) == (2, 4, 8)
    assert r2.workstream == "Service Delivery" and risks[4].workstream == "People"
    assert "Grenfell Tower" in r2.description  # a kerned "To" read once


def test_baf_initial_current_target_cells() -> None:
    risks = _records("harrowfield-teaching-hospitals-nhsft-baf-2024-09")["risks"]
    sr4 = next(r for r in risks if r.ref == "SR4")
    assert (sr4.inherent.score, sr4.residual.score, sr4.target.score) == (25, 20, 12)
    assert sr4.workstream.startswith("SO2")
    assert len([r for r in risks if r.ref.startswith("SR")]) == 10
