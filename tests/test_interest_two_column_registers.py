"""Registers of interests printed in two text columns (Scottish integration joint boards' and
partnership boards' registers: a member's name heading, "Category N:" or "Section N –" headings,
one interest a line, the members running down the left column and on in the right): the
heading reader reads the columns one after the other, and tells a wrapped line from the next
interest by where the line above ended in its column."""

from __future__ import annotations

from pathlib import Path

from conftest import WRITTEN_DEV13

from boardpapers.extract.interest_forms import _wrapped
from boardpapers.extract.interests import extract_interests

VARIANTS = Path(__file__).parent / "data" / "variants"


def test_two_column_partnership_register_is_read_column_by_column(load_doc):
    doc = load_doc(VARIANTS / "partnership-board-two-column-register.pdf")
    got = {(i.person, i.nature) for i in extract_interests(doc)}
    # the right column's members keep their own interests, not the left column's rows beside them
    assert ("Isla Petrie", "Manager, Strathbeg Volunteer Centre") in got
    assert ("Dougie Reid", "Croft, Glenbeg (owner occupied)") in got
    # one interest a line; a wrapped line joins the line above
    assert ("Morag Duthie", "Councillor, Strathbeg Council") in got
    assert ("Morag Duthie", "Relief pharmacist, Duthie Pharmacy Partnership") in got
    assert (
        "Isla Petrie",
        "Strathbeg Volunteer Centre holds a service level agreement with the Partnership for befriending services",
    ) in got
    assert len(got) == 15


def test_ijb_register_in_two_columns(load_doc):
    doc = load_doc(WRITTEN_DEV13 / "a-glen-arroch-ijb-register-of-interests-2025-08-01.pdf")
    got = {(i.person, i.nature) for i in extract_interests(doc)}
    # a member whose interests run from the foot of the left column to the top of the right
    assert ("Kenneth Ure", "Shares in Clydeside Bank plc (nominal value greater than £25,000)") in got
    # the member heading of the right column
    assert ("Iain Drummond-Fraser", "Partner, Drumlea Farm Partnership (farming)") in got
    assert (
        "Iain Drummond-Fraser",
        "Drumlea Farm, Glen Arroch (partnership land, approx. 300 hectares)",
    ) in got


def test_a_short_line_is_not_wrapped_a_full_one_is():
    right = 280.0
    assert not _wrapped(("Member, GMB Scotland", 62.0, 160.0, right), "Committee member, Carers Centre")
    assert _wrapped(
        ("Election expenses met by the Scottish National Party,", 62.0, 275.0, right), "Lochside Branch"
    )
    assert _wrapped(("Dwelling house (jointly-", 62.0, 150.0, right), "owned)")
    # a short line, but the next one cannot open an interest
    assert _wrapped(("Tickets from Brightwater Events", 62.0, 150.0, right), "Ltd.")
