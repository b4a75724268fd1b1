"""Agendas printed in two languages side by side (extract.agenda_twocolumn.parallel_language_titles):
each item's title in two columns of one row, the purpose under each in its language (Welsh
national park authorities and councils; Canadian and New Zealand bodies print French or Māori
beside English). The other language's column is dropped so that one title is read per item. Read
on written-dev16 (session 13); the tests are variants written here."""

from __future__ import annotations

from conftest import WRITTEN_DEV16

from boardpapers.extract.agenda import text_agenda
from boardpapers.extract.agenda_twocolumn import parallel_language_titles
from boardpapers.layout import layout_of
from boardpapers.model import Document, Page, Span
from boardpapers.reading.pdf_reader import read_document


def _hhmm(t):
    """An agenda time as a 24-hour clock: the readers keep the time as printed ("2.00pm", "10.05")."""
    from boardpapers.extract.dates import find_time

    return find_time(t) if t else t


def _words(x: float, top: float, text: str) -> list[Span]:
    """One span per word, 5 pt a character, 4 pt between words."""
    out = []
    for w in text.split():
        out.append(Span(w, x, top, x + 5.0 * len(w), top + 10, size=10.0))
        x += 5.0 * len(w) + 4.0
    return out


def _doc(rows: list[tuple[float, list[tuple[float, str]]]]) -> Document:
    spans = [s for top, cells in rows for x, t in cells for s in _words(x, top, t)]
    text = "\n".join("   ".join(t for _, t in cells) for _, cells in rows)
    page = Page(number=1, text=text, width=612, height=792, spans=spans)
    return Document(sha256="0" * 64, path="b.pdf", size=1, page_count=1, pages=[page])


# an Ontario school board's agenda: English left, French right, a time column at the margin
ROWS = [
    (40, [(230, "AGENDA / ORDRE DU JOUR")]),
    (
        70,
        [
            (50, "1."),
            (80, "Call to order and land acknowledgement"),
            (320, "Ouverture de la séance"),
            (540, "19:00"),
        ],
    ),
    (
        84,
        [(50, "2."), (80, "Approval of the agenda"), (320, "Approbation de l’ordre du jour"), (540, "19:05")],
    ),
    (
        98,
        [
            (50, "3."),
            (80, "Report of the Director of Education"),
            (320, "Rapport de la direction de l’éducation"),
            (540, "19:10"),
        ],
    ),
    (112, [(80, "on the opening of schools"), (320, "sur la rentrée des classes")]),
    (
        126,
        [
            (50, "4."),
            (80, "Trustee reports and motions"),
            (320, "Rapports et motions des conseillers"),
            (540, "19:40"),
        ],
    ),
    (140, [(50, "5."), (80, "Adjournment"), (320, "Levée de la séance"), (540, "20:00")]),
]


def test_french_column_dropped_english_kept() -> None:
    doc = _doc(ROWS)
    got = [(it.number, it.title, it.time) for it in text_agenda(doc)]
    assert got == [
        ("1", "Call to order and land acknowledgement", "19:00"),
        ("2", "Approval of the agenda", "19:05"),
        ("3", "Report of the Director of Education on the opening of schools", "19:10"),
        ("4", "Trustee reports and motions", "19:40"),
        ("5", "Adjournment", "20:00"),
    ]


def test_title_and_presenter_columns_are_kept() -> None:
    # one language: a presenter column beside the titles is no second title
    rows = [
        (70, [(50, "1."), (80, "Welcome and apologies"), (320, "Chair of the Board")]),
        (84, [(50, "2."), (80, "Minutes of the last meeting"), (320, "Company Secretary")]),
        (98, [(50, "3."), (80, "Report of the Chief Executive"), (320, "Chief Executive")]),
        (112, [(50, "4."), (80, "Finance report for the quarter"), (320, "Director of Finance")]),
    ]
    lines = layout_of(_doc(rows)).pages[0].lines
    assert parallel_language_titles(lines, 612) == lines


def test_written_dev16_welsh_and_english() -> None:
    doc = read_document(str(WRITTEN_DEV16 / "c-gwent-uplands-npa-2025-07-23.pdf"))
    items = text_agenda(doc)
    assert [it.title for it in items[:3]] == [
        "Apologies for absence",
        "Declarations of interest",
        "Chair’s announcements",
    ]
    assert items[3].purpose == "For approval" and _hhmm(items[3].time) == "10:10"


def test_presenters_with_surname_particles_are_kept() -> None:
    # a South African municipality's agenda: surnames with "van", "du", "de" in the presenter column
    rows = [
        (70, [(50, "1."), (80, "Opening and welcome"), (320, "Cllr P van der Merwe")]),
        (84, [(50, "2."), (80, "Confirmation of the minutes"), (320, "Mr J du Plessis")]),
        (98, [(50, "3."), (80, "Report on the water services plan"), (320, "Ms A de Villiers")]),
        (112, [(50, "4."), (80, "Adjustments budget for the year"), (320, "Mr K van Wyk")]),
    ]
    lines = layout_of(_doc(rows)).pages[0].lines
    assert parallel_language_titles(lines, 612) == lines
