"""Registers of interests laid out one section per member (annual disclosure statements of
appointed boards): a heading naming the member (numbered or bold, post-nominals after a comma),
an optional post line, then one paragraph or line per interest until the next member heading;
"has no interests to disclose" records none. Tested on a variant (tests/data/variants, rendered
with benchmarks/synthetic/render.py: bold unnumbered names, lines, a NZ statutory board) and on
the read file (numbered headings, prose paragraphs: an Ontario agency)."""

from __future__ import annotations

from pathlib import Path

from conftest import WRITTEN_DEV14

from boardpapers.extract.interest_blocks import member_section_registers
from boardpapers.extract.interests import extract_interests

VARIANTS = Path(__file__).parent / "data" / "variants"


def test_bold_name_headings_with_lines(load_doc):
    doc = load_doc(VARIANTS / "statutory-board-member-sections-register.pdf")
    got = [(i.person, i.role, i.nature) for i in extract_interests(doc)]
    assert got == [
        ("Hemi Tawhiri-Bassett", "Chairperson", "Trustee, Ngāti Rangi Charitable Trust"),
        ("Hemi Tawhiri-Bassett", "Chairperson", "Shareholder, Bassett Marine Services Limited"),
        (
            "Lorna McAlister",
            "Deputy Chairperson",
            "Senior lecturer, School of Earth Sciences, Victoria University of Wellington",
        ),
        ("Tessa Vaimoana Ruatapu", "Member", "Director, Ruatapu Freight Holdings Limited"),
        ("Tessa Vaimoana Ruatapu", "Member", "Her partner is employed by the Port Otaki Company as a pilot."),
    ]
    assert {i.register for i in extract_interests(doc)} == {"Register of Members' Interests"}


def test_numbered_name_headings_with_prose(load_doc):
    doc = load_doc(WRITTEN_DEV14 / "b-algonquin-highlands-tourism-corp-disclosure-2025-06-19.pdf")
    got = member_section_registers(doc)
    assert len(got) == 11
    people = [i.person for i in got]
    assert "Émilie Gauthier" not in people  # "has no interests to disclose"
    assert people.count("Wesley O'Connor") == 3
    mac = [i for i in got if i.person == "Carol-Ann MacDougall"]
    assert mac[0].role == "Director; Chair, Audit and Finance Committee" and mac[0].page == 2
    assert mac[1].nature.startswith(
        "Her spouse, Robert MacDougall, is the owner of Bonnechere River Cottages"
    )
