"""Risk registers printed as one block of labelled lines per risk, without a table grid.

The family: NHS trust committee papers (quality, audit, finance committees) that extract the
risks in the committee's remit as a stack of panels:

    Risk ID 2147         Ligature anchor points on adult acute inpatient wards
    Description          There is a risk that patients may self-harm ...
    Risk owner           Jenna Polglase, Deputy Director of Nursing     Care group    Adult ...
    Initial score        4 x 5 = 20     Current score   3 x 5 = 15     Target score   2 x 5 = 10
    Key controls         ...
    Last reviewed        09/10/2025

Labels sit at the block's left edge or between values on one line; a value wraps under its own
first line (at its own left edge). A block ends at the next "Risk ID" line or the page's end.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..layout import layout_of
from ..layout.lines import Line
from ..layout.tables import COLUMN_SLACK, header_cells, join_wrapped
from ..model import Document
from .normalise import RISK_REGISTER_TITLE, direction, title_line
from .records import Risk, ScoreTriple

# "Risk ID 2147", "Risk ref: CRR-12", "Risk no. 31" opening a block; the reference may be its own cell
_BLOCK_START = re.compile(
    r"^risk\s+(?:id|ref(?:erence)?|no\.?|number)\s*:?\s*(?P<ref>[A-Z]{0,5}[-/ ]?\d{1,5}[a-z]?)?$", re.I
)
_REF = re.compile(r"^[A-Z]{0,5}[-/ ]?\d{1,5}[a-z]?$")

# The labels a block names, to the field they fill. The phase words are those of the NHS 5x5
# matrix papers: Initial / Inherent / Gross, Current / Residual, Target.
_LABELS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (f, re.compile(p, re.I))
    for f, p in (
        ("description", r"^(?:risk\s+)?description:?$"),
        ("owner", r"^(?:risk\s+owner|owner|executive\s+(?:lead|owner)|lead\s+director|responsible\s+(?:officer|director)):?$"),
        ("workstream", r"^(?:care\s+group|directorate|division|service(?:\s+line)?|category|theme|workstream|strategic\s+objective):?$"),
        ("inherent", r"^(?:initial|inherent|gross)(?:\s+risk)?(?:\s+(?:score|rating))?:?$"),
        ("residual", r"^(?:current|residual)(?:\s+risk)?(?:\s+(?:score|rating))?:?$"),
        ("target", r"^target(?:\s+risk)?(?:\s+(?:score|rating))?:?$"),
        ("direction", r"^(?:trend|direction(?:\s+of\s+travel)?|movement):?$"),
        ("other", r"^(?:key\s+)?controls?(?:\s+in\s+place)?:?$|^gaps?\b|^assurances?\b|^(?:further\s+)?actions?:?$"
         r"|^last\s+review(?:ed)?:?$|^date\s+(?:opened|added|identified|raised):?$|^review\s+date:?$"),
    )
)  # fmt: skip

# A phase's score, likelihood first as the papers' key says ("Likelihood x Consequence = Score"):
# "4 x 5 = 20", "3x3 = 9", "L4 x C5 = 20"
_SCORE = re.compile(r"^L?\s*(\d)\s*[x×*]\s*[IC]?\s*(\d)\s*=\s*(\d{1,2})\b", re.I)


@dataclass
class _Block:
    ref: str
    title: str
    page: int
    label_x: float
    values: dict[str, str] = field(default_factory=dict)
    # where each label's value starts on the page, to put a wrapped line under its value
    value_x: list[tuple[float, str]] = field(default_factory=list)
    current: str = "title"


# A label's qualifier after its words: the scale's key ("Current rating (L x C)", "Initial score
# (LxI)"), the period ("Trend since last quarter", "Movement this month", "Score at Q2")
_QUALIFIER = re.compile(
    r"\s*\([^()]{1,30}\)\s*:?$|\s+(?:since|this|at|as\s+at|in)\s+(?:the\s+)?[\w/ ]{1,20}:?$", re.I
)


def _label_of(text: str) -> str | None:
    text = text.strip()
    found = next((f for f, pat in _LABELS if pat.match(text)), None)
    if found is None and _QUALIFIER.search(text):
        bare = _QUALIFIER.sub("", text)
        found = next((f for f, pat in _LABELS if pat.match(bare)), None)
    return found


# A label the block's vocabulary does not know, in the label column with its value beside it
# ("Lead committee", "Sources of assurance", "Risk appetite"): a field of its own, kept as
# a detail, rather than more of the value above. At most this many words, no sentence's end.
MAX_UNKNOWN_LABEL_WORDS = 4


def _unknown_label(cells: list, k: int) -> bool:
    text = cells[k].text.strip()
    return (
        k == 0
        and len(cells) >= 2
        and len(text.split()) <= MAX_UNKNOWN_LABEL_WORDS
        and text[:1].isupper()
        and not text.endswith((".", ",", ";"))
    )


def _split_tail_label(text: str) -> tuple[str, str | None]:
    """A cell ending in a label ("2 x 3 Trend", "2 x 4 = Trend"): the value and the label's field."""
    words = text.split()
    for n in (1, 2, 3):
        if len(words) > n:
            found = _label_of(" ".join(words[-n:]))
            if found and found != "other":
                return " ".join(words[:-n]), found
    return text, None


