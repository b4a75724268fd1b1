"""An "ACTION:" label whose text wraps on in a narrow column of a minutes table (health and fire
authorities' "Item | Discussion | Action / Responsibility" minutes) is the start of an action's
text, not an owner line under a paragraph."""

from __future__ import annotations

from conftest import WRITTEN_DEV17, text_doc, written_doc

from boardpapers.extract.actions import extract_actions
from boardpapers.extract.minute_actions import actions_from_minutes

PAGE = (
    "MINUTES OF THE MEETING OF THE BOARD held on 3 March 2025\n"
    "Present: A Smith (Chair), B Jones\n"
    "7. Estates Strategy\n"
    "The Director presented the estates strategy. The Board noted the report.\n"
    "ACTION: Circulate the\n"
    "revised disposal schedule to members.\n"
    "8. Digital Programme\n"
    "The Board received the update on the digital programme for information.\n"
    "ACTION: Review procurement options for the clinical record system\n"
    "8. Any Other Business\n"
    "There was no other business.\n"
    "ACTION: Director of Finance\n"
)


def test_wrapping_label_text_is_no_owner():
    owners = [a.owner for a in actions_from_minutes(text_doc(PAGE))]
    assert "Circulate the" not in owners
    assert "Review procurement options for the clinical record system" not in owners
    # an owner line under its paragraph is still one
    assert "Director of Finance" in owners


def test_read_file_fire_authority_actions_in_the_discussion_column():
    acts = extract_actions(written_doc(WRITTEN_DEV17, "a-pennine-moors-fire-authority-2025-02-20"))
    assert [a.text[:30] for a in acts] == [
        "Report the outcome of the disp",
        "Report progress against the HM",
        "Hold public consultation event",
    ]
