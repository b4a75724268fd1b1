"""Reading real PDFs with pypdfium2: page counts, titles, boxes."""

from __future__ import annotations

import pytest
from conftest import PACK_2018, PACK_2020, PACK_HARTLEPOOL, PACK_ICB_SESSION, PACK_TRUST, REAL

from boardpapers.reading.layout_pages import wants_tables


@pytest.mark.parametrize(
    "path,pages",
    [
        (PACK_2020, 106),
        (PACK_2018, 112),
        (PACK_HARTLEPOOL, 47),
        (PACK_ICB_SESSION, 2),
        (PACK_TRUST, 10),
        (REAL / "cabinet_2025-01-30_Printed minutes 30th-Jan-2025 10.00 Cabinet.pdf", 17),
        (REAL / "Transparency Board 190711-  Final minutes v1.pdf", 8),
    ],
)
def test_page_counts(load_doc, path, pages):
    doc = load_doc(path)
    assert doc.page_count == pages == len(doc.pages)
    assert [p.number for p in doc.pages] == list(range(1, pages + 1))
    assert all(p.has_text_layer for p in doc.pages)


def test_titles_from_metadata_or_first_heading(load_doc):
    # Word metadata "Microsoft Word - X.doc" is cleaned to X
    assert load_doc(REAL / "TB(4)1 Transparency Board agenda - 11.01.11.pdf").title == (
        "TB(4)1 Transparency Board agenda - 11.01.11"
    )
    # no metadata title: first line of page 1
    assert load_doc(PACK_2020).title == "City Integrated Commissioning Board"


def test_text_of_a_known_page(load_doc):
    page = load_doc(PACK_2020).page(13)
    assert "7. Autism Strategy" in page.text
    assert "APPROVED the All-Age Autism Strategy" in " ".join(page.text.split())


def test_front_pages_have_spans_inside_the_page(load_doc):
    doc = load_doc(PACK_2020)
    page = doc.page(1)
    assert page.spans, "front page should carry text spans with boxes"
    for s in page.spans:
        assert 0 <= s.x0 <= s.x1 <= page.width + 1
        assert 0 <= s.top <= s.bottom <= page.height + 1
    assert any("Declarations of Interests" in s.text for s in page.spans)


def test_table_page_predicate_is_selective(load_doc):
    doc = load_doc(PACK_2018)
    selected = [p.number for p in doc.pages if wants_tables(p.text)]
    assert 0 < len(selected) < doc.page_count / 2
