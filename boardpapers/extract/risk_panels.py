"""Risks printed as a panel of labelled fields, one panel per risk.

The family: corporate risk registers and board assurance frameworks (NHS trusts and ICBs,
councils, housing associations, universities) that print each risk as its own panel rather than
as a row of a register table:

    KC-CRR-01  Urgent and emergency care capacity              (a ruled card: the header bar,
    Risk owner  Chief Delivery Officer (Mark Ellery)             labelled lines in one cell,
    Trend ↔ Static              Risk description ...             an "L | C | Score" grid with
                 L   C   Score                                   Inherent / Current / Target
    Inherent     4   5   20                                      rows)

    Risk ID 2147         Ligature anchor points on adult acute inpatient wards
    Description          There is a risk that patients may self-harm ...    (labelled layout
    Risk owner           Jenna Polglase        Care group    Adult ...       lines, no grid)
    Initial score        4 x 5 = 20     Current score   3 x 5 = 15

Two sources read the panels, a ruled table's cells (`table_panels`) and a page's layout lines
(`line_panels`); both give the same thing, a `Panel`: the risk's reference and title and its
(label as printed, value) pairs. One builder (`panel_risk`) turns a panel into a Risk with one
label vocabulary (`label_of`) and one score parser (`phase_triple`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..layout import layout_of
from ..layout.lines import Line
from ..layout.tables import COLUMN_SLACK, header_cells, join_wrapped
from ..model import Document, Page
from .normalise import RISK_REGISTER_TITLE, printed_direction, score, title_line, trend
from .records import Risk, ScoreTriple

# ------------------------------------------------------------------ scores

# One phase's score in one cell, likelihood first: "L4 x I5 = 20", "4x5=20", "4 × 5 = 20",
# "5 x 4 = 20" under an "(L x C)" header, "L4 I5 (20)" (BAFs and strategic registers)
_SCORE_CELL = re.compile(
    r"^\s*L?\s*(\d)\s*(?:[x×*]\s*[IC]?|[IC])\s*(\d)\s*(?:=\s*(\d{1,2})|\(\s*(\d{1,2})\s*\))\s*$", re.I
)
# A risk rating's band words (RAG colours, the words of 5x5 matrices' keys)
BAND_WORDS = r"(?:red|amber|green|yellow|high|medium|moderate|low|very\s+high|very\s+low|extreme|significant|major|minor)"
# A band word set before or after a score in the same cell ("Extreme 20 (L4 x C5)", "15 (L3 x C5)
# High": Australian and NZ water and council registers print the rating word, the score and its
# factors in one cell), taken off before the score forms below are matched
_BAND_AROUND = re.compile(
    rf"^\s*{BAND_WORDS}\s*[-–:,]?\s+(?=\d)|(?<=[\d)])\s*[-–,]?\s*\(?{BAND_WORDS}\)?\s*$", re.I
)
# ... or the score first, its factors in brackets: "20 (4x5)", "20 (L4 x I5)"
_SCORE_FIRST = re.compile(r"^\s*(\d{1,2})\s*\(\s*L?\s*(\d)\s*(?:[x×*]\s*[IC]?|[IC])\s*(\d)\s*\)\s*$", re.I)
# ... or the rating, its score in brackets, then its factors named by letter: "High (16) L4 I4",
# "Medium (8) L2 x I4" (English district councils' registers printing the current rating over
# the likelihood and impact it comes from, in one cell)
_RATING_FACTORS = re.compile(
    rf"^\s*{BAND_WORDS}\s*\(\s*(\d{{1,2}})\s*\)\s*[-–,;]?\s*\(?\s*L\s*(\d)\s*(?:[x×*,]\s*)?[IC]\s*(\d)\s*\)?\s*$",
    re.I,
)
# ... or each factor named, in either order, a RAG word after: "Impact 5 x Likelihood 4 = 20 (Red)",
# "Likelihood 3 x Consequence 4 = 12" (English county councils' corporate registers scoring
# impact first; NHS papers naming consequence); the score may be named too, its band after a dash:
# "Likelihood 4 × Impact 5 Score 20 – High" (fire authority registers: the factors over the score)
_FACTOR = r"(likelihood|probability|impact|consequence|severity)"
_NAMED_SCORE = re.compile(
    rf"^\s*{_FACTOR}\s*:?\s*(\d)\s*[x×*]\s*{_FACTOR}\s*:?\s*(\d)\s*(?:=|score\s*:?)\s*(\d{{1,2}})"
    r"\s*(?:[-–—]\s*)?(?:\(\s*[a-z]+\s*\)|[a-z]+)?\s*$",
    re.I,
)
# ... or "4 x 5 = 20" with more after it in a panel's value ("= 20 (Red)", a date it is due by)
_LEADING_SCORE = re.compile(r"^L?\s*(\d)\s*[x×*]\s*[IC]?\s*(\d)\s*=\s*(\d{1,2})\b", re.I)
# A phase's likelihood, impact and score in cells of their own (a card's "L | C | Score" grid),
# given to the builder as one value with this between the cells
GRID_SEP = " | "


def _named_triple(text: str) -> tuple[float, float, float] | None:
    m = _NAMED_SCORE.match(text)
    if not m:
        return None
    first_is_likelihood = m.group(1).lower() in ("likelihood", "probability")
    if first_is_likelihood == (m.group(3).lower() in ("likelihood", "probability")):
        return None  # two likelihoods or two impacts: not a score
    a, b, sc = float(m.group(2)), float(m.group(4)), float(m.group(5))
    return (a, b, sc) if first_is_likelihood else (b, a, sc)


def cell_triple(text: str | None) -> tuple[float, float, float] | None:
    """(likelihood, impact, score) from one cell that holds only that; the bracketed forms only
    when the product agrees, so a range or a pair of figures is not read as a score."""
    named = _named_triple(text or "")
    if named:
        return named
    m = _RATING_FACTORS.match(text or "")
    if m and int(m.group(2)) * int(m.group(3)) == int(m.group(1)):
        return (float(m.group(2)), float(m.group(3)), float(m.group(1)))
    text = _BAND_AROUND.sub("", text or "")
    m = _SCORE_CELL.match(text or "")
    if m:
        lik, imp, sc = int(m.group(1)), int(m.group(2)), int(m.group(3) or m.group(4))
        if m.group(3) or lik * imp == sc:
            return (float(lik), float(imp), float(sc))
        return None
    m = _SCORE_FIRST.match(text or "")
    if m and int(m.group(2)) * int(m.group(3)) == int(m.group(1)):
        return (float(m.group(2)), float(m.group(3)), float(m.group(1)))
    return None


# A score with its RAG band (BAND_WORDS, above: also risk_prose's), in either order: "16 Red",
# "16 (Amber)", "High (20)", "Red – 16" (registers printing the band word under or beside the
# number in one cell)
_RATED = re.compile(
    rf"^\s*(?:(?P<a>\d{{1,2}})\s*[-–(]?\s*{BAND_WORDS}\s*\)?|{BAND_WORDS}\s*[-–(]?\s*(?P<b>\d{{1,2}})\s*\)?)\s*$",
    re.I,
)


# A score grid's RAG column: the band word alone ("AMBER"), after the phase's figures
_BAND_WORD = re.compile(rf"^\s*{BAND_WORDS}\s*$", re.I)
# A grid row read as one line of a card's cell, its cells parted by spaces only: "2 5 10 AMBER"
# (likelihood, impact, score, band: fire authority risk cards whose grid is not ruled apart
# from the card); read only when the product agrees
_SPACED_GRID = re.compile(rf"^\s*(\d)\s+(\d)\s+(\d{{1,2}})(?:\s+{BAND_WORDS})?\s*$", re.I)


def rated_score(text: str | None) -> float | None:
    """A score cell's number: a plain figure, or a figure with its RAG band word."""
    plain = score(text)
    if plain is not None or not text:
        return plain
    m = _RATED.match(text)
    return float(m.group("a") or m.group("b")) if m else None


