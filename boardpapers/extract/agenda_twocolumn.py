"""An order of business set in two columns on a cover or notice page: the numbered list runs
down the left column and on down the right ("1 Apologies" ... "7.2 ..." | "7.3 ..." ... "10
Closing Karakia"). New Zealand and Australian councils' summonses, school boards' and
districts' notices set it so with CSS or Word columns. The layout joins the two columns' text
where they share a band ("1 Opening Karakia  7.3 Cycleway Stage 2") and interleaves the rest
by height, so the list reads as a jumble of items and wrapped lines. This module cuts such a
block at the gutter and returns its lines in reading order: the left column, then the right.
Pure functions over layout lines."""

from __future__ import annotations

import dataclasses

from ..layout import Line, number_of
from ..layout.lines import em, line_from_spans

# A two-column order of business is read on the first pages only (a cover or the summons's page;
# minutes that open with their agenda): later pages' columns are reports' and minutes' text
TWO_COLUMN_PAGES = 2
# The right column's numbers start past this share of the page width (a gutter near the middle;
# the kowhai-style A4 cover's right column starts at 0.52, a US letter two-column list near 0.5)
RIGHT_COLUMN_SHARE = 0.35
# At least this many numbered items in each column: two numbers beside a list are a table's
# side column (a page range, a duration), three or more a column of the list
MIN_COLUMN_ITEMS = 3
# Right-column numbers at one margin lie within this many points of each other's level margin
# (top-level "8" at 307 and sub-item "7.3" at 317 in the same column)
NUMBER_MARGIN_SPREAD = 40.0
# A line of the left column after the right column's last line still belongs to the list when it
# sits within this many line heights of the left column's line above (wrapped titles and items
# sit 0.2-1.0 apart; a heading below the list, "Membership", stands 2.5 apart)
LIST_LINE_GAP = 1.5


def _titled_number(text: str) -> int | None:
    """The leading integer of a numbered item with a title ("7.3 Kōwhai Coast ..."), else None:
    a number alone or before figures ("11 - 84", "30 July") is not an item."""
    n = number_of(text)
    if n is None or n.style != "dotted" or not n.rest[:1].isupper():
        return None
    return int(n.number.split(".")[0])


# A left column's long title may run to within a word space or two of the right column's item
# ("4. Confirmation of Minutes of Meeting No. 02/2025   8. Fisheries Licences ...": a narrow gutter,
# below the layout's column gap of two ems): the line is cut at the gutter where a gap of at
# least this many ems (wider than a justified word space, ~0.3 em) opens right before a titled
# number at the right column's margin (Pacific and African boards' minutes print their agenda
# in two columns so)
GUTTER_MIN_GAP_EMS = 0.8
# Points a right-column number may start left of the column's margin
GUTTER_SLACK = 2.0


def _gutter_cut(ln: Line, split: float) -> tuple[Line, Line] | None:
    """The line cut at the gutter into its left and right column's parts, where a titled number
    opens the right part after a gap (see GUTTER_MIN_GAP_EMS); None otherwise."""
    spans = ln.spans
    k = next((k for k, s in enumerate(spans) if s.x0 >= split - GUTTER_SLACK), None)
    if not k:
        return None
    prev, nxt = spans[k - 1], spans[k]
    if prev.x1 > split or nxt.x0 - prev.x1 < GUTTER_MIN_GAP_EMS * max(em(prev), em(nxt)):
        return None
    right = line_from_spans(spans[k:], ln.page)
    if _titled_number(right.text) is None:
        return None
    return line_from_spans(spans[:k], ln.page), right


def _cells_at(ln: Line, split: float) -> list[Line]:
    """The line's cells, a cell straddling the gutter cut at it where it can be (_gutter_cut)."""
    cells = ln.cells() if ln.x1 > split else [ln]
    out: list[Line] = []
    for c in cells:
        cut = _gutter_cut(c, split) if c.x0 < split - 1 and c.x1 > split + 1 else None
        out.extend(cut if cut is not None else (c,))
    return out


def _right_cells(ln: Line, split: float) -> tuple[list[Line], list[Line]]:
    """The line's cells left and right of the gutter at `split`."""
    cells = _cells_at(ln, split)
    left = [c for c in cells if c.x0 < split - GUTTER_SLACK]
    right = [c for c in cells if c.x0 >= split - GUTTER_SLACK]
    return left, right


