"""Risk cards the page's end cuts through, and cards whose text is drawn in two columns inside
their box (extract.risk_panels), each on a variant written here:

- a ruled card (BAFs and corporate registers: a row of labels over a row of their values) whose
  page ends under its label strip, the values row opening the next page's first table; and one
  whose values row the page cuts, its rest (one cell as drawn over several columns) opening the
  next page's table, as the page-cut table reader (reading.pdfium_tables.cut_edges) gives it;
- a card headed "REF   Title" whose body is two columns of lines, no grid: the statement,
  "Label: value" lines on the left, phase labels over "Likelihood 4 x Impact 5" and
  "Score 20 - High" on the right (fire and rescue authorities' corporate registers), its last
  line in small print a little more than two of its own heights below the line above.
A paper of written-heldout8 (read in session 10) of each kind is checked too."""

from __future__ import annotations

from pathlib import Path

from conftest import WRITTEN_HELDOUT8
from table_docs import table_document
from tinypdf import write_pdf

from boardpapers.extract.risk_panels import line_panels, panel_risks, phase_triple
from boardpapers.extract.risks import extract_risks
from boardpapers.model import Document, Page
from boardpapers.reading.pdf_reader import read_document


def _doc(pages: list[list[list[list[str | None]]]]) -> Document:
    return table_document([("", tables) for tables in pages])


def test_card_cut_under_its_label_strip_and_in_its_values_row() -> None:
    # a university's strategic register: "Risk statement | Theme | Risk owner" over their
    # values (the statement spanning two columns), then "Gross score | Net score | Movement"
    head = ["Risk statement", None, "Theme", "Risk owner"]
    scores = ["Gross score", "Net score", "Movement", None]
    card1 = [["UR-4 Student recruitment", None, None, None], head]  # the page ends here
    rest1 = [
        ["International applications fall as visa rules tighten.", None, "Income", "Pro Vice-Chancellor"],
        scores,
        ["4 x 4 = 16", "3 x 4 = 12", "Improving", None],
    ]
    card2 = [
        ["UR-5 Estate condition", None, None, None],
        head,
        ["Backlog maintenance outruns the capital", None, "Estates", "Chief Operating Officer"],
    ]
    rest2 = [
        ["programme, closing teaching space.", None, "", ""],  # the rest of the cut row
        scores,
        ["5 x 3 = 15", "4 x 3 = 12", "Static", None],
    ]
    risks = panel_risks(_doc([[card1], [rest1, card2], [rest2]]))
    assert [(r.ref, r.page) for r in risks] == [("UR-4", 1), ("UR-5", 2)]
    a, b = risks
    assert (a.description, a.workstream, a.owner) == (
        "International applications fall as visa rules tighten.",
        "Income",
        "Pro Vice-Chancellor",
    )
    assert (a.inherent.score, a.residual.score, a.trend) == (16, 12, "down")
    assert b.description == "Backlog maintenance outruns the capital programme, closing teaching space."
    assert (b.workstream, b.owner, b.residual.score) == ("Estates", "Chief Operating Officer", 12)


def test_a_label_strip_is_not_read_as_label_value_pairs() -> None:
    # the strip left alone at a page's foot, nothing after it: its labels are not each other's values
    risks = panel_risks(
        _doc([[[["UR-6 Data", None, None, None], ["Risk statement", "Theme", "Risk owner", "Trend"]]]])
    )
    assert risks == []


def test_named_factors_over_a_named_score() -> None:
    t = phase_triple("Likelihood 4 × Impact 5 Score 20 – High")
    assert (t.likelihood, t.impact, t.score) == (4, 5, 20)
    t = phase_triple("Impact 3 x Likelihood 2 Score: 6")
    assert (t.likelihood, t.impact, t.score) == (2, 3, 6)


