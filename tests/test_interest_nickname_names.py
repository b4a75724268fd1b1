"""Members named with a nickname in brackets between forename and surname ("Cr Robert (Bob)
Kerslake OAM"): Australian and NZ councils' registers print names so. The headed forms' reader
(interest_forms) took such a name for no name and gave the member's entries to the member
before (written-dev25's Queensland council register, one ruled table per councillor)."""

from __future__ import annotations

import os

import pytest
from conftest import WRITTEN_DEV25

from boardpapers.extract.interest_forms import _name_heading
from boardpapers.extract.interests import extract_interests
from boardpapers.reading.pdf_reader import read_document


def test_nickname_in_brackets_is_part_of_the_name():
    assert _name_heading("Margaret (Peggy) O’Rourke-Lane") == "Margaret (Peggy) O’Rourke-Lane"
    assert _name_heading("Cr William (Bill) Tran AM") is not None
    # a bracket at the end is a post, a bracket of words is no nickname
    assert _name_heading("Jane Roe (Chair)") is None
    assert _name_heading("Jane (acting chair) Roe") is None


@pytest.mark.skipif(not os.path.isdir(WRITTEN_DEV25), reason="written-dev25 set absent")
def test_nicknamed_councillor_keeps_his_entries_on_the_read_file():
    doc = read_document(
        os.path.join(WRITTEN_DEV25, "j-gidgee-plains-regional-council-register-2025-07-01.pdf")
    )
    recs = extract_interests(doc)
    mine = [r for r in recs if r.person and "Kerslake" in r.person]
    assert len(mine) == 6
    assert not any("Kerslake" in (r.nature or "") for r in recs if r.person and "Nguyen" in r.person)