# The scoring key of a register that multiplies impact by likelihood, in that order: "Scores are
# shown as impact x likelihood = score", "Consequence × Likelihood", "(I x L)" (English district
# councils' corporate registers print "5 x 4 = 20" impact first); the other order named too
# leaves the usual reading, likelihood first
_IMPACT_FIRST = re.compile(
    r"\b(?:impact|consequence|severity)\s*(?:[x×*]|multiplied\s+by|times)\s*(?:the\s+)?(?:likelihood|probability)\b"
    r"|\(\s*[IC]\s*[x×*]\s*L\s*\)",
    re.I,
)
_LIKELIHOOD_FIRST = re.compile(
    r"\b(?:likelihood|probability)\s*(?:[x×*]|multiplied\s+by|times)\s*(?:the\s+)?(?:impact|consequence|severity)\b"
    r"|\(\s*L\s*[x×*]\s*[IC]\s*\)",
    re.I,
)
# A product of two bare figures, no factor named: "5 x 4 = 20" (its order is the key's)
_BARE_PRODUCT = re.compile(r"^\s*\d\s*[x×*]\s*\d\s*=")


def impact_first(text: str) -> bool:
    """The document's scoring key puts impact before likelihood (and never the other way)."""
    return bool(_IMPACT_FIRST.search(text)) and not _LIKELIHOOD_FIRST.search(text)


def keyed_triple(t: ScoreTriple | None, text: str | None, swap: bool) -> ScoreTriple | None:
    """A phase's score read in the key's order: a bare "a x b = c" under an impact-first key
    has the impact first."""
    if t is None or not swap or not _BARE_PRODUCT.match(text or ""):
        return t
    return ScoreTriple(likelihood=t.impact, impact=t.likelihood, score=t.score)


def phase_triple(text: str | None) -> ScoreTriple | None:
    """A panel's value for one phase as a score: one of the cell forms, "4 x 5 = 20" with more
    after it, or the three cells of a grid row."""
    text = (text or "").strip()
    if GRID_SEP in text:
        cells = text.split(GRID_SEP)
        if len(cells) > 2 and _BAND_WORD.match(cells[-1]):
            cells = cells[:-1]  # "L | I | Score | RAG": the band word after the score
        while len(cells) > 3 and score(cells[-1]) is None:
            cells = cells[:-1]  # a note merged down beside the grid ("Scores use the 5 x 5 matrix ...")
        vals = [score(v) for v in cells]
        if len(vals) == 3 and all(v is not None for v in vals):
            return ScoreTriple(likelihood=vals[0], impact=vals[1], score=vals[2])
        if len(vals) == 2 and all(v is not None for v in vals):
            # an "L | I" grid with no score column (university registers): the score is not printed
            return ScoreTriple(likelihood=vals[0], impact=vals[1], score=None)
        return None
    whole = cell_triple(text)
    if whole:
        return ScoreTriple(likelihood=whole[0], impact=whole[1], score=whole[2])
    m = _SPACED_GRID.match(text)
    if m and int(m.group(1)) * int(m.group(2)) == int(m.group(3)):
        return ScoreTriple(likelihood=float(m.group(1)), impact=float(m.group(2)), score=float(m.group(3)))
    m = _LEADING_SCORE.match(text)
    if m:
        lik, imp, sc = (float(g) for g in m.groups())
        return ScoreTriple(likelihood=lik, impact=imp, score=sc)
    return None


# ------------------------------------------------------------------ labels

