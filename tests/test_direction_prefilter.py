"""The substring gate in front of minute_actions._DIRECTION lets through every page the pattern
can match: a sentence of each branch's wording (US boards' directions to staff, Irish and English
officers' undertakings) matches the pattern, so the gate must pass it."""

import pytest

from boardpapers.extract.minute_actions import _DIRECTION, _may_direct

SENTENCES = [
    "It was the consensus of the City Council to direct staff to prepare a draft ordinance.",
    "The Board directed the General Manager to report back in June.",
    "Council directed staff to bring the item back.",
    "Staff was directed to post the notice on the district website.",
    "Staff were asked to return with options.",
    "Staff were instructed to hold the tender.",
    "City Manager Okafor stated that staff will bring a report to the April 15 meeting.",
    "County Administrator Vance advised that staff would prepare a summary.",
    "Mr. Tuohy agreed to circulate the programme to Members.",
    "Ms Nolan offered to arrange a site visit.",
    "Dr Patel undertook to write to the practice.",
    "Mrs Achebe agreed to liaise with the clerk.",
    "President Delgado directed the Operations Manager to contact the county.",
    "Commissioner Ybarra asked staff to review the fee schedule.",
    "Director Ruiz requested that the General Manager provide a cost estimate.",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_gate_passes_every_direction(sentence: str) -> None:
    assert _DIRECTION.search(sentence), sentence  # the sample is one of the pattern's wordings
    assert _may_direct(sentence)


def test_gate_rules_out_plain_minutes() -> None:
    text = "The Board agreed the minutes as a correct record. The staff survey results were noted."
    assert not _may_direct(text)
    assert not _DIRECTION.search(text)
