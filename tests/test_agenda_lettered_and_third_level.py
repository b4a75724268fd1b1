"""Agendas at the head of minutes (extract.agenda, agenda_keyed, agenda_columns): sections
lettered "A. OPENING" with items "A.1", "A.2" and a kind of item ("Action Item", "Information
Item") at the right margin (US school boards' and councils' minutes), and a third level "6.1.1"
under a committee's report "6.1" (Commonwealth state corporations' boards). Read on written-dev16
(session 13); the tests are variants written here."""

from __future__ import annotations

from conftest import WRITTEN_DEV16

from boardpapers.extract.agenda import extract_agenda, minutes_open_with_agenda
from boardpapers.extract.agenda_keyed import keyed_agenda, token_of
from boardpapers.model import Document, Page, Span
from boardpapers.reading.pdf_reader import read_document


def _page(number: int, rows: list[tuple[float, float, str]]) -> Page:
    """One span per (x0, top, text), 10 pt."""
    spans = [Span(t, x, top, x + 5.0 * len(t), top + 10, size=10.0) for x, top, t in rows]
    lines: dict[float, list[str]] = {}
    for _x, top, t in rows:
        lines.setdefault(top, []).append(t)
    text = "\n".join("   ".join(v) for _, v in sorted(lines.items()))
    return Page(number=number, text=text, width=612, height=792, spans=spans)


def _doc(*pages: list[tuple[float, float, str]]) -> Document:
    ps = [_page(k + 1, rows) for k, rows in enumerate(pages)]
    return Document(sha256="0" * 64, path="m.pdf", size=1, page_count=len(ps), pages=ps)


def test_lettered_sections_with_kind_of_item_at_the_margin() -> None:
    # a county school board's minutes: the agenda as adopted, then the minutes by the same letters
    first = [
        (200, 40, "PINE HOLLOW COUNTY SCHOOLS"),
        (190, 56, "MINUTES OF THE SPECIAL MEETING"),
        (250, 90, "AGENDA"),
        (40, 110, "A. PRELIMINARY MATTERS"),
        (40, 124, "A.1 Call to Order"),
        (40, 138, "A.2 Adoption of the Agenda"),
        (480, 138, "Action Item"),
        (40, 152, "B. REPORTS"),
        (40, 166, "B.1 Director of Transportation: route review"),
        (460, 166, "Discussion Item"),
        (40, 180, "B.2 Facilities bond oversight committee report for"),
        (460, 180, "Information Item"),
        (52, 194, "discussion of the second bond sale"),
        (40, 208, "C. ADJOURNMENT"),
        (40, 222, "C.1 Adjournment"),
        (480, 222, "Action Item"),
    ]
    second = [
        (40, 40, "A. PRELIMINARY MATTERS"),
        (40, 54, "A.1 Call to Order"),
        (40, 68, "The meeting was called to order at 7:00 p.m."),
        (40, 82, "C. ADJOURNMENT"),
        (40, 96, "C.1 Adjournment"),
    ]
    doc = _doc(first, second)
    assert minutes_open_with_agenda(doc)
    got = [(it.number, it.title, it.purpose) for it in extract_agenda(doc) if "." in (it.number or "")]
    assert got == [
        ("A.1", "Call to Order", None),
        ("A.2", "Adoption of the Agenda", "Action Item"),
        ("B.1", "Director of Transportation: route review", "Discussion Item"),
        # the title's own "for discussion of ..." stays in it: the purpose is the column's
        (
            "B.2",
            "Facilities bond oversight committee report for discussion of the second bond sale",
            "Information Item",
        ),
        ("C.1", "Adjournment", "Action Item"),
    ]


def _numbered(top: float, number: str, title: str, x: float = 50) -> list[tuple[float, float, str]]:
    """An item's number and its title in a column to the right, as agendas are set."""
    return [(x, top, number), (x + 40, top, title)]


def test_third_level_under_a_committee_report() -> None:
    assert token_of("4.2.1 Audited accounts").style == "decimal3"
    rows = [
        (150, 40, "MINUTES OF THE 12TH BOARD MEETING"),
        (40, 70, "AGENDA"),
        *_numbered(84, "1.", "Opening prayer and apologies"),
        *_numbered(98, "2.", "Confirmation of minutes"),
        *_numbered(112, "3.", "Reports of Committees"),
        *_numbered(126, "3.1", "Audit Committee", 80),
        *_numbered(140, "3.1.1", "Internal audit plan 2025/26", 80),
        *_numbered(154, "3.1.2", "Risk management policy", 80),
        *_numbered(168, "3.2", "Technical Committee", 80),
        *_numbered(182, "4.", "Any other business"),
        (40, 210, "MIN. 01/12/2025: OPENING PRAYER"),
    ]
    got = [(it.number, it.title) for it in keyed_agenda(_doc(rows))]
    assert got == [
        ("1", "Opening prayer and apologies"),
        ("2", "Confirmation of minutes"),
        ("3", "Reports of Committees"),
        ("3.1", "Audit Committee"),
        ("3.1.1", "Internal audit plan 2025/26"),
        ("3.1.2", "Risk management policy"),
        ("3.2", "Technical Committee"),
        ("4", "Any other business"),
    ]


def test_written_dev16_school_board_minutes() -> None:
    doc = read_document(str(WRITTEN_DEV16 / "c-mesa-verde-usd-board-2025-08-12.pdf"))
    items = [it for it in extract_agenda(doc) if "." in (it.number or "")]
    assert len(items) == 18 and items[-1].number == "G.2" and items[-1].purpose == "Action Item"
