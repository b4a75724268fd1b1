"""Registers of interests in three layouts met in benchmarks/written-dev9 (session 9, fixer
fd-in), each tested on a variant written here, not on the set's documents: an academy trust's
grid of the Handbook's three headings with a member's row run over a page break; a declaration
form printed as one numbered box per category with the signature date as a line under it; a
district council's one-page-a-member form with the section numbers in a column of their own,
its fields side by side in a header band and Part 2 as lines of text."""

from __future__ import annotations

import pytest

from boardpapers.extract.interest_grid import capacity_of, is_category_header, ruled_cell_entries
from boardpapers.extract.interests import extract_interests, form_registers, grid_registers, statutory_forms
from boardpapers.model import Document, Page, Table


def _doc(*pages: tuple[str, list[list[list[str | None]]]]) -> Document:
    return Document(
        path="x.pdf",
        sha256="0",
        size=0,
        page_count=len(pages),
        pages=[
            Page(number=n, text=text, tables=[Table(rows=rows) for rows in tables])
            for n, (text, tables) in enumerate(pages, start=1)
        ],
    )


@pytest.mark.parametrize(
    "label",
    [
        "Business and pecuniary interests",
        "Governance roles in other educational institutions",
        "Relatives employed by the Trust",
        "Material interests arising from relationships between trustees and staff",
        "Positions held in other organisations",
        "Governorships",
    ],
)
def test_academy_trust_headings_are_categories(label: str) -> None:
    assert is_category_header(label)


def test_ruled_cell_entries_split_on_capacities() -> None:
    # a variant cell: a capacity with its qualifier, a relative, a wrapped body name that opens
    # with words before a comma ("Chartered Surveyors, Leeds"), a capacity wrapped in a narrow
    # column ("Year 4" / "Class Teacher, ...")
    cell = (
        "Partner, Hallam Pike & Co\nChartered Surveyors, Leeds\n"
        "Trustee (unpaid), Aire Valley\nFoodbank\n"
        "Nephew – Sam Pike, Year 4\nClass Teacher, Moor Lane Primary"
    )
    assert ruled_cell_entries(cell, 28) == [
        "Partner, Hallam Pike & Co Chartered Surveyors, Leeds",
        "Trustee (unpaid), Aire Valley Foodbank",
        "Nephew – Sam Pike, Year 4 Class Teacher, Moor Lane Primary",
    ]
    assert capacity_of("Board member (unpaid), Moray Trust") == "last"
    assert capacity_of("My wife, Mrs Ann Pike, is employed by ...") == "relative"
    assert capacity_of("High School, Whalley") is None


def test_academy_trust_grid_row_over_page_break() -> None:
    header = ["Name", "Role in the Trust", "Business and pecuniary interests", "Governorships", "Relatives employed by the Trust", "Date of declaration"]  # fmt: skip
    page1 = [
        header,
        [
            "Mr Ian Pike",
            "Trustee",
            "Director, Pike Joinery Ltd\nShareholder, Pike Joinery Ltd",
            "None",
            "None",
            "01/09/2024",
        ],  # fmt: skip
        [
            "Dr Ruth Amos",
            "Chair",
            "Partner, Amos Dental\nPractice",
            "Governor, Brook\nInfant School",
            "None",
            "02/09/2024",
        ],  # fmt: skip
    ]
    page2 = [
        header,
        [
            "",
            "",
            "Consultant (fee-paid), NHS\nLancashire",
            "",
            "Son – Tom Amos, Site\nManager, Brook Academy",
            "",
        ],  # fmt: skip
        ["Mrs Jo Lee", "Trustee", "None declared", "None", "None", "03/09/2024"],
    ]
    doc = _doc(("Register of business interests", [page1]), ("", [page2]))
    got = [(r.person, r.nature, r.category, r.declared_on, r.page) for r in grid_registers(doc)]
    assert got == [
        ("Ian Pike", "Director, Pike Joinery Ltd", "pecuniary", "2024-09-01", 1),
        ("Ian Pike", "Shareholder, Pike Joinery Ltd", "pecuniary", "2024-09-01", 1),
        ("Ruth Amos", "Partner, Amos Dental Practice", "pecuniary", "2024-09-02", 1),
        ("Ruth Amos", "Governor, Brook Infant School", "non-pecuniary", "2024-09-02", 1),
        ("Ruth Amos", "Consultant (fee-paid), NHS Lancashire", "pecuniary", "2024-09-02", 2),
        ("Ruth Amos", "Son – Tom Amos, Site Manager, Brook Academy", "indirect", "2024-09-02", 2),
    ]
    # the table reader of registers (a name column and a date) leaves the grid to the grid reader
    assert len(extract_interests(doc)) == len(got)


