"""Registers of interests printed as tables and grids whose header words or layout the table
readers did not know (session 16): one ruled table for all members headed "Name of Board Member"
or "Name of Committee Member" (East African and Commonwealth boards); a register by category,
each part a ruled table under a caption row ("Part 2 – Voluntary and Community Roles") headed
"Council member" / "Board member" (regulatory colleges); a landscape grid whose category
columns are lettered or numbered ("(a) Employment", "(ii) Directorships"), its serial label set
tight against the name's ("No. Trustee"), its cells bulleted with drawn bullets (trust boards).
Tested on variants written here (tests/data/variants, rendered with
benchmarks/synthetic/render.py) and on the read registers."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import WRITTEN_DEV20

from boardpapers.extract.interest_grid import cell_entries, heading_category, is_category_header
from boardpapers.extract.interests import INTEREST_SPEC, extract_interests
from boardpapers.layout.tables import WRAPPED

VARIANTS = Path(__file__).parent / "data" / "variants"


@pytest.mark.parametrize(
    "label",
    [
        "Name of Board Member",
        "Name of the Council Member",
        "Name of Committee Member",
        "Council member",
        "Member's name",
        "Trustee name",
    ],
)
def test_member_name_labels(label: str) -> None:
    assert INTEREST_SPEC.field_for(label) == "person"


@pytest.mark.parametrize(
    "label", ["(a) Employment / Occupation", "b) Directorships", "(iv) Land and Property", "3. Gifts"]
)
def test_lettered_category_headers(label: str) -> None:
    assert is_category_header(label)


def test_heading_category() -> None:
    assert heading_category("Part B – Directorships, Partnerships and Shareholdings")
    assert heading_category("Category 3: Contracts")
    assert heading_category("Part C – Professional, Association and Volunteer Roles")
    assert heading_category("Part A – Trustees") is None  # a part listing a group of members
    assert heading_category("Section 2 – Board members") is None
    assert heading_category("Register of Interests 2025") is None


def test_capacity_closed_entries() -> None:
    cell = f"Nadroga Provincial Council\n{WRAPPED}– Chairman\n{WRAPPED}Sigatoka Valley Farmers\n{WRAPPED}Cooperative Ltd – Director"
    assert cell_entries(cell) == [
        "Nadroga Provincial Council – Chairman",
        "Sigatoka Valley Farmers Cooperative Ltd – Director",
    ]
    assert cell_entries(f"Managing Director, Chand Motors (Fiji)\n{WRAPPED}Pte Ltd") == [
        "Managing Director, Chand Motors (Fiji) Pte Ltd"
    ]


def test_one_table_register_variant(load_doc):
    got = extract_interests(load_doc(VARIANTS / "county-hospital-board-register-one-table.pdf"))
    assert [(i.person, i.role, i.organisation, i.category, i.declared_on) for i in got] == [
        ("Dr. Halima Juma Mwachiro", "Chairperson", "Pwani University", "pecuniary", "2024-07-04"),
        (
            "Dr. Halima Juma Mwachiro",
            "Chairperson",
            "Kenya Medical Women's Association",
            "non-pecuniary",
            "2024-07-04",
        ),
        (
            "Mr. Otieno Baraka Ouma",
            "Member",
            "Coast Water Works Development Agency",
            "indirect",
            "2024-07-09",
        ),
    ]


def test_lettered_grid_variant(load_doc):
    got = extract_interests(load_doc(VARIANTS / "trust-board-lettered-category-grid.pdf"))
    assert [(i.person, i.role, i.nature, i.category) for i in got] == [
        ("Semi Tawake Naivalu", "Chairperson", "Harbour pilot (self-employed), Lautoka", "pecuniary"),
        ("Semi Tawake Naivalu", "Chairperson", "Western Ports Authority – Director", "pecuniary"),
        ("Semi Tawake Naivalu", "Chairperson", "Ba Fishing Cooperative Ltd – Chairman", "pecuniary"),
        ("Semi Tawake Naivalu", "Chairperson", "Fiji Ship Owners Association – Member", "non-pecuniary"),
        ("Ana Liku Rokotuiwai", "Trustee", "Principal, Suva Maritime Academy", "pecuniary"),
        ("Ana Liku Rokotuiwai", "Trustee", "Koro Island Ferries Pte Ltd – 15%", "pecuniary"),
        ("Ana Liku Rokotuiwai", "Trustee", "Tui Marine Supplies Ltd – 40%", "pecuniary"),
    ]


def test_register_by_part_variant(load_doc):
    got = extract_interests(load_doc(VARIANTS / "regulatory-college-register-by-part.pdf"))
    assert [(i.person, (i.nature or "")[:24], i.category) for i in got] == [
        ("Okafor, Chidi, RN", "Charge Nurse, Riverbend ", "pecuniary"),
        ("Pelletier, Anne", "Retired; pension from th", "pecuniary"),
        ("Okafor, Chidi, RN", "Treasurer, Riverbend Foo", "non-pecuniary"),
        ("Pelletier, Anne", "Spouse is a pharmacist a", "indirect"),
    ]


def test_register_by_category_unruled_variant(load_doc):
    """The parts printed as headings over borderless tables repeating one header."""
    got = extract_interests(load_doc(VARIANTS / "college-register-by-category-unruled.pdf"))
    assert [(i.person, i.category) for i in got] == [
        ("Okafor, Chidi, RN", "pecuniary"),
        ("Okafor, Chidi, RN", "non-pecuniary"),
        ("Pelletier, Anne", "indirect"),
    ]


@pytest.mark.parametrize(
    ("name", "count"),
    [
        ("r-tana-river-referral-hospital-board-2025-03-31.pdf", 22),
        ("r-fiji-vocational-training-trust-board-2025-06-30.pdf", 30),
        ("s-prairie-college-respiratory-therapists-council-interests-2025-09-30.pdf", 27),
    ],
)
def test_read_registers(load_doc, name: str, count: int):
    got = extract_interests(load_doc(WRITTEN_DEV20 / name))
    assert len(got) == count
    assert all(i.category for i in got)
