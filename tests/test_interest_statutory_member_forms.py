"""Registers of interests printed as one statutory form per member, read by the entries' font
(interest_member_forms): the member's block above the form, categories as bold or numbered
headings or as a table's rows, the Code's description in small print, the answers in the font
of the "None" / "Nil" answers at their columns (member and spouse side by side)."""

from __future__ import annotations

from conftest import WRITTEN_DEV14, written_doc

from boardpapers.extract.interest_forms import heading_entries
from boardpapers.extract.interest_member_forms import member_form_entries
from boardpapers.extract.interests import form_registers
from boardpapers.model import Document, Page, Span

_H = 14.0


def _page(number: int, rows: list[list[tuple[float, str, float, bool]]]) -> Page:
    """rows: per line, its cells (left, text, size, bold)."""
    spans = []
    for k, cells in enumerate(rows):
        top = 60 + k * _H
        for x0, text, size, bold in cells:
            width = 0.5 * size * len(text)
            spans.append(
                Span(text=text, x0=x0, x1=x0 + width, top=top, bottom=top + size, size=size, bold=bold)
            )
    text = "\n".join("  ".join(c[1] for c in cells) for cells in rows)
    return Page(number=number, text=text, width=595, height=842, spans=spans)


def _doc(*pages: list[list[tuple[float, str, float, bool]]]) -> Document:
    return Document(
        path="x.pdf",
        sha256="0",
        size=1,
        page_count=len(pages),
        pages=[_page(k + 1, p) for k, p in enumerate(pages)],
    )


def _member(name: str, entries: list[str]) -> list[list[tuple[float, str, float, bool]]]:
    """A member's form as headings: "Section A – ..." in bold, the Code's words in small print
    under it, the answers indented in the body font."""
    return [
        [(50, f"Cllr {name}", 12.0, True)],
        [(50, "Electoral division: Westmoor", 10.0, False)],
        [(50, "Section A – Paid employment", 10.0, True)],
        [(50, "Any paid work you carry out, other than as a member of the authority.", 7.5, False)],
        [(64, entries[0], 10.0, False)],
        [(50, "Section B – Land and houses", 10.0, True)],
        [(50, "Any right or interest in land in the authority's area.", 7.5, False)],
        [(64, entries[1], 10.0, False)],
        [(50, "Section C – Gifts", 10.0, True)],
        [(50, "Any gift over the limit received as a member.", 7.5, False)],
        [(64, "Nil", 10.0, False)],
        [(50, "Signed: [signed]   Date: 3 June 2025", 10.0, False)],
    ]


def test_forms_with_headings_small_print_and_nil_answers():
    doc = _doc(
        [[(50, "Register of Councillors' Interests", 16.0, True)]]
        + _member("Ann Ferris", ["Pharmacist, Westmoor Health Centre", "Nil"])
        + _member("Bryn Talbot", ["Nil", "House and garden, 4 Quarry Lane, Westmoor"])
    )
    got = [(r.person, r.nature, r.declared_on) for r in form_registers(doc, headings=True)]
    assert got == [
        ("Ann Ferris", "Pharmacist, Westmoor Health Centre", "2025-06-03"),
        ("Bryn Talbot", "House and garden, 4 Quarry Lane, Westmoor", "2025-06-03"),
    ]


def _table_form(name: str) -> list[list[tuple[float, str, float, bool]]]:
    """A member's form as a table: bold subject | small-print description | yours | spouse's,
    the label wrapped in lower case, an answer wrapped over two lines."""
    return [
        [(50, "Name of member", 10.0, True), (140, f"Councillor {name}", 10.0, False)],
        [(50, "Subject", 10.0, True), (140, "Description", 10.0, True), (330, "Yours", 10.0, True)],
        [
            (50, "Employment", 10.0, True),
            (140, "Any employment for gain.", 7.5, False),
            (330, "Solicitor, Dean &", 10.0, False),
            (450, "None", 10.0, False),
        ],
        [(50, "or office", 10.0, True), (330, "Marsh LLP", 10.0, False)],
        [
            (50, "Contracts", 10.0, True),
            (140, "Any contract with the council.", 7.5, False),
            (330, "None", 10.0, False),
            (450, "None", 10.0, False),
        ],
        [
            (50, "Land", 10.0, True),
            (140, "Any land in the area.", 7.5, False),
            (330, "Flat 2, Mill Street", 10.0, False),
            (450, "Flat 2, Mill Street", 10.0, False),
        ],
    ]


def test_forms_as_table_rows_with_spouse_column():
    doc = _doc(
        [[(50, "Register of Members' Interests", 16.0, True)]] + _table_form("Priya Dass"),
        _table_form("Owen Hale"),
    )
    got = [(e.person, e.answer) for e in member_form_entries(doc)]
    assert got == [
        ("Priya Dass", "Solicitor, Dean & Marsh LLP"),
        ("Priya Dass", "Flat 2, Mill Street"),
        ("Priya Dass", "Flat 2, Mill Street"),
        ("Owen Hale", "Solicitor, Dean & Marsh LLP"),
        ("Owen Hale", "Flat 2, Mill Street"),
        ("Owen Hale", "Flat 2, Mill Street"),
    ]