def _card(top: float, ref: str, title: str, owner: str, theme: str, scores: list[str]) -> list:
    lx, rx, rx2 = 55, 420, 560
    return [
        (lx + 4, top, 11, ref),
        (lx + 60, top, 11, title),
        (lx, top + 22, 9, "Risk description"),
        (rx, top + 22, 9, "Gross risk"),
        (rx2, top + 22, 9, "Net risk"),
        (lx, top + 34, 9, "Deliberate fires in empty commercial buildings put crews and"),
        (rx, top + 34, 9, scores[0]),
        (rx2, top + 34, 9, scores[1]),
        (lx, top + 46, 9, "neighbouring homes at risk."),
        (rx + 8, top + 51, 7, scores[2]),
        (rx2 + 8, top + 51, 7, scores[3]),
        (lx, top + 70, 9, f"Lead officer: {owner}"),
        (rx, top + 70, 9, "Target risk"),
        (lx, top + 82, 9, f"Theme: {theme}"),
        (rx, top + 82, 9, scores[4]),
        (rx + 8, top + 97, 7, scores[5]),
        # small print 13.6 pt under the score's band (two heights of 7 pt print are 14)
        (rx, top + 117.6, 7, "Direction of travel: Worsening"),
        (lx, top + 135, 9, "Existing controls"),
        (lx + 14, top + 148, 9, "Joint patrols with the police; owners told to secure sites."),
    ]


def test_ref_title_heading_over_a_two_column_card(tmp_path: Path) -> None:
    scores = [
        "Likelihood 4 x Impact 4",
        "Likelihood 3 x Impact 4",
        "Score 16 - High",
        "Score 12 - Medium",
        "Likelihood 2 x Impact 4",
        "Score 8 - Medium",
    ]
    p1 = [(55, 30, 12, "Corporate Risk Register")]
    p1 += _card(60, "FRS7", "Arson in vacant buildings", "Area Manager (Prevention)", "Prevention", scores)
    p1 += _card(260, "FRS8", "Water supplies for firefighting", "Head of Operations", "Response", scores)
    doc = read_document(str(write_pdf(tmp_path / "r.pdf", [p1])))
    assert len(line_panels(doc)) == 2
    risks = panel_risks(doc)
    assert [(r.ref, r.page) for r in risks] == [("FRS7", 1), ("FRS8", 1)]
    a, b = risks
    assert (
        a.description
        == "Deliberate fires in empty commercial buildings put crews and neighbouring homes at risk."
    )
    assert (a.owner, a.workstream, a.trend) == ("Area Manager (Prevention)", "Prevention", "up")
    assert (a.inherent.score, a.residual.score, a.target.likelihood, a.target.score) == (16, 12, 2, 8)
    assert a.extra["Existing controls"].startswith("Joint patrols")
    assert (b.owner, b.workstream, b.target.score) == ("Head of Operations", "Response", 8)


def test_ref_title_lines_without_phase_labels_are_not_read() -> None:
    # agenda lines "A1  Apologies" in a paper with no risk panel: the gate keeps the layout unbuilt
    doc = Document(
        path="x.pdf",
        sha256="0" * 64,
        size=0,
        page_count=1,
        pages=[Page(number=1, text="A1 Apologies\nA2 Minutes of the last meeting\nResidual risk is low.")],
    )
    assert line_panels(doc) == []


def test_written_heldout8_cards_over_pages_and_two_column_cards() -> None:
    baf = extract_risks(read_document(str(WRITTEN_HELDOUT8 / "pennine-vale-ambulance-baf-2025-09-25.pdf")))
    by_ref = {r.ref: r for r in baf}
    assert sorted(by_ref) == [f"SR{n}" for n in range(1, 8)]
    assert by_ref["SR5"].owner.startswith("Imogen Thwaite") and by_ref["SR5"].residual.score == 12
    assert by_ref["SR7"].description.endswith("opportunities to improve patient outcomes.")
    crr = extract_risks(
        read_document(str(WRITTEN_HELDOUT8 / "kennet-vale-fra-corporate-risk-register-2025-01-27.pdf"))
    )
    assert [r.ref for r in crr] == [f"CRR0{n}" for n in range(1, 8)]
    assert all(r.target is not None and r.workstream for r in crr)
