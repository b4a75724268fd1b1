"""Agenda items and meetings of the families met in benchmarks/written-heldout6 (read and fixed
against in session 8), with variant forms the set does not hold. Expected values read from the
PDFs."""

from __future__ import annotations

import pytest
from conftest import WRITTEN_HELDOUT6, written_doc

from boardpapers.extract.agenda import ROW_NUMBER, TIME_CELL, extract_agenda, minutes_document
from boardpapers.extract.meetings import _NOT_OWN_DATE, extract_meetings
from boardpapers.model import Document, Page


def _hhmm(t):
    """An agenda time as a 24-hour clock: the readers keep the time as printed ("2.00pm", "10.05")."""
    from boardpapers.extract.dates import find_time

    return find_time(t) if t else t


def _doc(*pages: list[str]) -> Document:
    return Document(
        sha256="6" * 64,
        path="x.pdf",
        size=1,
        page_count=len(pages),
        pages=[Page(number=k + 1, text="\n".join(lines)) for k, lines in enumerate(pages)],
    )


def test_health_and_wellbeing_board_agenda_table_over_two_pages():
    """English health and wellbeing board: "Item | Time | Title | Presented by | Purpose | Pages",
    times printed "2.00pm", sub-item rows "6a"/"6b" with no time under "6." (title only), the
    header repeated on page 2."""
    items = extract_agenda(written_doc(WRITTEN_HELDOUT6, "northmoor-hwb-2025-10-02"))
    assert [i.number for i in items] == ["1", "2", "3", "4", "5", "6", "6a", "6b", "7", "8", "9", "10", "11"]
    by = {i.number: i for i in items}
    assert (by["1"].title, _hhmm(by["1"].time)) == (
        "Welcome, introductions and apologies for absence",
        "14:00",
    )
    assert (by["6"].title, by["6"].lead, by["6"].pages) == ("Better Care Fund", None, None)
    assert (by["6b"].title, by["6b"].lead, by["6b"].purpose, by["6b"].pages, by["6b"].time) == (
        "Winter Discharge Fund allocation 2025/26",
        "Lena Fosbrook, Head of Integrated Commissioning",
        "For decision",
        "73-80",
        None,
    )
    assert (by["9"].page, by["9"].purpose, by["9"].pages) == (2, "For information and discussion", "223-234")


@pytest.mark.parametrize("number", ["6a", "6b", "12(c)", "3.3a", "5.1", "4."])
def test_row_numbers_with_lettered_sub_items(number):
    assert ROW_NUMBER.match(number)


@pytest.mark.parametrize("text", ["2025", "6ab", "Item 6"])
def test_row_number_rejects(text):
    assert not ROW_NUMBER.match(text)


@pytest.mark.parametrize(
    "cell", ["2.00pm", "2.00 p.m.", "10:30am – 11:00am", "14:00", "13.30 - 13.45 (15 mins)"]
)
def test_time_cells_in_twelve_and_twenty_four_hour_clocks(cell):
    assert TIME_CELL.match(cell)


@pytest.mark.parametrize(
    "stem",
    [
        "llanddewi-brynhafod-cc-2025-07-14",  # "Cofnodion / Minutes" under the council's name
        "caddo-prairie-isd-2025-04-17",  # US school board minutes: no "Minutes" title, "Trustees Present"
        "wexcombe-cc-cabinet-2025-07-15",  # a cabinet's Record of Decisions
    ],
)
def test_minutes_documents_give_no_agenda_items(stem):
    """Minute headings are not agenda items (the truth sets' convention)."""
    doc = written_doc(WRITTEN_HELDOUT6, stem)
    assert minutes_document(doc)
    assert extract_agenda(doc) == []


def test_minutes_heading_variants_make_a_minutes_document():
    titled = _doc(
        [
            "ASHDOWN DISTRICT COUNCIL",
            "MINUTES OF THE MEETING OF THE PLANNING COMMITTEE",
            "held on Wednesday 5 March 2025 at 6.30pm in the Council Chamber",
            "Present: Councillors Ames (Chair), Bell and Cole",
            "1. Apologies for absence",
            "2. Declarations of interest",
            "3. Minutes of the previous meeting",
        ]
    )
    assert minutes_document(titled)


