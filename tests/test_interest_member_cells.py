"""Registers of non-council boards with one row per member, the member's several interests in one
cell (interests.interests_from_tables / `_member_entries`): parallel line-broken cells paired line
by line on a column of dates (NZ and Australian company boards), a list one interest a line with
wrapped lines (university courts' bulleted cells), entries parted by semicolons (charity
trustees' registers); "Role, Organisation" entries split into nature and organisation, "None"
skipped. Each test builds its own variant as a ruled table."""

from __future__ import annotations

from boardpapers.extract.interests import interests_from_tables
from boardpapers.model import Document, Page, Table


def _doc(title: str, rows: list[list[str]]) -> Document:
    text = "\n".join([title, *(" ".join(c.replace("\n", " ") for c in r) for r in rows)])
    page = Page(
        number=1, text=text, width=842, height=595, tables=[Table(rows=rows, bbox=(40, 80, 800, 500))]
    )
    return Document(path="x.pdf", sha256="0", size=1, page_count=1, pages=[page])


def test_parallel_line_broken_cells_pair_on_the_date_column():
    doc = _doc(
        "Interests Register of the Directors",
        [
            ["Board member", "Interest held", "Nature", "Date entered", "How managed"],
            [
                "Tamsin Harcourt-Vale\nChair",
                "Southland Dairy Cooperative\nLimited\nHarcourt Family Trust",
                "Shareholder and supplier\nTrustee",
                "04/05/2021\n17/08/2022",
                "Excluded from milk pricing\n–",
            ],
            ["Wiremu Kaa\nDirector", "Ngāti Kahu Holdings", "Chief Financial Officer", "01/02/2024", "–"],
        ],
    )
    got = [(i.person, i.nature, i.declared_on) for i in interests_from_tables(doc)]
    assert got == [
        (
            "Tamsin Harcourt-Vale",
            "Southland Dairy Cooperative Limited – Shareholder and supplier",
            "2021-05-04",
        ),
        ("Tamsin Harcourt-Vale", "Harcourt Family Trust – Trustee", "2022-08-17"),
        ("Wiremu Kaa", "Ngāti Kahu Holdings – Chief Financial Officer", "2024-02-01"),
    ]


def test_one_interest_a_line_with_wrapped_lines_and_no_interests_row():
    doc = _doc(
        "Register of Governors' Interests",
        [
            ["Governor", "Type of governor", "Interests declared"],
            [
                "Ms Eleri Stanforth",
                "Independent",
                "Director and shareholder (over\n5%), Stanforth Logistics Ltd\nTrustee, Kelmscott Arts\nFoundation\n"
                "Husband is employed by the College",
            ],
            ["Mr Oskar Lindqvist", "Staff", "No interests declared"],
        ],
    )
    got = [(i.person, i.organisation, i.nature, i.role) for i in interests_from_tables(doc)]
    assert got == [
        (
            "Ms Eleri Stanforth",
            "Stanforth Logistics Ltd",
            "Director and shareholder (over 5%)",
            "Independent",
        ),
        ("Ms Eleri Stanforth", "Kelmscott Arts Foundation", "Trustee", "Independent"),
        ("Ms Eleri Stanforth", None, "Husband is employed by the College", "Independent"),
    ]


def test_semicolon_separated_interests_under_a_name_and_interests_header():
    doc = _doc(
        "Register of Trustees' Interests",
        [
            ["Name", "Declared interests"],
            [
                "Mr Callum Pryce",
                "Partner (salaried), Pryce & Daw Architects; Member, Ramblers; Retired teacher.",
            ],
            ["Mrs Dina Okoro", "None."],
        ],
    )
    got = [(i.person, i.organisation, i.nature) for i in interests_from_tables(doc)]
    assert got == [
        ("Mr Callum Pryce", "Pryce & Daw Architects", "Partner (salaried)"),
        ("Mr Callum Pryce", "Ramblers", "Member"),
    ]
