"""The cheap gates in front of costly patterns give what the patterns alone give (the
prose-statements subject pattern's equivalence is tested in test_prose_subject_pattern.py)."""

from __future__ import annotations

import pytest

from boardpapers.extract.interest_positions import _GATE, _GATE_PART
from boardpapers.reading.letter_spacing import _RUN_PART, _SPACED_RUN


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
