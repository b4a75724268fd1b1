"""Registers printed transposed: members across the top (name, post under it), categories down
the side, a cell listing the member's entries one a line or "Nil" (Australian health services'
and NZ company boards' registers; a wide board printed as two such tables). Tested on a variant
written here (tests/data/variants) and on the read attachment."""

from __future__ import annotations

from pathlib import Path

from conftest import WRITTEN_DEV15

from boardpapers.extract.interests import extract_interests, transposed_registers

VARIANTS = Path(__file__).parent / "data" / "variants"


def test_transposed_variant(load_doc):
    got = transposed_registers(load_doc(VARIANTS / "company-board-transposed-register.pdf"))
    assert [(i.person, i.role, i.organisation, i.category) for i in got] == [
        ("Mere Tawhiri", "Chair", None, "pecuniary"),
        ("Anjali Sethi", "Independent Director", "Westland Polytechnic", "pecuniary"),
        ("Mere Tawhiri", "Chair", "Poutini Fisheries Ltd", "pecuniary"),
        ("Graham Lockwood-Pryce", "Director", "Lockwood Freight Holdings Ltd", "pecuniary"),
        ("Graham Lockwood-Pryce", "Director", "Buller Cold Storage Ltd", "pecuniary"),
        ("Graham Lockwood-Pryce", "Director", "Lockwood Freight Holdings Ltd", "pecuniary"),
        ("Mere Tawhiri", "Chair", "Institute of Directors", "non-pecuniary"),
        ("Anjali Sethi", "Independent Director", "Royal Aeronautical Society", "non-pecuniary"),
        ("Graham Lockwood-Pryce", "Director", None, "indirect"),
    ]


def test_read_transposed_attachment(load_doc):
    got = extract_interests(load_doc(WRITTEN_DEV15 / "c-mulwarra-valley-health-board-2025-05-27.pdf"))
    register = [i for i in got if i.page == 4]
    assert len(register) == 28
    assert len({i.person for i in register}) == 7
    assert not any((i.nature or "").startswith("Nil") for i in register)