def test_an_agenda_whose_items_name_minutes_is_not_a_minutes_document():
    """An agenda's rows "Minutes of the meeting held on ..." and a pack whose minutes start on a
    later page leave its front agenda alone."""
    agenda = [
        "ASHDOWN DISTRICT COUNCIL",
        "PLANNING COMMITTEE",
        "AGENDA",
        "Wednesday 5 March 2025 at 6.30pm, Council Chamber",
        "1. Apologies for absence",
        "2. Minutes of the meeting held on 5 February 2025",
        "3. Planning applications",
    ]
    minutes = [
        "Minutes of the meeting of the Planning Committee held on 5 February 2025",
        "Present: Councillors Ames (Chair), Bell and Cole",
    ]
    assert not minutes_document(_doc(agenda))
    assert not minutes_document(_doc(agenda, minutes))


def test_record_of_decisions_dated_by_its_meeting_held_on_line():
    """English county cabinet Record of Decisions: "Meeting held on Tuesday 15th July 2025 at
    10.00am, Council Chamber, ..." under the title; the publication date below is not the meeting's."""
    [m] = extract_meetings(written_doc(WRITTEN_HELDOUT6, "wexcombe-cc-cabinet-2025-07-15"))
    assert (m.date, m.title, m.location, m.start_time) == (
        "2025-07-15",
        "Cabinet – Record of Decisions",
        "Council Chamber, County Hall, Castle Street, Wexcombe",
        "10:00",
    )


@pytest.mark.parametrize(
    "line, other",
    [
        ("Meeting held on Tuesday 15th July 2025 at 10.00am", False),
        ("Held on 3 March 2025 at Committee Room 1", False),
        ("Decisions of the meeting held on 3 July 2025", False),
        ("Minutes of the meeting held on 3 July 2025", True),
        ("3. Approve the record of the meeting held on 3 July 2025", True),
        ("The next meeting will be held on 4 May 2025", True),
    ],
)
def test_held_on_lines_own_or_other_meeting(line, other):
    assert bool(_NOT_OWN_DATE.search(line)) is other


def test_notes_sub_titled_held_on_with_a_later_publication_date():
    """A variant the set does not hold: a combined authority's board decision notice, the
    meeting's "Held on" line over a later "Published" date."""
    doc = _doc(
        [
            "Fenland Combined Authority Board",
            "Decision Notice",
            "Held on Wednesday 4 June 2025 at 2.00pm, Room G1, Mandela House,",
            "Cambridge Road",
            "Published: Friday 6 June 2025",
            "1. Budget outturn 2024/25",
        ]
    )
    m = extract_meetings(doc)[0]
    assert (m.date, m.title, m.start_time) == ("2025-06-04", "Decision Notice", "14:00")
    assert m.location == "Room G1, Mandela House, Cambridge Road"


# ---- one header vocabulary for agenda tables: variants the set does not hold -----------------


@pytest.mark.parametrize(
    "cells, fields",
    [
        (
            ["Item", "Time", "Title", "Presented by", "Purpose", "Pages"],
            ["number", "time", "title", "lead", "purpose", "pages"],
        ),
        (
            ["No.", "Item", "Purpose", "Presenter", "Paper", "Time"],
            ["number", "title", "purpose", "lead", "doc", "time"],
        ),
        (
            ["Ref", "Business", "Action required", "Lead Director", "Timing"],
            ["number", "title", "purpose", "lead", "time"],
        ),
        (["No.", "Subject", "Lead officer", "Pages"], ["number", "title", "lead", "pages"]),
        (["NO", "ACTION", "OWNER"], ["number", "purpose", "lead"]),
    ],
)
def test_header_vocabulary_names_each_cells_field(cells, fields):
    from boardpapers.extract.agenda_columns import header_field, names_title

    titled = names_title(cells)
    assert [header_field(c, titled) for c in cells] == fields


def _span_page(number: int, rows: list[tuple[float, float, str]]) -> Page:
    from boardpapers.model import Span

    spans = [Span(t, x, top, x + 5.0 * len(t), top + 10, size=10.0) for x, top, t in rows]
    return Page(number=number, text="\n".join(t for _, _, t in rows), width=595, height=842, spans=spans)


