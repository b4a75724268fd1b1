"""Registers of interests read by session 19's second interests fixer, each a family: Scottish
councillors' registers under the Code of Conduct's eight categories (boxed per member, and as a
grid of narrow category columns), a South African college council's landscape grid ("Immovable
property", "Date signed", "(Pty) Ltd" wrapped, a missing return noted across the row), and Irish
housing directors' statements in prose."""

from __future__ import annotations

import pytest
from conftest import WRITTEN_DEV15, WRITTEN_DEV17, WRITTEN_DEV31

from boardpapers.extract.interests import extract_interests
from boardpapers.reading.pdf_reader import read_document

OCHIL = WRITTEN_DEV31 / "eh-ochil-forth-vjb-register-of-interests-2025-08-01.pdf"
UMGENI = WRITTEN_DEV31 / "eh-umgeni-valley-tvet-council-interests-2025-05-15.pdf"
BARROW = WRITTEN_DEV31 / "eh-barrow-vale-housing-directors-interests-2025-04-30.pdf"
STRATHMORE = WRITTEN_DEV17 / "d-strathmore-glens-ijb-register-2025-03-31.pdf"
GUERNSEY = WRITTEN_DEV15 / "a-guernsey-heritage-commission-register-2025-06-30.pdf"


def _read(path):
    return extract_interests(read_document(str(path)))


@pytest.fixture(scope="module")
def ochil():
    return _read(OCHIL)


def test_code_of_conduct_categories_with_colons_are_read(ochil) -> None:
    # "Category Two: Other Roles" and "Category Four: Election Expenses" rows of each box
    drummond = {r.nature for r in ochil if r.person == "Fiona Drummond"}
    assert any(n.startswith("Non-executive director, Falkirk Community Trust Limited") for n in drummond)
    assert any(n.startswith("Election expenses for the May 2022") for n in drummond)
    # the box's own header row "Category of registrable interest | Registered interest" is none
    assert not any(r.nature == "Registered interest" for r in ochil)


def test_self_employment_and_retirement_lines_are_entries_of_their_own(ochil) -> None:
    mctaggart = {r.nature for r in ochil if r.person == "Alasdair McTaggart"}
    assert "Councillor, Stirling Council" in mctaggart
    assert "Self-employed chartered surveyor trading as McTaggart Property Consultancy" in mctaggart
    wallace = {r.nature for r in ochil if r.person == "Graeme Wallace"}
    assert "Councillor, Clackmannanshire Council" in wallace


@pytest.fixture(scope="module")
def umgeni():
    return _read(UMGENI)


def test_immovable_property_column_and_date_signed(umgeni) -> None:
    ndlovu = [r for r in umgeni if r.person == "S. Ndlovu"]
    assert "Residential property, Howick" in {r.nature for r in ndlovu}
    assert {r.declared_on for r in ndlovu} == {"2025-02-03"}  # the "Date signed" column


def test_bracketed_legal_form_and_missing_return(umgeni) -> None:
    natures = {r.nature for r in umgeni}
    assert "Shareholding: Midlands Agri-Skills Training (Pty) Ltd (100%)" in natures
    assert not any(n.startswith("(Pty)") for n in natures)
    # "Declaration not received at date of compilation" across Ms Moosa's row: no interest
    assert not [r for r in umgeni if r.person == "F. Moosa"]


def test_narrow_grid_columns_one_office_a_line() -> None:
    rows = _read(STRATHMORE)
    lindsay = {r.nature for r in rows if r.person == "Morag Lindsay-Baird"}
    assert "Councillor, Angus Council" in lindsay
    reid = {r.nature for r in rows if r.person == "Alasdair Buchanan-Reid"}
    assert {"Member, Royal College of Nursing", "Volunteer, Kirriemuir Men’s Shed"} <= reid
    # "Salaried General" / "Practitioner, Forfar Road ...": one office wrapped at its rank
    macleod = [r.nature for r in rows if r.person == "Kirsty MacLeod"]
    assert not any(n.startswith("Practitioner,") for n in macleod)


def test_self_employment_line_in_a_boxed_form() -> None:
    rows = _read(GUERNSEY)
    natures = {r.nature for r in rows if r.person == "Rosalind Mahy-Brehaut"}
    assert "Senior Lecturer in Archaeology, University of Southampton (0.6 FTE)" in natures


def test_prose_statements_drop_negated_and_ceased_clauses_keep_relatives() -> None:
    rows = _read(BARROW)
    natures = [r.nature or "" for r in rows]
    assert not any(n.startswith(("not let", "that interest", "a retired")) for n in natures)
    tynan = [n for r in rows if (n := r.nature or "") and "Tynan Civil Engineering" in n]
    assert len(tynan) == 1 and "withdrew" not in tynan[0]
