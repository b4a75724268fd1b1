"""Families of decision layout and wording in the written set (issue 8, session 5): decision
lists under a lead-in ("The Committee:" + verb bullets, a cabinet's "Decision:" / "Cabinet:" +
(1)(2)(3), "RESOLVED:" + "(1) to approve ..."), the body named bare ("Council approved ...",
"Trustees noted ..."), the verb in capitals ("The Board AGREED"), "Proposed by ..., seconded by
... and RESOLVED", "RESOLVED: the Board noted ..." recorded by its verb, two resolutions in one
sentence, motions beside their resolution, coded minute numbers ("ARC 24/25 - 014", "CAB 32",
"BoD/24/033", "Minute 24/140"), and what is not a decision (a concern noted, how a declared
interest is handled).

Expected values were read from the PDFs in benchmarks/written (in the repository: never skip)."""

from __future__ import annotations

from functools import cache

from conftest import WRITTEN

from boardpapers.extract.decision_lists import decision_list
from boardpapers.extract.decisions import extract_decisions
from boardpapers.extract.records import Decision
from boardpapers.reading.pdf_reader import read_document


@cache
def _decisions(stem: str) -> tuple[Decision, ...]:
    return tuple(extract_decisions(read_document(str(WRITTEN / f"{stem}.pdf"))))


def _find(stem: str, start: str) -> list[Decision]:
    return [d for d in _decisions(stem) if d.text.startswith(start)]


def test_committee_lead_in_with_verb_bullets():
    # "The Committee:" on most pages (not a running header) + unmarked bullets opening with a verb
    got = [
        (d.item_number, d.outcome) for d in _decisions("nhs-strathlorne-audit-risk-committee-minutes-2024-06")
    ]
    assert ("ARC 24/25 - 014", "approved") in got
    assert got.count(("ARC 24/25 - 015", "noted")) == 1 and ("ARC 24/25 - 015", "agreed") in got
    assert [d.outcome for d in _decisions("nhs-strathlorne-audit-risk-committee-minutes-2024-06")
            if d.item_number == "ARC 24/25 - 020"] == ["noted", "agreed"]  # fmt: skip
    # "The Committee noted the concern that the savings plan ...": a remark, not a decision
    assert not _find(
        "nhs-strathlorne-audit-risk-committee-minutes-2024-06", "The Committee noted the concern"
    )
    # "It was agreed that she would leave the meeting for that item": interest handling
    assert not _find(
        "nhs-strathlorne-audit-risk-committee-minutes-2024-06", "It was agreed that she would leave"
    )


def test_cabinet_decision_blocks_with_numbered_resolutions():
    d = [x for x in _decisions("harrowden-brayfield-cabinet-minutes-2024-07") if x.item_number == "CAB 32"]
    assert [x.outcome for x in d] == ["approved", "noted", "agreed", "instructed"]
    assert d[1].text.startswith("Noted the forecast budget gap of £18.4 million")
    d36 = [
        x.outcome
        for x in _decisions("harrowden-brayfield-cabinet-minutes-2024-07")
        if x.item_number == "CAB 36"
    ]
    assert d36 == ["thanked", "accepted", "rejected", "requested"]


def test_resolved_lead_in_with_infinitive_items_and_capital_verbs():
    stem = "harrowfield-th-nhsft-board-minutes-2024-03"
    d38 = [x for x in _decisions(stem) if x.item_number == "BoD/24/038"]
    assert [x.outcome for x in d38] == ["resolved"] * 3
    assert d38[2].text.startswith("to delegate authority to the Chief Executive")
    assert [x.outcome for x in _decisions(stem) if x.item_number == "BoD/24/034"] == ["agreed"]
    # "The Board ENDORSED ..., and AUTHORISED the Chief Executive to sign": two records
    assert [x.outcome for x in _decisions(stem) if x.item_number == "BoD/24/039"] == [
        "endorsed",
        "authorised",
    ]
    assert not _find(stem, "It was agreed that CD would take no part")


def test_bare_body_subject_and_topic_led_paragraphs():
    stem = "university-of-brackenridge-council-agenda-minutes-2025-03"
    assert [(x.item_number, x.outcome) for x in _find(stem, "Council approved the minutes")] == [
        ("2", "approved")
    ]
    # "13.4 Health and Safety Annual Report 2023/24 (C/25/14): Council received the report."
    assert [(x.item_number, x.outcome) for x in _find(stem, "Council received the report.")][-1] == (
        "13",
        "received",
    )
    # "Following discussion, and with the three staff members not voting, Council approved ..."
    assert [x.outcome for x in _find(stem, "Council approved the Voluntary Severance")] == ["approved"]
    assert [x.outcome for x in _find(stem, "Council agreed to defer approval")] == ["deferred"]
    trust = "linthwaite-ridge-learning-trust-trustees-minutes-2024-12"
    assert [(x.item_number, x.outcome) for x in _find(trust, "Trustees noted the CEO report")] == [
        ("4", "noted")
    ]


def test_town_council_proposed_seconded_and_resolved():
    stem = "fernley-bridge-tc-full-council-minutes-2024-12"
    got = _find(stem, "Proposed by Cllr Hargreaves, seconded by Cllr Dunning and RESOLVED")
    assert [(x.item_number, x.outcome) for x in got] == [("24/140", "resolved")]
    # "It was" / "RESOLVED (For 9, ...)" wrapped over a line: one record
    assert [x.outcome for x in _find(stem, "It was RESOLVED (For 9, Against 1, Abstention 1)")] == [
        "resolved"
    ]
    assert not _find(stem, "RESOLVED (For 9")
    assert [x.outcome for x in _find(stem, "The amendment was seconded")] == ["lost"]
    # the schedule of payments' dates ("02.12.24 Staff salaries") are not minute numbers
    assert {x.item_number for x in _decisions(stem)} <= {f"24/{n}" for n in range(140, 154)}
    # "it was proposed by Cllr Jarvie and seconded ..." beside "It was RESOLVED to award": one decision
    assert not [x for x in _decisions(stem) if x.outcome == "proposed"]


def test_resolved_label_over_what_the_board_did():
    stem = "brackenridge-lowmoor-icb-board-pack-2024-07"
    assert [(x.item_number, x.outcome) for x in _find(stem, "the Board received the Chief Executive")] == [
        ("ICB 24/25-016", "received")
    ]
    assert not [x for x in _decisions(stem) if x.text.startswith("RESOLVED")]


def test_decision_list_needs_an_item_below_its_lead_in():
    assert decision_list(["The Committee:", "The Chair welcomed members."], 0) is None
    items, last = decision_list(["Cabinet:", "(1) Approved the plan.", "(2) Noted the gap.", "Reasons:"], 0)
    assert [(i.outcome, i.text) for i in items] == [
        ("approved", "Approved the plan."),
        ("noted", "Noted the gap."),
    ]
    assert last == 2
