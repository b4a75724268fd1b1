"""Registers of interests printed as a grid of categories under a filled header row, the rows
parted by hairlines only (interest_header_grid): the reading layer's table finder returns the
header row alone. Tested on a variant written for the layout (tests/data/variants, rendered with
benchmarks/synthetic/render.py: an Australian shire's register, square bullets, "Updated" dates,
prose under the table) and on the read file (written-dev18, an NZ council's register)."""

from __future__ import annotations

from pathlib import Path

from conftest import WRITTEN_DEV18

from boardpapers.extract.interests import extract_interests

VARIANTS = Path(__file__).parent / "data" / "variants"


def test_variant_grid_under_filled_header(load_doc):
    recs = extract_interests(load_doc(VARIANTS / "header-row-grid-register.pdf"))
    got = {(r.person, r.nature) for r in recs}
    assert len(recs) == 12
    assert ("Helena Marsh", "Bayview Vineyards Pty Ltd (shareholder)") in got
    assert ("Tomas Ferreira", "Rotary Club of Kestrel Bay (treasurer)") in got
    assert ("Anika Lindqvist", "Spouse: employee of Bay Freight Logistics") in got
    marsh = next(r for r in recs if r.person == "Helena Marsh")
    assert marsh.role == "Shire President, North Ward"
    assert marsh.declared_on == "2025-03-03"
    # "None" cells give no record; the certificate under the table is no member's entry
    assert not any("None" == r.nature or "Certified" in (r.nature or "") for r in recs)


def test_nz_council_register(load_doc):
    recs = extract_interests(load_doc(WRITTEN_DEV18 / "c-waitaha-plains-dc-members-interests-2025-06-30.pdf"))
    people = {r.person for r in recs}
    assert "Aroha Te Whata" in people  # "Deputy Mayor" dropped: the seat under the name says it
    assert len(people) == 11  # the member with Nil in every column gives none
    blackwood = [r.nature for r in recs if r.person.startswith("Susan Blackwood")]
    assert "Holiday home, 22 Lake Clearwater Village (leasehold)" in blackwood
    # the second page, under the header printed again
    assert any(r.person == "David van der Merwe" and r.page == 2 for r in recs)