# The labels a panel names, to the field they fill. The phase words are those of the NHS 5x5
# matrix papers: Initial / Inherent / Gross, Current / Residual, Target. "section" labels head a
# paragraph (controls, gaps, assurances, actions); "detail" labels a short value kept as it is.
_LABELS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (f, re.compile(p, re.I))
    for f, p in (
        # "Risk" alone labels the risk's statement in housing and charity registers' panels
        ("description", r"^(?:risk\s+)?(?:description|statement):?$|^risk:?$"),
        ("owner", r"^(?:risk\s+owner|owner|executive\s+(?:lead|owner)|lead\s+(?:director|officer|executive)|responsible\s+(?:officer|director)):?$"),
        # "Corporate priority", "Risk category" (council registers; the table vocabulary's words)
        ("workstream", r"^(?:care\s+group|directorate|division|service(?:\s+line)?|(?:risk\s+)?category|theme|workstream"
         r"|strategic\s+objective|(?:corporate|strategic|council)\s+priority):?$"),
        # "Original" (fire and rescue authorities' risk cards: the score before any controls)
        ("inherent", r"^(?:initial|inherent|gross|original)(?:\s+risk)?(?:\s+(?:score|rating))?:?$"),
        # "Gross" / "Net" (university strategic registers' L / I grids)
        ("residual", r"^(?:current|residual|net)(?:\s+risk)?(?:\s+(?:score|rating))?:?$"),
        ("target", r"^target(?:\s+risk)?(?:\s+(?:score|rating))?:?$"),
        ("direction", r"^(?:trend|direction(?:\s+of\s+travel)?|movement):?$"),
        # the risk's "Cause" / "Effect" (or "Consequences") paragraphs (housing and council registers)
        # "Existing controls", "Mitigations" (fire authority and housing registers)
        ("section", r"^(?:key\s+|existing\s+)?controls?(?:\s+in\s+place)?:?$|^gaps?\b|^assurances?\b"
         r"|^(?:further\s+)?actions?:?$|^mitigations?:?$|^mitigating\s+actions?:?$|^sources?\s+of\s+assurance:?$"
         r"|^causes?:?$|^(?:effects?|consequences?|impacts?)(?:\s+of\s+the\s+risk)?:?$"),
        ("detail", r"^last\s+review(?:ed)?:?$|^date\s+(?:opened|added|identified|raised):?$|^review\s+date:?$"
         r"|^(?:assuring\s+)?committee:?$"),
    )
)  # fmt: skip
_PHASE_FIELDS = ("inherent", "residual", "target")
# Fields whose value is a paragraph under a label on a line of its own (a card's text cell)
_PARAGRAPH_FIELDS = ("description", "section")
# Labels whose value the builder does not read into a field of the Risk: kept in extra
_KEPT_AS_EXTRA = ("section", "detail", None)

# A label's qualifier after its words: the scale's key ("Current rating (L x C)", "Initial score
# (LxI)"), the period ("Trend since last quarter", "Movement this month", "Score at Q2")
# ("by March 2026": the date a target score is to be reached by, NHS BAFs' score strips; a label
# may carry two: "Target risk score (L x I) by March 2026")
_QUALIFIER = re.compile(
    r"\s*\([^()]{1,30}\)\s*:?$|\s+(?:since|this|at|as\s+at|in|by)\s+(?:the\s+)?[\w/ ]{1,20}:?$", re.I
)
# Qualifiers taken off a label's end at most this many times (the key, then the period)
MAX_QUALIFIERS = 2


def label_of(text: str) -> str | None:
    """The field a panel label fills, None when the vocabulary does not know it."""
    text = text.strip()
    found = next((f for f, pat in _LABELS if pat.match(text)), None)
    bare = text
    for _ in range(MAX_QUALIFIERS):
        if found is not None or not _QUALIFIER.search(bare):
            break
        bare = _QUALIFIER.sub("", bare)
        found = next((f for f, pat in _LABELS if pat.match(bare)), None)
    return found


# ------------------------------------------------------------------ the builder


@dataclass
class Panel:
    """One risk's panel: its reference and title and its labelled values in reading order."""

    ref: str
    title: str
    page: int
    values: dict[str, str] = field(default_factory=dict)  # label as printed -> value


# Panels with fewer scored phases than this are something else (a cover sheet naming a risk)
MIN_SCORED_PHASES = 1


def panel_risk(panel: Panel, register: str | None, swap: bool = False) -> Risk | None:
    """The Risk a panel describes; None when no phase is scored (`swap`: the document's key
    scores impact first)."""
    fields: dict[str, str] = {}
    extra: dict[str, str] = {}
    for label, value in panel.values.items():
        if not label or not value:
            continue
        f = label_of(label)
        if f in _KEPT_AS_EXTRA:
            extra[label] = value
        else:
            fields.setdefault(f, value)  # the first label of a field (a second owner: kept out)
    phases = {p: keyed_triple(phase_triple(fields.get(p)), fields.get(p), swap) for p in _PHASE_FIELDS}
    if sum(t is not None for t in phases.values()) < MIN_SCORED_PHASES:
        return None
    if panel.title:
        extra["title"] = panel.title
    return Risk(
        ref=panel.ref,
        description=fields.get("description") or panel.title,
        workstream=fields.get("workstream") or None,
        owner=fields.get("owner") or None,
        inherent=phases["inherent"],
        residual=phases["residual"],
        target=phases["target"],
        direction=printed_direction(fields.get("direction")),
        page=panel.page,
        register=register,
        extra=extra,
    )


# ------------------------------------------------------------------ tables: ruled cards

