"""Letter-spaced headings keep their word gaps: council and board notices, agendas and cover pages
set the body's name and AGENDA / MINUTES / NOTICE in spaced capitals (CSS letter-spacing), which
PDFium reads as letters parted by single spaces with the word gaps lost."""

from __future__ import annotations

import pypdfium2 as pdfium
import pytest
from conftest import WRITTEN_DEV25, WRITTEN_DEV29, WRITTEN_HELDOUT3

from boardpapers.extract.meetings import extract_meetings, unspace
from boardpapers.reading.letter_spacing import mark_word_gaps
from boardpapers.reading.pdf_reader import read_document

HUON = WRITTEN_DEV29 / "df-huon-ranges-council-ocm-2025-07-21.pdf"
KINGSFOLD = WRITTEN_HELDOUT3 / "kingsfold-lb-licensing-subcommittee-b-minutes-2025-02-11.pdf"
WYOMING = WRITTEN_DEV25 / "i-wyoming-slp-audiology-board-2025-09-12.pdf"


@pytest.mark.parametrize(
    ("line", "closed"),
    [
        ("A G E N D A", "AGENDA"),
        ("H U O N   R A N G E S   C O U N C I L", "HUON RANGES COUNCIL"),
        ("M I N U T E S   O F   T H E   B O A R D", "MINUTES OF THE BOARD"),
        ("Item 4 of the agenda", "Item 4 of the agenda"),
    ],
)
def test_unspace_keeps_word_gaps(line: str, closed: str) -> None:
    assert unspace(line) == closed


def _first_lines(path, page: int = 0) -> list[str]:
    return read_document(str(path)).pages[page].lines


def test_council_name_in_spaced_capitals_keeps_word_gaps() -> None:
    # 13 pt capitals, 3 px letter-spacing over the agenda's title (a Tasmanian council's cover)
    lines = _first_lines(HUON)
    assert lines[0] == "H U O N   R A N G E S   C O U N C I L"
    assert unspace(lines[0]) == "HUON RANGES COUNCIL"
    assert lines[1] == "AGENDA"


def test_meeting_body_from_spaced_capitals() -> None:
    meetings = extract_meetings(read_document(str(HUON)))
    assert meetings and meetings[0].body == "Huon Ranges Council"
    assert meetings[0].title == "Ordinary Council Meeting"


def test_borough_name_in_spaced_capitals() -> None:
    assert unspace(_first_lines(KINGSFOLD)[0]) == "LONDON BOROUGH OF KINGSFOLD"


def test_spaced_draft_banner_keeps_word_gaps() -> None:
    lines = _first_lines(WYOMING, page=2)
    assert "D R A F T – N O T   Y E T   A P P R O V E D" in lines


def test_plain_text_is_unchanged() -> None:
    pdf = pdfium.PdfDocument(str(HUON))
    try:
        tp = pdf[0].get_textpage()
        text = tp.get_text_range()
        marked = mark_word_gaps(text, tp)
        # only the letter-spaced heading changes: two word gaps, two spaces added to each
        assert len(marked) == len(text) + 4
        assert marked.splitlines()[1:] == text.splitlines()[1:]
        tp.close()
    finally:
        pdf.close()