def test_table_read_by_its_named_columns_without_the_word_item():
    """An English council's front sheet: "No. | Subject | Lead officer | Pages", a section bar
    ("PART B – EXEMPT ITEMS") between rows, a dash for no lead."""
    rows = [
        (60, 100, "No."),
        (100, 100, "Subject"),
        (330, 100, "Lead officer"),
        (480, 100, "Pages"),
        (60, 120, "1."),
        (100, 120, "Apologies for absence"),
        (330, 120, "–"),
        (60, 140, "2."),
        (100, 140, "Treasury management outturn"),
        (330, 140, "Chief Finance Officer"),
        (480, 140, "5 - 18"),
        (60, 160, "PART B – EXEMPT ITEMS"),
        (60, 180, "3."),
        (100, 180, "Disposal of land at Mill Road"),
        (330, 180, "Head of Property"),
        (480, 180, "19 - 24"),
    ]
    doc = Document(sha256="7" * 64, path="a.pdf", size=1, page_count=1, pages=[_span_page(1, rows)])
    from boardpapers.extract.agenda import table_agenda

    items = table_agenda(doc)
    assert [(i.number, i.title, i.lead, i.pages) for i in items] == [
        ("1", "Apologies for absence", None, None),
        ("2", "Treasury management outturn", "Chief Finance Officer", "5-18"),
        ("3", "Disposal of land at Mill Road", "Head of Property", "19-24"),
    ]


def test_table_with_time_before_title_carries_on_over_a_page_without_its_header():
    """ "Ref | Time | Business | Action required | Lead": the time column left of the titles, 12-hour
    times, a sub-item "2(a)", page 2 carrying on without the header."""
    head = [
        (60, 100, "Ref"),
        (95, 100, "Time"),
        (150, 100, "Business"),
        (350, 100, "Action required"),
        (450, 100, "Lead"),
    ]
    page1 = head + [
        (60, 120, "1"),
        (95, 120, "10.00am"),
        (150, 120, "Welcome and apologies"),
        (450, 120, "Chair"),
        (60, 140, "2"),
        (95, 140, "10.05am"),
        (150, 140, "Performance report"),
        (350, 140, "For assurance"),
        (450, 140, "Director"),
        (60, 160, "2(a)"),
        (150, 160, "Quality dashboard"),
        (350, 160, "For noting"),
        (450, 160, "Chief Nurse"),
    ]
    page2 = [
        (60, 100, "3"),
        (95, 100, "10.40am"),
        (150, 100, "Any other business"),
        (450, 100, "Chair"),
    ]
    from boardpapers.extract.agenda import table_agenda

    doc = Document(
        sha256="8" * 64,
        path="b.pdf",
        size=1,
        page_count=2,
        pages=[_span_page(1, page1), _span_page(2, page2)],
    )
    got = [(i.number, i.title, i.purpose, i.lead, _hhmm(i.time), i.page) for i in table_agenda(doc)]
    assert got == [
        ("1", "Welcome and apologies", None, "Chair", "10:00", 1),
        ("2", "Performance report", "For assurance", "Director", "10:05", 1),
        ("2(a)", "Quality dashboard", "For noting", "Chief Nurse", None, 1),
        ("3", "Any other business", None, "Chair", "10:40", 2),
    ]


def test_an_action_log_header_inside_an_agenda_is_not_an_agenda_table_header():
    """ "NO | ITEM | OWNER" over "07.17.02 | NO to follow up ... | NO" (an English parish council's
    action log printed inside its agenda, ../shared dev/parish-souldern): no title word but "Item"."""
    from boardpapers.extract.agenda import _vocabulary_header
    from boardpapers.model import Span

    def line(*cells: tuple[float, str]) -> list[Span]:
        return [Span(t, x, 100, x + 5.0 * len(t), 110, size=10.0) for x, t in cells]

    assert not _vocabulary_header(line((60, "NO"), (150, "ITEM"), (480, "OWNER")))
    assert not _vocabulary_header(line((60, "NO"), (150, "ACTION"), (480, "OWNER")))
    assert _vocabulary_header(line((60, "No."), (100, "Subject"), (330, "Lead officer"), (480, "Pages")))
