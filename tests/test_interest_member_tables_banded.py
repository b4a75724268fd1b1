"""Registers printed one table per member under a shaded band naming the member, the rows padded
wider apart than a line (interest_member_tables): the band's text padded in from the table's
edge, a name with a particle ("ap", "van"), bilingual particulars ("Date of notification /
Dyddiad hysbysu:") and nil rows ("Dim / None"). Read on written-dev18 (a Welsh fire authority's
register under the members' code of conduct); the variant is built in the test: a Scottish
board's register with Gaelic labels and a Dutch-named member."""

from __future__ import annotations

from conftest import WRITTEN_DEV18, written_doc

from boardpapers.extract.interests import member_table_registers
from boardpapers.model import Document, Page, Span


def _page(number: int, rows: list[tuple[float, list[tuple[float, str]], bool]]) -> Page:
    spans = []
    for top, cells, bold in rows:
        for x0, text in cells:
            spans.append(
                Span(text=text, x0=x0, x1=x0 + 4.4 * len(text), top=top, bottom=top + 9, size=9.0, bold=bold)
            )
    text = "\n".join(" ".join(t for _, t in cells) for _, cells, _ in rows)
    return Page(number=number, text=text, width=595, height=842, spans=spans)


def _member(top: float, name: str, date: str) -> list:
    return [
        (top, [(62, name)], True),  # the band's text, 10 pt in from the table's edge
        (top + 12, [(62, "Board member | Appointing body / Buidheann: Scottish Ministers")], False),
        (top + 23, [(62, f"Date of notification / Ceann-latha: {date}")], False),
        (top + 40, [(52, "Category"), (200, "Details of interest")], True),
    ]


def _register() -> Document:
    rows = [(30.0, [(50, "Register of Board Members' Interests")], True)]
    rows += _member(60.0, "Pieter van der Berg", "3 March 2025")
    # rows 14 points apart (a line is 9 high: wider than the reader's end gap of 1.2 lines)
    rows += [
        (118.0, [(52, "Remuneration"), (200, "Consultant engineer, Berg Hydro Ltd,")], False),
        (127.0, [(200, "Inverness")], False),
        (150.0, [(52, "Related undertakings"), (200, "Dim / None")], False),
        (173.0, [(52, "Houses, land and buildings"), (200, "Croft at Dalmore, Alness")], False),
        (196.0, [(52, "Interests in shares"), (200, "Berg Hydro Ltd (40%)")], False),
    ]
    rows += _member(240.0, "Mairi NicLeòid", "7 March 2025")
    rows += [
        (298.0, [(52, "Remuneration"), (200, "Solicitor, NicLeòid & Ross LLP")], False),
        (321.0, [(52, "Related undertakings"), (200, "Nil")], False),
        (344.0, [(52, "Non-financial interests"), (200, "Trustee, Highland Hospice")], False),
    ]
    rows += _member(390.0, "Ewan ap Rhys", "10 March 2025")
    rows += [
        (448.0, [(52, "Remuneration"), (200, "Retired")], False),
        (471.0, [(52, "Non-financial interests"), (200, "Member, Dingwall Rotary Club")], False),
    ]
    return Document(path="b.pdf", sha256="b", size=1, page_count=1, pages=[_page(1, rows)])


def test_banded_members_padded_rows():
    recs = member_table_registers(_register())
    got = [(r.person, r.nature, r.declared_on) for r in recs]
    assert got == [
        ("Pieter van der Berg", "Consultant engineer, Berg Hydro Ltd, Inverness", "2025-03-03"),
        ("Pieter van der Berg", "Croft at Dalmore, Alness", "2025-03-03"),
        ("Pieter van der Berg", "Berg Hydro Ltd (40%)", "2025-03-03"),
        ("Mairi NicLeòid", "Solicitor, NicLeòid & Ross LLP", "2025-03-07"),
        ("Mairi NicLeòid", "Trustee, Highland Hospice", "2025-03-07"),
        ("Ewan ap Rhys", "Retired", "2025-03-10"),
        ("Ewan ap Rhys", "Member, Dingwall Rotary Club", "2025-03-10"),
    ]


def test_written_welsh_register_table_per_member():
    recs = member_table_registers(written_doc(WRITTEN_DEV18, "b-dyfed-teifi-fra-register-2025-07-31"))
    people = {r.person for r in recs}
    assert people == {"Rhiannon Pryce-Jones", "Gareth ap Dafydd", "Siân Williams-Rees", "Huw O'Brien"}
    assert not any("Dim" in (r.nature or "") for r in recs)
    assert all(r.declared_on for r in recs)
    # the rows padded wider than a line are all read, not only the first
    assert len([r for r in recs if r.person == "Rhiannon Pryce-Jones"]) >= 7


def test_register_continuation_page_without_title_or_nil():
    """A register's next page carries on with members' particulars and kinds of interest, its
    title and header not repeated, no "Nil" on it: the layout keeps its word boxes (variant
    wording: a housing association's board, "Shareholding" and "Declared:" labels)."""
    from boardpapers.table_headers import register_page

    page = "Name: Ms Aoife Brennan\nDeclared: 4 June 2025\nBrennan Holdings Ltd   Shareholding\n"
    assert register_page(page, after_register=True)
    assert not register_page(page, after_register=False)
    assert not register_page("Item 6 Finance report\nThe budget was noted.", after_register=True)


def test_written_appendix_register_continuation_page():
    from boardpapers.reading.pdf_reader import read_document

    doc = read_document(str(WRITTEN_DEV18 / "a-bayshore-lakes-hc-board-2025-06-18.pdf"))
    assert doc.pages[4].spans is not None