# A card's header bar opens with the reference: "KC-CRR-01", "SR 4", "BAF/3"
# (a number with a point: "BAF 1.1", "SR 2.3", NHS BAFs numbering principal risks under their
# strategic objective)
_CARD_REF = re.compile(r"^[A-Z][A-Z0-9]{0,5}(?:[-/ ][A-Z0-9]{1,5})*[-/ ]?\d{1,3}(?:\.\d{1,2})?[a-z]?$")
# ... or a label row opening the card names it: "Risk ID | BAF 1.1 | Strategic objective | SO1 ..."
# (NHS BAFs printing each principal risk as a form of label | value rows, the reference one of
# the fields rather than a header bar)
# ... or a header bar naming the reference after its label, the title after it: "Risk Ref: SR01
# Financial sustainability" (Scottish IJB risk profiles, one card per risk under a summary table)
_LABELLED_REF_TITLE = re.compile(
    r"^(?:risk|baf)\s*(?:id|ref(?:erence)?|no\.?|number)\s*[:.]?\s*"
    r"(?P<ref>[A-Z]{1,5}[-/ ]?\d{1,3}(?:\.\d{1,2})?[a-z]?)(?:\s*[|:–—]\s*|\s+-\s+|\s+)(?P<title>[A-Z].{2,})$",
    re.I,
)
_REF_LABEL = re.compile(
    r"^(?:risk|baf|crr)\s*(?:id|ref(?:erence)?|no\.?|number)\s*:?$|^risk\s+ref(?:erence)?\s+no\.?:?$", re.I
)
# A label with its value after it on one line of a cell: at most this many words
MAX_LABEL_WORDS = 4


def _label_prefix(line: str) -> tuple[str, str] | None:
    """("Risk owner", "Chief Delivery Officer") from "Risk owner Chief Delivery Officer": the
    longest run of opening words the vocabulary knows, a value after it."""
    words = line.split()
    for n in range(min(MAX_LABEL_WORDS, len(words) - 1), 0, -1):
        label = " ".join(words[:n])
        found = label_of(label)
        if found is not None and (n > 1 or found != "description"):
            # (not "Risk" alone: a line of a statement "Risk that ...")
            return label, " ".join(words[n:])
    return None


def _cell_lines(panel: Panel, cell: str) -> None:
    """A card's text cell: "Label value" lines, and paragraphs under a label on a line of its
    own ("Risk description", "Key controls"); other lines go on with the value above them."""
    key = ""
    in_paragraph = False
    for ln in (x.strip() for x in cell.splitlines()):
        if not ln:
            continue
        whole = label_of(ln)
        if whole is not None:
            # a label alone on its line, its value under it ("EXECUTIVE LEAD" over the lead's
            # name in a BAF's header strip; "Risk description" over a paragraph)
            key, in_paragraph = ln, whole in _PARAGRAPH_FIELDS
            panel.values.setdefault(key, "")
            continue
        # "Risk appetite: Averse": a label the vocabulary does not know, set off by its colon
        # (housing associations' cards), ends the value above it
        split = None if in_paragraph else (_label_prefix(ln) or _colon_label(ln, True))
        if split:
            key = split[0]
            panel.values[key] = split[1]
        elif key:
            panel.values[key] = join_wrapped(panel.values[key], ln)


def _grid_row(panel: Panel, row: list[str]) -> bool:
    """A row of the card's score grid: a phase word, then its score in one cell or the phase's
    likelihood, impact and score in three."""
    if not row or not row[0] or label_of(row[0]) not in _PHASE_FIELDS:
        return False
    vals = [c for c in row[1:] if c]
    if vals:
        panel.values[row[0]] = GRID_SEP.join(vals) if len(vals) > 1 else vals[0]
    return True


# ... or the reference and the title in one cell: "SR1 Building and fire safety compliance", set
# off by a bar, colon or dash in NHS trust BAFs' panel headers ("SR1 | Failure to deliver ...",
# "BAF 3: Workforce", "SR2 – Finance"); a hyphen only between spaces (one in "BAF-3" is the ref's)
_REF_TITLE = re.compile(
    r"^(?P<ref>[A-Z]{1,5}[-/ ]?\d{1,3}[a-z]?)(?:\s*[|:–—]\s*|\s+-\s+|\s+)(?P<title>[A-Z].{2,})$"
)


def _is_label_cell(text: str) -> bool:
    """A cell labelling the value beside it: a label of the vocabulary, or one it does not know
    (a short capitalised line, no sentence's end: "Risk appetite", "Lead committee")."""
    if not text or "\n" in text:
        return False
    if label_of(text) is not None:
        return True
    return (
        len(text.split()) <= MAX_UNKNOWN_LABEL_WORDS
        and text[:1].isupper()
        and not text.endswith((".", ",", ";"))
        and not any(ch.isdigit() for ch in text)
    )


def _label_row(panel: Panel, row: list[str], form: bool = False) -> bool:
    """A row of label | value cells, one or more pairs ("Risk owner | ... | Risk appetite | ...");
    in a `form` (a card opened by its "Risk ID | ref" row) labels the vocabulary lacks alone too."""
    cells = [c for c in row if c]
    if len(cells) < 2 or len(cells) % 2 or not all(_is_label_cell(c) for c in cells[::2]):
        return False
    if not form and not any(label_of(c) is not None for c in cells[::2]):
        return False  # a row of a register table without its header, not a panel's labels
    if all(label_of(c) is not None for c in cells[1::2]):
        return False  # a strip of labels whose values row is below it (or on the next page)
    for label, value in zip(cells[::2], cells[1::2], strict=True):
        text = ""
        for ln in value.splitlines():
            text = join_wrapped(text, ln.strip())
        panel.values[label] = join_wrapped(panel.values.get(label, ""), text)
    return True


