"""Is a page's text layer junk? Fonts embedded without a Unicode map decode to
symbol soup ("6*'5'48+%'51(')#57561"): the page has text, but not words.
Such pages are read by OCR instead (pdf_reader marks them `needs_ocr`).

Two measures, both cheap (C-level regex counts; the token test runs only on
pages with few letters):
- the share of letters among the non-space characters;
- the share of whitespace-separated tokens that look like a word, a number or
  a list mark.

Thresholds measured on 4,965 pages with text (bulk, packs, real, dev and the
Commons register; a one-off scan during issue 8) against the 4 pages
of the two junk-layer parish papers (corpus/dev/broken-text-layer):
- letter share (ASCII letters in the first 1,500 characters): junk pages 0.00,
  real pages >= 0.12 (a Schematron error listing; tables of figures stay above 0.13);
- word share: junk pages <= 0.051, real pages >= 0.128 (XML code listings).
Each threshold sits between the two groups, nearer the junk side so that
unusual real pages (code, figures) keep their text layer.
"""

from __future__ import annotations

import re

# Below this many non-space characters a page is too short to judge.
MIN_CHARS = 80
# letter share below this: junk (junk pages 0.00, real pages >= 0.12)
MAX_JUNK_LETTER_SHARE = 0.05
# word share below this: junk (junk pages <= 0.051, real pages >= 0.128)
MAX_JUNK_WORD_SHARE = 0.08
# The token test is only worth running when letters are scarce; real prose
# runs at 0.7-0.85 letters, the code listings that score low on words at 0.1-0.5.
TOKEN_TEST_BELOW_LETTER_SHARE = 0.6

_WORD = re.compile(
    r"[\"'‘“(\[]*(?:[^\W\d_][^\W\d_'’]*(?:-[^\W\d_][^\W\d_'’]*)*|[A-Z][A-Z0-9&/-]+|[£$€]?\d[\d,.:/%-]*[a-z]{0,2}"
    r"|[&/–—•\-]|\d+\)|[a-z]\))[\"'’”)\],.;:!?%]*"
)


# Junk layers are junk throughout: the first characters of a page decide (keeps the test
# at a few microseconds a page).
SAMPLE_CHARS = 1500


_LETTERS = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def letter_share(text: str) -> float | None:
    """Share of (ASCII) letters among the non-space characters of the page's start
    (C-level string operations only: split, encode, bytes.translate)."""
    sample = "".join(text[:SAMPLE_CHARS].split())
    if len(sample) < MIN_CHARS:
        return None
    ascii_ = sample.encode("ascii", "ignore")
    return (len(ascii_) - len(ascii_.translate(None, _LETTERS))) / len(sample)


def word_share(text: str) -> float:
    tokens = text[:SAMPLE_CHARS].split()
    if not tokens:
        return 1.0
    return sum(1 for t in tokens if _WORD.fullmatch(t)) / len(tokens)


def is_junk_text(text: str) -> bool:
    """True when the text layer decodes to symbols rather than words."""
    letters = letter_share(text)
    if letters is None:
        return False
    if letters < MAX_JUNK_LETTER_SHARE:
        return True
    if letters >= TOKEN_TEST_BELOW_LETTER_SHARE:
        return False
    return word_share(text) < MAX_JUNK_WORD_SHARE
