"""table_headers' scans are built from the family terms grouped by first letter (for speed):
they must find what the plain alternations of the same terms find."""

from __future__ import annotations

import re

from boardpapers import table_headers as th

PAGES = [
    "register of members' interests\nforename surname nature of interest",
    "ref no. action owner due date status",
    "minutes of the meeting held on 3 march\nthe chair welcomed members and the lead officer",
    "risk register\nlikelihood impact residual score",
    "completed actions\nopen / closed rag timeline responsible",
    "l x i = 12; prob. 40% and a board assurance framework",
    "follow-up items requested by the mayor; pending items",
    "the status of the project was discussed; no update was due.",
    "interests\nregister of gifts and hospitality",
    "",
]


def test_alternatives_split_at_the_top_level_only():
    assert th._alternatives(r"a(?:b|c)|[|x]d|e\|f") == ["a(?:b|c)", "[|x]d", r"e\|f"]


def test_any_strong_finds_the_pages_each_family_pattern_finds():
    for text in PAGES:
        plain = any(
            strong.search(text)
            for name, (strong, _) in th.TABLE_HEADER_FAMILIES.items()
            if name not in th._GATES
        )
        assert bool(th._ANY_STRONG.search(text)) == plain, text


def test_header_line_terms_match_as_the_plain_alternation():
    for name, pat in th._HEADER_LINE_TERMS.items():
        plain = re.compile(rf"\b(?:{th._FAMILY_TERMS[name][1]}|{th._HEADER_LINE_EXTRA})\b")
        for text in PAGES:
            assert [m.span() for m in pat.finditer(text)] == [m.span() for m in plain.finditer(text)], text
