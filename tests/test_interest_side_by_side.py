"""Registers printed as members' cards two to a row (interest_side_by_side, read by
interest_member_tables): each card a member's name, post and small table, the two cards of a row
sharing the page's lines. Read on a NZ sports trust's register (written-dev25: CSS grid cards, a
staff table across the page under them); the variant here is an Australian council's register
set as flex rows of bordered cells, other header words ("Entity | Nature of interest | Date
declared"), the tenure after a bar, cards of unequal length."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from conftest import WRITTEN_DEV25

from boardpapers.extract.interest_side_by_side import column_segments
from boardpapers.extract.interests import extract_interests
from boardpapers.layout.lines import Line
from boardpapers.model import Span
from boardpapers.reading.pdf_reader import read_document

VARIANTS = Path(__file__).parent / "data" / "variants"


def test_council_cards_two_to_a_row():
    doc = read_document(VARIANTS / "council-register-member-cards-two-up.pdf")
    recs = extract_interests(doc)
    got = {(r.person, r.organisation, r.nature, r.declared_on) for r in recs}
    assert got == {
        (
            "Bronwyn Tesoriero",
            "Tesoriero Orchards Pty Ltd",
            "Director and majority shareholder",
            "2020-11-02",
        ),
        ("Bronwyn Tesoriero", "Murray Valley Citrus Growers Association", "Ordinary member", "2020-11-02"),
        (
            "Wirrin Jackson-Kelly",
            "Barkindji Native Title Aboriginal Corporation",
            "Board member (unpaid); elected by the corporation's members",
            "2024-11-11",
        ),
        (
            "Dmitri Anagnostou",
            "Lakeside Pharmacy",
            "Pharmacist and part-owner of the business premises",
            "2017-03-14",
        ),
        ("Dmitri Anagnostou", "Rotary Club of Mildura South", "President", "2024-07-01"),
        (
            "Dmitri Anagnostou",
            "Sunraysia Institute of TAFE",
            "Brother employed as a sessional teacher",
            "2025-02-19",
        ),
        ("Harriet Moncrieff", "Moncrieff & Daughters Real Estate", "Licensed agent; employee", "2020-11-05"),
        ("Harriet Moncrieff", "Mildura Arts Centre Friends Inc.", "Secretary", "2023-06-30"),
    }


def _line(top: float, cells: list[tuple[float, str]]) -> Line:
    spans = [Span(text=t, x0=x, x1=x + 4.4 * len(t), top=top, bottom=top + 9, size=9.0) for x, t in cells]
    return Line(
        text=" ".join(t for _, t in cells),
        page=1,
        x0=spans[0].x0,
        top=top,
        x1=spans[-1].x1,
        bottom=top + 9,
        size=9.0,
        spans=spans,
        has_box=True,
    )


def test_one_table_across_the_page_is_split_only_as_a_run():
    # a table across the page whose columns leave the middle clear is a run of lines with text
    # either side (the caller keeps a split only where each side holds the same header); a
    # line across the middle is kept whole and parts the runs
    lines = [
        _line(100 + 12 * i, [(50, "Organisation Pty Ltd"), (160, "Director of the company")])
        for i in range(4)
    ]
    lines.append(_line(160, [(50, "Certified a true record of the register")]))
    segs = column_segments(lines)
    assert segs is not None
    assert [(len(s), starts) for s, starts in segs] == [(4, True), (4, True), (1, False)]
    assert {ln.text for ln in segs[1][0]} == {"Director of the company"}


@pytest.mark.skipif(not os.path.isdir(WRITTEN_DEV25), reason="written-dev25 set absent")
def test_trust_cards_and_staff_table_on_the_read_file():
    doc = read_document(
        os.path.join(WRITTEN_DEV25, "i-sport-hauraki-coromandel-interests-register-2025-05-22.pdf")
    )
    recs = extract_interests(doc)
    assert len(recs) == 26
    by = {}
    for r in recs:
        by.setdefault(r.person, []).append(r)
    assert len(by["Hemi Paraone"]) == 4
    assert by["Catherine (Kate) Mulholland"][0].role == "Chair"
    assert by["Rachel O’Donoghue"][0].role == "Trustee; Chair, Finance, Audit and Risk Committee"
    assert [r.organisation for r in by["Tane Wikiriwhi-Hōhaia"]] == [
        "Te Whare Hākinakina o Ngāti Tamaterā",
        "Hauraki Rugby League Club",
    ]
    assert len(by["Matthew Pōtae"]) == 2 and by["Julia van der Berg"][0].page == 3
