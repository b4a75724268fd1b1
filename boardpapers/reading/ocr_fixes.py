"""Light correction of well-known Tesseract artefacts, applied to OCR'd words only.

Tesseract's LSTM models are not trained on superscripts or on some sans-serif glyph
pairs, so a few misreadings recur in every scanned or junk-text paper, whoever wrote it:

- a superscript ordinal after a day number ("18th March", "29th April" set as 18<sup>th</sup>)
  comes out as a quote or symbol glued to the digits: `18" March`, `29” April`, `1* May`,
  `2™ June`, or as a stray quote word between the day and the month (`18 " March`);
- the full stop after an item number at the head of a line reads as a comma ("1, To receive
  apologies", "4, Public Participation") in numbered agendas and minutes;
- "ll" of sans-serif bold titles reads as "li"/"il"/"Il": "Cllr" -> "Clir", "Cllrs" ->
  "Clirs" (parish, town and county council minutes write "Cllr" before every councillor).

Each word keeps its own box: a word is rewritten in place, and a stray mark between a day
and its month is dropped (an empty string), so callers can keep the boxes of the rest.
Born-digital text never passes through here.
"""

from __future__ import annotations

import re

_MONTH = re.compile(
    r"^(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)[.,]?$",
    re.I,
)
_WEEKDAY = re.compile(r"^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?$", re.I)
_YEAR = re.compile(r"^(?:19|20)\d\d[.,;:]?$")
# A day number followed by what a superscript "st/nd/rd/th" turns into: one or two quote or
# symbol marks (optionally with a stray "h"/"t" from "th", as in 18'h), then an optional comma.
_DAY_MARK = re.compile(
    r"^(?P<day>[1-9]|[12]\d|3[01])(?P<mark>[\"“”'‘’`*°™^]{1,2}|['‘’`][ht]|t[\"“”'’])(?P<tail>,?)$"
)
_STRAY_MARK = re.compile(r"^[\"“”'‘’`*°™^]{1,2}$")
_DAY = re.compile(r"^(?:[1-9]|[12]\d|3[01])$")
# An item number with a comma for its full stop, as the first word of a line: "1," "12,"
_ITEM_COMMA = re.compile(r"^\d{1,2},$")
# "Cllr"/"Cllrs" with the "ll" read as any two of l, I, i, 1, | (but not "ll" itself).
_CLLR = re.compile(r"^(?P<c>[Cc])(?!ll)[lIi1|]{2}r(?P<rest>s?\.?,?)$")


def ordinal(day: int) -> str:
    """English ordinal suffix: 1st, 2nd, 3rd, 4th ... 11th, 12th, 13th ... 21st ... 31st."""
    if 11 <= day % 100 <= 13:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def _dated(words: list[str], i: int) -> bool:
    """Whether the word at i is a day in a date: a month follows it (or "of" and a month:
    "18th of March"), or a weekday or month comes before it and a year after."""
    nxt = words[i + 1] if i + 1 < len(words) else ""
    if _MONTH.match(nxt):
        return True
    if nxt.lower() == "of" and i + 2 < len(words) and _MONTH.match(words[i + 2]):
        return True
    prev = words[i - 1] if i > 0 else ""
    return bool((_MONTH.match(prev) or _WEEKDAY.match(prev)) and _YEAR.match(nxt))


def fix_words(words: list[str]) -> list[str]:
    """One OCR line's words with the artefacts above corrected (same length; a dropped
    word is an empty string)."""
    out = list(words)
    if len(words) > 1 and _ITEM_COMMA.match(words[0]) and words[1][:1].isupper():
        out[0] = words[0][:-1] + "."
    for i, w in enumerate(words):
        if w[:1].isdigit():
            m = _DAY_MARK.match(w)
            if m and _dated(words, i):
                day = m.group("day")
                out[i] = day + ordinal(int(day)) + m.group("tail")
            elif (
                _DAY.match(w)
                and i + 1 < len(words)
                and _STRAY_MARK.match(words[i + 1])
                and _dated(words[: i + 1] + words[i + 2 :], i)
            ):
                out[i] = w + ordinal(int(w))
                out[i + 1] = ""
        elif w[:1] in "Cc":
            m = _CLLR.match(w)
            if m:
                out[i] = m.group("c") + "llr" + m.group("rest")
    return out