def test_no_empty_answers_no_forms():
    # without "None"/"Nil" answers to learn the entries' font from, nothing is read
    doc = _doc(
        [
            [(50, "Cllr Ann Ferris", 12.0, True)],
            [(50, "Section A – Interests", 10.0, True)],
            [(64, "Pharmacist, Westmoor Health Centre", 10.0, False)],
        ]
    )
    assert member_form_entries(doc) == []


def _held_by_form(name: str, sections: list[tuple[str, list[tuple[str, str]]]]):
    """A member's form as numbered bold sections, each a boxed table "Particulars of the
    interest | Whose interest" (a bold header row) with item-marked rows, "None" where empty."""
    out = [[(50, f"Alderman {name}", 12.0, True)], [(50, "Ward: Riverside", 10.0, False)]]
    for k, (section, entries) in enumerate(sections, start=1):
        out.append([(50, f"{k}. {section}", 10.0, True)])
        out.append([(50, "Particulars of the interest", 9.0, True), (400, "Whose interest", 9.0, True)])
        if not entries:
            out.append([(50, "(i)", 10.0, False), (80, "None", 10.0, False)])
        for j, (entry, whose) in enumerate(entries):
            out.append(
                [(50, f"({'i' * (j + 1)})", 10.0, False), (80, entry, 10.0, False), (400, whose, 10.0, False)]
            )
    out.append([(50, "Date of last amendment: 2 June 2025", 10.0, False)])
    return out


def test_held_by_tables_read_by_font_not_as_headings():
    # both readings find the same two members; the headings one also takes each table's header
    # row and joins the "Self" / "Spouse" cell to the entry, so the font reading is kept
    doc = _doc(
        [[(50, "Register of Members' Interests", 16.0, True)]]
        + _held_by_form(
            "Grace Dunlop",
            [
                ("Employment", [("Nurse, Riverside Hospice", "Self"), ("Joiner, Dunlop Joinery", "Spouse")]),
                ("Land", []),
                ("Memberships", [("Riverside Bowling Club", "Self")]),
            ],
        )
        + _held_by_form(
            "Owen Pryce",
            [("Employment", []), ("Land", [("House, 9 Mill Row", "Self and spouse")]), ("Memberships", [])],
        )
    )
    assert any("Whose interest" in e.answer for e in heading_entries(doc))
    got = [
        (r.person, r.role, r.nature, r.category, r.declared_on) for r in form_registers(doc, headings=True)
    ]
    assert got == [
        ("Grace Dunlop", "Alderman", "Nurse, Riverside Hospice", "pecuniary", "2025-06-02"),
        ("Grace Dunlop", "Alderman", "Joiner, Dunlop Joinery", "pecuniary", "2025-06-02"),
        ("Grace Dunlop", "Alderman", "Riverside Bowling Club", "non-pecuniary", "2025-06-02"),
        ("Owen Pryce", "Alderman", "House, 9 Mill Row", "pecuniary", "2025-06-02"),
    ]


def test_read_set_boxed_and_lettered_forms():
    # Northern Irish boxed sections with "Interest held by"; Irish lettered paragraphs whose
    # questions wrap under their letter
    ni = form_registers(
        written_doc(WRITTEN_DEV14, "a-bannside-glenarm-bc-register-councillors-interests-2025-07-01"),
        headings=True,
    )
    assert len(ni) == 33
    assert not any(r.nature == "Interest held by" or r.nature.endswith((" Self", " Spouse")) for r in ni)
    ie = form_registers(
        written_doc(WRITTEN_DEV14, "a-kilbrennan-coco-ethics-register-2025-03-05"), headings=True
    )
    assert len(ie) == 23
    assert not any(r.nature.endswith("statement).") for r in ie)


def _two_part_form(name: str) -> list[list[tuple[float, str, float, bool]]]:
    """A member's form in two Parts: Part 1 subject | small-print description | yours | spouse's
    (narrow answer columns, entries wrapped to their edge), Part 2 one wide answer column where
    a word of a member's body happens to start at the spouse column of Part 1."""
    return [
        [(50, "Name of member", 10.0, True), (140, f"Councillor {name}", 10.0, False)],
        [(50, "Part 1 – Pecuniary interests", 10.0, True)],
        [(50, "Employment", 10.0, True), (140, "Any employment for gain.", 7.5, False)]
        + [(330, "Joiner (own account)", 10.0, False), (440, "None", 10.0, False)],
        [(330, "Retained firefighter", 10.0, False)],
        [(50, "Land", 10.0, True), (140, "Any land in the area.", 7.5, False)]
        + [(330, "Freehold: Mill House", 10.0, False), (440, "None", 10.0, False)],
        [(330, "Upper Street, Oakby", 10.0, False)],
        [(330, "Freehold: Two fields", 10.0, False)],
        [(330, "off Green Lane", 10.0, False)],
        [(50, "Part 2 – Other registrable interests", 10.0, True)],
        [(50, "(a) Unpaid directorships", 10.0, True), (330, "None", 10.0, False)],
        [(50, "(b) Memberships", 10.0, True), (330, "Rowing Club (member)", 10.0, False)],
        [(330, "Oakby Hill Walkers and", 10.0, False), (442.5, "Ramblers (treasurer)", 10.0, False)],
        [(50, "Date of notification: 4 May 2025", 10.0, False)],
    ]


