"""Registers printed one heading per member over a small table of that member's interests
(interest_member_tables; five layouts read on written-dev18: Kenyan, NZ, Ontario, Caribbean and
NSW registers). The variants here are built in the test: a register whose header is printed under
every member's bold name and post line, with a nil member, a wrapped first cell and a signatory
under the last table; and one whose header is printed once, the members under "Name:" labels."""

from __future__ import annotations

import os

import pytest
from conftest import WRITTEN_DEV18

from boardpapers.extract.interests import extract_interests, member_table_registers
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


def _header(top: float) -> tuple[float, list[tuple[float, str]], bool]:
    return (top, [(52, "Type of interest"), (180, "Particulars"), (470, "Date of registration")], True)


def _repeated() -> Document:
    rows = [
        (30.0, [(50, "Register of Interests of Council Members")], True),
        (60.0, [(50, "Dr Amani Otieno-Baraka, PhD")], True),
        (71.0, [(50, "Council Chair")], False),
        _header(86.0),
        (104.0, [(52, "Directorship"), (180, "Director, Lakeside Millers Ltd"), (470, "12/01/2024")], False),
        (122.0, [(52, "Land"), (180, "Farm of 8 acres held with"), (470, "12/01/2024")], False),
        (133.0, [(180, "a spouse")], False),
        (151.0, [(52, "Charitable"), (180, "Trustee, Ripple Schools Fund"), (470, "03/03/2025")], False),
        (162.0, [(52, "trusts")], False),
        (190.0, [(50, "Mr Tobias Wren-Halloway")], True),
        (201.0, [(50, "Member")], False),
        _header(216.0),
        (234.0, [(52, "Nil"), (180, "Nil")], False),
        (262.0, [(50, "Ms Ingrid Solberg-Achebe")], True),
        (273.0, [(50, "Member; Audit Committee")], False),
        _header(288.0),
        (306.0, [(52, "Employment"), (180, "Partner, Solberg Achebe Advocates"), (470, "09/09/2024")], False),
        (340.0, [(50, "Certified a true record.")], False),
        (360.0, [(50, "Peter Mwangi Kamau")], True),
        (371.0, [(50, "Clerk to the Council")], False),
    ]
    return Document(path="r.pdf", sha256="r", size=1, page_count=1, pages=[_page(1, rows)])


def _once() -> Document:
    head = (60.0, [(52, "Organization"), (230, "Position / Nature of Interest"), (470, "Type")], True)
    p1 = [
        (30.0, [(50, "Annual Declarations of Interest")], True),
        head,
        (80.0, [(50, "Name: Colette Brisebois-Dunn, CPA")], True),
        (91.0, [(50, "Position: Board Chair · Declaration signed: May 2, 2025")], False),
        (106.0, [(52, "Brisebois Consulting Inc."), (230, "Owner"), (470, "Financial")], False),
        (
            124.0,
            [(52, "Lakeshore Rowing Club"), (230, "Treasurer (volunteer)"), (470, "Non-financial")],
            False,
        ),
        (148.0, [(50, "Name: Aaron Pelletier-Moss")], True),
        (159.0, [(50, "Position: Director · Declaration signed: May 9, 2025")], False),
        (
            174.0,
            [(52, "Northshore Family Health Team"), (230, "Spouse is Executive Director"), (470, "Indirect")],
            False,
        ),
    ]
    p2 = [
        (30.0, [(52, "Simcoe Nursing Cooperative"), (230, "Member"), (470, "Non-financial")], False),
    ]
    return Document(path="o.pdf", sha256="o", size=1, page_count=2, pages=[_page(1, p1), _page(2, p2)])


def test_header_under_every_member():
    recs = member_table_registers(_repeated())
    got = [(r.person, r.role, r.nature, r.category, r.declared_on) for r in recs]
    assert got == [
        ("Amani Otieno-Baraka", "Council Chair", "Director, Lakeside Millers Ltd", "Directorship", "2024-01-12"),
        ("Amani Otieno-Baraka", "Council Chair", "Farm of 8 acres held with a spouse", "Land", "2024-01-12"),
        ("Amani Otieno-Baraka", "Council Chair", "Trustee, Ripple Schools Fund", "Charitable trusts", "2025-03-03"),
        ("Ingrid Solberg-Achebe", "Member; Audit Committee", "Partner, Solberg Achebe Advocates", "Employment", "2024-09-09"),
    ]  # fmt: skip
    # the reader's records are the document's register
    assert [r.nature for r in extract_interests(_repeated())] == [r.nature for r in recs]


def test_header_printed_once_members_under_name_labels():
    recs = member_table_registers(_once())
    got = [(r.person, r.role, r.organisation, r.nature, r.category, r.declared_on, r.page) for r in recs]
    assert got == [
        ("Colette Brisebois-Dunn", "Board Chair", "Brisebois Consulting Inc.", "Owner", "pecuniary", "2025-05-02", 1),
        ("Colette Brisebois-Dunn", "Board Chair", "Lakeshore Rowing Club", "Treasurer (volunteer)", "non-pecuniary", "2025-05-02", 1),
        ("Aaron Pelletier-Moss", "Director", "Northshore Family Health Team", "Spouse is Executive Director", "indirect", "2025-05-09", 1),
        ("Aaron Pelletier-Moss", "Director", "Simcoe Nursing Cooperative", "Member", "non-pecuniary", "2025-05-09", 2),
    ]  # fmt: skip


def test_one_member_is_no_register():
    doc = _repeated()
    doc.pages[0].spans = [s for s in doc.pages[0].spans if s.top < 180]
    assert member_table_registers(doc) == []


@pytest.mark.skipif(not os.path.isdir(WRITTEN_DEV18), reason="written-dev18 set absent")
def test_nz_council_bands_on_the_read_file():
    doc = read_document(os.path.join(WRITTEN_DEV18, "a-waikoura-dc-members-interests-2025-11-28.pdf"))
    recs = member_table_registers(doc)
    assert len(recs) == 33
    assert {r.role for r in recs} == {"Mayor", "Deputy Mayor", "Councillor"}


def test_labelled_post_outranks_title_and_update_date_is_read():
    # one table per member under a labelled header block: the title before the name ("Cr") is
    # a councillor; the "Position:" label under it is the member's post, and "Entry last
    # updated:" the date of the member's declarations
    rows = [(30.0, [(50, "Register of Interests of Councillors")], True)]
    top = 60.0
    for name, post, updated, entry in [
        ("Cr Mele Fonua", "Deputy Mayor", "2 May 2025", "Director, Fonua Freight Ltd"),
        ("Cr Aaron Pike", "Councillor, North Ward", "14 March 2025", "Partner, Pike & Vane Lawyers"),
    ]:
        rows += [
            (top, [(50, "Name:"), (160, name)], True),
            (top + 11, [(50, "Position:"), (160, post)], False),
            (top + 22, [(50, "Entry last updated:"), (160, updated)], False),
            (top + 37, [(52, "Type of interest"), (180, "Particulars")], True),
            (top + 55, [(52, "Directorships"), (180, entry)], False),
        ]
        top += 90
    doc = Document(path="c.pdf", sha256="c", size=1, page_count=1, pages=[_page(1, rows)])
    got = [(r.person, r.role, r.declared_on) for r in member_table_registers(doc)]
    assert got == [
        ("Mele Fonua", "Deputy Mayor", "2025-05-02"),
        ("Aaron Pike", "Councillor, North Ward", "2025-03-14"),
    ]
