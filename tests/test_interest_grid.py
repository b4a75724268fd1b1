"""Registers of interests printed as a grid, one column per category (extract.interest_grid): the
header vocabulary, the splitting of a cell into its entries, a borough register (written-
heldout4, read in session 8) and variant grids of other codes' categories rendered here."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import WRITTEN_DEV17, WRITTEN_HELDOUT4
from tinypdf import write_pdf

from boardpapers.extract.interest_grid import cell_entries, is_category_header
from boardpapers.extract.interests import extract_interests, grid_registers
from boardpapers.layout.tables import WRAPPED
from boardpapers.reading.pdf_reader import read_document


@pytest.mark.parametrize(
    "label",
    [
        # English DPI categories (Localism Act 2011 regulations) and Part 2
        "Employment, office, trade, profession or vocation",
        "Sponsorship",
        "Corporate tenancies",
        "Other registrable interests",
        # the Scottish Code of Conduct's
        "Remuneration",
        "Houses, land and buildings",
        "Gifts and hospitality",
        # NHS registers after the Managing Conflicts of Interest guidance
        "Financial interests",
        "Non-financial professional interests",
        "Indirect interests",
        # charity and housing association registers
        "Directorships",
        "Shareholdings",
    ],
)
def test_category_headers(label: str) -> None:
    assert is_category_header(label)


@pytest.mark.parametrize(
    "label", ["Councillor", "Ward", "Name", "Type of interest", "Category", "Last updated"]
)
def test_field_headers_are_not_categories(label: str) -> None:
    assert not is_category_header(label)


def test_cell_entries_one_a_line_wrapped_lines_joined() -> None:
    w = WRAPPED
    # the borough register's Land cell: two properties, the second's wrapped line ends in a bracket
    assert cell_entries(
        f"7 Castle Walk, Wealdbridge\n{w}(residence)\nFlats 1–4, 19 Tanyard Lane,\n{w}Wealdbridge"
    ) == [
        "7 Castle Walk, Wealdbridge (residence)",
        "Flats 1–4, 19 Tanyard Lane, Wealdbridge",
    ]
    # a closed bracket then a capital on a wrapped line: a new entry
    assert cell_entries(f"Flat 2, Mill Lane (let)\n{w}Garage, rear of 4 High Street") == [
        "Flat 2, Mill Lane (let)",
        "Garage, rear of 4 High Street",
    ]
    # a label opens an entry even on a wrapped line
    assert cell_entries(f"Lecturer, University of Maidford\n{w}Spouse: Nurse, Greenway Practice") == [
        "Lecturer, University of Maidford",
        "Spouse: Nurse, Greenway Practice",
    ]
    # a word broken at its hyphen, a line in lower case, an open bracket: one entry
    assert cell_entries("Farmer (self-\nemployed)\nDirector, Acme\nlimited") == [
        "Farmer (self-employed)",
        "Director, Acme limited",
    ]


def test_borough_register_grid() -> None:
    # English borough council register summary: "Councillor | Ward | Employment ... | Sponsorship |
    # Contracts | Land | Licences | Corporate tenancies | Securities | Other registrable interests |
    # Last updated", borderless, landscape, header repeated on each page, "None" in empty cells
    path = WRITTEN_HELDOUT4 / "wealdbridge-bc-register-of-members-interests-2025-12.pdf"
    if not path.exists():
        pytest.skip(f"{path} absent")
    recs = extract_interests(read_document(str(path)))
    assert len(recs) >= 70  # 77 in the register as read by eye; a few wrapped cells stay joined
    first = recs[0]
    assert (first.person, first.role, first.nature, first.category, first.declared_on) == (
        "Folasade Adeyemi",
        "Councillor",
        "Solicitor, Hartley Brook LLP, Maidford (employee)",
        "pecuniary",
        "2025-06-12",
    )
    by_nature = {r.nature: r for r in recs}
    assert by_nature["Member, Law Society"].category == "other"
    assert by_nature["Garage site rear of 40–46 Mill Street, Wealdbridge"].person == "Richard Ashby-Knowles"
    assert by_nature["Spouse/partner: Finance manager, Weald Housing Association"].person == "Chidi Nwosu"
    # "Retired", "Nil – carer" and "None" are no interests
    assert not any(r.nature in ("Retired", "Nil – carer", "None") for r in recs)


def _grid_pdf(tmp: Path, header: list[str], rows: list[list[list[str]]], xs: list[float]) -> Path:
    items: list[tuple[float, float, float, str]] = [(40, 30, 12, "Register of Members' Interests")]
    items += [(x, 70, 8, lab) for x, lab in zip(xs, header, strict=True)]
    top = 90.0
    for row in rows:
        for x, lines in zip(xs, row, strict=True):
            items += [(x, top + 10 * i, 8, ln) for i, ln in enumerate(lines)]
        top += 10 * max(len(c) for c in row) + 6
    return write_pdf(tmp / "grid.pdf", [items])


def test_scottish_code_grid_variant(tmp_path: Path) -> None:
    # a variant: a Scottish board's register printed as a grid of the Code's categories, "Name"
    # heading the members and "Date registered" the date
    header = [
        "Name",
        "Remuneration",
        "Houses, land and buildings",
        "Gifts and hospitality",
        "Date registered",
    ]
    rows = [
        [
            ["Ann Bell"],
            ["Director, Bell Ltd", "Adviser, Tay Trust"],
            ["12 Loch Road, Perth"],
            ["None"],
            ["01/02/2024"],
        ],
        [["Ian Ross"], ["None"], ["None"], ["Dinner, Forth Ports plc"], ["03/04/2024"]],
    ]
    doc = read_document(str(_grid_pdf(tmp_path, header, rows, [40, 130, 290, 450, 600])))
    recs = grid_registers(doc)
    assert [(r.person, r.nature, r.category, r.declared_on) for r in recs] == [
        ("Ann Bell", "Director, Bell Ltd", "pecuniary", "2024-02-01"),
        ("Ann Bell", "Adviser, Tay Trust", "pecuniary", "2024-02-01"),
        ("Ann Bell", "12 Loch Road, Perth", "pecuniary", "2024-02-01"),
        ("Ian Ross", "Dinner, Forth Ports plc", "other", "2024-04-03"),
    ]
    assert recs[0].role is None  # "Name" is no office


def test_nhs_categories_grid_variant(tmp_path: Path) -> None:
    # a variant: an NHS board's register with the guidance's categories as columns, the members'
    # office heading their column ("Board member") and surname first
    header = [
        "Board member",
        "Financial interests",
        "Non-financial professional interests",
        "Indirect interests",
    ]
    rows = [
        [["Khan, Sara"], ["Partner, Elm GP Practice"], ["Fellow, Royal College of GPs"], ["Nil"]],
        [["Owens, Dai"], ["None"], ["None"], ["Spouse: Director, Vale Care Ltd"]],
    ]
    doc = read_document(str(_grid_pdf(tmp_path, header, rows, [40, 150, 330, 540])))
    recs = grid_registers(doc)
    assert [(r.person, r.role, r.nature, r.category) for r in recs] == [
        ("Sara Khan", "Board member", "Partner, Elm GP Practice", "pecuniary"),
        ("Sara Khan", "Board member", "Fellow, Royal College of GPs", "non-pecuniary"),
        ("Dai Owens", "Board member", "Spouse: Director, Vale Care Ltd", "indirect"),
    ]


def test_numbered_category_columns_and_name_cell_variant(tmp_path: Path) -> None:
    # a variant of the registers printing a code's categories side by side under their numbers
    # ("Category 1 Remuneration" ... "Category 8 Non-Financial Interests": Scottish boards, read on
    # written-dev17): here "Part" and "Class" numbers too; the member's seat and the date of their
    # return printed under the name in the name cell
    header = [
        "Member",
        "Part 1 Remuneration",
        "Category 2 Other roles",
        "Class 3 Contracts",
        "Category 8 Non-financial interests",
    ]
    rows = [
        [
            ["Cllr Ruth Alder", "Convener; Elected Member", "Last updated 04/03/2025"],
            ["Teacher, Perth Academy"],
            ["Elder, St John's Kirk"],
            ["None"],
            ["Member, Perth Rotary"],
        ],
        [
            ["Mr Neil Birch", "Co-opted member", "Date of return: 11/02/2025"],
            ["None"],
            ["None"],
            ["Lease, Tay Hall"],
            ["None"],
        ],
    ]
    doc = read_document(str(_grid_pdf(tmp_path, header, rows, [40, 180, 330, 480, 600])))
    recs = grid_registers(doc)
    alder = ("Ruth Alder", "Convener; Elected Member", "2025-03-04")
    assert [(r.person, r.role, r.declared_on, r.nature, r.category) for r in recs] == [
        (*alder, "Teacher, Perth Academy", "pecuniary"),
        (*alder, "Elder, St John's Kirk", "other"),
        (*alder, "Member, Perth Rotary", "non-pecuniary"),
        ("Neil Birch", "Co-opted member", "2025-02-11", "Lease, Tay Hall", "pecuniary"),
    ]


@pytest.mark.parametrize(
    "label", ["Category 4 Election Expenses", "Part 2 Other interests", "Category 2 Other Roles"]
)
def test_numbered_category_headers(label: str) -> None:
    assert is_category_header(label)


def test_categories_side_by_side_register() -> None:
    # written-dev17: a landscape register of the Code's eight categories as columns, one row per
    # member with seat and date of return in the name cell
    path = WRITTEN_DEV17 / "d-strathmore-glens-ijb-register-2025-03-31.pdf"
    if not path.exists():
        pytest.skip(f"{path} absent")
    recs = extract_interests(read_document(str(path)))
    assert len(recs) >= 30
    first = recs[0]
    assert (first.person, first.role, first.declared_on, first.category) == (
        "Morag Lindsay-Baird",
        "Chair; Voting Member (Angus Council)",
        "2025-03-03",
        "pecuniary",
    )
