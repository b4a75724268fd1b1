"""Registers of interests of session 19's development set (written-dev31), each a family:
directors' boxed annual declaration forms with numbered sections and a "No interests to declare"
tick-box; a landscape governors' grid under the DfE's three headings; a hospital board's member
blocks ("Name — Post", "Appointed ... | Date of declaration: ..."); a one-row-per-interest table
whose category cells print the code's lettered heads ("A – Employment")."""

from __future__ import annotations

import pytest
from conftest import WRITTEN_DEV31

from boardpapers.extract.interests import extract_interests
from boardpapers.reading.pdf_reader import read_document

CHEDABUCTO = WRITTEN_DEV31 / "eg-chedabucto-bay-port-authority-director-declarations-2025-03-31.pdf"
BRACKENHURST = WRITTEN_DEV31 / "eg-brackenhurst-elmley-federation-governors-interests-2025-09-30.pdf"
CORAL_DOWNS = WRITTEN_DEV31 / "eg-coral-downs-hhs-board-register-of-interests-2025-06-30.pdf"
ST_GEORGES = WRITTEN_DEV31 / "eg-st-georges-great-sound-ports-authority-roi-gifts-2025-03-31.pdf"


@pytest.fixture(scope="module")
def chedabucto():
    return extract_interests(read_document(str(CHEDABUCTO)))


def test_tick_box_sections_and_form_counters_are_no_entries(chedabucto) -> None:
    natures = [r.nature or "" for r in chedabucto]
    assert not any("No interests to declare" in n for n in natures)
    assert not any(n.startswith("Form ") for n in natures)
    assert len(chedabucto) == 18  # the entries of the seven forms; Gerald Fougère ticked every box


def test_identity_grid_rows_set_tight_name_every_director(chedabucto) -> None:
    # "Name of Director | Peter Ng | Position | Director" over "Nominating group | ... | Date of
    # appointment | April 1, 2023": the next row, not the name's cell wrapped
    people = {r.person for r in chedabucto}
    assert {"Peter Ng", "Rebecca Sylliboy", "Thomas Landry"} <= people
    assert "Gerald Fougère" not in people


def test_declared_on_is_the_signature_date_not_the_appointment(chedabucto) -> None:
    macisaac = {r.declared_on for r in chedabucto if r.person == "Charles MacIsaac"}
    assert macisaac == {"2025-02-10"}  # "Date: February 10, 2025"; appointed June 1, 2021


def test_paper_title_is_the_register(chedabucto) -> None:
    assert {r.register for r in chedabucto} == {"Directors’ Annual Declarations of Interests – 2025"}


def test_governors_grid_read_by_its_rules_and_bullets() -> None:
    records = extract_interests(read_document(str(BRACKENHURST)))
    assert len(records) == 16
    thewlis = sorted(r.nature for r in records if r.person == "Mark Thewlis")
    assert thewlis[0].startswith("Foundation governor (ex officio), St Aidan")
    assert thewlis[1].startswith("Rector, Parish of Brackenhurst")
    assert thewlis[2].startswith("Trustee, Brackenhurst Church Lands Charity")
    marsden = {r.category for r in records if r.person == "Priya Marsden"}
    assert marsden == {"pecuniary", "indirect"}
    assert {r.declared_on for r in records if r.person == "Priya Marsden"} == {"2025-09-11"}


def test_member_blocks_post_after_dash_and_declaration_date() -> None:
    records = extract_interests(read_document(str(CORAL_DOWNS)))
    costigan = [r for r in records if r.person == "Margaret Costigan"]
    assert {r.role for r in costigan} == {"Board Chair"}
    assert {r.declared_on for r in costigan} == {"2025-07-02"}  # not "Appointed 18 May 2021"
    natures = [r.nature or "" for r in records]
    assert not any(n.startswith(("Page ", "Register of Interests as at", "I do not", "Nil")) for n in natures)
    assert any(n.endswith("; I do not negotiate or manage the agreement") for n in natures)


def test_lettered_code_heads_and_nil_return_note() -> None:
    records = extract_interests(read_document(str(ST_GEORGES)))
    assert not any("Furbert" in (r.person or "") for r in records)
    by_nature = {r.nature: r.category for r in records if r.person == "Mr Colin Tucker"}
    assert set(by_nature.values()) == {"pecuniary"}  # "A – Employment"


OCHIL = WRITTEN_DEV31 / "eh-ochil-forth-vjb-register-of-interests-2025-08-01.pdf"
UMGENI = WRITTEN_DEV31 / "eh-umgeni-valley-tvet-council-interests-2025-05-15.pdf"


def test_caption_row_registered_interest_is_no_entry() -> None:
    # "Category of registrable interest | Registered interest" over each councillor's rows
    records = extract_interests(read_document(str(OCHIL)))
    assert records
    assert not any((r.nature or "").startswith("Registered interest") for r in records)


def test_grid_cell_not_applicable_with_its_reason_is_no_entry() -> None:
    # "N/A – full-time employee of the College" in a staff member's cell
    records = extract_interests(read_document(str(UMGENI)))
    assert records
    assert not any((r.nature or "").startswith("N/A") for r in records)
