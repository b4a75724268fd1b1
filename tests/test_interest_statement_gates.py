"""The prose statements' gates count as the plain `(?:^|[.)]\\s+)` patterns (re.M) they replace
(interest_statements._SENTENCE_START, a speed change)."""

import re

from boardpapers.extract import interest_statements as st

_OLD_START = r"(?:^|[.)]\s+)"

TEXTS = [
    "Mr X is here.\nMr Y has a. Dr Z owns\n\nMs Q is. She is\n. \nMr A is",
    ")  Mr B is\nMr C is",
    "Mr D is",
    "\nMr E is.Mr F is",
    "x\n  Mr G is",  # indented: no line start for the old pattern either
    ".\n\nMrs H has",
    "The member is a trustee. I am a director.\nShe holds shares. they also",
    "Dr Efua Mensah-Bonsu, Board Chair, is a director.\fMs Baptiste (Treasurer) owns",
]


def _old(pattern: re.Pattern[str]) -> re.Pattern[str]:
    return re.compile(_OLD_START + pattern.pattern[len(st._SENTENCE_START) :], re.M)


def test_gate_counts_match_the_line_start_patterns():
    for gate in (st._PROSE_GATE, st._PRONOUN_GATE):
        assert gate.pattern.startswith(st._SENTENCE_START)
        old = _old(gate)
        for text in TEXTS:
            assert len(gate.findall("\n" + text)) == len(old.findall(text)), text
    # (the texts do hold matches of both)
    assert all(sum(len(g.findall("\n" + t)) for t in TEXTS) >= 2 for g in (st._PROSE_GATE, st._PRONOUN_GATE))
