"""Registers of interests and risk registers in the written layouts (benchmarks/written/, in the
repo): expected values read from the PDFs."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import WRITTEN, WRITTEN_HELDOUT

from boardpapers.extract.accountability import extract_accountability
from boardpapers.pipeline.process import parse_file

# the held-out written papers, read and fixed against after they were scored (session 6)


def _records(stem: str, folder: Path = WRITTEN) -> dict:
    return extract_accountability(parse_file(str(folder / f"{stem}.pdf")).document)


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


def _declared(stem: str, folder: Path = WRITTEN) -> list:
    return [i for i in _records(stem, folder)["interests"] if i.category == "declared-at-meeting"]


def test_declarations_under_an_opening_minute_and_numbered_paragraphs() -> None:
    # university council: "Minute 1 Welcome, apologies and declarations of interest", "1.2 Mr Ling
    # declared ...", "1.3 Dr Qureshi, Professor Mottram and Mr Whitlow declared an interest ..."
    decl = _declared("university-of-brackenridge-council-agenda-minutes-2025-03")
    assert [i.person for i in decl] == ["Ling", "Qureshi", "Mottram", "Whitlow"]
    assert "Northgate Property Partners Ltd" in decl[0].nature
    assert all(i.declared_on == "2025-03-26" and i.page == 4 for i in decl)
    assert all("Voluntary Severance Scheme" in i.nature for i in decl[1:])


def test_restated_interest_and_declarations_of_business_interests() -> None:
    # NHS committee: "Dr Ravi Menon reminded the Committee that his wife is ..."
    (menon,) = _declared("ashdown-vale-mhft-quality-committee-minutes-2024-11")
    assert menon.person == "Ravi Menon"
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


def test_baf_lxc_cells_and_corporate_register_l_c_columns() -> None:
    # NHS FT BAF summary: "Inherent (L x C)" / "Residual Q3 (L x C)" / "Target (L x C)" holding
    # "5 x 5 = 25"; then a corporate risk register with score-only Initial / Target columns
    # and separate "L" "C" columns before the Current score, a Division column
    risks = _records("harbourside-wyre-nhsft-baf-corporate-risk-register-2025-q3", WRITTEN_HELDOUT)["risks"]
    assert [r.ref for r in risks][:7] == [f"SR{n}" for n in range(1, 8)]
    sr2 = risks[1]
    assert (sr2.inherent.likelihood, sr2.inherent.impact, sr2.inherent.score) == (5, 4, 20)
    assert (sr2.residual.likelihood, sr2.residual.impact, sr2.residual.score) == (4, 4, 16)
    assert (sr2.target.likelihood, sr2.target.impact, sr2.target.score) == (2, 4, 8)
    assert (sr2.workstream, sr2.owner) == ("Timely access", "Chief Operating Officer")
    assert risks[6].inherent is None  # SR7's inherent cell is a dash: not yet assessed
    crr = {r.ref: r for r in risks[7:]}
    assert len(crr) == 9
    r = crr["2702"]
    assert (r.inherent.likelihood, r.inherent.score) == (None, 25)
    assert (r.residual.likelihood, r.residual.impact, r.residual.score) == (3, 5, 15)
    assert (r.target.likelihood, r.target.score) == (None, 5)
    assert r.workstream == "Estates & Facilities"
    assert "Corporate Risk Register" in r.register and "Assurance" in risks[0].register


def test_phase_groups_over_l_i_s_columns() -> None:
    # fire authority register: "Inherent" / "Current" / "Target" each merged over "L | I | S"
    risks = _records("kestrel-vale-cfa-agenda-pack-2024-12", WRITTEN_HELDOUT)["risks"]
    assert [r.ref[:5] for r in risks] == [f"CRR0{n}" for n in range(1, 9)]  # "CRR08 (new – for approval)"
    r2 = risks[1]
    assert (r2.inherent.likelihood, r2.inherent.impact, r2.inherent.score) == (4, 5, 20)
    assert (r2.residual.likelihood, r2.residual.impact, r2.residual.score) == (3, 5, 15)
    assert (r2.target.likelihood, r2.target.impact, r2.target.score) == (2, 5, 10)
    assert not any(k in r2.extra for k in ("Inherent", "Current", "Target"))


def test_register_annexed_to_minutes_with_nil_row_and_name_lost_at_page_break() -> None:
    # national public body minutes, Annex A register: "Commissioner" column, names merged over a
    # member's rows, Baroness Thornbury's "Nil" merged over the row, Mr Deveney's name cell
    # merged down over the page break (pdfplumber reads no cell there)
    recs = _records("nbhc-board-minutes-2024-11", WRITTEN_HELDOUT)["interests"]
    register = [i for i in recs if i.category != "declared-at-meeting"]
    assert len(register) == 19
    assert all("Register of Commissioners" in i.register for i in register)
    deveney = [i for i in register if "Deveney" in i.person]
    assert [i.organisation for i in deveney] == ["Deveney Urban Ltd", "Harcastle Property Group"]
    assert [i.page for i in deveney] == [6, 7]
    assert not any(
        "Thornbury" in i.person or "Sethuraman" in i.person and "Deveney" in (i.organisation or "")
        for i in register
    )
    # a bare From column holding a year is when the interest began, not a declaration date
    assert all(i.declared_on is None for i in register)
    declared = [i for i in recs if i.category == "declared-at-meeting"]
    # (the order of the two readers' records: the paragraph under the heading, then the rest)
    assert sorted(i.person for i in declared) == ["Deveney", "Jonathan Mabry"]
    assert all(i.declared_on == "2024-11-21" and i.register is None for i in declared)


def test_declarations_under_a_minute_reference_and_recusals() -> None:
    # housing association board: "B24/59 Declarations of interest", "59.2 Ms Eze reminded the Board
    # that, as a tenant ..., she has a standing interest"
    decl = _declared("fernhill-tyne-homes-board-minutes-2024-10", WRITTEN_HELDOUT)
    assert [i.person for i in decl] == ["Pennant", "Eze"]
    assert decl[1].nature.startswith("tenant of the Association") and "standing interest" in decl[1].nature
    # NHS trust board minutes in a Word table: "TB/25/002 Declarations of interest"
    decl = _declared("western-fells-ambulance-board-pack-2025-03", WRITTEN_HELDOUT)
    assert [(i.person, i.declared_on, i.page) for i in decl] == [("Brightwell", "2025-01-30", 4)]
    assert decl[0].nature.startswith("her husband is a partner at Fellgate Medical Practice")
    # US city council: a recusal under the item, its office the declarer's role
    decl = _declared("marlow-springs-city-council-minutes-2025-03", WRITTEN_HELDOUT)
    assert [(i.person, i.role, i.declared_on) for i in decl] == [("Atencio", "Mayor Pro Tem", "2025-03-04")]
    assert "10.a Award of Construction Contract" in decl[0].nature


def test_declarer_role_from_the_attendance_list() -> None:
    from boardpapers.extract import extract_all

    doc = parse_file(
        str(WRITTEN_HELDOUT / "hartsmere-community-health-nhst-board-minutes-2025-01.pdf")
    ).document
    decl = [i for i in extract_all(doc)["interests"] if i.category == "declared-at-meeting"]
    # the minutes name the declarer by surname ("Mr Wren declared ..."); the attendance list's one
    # Wren gives the full name and the post
    assert [(i.person, i.role) for i in decl] == [
        ("Tobias Wren", "Non-Executive Director (Senior Independent Director)")
    ]


def test_this_item_is_named_by_the_heading_not_a_numbered_paragraph() -> None:
    from boardpapers.extract.interests import _name_this_item

    text = (
        "10.b Appointment to the Planning Commission\n"
        "10.1 The Director reported that three applications had been received. Members asked why.\n"
        "Councilmember Hsu recused herself from this item."
    )
    nature = "Councilmember Hsu recused herself from this item"
    assert _name_this_item(nature, text, text.rindex("Councilmember")) == (
        "Councilmember Hsu recused herself from this item (10.b Appointment to the Planning Commission)"
    )
