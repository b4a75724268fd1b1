"""Date and time helpers shared by the structure extractors.

Dates come back as ISO 8601 strings (YYYY-MM-DD) only when the source gives
day, month and year; times as HH:MM (24 h).
"""

from __future__ import annotations

import re
from datetime import date

from dateutil import parser as dateparser

MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_WEEKDAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
# An ordinal suffix; OCR of a raised "th" also gives a quote mark or a lone "t" ("18" March 2014",
# "18t March 2014": scanned parish minutes and agendas of dev/broken-text-layer). Our own OCR
# corrects these as it reads (reading/ocr_fixes); this is for text layers that a scanner's OCR
# wrote before the PDF reached us, which never pass through it.
_ORD = r"(?:st|nd|rd|th|t\b|[\"“”'’])?"
# "10 December 2020", "Thursday, 9 January 2025", "10 th December 2020", "21st August 2013"; the
# legal form "the 5th day of May, 2025", "the fifth (5th) day of May, 2025" (US county and city
# minutes' opening and adoption lines, deeds and resolutions)
_DMY = rf"{_WEEKDAY}(\d{{1,2}})\s?{_ORD}(?:\)?\s+day\s+of\s+|\s+(?:of\s+)?)({MONTHS})\.?,?\s+(\d{{4}})"
# "October 29th 2020", "November 6th, 2020"
_MDY = rf"{_WEEKDAY}({MONTHS})\.?\s+(\d{{1,2}}){_ORD},?\s+(\d{{4}})"
# "12/08/2019", "19.07.11", "11.01.11"
_NUMERIC = r"(?<![\d.])(\d{1,2})([./])(\d{1,2})\2(\d{4}|\d{2})(?![\d.])"

DATE_RE = re.compile(rf"\b(?:{_DMY}|{_MDY})\b", re.I)
NUMERIC_DATE_RE = re.compile(_NUMERIC)
# A day and month without a year: "Friday 16 November", "19 July"
DAY_MONTH_RE = re.compile(rf"\b{_WEEKDAY}(\d{{1,2}}){_ORD}\s+({MONTHS})\b(?!\s*,?\s*\d{{4}})", re.I)


def _iso(day: int, month_name: str, year: int) -> str | None:
    try:
        d = dateparser.parse(f"{day} {month_name} {year}", dayfirst=True)
    except (ValueError, OverflowError):
        return None
    return d.date().isoformat()


def find_date(text: str, *, numeric: bool = False) -> str | None:
    """First full date in `text` as ISO, or None. Numeric day/month/year
    forms (UK order) only when `numeric` is true."""
    m = DATE_RE.search(text)
    if m:
        g = m.groups()
        if g[0]:
            return _iso(int(g[0]), g[1], int(g[2]))
        return _iso(int(g[4]), g[3], int(g[5]))
    if numeric:
        return find_numeric_date(text)
    return None


def find_numeric_date(text: str) -> str | None:
    for m in NUMERIC_DATE_RE.finditer(text):
        day, month, year = int(m.group(1)), int(m.group(3)), m.group(4)
        y = int(year) + (2000 if len(year) == 2 else 0)
        try:
            return date(y, month, day).isoformat()
        except ValueError:
            continue
    return None


def find_day_month(text: str) -> tuple[int, str] | None:
    m = DAY_MONTH_RE.search(text)
    return (int(m.group(1)), m.group(2)) if m else None


def complete_date(day_month: tuple[int, str], year: int) -> str | None:
    return _iso(day_month[0], day_month[1], year)


_TIME_RE = re.compile(
    r"(?<![\d/])(\d{1,2})(?:[.:](\d{2}))?\s*(a\.?m\.?|p\.?m\.?)(?![a-z])"  # 2.45 pm, 11.15am, 10 am
    r"|(?<![\d./£])([01]?\d|2[0-3])[.:]([0-5]\d)(?![\d.]*\s*(?:%|m\b|bn\b))(?![./]\d)",  # 14:45, 10.00
    re.I,
)


def find_time(text: str) -> str | None:
    """First clock time in `text` as HH:MM."""
    m = _TIME_RE.search(text)
    if not m:
        return None
    if m.group(1):
        h, mins, ampm = int(m.group(1)), int(m.group(2) or 0), m.group(3).lower()
        if h > 12 or mins > 59:
            return None
        if ampm.startswith("p") and h < 12:
            h += 12
        if ampm.startswith("a") and h == 12:
            h = 0
        return f"{h:02d}:{mins:02d}"
    return f"{int(m.group(4)):02d}:{m.group(5)}"


# A date written out in words: "Tuesday the eleventh of March, two thousand and twenty-five",
# "the twenty-first day of May, two thousand twenty-five" (Scottish community councils' and
# societies' AGM minutes, deeds and formal resolutions). The day an ordinal word, the year "two
# thousand (and) <number>" or "twenty <number>" ... or in figures after a worded day: "held on
# Tuesday, the fourth day of March 2025" (Indian companies' and statutory corporations' board
# minutes under the Companies Act style, US resolutions' "this tenth day of June, 2025").
_UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
_ORDINAL_UNITS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
                  "eighth": 8, "ninth": 9}  # fmt: skip
_ORDINAL_DAYS = {
    **_ORDINAL_UNITS,
    "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
    "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "thirtieth": 30,
    **{f"twenty{sep}{w}": 20 + n for w, n in _ORDINAL_UNITS.items() for sep in ("-", " ")},
    "thirty-first": 31, "thirty first": 31,
}  # fmt: skip
_TEENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
          "seventeen": 17, "eighteen": 18, "nineteen": 19}  # fmt: skip
_YEAR_PART = {
    **_UNITS,
    **_TEENS,
    "twenty": 20, "thirty": 30,
    **{f"twenty{sep}{w}": 20 + n for w, n in _UNITS.items() for sep in ("-", " ")},
    **{f"thirty{sep}{w}": 30 + n for w, n in _UNITS.items() for sep in ("-", " ")},
}  # fmt: skip
_ALT = lambda words: "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))  # noqa: E731
_WORDED_DATE_RE = re.compile(
    rf"\b(?P<day>{_ALT(_ORDINAL_DAYS)})\s+(?:day\s+)?(?:of\s+)?(?P<month>{MONTHS}),?\s+(?:in\s+the\s+year\s+)?"
    rf"(?:(?:two\s+thousand(?:\s+and)?|twenty)\s+(?P<year>{_ALT(_YEAR_PART)})|(?P<digits>(?:19|20)\d\d))\b",
    re.I,
)


def find_worded_date(text: str) -> str | None:
    """A date written in words as ISO, or None (see _WORDED_DATE_RE)."""
    low = text.lower()
    if "thousand" not in low and "twenty" not in low and "day of" not in low:
        return None
    m = _WORDED_DATE_RE.search(text)
    if not m:
        return None
    day = _ORDINAL_DAYS[re.sub(r"\s+", " ", m.group("day").lower())]
    if m.group("digits"):
        return _iso(day, m.group("month"), int(m.group("digits")))
    year = 2000 + _YEAR_PART[re.sub(r"\s+", " ", m.group("year").lower())]
    return _iso(day, m.group("month"), year)