def test_two_part_form_entries_parted_by_label_bracket_and_gutter():
    doc = _doc(
        [[(50, "Register of Members' Interests", 16.0, True)]] + _two_part_form("Ida Marsh"),
        _two_part_form("Tom Reeve"),
    )
    got = [e.answer for e in member_form_entries(doc) if e.person == "Ida Marsh"]
    assert got == [
        "Joiner (own account)",
        "Retained firefighter",
        "Freehold: Mill House Upper Street, Oakby",
        "Freehold: Two fields off Green Lane",
        "Rowing Club (member)",
        "Oakby Hill Walkers and Ramblers (treasurer)",
    ]


def _member_table(
    name: str, post: str, updated: str, entries: list[str]
) -> list[list[tuple[float, str, float, bool]]]:
    """A register printed one table per member under a labelled header block (name, post, date
    of the last update), the category's cell wrapped beside the particulars (councils' registers
    of the Australian kind)."""
    return [
        [(50, "Name of member:", 10.0, True), (170, f"Cr {name}", 10.0, True)],
        [(50, "Role:", 10.0, True), (170, post, 10.0, True)],
        [(50, "Last amended:", 10.0, True), (170, updated, 10.0, True)],
        [(50, "No.", 10.0, True), (70, "Type of interest", 10.0, True), (220, "Details", 10.0, True)],
        [(50, "1", 10.0, False), (70, "Directorships and", 10.0, False), (220, entries[0], 10.0, False)],
        [(70, "company offices", 10.0, False)],
        [(50, "2", 10.0, False), (70, "Gifts received over", 10.0, False), (220, "Nil", 10.0, False)],
        [(70, "the threshold", 10.0, False)],
        [(50, "3", 10.0, False), (70, "Memberships of clubs", 10.0, False), (220, entries[1], 10.0, False)],
        [(70, "and societies", 10.0, False)],
        [(50, "4", 10.0, False), (70, "Land", 10.0, False), (220, "None", 10.0, False)],
    ]


def test_member_tables_with_labelled_post_update_date_and_wrapped_category():
    doc = _doc(
        [[(50, "Register of Interests of Elected Members", 16.0, True)]]
        + _member_table(
            "Ruth Okafor",
            "Deputy Chair",
            "4 April 2025",
            ["Director, Okafor Feeds Ltd", "Secretary, Bay Rowing Club"],
        ),
        _member_table(
            "Dan Keel",
            "Member, Coastal Ward",
            "19/02/2025",
            ["Director, Keel Marine Ltd", "Trustee, Keel Family Trust"],
        ),
    )
    got = [(e.person, e.role, e.declared_on, e.category, e.answer) for e in member_form_entries(doc)]
    assert got == [
        (
            "Ruth Okafor",
            "Deputy Chair",
            "4 April 2025",
            "Directorships and company offices",
            "Director, Okafor Feeds Ltd",
        ),
        (
            "Ruth Okafor",
            "Deputy Chair",
            "4 April 2025",
            "Memberships of clubs and societies",
            "Secretary, Bay Rowing Club",
        ),
        (
            "Dan Keel",
            "Member, Coastal Ward",
            "19/02/2025",
            "Directorships and company offices",
            "Director, Keel Marine Ltd",
        ),
        (
            "Dan Keel",
            "Member, Coastal Ward",
            "19/02/2025",
            "Memberships of clubs and societies",
            "Trustee, Keel Family Trust",
        ),
    ]


def test_register_title_in_other_order_at_page_head_only():
    # "... Interests Register" opening a line at the head of the page is the register's title;
    # the same words in prose further down the page are not
    from boardpapers.extract.interests import _page_register

    head = _doc(
        [[(50, "Elected Members' Interests Register – 2025", 16.0, True)]]
        + _member_table(
            "Ruth Okafor",
            "Deputy Chair",
            "4 April 2025",
            ["Director, Okafor Feeds Ltd", "Secretary, Bay Rowing Club"],
        )
    )
    assert _page_register(head, 1, {}) == "Elected Members' Interests Register – 2025"
    prose = [
        [(50, f"Paragraph {k} of the officer's report on the year's governance work.", 10.0, False)]
        for k in range(12)
    ]
    later = _doc(prose + [[(50, "The interests register is kept by the Governance Officer.", 10.0, False)]])
    assert _page_register(later, 1, {}) is None
