"""Members' statutory notification forms printed label | answer without ruling, the labels in two
languages ("Enw / Name:", "Dyddiad / Date:"), the statute's long numbered questions as labels and
"Dim / None" answers (interest_forms.heading_entries; Welsh bodies' forms read on written-dev17).
The variant here is a Canadian board's bilingual form: "Nom / Name", "Néant / None"."""

from __future__ import annotations

import pytest
from conftest import WRITTEN_DEV17

from boardpapers.extract.interests import extract_interests, form_registers
from boardpapers.model import Document, Page, Span
from boardpapers.reading.pdf_reader import read_document

_H = 16.0
_WRAP = 10.0
_ANSWER_X = 340.0


def _page(number: int, rows: list[list[tuple[float, str, bool]]]) -> Page:
    spans = []
    top = 60.0
    for cells in rows:
        # a label's wrapped line is set closer than the form's rows
        top += _WRAP if cells[0][1][:1].islower() else _H
        for x0, text, bold in cells:
            spans.append(
                Span(text=text, x0=x0, x1=x0 + 3.4 * len(text), top=top, bottom=top + 8, size=8.0, bold=bold)
            )
    text = "\n".join(" ".join(t for _, t, _ in cells) for cells in rows)
    return Page(number=number, text=text, width=595, height=842, spans=spans)


def _q(label: str, answer: str | None = None) -> list[tuple[float, str, bool]]:
    return [(50, label, False)] + ([(_ANSWER_X, answer, False)] if answer else [])


def _doc() -> Document:
    p1 = [
        [(50, "Appendix B – Declarations of interest received", True)],
        [(50, "Nom / Name: Trustee Marc Léveillé", True), (300, "Région / Region: North", True)],
        _q(
            "1. Any employment, office or profession carried on for profit or gain by you or",
            "Pharmacist, Pharmacie Boréale",
        ),
        _q("by your spouse"),
        _q("2. Any corporation, partnership or other body in which you hold shares or an", "Néant / None"),
        _q("interest exceeding the limit set by the by-law"),
        _q(
            "3. Membership of: (a) a public body; (b) a charity; (c) a professional order",
            "(a) Member, Timmins Library Board",
        ),
        [(50, "or association", False), (_ANSWER_X, "(c) Member, Ordre des pharmaciens", False)],
        _q("4. Gifts and hospitality over $100", "Non / No"),
        [(50, "Signature: M. Léveillé", False), (300, "Date: 12/03/2025", False)],
        [(50, "Nom / Name: Trustee Aline Roy", True), (300, "Région / Region: South", True)],
        _q(
            "1. Any employment, office or profession carried on for profit or gain by you or",
            "Retired teacher",
        ),
        _q("by your spouse"),
    ]
    p2 = [
        _q(
            "2. Any corporation, partnership or other body in which you hold shares or an",
            "Roy Farms Ltd (50% shares)",
        ),
        _q("interest exceeding the limit set by the by-law"),
        _q("3. Membership of: (a) a public body; (b) a charity; (c) a professional order", "Néant / None"),
        _q("4. Gifts and hospitality over $100", "Néant / None"),
        [(50, "Signature: A. Roy", False), (300, "Date: 02/04/2025", False)],
    ]
    return Document(path="x.pdf", sha256="0", size=1, page_count=2, pages=[_page(1, p1), _page(2, p2)])


def test_bilingual_forms_with_statutory_questions() -> None:
    got = [(r.person, r.nature, r.page) for r in form_registers(_doc(), headings=True)]
    assert got == [
        ("Marc Léveillé", "Pharmacist, Pharmacie Boréale", 1),
        ("Marc Léveillé", "(a) Member, Timmins Library Board", 1),
        ("Marc Léveillé", "(c) Member, Ordre des pharmaciens", 1),
        ("Aline Roy", "Retired teacher", 1),
        ("Aline Roy", "Roy Farms Ltd (50% shares)", 2),
    ]


def test_welsh_forms_appended_to_minutes() -> None:
    path = WRITTEN_DEV17 / "d-tywi-valley-fra-standards-2025-06-12.pdf"
    if not path.exists():
        pytest.skip(f"{path} absent")
    recs = extract_interests(read_document(str(path)))
    forms = [r for r in recs if r.category != "declared-at-meeting"]
    assert {r.person for r in forms} == {"Elin Haf Rowlands", "Dafydd O’Connor-Price", "Sian Ellis"}
    assert len(forms) >= 16
    assert not any("None" in (r.nature or "") for r in forms)
    # the declarations made at the meeting, in the minutes before the appendix, are kept
    assert sum(r.category == "declared-at-meeting" for r in recs) == 2


def _tick_doc() -> Document:
    def form(name: str, answers: list[tuple[str, str, str]]) -> list[list[tuple[float, str, bool]]]:
        rows = [
            [(50, "Name of Trustee:", False), (200, name, False)],
            [(50, "Office held:", False), (200, "Trustee", False)],
        ]
        for question, boxes, details in answers:
            rows.append(_q(question, boxes))
            rows.append([(66, f"If so, please specify: {details}", False)])
        return rows

    p1 = [[(50, "Schedule 2 – Trustees' annual declarations of interest", True)]]
    p1 += form(
        "Grace Ochieng",
        [
            (
                "1. Are you a director of any company?",
                "☒ Yes ☐ No",
                "Director, Lake Basin Seeds Ltd; Director, Kisumu Agro Ltd",
            ),
            ("2. Do you hold shares in a supplier?", "☐ Yes ☒ No", "N/A"),
        ],
    )
    p1 += form(
        "Peter Mwangi",
        [
            ("1. Are you a director of any company?", "☐ Yes ☒ No", "—"),
            ("2. Do you hold shares in a supplier?", "☒ Yes ☐ No", "Shareholder (10%), Rift Pipes Ltd"),
        ],
    )
    return Document(path="x.pdf", sha256="0", size=1, page_count=1, pages=[_page(1, p1)])


def test_tick_box_questions_read_their_details() -> None:
    # a variant of the Yes/No declaration forms (a Jamaican authority's read on written-dev17):
    # the boxes beside the question are no entry, the details under it are, one per "Role, Body"
    got = [(r.person, r.nature) for r in form_registers(_tick_doc(), headings=True)]
    assert got == [
        ("Grace Ochieng", "Director, Lake Basin Seeds Ltd"),
        ("Grace Ochieng", "Director, Kisumu Agro Ltd"),
        ("Peter Mwangi", "Shareholder (10%), Rift Pipes Ltd"),
    ]
