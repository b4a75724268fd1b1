"""Generic table reading (boardpapers.extract.tables), the table-page predicate
and the normalisers: unit tests on hand-made Documents, plus a borderless
register rendered from the seed text and read back from spans."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import shared_path
from tinypdf import wrap, write_pdf

from boardpapers.extract import normalise as N
from boardpapers.extract.interests import INTEREST_SPEC, interests_from_tables
from boardpapers.extract.tables import clean_cell, read_borderless_tables, read_ruled_tables
from boardpapers.model import Document, Page, Table
from boardpapers.reading import layout_pages
from boardpapers.reading.tables_reader import table_pages

HEADER = ["Forename", "Surname", "Date of\nDeclaration", "Position / Role", "Organisation", "Nature", "Type"]


def _doc(*page_tables: list[list[list[str | None]]], texts: list[str] | None = None) -> Document:
    pages = []
    for i, tables in enumerate(page_tables, start=1):
        text = texts[i - 1] if texts else ""
        pages.append(Page(number=i, text=text, tables=[Table(rows=t) for t in tables]))
    return Document(sha256="x", path="x.pdf", size=0, page_count=len(pages), pages=pages)


def test_clean_cell_joins_lines_and_repairs_broken_words():
    assert clean_cell("Non-\nPecuniary\nInterest") == "Non-Pecuniary Interest"
    assert clean_cell("Assistant\nDirector -\nCommissioning") == "Assistant Director - Commissioning"
    assert clean_cell("Husband\ns") == "Husbands"
    assert clean_cell(None) == ""


def test_header_recognised_when_broken_mid_word():
    labels = ["Forenam\ne", "Surname", "Date of Declaration", "Business / Organisation", "Type of interest"]
    fields = INTEREST_SPEC.fields_for([clean_cell(x) for x in labels])
    assert fields == ["forename", "surname", "declared_on", "organisation", "category"]
    assert not INTEREST_SPEC.is_header(["Simon", "Cribbens", "12/08/2019", "City ICB member"])


def test_table_over_pages_without_repeated_header_and_split_row():
    p1 = [
        [
            HEADER,
            ["Ann", "Smith", "01/02/2020", "Member", "Acme Ltd", "Director", "Pecuniary Interest"],
            ["", "", "", "", "Hospital of", "", ""],
        ]
    ]
    # page 2: the tail of the split row, then a continuation row with blank name cells
    p2 = [
        [
            ["", "", "", "", "St Mary", "Governor", "Non-pecuniary interest"],
            ["", "", "", "", "Book Club", "Member", "Non-Pecuniary Interest"],
            ["Bob", "Jones", "03/04/2020", "Chair", "Co-op", "Member", "Indirect interest"],
        ]
    ]
    tables = read_ruled_tables(_doc(p1, p2), INTEREST_SPEC)
    assert len(tables) == 1
    rows = [r.cells for r in tables[0].rows]
    assert len(rows) == 5
    assert rows[1][4] == "Hospital of"  # a row of its own: the same page, no type
    # the first row on page 2 has a type of interest: a row of its own, not a split tail
    assert rows[2][4] == "St Mary" and rows[2][6] == "Non-pecuniary interest"
    assert rows[4][0] == "Bob"


def test_split_row_tail_merged_into_row_above():
    p1 = [
        [
            HEADER,
            ["Ann", "Smith", "01/02/2020", "Member", "Barking, Havering &", "Wife is", "Indirect interest"],
        ]
    ]
    p2 = [
        [
            ["", "", "", "", "Redbridge Hospitals", "", ""],
            ["", "", "", "", "Stonewall", "Ambassador", "Pecuniary"],
        ]
    ]
    t = read_ruled_tables(_doc(p1, p2), INTEREST_SPEC)[0]
    assert [r.cells[4] for r in t.rows] == ["Barking, Havering & Redbridge Hospitals", "Stonewall"]
    assert "continues on page 2" in t.rows[0].notes[0]


def test_repeated_header_continues_and_merged_cells_fold():
    # pdfplumber leaves None where a merged neighbour covers the cell
    hdr = ["Forename", None, "Surname", "Date of Declaration", "Position", "Organisation", "Nature", "Type"]
    row = ["Cy", None, "Lee", "05/06/2019", "Member", "Council", "Deputy", "Pecuniary Interest"]
    sub = [None, None, None, None, None, None, "Mayor", None]  # leading cell merged from above: a sub-row
    p1 = [[hdr, row, sub]]
    p2 = [[hdr, ["", None, "", "", "", "SACRE", "Member", "Pecuniary Interest"]]]
    tables = read_ruled_tables(_doc(p1, p2), INTEREST_SPEC)
    assert len(tables) == 1
    assert [r.cells for r in tables[0].rows] == [
        ["Cy", "Lee", "05/06/2019", "Member", "Council", "Deputy Mayor", "Pecuniary Interest"],
        ["", "", "", "", "SACRE", "Member", "Pecuniary Interest"],
    ]


def test_shifted_and_swapped_cells_repaired_with_notes():
    p1 = [
        [
            HEADER,
            ["Ann", "Smith", "01/02/2020", "Member", "Acme Ltd", "Director", "Pecuniary Interest"],
            ["Pension Committee", "Chair", "Non-Pecuniary Interest", "", "", "", ""],
            ["", "", "", "", "Member", "American Bar Association", "Non-Pecuniary Interest"],
        ]
    ]
    recs = interests_from_tables(_doc(p1, texts=["Register of Interests 2020\nAnn Smith"]))
    assert len(recs) == 3
    assert (recs[1].person, recs[1].organisation, recs[1].nature, recs[1].category) == (
        "Ann Smith",
        "Pension Committee",
        "Chair",
        "non-pecuniary",
    )
    assert "shifted 4 column(s)" in recs[1].notes
    assert (recs[2].organisation, recs[2].nature) == ("American Bar Association", "Member")
    assert "swapped" in recs[2].notes
    assert recs[0].declared_on == "2020-02-01" and recs[0].register == "Register of Interests 2020"


def test_borderless_register_rendered_from_seed(tmp_path: Path):
    """The 2020 C&H register's first rows, drawn as whitespace-aligned text with
    no ruling lines, over two pages (the header only on the first)."""
    seed = shared_path("seeds", "000_96e9045d9cfa0288.txt").read_text(encoding="utf-8").splitlines()
    start = seed.index(next(ln for ln in seed if ln.startswith("Forename\tSurname")))
    rows = [ln.split("\t") for ln in seed[start : start + 36]]  # header + 35 rows (to Honor Rhodes)
    data = rows[1:]
    xs = [30, 100, 170, 240, 360, 480, 640]
    widths = [12, 12, 10, 22, 22, 28, 26]
    pages: list[list[tuple[float, float, float, str]]] = []
    items: list[tuple[float, float, float, str]] = [
        (30, 30, 10, "Integrated Commissioning 2020 Register of Interests")
    ]
    top = 60.0
    for ri, r in enumerate(rows):
        if ri in (18, 30):  # page breaks; no repeated header
            pages.append(items)
            items, top = [], 40.0
        cells = [wrap(c, widths[i]) for i, c in enumerate(r[:7])]
        for i, lines in enumerate(cells):
            for j, text in enumerate(lines):
                if text:
                    items.append((xs[i], top + j * 9, 7, text))
        top += max(len(c) for c in cells) * 9 + 6 + (6 if ri == 0 else 0)
    pages.append(items)
    pdf = write_pdf(tmp_path / "borderless.pdf", pages)

    from boardpapers.reading.pdf_reader import read_document

    doc = read_document(str(pdf))
    assert all(not p.tables for p in doc.pages)  # nothing ruled: pdfplumber finds no table
    tables = read_borderless_tables(doc, INTEREST_SPEC)
    assert len(tables) == 1 and tables[0].method == "spans-borderless"
    recs = interests_from_tables(doc)
    assert len(recs) == len(data) == 35
    for rec, src in zip(recs, data, strict=True):
        assert rec.organisation == (src[4] or None) or "shifted" in (rec.notes or "")
        assert rec.nature == (src[5] or None) or "shifted" in (rec.notes or "")
    by_org = {r.organisation: r for r in recs}
    assert by_org["London Treasury Ltd"].person == "Ian Williams"
    assert by_org["London Treasury Ltd"].category is None
    assert by_org["Providence Row"].category == "non-pecuniary"
    assert by_org["Providence Row"].declared_on == "2019-08-12"
    assert by_org["HUHFT"].category == "indirect" and by_org["HUHFT"].person == "Honor Rhodes"
    assert by_org["HUHFT"].page == 3
    assert by_org["London Pensions Investments Advisory Committee"].nature == "Chair"
    assert recs[0].register == "Integrated Commissioning 2020 Register of Interests"


# ------------------------------------------------------------------ the table-page predicate


def test_predicate_needs_a_strong_header_term():
    assert layout_pages.table_families("Forename Surname Date of\nDeclaration Type of interest") == [
        "interests"
    ]
    assert layout_pages.table_families("Ref No Action Assigned to Due date Status Update") == ["actions"]
    assert "risks" in layout_pages.table_families("Risk description Likelihood Severity Residual")
    # prose with weak words only is not a table page
    prose = "The status of the update was discussed; progress with the owner and the impact of controls."
    assert layout_pages.table_families(prose) == []


def test_continuation_pages_follow_a_table_page():
    cells = "\n".join(
        ["Pecuniary", "Interest", "Member", "Governor", "n/a", "Trustee", "Labour", "Party", "x"]
    )
    assert layout_pages.continues_table(cells, ["interests"]) == ["interests"]
    assert layout_pages.continues_table(cells, []) == []
    prose = "\n".join(["This is a long line of ordinary prose that runs across the page width."] * 10)
    assert layout_pages.continues_table(prose, ["risks"]) == []
    pages = [
        Page(number=1, text="Forename Surname Date of Declaration", width=595, height=842),
        Page(number=2, text=cells, width=595, height=842),
        Page(number=3, text=prose, width=595, height=842),
    ]
    doc = Document(sha256="x", path="x", size=0, page_count=3, pages=pages)
    assert table_pages(doc) == [1, 2]


# ------------------------------------------------------------------ normalisers


@pytest.mark.parametrize(
    "raw,cat",
    [
        ("Pecuniary Interest", "pecuniary"),
        ("Non-pecuniary interest", "non-pecuniary"),
        ("Non-financial professional", "non-pecuniary"),
        ("Professional financial interest", "pecuniary"),
        ("Indirect Interest", "indirect"),
        ("Hospitality", "other"),
        ("", None),
    ],
)
def test_interest_category(raw, cat):
    assert N.interest_category(raw) == cat


def test_dates_status_and_arrows():
    assert N.iso_date("12/08/2019") == "2019-08-12"
    assert N.iso_date("9/11/18") == "2018-11-09"
    assert N.iso_date("10 th December 2020") is None or N.iso_date("10 December 2020") == "2020-12-10"
    assert N.date_or_raw("Dec-20") == "Dec-20"
    assert N.date_or_raw("May\u20102011") == "May-2011"
    assert N.action_status("Closed") == "closed"
    assert N.action_status("Complete") == "closed"
    assert N.action_status("On track for due date") == "open"
    assert N.action_status("No Homerton Involvement") == "other"
    assert [N.trend(x) for x in ("↑", "↓", "↔", "NEW", "")] == ["up", "down", "same", "new", None]
    assert N.score("16") == 16.0 and N.score("TBC") is None


def test_headerless_action_log_needs_a_log_title_and_status_column():
    from boardpapers.extract.actions import actions_from_headerless_logs, actions_from_tables

    tables = [
        [["Circulate minutes", "KK", "New"], ["Publish note", "KK", "Ongoing"]],
        [["Produce test cases", "CR", "Complete"]],
        [["Narrative paragraph without a status", "Someone in a long role", "text"]],
    ]
    doc = _doc(tables, texts=["ODUG Action Log – 19 July 2013\nSecretariat"])
    acts = actions_from_headerless_logs(doc)
    assert [(a.text, a.owner, a.status, a.status_raw) for a in acts] == [
        ("Circulate minutes", "KK", "open", "New"),
        ("Publish note", "KK", "open", "Ongoing"),
        ("Produce test cases", "CR", "closed", "Complete"),
    ]
    assert acts[0].tracker == "ODUG Action Log – 19 July 2013"
    assert actions_from_headerless_logs(_doc(tables, texts=["Minutes of the meeting"])) == []
    # a headed tracker: "Actions completed" is the action column
    headed = [[["Meeting date & action number", "Actions completed", "Deadline", "Progress"],
               ["19/11/2010", "Team to confirm plan", "Late Spring 2011", "Complete"]]]  # fmt: skip
    acts = actions_from_tables(_doc(headed, texts=["TB (6)1.ii Transparency Board Action Log"]))
    assert [(a.text, a.assigned_on, a.due, a.status) for a in acts] == [
        ("Team to confirm plan", "2010-11-19", "Late Spring 2011", "closed")
    ]


def test_one_cell_phase_scores_in_several_spellings() -> None:
    from boardpapers.extract.risks import _cell_triple

    assert _cell_triple("5 x 4 = 20") == (5, 4, 20)
    assert _cell_triple("L4 x I5 = 20") == (4, 5, 20)
    assert _cell_triple("L4 I5 (20)") == (4, 5, 20)
    assert _cell_triple("20 (4x5)") == (4, 5, 20)
    assert _cell_triple("L4 I5 (12)") is None  # the bracketed forms must multiply out
    assert _cell_triple("4-5") is None


def test_risk_header_words_of_bafs_and_corporate_registers() -> None:
    from boardpapers.extract.risks import RISK_SPEC

    labels = ["BAF ref", "Strategic objective", "Principal risk", "Executive lead", "Initial score",
              "Likelihood", "Consequence", "Current score", "Target (L x C)"]  # fmt: skip
    assert RISK_SPEC.fields_for(labels) == [
        "ref", "workstream", "description", "owner", "inherent.score",
        "residual.likelihood", "residual.impact", "residual.score", "target.score",
    ]  # fmt: skip
    # a phase merged over "L | I | S" (two-level header, one label per column)
    labels = ["Ref", "Risk description", "Inherent L", "Inherent I", "Inherent S", "Current L", "Current I",
              "Current S", "Residual Q3 (L x C)"]  # fmt: skip
    assert RISK_SPEC.fields_for(labels)[2:8] == [
        "inherent.likelihood", "inherent.impact", "inherent.score",
        "residual.likelihood", "residual.impact", "residual.score",
    ]  # fmt: skip
