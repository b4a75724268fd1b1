"""The layout layer on real packs: lines with fonts, furniture, numbered paragraphs."""

from __future__ import annotations

import os

import pytest

from boardpapers.layout import layout_of, number_of, paragraphs
from boardpapers.reading.pdf_reader import read_document

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.join(HERE, "..", "..", "shared", "corpus")
BORDERLESS_2020 = os.path.join(SHARED, "packs-borderless", "000_96e9045d9cfa0288.pdf")


@pytest.mark.parametrize(
    ("text", "number", "depth"),
    [
        ("1. Welcome", "1", 1),
        ("6.4 The Board noted", "6.4", 2),
        ("6.4. The Board noted", "6.4", 2),
        ("(27) Minutes", "27", 1),
        ("03.26.01 Item", "03.26.01", 3),
        ("14/037 Minutes of the last meeting", "14/037", 1),
        ("9a Report", "9a", 2),
        ("(iv) sub-point", "iv", 0),
    ],
)
def test_paragraph_numbers(text, number, depth):
    got = number_of(text)
    assert got is not None and (got.number, got.depth) == (number, depth)


@pytest.mark.parametrize("text", ["10.00 Welcome", "12 November 2020", "2020 was a year", "A. Smith", "3"])
def test_not_paragraph_numbers(text):
    assert number_of(text) is None


@pytest.mark.skipif(not os.path.exists(BORDERLESS_2020), reason="../shared absent")
def test_minutes_lines_of_the_borderless_2020_pack():
    doc = read_document(BORDERLESS_2020, with_tables=False)
    lay = layout_of(doc)
    assert layout_of(doc) is lay  # computed once
    # every page carries a "Page N" footer (read from the PDF); none is left in the lines
    assert all(not ln.text.startswith("Page ") for ln in lay.lines())
    assert sum(1 for p in lay.pages if any(f.text.startswith("Page") for f in p.furniture)) >= 100
    # page 16 (minutes): item 7 "Autism Strategy" and its paragraphs 7.1 to 7.5, the
    # board's name in bold, and the bold APPROVED bullet as its own paragraph
    page = lay.page(16)
    numbers = [ln.number for ln in page.lines if ln.number]
    assert ["7", "7.1", "7.2", "7.3", "7.4", "7.5"] == [n for n in numbers if n.startswith("7")]
    approved = [ln for ln in page.lines if "APPROVED the All-Age Autism Strategy" in ln.text]
    assert len(approved) == 1 and approved[0].has_box and approved[0].size == 10.0
    bold = [ln for ln in page.lines if ln.bold]
    assert any("Update on vaccinations" in ln.text for ln in bold)
    paras = paragraphs(page.lines)
    p72 = next(p for p in paras if p.number == "7.2")
    assert p72.text.startswith("7.2. Honor Rhodes commended the report")
    assert p72.text.endswith("understanding appropriate behaviours.")


BORDERLESS_2018 = os.path.join(SHARED, "packs-borderless", "001_e49a8843e1a52558.pdf")


@pytest.mark.skipif(not os.path.exists(BORDERLESS_2018), reason="../shared absent")
def test_borderless_tracker_and_register_rows_are_rebuilt():
    from boardpapers.extract.actions import actions_from_tables
    from boardpapers.extract.risks import extract_risks

    doc = read_document(BORDERLESS_2018)
    # page 19: the ICB action tracker, no ruling lines; 3 open rows, then 4 closed rows
    # laid out with other column widths and no header (read from the PDF)
    tracker = [a for a in actions_from_tables(doc) if a.page == 19]
    assert [a.ref for a in tracker] == [
        "ICBMar18-3",
        "ICBOct18-3",
        "ICBOct18-5",
        "ICBOct18-1",
        "ICBOct18-2",
        "ICBOct18-4",
        "ICBOct18-6",
    ]
    first = tracker[0]
    assert first.owner == "Jon Williams / Catherine Macadam"  # a cell wrapped over two lines
    assert first.text.endswith("mainstreaming of co-production within the IC Programme.")
    assert tracker[3].owner == "Simon Cribbens" and tracker[3].status == "closed"
    # the escalated risk register (landscape, pages 24-48): 19 risks; PC11's row starts
    # on page 45 under a mitigation cell that runs over the whole page from page 44
    risks = extract_risks(doc)
    refs = [r.ref for r in risks]
    assert len(refs) == 19 and "PC11" in refs
    pc11 = risks[refs.index("PC11")]
    assert pc11.page == 45 and pc11.owner == "Siobhan Harper"
    assert (pc11.inherent.likelihood, pc11.inherent.impact, pc11.inherent.score) == (5, 4, 20)


def _line(text: str, size: float = 10.0, bold: bool = False):
    from boardpapers.layout.lines import Line

    return Line(text=text, page=1, size=size, bold=bold, has_box=True, numbered=number_of(text))


@pytest.mark.parametrize(
    ("text", "size", "bold", "heading"),
    [
        ("Finance Report", 12.0, False, True),  # 1.2x the body size
        ("Finance Report", 11.0, False, False),  # 1.1x: body text
        ("Finance Report", 10.0, True, True),  # short and bold
        ("FINANCE AND PERFORMANCE", 10.0, False, True),  # all capitals
        ("FINANCE and PERFORMANCE", 10.0, False, False),  # 18 of 21 letters capitals
        ("CQC", 10.0, False, False),  # fewer than four letters
        ("6.4 RISK REGISTER", 10.0, False, True),  # the paragraph number does not count
        ("The board noted the report and agreed the plan.", 10.0, True, False),  # a sentence
        ("Finance Report,", 12.0, True, False),  # runs on
        ("2024/25", 14.0, True, False),  # no letters
        (" ".join(["Word"] * 17), 14.0, True, False),  # too long
    ],
)
def test_heading_rules(text, size, bold, heading):
    from boardpapers.layout import is_heading

    assert is_heading(_line(text, size, bold), body_size=10.0) is heading


def test_layout_is_built_only_for_borderless_tables():
    """Most documents have no table page: the extractors never build their layout."""
    from boardpapers.extract import extract_all
    from boardpapers.model import Document, Page, Span

    def page(n: int, text: str) -> Page:
        return Page(n, text, 595.0, 842.0, spans=[Span(text, 72.0, 100.0, 300.0, 112.0, 10.0)])

    plain = Document("0" * 64, "x.pdf", 1, 2, pages=[page(1, "Chief Executive's Report"), page(2, "Finance")])
    extract_all(plain)
    assert "layout" not in plain.derived
    header = "Risk Description Likelihood Impact Residual Risk Owner"
    table = Document("1" * 64, "y.pdf", 1, 1, pages=[page(1, header)])
    extract_all(table)
    assert "layout" in table.derived