def _start(line: Line) -> tuple[str, str, float] | None:
    """(ref, title, label x) when the line opens a block."""
    cells = header_cells(line)
    if not cells:
        return None
    m = _BLOCK_START.match(cells[0].text.strip())
    if not m:
        return None
    rest = [c.text.strip() for c in cells[1:]]
    ref = m.group("ref")
    if not ref and rest and _REF.match(rest[0]):
        ref, rest = rest[0], rest[1:]
    if not ref:
        return None
    return ref, " ".join(rest), cells[0].x0


def _add(block: _Block, label: str, text: str, x: float) -> None:
    key = label if label != "other" else f"other:{len(block.value_x)}"
    block.values[key] = join_wrapped(block.values.get(key, ""), text)
    block.value_x.append((x, key))
    block.current = key


def _feed(block: _Block, line: Line) -> None:
    cells = header_cells(line)
    if cells[0].x0 <= block.label_x + COLUMN_SLACK:
        label = None
        for k, c in enumerate(cells):
            found = _label_of(c.text) or ("other" if _unknown_label(cells, k) else None)
            value, tail = _split_tail_label(c.text.strip())
            if found:
                label = found
                block.current = found if found != "other" else f"other:{len(block.value_x)}"
            elif label is not None and tail:
                # "2 x 3 Trend": a value run up to the next label at word spacing
                _add(block, label, value, c.x0)
                label = tail
            elif label is not None:
                _add(block, label, c.text.strip(), c.x0)
                label = None
            else:
                # a label wrapped over lines ("Gaps and further" / "actions") or not known
                block.values[block.current] = join_wrapped(
                    block.values.get(block.current, ""), c.text.strip()
                )
        return
    for c in cells:
        # a value wrapped under its first line: the value starting nearest left of it
        # (the latest of values starting at one x: "= 9" under the target score, not the care
        # group printed above it)
        left = [(x, n, k) for n, (x, k) in enumerate(block.value_x) if x <= c.x0 + COLUMN_SLACK]
        nearest = max((x for x, _, _ in left), default=None)
        near = [(n, k) for x, n, k in left if nearest is not None and x >= nearest - COLUMN_SLACK]
        key = max(near)[1] if near else block.current
        block.values[key] = join_wrapped(block.values.get(key, ""), c.text.strip())


# A block's lines are set at most this many line heights apart; a wider gap is the end of the
# register (the next appendix, a sign-off)
BLOCK_GAP_HEIGHTS = 2.0


def _ends(block: _Block, prev: Line, line: Line) -> bool:
    """The text after the last block: past a wide gap, or starting left of the labels."""
    height = line.height or 8.0
    return line.top - prev.bottom > BLOCK_GAP_HEIGHTS * height or line.x0 < block.label_x - COLUMN_SLACK


def _triple(text: str | None) -> ScoreTriple | None:
    m = _SCORE.match((text or "").strip())
    if not m:
        return None
    lik, imp, sc = (float(g) for g in m.groups())
    return ScoreTriple(likelihood=lik, impact=imp, score=sc)


def _risk(block: _Block, register: str | None) -> Risk:
    v = block.values
    extra = {k: val for k, val in v.items() if k.startswith("other:")}
    extra = {f"detail {n + 1}": val for n, val in enumerate(extra.values())}
    if block.title:
        extra["title"] = block.title
    return Risk(
        ref=block.ref,
        description=v.get("description") or block.title,
        workstream=v.get("workstream") or None,
        owner=v.get("owner") or None,
        inherent=_triple(v.get("inherent")),
        residual=_triple(v.get("residual")),
        target=_triple(v.get("target")),
        direction=direction(v.get("direction")),
        page=block.page,
        register=register,
        extra=extra,
    )


# Blocks with fewer scored phases than this are something else (a cover sheet naming a risk)
MIN_SCORED_PHASES = 1


def risk_blocks(doc: Document) -> list[Risk]:
    """One risk per "Risk ID" block carrying at least one phase's score."""
    if not re.search(r"(?im)^\s*risk\s+(?:id|ref(?:erence)?|no\.?|number)\b", doc.text):
        return []  # most documents have none: skip building the layout
    lay = layout_of(doc)
    out: list[Risk] = []
    for page in doc.pages:
        register = title_line(page.text, RISK_REGISTER_TITLE)
        block: _Block | None = None
        blocks: list[_Block] = []
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
            opened = _start(line)
            if opened:
                block = _Block(opened[0], opened[1], page.number, opened[2])
                blocks.append(block)
            elif block is not None and prev is not None and _ends(block, prev, line):
                block = None
            elif block is not None:
                _feed(block, line)
            prev = line
        for b in blocks:
            risk = _risk(b, register)
            phases = [p for p in (risk.inherent, risk.residual, risk.target) if p is not None]
            if len(phases) >= MIN_SCORED_PHASES:
                out.append(risk)
    return out