def _straddles(ln: Line, split: float) -> bool:
    """A cell running across the gutter: a full-width line, not a column's."""
    return any(c.x0 < split - 1 and c.x1 > split + 1 for c in _cells_at(ln, split))


def _join(cells: list[Line], page: int) -> Line | None:
    spans = [s for c in cells for s in c.spans]
    if not spans:
        return None
    ln = line_from_spans(spans, page)
    # a glyph the text layer set off its line's baseline ("’" of "Mayor’s") is no line of its own
    return ln if any(ch.isalnum() for ch in ln.text) else None


def two_column_list(lines: list[Line], width: float) -> list[Line]:
    """`lines` with a two-column numbered list read column by column (see the module's note);
    the lines unchanged when the page holds no such list. Lines need boxes."""
    if width <= 0 or sum(1 for ln in lines if ln.numbered) < MIN_COLUMN_ITEMS:
        return lines
    half = RIGHT_COLUMN_SHARE * width
    # the right column's numbered cells: (line index, cell)
    right: list[tuple[int, Line]] = []
    for k, ln in enumerate(lines):
        if not ln.has_box or ln.x1 <= half:
            continue
        for c in ln.cells() if ln.x0 < half else [ln]:
            if c.x0 >= half and _titled_number(c.text) is not None:
                right.append((k, c))
                break
    if len(right) < MIN_COLUMN_ITEMS:
        return lines
    split_x = min(c.x0 for _, c in right)
    right = [(k, c) for k, c in right if c.x0 <= split_x + NUMBER_MARGIN_SPREAD]
    # ... with the right column's items whose line runs on from the left column's across a
    # narrow gutter (see GUTTER_MIN_GAP_EMS), found once the gutter is known
    found = {k for k, _ in right}
    for k, ln in enumerate(lines):
        if k in found or not ln.has_box or ln.x0 >= split_x or ln.x1 <= split_x:
            continue
        cut = _gutter_cut(ln, split_x)
        if cut is not None and cut[1].x0 <= split_x + NUMBER_MARGIN_SPREAD:
            right.append((k, cut[1]))
    right.sort(key=lambda kc: kc[0])
    start = right[0][0]
    left_numbers = [
        n
        for ln in lines[start : right[-1][0] + 1]
        if ln.x0 < split_x and (n := _titled_number(ln.text)) is not None
    ]
    right_numbers = [n for _, c in right if (n := _titled_number(c.text)) is not None]
    if (
        len(left_numbers) < MIN_COLUMN_ITEMS
        or len(right) < MIN_COLUMN_ITEMS
        # the right column carries the list on: its numbers follow the left column's and rise
        or right_numbers[0] < left_numbers[-1]
        or right_numbers != sorted(right_numbers)
        or left_numbers != sorted(left_numbers)
    ):
        return lines
    end = right[-1][0]
    # the right column's wrapped lines after its last number
    while end + 1 < len(lines) and lines[end + 1].x0 >= split_x and not _straddles(lines[end + 1], split_x):
        if lines[end + 1].top - lines[end].bottom > LIST_LINE_GAP * max(lines[end].height, 1.0):
            break
        end += 1
    block = lines[start : end + 1]
    if any(_straddles(ln, split_x) for ln in block):
        return lines
    left_col: list[Line] = []
    right_col: list[Line] = []
    for ln in block:
        lcells, rcells = _right_cells(ln, split_x)
        if lcells and (joined := _join(lcells, ln.page)) is not None:
            left_col.append(joined)
        if rcells and (joined := _join(rcells, ln.page)) is not None:
            right_col.append(joined)
    # the left column's tail below the right column's last line
    tail = end + 1
    margin = min((c.x0 for c in left_col if c.numbered), default=None)
    while tail < len(lines) and left_col:
        ln = lines[tail]
        if ln.x1 > split_x or ln.top - left_col[-1].bottom > LIST_LINE_GAP * max(left_col[-1].height, 1.0):
            break
        if margin is not None and ln.x0 < margin - GUTTER_SLACK:
            break  # a heading set out left of the list's numbers (the minutes' first heading)
        left_col.append(ln)
        tail += 1
    if not right_col:
        return lines
    return lines[:start] + left_col + _moved_under(right_col, left_col) + lines[tail:]


