"""Actions of the families met in benchmarks/written-dev14 (read in session 12), each tested on a
variant written for it as well as on the read file."""

from __future__ import annotations

from pathlib import Path

from conftest import WRITTEN_DEV14, written_doc

from boardpapers.extract.actions import extract_actions
from boardpapers.extract.minute_actions import _directions
from boardpapers.model import Document, Page

VARIANTS = Path(__file__).parent / "data" / "variants"


def _by_ref(doc) -> dict:
    return {a.ref: a for a in extract_actions(doc) if a.ref}


def test_follow_up_and_timeframe_columns_read_as_action_table():
    """ "Follow-up item" (Ontario hospital boards' minutes) and "Timeframe" (Irish ETBs' "Actions
    arising") label an action table's text and due columns."""
    got = _by_ref(written_doc(WRITTEN_DEV14, "d-tamarack-bay-health-centre-board-2025-04-24"))
    assert sorted(got) == ["02-25-4", "03-25-1", "03-25-2", "03-25-3"]
    assert got["03-25-3"].owner == "M. Lavoie / Governance Committee"
    acts = extract_actions(written_doc(WRITTEN_DEV14, "f-mid-shannon-etb-audit-risk-2025-06-10"))
    assert [(a.owner, a.due) for a in acts] == [
        ("Director of OSD", "Q4 2025"),
        ("Director of OSD", "2025-09-16"),
        ("Chief Executive", "Next review"),
    ]
    assert {a.assigned_on for a in acts} == {"2025-06-10"}  # the minute column cites this meeting


def test_agenda_with_lead_column_is_not_an_action_log():
    """An NHS board agenda "Time | No. | Item | Lead | Purpose | Paper" has owners but no due,
    status or update: the agenda, not actions; the action log later in the pack still reads."""
    acts = extract_actions(written_doc(WRITTEN_DEV14, "d-brackenmoor-nhs-ft-board-2025-06-05"))
    assert len(acts) == 8 and all(a.ref.startswith("PB/") for a in acts)


def test_middle_aligned_log_under_bold_header():
    """A university court's action log: bold header, refs and dates centred beside three-line
    actions, the table running onto the next page; and the signature blanks under a charity's log."""
    got = _by_ref(written_doc(WRITTEN_DEV14, "d-glenmorven-university-court-2025-06-23"))
    assert sorted(got) == [f"25/06/{k}" for k in range(1, 6)]
    assert got["25/06/1"].text.startswith("Include a sensitivity analysis on international postgraduate")
    assert got["25/06/1"].due == "2025-10-06"
    assert got["25/06/2"].owner == "Chief Financial Officer"
    acts = extract_actions(
        written_doc(WRITTEN_DEV14, "b-wessex-vale-community-transport-trustees-2025-05-14")
    )
    assert len(acts) == 5 and not any("……" in a.text for a in acts)


def test_variant_agenda_follow_up_items_signature(load_doc):
    """The variant: a hospital board pack with an agenda "Time | No. | Item | Lead | Purpose",
    minutes, "No. | Follow-up | Responsible | Timeframe" set middle-aligned under a bold header
    and titled as this meeting's, and a dotted signature line under it."""
    acts = extract_actions(load_doc(VARIANTS / "hospital-board-agenda-follow-up-middle-aligned.pdf"))
    assert [a.ref for a in acts] == ["09-25-1", "09-25-2", "09-25-3"]
    a = acts[1]
    assert a.text.startswith("Circulate the revised capital plan schedule to governors once")
    assert a.text.endswith("works has been confirmed.")
    assert (a.owner, a.due, a.assigned_on) == ("Vice-President, Finance", "October 2025", "2025-09-11")


def test_action_column_holding_the_action_over_initials():
    """Minutes as "Item | Minute | Action" whose action column writes the action out with the
    owner's initials under it ("CO'S", "OaG", "DM": Welsh health boards' committees)."""
    acts = extract_actions(written_doc(WRITTEN_DEV14, "e-bro-tywi-uhb-qse-2025-02-27"))
    assert [(a.owner, a.due) for a in acts] == [("CO’S", "April 2025"), ("OaG", "June 2025"), ("DM", None)]
    assert (
        acts[1].text == "Head of Nursing, Mental Health to report progress against the HIW plan in June 2025."
    )


def test_variant_action_column_written_out(load_doc):
    acts = extract_actions(load_doc(VARIANTS / "health-board-committee-written-action-column.pdf"))
    assert [(a.owner, a.due, a.assigned_on) for a in acts] == [
        ("GL", "2025-10-31", "2025-10-14"),
        ("IMcK", "January 2026", "2025-10-14"),
    ]
    assert acts[1].text.startswith("Medical Director to report progress")


def _page_doc(text: str) -> Document:
    return Document(sha256="0", path="x.pdf", size=0, page_count=1, pages=[Page(number=1, text=text)])


def test_labelled_direction_to_staff():
    """ "Direction to staff: the General Manager to return ..." (US special districts) and a variant
    "STAFF DIRECTION: staff to report back ..." name who acts after the label."""
    acts = extract_actions(written_doc(WRITTEN_DEV14, "e-las-pulgas-vwd-2025-02-10"))
    assert [(a.owner, a.due) for a in acts] == [("General Manager", "2025-03-10")]
    text = (
        "Motion carried 5-0.\nSTAFF DIRECTION: staff to report back on the cost of extending the\n"
        "pilot to the east district at the June 9, 2025 meeting.\n7. ADJOURNMENT\n"
    )
    got = _directions(_page_doc(text), [0])
    assert [(a.owner, a.due) for a in got] == [("staff", "2025-06-09")]
    assert got[0].text.startswith("STAFF DIRECTION: staff to report back")
