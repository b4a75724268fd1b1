"""Registers of interests and risk registers in the written layouts (benchmarks/written/, in the
repo): expected values read from the PDFs."""

from __future__ import annotations

import pytest
from conftest import WRITTEN

from boardpapers.extract.accountability import extract_accountability
from boardpapers.pipeline.process import parse_file


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


def _declared(stem: str) -> list:
    return [i for i in _records(stem)["interests"] if i.category == "declared-at-meeting"]


def test_declarations_under_an_opening_minute_and_numbered_paragraphs() -> None:
    # university council: "Minute 1 Welcome, apologies and declarations of interest", "1.2 Mr Ling
    # declared ...", "1.3 Dr Qureshi, Professor Mottram and Mr Whitlow declared an interest ..."
    decl = _declared("university-of-brackenridge-council-agenda-minutes-2025-03")
    assert [i.person for i in decl] == ["Mr Ling", "Dr Qureshi", "Professor Mottram", "Mr Whitlow"]
    assert "Northgate Property Partners Ltd" in decl[0].nature
    assert all(i.declared_on == "2025-03-26" and i.page == 4 for i in decl)
    assert all("Voluntary Severance Scheme" in i.nature for i in decl[1:])


def test_restated_interest_and_declarations_of_business_interests() -> None:
    # NHS committee: "Dr Ravi Menon reminded the Committee that his wife is ..."
    (menon,) = _declared("ashdown-vale-mhft-quality-committee-minutes-2024-11")
    assert menon.person == "Dr Ravi Menon"
    assert menon.nature.startswith("his wife is a consultant psychiatrist")
    assert "Chair did not consider" not in menon.nature
    # academy trust: "2. Declarations of business and pecuniary interests", two trustees by initials
    decl = _declared("linthwaite-ridge-learning-trust-trustees-minutes-2024-12")
    assert [i.person for i in decl] == ["SP", "HC"]
    assert "Calder Bridge Nursery School" in decl[1].nature


def test_councillors_statutory_notification_forms() -> None:
    # district council register: "Name of Councillor:" / "Date of notification:" over the DPI
    # sections with Councillor and Spouse / civil partner columns, Part 2 on the next page
    recs = [i for i in _records("wendmoor-dc-register-of-members-interests-2024")["interests"]]
    oyelaran = [i for i in recs if i.person == "Margaret Oyelaran"]
    assert [i.nature for i in oyelaran][3:] == [
        "Governor, Thornby Primary School (appointed by the Council)",
        "Member, UNISON",
        "Member, Labour Party",
    ]
    assert oyelaran[0].nature.startswith("Practice Manager, Hollins Lane Surgery, Wendmoor")
    assert {i.declared_on for i in oyelaran} == {"2023-05-22"}
    assert [i.category for i in oyelaran] == ["pecuniary"] * 3 + ["non-pecuniary"] * 3
    frost = [i.nature for i in recs if i.person == "Robert Halliwell-Frost"]
    assert frost[:2] == [
        "Farmer (self-employed), Long Acre Farm, Netherby",
        "Director, Frost Agricultural Services Ltd (agricultural contracting)",
    ]
    assert not any(i.nature in {"None", "Retired"} or "Sensitive" in i.nature for i in recs)
