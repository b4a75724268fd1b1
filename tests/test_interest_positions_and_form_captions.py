"""Registers printed per member: principal and ancillary positions in prose
(`interest_positions`), and boxed statutory forms whose caption row and wrapped date label the
headed forms' reader reads (`interest_forms.heading_entries`, `interests.form_registers`)."""

from __future__ import annotations

from conftest import WRITTEN_DEV28, written_doc

from boardpapers.extract.interest_positions import position_registers
from boardpapers.extract.interests import extract_interests

POSITIONS = "dd-lingewaard-uas-ancillary-positions-2025-03-01"
FORMS = "dd-sister-islands-tourism-heritage-authority-roi-2025-01-31"


def test_principal_and_ancillary_positions_one_record_each() -> None:
    records = extract_interests(written_doc(WRITTEN_DEV28, POSITIONS))
    assert len(records) == 20
    chair = [r for r in records if r.person == "Marieke van der Heijden-Bos"]
    assert [(r.nature, r.category) for r in chair] == [
        ("Mayor of the Municipality of Overbetuwe", "pecuniary"),
        ("Chair of the Supervisory Board of Stichting Woonwaarde Betuwe (housing association)", "pecuniary"),
        ("Member of the Board of Trustees of the Gelders Orkest Foundation", "non-pecuniary"),
    ]
    assert {r.declared_on for r in chair} == {"2025-01-14"}
    assert chair[0].role == "Chair of the Supervisory Board"
    # titles and post-nominals dropped; "Ancillary positions: none." gives the principal only
    assert [r.nature for r in records if r.person == "Mark Hofstede"] == [
        "Member of the Executive Board (Operations and Finance)"
    ]
    # a semicolon inside brackets does not part an entry
    assert any(
        r.nature
        == "Member of the General Board of the Water Board Rijn en IJssel (elected; attendance allowance)"
        for r in records
    )


def test_positions_reader_declines_other_registers() -> None:
    assert position_registers(written_doc(WRITTEN_DEV28, FORMS)) == []


def test_boxed_forms_skip_caption_row_and_take_wrapped_declaration_date() -> None:
    records = extract_interests(written_doc(WRITTEN_DEV28, FORMS))
    assert not any(r.nature == "Particulars" for r in records)
    bodden = [r for r in records if r.person == "Winston A. Bodden"]
    assert bodden[0].nature == "Director; company owns and operates a 24-room dive resort, Cayman Brac"
    assert {r.declared_on for r in bodden} == {"2025-01-13"}
    # the statutory forms' reading, not the members' tables' (which took the wrapped category
    # labels' tails, "profession or vocation", for entries)
    assert not any((r.nature or "").startswith(("profession", "to the best")) for r in records)