def _header(rows: list[list[str]]) -> tuple[str, str] | None:
    """(ref, title) of a card's header bar: the reference in a cell of its own, the title in the
    next; or both in one cell alone on the row."""
    first = rows[0][0] if rows and rows[0] else ""
    if _CARD_REF.match(first):
        return first, next((c for c in rows[0][1:] if c), "")
    if _REF_LABEL.match(first) and len(rows[0]) > 1 and _CARD_REF.match(rows[0][1]):
        return rows[0][1], ""  # the reference as a field: the row is read with the body
    m = _LABELLED_REF_TITLE.match(first)
    if m and not any(rows[0][1:]):
        return m.group("ref"), m.group("title").strip()
    m = _REF_TITLE.match(first)
    if m and not any(rows[0][1:]) and label_of(first) is None:
        return m.group("ref"), m.group("title").strip()
    return None


def _orphan_header(page_text: str, tables: list[list[list[str]]]) -> tuple[str, str] | None:
    """A card's header bar left at the foot of a page, its body on the next (the bar printed
    outside the card's grid): the page's last "REF Title" line, when no table of the page
    opens with it."""
    opened = {r[0][0] for r in tables if r and r[0]}
    for ln in reversed(page_text.splitlines()):
        m = _REF_TITLE.match(ln.strip())
        if m:
            return None if ln.strip() in opened else (m.group("ref"), m.group("title").strip())
    return None


def _label_strip(panel: Panel, row: list[str], below: list[str] | None) -> bool:
    """A row of labels over a row of their values, cell under cell ("Initial score (L x C) |
    Current score (L x C) | Target score (L x C) | Movement" over "5 x 4 = 20 | ... | ↔": NHS
    BAFs' score strips)."""
    # (a label may wrap in its cell: "Inherent risk score" over "(L x I)")
    labels = [(i, " ".join(c.split())) for i, c in enumerate(row) if c]
    if below is None or len(labels) < 2 or not all(_is_label_cell(c) for _, c in labels):
        return False
    if sum(label_of(c) is not None for _, c in labels) < 2:
        return False
    values = [(i, c) for i, c in enumerate(below) if c]
    if not values or any(label_of(c) is not None for _, c in values):
        return False
    if not {i for i, _ in values} <= {i for i, _ in labels}:
        return False
    names = dict(labels)
    for i, value in values:
        panel.values[names[i]] = " ".join(value.split())
    return True


def _strip_labels(cells: list[str]) -> bool:
    """A row of labels only, two or more the vocabulary knows (a label strip's head)."""
    labels = [" ".join(c.split()) for c in cells if c]
    return (
        len(labels) >= 2
        and all(_is_label_cell(c) for c in labels)
        and sum(label_of(c) is not None for c in labels) >= 2
    )


def _cells(row: list[str | None]) -> list[str]:
    """A table row's cells as drawn: a cell spanning columns is one (the spanned ones are None)."""
    return [(c or "").strip() for c in row if c is not None]


def _open_strip(rows: list[list[str | None]]) -> tuple[list[str], bool] | None:
    """The label strip a card's table ends with, when the page may have cut the card there:
    (its labels, True) when its values row is the table's last row (the page may have cut that
    row), (its labels, False) when the strip is the last row (its values on the next page)."""
    last = _cells(rows[-1]) if rows else []
    if _strip_labels(last):
        return last, False
    if len(rows) >= 2:
        head = _cells(rows[-2])
        if _strip_labels(head) and not _strip_labels(last) and len(last) == len(head):
            return head, True
    return None


def _strip_goes_on(panel: Panel, strip: tuple[list[str], bool], rows: list[list[str | None]]) -> bool:
    """The next page's first table opens with the values of the strip the card ended with
    (cell for cell, as drawn): the strip's values row, or the rest of that row where the page
    cut it. The values go to their labels; the rest of the table is more of the card."""
    labels, filled = strip
    first = _cells(rows[0]) if rows else []
    if len(first) != len(labels) or not any(first) or any(label_of(c) is not None for c in first if c):
        return False
    for label, value in zip(labels, first, strict=True):
        text = " ".join(value.split())
        if text:
            panel.values[label] = join_wrapped(panel.values.get(label, "") if filled else "", text)
    _fill(panel, [[(c or "").strip() for c in r] for r in rows[1:]])
    return True


def _fill(panel: Panel, rows: list[list[str]], form: bool = False) -> None:
    skip = False
    for n, r in enumerate(rows):
        if skip:
            skip = False
            continue
        if _label_strip(panel, r, rows[n + 1] if n + 1 < len(rows) else None):
            skip = True
            continue
        if not _label_row(panel, r, form) and not _grid_row(panel, r):
            for c in r:
                if "\n" in c:
                    _cell_lines(panel, c)


