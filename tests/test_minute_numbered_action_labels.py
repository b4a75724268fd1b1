"""An "ACTION:" label after a minute paragraph's number with the year's count before it ("25/042.3
ACTION: Harbour Master to ..."): Channel Islands and English statutory boards and councils number
their minute paragraphs so; the paragraph's number is the action's ref. Tested on a plain-text
variant and on the read file."""

from __future__ import annotations

from conftest import WRITTEN_DEV16, text_doc, written_doc

from boardpapers.extract.actions import extract_actions


def test_minute_numbered_action_label_variant() -> None:
    doc = text_doc(
        "MINUTES OF THE MEETING OF THE PORT COMMISSIONERS HELD ON 3 MARCH 2025\n"
        "2025/18 PILOTAGE\n"
        "2025/18.1 The Chief Executive reported on pilot boardings in the quarter.\n"
        "2025/18.2 ACTION: Chief Executive to circulate the revised pilotage directions to members.\n"
        "2025/19 ANY OTHER BUSINESS\n"
        "2025/19.1 There was none.\n"
    )
    acts = extract_actions(doc)
    assert [(a.ref, a.owner) for a in acts] == [("2025/18.2", "Chief Executive")]
    assert acts[0].text.startswith("Chief Executive to circulate the revised pilotage directions")


def test_read_file() -> None:
    acts = extract_actions(written_doc(WRITTEN_DEV16, "f-bailiwick-harbours-board-2025-04-09"))
    assert [a.ref for a in acts] == ["25/042.3", "25/044.4", "25/046.3"]
