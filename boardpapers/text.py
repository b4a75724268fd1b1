"""Text helpers shared by every layer: whitespace, honorifics, comparison keys.

One place for each rule, so a name or a heading is normalised the same way
when it is extracted, stored, indexed and matched. Base layer: imports only
the standard library.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

_WHITESPACE = re.compile(r"\s+")

# PDFium's page text marks a hyphen printed at a line end with U+FFFE and joins the two lines'
# words ("Osei\ufffeBonsu"). Before a capital or a digit the hyphen belongs to the word
# ("Osei-Bonsu", "Non-Pecuniary", "COVID-19"); before a small letter it is a typesetter's break
# ("organ\ufffeisation"). Dropping every marker fused hyphenated names in attendance lists.
_LINE_END_HYPHEN_KEPT = re.compile("\ufffe(?=[A-Z0-9])")


def resolve_line_end_hyphens(text: str) -> str:
    """PDFium's line-end hyphen markers as hyphens where the word is hyphenated; the other
    markers are left for the caller's control-character filter to drop."""
    return _LINE_END_HYPHEN_KEPT.sub("-", text) if "\ufffe" in text else text


# Titles written before a name in board papers (councils, NHS, parliament).
# Matched case-insensitively, with an optional full stop, repeated ("Rt Hon Dr").
HONORIFIC_WORDS = (
    "cllr",
    "councillor",
    "councillors",
    "dr",
    "mr",
    "mrs",
    "ms",
    "miss",
    "mx",
    "prof",
    "professor",
    "sir",
    "dame",
    "lord",
    "lady",
    "rev",
    "rt hon",
)
_HONORIFICS = re.compile(
    r"^\s*(?:(?:" + "|".join(w.replace(" ", r"\s+") for w in HONORIFIC_WORDS) + r")\.?\s+)+",
    re.IGNORECASE,
)


def squash_spaces(text: str) -> str:
    """Every run of whitespace (newlines, tabs, no-break spaces) as one space, trimmed."""
    return _WHITESPACE.sub(" ", text).strip()


def strip_honorifics(name: str) -> str:
    """'Cllr Dr Jane Smith' -> 'Jane Smith' (leading titles only; the rest as written)."""
    return _HONORIFICS.sub("", name).strip()


def word_key(value: Any) -> str:
    """A comparison key: lower-cased words, punctuation and spacing ignored
    ('Tower Hamlets  Council.' and 'tower hamlets council' are equal)."""
    return re.sub(r"\W+", " ", str(value or "")).strip().lower()


def compact_key(text: str) -> str:
    """A comparison key that ignores all whitespace and case (for header cells
    broken over lines: 'Date of\\nDeclaration' == 'Dateof Declaration')."""
    return _WHITESPACE.sub("", text).lower()


def fold(text: str) -> str:
    """A comparison key for names: lower case, accents and punctuation removed, curly
    apostrophes dropped ('O’Hara' -> 'ohara', 'Fajana-Thomas' -> 'fajana thomas',
    'Ó Murchú' -> 'o murchu'). Here, not in people/, so extractors can match names the way the
    people layer does."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"['’‘`]", "", text.lower())
    return re.sub(r"[^a-z]+", " ", text).strip()


def split_outside_brackets(text: str, sep: str) -> list[str]:
    """`text` split at `sep` where no round bracket is open ("A (x; y); B" gives "A (x; y)", " B")."""
    parts, depth, cur = [], 0, ""
    for ch in text:
        depth += (ch == "(") - (ch == ")")
        if ch == sep and depth <= 0:
            parts.append(cur)
            cur = ""
            continue
        cur += ch
    parts.append(cur)
    return parts
