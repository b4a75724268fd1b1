"""An action list annexed to a summary record, read into the minutes' text stream: its status
cell "Completed – adopted by written procedure, August 2025" is no decision of the meeting (a
regional commission's council, Annex – Action List). Values read from the PDF."""

import pytest

from boardpapers.extract.decisions import _STATUS_CELL
from tests.conftest import WRITTEN_DEV34

PIHMSC = WRITTEN_DEV34 / "el-pihmsc-council-24th-meeting-2025-10-08.pdf"


def test_status_cell_wording():
    assert _STATUS_CELL.search("Council Secretary C24 Completed – adopted by written procedure, August 2025")
    assert _STATUS_CELL.search("Closed - approved at the March meeting")
    assert not _STATUS_CELL.search("The Council adopted the summary record of its Twenty-Third Meeting.")
    assert not _STATUS_CELL.search("The provisional agenda was adopted without amendment.")


@pytest.mark.skipif(not PIHMSC.exists(), reason="written-dev34 PDFs absent")
def test_status_cell_of_the_annexed_action_list_is_no_decision():
    from boardpapers.pipeline.process import parse_file

    decisions = parse_file(str(PIHMSC)).records["decisions"]
    assert not [d for d in decisions if "written procedure" in d.text]
    numbered = [d.text.split(" – ")[0] for d in decisions if d.text.startswith("Decision C24/")]
    assert numbered == [f"Decision C24/{n}" for n in range(1, 8)]
