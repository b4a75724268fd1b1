"""Paragraph numbers at the start of a line: "1.", "6.4", "6.4.", "(27)",
"03.26.01", "14/037", "9a", "(a)", "iv)", "a.".

`number_of(text)` returns the number as written (without the trailing dot or
the brackets), its depth and the rest of the line; None when the line does not
start with a paragraph number. Depth: 1 for "6", 2 for "6.4" or "9a", 3 for
"03.26.01"; bracketed letters and roman numerals ("(a)", "iv)") are one level
below whatever number they sit under, reported as depth 0 (relative).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Dotted numbers: up to three digits per part (a 4-digit part is a year).
_DOTTED = re.compile(r"^(\d{1,3}(?:\.\d{1,3}){0,4})(\.?)(?=\s|$)")
# Minute numbers of the "14/037" kind (committee year / running number).
_SLASHED = re.compile(r"^(\d{1,3}/\d{2,4})\.?(?=\s|$)")
# "9a", "9a.", "9(a)": a sub-item under item 9.
_LETTERED = re.compile(r"^(\d{1,3}[a-z])[.)]?(?=\s|$)|^(\d{1,3})\(([a-z])\)(?=\s|$)")
# "(27)", "(a)", "(iv)" and "a)", "iv)", "a." (a single letter or a roman numeral).
_BRACKETED = re.compile(r"^\((\d{1,3}|[a-z]|[ivxl]{1,6})\)(?=\s|$)", re.I)
_CLOSED = re.compile(r"^(\d{1,3}|[a-z]|[ivxl]{1,6})\)(?=\s|$)", re.I)
_LETTER_DOT = re.compile(r"^([a-z]|[ivx]{1,5})\.(?=\s)")  # lower case only: "A. Smith" is an initial
# "1.2.3" is a number but "10.00" at the start of an agenda row is a time.
_TIME = re.compile(r"^(\d{1,2})[.:](\d{2})$")
# Agenda times run from the morning to the evening in steps of five minutes:
# "10.05" is a time, "2.13" a paragraph number.
_TIME_HOURS = range(7, 22)


def _is_time(num: str) -> bool:
    m = _TIME.match(num)
    return bool(m) and int(m.group(1)) in _TIME_HOURS and int(m.group(2)) % 5 == 0 and int(m.group(2)) < 60


_MONTHS = re.compile(
    r"^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|^(?:am|pm)\b|^%|^per\s+cent", re.I
)


@dataclass(frozen=True, slots=True)
class Numbered:
    number: str  # as written, without a trailing dot or brackets: "6.4", "27", "14/037", "9a", "a"
    depth: int  # 1 for "6", 2 for "6.4" / "9a", 3 for "03.26.01"; 0 for "(a)", "iv)" (relative)
    rest: str  # the text after the number
    style: str  # "dotted" | "slashed" | "lettered" | "bracketed"


def _may_be_numbered(s: str) -> bool:
    """What every pattern above needs, tested without a regex (this runs for
    every line of a layout): a digit or "(" first, or a letter (or roman
    numeral) closed by ")" or "." within the next six characters."""
    first = s[:1]
    if first.isdigit() or first == "(":
        return True
    return first.isalpha() and (")" in s[1:7] or "." in s[1:6])


def number_of(text: str) -> Numbered | None:
    """The paragraph number that starts `text`, if any (see the module docstring)."""
    s = text.lstrip(" \t\uf0b7•")
    if not _may_be_numbered(s):
        return None
    m = _DOTTED.match(s)
    if m:
        num, dot = m.group(1), m.group(2)
        rest = s[m.end() :].strip()
        if not dot and _is_time(num):
            return None  # "10.00 Welcome": a time, not a paragraph number
        if "." not in num and not dot and (not rest or _MONTHS.match(rest) or rest[:1].isdigit()):
            return None  # "12 November 2020", "3 %", a bare number (a page number, a table cell)
        return Numbered(num, num.count(".") + 1, rest, "dotted")
    m = _SLASHED.match(s)
    if m:
        return Numbered(m.group(1), 1, s[m.end() :].strip(), "slashed")
    m = _LETTERED.match(s)
    if m:
        num = m.group(1) or f"{m.group(2)}{m.group(3)}"
        return Numbered(num, 2, s[m.end() :].strip(), "lettered")
    for pat in (_BRACKETED, _CLOSED, _LETTER_DOT):
        m = pat.match(s)
        if m:
            num = m.group(1)
            depth = 1 if num.isdigit() else 0
            return Numbered(num, depth, s[m.end() :].strip(), "bracketed")
    return None
