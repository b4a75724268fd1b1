"""The cheap gates in front of costly patterns give what the patterns alone give."""

from __future__ import annotations

import pytest

from boardpapers.extract.interest_positions import _GATE, _GATE_PART
from boardpapers.extract.interest_statements import _Subject, _subject
from boardpapers.reading.letter_spacing import _RUN_PART, _SPACED_RUN

TEXTS = [
    "Ms Baptiste is a director of Acme Ltd.",
    "Dr Efua Mensah-Bonsu (Chair) is a trustee of the Fund.",
    "She is a member of the Law Society.",
    "The Member holds shares in Beta plc.",
    "I am a governor of St Anne's School.",
    "In April 2025 he accepted a post.",
    "baptiste holds no other interests.",
    "Rt Hon Lord Baptiste sits on the board.",
    "Nothing to declare.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_subject_matches_as_full_pattern(text: str) -> None:
    lazy, full = _Subject("Baptiste"), _subject("Baptiste")
    assert bool(lazy.match(text)) == bool(full.match(text))
    if full.match(text):
        assert lazy.span(text) == full.match(text).span()  # type: ignore[union-attr]
    assert lazy.sub("", text, count=1) == full.sub("", text, count=1)


@pytest.mark.parametrize(
    "text",
    ["H U O N   R A N G E S", "A G E N D A", "x A B C D E y", "A B C D", "1 2 3 4 5", "plain text"],
)
def test_run_part_is_necessary(text: str) -> None:
    if _SPACED_RUN.search(text):
        assert _RUN_PART.search(text)


def test_run_part_tells_a_spaced_word_from_a_short_run() -> None:
    assert _RUN_PART.search("A G E N D A") and not _RUN_PART.search("A B C D")


@pytest.mark.parametrize(
    "text",
    ["Ancillary positions: none", "ADDITIONAL FUNCTIONS :", "side position:", "Position: Chair", "none"],
)
def test_gate_part_is_necessary(text: str) -> None:
    if _GATE.search(text):
        assert _GATE_PART.search(text)


def test_gate_part_tells_a_positions_label_from_a_bare_answer() -> None:
    assert _GATE_PART.search("ADDITIONAL FUNCTIONS :") and not _GATE_PART.search("none")
