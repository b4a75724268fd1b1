"""Follow-up reports printing one labelled block per action ("Direction: / Responsibility: /
Target date: / Status:" under a header naming the motion, grouped under the meeting that gave
them: Canadian boards of health, US boards' "board requests" reports), tested on a variant
written for them (tests/data/variants, rendered with benchmarks/synthetic/render.py: other
labels, values wrapping under their label, no value column) and on the read file."""

from __future__ import annotations

from pathlib import Path

from conftest import WRITTEN_DEV22, text_doc, written_doc

from boardpapers.extract.action_blocks import actions_from_labelled_blocks
from boardpapers.extract.actions import ACTION_SPEC, extract_actions

VARIANTS = Path(__file__).parent / "data" / "variants"


def test_board_requests_variant(load_doc):
    acts = extract_actions(load_doc(VARIANTS / "labelled-action-blocks-board-requests.pdf"))
    assert [a.ref for a in acts] == ["2025-R07", "2025-R08", "2025-R11"]
    assert acts[0].text.endswith("each year of the program.")  # wrapped under its label
    assert [a.owner for a in acts] == [
        "Engineering Manager",
        "Customer Service Supervisor",
        "Finance Director",
    ]
    assert [a.assigned_on for a in acts] == ["2025-05-13", "2025-05-13", "2025-06-24"]
    assert [a.due for a in acts] == ["2025-07-08", "September 2025", "2025-10-14"]
    assert [a.status for a in acts] == ["closed", "open", "open"]


def test_plain_text_blocks():
    doc = text_doc(
        "Outstanding items\nCouncil meeting 12 March 2025\nAction 1\nAction: Review the fees and charges.\n"
        "Owner: Finance Manager\nDue: June 2025\nStatus: In progress\nAction 2\n"
        "Action: Write to the minister about the bridge.\nOwner: Mayor\nDue: April 2025\nStatus: Completed\n"
    )
    acts = actions_from_labelled_blocks(doc, ACTION_SPEC)
    assert [(a.text, a.owner, a.status, a.assigned_on) for a in acts] == [
        ("Review the fees and charges.", "Finance Manager", "open", "2025-03-12"),
        ("Write to the minister about the bridge.", "Mayor", "closed", "2025-03-12"),
    ]


def test_not_actions():
    # a risk panel's "Description:" and a single form are not a report of actions
    risks = text_doc(
        "Risk 1\nDescription: Loss of key staff.\nOwner: CEO\nTarget date: June 2025\nStatus: Open\n"
        "Risk 2\nDescription: Cyber attack.\nOwner: CIO\nTarget date: May 2025\nStatus: Open\n"
    )
    assert actions_from_labelled_blocks(risks, ACTION_SPEC) == []
    form = text_doc("Action: Review the fees.\nOwner: Finance Manager\nDue: June 2025\nStatus: Open\n")
    assert actions_from_labelled_blocks(form, ACTION_SPEC) == []


def test_follow_up_report():
    acts = extract_actions(written_doc(WRITTEN_DEV22, "y-grand-portage-boh-follow-up-2025-11-19"))
    assert len(acts) == 10
    assert [a.ref for a in acts[:3]] == ["BOH-25-014", None, "BOH-25-031"]
    assert acts[2].assigned_on == "2025-06-18" and acts[2].due == "December 2025"
    assert acts[-1].status == "open" and acts[-1].update == "Not started"
