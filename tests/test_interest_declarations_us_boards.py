"""Declarations in US boards' minutes: an interest in a lettered sub-item ("Item 8.B", "item
10.c": special districts', transit boards') is not cut at the item's number, and a relative's
interest disclosed "to the Board that" a body is a relative's (county boards of supervisors)."""

from __future__ import annotations

from conftest import text_doc

from boardpapers.extract.interests import declarations_at_meeting


def test_an_interest_in_a_lettered_sub_item_runs_on_over_its_number() -> None:
    doc = text_doc(
        "Minutes of the Regular Meeting of the Board of Directors, June 3, 2025\n"
        "5. CONFLICTS OF INTEREST\n"
        "Trustee Halvorsen declared a personal interest in item 10.c as his daughter works for "
        "Pinecrest Paving, a bidder. He left the room for that item.\n"
        "6. CONSENT CALENDAR\n"
    )
    got = declarations_at_meeting(doc)
    assert len(got) == 1
    assert got[0].person == "Halvorsen"
    assert got[0].nature is not None and "daughter works for Pinecrest Paving" in got[0].nature


def test_a_body_disclosed_to_the_board_as_a_relatives() -> None:
    doc = text_doc(
        "BOARD OF COMMISSIONERS — REGULAR SESSION, APRIL 7, 2025\n"
        "Commissioner Dupree disclosed to the Commission that Dupree Fencing, Inc. is operated by "
        "her nephew, and she abstained from the vote on the fencing contract.\n"
        "The Chief Executive disclosed to the Commission that the audit was complete.\n"
    )
    got = declarations_at_meeting(doc)
    assert [i.person for i in got] == ["Dupree"]
    assert "her nephew" in (got[0].nature or "")
