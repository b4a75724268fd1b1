"""Registers with one row per member whose "Nature of interest" and "Organisation" cells stack
several interests, one per printed line or parted by semicolons, the n-th of one cell paired with
the n-th of the other (interests.interests_from_tables / `_stacked_entries`); a "Nil declaration"
column ticked for members with nothing to declare; a "Name / Position" column (the post under the
name). The variant is a ruled table written here (a health board's register, other wording and
wraps than the school board register of written-dev16)."""

from __future__ import annotations

import pytest
from conftest import WRITTEN_DEV16

from boardpapers.extract.interests import interests_from_tables
from boardpapers.model import Document, Page, Table


def _doc(rows: list[list[str]]) -> Document:
    text = "\n".join(
        ["Register of Members' Interests", *(" ".join(c.replace("\n", " ") for c in r) for r in rows)]
    )
    page = Page(
        number=1, text=text, width=612, height=792, tables=[Table(rows=rows, bbox=(40, 80, 570, 700))]
    )
    return Document(path="x.pdf", sha256="0", size=1, page_count=1, pages=[page])


HEADER = ["Name / Position", "Nil return", "Nature of interest", "Organisation", "Date declared"]


def test_stacked_lines_and_semicolons_pair_by_position():
    doc = _doc(
        [
            HEADER,
            [
                "Prof. Ingrid\nMacaulay-Watt\nVice-Chair",
                "",
                "Trustee\nPaid adviser\nHusband is a\nsalaried partner",
                "Kelvin Rowing\nClub\nNorthfield Housing\nTrust\nDrummond & Hale\nSolicitors",
                "2025-04-\n11",
            ],
            ["Mr Owen\nPritchard\nTrustee", "✓", "", "", "2025-04-\n12"],
            [
                "Ms Leah Osei\nDirector of Finance",
                "",
                "Member; Shareholder (under 1%)",
                "Institute of Chartered Accountants; Vodafone Group plc",
                "2025-04-\n14",
            ],
            [
                "Mr Tom Reilly\nNon-Executive Member",
                "",
                "Non-Executive\nDirector",
                "Harbour Energy\nLimited",
                "2025-04-\n15",
            ],
        ]
    )
    got = [(i.person, i.role, i.nature, i.organisation, i.declared_on) for i in interests_from_tables(doc)]
    assert got == [
        ("Prof. Ingrid Macaulay-Watt", "Vice-Chair", "Trustee", "Kelvin Rowing Club", "2025-04-11"),
        (
            "Prof. Ingrid Macaulay-Watt",
            "Vice-Chair",
            "Paid adviser",
            "Northfield Housing Trust",
            "2025-04-11",
        ),
        (
            "Prof. Ingrid Macaulay-Watt",
            "Vice-Chair",
            "Husband is a salaried partner",
            "Drummond & Hale Solicitors",
            "2025-04-11",
        ),
        ("Ms Leah Osei", "Director of Finance", "Member", "Institute of Chartered Accountants", "2025-04-14"),
        ("Ms Leah Osei", "Director of Finance", "Shareholder (under 1%)", "Vodafone Group plc", "2025-04-14"),
        (
            "Mr Tom Reilly",
            "Non-Executive Member",
            "Non-Executive Director",
            "Harbour Energy Limited",
            "2025-04-15",
        ),
    ]


def test_school_board_register_of_disclosures():
    pdf = WRITTEN_DEV16 / "e-fraser-delta-sd47-register-of-disclosures-2025-09-23.pdf"
    if not pdf.exists():
        pytest.skip("written-dev16 not present")
    from boardpapers.pipeline.process import parse_file

    got = interests_from_tables(parse_file(str(pdf), ocr=False).document)
    assert len(got) == 14
    assert {i.person for i in got} >= {"Mr. Colin Abernethy, CPA", "Mr. Tomasz Wiśniewski"}
    assert all(i.organisation and i.nature for i in got)
