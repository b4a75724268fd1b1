"""Registers of interests printed as one ruled box per member (interest_boxed_forms), and two
cues of members' forms read as headings (interest_forms.heading_entries): a question's tick-box
answer line, and the captions of a small table in a form's answer cell. Families: island
commissions' registers in Parts with coded questions, NHS foundation trusts' registers of
governors' interests, UK university governors' declaration forms, Australian councillors'
returns. Documents are built here, in wordings and layouts of our own; the written-dev15 files
are checked after."""

from __future__ import annotations

from conftest import WRITTEN_DEV15, written_doc

from boardpapers.extract.interests import extract_interests, form_registers
from boardpapers.model import Document, Page, Span, Table


def _table_doc(*pages: list[list[list[str | None]]]) -> Document:
    """Pages holding the given ruled tables (rows of cells), their text the cells' text."""
    out = []
    for n, tables in enumerate(pages, start=1):
        text = "\n".join(" ".join(c or "" for c in row) for rows in tables for row in rows)
        out.append(Page(number=n, text=text, tables=[Table(rows=rows) for rows in tables]))
    return Document(path="x.pdf", sha256="0", size=1, page_count=len(out), pages=out)


def test_box_per_member_in_schedules_with_a_box_going_on_over_the_page():
    first = [
        ["Board member: Ms Ailsa Warrender | Role: Convener", None, None],
        ["Date of last amendment", None, "3 March 2025"],
        ["SCHEDULE 1 – FINANCIAL INTERESTS", None, None],
        [
            "1(a)",
            "Paid work and offices held",
            "Harbourmaster, Port of Kilbride\nDirector, Kilbride Marine Ltd",
        ],
        ["1(b)", "Shares above the registrable value", "None"],
    ]
    second_top = [
        ["SCHEDULE 2 – NON-FINANCIAL INTERESTS", None, None],
        ["2(a)", "Memberships of clubs and societies", "Member, Kilbride Sailing Club"],
    ]
    second = [
        ["Board member: Mr Torquil Fyfe | Role: Member", None, None],
        ["Date of last amendment", None, "9 March 2025"],
        ["SCHEDULE 1 – FINANCIAL INTERESTS", None, None],
        ["1(a)", "Paid work and offices held", "Nil"],
        ["1(b)", "Shares above the registrable value", "Nil"],
        ["SCHEDULE 2 – NON-FINANCIAL INTERESTS", None, None],
        ["2(a)", "Memberships of clubs and societies", "Nil"],
    ]
    doc = _table_doc([first], [second_top, second])
    got = [(r.person, r.role, r.declared_on, r.nature, r.category, r.page) for r in form_registers(doc, True)]
    assert got == [
        (
            "Ailsa Warrender",
            "Convener",
            "2025-03-03",
            "Harbourmaster, Port of Kilbride",
            "SCHEDULE 1 – FINANCIAL INTERESTS: 1(a) Paid work and offices held",
            1,
        ),
        (
            "Ailsa Warrender",
            "Convener",
            "2025-03-03",
            "Director, Kilbride Marine Ltd",
            "SCHEDULE 1 – FINANCIAL INTERESTS: 1(a) Paid work and offices held",
            1,
        ),
        (
            "Ailsa Warrender",
            "Convener",
            "2025-03-03",
            "Member, Kilbride Sailing Club",
            "SCHEDULE 2 – NON-FINANCIAL INTERESTS: 2(a) Memberships of clubs and societies",
            2,
        ),
    ]


def test_box_per_governor_titled_name_post_and_date_beside_it():
    boxes = [
        [
            ["Dr Femi Adeyemi", None, "Appointed Governor, Wrexley College · Declared 12/05/2025", None],
            ["Category", "Description of interest", None, "From"],
            ["Financial interests", "Lecturer, Wrexley College", None, "2016"],
            ["Non-financial interests", "Trustee, Wrexley Food Bank", None, "2020"],
            [None, "Member, Green Party", None, "2011"],
            ["Indirect interests", "Nil", None, None],
        ],
        [
            ["Mrs Alice Harte", "Public Governor, East · Declared 02/06/2025"],
            ["No interests declared in any category.", None],
        ],
    ]
    doc = _table_doc(boxes)
    got = [(r.person, r.role, r.declared_on, r.nature, r.category) for r in extract_interests(doc)]
    assert got == [
        (
            "Femi Adeyemi",
            "Appointed Governor, Wrexley College",
            "2025-05-12",
            "Lecturer, Wrexley College",
            "Financial interests",
        ),
        (
            "Femi Adeyemi",
            "Appointed Governor, Wrexley College",
            "2025-05-12",
            "Trustee, Wrexley Food Bank",
            "Non-financial interests",
        ),
        (
            "Femi Adeyemi",
            "Appointed Governor, Wrexley College",
            "2025-05-12",
            "Member, Green Party",
            "Non-financial interests",
        ),
    ]


