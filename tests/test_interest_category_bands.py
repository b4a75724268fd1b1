"""Registers grouped under category bands: one table, a shaded band row per category of the
statutory statement ("1. Occupational income ...", "3. Directorships", "10. Interests of a
spouse ...") and the members' rows under it, each naming its member (Irish state bodies'
registers under the Ethics in Public Office Acts; other codes' registers grouped by category).
The band is the category of the rows under it; a band too short to cross the name column is
read as the name cell's last line and cut off; "No interests declared in this category" is no
interest. Tested on a variant written here (tests/data/variants, rendered with
benchmarks/synthetic/render.py) and on the read register."""

from __future__ import annotations

from pathlib import Path

from conftest import WRITTEN_DEV15

from boardpapers.extract.interests import extract_interests

VARIANTS = Path(__file__).parent / "data" / "variants"


def test_category_bands_variant(load_doc):
    got = extract_interests(load_doc(VARIANTS / "state-agency-register-category-bands.pdf"))
    assert [(i.person, i.category, i.declared_on, (i.nature or "")[:24]) for i in got] == [
        ("Róisín Mac Giolla Phádraig", "pecuniary", "2025-01-14", "Senior Hydrologist, Corr"),
        ("Brendan Tierney", "pecuniary", "2025-01-20", "Retired civil engineer i"),
        ("Brendan Tierney", "pecuniary", "2025-01-20", "Shareholding in Lough Ma"),
        ("Róisín Mac Giolla Phádraig", "pecuniary", "2025-01-14", "Director, Corrib Environ"),
        ("Brendan Tierney", "indirect", "2025-01-20", "Daughter (Ms Aoife Tiern"),
    ]


def test_read_register_bands(load_doc):
    got = extract_interests(
        load_doc(WRITTEN_DEV15 / "c-shannon-estuary-development-board-register-2025-03-31.pdf")
    )
    assert len(got) == 15
    assert not any("No interests" in (i.nature or "") for i in got)
    cats = [i.category for i in got]
    assert cats.count("indirect") == 2 and cats.count("other") == 1
    assert "Directorships" not in " ".join(i.person for i in got)
