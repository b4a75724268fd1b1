"""PDFium's line-end hyphen marker (U+FFFE in page text): a hyphenated name broken at its
hyphen keeps the hyphen; a word a typesetter broke is joined."""

from __future__ import annotations

from conftest import WRITTEN_HELDOUT

from boardpapers.extract import extract_all
from boardpapers.reading.pdf_reader import clean_text, read_document
from boardpapers.text import resolve_line_end_hyphens


def test_marker_before_a_capital_or_digit_is_a_hyphen_before_a_small_letter_a_break() -> None:
    assert resolve_line_end_hyphens("Abena Osei\ufffeBonsu, Gareth Pym") == "Abena Osei-Bonsu, Gareth Pym"
    assert resolve_line_end_hyphens("a Non\ufffePecuniary interest") == "a Non-Pecuniary interest"
    assert resolve_line_end_hyphens("COVID\ufffe19 recovery") == "COVID-19 recovery"
    assert clean_text("the organ\ufffeisation's plan") == "the organisation's plan"
    assert resolve_line_end_hyphens("no marker") == "no marker"


def test_hyphenated_councillor_wrapped_at_the_hyphen_keeps_the_whole_name() -> None:
    # London borough scrutiny minutes (written-heldout): "Abena Osei-" ends the first line of
    # the PRESENT list and "Bonsu," opens the second (page 1 of the PDF).
    doc = read_document(WRITTEN_HELDOUT / "wandlebury-overview-scrutiny-minutes-2024-01.pdf")
    assert "Abena Osei-Bonsu," in doc.pages[0].text
    names = {a.name for a in extract_all(doc)["attendance"]}
    assert "Abena Osei-Bonsu" in names
    assert not any("OseiBonsu" in n for n in names)
