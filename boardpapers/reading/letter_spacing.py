"""Word gaps of letter-spaced headings in PDFium's page text.

Council and board notices, agendas and cover pages set the body's name and the words
AGENDA / MINUTES / BUSINESS / NOTICE in spaced capitals ("H U O N   R A N G E S   C O U N C I L":
CSS letter-spacing, Word's expanded character spacing). PDFium puts a generated space between
every pair of letters of such a run, so its text reads "H U O N R A N G E S C O U N C I L" and the
word gaps are lost; closing the letters up gives "HUONRANGESCOUNCIL". Here a gap between two
letters of the run clearly wider than the run's letter pitch is written as WORD_GAP_MARK (three
spaces), so the text closes up as "HUON RANGES COUNCIL" (meetings.unspace).
"""

from __future__ import annotations

import re
from statistics import median

import pypdfium2 as pdfium

# Single letters parted by single spaces, at least five of them ("A G E N D A", "N O T I C E";
# shorter runs are too often initials or a list of letters in plain text). Letters only: a row
# of one-digit table cells ("1 2 3 4 5") is not a heading.
_SPACED_RUN = re.compile(r"(?<!\S)[^\W\d_](?: [^\W\d_]){4,}(?!\S)")
# What a word gap of a letter-spaced run becomes in the page text: three spaces, the way a
# letter-spaced heading is written out by hand ("H U O N   R A N G E S")
WORD_GAP_MARK = "   "
# A necessary part of every run (its letters after the first, each after its space): searched
# first, as a literal space leads it, in a quarter of _SPACED_RUN's time (the scan runs over every
# page of every document, and almost no page holds a run)
_RUN_PART = re.compile(r" [^\W\d_] [^\W\d_] [^\W\d_] [^\W\d_]")
# A gap between the loose boxes (advance widths) of two letters is a word gap when it is wider than
# the run's median letter gap by this share of the box height. A word space is ~0.25 em, the loose
# box ~1.15 em high; the letter gaps of one run agree to ~0.1 pt (they are the letter-spacing).
# Measured: 13 pt capitals with 3 px letter-spacing (a Tasmanian council's agenda cover,
# written-dev29): letter gaps 2.3 pt, word gaps 8.1 pt, box height 14.5 pt.
WORD_GAP_SHARE = 0.12
# ... and at least this multiple of the median letter gap (letter-spacing of 1 px leaves letter
# gaps of under a point; a word gap is then several times as wide)
WORD_GAP_RATIO = 1.5


def _word_gaps(textpage: pdfium.PdfTextPage, start: int, end: int) -> list[int]:
    """Indexes of the generated spaces of the run text[start:end] that stand at word gaps."""
    letters = range(start, end, 2)
    boxes = [textpage.get_charbox(i, loose=True) for i in letters]
    gaps = [b[0] - a[2] for a, b in zip(boxes, boxes[1:], strict=False)]
    if len(gaps) < 2:
        return []
    pitch = median(gaps)
    height = median(b[3] - b[1] for b in boxes)
    wide = [
        i
        for i, g in enumerate(gaps)
        if g - pitch > WORD_GAP_SHARE * height and g > WORD_GAP_RATIO * max(pitch, 0.0)
    ]
    # a run whose gaps are mostly "wide" is not letter-spaced at its median (ragged glyph
    # placement): left alone
    if len(wide) * 2 >= len(gaps):
        return []
    return [start + 2 * i + 1 for i in wide]


def mark_word_gaps(text: str, textpage: pdfium.PdfTextPage) -> str:
    """`text` (the page's `get_text_range()`) with the word gaps of its letter-spaced runs
    written as WORD_GAP_MARK. Unchanged where no run is letter-spaced, or where the text's
    characters do not map one to one onto PDFium's (characters outside the BMP)."""
    if " " not in text or not _RUN_PART.search(text):
        return text
    runs = list(_SPACED_RUN.finditer(text))
    if not runs or textpage.count_chars() != len(text):
        return text
    at: list[int] = []
    for m in runs:
        at.extend(_word_gaps(textpage, m.start(), m.end()))
    if not at:
        return text
    parts: list[str] = []
    last = 0
    for i in at:
        parts.append(text[last:i])
        parts.append(WORD_GAP_MARK)
        last = i + 1
    parts.append(text[last:])
    return "".join(parts)