def table_panels(doc: Document) -> list[tuple[Panel, str | None]]:
    """One panel per ruled card: a table opening with a risk's reference. A card broken by a
    page goes on in the next page's first table when that opens with labelled rows: the rest
    of the card above it, or a card whose header bar was left on the page before."""
    out: list[tuple[Panel, str | None]] = []
    register: str | None = None
    last: Panel | None = None  # the card the previous page ended with
    strip: tuple[list[str], bool] | None = None  # the label strip that card ended with
    prev_page: Page | None = None
    prev_tables: list[list[list[str]]] = []
    for page in doc.pages:
        tables = [[[(c or "").strip() for c in r] for r in tab.rows] for tab in page.tables]
        inside: set[int] = set()  # score grids drawn inside a card, read with it
        for i, rows in enumerate(tables):
            if i in inside:
                continue
            head = _header(rows)
            if head is None and last is not None and last.page == page.number and _card_goes_on(rows):
                _fill(last, rows)  # the card's score strip or controls drawn as a table of their own
                continue
            if head is None:
                if (
                    i == 0
                    and last is not None
                    and strip is not None
                    and _strip_goes_on(last, strip, page.tables[0].rows)
                ):
                    pass  # the card's strip's values (or their rest) and the rest of the card
                elif i == 0 and rows and (last is not None or out) and _opens_with_labels(rows):
                    probe = Panel("", "", page.number)
                    _fill(probe, rows)
                    # the rest of the card: none of its labels (as printed) read yet
                    labels = {k.casefold() for k in probe.values}
                    if last is not None and not labels & {k.casefold() for k in last.values}:
                        _fill(last, rows)  # the rest of the card
                    elif prev_page is not None:
                        orphan = _orphan_header(prev_page.text, prev_tables)
                        if orphan:
                            probe.ref, probe.title, probe.page = orphan[0], orphan[1], prev_page.number
                            out.append((probe, register))
                last = None
                continue
            panel = Panel(head[0], head[1], page.number)
            grids = _nested(page.tables, i)
            inside.update(grids)
            form = not head[1] and bool(_REF_LABEL.match(rows[0][0]))
            body = rows if form else rows[1:]
            if grids:
                body = _without_grid_text(body, [tables[j] for j in grids])
            _fill(panel, body, form)
            for j in grids:
                _fill(panel, tables[j])
            if not out:  # the first card: the register's title, read once (most papers have no cards)
                register = title_line(doc.text, RISK_REGISTER_TITLE)
            out.append((panel, register))
            last = panel
            strip = _open_strip(page.tables[i].rows)
        if not tables or _header(tables[-1]) is None:
            last = None
        prev_page, prev_tables = page, tables
    return out


# A table lying inside a card's box to this many points (a ruled cell's edge and the box's)
NEST_SLACK = 2.0


def _nested(tables: list, i: int) -> list[int]:
    """The tables after the card `i` on its page drawn inside its box: a small score grid
    ("| Likelihood | Impact | Score" over "Inherent | 5 | 5 | 25": housing associations' risk
    cards with the grid set beside the owner and appetite lines)."""
    box = tables[i].bbox
    if box is None:
        return []
    out = []
    for j in range(i + 1, len(tables)):
        b = tables[j].bbox
        if b is None or not (
            b[0] >= box[0] - NEST_SLACK
            and b[1] >= box[1] - NEST_SLACK
            and b[2] <= box[2] + NEST_SLACK
            and b[3] <= box[3] + NEST_SLACK
        ):
            break
        out.append(j)
    return out


def _without_grid_text(rows: list[list[str]], grids: list[list[list[str]]]) -> list[list[str]]:
    """The card's cells with the text of the grids inside it taken off the ends of their lines
    (the card's cell reads the grid's rows into its own lines: "Risk owner: ... Likelihood
    Impact Score")."""
    tails = sorted({" ".join(c for c in r if c) for g in grids for r in g} - {""}, key=len, reverse=True)

    def clean(line: str) -> str:
        s = line.rstrip()
        for t in tails:
            if s.endswith(" " + t) or s == t:
                return s[: len(s) - len(t)].rstrip()
        return line

    return [["\n".join(clean(ln) for ln in c.split("\n")) for c in r] for r in rows]


def _card_goes_on(rows: list[list[str]]) -> bool:
    """A table under a card on its page that is more of the card: labelled rows, or a strip of
    labels over one row of values (NHS BAFs drawing a principal risk's fields, its score strip
    and its controls as tables one under another). Not a list under a header row (the actions
    to address the gaps: "Action | Owner | Due" over a row per action)."""
    if not rows or (len(rows) > 2 and _strip_labels(rows[0])):
        return False
    return _opens_with_labels(rows)


def _opens_with_labels(rows: list[list[str]]) -> bool:
    probe = Panel("", "", 0)
    return (
        _label_row(probe, rows[0])
        or _grid_row(probe, rows[0])
        or _label_strip(probe, rows[0], rows[1] if len(rows) > 1 else None)
    )


# ------------------------------------------------------------------ layout lines: blocks

# The family of the line source: NHS trust committee papers (quality, audit, finance committees)
# that extract the risks in the committee's remit as a stack of labelled blocks without a grid.
# Labels sit at the block's left edge or between values on one line; a value wraps under its own
# first line (at its own left edge). A block ends at the next "Risk ID" line or the page's end.

# "Risk ID 2147", "Risk ref: CRR-12", "Risk no. 31" opening a block; the reference may be its own cell
# (a reference of two parts: "HL-R01", "CRR/F3", housing and charity registers)
_REF_PATTERN = r"[A-Z]{0,5}(?:[-/ ]?[A-Z]{1,3})?[-/ ]?\d{1,5}[a-z]?"
_BLOCK_START = re.compile(
    rf"^risk\s+(?:id|ref(?:erence)?|no\.?|number)\s*:?\s*(?P<ref>{_REF_PATTERN})?$", re.I
)
_REF = re.compile(rf"^{_REF_PATTERN}$")
# ... or "Risk SR1" over a card drawn without a grid, its title beside it (university strategic
# registers): the reference has letters before its number, "Risk" is capitalised
_CARD_START = re.compile(r"^(?:Risk|RISK)\s+(?P<ref>[A-Z]{1,5}[-/]?[A-Z]{0,3}\d{1,3}[a-z]?)$")
_ANY_START = (
    re.compile(r"(?im)^\s*risk\s+(?:id|ref(?:erence)?|no\.?|number)\b"),
    re.compile(r"(?m)^\s*(?:Risk|RISK)\s+[A-Z]{1,5}[-/]?[A-Z]{0,3}\d"),
)
# ... or the reference and the title as two cells of a line over the card ("CRR01   On-call
# firefighter availability"), the card's text drawn in two columns without a grid inside its
# box (fire and rescue authorities' corporate registers): read by its lines, in documents whose
# text has a line ending in a phase label ("Inherent risk", "... Residual score") too
_REF_HEADING = re.compile(r"(?m)^[A-Z]{1,5}[-/]?\d{1,3}[a-z]?\s+[A-Z]")
# Applied to lower-cased text, after _PHASE_END (a line ending in the label's last word), which
# rules out four documents in five of the bulk corpus at an eighth of the full pattern's cost
_PHASE_END = re.compile(r"(?m)(?:risk|score|rating)\s*$")
_PHASE_LINE = re.compile(
    r"(?m)\b(?:inherent|initial|gross|residual|current|net|target)\s+(?:risk|score|rating)\s*$"
)
_HEADING_REF = re.compile(r"^[A-Z]{1,5}[-/]?\d{1,3}[a-z]?$")


