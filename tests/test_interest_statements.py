"""Registers printed as members' statements (interest_statements.statement_registers): a
"SURNAME, Forename (position)" heading, numbered categories run in with their answers, entries
parted by semicolons, "Nil", a closing "(Statement furnished <date>)", in two columns that a
statement flows across. The test builds its own variant of the layout."""

from __future__ import annotations

from boardpapers.extract.interest_statements import statement_registers
from boardpapers.model import Document, Page, Span

_CHAR = 5.0  # points per character of the test's 10-point runs


def _page(number: int, rows: list[tuple[float, float, str]]) -> Page:
    """rows: (x0, top, text), one span each."""
    spans = [
        Span(text=t, x0=x, x1=x + _CHAR * len(t), top=top, bottom=top + 10, size=10.0) for x, top, t in rows
    ]
    text = "\n".join(t for _, _, t in sorted(rows, key=lambda r: (r[1], r[0])))
    return Page(number=number, text=text, width=595, height=842, spans=spans)


L, R = 40.0, 310.0  # the two columns' left edges (each 250 points wide at most)


def _column(x: float, top: float, lines: list[str]) -> list[tuple[float, float, str]]:
    return [(x, top + 13 * i, t) for i, t in enumerate(lines)]


def test_statements_flowing_across_two_columns():
    left = [
        "BRENNAN, Siobhán (Chairperson)",
        "1. Occupational Income etc.: Accountant,",
        "Brennan & Co., Sligo; Lecturer (part-time),",
        "Sligo Institute",
        "3. Directorships: Lough Gill Trust CLG",
        "(Statement furnished 3 February 2025)",
        "",
        "Ó DÚILL, Tomás (Member, nominated by the",
        "Minister for Rural Affairs)",
        "2. Shares etc.: Ardmore Foods plc; Carbery",
        "Group",
    ]
    right = [
        "4. Land (including property): Farm, Ballina",
        "(Statement furnished 5 February 2025)",
        "",
        "WHELAN, Gráinne (Member)",
        "Nil",
        "(Statement furnished 1 February 2025)",
        "",
        "de LACY, Ruth (Member)",
        "5. Gifts: Nil",
        "9. Contracts: Maintenance of the Authority's",
        "vehicles (2024)",
        "(Statement furnished 7 February 2025)",
    ]
    rows = [
        (L, 40.0, "REGISTER OF INTERESTS OF MEMBERS"),
        (
            L,
            56.0,
            "Statements of interests furnished under the Ethics in Public Office Acts, published below.",
        ),
    ]
    rows += [r for r in _column(L, 90.0, left) + _column(R, 90.0, right) if r[2]]
    got = statement_registers(
        Document(path="x.pdf", sha256="0", size=1, page_count=1, pages=[_page(1, rows)])
    )
    assert [(r.person, r.role, r.declared_on, r.nature) for r in got] == [
        ("Siobhán Brennan", "Chairperson", "2025-02-03", "Accountant, Brennan & Co., Sligo"),
        ("Siobhán Brennan", "Chairperson", "2025-02-03", "Lecturer (part-time), Sligo Institute"),
        ("Siobhán Brennan", "Chairperson", "2025-02-03", "Lough Gill Trust CLG"),
        (
            "Tomás Ó Dúill",
            "Member, nominated by the Minister for Rural Affairs",
            "2025-02-05",
            "Ardmore Foods plc",
        ),
        (
            "Tomás Ó Dúill",
            "Member, nominated by the Minister for Rural Affairs",
            "2025-02-05",
            "Carbery Group",
        ),
        (
            "Tomás Ó Dúill",
            "Member, nominated by the Minister for Rural Affairs",
            "2025-02-05",
            "Farm, Ballina",
        ),
        ("Ruth de Lacy", "Member", "2025-02-07", "Maintenance of the Authority's vehicles (2024)"),
    ]
    assert {r.register for r in got} == {"REGISTER OF INTERESTS OF MEMBERS"}
    assert [r.category for r in got][:3] == ["pecuniary"] * 3


def test_members_list_in_minutes_is_no_register():
    """Names in "SURNAME, Forename (post)" form with no numbered categories under them."""
    lines = (
        ["Members present:"]
        + [
            f"{s}, {f} (Member)"
            for s, f in (("BRENNAN", "Siobhán"), ("WHELAN", "Gráinne"), ("NOLAN", "Peadar"))
        ]
        + ["The declarations of interest were noted."]
    )
    rows = _column(L, 60.0, lines)
    doc = Document(path="x.pdf", sha256="0", size=1, page_count=1, pages=[_page(1, rows)])
    assert statement_registers(doc) == []
