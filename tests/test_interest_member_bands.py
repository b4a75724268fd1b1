"""Registers grouped under a band per member: one table whose columns name the interest
("Entity | Nature of interest | Date of entry"), each member's rows under a bold band naming
them (interest_member_bands; a trust's register read on written-dev17). The variant here is a
company board's register, "Organisation | Position | Date registered", over a page break."""

from __future__ import annotations

import pytest
from conftest import WRITTEN_DEV17

from boardpapers.extract.interests import band_registers, extract_interests
from boardpapers.model import Document, Page, Span
from boardpapers.reading.pdf_reader import read_document


def _page(number: int, rows: list[tuple[float, list[tuple[float, str]], bool]]) -> Page:
    spans = []
    for top, cells, bold in rows:
        for x0, text in cells:
            spans.append(
                Span(text=text, x0=x0, x1=x0 + 4.4 * len(text), top=top, bottom=top + 9, size=9.0, bold=bold)
            )
    text = "\n".join(" ".join(t for _, t in cells) for _, cells, _ in rows)
    return Page(number=number, text=text, width=595, height=842, spans=spans)


_HEADER = (60.0, [(50, "Organisation"), (230, "Position"), (450, "Date registered")], True)


def _doc() -> Document:
    p1 = [
        (30.0, [(50, "Register of Directors' Interests")], True),
        _HEADER,
        (80.0, [(50, "Mere Kingi (Chair)")], True),
        (97.0, [(50, "Tauranga Port Holdings"), (230, "Director"), (450, "01/02/2023")], False),
        (114.0, [(50, "Kingi Whānau Trust"), (230, "Trustee; the trust leases"), (450, "05/06/2024")], False),
        (124.0, [(230, "land to the company")], False),
        (141.0, [(50, "Luis de la Vega")], True),
        (158.0, [(50, "Nil interests declared"), (450, "01/07/2024")], False),
        (175.0, [(50, "Sam Otto")], True),
        (192.0, [(50, "Bay Rowing Club"), (230, "Treasurer"), (450, "12/12/2022")], False),
    ]
    p2 = [
        _HEADER,
        (80.0, [(50, "Otto Marine Limited"), (230, "Wife is a shareholder"), (450, "03/03/2025")], False),
        (
            100.0,
            [(50, "Members are asked to tell the company secretary of any change to their interests.")],
            False,
        ),
    ]
    return Document(path="x.pdf", sha256="0", size=1, page_count=2, pages=[_page(1, p1), _page(2, p2)])


def test_member_bands_over_a_page_break() -> None:
    got = [
        (r.person, r.role, r.organisation, r.nature, r.declared_on, r.category)
        for r in band_registers(_doc())
    ]
    assert got == [
        ("Mere Kingi", "Chair", "Tauranga Port Holdings", "Director", "2023-02-01", None),
        (
            "Mere Kingi",
            "Chair",
            "Kingi Whānau Trust",
            "Trustee; the trust leases land to the company",
            "2024-06-05",
            None,
        ),
        ("Sam Otto", None, "Bay Rowing Club", "Treasurer", "2022-12-12", None),
        ("Sam Otto", None, "Otto Marine Limited", "Wife is a shareholder", "2025-03-03", "indirect"),
    ]


def test_trust_register_grouped_by_member() -> None:
    path = WRITTEN_DEV17 / "d-te-rerenga-heritage-trust-2025-04-16.pdf"
    if not path.exists():
        pytest.skip(f"{path} absent")
    recs = [r for r in extract_interests(read_document(str(path))) if r.category != "declared-at-meeting"]
    assert len(recs) == 14
    assert recs[-1].person == "Peter van der Berg"