@dataclass
class _Block:
    panel: Panel
    label_x: float
    # where each label's value starts on the page, to put a wrapped line under its value
    value_x: list[tuple[float, str]] = field(default_factory=list)
    current: str = ""  # the label whose value the next loose text goes on ("": none yet)
    # the tallest line of the block's body so far: a gap between two lines of small print (a
    # score's band, "Direction of travel: New" under it) is measured against the body's lines
    line_height: float = 0.0


# A label the vocabulary does not know, in the label column with its value beside it ("Lead
# committee", "Sources of assurance", "Risk appetite"): a field of its own, kept as a detail,
# rather than more of the value above. At most this many words, no sentence's end.
MAX_UNKNOWN_LABEL_WORDS = 4


def _unknown_label(cells: list[Line], k: int) -> bool:
    text = cells[k].text.strip()
    return (
        k == 0
        and len(cells) >= 2
        and len(text.split()) <= MAX_UNKNOWN_LABEL_WORDS
        and text[:1].isupper()
        and not text.endswith((".", ",", ";"))
    )


def _split_tail_label(text: str) -> tuple[str, str | None]:
    """A cell ending in a label ("2 x 3 Trend", "2 x 4 = Trend"): the value and the label."""
    words = text.split()
    for n in (1, 2, 3):
        if len(words) > n:
            tail = " ".join(words[-n:])
            if label_of(tail) not in _KEPT_AS_EXTRA:
                return " ".join(words[:-n]), tail
    return text, None


def _start(line: Line, headings: bool = False) -> tuple[str, str, float] | None:
    """(ref, title, label x) when the line opens a block; with `headings`, a "REF | Title" line too."""
    cells = header_cells(line)
    if not cells:
        return None
    m = _BLOCK_START.match(cells[0].text.strip()) or _CARD_START.match(cells[0].text.strip())
    if not m:
        if headings and len(cells) == 2 and _HEADING_REF.match(cells[0].text.strip()):
            title = cells[1].text.strip()
            if title[:1].isupper() and label_of(title) is None:
                return cells[0].text.strip(), title, cells[0].x0
        return None
    rest = [c.text.strip() for c in cells[1:]]
    ref = m.group("ref")
    if not ref and rest and _REF.match(rest[0]):
        ref, rest = rest[0], rest[1:]
    if not ref:
        return None
    return ref, " ".join(rest), cells[0].x0


def _add(block: _Block, label: str, text: str, x: float) -> None:
    values = block.panel.values
    values[label] = join_wrapped(values.get(label, ""), text)
    block.value_x.append((x, label))
    block.current = label


# "Label: value" in one cell ("Risk owner: Director of Property Services", "Trend since last
# review: Increasing": housing associations' registers printed as borderless blocks)
_COLON_LABEL = re.compile(r"^(?P<label>[A-Z][^:]{1,48}):\s+(?P<value>\S.*)$")
# The head of an L / I (/ score) grid beside a panel's text: cells naming the factors
_GRID_HEAD = re.compile(r"^(?:[LICS]|score|rating|likelihood|impact|consequence)$", re.I)


def _colon_label(text: str, at_labels: bool) -> tuple[str, str] | None:
    m = _COLON_LABEL.match(text)
    if not m:
        return None
    label = m.group("label").strip()
    if label_of(label) is not None or (
        at_labels and len(label.split()) <= MAX_UNKNOWN_LABEL_WORDS and not any(ch.isdigit() for ch in label)
    ):  # (not "July 2025: substantial assurance" wrapped in a value)
        return label, m.group("value").strip()
    return None


def _prefixed(text: str, at_labels: bool) -> tuple[str, str] | None:
    """ "TREND ▲", "Risk owner Chief Digital Officer": a label and its value in one cell; away
    from the label column only when the value reads as that field (a direction, a score)."""
    split = _label_prefix(text) if text[:1].isupper() else None
    if split is None:
        return None
    f = label_of(split[0])
    if f in _KEPT_AS_EXTRA:
        return None
    if f == "direction":
        return split if trend(split[1]) is not None else None
    if f in _PHASE_FIELDS:
        return split if phase_triple(split[1]) is not None else None
    return split if at_labels else None


def _grid_cells(cells: list[Line], k: int) -> list[str] | None:
    """A phase word and its figures ("Gross | 5 | 5", "Net | 4 | 5 | 20"): the figures."""
    figures = [c.text.strip() for c in cells[k + 1 :]]
    if len(figures) in (2, 3) and all(score(f) is not None for f in figures):
        return figures
    return None