def test_one_box_alone_is_not_a_register():
    boxes = [
        [
            ["Dr Femi Adeyemi", None, "Appointed Governor · Declared 12/05/2025", None],
            ["Financial interests", "Lecturer, Wrexley College", None, "2016"],
        ]
    ]
    assert extract_interests(_table_doc(boxes)) == []


def _span_doc(rows: list[tuple[float, list[tuple[float, str]]]]) -> Document:
    spans = [
        Span(text=text, x0=x0, x1=x0 + 4.6 * len(text), top=top, bottom=top + 9, size=9.0, bold=False)
        for top, cells in rows
        for x0, text in cells
    ]
    text = "\n".join("  ".join(t for _, t in cells) for _, cells in rows)
    page = Page(number=1, text=text, width=595, height=842, spans=spans)
    return Document(path="x.pdf", sha256="0", size=1, page_count=1, pages=[page])


def test_tick_box_answer_line_is_no_entry_and_membership_category_is_the_post():
    rows = [
        (40, [(50, "Declarations of interests of members of the Court")]),
        (70, [(56, "Name: Ms Isla Brodie"), (300, "Category of membership: Lay member")]),
        (94, [(50, "1."), (66, "Paid employment")]),
        (110, [(76, "☐ Nothing to declare ☒ Details given below")]),
        (126, [(76, "• Solicitor, Brodie & Kerr LLP")]),
        (146, [(50, "2."), (66, "Shareholdings in companies")]),
        (162, [(76, "☒ Nothing to declare ☐ Details given below")]),
        (190, [(56, "Name: Mr Ewan Lusk"), (300, "Category of membership: Staff member")]),
        (214, [(50, "1."), (66, "Paid employment")]),
        (230, [(76, "☐ Nothing to declare ☒ Details given below")]),
        (246, [(76, "• Senior Technician, School of Physics")]),
        (266, [(50, "2."), (66, "Shareholdings in companies")]),
        (282, [(76, "☒ Nothing to declare ☐ Details given below")]),
    ]
    got = [(r.person, r.role, r.nature) for r in form_registers(_span_doc(rows), headings=True)]
    assert got == [
        ("Isla Brodie", "Lay member", "Solicitor, Brodie & Kerr LLP"),
        ("Ewan Lusk", "Staff member", "Senior Technician, School of Physics"),
    ]


def test_written_dev15_boxed_registers():
    guernsey = extract_interests(
        written_doc(WRITTEN_DEV15, "a-guernsey-heritage-commission-register-2025-06-30")
    )
    assert len({r.person for r in guernsey}) == 6 and len(guernsey) >= 30
    harrowby = extract_interests(
        written_doc(WRITTEN_DEV15, "a-harrowby-vale-nhs-ft-council-of-governors-2025-10-15")
    )
    assert {"Helier Ozanne", "Joanne Pike"} <= {r.person for r in guernsey} | {r.person for r in harrowby}
    assert len(harrowby) == 18 and all(r.declared_on for r in harrowby)
    eastmoor = extract_interests(
        written_doc(WRITTEN_DEV15, "a-eastmoor-university-governors-register-2024-11-20")
    )
    assert not any("declare" in (r.nature or "") for r in eastmoor)
    coolabah = extract_interests(
        written_doc(WRITTEN_DEV15, "a-coolabah-creek-shire-council-returns-2025-09-23")
    )
    assert not any((r.nature or "").startswith(("Address of each", "Name and address")) for r in coolabah)


def test_id_box_with_particulars_in_label_value_pairs_gives_no_entry():
    # a councillor's id box over a form printed in tables of its own: the box's second row is
    # particulars ("Political group | ... | Date of notification | ..."), not a category
    from boardpapers.extract.interest_boxed_forms import boxed_form_entries

    boxes = [
        [
            ["Name of member", "Councillor Ruth Ellery", "Ward", "Millbrook"],
            ["Political group", "Independent", "Date of notification", "4 June 2025"],
        ],
        [
            ["Name of member", "Councillor Owen Tait", "Ward", "Ferryside"],
            ["Political group", "Labour", "Date of notification", "6 June 2025"],
        ],
    ]
    assert boxed_form_entries(_table_doc(boxes[:1], boxes[1:])) == []
