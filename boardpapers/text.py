"""Text helpers shared by every layer: whitespace, honorifics, comparison keys.

One place for each rule, so a name or a heading is normalised the same way
when it is extracted, stored, indexed and matched. Base layer: imports only
the standard library.
"""

from __future__ import annotations

import re
from typing import Any

_WHITESPACE = re.compile(r"\s+")

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
