"""Risk registers read in session 10 (written-dev12): each mechanism on a variant written here.

- cards whose score grid is a ruled table drawn inside the card's box, beside "Label: value"
  lines the vocabulary does not all know (housing associations' strategic risk cards);
- a register whose scoring key multiplies impact by likelihood, printing "5 x 4 = 20" impact
  first (district councils' corporate registers);
- a direction arrow set large in a font of its own, its box reaching the line below, and a
  "New" at 16 pt between 10 pt scores (the same registers): lines and continuation pages;
- "DoT" naming the direction column.
"""

from __future__ import annotations

from conftest import WRITTEN_DEV12, written_doc

from boardpapers.extract.risk_panels import ScoreTriple, impact_first, keyed_triple, panel_risks
from boardpapers.extract.risks import RISK_SPEC, extract_risks
from boardpapers.extract.tables import _runs_across
from boardpapers.layout.lines import group_lines, line_from_spans, span_text
from boardpapers.layout.tables import Grid, fits_columns
from boardpapers.model import Document, Page, Span, Table


def _doc(text: str, tables: list[Table]) -> Document:
    return Document(
        path="x.pdf", sha256="0" * 64, size=0, page_count=1, pages=[Page(number=1, text=text, tables=tables)]
    )


def test_card_with_a_grid_drawn_inside_it() -> None:
    # a variant: a trust's (charity's) risk card, "HR-4 Volunteer safeguarding" over a cell
    # whose lines carry the nested grid's text at their ends; a second card after it
    def card(ref: str, top: float, grid: list[list[str]]) -> list[Table]:
        body = (
            "Volunteers working with children are not vetted before placement.\n"
            f"Lead director: Sam Okafor, Director of Services {' '.join(grid[0][1:])}\n"
            f"Appetite level: Low {' '.join(grid[1])}\n"
            f"Trend since last review: ▼ Improving {' '.join(grid[2])}\n"
            f"{' '.join(grid[3])}\n"
            "Existing controls\nDBS checks at induction"
        )
        return [
            Table(rows=[[f"{ref} Volunteer safeguarding"], [body]], bbox=(50.0, top, 550.0, top + 200)),
            Table(rows=grid, bbox=(360.0, top + 40, 540.0, top + 110)),
        ]

    g1 = [
        ["", "L", "I", "Score"],
        ["Gross", "4", "5", "20"],
        ["Net", "2", "5", "10"],
        ["Target", "1", "5", "5"],
    ]
    g2 = [
        ["", "L", "I", "Score"],
        ["Gross", "3", "3", "9"],
        ["Net", "3", "3", "9"],
        ["Target", "2", "3", "6"],
    ]
    doc = _doc("Strategic risk cards", card("HR-4", 80.0, g1) + card("HR-5", 320.0, g2))
    recs = panel_risks(doc)
    assert [r.ref for r in recs] == ["HR-4", "HR-5"]
    a = recs[0]
    assert a.owner == "Sam Okafor, Director of Services"  # the grid's head and the appetite kept out
    assert (a.inherent.likelihood, a.inherent.impact, a.inherent.score) == (4, 5, 20)
    assert (a.residual.score, a.target.score) == (10, 5)
    assert (a.direction, a.trend) == ("▼ Improving", "down")
    assert recs[1].target.score == 6


def test_impact_first_key() -> None:
    assert impact_first("Risks are scored consequence × likelihood (1-5 each).")
    assert impact_first("Score = (I x L)")
    assert not impact_first("scored likelihood x impact")
    assert not impact_first("impact x likelihood here, likelihood x impact there")
    t = ScoreTriple(likelihood=5, impact=4, score=20)
    assert keyed_triple(t, "5 x 4 = 20", True) == ScoreTriple(likelihood=4, impact=5, score=20)
    assert keyed_triple(t, "L5 x I4 = 20", True) is t  # the factors named: their order is printed
    assert keyed_triple(t, "5 x 4 = 20", False) is t


