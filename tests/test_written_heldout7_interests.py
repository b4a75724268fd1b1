"""Interests of the families met in benchmarks/written-heldout7 (read and fixed against in
session 9): a register printed as a grid of "Employment | Directorships | Trusteeships | Other
interests" columns (university councils, charities), and declarations minuted in a paragraph that
opens with "no declarations", with an initial and a surname, or as "announced that he has a
financial interest". Each with a variant the set does not hold."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import WRITTEN_HELDOUT7, text_doc, written_doc
from tinypdf import write_pdf

from boardpapers.extract.interest_grid import cell_entries, column_category, is_category_header
from boardpapers.extract.interests import (
    INTEREST_SPEC,
    declarations_at_meeting,
    grid_registers,
    roles_from_attendance,
)
from boardpapers.extract.records import Attendance
from boardpapers.layout.tables import WRAPPED
from boardpapers.reading.pdf_reader import read_document
from boardpapers.table_headers import table_families

# ------------------------------------------------------------------ grid of category columns


@pytest.mark.parametrize("label", ["Employment", "Paid employment", "Trusteeships", "Directorships"])
def test_charity_category_columns(label: str) -> None:
    assert is_category_header(label)


@pytest.mark.parametrize("label", ["Membership category", "Membership type"])
def test_the_members_seat_is_not_a_category(label: str) -> None:
    assert not is_category_header(label)


@pytest.mark.parametrize(
    "label", ["Membership category", "Governor type", "Type of trustee", "Category of governor"]
)
def test_the_members_seat_is_their_role(label: str) -> None:
    assert INTEREST_SPEC.field_for(label) == "role"


def test_column_categories() -> None:
    assert column_category("Employment") == "pecuniary"
    assert column_category("Directorships (paid or unpaid)") == "pecuniary"
    assert column_category("Trusteeships") == "non-pecuniary"
    assert column_category("Memberships") == "non-pecuniary"
    assert column_category("Interests of close family members") == "indirect"
    assert column_category("Other interests (incl. memberships, shareholdings, family)") == "other"


def test_register_page_with_charity_category_columns_is_a_table_page() -> None:
    text = "Register of Interests of Trustees\nTrustee Employment Directorships Trusteeships"
    assert "interests" in table_families(text)


def test_cell_entries_split_after_a_company_and_join_its_name() -> None:
    w = WRAPPED
    # an entry ending in the company's legal form has named its body: the next line, though read
    # as wrapped, starts another entry
    assert cell_entries(
        f"Director, Fenlow Homes Ltd\n{w}Non-executive Director and\n{w}Chair, Ouse Water plc"
    ) == [
        "Director, Fenlow Homes Ltd",
        "Non-executive Director and Chair, Ouse Water plc",
    ]
    # a body's name going on to its legal form on a line of its own joins the entry above
    assert cell_entries("Director (unpaid), Brook Street\nFood Bank CIC\nMember, GMB") == [
        "Director (unpaid), Brook Street Food Bank CIC",
        "Member, GMB",
    ]


def _register_pdf(tmp: Path) -> Path:
    """A charity's register of trustees' interests over two pages: "Trustee | Type of trustee |
    Employment | Directorships | Trusteeships | Other interests", the header repeated, the last
    page holding one row whose name and cells wrap, and a note under it printed a character at a
    time (as some HTML-to-PDF printers place text)."""
    xs = [40, 150, 260, 420, 580, 700]
    header = ["Trustee", "Type of trustee", "Employment", "Directorships", "Trusteeships", "Other interests"]

    def row(top: float, cells: list[list[str]]) -> list[tuple[float, float, float, str]]:
        return [
            (x, top + 10 * i, 8, ln) for x, lines in zip(xs, cells, strict=True) for i, ln in enumerate(lines)
        ]

    head = [(x, 70, 8, lab) for x, lab in zip(xs, header, strict=True)]
    page1 = [(40, 30, 12, "Register of Interests of Trustees 2025")] + head
    page1 += row(
        90, [["Ann Bell"], ["Elected"], ["Teacher, Oak School"], ["None"], ["Trustee, Tay Trust"], ["None"]]
    )
    page1 += row(
        120,
        [
            ["Ian Ross"],
            ["Co-opted"],
            ["Retired"],
            ["Director, Ross Ltd", "Director, Forth Ports plc"],
            ["None"],
            ["None"],
        ],
    )
    page2 = [(40, 30, 12, "Register of Interests of Trustees 2025")] + head
    page2 += row(
        90,
        [
            ["Mrs Joan", "Fairweather"],
            ["Appointed"],
            ["Partner, Fair", "and Co LLP"],
            ["None"],
            ["None"],
            ["Spouse: GP,", "Leith Practice"],
        ],
    )
    note = "None indicates a nil return has been received from the trustee concerned."
    x = 40.0
    for ch in note:  # a character at a time, each advanced by about its width
        if ch != " ":
            page2.append((x, 130, 8, ch))
        x += 2.4 if ch == " " else 4.6
    return write_pdf(tmp / "register.pdf", [page1, page2])


def test_charity_register_grid_variant(tmp_path: Path) -> None:
    recs = grid_registers(read_document(str(_register_pdf(tmp_path))))
    assert [(r.person, r.role, r.nature, r.category, r.page) for r in recs] == [
        ("Ann Bell", "Elected", "Teacher, Oak School", "pecuniary", 1),
        ("Ann Bell", "Elected", "Trustee, Tay Trust", "non-pecuniary", 1),
        ("Ian Ross", "Co-opted", "Director, Ross Ltd", "pecuniary", 1),
        ("Ian Ross", "Co-opted", "Director, Forth Ports plc", "pecuniary", 1),
        # the last page's one row: its wrapped name is one person, the note under it no row
        ("Joan Fairweather", "Appointed", "Partner, Fair and Co LLP", "pecuniary", 2),
        ("Joan Fairweather", "Appointed", "Spouse: GP, Leith Practice", "indirect", 2),
    ]


def test_university_council_register() -> None:
    recs = grid_registers(written_doc(WRITTEN_HELDOUT7, "eastmoor-university-council-roi-2024-11"))
    assert len(recs) == 37
    by = {(r.person, r.nature): r for r in recs}
    chair = by[("Patricia Holroyd-Vance", "Director, Holroyd Advisory Ltd")]
    assert (chair.role, chair.category, chair.page) == (
        "Chair of Council (independent member)",
        "pecuniary",
        1,
    )
    assert ("Patricia Holroyd-Vance", "Non-executive Director and Chair of the Remuneration Committee, "
            "Northern Water Holdings plc") in by  # fmt: skip
    last = [r for r in recs if r.page == 3]
    assert [(r.person, r.nature) for r in last] == [
        ("Richard Pennington", "Chief Operating Officer, Pennington Construction Group Ltd"),
        ("Richard Pennington", "Director, Pennington Construction Group Ltd"),
        (
            "Richard Pennington",
            "Pennington Construction Group Ltd is on the University's construction framework; "
            "Mr Pennington withdraws from any related decision",
        ),
    ]
    assert not [r for r in recs if r.person == "Leila Haddad"]  # "None" in every column


# ------------------------------------------------------------------ declarations in minutes


def test_a_reminder_after_no_declarations_is_a_declaration() -> None:
    doc = text_doc(
        "Minutes of the meeting of the Board held on 4 June 2025\n"
        "3. Declarations of interest\n"
        "No new declarations were made. Dr Amira Haddad reminded the board that her husband is a "
        "partner in Haddad Surveyors, which has tendered for the estates contract.\n"
        "4. Minutes of the last meeting\nThe minutes were approved.\n"
    )
    got = declarations_at_meeting(doc)
    assert [(i.person, i.nature) for i in got] == [
        (
            "Amira Haddad",
            "her husband is a partner in Haddad Surveyors, which has tendered for the estates contract",
        )
    ]


def test_announced_financial_interest_and_an_initialled_declarer() -> None:
    doc = text_doc(
        "Minutes of the Board of Directors, 12 May 2025\n"
        "7. Capital plan\nCommissioner Ruiz announced that she has a financial interest in the item because "
        "her firm holds the lease, and left the room.\n"
        "8. Procurement\nK. Abernethy declared a conflict of interest with respect to item 8.1, as his "
        "son works for the preferred bidder.\n"
    )
    got = declarations_at_meeting(doc)
    assert [(i.person, i.role) for i in got] == [("Ruiz", "Commissioner"), ("K. Abernethy", None)]
    roles_from_attendance(
        got,
        [
            Attendance("Keith Abernethy", "Voting Director", None, "present", "2025-05-12", 1),
            Attendance("Lorna Abernethy", "Recorder", None, "in_attendance", "2025-05-12", 1),
        ],
    )
    assert (got[1].person, got[1].role) == ("Keith Abernethy", "Voting Director")


def test_hospital_board_minutes_table_declaration() -> None:
    got = declarations_at_meeting(written_doc(WRITTEN_HELDOUT7, "rideau-pines-hospital-2025-03-27"))
    assert [i.person for i in got] == ["D. O'Neill"]
    assert "his spouse is employed by Northway Facility Services Inc." in got[0].nature
