"""Registers of interests printed as zebra-striped tables (every other row filled, no rules: NZ
and Australian councils' members' interests registers): the ruling finder takes each filled row
for a one-row table, so such pages are read without rules (extract.tables.striped_pages)."""

from __future__ import annotations

from conftest import WRITTEN_DEV13

from boardpapers.extract.tables import striped_pages
from boardpapers.model import Document, Page, Table


def _doc(*pages: list[tuple[float, float, float, float]]) -> Document:
    return Document(
        path="x.pdf",
        sha256="0" * 64,
        size=0,
        page_count=len(pages),
        pages=[
            Page(number=n, text="", tables=[Table(rows=[["a", "b", "c"]], bbox=b) for b in boxes])
            for n, boxes in enumerate(pages, start=1)
        ],
    )


def test_filled_rows_a_row_apart_are_stripes_and_run_onto_the_next_page():
    # landscape register, filled rows 20pt tall with an unfilled row of 18pt between each
    stripes = [(30.0, 100.0 + k * 38, 800.0, 120.0 + k * 38) for k in range(5)]
    doc = _doc(stripes, [(30.0, 60.0, 800.0, 80.0)], [(30.0, 60.0, 800.0, 80.0)])
    assert striped_pages(doc) == {1, 2}


def test_boxed_rows_set_close_or_tables_of_other_widths_are_not_stripes():
    boxed = [(40.0, 100.0 + k * 22, 560.0, 120.0 + k * 22) for k in range(5)]  # 2pt apart
    widths = [(40.0, 100.0, 560.0, 120.0), (40.0, 140.0, 300.0, 160.0), (40.0, 180.0, 560.0, 200.0)]
    far = [(40.0, 100.0 + k * 200, 560.0, 120.0 + k * 200) for k in range(3)]  # text between
    assert striped_pages(_doc(boxed, widths, far)) == set()


def test_striped_committee_register_reads_every_row(load_doc):
    from boardpapers.extract.interests import extract_interests

    doc = load_doc(WRITTEN_DEV13 / "a-kaiwhenua-dc-audit-risk-committee-2025-09-16.pdf")
    got = {(i.person, i.organisation) for i in extract_interests(doc)}
    # unfilled rows: a member's second interest, a member whose first row is unfilled
    assert ("Mayor Julie Harrington", "Whakaroa A&P Association") in got
    assert ("Cr Tom Van der Berg", "Van der Berg Contracting Limited") in got
    assert ("Cr Mere Tāwhai", "Whakaroa Rugby Football Club") not in got


def test_registry_of_declarations_general_nature_column():
    # a registry of declarations made at meetings (Ontario municipalities, MCIA s. 6.1): the
    # interest is the "General nature of ..." column, the date the meeting's
    from table_docs import table_document

    from boardpapers.extract.interests import interests_from_tables

    doc = table_document(
        [
            (
                "Registry of Declarations of Interest",
                [
                    [
                        ["No.", "Date of Meeting", "Member", "Item", "General Nature of Interest", "Kind"],
                        [
                            "1",
                            "March 3, 2025",
                            "Councillor Ann Roy",
                            "7.2 Budget",
                            "Son works for the library",
                            "Deemed",
                        ],
                    ]
                ],
            )
        ]
    )
    got = interests_from_tables(doc)
    assert [(i.person, i.nature, i.declared_on) for i in got] == [
        ("Councillor Ann Roy", "Son works for the library", "2025-03-03")
    ]