def test_impact_first_register_card() -> None:
    # a variant: a ruled card under a key printed consequence first
    rows = [
        ["CRR7", "Coastal erosion"],
        ["Risk description", "Loss of the promenade road."],
        ["Current score", "4 x 3 = 12"],
        ["Target score", "Likelihood 2 x Impact 3 = 6"],
    ]
    doc = _doc("Scores: consequence x likelihood = score.", [Table(rows=rows)])
    (r,) = panel_risks(doc)
    assert (r.residual.likelihood, r.residual.impact, r.residual.score) == (3, 4, 12)
    assert (r.target.likelihood, r.target.impact) == (2, 3)


def _glyphs(text: str, x: float, top: float, size: float = 10.0, w: float = 5.0) -> list[Span]:
    out = []
    for ch in text:
        if ch != " ":
            out.append(Span(ch, x, top, x + w - 0.5, top + size * 0.56, size=size))
        x += w
    return out


def test_large_arrow_does_not_pull_the_next_line_up() -> None:
    # one glyph a run, 10 pt; an arrow at 16 pt whose box reaches the second line; a word run
    # in another column of the second line
    line1 = _glyphs("Pension deficit", 80, 285.0)
    line2 = [*_glyphs("If returns fall", 80, 293.0), Span("Development", 485, 293.0, 528, 298.6, size=10.0)]
    arrow = Span("↑", 300, 286.0, 303, 293.5, size=16.0)
    lines = group_lines([*line1, *line2, arrow])
    texts = ["".join(span_text(s) for s in ln) for ln in lines]
    assert texts == ["Pensiondeficit↑", "IfreturnsfallDevelopment"]


def test_continuation_of_glyph_runs_and_a_large_word_between_cells() -> None:
    grid = Grid(starts=[50.0, 80.0, 230.0, 305.0, 355.0, 405.0, 433.0, 485.0], labels=[""] * 8,
                top=100.0, bottom=110.0, line_height=8.0)  # fmt: skip
    # a continuation page's row set a glyph a run: ref, description, owner, scores, "New" at 16 pt
    spans = [
        *_glyphs("CR9", 51, 60),
        *_glyphs("Depot relocation", 83, 60),
        *_glyphs("Ann Lee", 231, 60),
        Span("3 x 3 = 9", 309, 60, 342, 66, size=10.0),
        Span("3 x 3 = 9", 360, 60, 393, 66, size=10.0),
        Span("New", 406, 58, 429, 67, size=16.0),
        Span("2 x 2 = 4", 442, 60, 470, 66, size=10.0),
    ]
    row = line_from_spans(spans, 2)
    wrap = line_from_spans(_glyphs("The depot lease ends", 83, 70), 2)
    assert not _runs_across(row, grid)
    assert fits_columns([row, wrap], grid)
    # a sentence under the table, one size, runs across
    note = line_from_spans(_glyphs("Scores are impact x likelihood and were agreed in June", 51, 80), 2)
    assert _runs_across(note, grid)


def test_dot_header_names_the_direction() -> None:
    assert RISK_SPEC.field_for("DoT") == "direction"


def test_written_dev12_registers() -> None:
    recs = extract_risks(written_doc(WRITTEN_DEV12, "thornleigh-dc-audit-governance-2025-07-15"))
    assert [r.ref for r in recs] == [f"CR0{n}" for n in range(1, 9)]
    cr01 = recs[0]
    assert (cr01.residual.likelihood, cr01.residual.impact) == (4, 5)
    assert recs[1].description.startswith("Local Plan If the Local Plan")
    cards = extract_risks(written_doc(WRITTEN_DEV12, "calderbrook-housing-board-2025-09-25"))
    assert [(r.ref, r.residual.score) for r in cards] == [
        ("SR1", 10), ("SR2", 16), ("SR3", 12), ("SR4", 12), ("SR5", 9), ("SR6", 12)
    ]  # fmt: skip
