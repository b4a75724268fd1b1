"""layout_pages' minutes cues, searched word by word (_MINUTES_CUE_PATTERNS), find the pages
_MINUTES_CUES finds (a speed change)."""

from boardpapers.reading import layout_pages as lp

TEXTS = [
    "minutes of the meeting",
    "xminutes of",
    "minutes\nof",
    "present: cllr a",
    "presently: no",
    "in  attendance",
    "within attendance",
    "attendees",
    "resolved that",
    "unresolved",
    "declaration of interest",
    "declarations of interests",
    "redeclarations of interest",
    "actions :",
    "interactions:",
    "action:",
    "apologies",
    "a page of a report",
]


def test_cue_patterns_find_the_cue_pages():
    assert len(lp._MINUTES_CUE_PATTERNS) == 8
    for text in TEXTS:
        assert any(p.search(text) for p in lp._MINUTES_CUE_PATTERNS) == bool(lp._MINUTES_CUES.search(text)), (
            text
        )
    assert sum(bool(lp._MINUTES_CUES.search(t)) for t in TEXTS) >= 10
