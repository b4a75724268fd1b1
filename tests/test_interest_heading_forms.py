"""Declarations printed one per member as headings with indented answers (no tables): the
member's name heading, their particulars, numbered or "Category ..." headings at the margin
and answers indented under them; a member carries over a page break (interest_forms)."""

from __future__ import annotations

from boardpapers.extract.interests import form_registers
from boardpapers.model import Document, Page, Span

_H = 14.0


def _page(number: int, rows: list[tuple[float, str, bool]]) -> Page:
    spans = []
    for k, (x0, text, bold) in enumerate(rows):
        top = 60 + k * _H
        spans.append(
            Span(text=text, x0=x0, x1=x0 + 5.2 * len(text), top=top, bottom=top + 10, size=10.0, bold=bold)
        )
    return Page(number=number, text="\n".join(t for _, t, _ in rows), width=595, height=842, spans=spans)


def _doc() -> Document:
    p1 = [
        (50, "Trustees' Declarations of Interest 2025", True),
        (50, "Canon Ruth Ellery-Vance", True),
        (50, "Role: Treasurer", False),
        (50, "Date of declaration: 4 March 2025", False),
        (50, "(i) Paid work or office held other than as a trustee", False),
        (70, "Finance manager, Harbour Housing Association.", False),
        (50, "(ii) Companies of which you are an officer or in which you hold", False),
        (50, "shares", False),
        (70, "Nil", False),
        (50, "(iii) Gifts over the limit", False),
    ]
    p2 = [
        (70, "Two concert tickets from Brightwater Events", False),
        (70, "Ltd.", False),
        (50, "Mr Tomasz Kowal", True),
        (50, "Role: Trustee", False),
        (50, "(i) Paid work or office held other than as a trustee", False),
        (70, "No", False),
        (50, "(ii) Companies of which you are an officer or in which you hold", False),
        (50, "shares", False),
        (70, "Yes", True),
        (70, "(a) Director, Kowal Joinery Ltd.", False),
        (70, "(b) Shareholder, Northgate Credit Union", False),
        (50, "(iii) Gifts over the limit", False),
        (70, "None", False),
    ]
    return Document(path="x.pdf", sha256="0", size=1, page_count=2, pages=[_page(1, p1), _page(2, p2)])


def test_members_declarations_under_headings_over_a_page_break():
    got = [(r.person, r.role, r.declared_on, r.nature, r.page) for r in form_registers(_doc(), headings=True)]
    assert got == [
        ("Ruth Ellery-Vance", "Treasurer", "2025-03-04", "Finance manager, Harbour Housing Association.", 1),
        (
            "Ruth Ellery-Vance",
            "Treasurer",
            "2025-03-04",
            "Two concert tickets from Brightwater Events Ltd.",
            2,
        ),
        ("Tomasz Kowal", "Trustee", None, "Director, Kowal Joinery Ltd.", 2),
        ("Tomasz Kowal", "Trustee", None, "Shareholder, Northgate Credit Union", 2),
    ]


def test_one_titled_run_of_numbered_sections_is_not_a_register():
    # minutes under their body's heading: one "person", sections with indented text
    p = [
        (50, "Minutes of the Trust's interests committee", True),
        (50, "Harbour Housing Trust", True),
        (50, "1. Apologies", False),
        (70, "Apologies were received from Mr Kowal.", False),
        (50, "2. Declarations of interest", False),
        (70, "None.", False),
        (50, "3. Finance report", False),
        (70, "The report was noted.", False),
    ]
    doc = Document(path="x.pdf", sha256="0", size=1, page_count=1, pages=[_page(1, p)])
    assert form_registers(doc, headings=True) == []


def test_minutes_without_member_headings_are_not_laid_out_for_the_fallback():
    # the fallback runs on every document that declares nothing; minutes with a "Declarations of
    # interest" item but no titled name headings are turned away on their text, layout unbuilt
    p = [
        (50, "Minutes of the Finance Committee", True),
        (50, "1. Declarations of interest", False),
        (70, "Mr Kowal declared an interest in item 3.", False),
        (50, "2. Budget", False),
        (70, "The budget was approved.", False),
    ]
    doc = Document(path="x.pdf", sha256="0", size=1, page_count=1, pages=[_page(1, p)])
    assert form_registers(doc, headings=True) == []
    assert "layout" not in doc.derived
    members = _doc()
    assert form_registers(members, headings=True)
    assert "layout" in members.derived