def test_declaration_form_of_numbered_boxes() -> None:
    # a variant: a board member's declaration printed as a name band and one box per numbered
    # category, heading over answer; "Nil" declares nothing; the date on the signature line
    text = (
        "Register of Interests of Board Members\nName Dr Alan Keir\nPart 1\n"
        "Signed: [redacted]    Date: 14 March 2025\nPage 1"
    )
    tables = [
        [["Name", "Dr Alan Keir"], ["Position", "Non-executive member"]],
        [
            ["1. Paid employment"],
            ["Consultant Surgeon, Tayside Health Board\nDirector (unpaid), Keir Clinics Ltd"],
        ],
        [["2. Shareholdings"], ["Nil"]],
        [
            ["3. Gifts and hospitality"],
            ["Hospitality: dinner, Surgeons' Hall, 2 May 2024\nGift: book token (£120)"],
        ],
    ]
    doc = _doc((text, tables))
    got = [(r.person, r.nature, r.category, r.declared_on, r.role) for r in form_registers(doc)]
    assert got == [
        (
            "Alan Keir",
            "Consultant Surgeon, Tayside Health Board",
            "pecuniary",
            "2025-03-14",
            "Non-executive member",
        ),  # fmt: skip
        (
            "Alan Keir",
            "Director (unpaid), Keir Clinics Ltd",
            "pecuniary",
            "2025-03-14",
            "Non-executive member",
        ),  # fmt: skip
        (
            "Alan Keir",
            "Hospitality: dinner, Surgeons' Hall, 2 May 2024",
            "Gifts and hospitality",
            "2025-03-14",
            "Non-executive member",
        ),  # fmt: skip
        (
            "Alan Keir",
            "Gift: book token (£120)",
            "Gifts and hospitality",
            "2025-03-14",
            "Non-executive member",
        ),
    ]


def test_one_column_box_without_numbered_heading_is_no_form() -> None:
    doc = _doc(
        (
            "Notes",
            [[["Name", "Ann Bell"]], [["Directorships"], ["Director, Bell Ltd"]], [["Gifts"], ["None"]]],
        )
    )
    assert form_registers(doc) == []


def test_council_form_numbered_column_header_band_and_part_two_lines() -> None:
    # a variant: a borough's one-page-a-member register, the member's fields side by side, the
    # section numbers in their own column, Part 2 listed as lines under its heading
    text = (
        "Borough Council Register of Members' Interests\n"
        "Member Councillor Priya Nair Ward Eastfield\n"
        "Part 2 - Other registrable interests\n"
        "Unpaid directorships; bodies to which the member is appointed by the Council,\n"
        "or bodies directed to charitable purposes.\n"
        "Member, Green Party\n"
        "Trustee (unpaid), Eastfield Youth Club\n"
        "Borough Council Register Page 1"
    )
    band = [
        ["Member", "Councillor Priya Nair", "Ward", "Eastfield"],
        ["Group", "Green", "Date of\nnotification", "3 June 2024\nUpdated: 1 Feb 2025"],
        ["Cabinet role", "Lead Member for Housing", "", ""],
    ]
    form = [
        ["", "Interest", "Member", "Spouse or civil partner"],
        [
            "1.",
            "Employment, office, trade,\nprofession or vocation",
            "Pharmacist, Nair Chemists\nLtd, Eastfield",
            "None",
        ],
        ["2.", "Land", "14 Park Row, Eastfield (home)", "14 Park Row, Eastfield (home)"],
        ["3.", "Securities", "None", "As for member"],
        ["4.", "Sponsorship", "None – expenses met by the member", "N/A"],
    ]
    doc = _doc((text, [band, form]))
    got = [(r.person, r.nature, r.category, r.declared_on, r.role) for r in statutory_forms(doc)]
    role = "Lead Member for Housing"
    assert got == [
        ("Priya Nair", "Pharmacist, Nair Chemists Ltd, Eastfield", "pecuniary", "2024-06-03", role),
        ("Priya Nair", "14 Park Row, Eastfield (home)", "pecuniary", "2024-06-03", role),
        ("Priya Nair", "14 Park Row, Eastfield (home)", "pecuniary", "2024-06-03", role),
        ("Priya Nair", "Member, Green Party", "non-pecuniary", "2024-06-03", role),
        ("Priya Nair", "Trustee (unpaid), Eastfield Youth Club", "non-pecuniary", "2024-06-03", role),
    ]


def test_bare_member_label_needs_a_councillor_or_a_form_date() -> None:
    # "Member | Attendance" heading an ordinary table names nobody
    doc = _doc(("Minutes", [[["Member", "Attendance"], ["1.", "Employment", "x", "y"]]]))
    assert statutory_forms(doc) == []
