"""Registers after NHS England's conflicts of interest guidance tick the type of interest in
sub-columns ("Type of interest: FI | NFPI | NFPeI") and say in a column of their own whether the
interest is direct or indirect. A bare tick names no category ("other" with a note was wrong);
"Indirect" is the indirect category. Tested on a variant (tests/data/variants, rendered with
benchmarks/synthetic/render.py) and on the read ICB register."""

from __future__ import annotations

from pathlib import Path

from conftest import WRITTEN_DEV14

from boardpapers.extract.interests import extract_interests

VARIANTS = Path(__file__).parent / "data" / "variants"


def test_tick_columns_and_direct_indirect_column(load_doc):
    got = extract_interests(load_doc(VARIANTS / "icb-register-tick-type-direct-column.pdf"))
    assert [(i.person, i.category, i.notes) for i in got] == [
        ("Alison Penberthy", "indirect", None),
        ("Owen Hambly", None, None),
        ("Ruth Nancarrow", None, None),
    ]


def test_read_register_indirect_rows(load_doc):
    got = extract_interests(
        load_doc(WRITTEN_DEV14 / "c-north-tamar-icb-decision-makers-register-2025-04-01.pdf")
    )
    indirect = {(i.person, i.organisation) for i in got if i.category == "indirect"}
    assert ("Siân Pengelly Hart", "Royal Tamar Hospitals NHS Foundation Trust") in indirect
    assert not any("✓" in (i.notes or "") for i in got)
