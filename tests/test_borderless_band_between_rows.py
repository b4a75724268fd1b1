"""A borderless register grouped by kind of member under bold bands long enough to cross two
column starts ("Part C – Senior Officers of the Trust (...)"), the table going on to the next page
without a repeated header (layout.tables.band_between_rows): the band is a row, not the prose that
ends the table. Variant written for the test (a housing trust's register, landscape, rules between
rows), rendered with benchmarks/synthetic/render.py."""

from __future__ import annotations

from pathlib import Path

from boardpapers.extract.interests import extract_interests

VARIANT = Path(__file__).parent / "data" / "variants" / "borderless-register-member-bands.pdf"


def test_rows_under_a_band_on_the_continued_page_are_read(load_doc):
    got = extract_interests(load_doc(VARIANT))
    assert len(got) == 30
    people = [i.person for i in got]
    # the members after the third band, on the second page
    assert {"Emyr Lewis", "Gwen Cadwal", "Carys Maddox"} <= set(people)
    assert not any(p.startswith("Part ") for p in people)
