"""Table headers whose labels wrap over different numbers of lines (layout.tables): one header
row, its columns the union of the header cells' boxes. A US river authority's annual disclosure
of directors' interests (written-dev28, landscape, one row per director, a column per disclosure
category, "Date Filed" on a line no other label reaches); a Ugandan board's register whose
lettered labels are centred so that no one line reads as the header. Expected values read from
the PDFs."""

from __future__ import annotations

import pytest
from conftest import WRITTEN_DEV28

from boardpapers.extract.interest_grid import grid_spec
from boardpapers.extract.interests import INTEREST_SPEC, extract_interests
from boardpapers.extract.records import Interest
from boardpapers.extract.tables import _header_score
from boardpapers.layout import layout_of
from boardpapers.layout.tables import Header, find_headers
from boardpapers.reading.pdf_reader import read_document
from boardpapers.table_headers import table_families

CIBOLO = WRITTEN_DEV28 / "dd-cibolo-bend-river-authority-disclosures-2025-02-25.pdf"
RWENZORI = WRITTEN_DEV28 / "dc-rwenzori-highlands-tourism-roi-2025-07-15.pdf"


def _headers(path) -> list[Header]:
    doc = read_document(str(path))
    lines = [ln for ln in layout_of(doc).page(1).lines if ln.has_box]
    spec = grid_spec(INTEREST_SPEC)
    return find_headers(lines, lambda labels: _header_score(spec, labels))


def test_labels_wrapped_to_different_line_counts_are_one_header_row() -> None:
    (h,) = _headers(CIBOLO)
    assert h.grid.labels == [
        "Director / Position & County",
        "Employment / Sources of Income over $2,500",
        "Business Entities (officer, director, partner, or 10% or more ownership)",
        "Real Property within the Authority’s District (other than homestead)",
        "Family Members Employed by or Contracting with the Authority",
        "Gifts over $250 / Other Boards & Memberships",
        "Date Filed",  # its own column, not run into the last label
    ]


def test_centred_header_no_line_of_which_reads_as_one() -> None:
    (h,) = _headers(RWENZORI)
    assert len(h.grid.labels) == 10
    assert h.grid.labels[5] == "(d) Land and property in the Rwenzori sub region"
    assert h.grid.labels[8:] == ["Date of declaration", "Signature"]


def test_annual_disclosure_of_directors_interests_is_a_register_page() -> None:
    doc = read_document(str(CIBOLO))
    assert "interests" in table_families(doc.pages[0].text)


@pytest.fixture(scope="module")
def cibolo() -> list[Interest]:
    return extract_interests(read_document(str(CIBOLO)))


def test_disclosure_grid_reads_a_record_per_category_entry(cibolo: list[Interest]) -> None:
    villarreal = [r for r in cibolo if r.person == "Raymond T. Villarreal"]
    assert {r.declared_on for r in villarreal} == {"1/21/2025"}  # "Date Filed" a column of its own
    natures = {r.nature for r in villarreal}
    assert (
        "Approx. 212 acres agricultural land, FM 725, Guadalupe County (Twin Oaks Ranch Partners, LP)"
        in natures
    )
    # a cell wrapped beside the date column is one entry (the ruled cell's width read)
    assert "Director, Guadalupe County Farm Bureau (unpaid)" in natures
    aguilar = [r for r in cibolo if r.person == "Dolores M. Aguilar-Finch"]
    assert any(r.nature.startswith("Nephew, Martin Aguilar") for r in aguilar)
    # "None" answers are no records
    assert not any(r.nature == "None" for r in cibolo)
