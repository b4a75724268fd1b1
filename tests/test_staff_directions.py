"""Directions and requests to staff minuted in the text (US special districts', county and city
boards' minutes): a member's or the presiding officer's direction to staff or to an officer by
role, under an upper-case label ("STAFF DIRECTION:", "BOARD DIRECTION:") or a heading of
members' requests. Variants written here (another body, other titles, roles and wording)."""

from __future__ import annotations

from tinypdf import write_pdf

from boardpapers.extract.actions import extract_actions

LINES = [
    "PINE HOLLOW COUNTY BOARD OF SUPERVISORS",
    "MINUTES OF THE REGULAR MEETING - Tuesday, October 7, 2025",
    "1. CALL TO ORDER",
    "Chair Lindgren called the meeting to order at 9:00 a.m.",
    "2. ROAD SAFETY ON COUNTY ROUTE 12",
    "Residents spoke about speeding near the school. The motion carried by the following vote:",
    "AYES: Lindgren, Okonkwo, Pratt NOES: None",
    "BOARD DIRECTION: Supervisor Okonkwo asked the County Administrator to meet Dr. Ames",
    "about a crossing guard for the school.",
    "3. SUPERVISORS' REQUESTS FOR FUTURE AGENDA ITEMS",
    "Chair Lindgren requested that the Director of Public Works present speed survey results",
    "at the November 4, 2025 special meeting.",
    "Supervisor Pratt requested that the report be continued.",
    "4. ADJOURNMENT",
    "The meeting adjourned at 11:40 a.m.",
]


def test_directions_to_officers_by_role(tmp_path, load_doc):
    page = [(60, 60 + 16 * i, 10, t) for i, t in enumerate(LINES)]
    path = write_pdf(tmp_path / "m.pdf", [page], size=(612, 792))
    acts = extract_actions(load_doc(path))
    got = [(a.owner, a.due, a.text) for a in acts]
    assert got == [
        (
            "County Administrator",
            None,
            "Supervisor Okonkwo asked the County Administrator to meet Dr. Ames about a crossing guard "
            "for the school.",
        ),
        (
            "Director of Public Works",
            "2025-11-04",
            "Chair Lindgren requested that the Director of Public Works present speed survey results at "
            "the November 4, 2025 special meeting.",
        ),
    ]


def test_a_lines_last_word_in_the_margin_is_no_mark(tmp_path, load_doc):
    # a long roll-call line whose last word ("&", of "Feldt & Ochoa LLP") runs past the margin
    # share of the page width: the line's own word, not owner initials
    lines = [
        (60, 60, 10, "HARBOR VIEW SANITARY DISTRICT"),
        (60, 76, 10, "MINUTES OF THE REGULAR MEETING OF THE BOARD OF DIRECTORS - March 3, 2026"),
        (60, 92, 10, "1. ROLL CALL"),
        (
            60,
            108,
            10,
            "Staff Present: Ana Ruiz, P.E., General Manager; Tom Feld, District Counsel and Parliamentarian (Feldt",
        ),
        (521, 108, 10, "&"),
        (60, 124, 10, "Ochoa LLP); Li Wong, Board Secretary"),
        (60, 140, 10, "2. ADJOURNMENT"),
        (60, 156, 10, "The meeting adjourned at 8:10 p.m."),
    ]
    path = write_pdf(tmp_path / "m.pdf", [lines], size=(612, 792))
    assert extract_actions(load_doc(path)) == []


def test_a_heading_split_at_a_letter_is_no_mark():
    # an upper-case heading whose last letters PDFium gives as a run of their own at letter spacing
    # ("... UPPER WESSINGT" + "ON" past the margin share): the rest of the word, not initials
    from boardpapers.model import Document, Page, Span

    def line(top, *runs):
        return [Span(t, x0, top, x1, top + 9.0, size=9.0) for t, x0, x1 in runs]

    spans = (
        line(60, ("MINUTES OF THE PLANNING COMMITTEE HELD ON 4 MARCH 2026", 60, 330))
        + line(80, ("1. APOLOGIES", 60, 120))
        + line(95, ("Apologies were received from Councillor Brandt and Councillor Hale.", 60, 360))
        + line(115, ("2. 26/00412/FUL – LAND TO THE REAR OF THE OLD MILL, UPPER WESSINGT", 60, 519.5))
        + line(115, ("ON", 520.0, 533.0))
        + line(130, ("The Committee considered the application for two dwellings on the site.", 60, 380))
    )
    text = "\n".join(s.text for s in spans)
    page = Page(number=1, text=text, width=595.0, height=842.0, spans=spans)
    doc = Document(sha256="x", path="m.pdf", size=1, page_count=1, pages=[page])
    assert extract_actions(doc) == []