def _continue(block: _Block, c: Line) -> None:
    """A value wrapped under its first line: the value (or label) starting nearest left of it
    (the latest of those starting at one x: "= 9" under the target score, not the care group
    printed above it; a card's left column, not the owner beside it)."""
    left = [(x, n, k) for n, (x, k) in enumerate(block.value_x) if x <= c.x0 + COLUMN_SLACK]
    nearest = max((x for x, _, _ in left), default=None)
    near = [(n, k) for x, n, k in left if nearest is not None and x >= nearest - COLUMN_SLACK]
    key = max(near)[1] if near else block.current
    before = block.panel.values.get(key, "")
    if label_of(key) == "direction" and trend(before) is not None and trend(c.text) is None:
        return  # a badge under the arrow ("TREND ▲" over "RED": university cards), not the direction
    block.panel.values[key] = join_wrapped(before, c.text.strip())


def _feed(block: _Block, line: Line) -> None:
    """One line of a block: labels (known, or unknown at the label column with a value
    beside), "Label: value" cells, a label and its value in one cell, the rows of a phase grid;
    other cells go on with the value above them in their column."""
    cells = header_cells(line)
    at_labels = cells[0].x0 <= block.label_x + COLUMN_SLACK
    values = block.panel.values
    label: str | None = None  # a label of this line waiting for its value
    for k, c in enumerate(cells):
        text = c.text.strip()
        if (
            all(_GRID_HEAD.match(x.text.strip()) for x in cells[k:])
            and k < len(cells) - 1
            or (len(cells) == 1 and k == 0 and text in ("L", "I", "C"))
        ):
            break  # the grid's "L | I" head
        found = label_of(text)
        if found in _PHASE_FIELDS:
            figures = _grid_cells(cells, k)
            if figures:
                values[text] = GRID_SEP.join(figures)
                break
        colon = _colon_label(text, at_labels and k == 0) if found is None else None
        prefixed = _prefixed(text, at_labels and k == 0) if found is None and not colon else None
        value, tail = _split_tail_label(text)
        if found is not None or (
            at_labels and _unknown_label(cells, k) and not (colon and label_of(colon[0]))
        ):
            # (not "Category: Service Delivery" with a value of another label beside it: a known
            # label with its value after a colon is read as such)
            label = block.current = text
            values.setdefault(text, "")
            block.value_x.append((c.x0, text))  # its value may come under it
        elif colon or prefixed:
            _add(block, *(colon or prefixed), c.x0)  # type: ignore[misc]
            label = None
        elif label is not None and tail:
            # "2 x 3 Trend": a value run up to the next label at word spacing
            _add(block, label, value, c.x0)
            label = tail
        elif label is not None:
            _add(block, label, text, c.x0)
            label = None
        else:
            _continue(block, c)


# A block's lines are set at most this many line heights apart; a wider gap is the end of the
# register (the next appendix, a sign-off)
BLOCK_GAP_HEIGHTS = 2.0


def _ends(block: _Block, prev: Line, line: Line) -> bool:
    """The text after the last block: past a wide gap, or starting left of the labels."""
    height = max(line.height, prev.height, block.line_height) or 8.0
    return line.top - prev.bottom > BLOCK_GAP_HEIGHTS * height or line.x0 < block.label_x - COLUMN_SLACK


def _goes_on(block: _Block, line: Line) -> bool:
    """A block broken by a page goes on when the next page opens with one of its labels at
    its label column (a block's body under a header line left at the foot of the page before;
    the rest of a block: "Risk owner: ..." at the top of the next page)."""
    cells = header_cells(line)
    if not cells or abs(cells[0].x0 - block.label_x) > COLUMN_SLACK:
        return False
    text = cells[0].text.strip()
    return (
        label_of(text) is not None
        or _colon_label(text, True) is not None
        or _prefixed(text, True) is not None
    )


def line_panels(doc: Document) -> list[tuple[Panel, str | None]]:
    """One panel per "Risk ID" block of layout lines."""
    text = doc.text  # joined from the pages at each access: once here
    low = text.lower()
    headings = bool(_PHASE_END.search(low) and _PHASE_LINE.search(low) and _REF_HEADING.search(text))
    if not headings and not any(p.search(text) for p in _ANY_START):
        return []  # most documents have none: skip building the layout
    lay = layout_of(doc)
    out: list[tuple[Panel, str | None]] = []
    block: _Block | None = None
    register: str | None = None
    for page in doc.pages:
        # the register's title goes on over its pages
        register = title_line(page.text, RISK_REGISTER_TITLE) or (register if block else None)
        prev: Line | None = None
        pl = lay.page(page.number)
        # a block's opening line at the same place on every page ("Risk ID  SR3" heading each
        # page's first risk of a BAF printed one key/value table per risk) is read as a running
        # header by the layout: it goes back in
        openers = [ln for ln in pl.furniture if ln.spans and _start(ln)]
        lines = sorted([*pl.lines, *openers], key=lambda ln: ln.top) if openers else pl.lines
        for line in lines:
            if not line.spans:
                continue
            opened = _start(line, headings)
            if opened:
                block = _Block(Panel(opened[0], opened[1], page.number), opened[2])
                out.append((block.panel, register))
            elif block is not None and prev is None and not _goes_on(block, line):
                block = None
            elif block is not None and prev is not None and _ends(block, prev, line):
                block = None
            elif block is not None:
                _feed(block, line)
                block.line_height = max(block.line_height, line.height)
            prev = line
    return out


# ------------------------------------------------------------------ both


def panel_risks(doc: Document) -> list[Risk]:
    """The risks of a document's panels: ruled cards first, then blocks of lines whose
    reference no card has."""
    out: list[Risk] = []
    swap: bool | None = None
    for panels in (table_panels(doc), line_panels(doc)):
        seen = {r.ref for r in out}
        for panel, register in panels:
            if swap is None:
                swap = impact_first(doc.text)
            risk = panel_risk(panel, register, swap)
            if risk is not None and risk.ref not in seen:
                out.append(risk)
    return out
