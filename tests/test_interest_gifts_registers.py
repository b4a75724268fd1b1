"""Members' gifts and benefits registers: one row per gift, "Member | Date received | Donor /
source | Description | Est. value | Disposition" (Ontario municipal bodies' gifts registries,
UK and Australian boards' gifts and hospitality registers). The giver is the organisation, the
category "other", value and disposition kept in notes (a "Disposition" column is no post).
Tested on a variant written here (tests/data/variants) and on the read registry."""

from __future__ import annotations

from pathlib import Path

from conftest import WRITTEN_DEV15

from boardpapers.extract.interests import extract_interests
from boardpapers.table_headers import table_families

VARIANTS = Path(__file__).parent / "data" / "variants"


def test_gifts_register_pages_are_registers() -> None:
    assert "interests" in table_families("Register of Gifts and Hospitality\nBoard member Date Offered by")
    assert "interests" in table_families("MEMBERS' GIFTS AND BENEFITS REGISTRY\nMember Date received Donor")
    assert "interests" in table_families("Directors' Interests Register\nInterest type Directorships")


def test_gifts_register_variant(load_doc):
    got = extract_interests(load_doc(VARIANTS / "nhs-board-gifts-hospitality-register.pdf"))
    assert [(i.person, i.organisation, i.declared_on, i.category, i.role) for i in got] == [
        ("Gareth Penrose-Lyle", "Northline Vehicle Conversions Ltd", "2024-10-14", "other", None),
        ("Dr Yewande Okafor", "Medway Defibrillator Supplies", "2024-12-02", "other", None),
        ("Sian Marchetti", "College of Paramedics", "2025-02-21", "other", None),
    ]
    assert "value: £120" in (got[1].notes or "") and "disposition: Declined" in (got[1].notes or "")


def test_read_gifts_registry(load_doc):
    got = extract_interests(load_doc(WRITTEN_DEV15 / "c-grand-rideau-ca-governance-audit-2025-06-12.pdf"))
    gifts = [i for i in got if i.category == "other"]
    assert len(gifts) == 6
    assert {i.organisation for i in gifts} >= {"Conservation Ontario", "Baptiste Marchand LLP"}
    assert all(i.role is None for i in gifts)