def _moved_under(right_col: list[Line], left_col: list[Line]) -> list[Line]:
    """The right column's lines moved under the left column's last line, at the left column's
    margins and line spacing, as if the list ran on in one column: the list readers judge
    margins, indents and gaps between lines, which the jump to the top of the next column would
    break (an item at the right column's margin reads as a point indented far past the items)."""
    left_margin = min((ln.x0 for ln in left_col if ln.numbered), default=left_col[0].x0)
    right_margin = min((ln.x0 for ln in right_col if ln.numbered), default=right_col[0].x0)
    gaps = sorted(b.top - a.bottom for a, b in zip(left_col, left_col[1:], strict=False))
    gap = max(gaps[len(gaps) // 2], 0.0) if gaps else 0.0
    dx = left_margin - right_margin
    dy = left_col[-1].bottom + gap - right_col[0].top
    out = []
    for ln in right_col:
        spans = [
            dataclasses.replace(s, x0=s.x0 + dx, x1=s.x1 + dx, top=s.top + dy, bottom=s.bottom + dy)
            for s in ln.spans
        ]
        out.append(line_from_spans(spans, ln.page))
    return out


# ---- an agenda printed in two languages side by side ------------------------------------------
#
# Welsh public bodies (and Canadian, Irish and New Zealand ones) print each item's title twice,
# in two columns of one row: "1.  Ymddiheuriadau am absenoldeb   Apologies for absence   10.00",
# the purpose under each title in its language. Read as one line, the two titles run together.
# The columns are found from the layout (a left edge where the words of many lines start, the
# numbers left of both) and the language of each from its function words; the column of the
# other language is dropped, so the list readers see one title per item, as in an English agenda.

# Function words of English, and of the languages printed beside it (Welsh, French, Irish, Māori,
# Afrikaans); the article "a" and one-letter words common to several are left out
_ENGLISH_WORDS = frozenset("the of and for to on in with from by at".split())
_OTHER_WORDS = frozenset(
    "ac y yr ar am yn yng gan gyda neu ei eu i’w i'w o’r o'r"  # Welsh
    " le la les de des du et pour au aux sur à"  # French
    " agus na do"  # Irish
    " te ngā nga ki me"  # Māori
    " die en van vir op".split()  # Afrikaans
)
# A column of people (a presenter column: "Mr J van Wyk", "Dr A du Plessis", "Director of
# Finance") is no title column, whatever the particles of its surnames: honorifics and English
# role words in it rule it out
_PERSON_WORDS = frozenset(
    "mr mrs ms miss dr cllr prof chair chairperson director officer manager executive secretary head clerk".split()
)
# The parallel column starts past this share of the page's width and before this one (a time,
# page or purpose column further right is no title column)
PARALLEL_FROM_SHARE = 0.3
PARALLEL_TO_SHARE = 0.7
# Points the left edges of a column's words may differ by
COLUMN_EDGE_SLACK = 1.5
# A word starts after a gap of at least this share of its line's height (glyph-set text: letters
# of a word sit 0-1 pt apart, words 3-4 pt, columns 10 pt and more)
WORD_GAP_SHARE = 0.25
# The share of a column's words that are function words of its language: English titles run
# 15-25%, Welsh ones 10-20% of Welsh words; a column of names or roles has almost none
MIN_LANGUAGE_SHARE = 0.06
# The other column may hold at most this share of English function words (a place name)
MAX_CROSS_SHARE = 0.03
# A cell right of the second title at least this far past the column's edge, after a gap this
# wide, is a side column (a time, pages) and is kept
SIDE_CELL_GAP = 15.0


def _word_starts(ln: Line) -> list[float]:
    """The x of each word's first span on the line (a gap before it, or the line's first)."""
    gap = WORD_GAP_SHARE * max(ln.height, 1.0)
    out: list[float] = []
    prev = None
    for s in ln.spans:
        if prev is None or s.x0 - prev.x1 >= gap:
            out.append(s.x0)
        prev = s
    return out


def _words(spans: list) -> list[str]:
    text = line_from_spans(spans, 0).text if spans else ""
    return [w.strip(",.:;()–-").lower() for w in text.split()]


def _share(words: list[str], vocab: frozenset[str]) -> float:
    return sum(1 for w in words if w in vocab or (vocab is _OTHER_WORDS and w.endswith(("’r", "'r")))) / max(
        len(words), 1
    )


def parallel_language_titles(lines: list[Line], width: float) -> list[Line]:
    """`lines` with the other language's column of a bilingual agenda dropped (see above); the
    lines unchanged when the page holds no such list. Lines need boxes."""
    lo, hi = PARALLEL_FROM_SHARE * width, PARALLEL_TO_SHARE * width
    numbered = [ln for ln in lines if ln.numbered and ln.has_box and ln.x1 > hi and ln.x0 < lo]
    if width <= 0 or len(numbered) < MIN_COLUMN_ITEMS:
        return lines
    # the second column's edge: the x where the words of most numbered lines start
    counts: dict[int, int] = {}
    for ln in numbered:
        for x in {round(x) for x in _word_starts(ln) if lo <= x <= hi}:
            counts[x] = counts.get(x, 0) + 1
    if not counts:
        return lines
    edge_key = max(counts, key=lambda x: sum(counts.get(x + d, 0) for d in (-1, 0, 1)))
    if sum(counts.get(edge_key + d, 0) for d in (-1, 0, 1)) < max(MIN_COLUMN_ITEMS, 0.75 * len(numbered)):
        return lines
    edge = edge_key - COLUMN_EDGE_SLACK
    # the first column's edge: where the title starts after the number on numbered lines
    firsts = [
        next((x for x in _word_starts(ln)[1:] if x < edge), None)
        for ln in numbered
        if ln.numbered is not None
    ]
    firsts = [x for x in firsts if x is not None]
    if len(firsts) < MIN_COLUMN_ITEMS:
        return lines
    start = sorted(firsts)[len(firsts) // 2] - COLUMN_EDGE_SLACK
    top, bottom = min(ln.top for ln in numbered), max(ln.bottom for ln in numbered)
    block = [
        k
        for k, ln in enumerate(lines)
        if ln.has_box and ln.bottom >= top and ln.top <= bottom + 4 * ln.height
    ]

    def right_side(ln: Line) -> list:
        cells = ln.cells()
        side = cells[-1] if len(cells) > 1 and cells[-1].x0 > edge + SIDE_CELL_GAP else None
        if side is not None and side.x0 - cells[-2].x1 < SIDE_CELL_GAP:
            side = None
        return [s for s in ln.spans if s.x0 >= edge and (side is None or s.x0 < side.x0)]

    left_words = [w for k in block for w in _words([s for s in lines[k].spans if start <= s.x0 < edge])]
    right_words = [w for k in block for w in _words(right_side(lines[k]))]
    en_l, en_r = _share(left_words, _ENGLISH_WORDS), _share(right_words, _ENGLISH_WORDS)
    ot_l, ot_r = _share(left_words, _OTHER_WORDS), _share(right_words, _OTHER_WORDS)
    if en_r >= MIN_LANGUAGE_SHARE and ot_l >= MIN_LANGUAGE_SHARE and en_l <= MAX_CROSS_SHARE and ot_r < ot_l:
        drop_left = True
    elif (
        en_l >= MIN_LANGUAGE_SHARE and ot_r >= MIN_LANGUAGE_SHARE and en_r <= MAX_CROSS_SHARE and ot_l < ot_r
    ):
        drop_left = False
    else:
        return lines
    if _share(left_words if drop_left else right_words, _PERSON_WORDS) > MAX_CROSS_SHARE:
        return lines  # the column to drop names people: a presenter column
    out = list(lines)
    for k in block:
        ln = lines[k]
        gone = (
            {id(s) for s in ln.spans if start <= s.x0 < edge}
            if drop_left
            else {id(s) for s in right_side(ln)}
        )
        kept = [s for s in ln.spans if id(s) not in gone]
        if len(kept) == len(ln.spans):
            continue
        out[k] = (
            line_from_spans(kept, ln.page)
            if kept and any(ch.isalnum() for s in kept for ch in s.text)
            else None
        )
    return [ln for ln in out if ln is not None]
