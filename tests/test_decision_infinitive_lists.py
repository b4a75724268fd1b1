"""Decision lists under "The Board RESOLVED to:" whose items open with a decision verb's base form
("APPROVE ...", "NOTE ...": Welsh health boards), and boards named by their members ("The Council
of Governors NOTED ...", "RESOLVED: The Council of Governors:" + "a. APPROVED ...": NHS foundation
trusts' governors) (extract/decision_lists.py, decision_grammar.py, decisions.py)."""

from __future__ import annotations

from conftest import WRITTEN_HELDOUT5, written_doc

from boardpapers.extract.decision_grammar import base_verb_outcome
from boardpapers.extract.decision_lists import decision_list, lead_in
from boardpapers.extract.decisions import BODY_VERB, extract_decisions


def test_base_form_verbs():
    assert [base_verb_outcome(w) for w in ("APPROVE", "Note", "endorse", "DELEGATE", "AGREE", "ratify")] == [
        "approved",
        "noted",
        "endorsed",
        "delegated",
        "agreed",
        "ratified",
    ]
    assert base_verb_outcome("Approved") is None and base_verb_outcome("The") is None


def test_infinitive_list_items_take_their_own_verb():
    """The written form (caps, no marks) and two variants: title-case items under "It was AGREED
    to:", a committee's "RESOLVED to:" with one item."""
    texts = [
        "The Board RESOLVED to:",
        "NOTE the Month 3 financial position;",
        "ENDORSE the recovery actions set out in section 5 of the report; and",
        "APPROVE the submission of the monitoring return to",
        "Welsh Government.",
    ]
    items, last = decision_list(texts, 0)
    assert [i.outcome for i in items] == ["noted", "endorsed", "approved"] and last == 4
    items, _ = decision_list(
        ["It was AGREED to:", "Approve the revised terms of reference; and", "Defer the review."], 0
    )
    assert [i.outcome for i in items] == ["approved", "deferred"]
    items, _ = decision_list(["The Committee RESOLVED to:", "ADOPT the policy.", "Mr A left the meeting."], 0)
    assert [i.outcome for i in items] == ["adopted"]


def test_infinitive_items_need_a_to_lead():
    """Under "RESOLVED:" (no "to") an unmarked imperative line is no item: the lead's own reading."""
    assert decision_list(["RESOLVED:", "Approve the plan."], 0) is None


def test_board_named_by_its_members():
    for s in (
        "The Council of Governors NOTED the outcome",
        "The Board of Directors APPROVED the plan",
        "The Board of Trustees agreed the budget",
    ):
        assert BODY_VERB.search(s), s
    assert lead_in("RESOLVED: The Council of Governors:") == (True, "resolved")


def test_written_welsh_health_board_and_governors():
    teifi = extract_decisions(written_doc(WRITTEN_HELDOUT5, "teifi-uhb-board-2025-07"))
    at_010 = [(d.outcome, d.text.split()[0]) for d in teifi if d.item_number == "UHB 25/07/010"]
    assert at_010 == [("approved", "APPROVE"), ("delegated", "DELEGATE"), ("agreed", "AGREE")]
    cog = extract_decisions(written_doc(WRITTEN_HELDOUT5, "calderbrook-nhsft-cog-2025-09"))
    assert [(d.item_number, d.outcome) for d in cog if d.item_number in ("CoG/25/19", "CoG/25/20")] == [
        ("CoG/25/19", "noted"),
        ("CoG/25/20", "approved"),
        ("CoG/25/20", "approved"),
    ]


def test_recommendation_lead_lists_recommendations():
    """ "RESOLVED that it be RECOMMENDED to the Commissioner that:" + "(a) ... (b) ..." (joint audit
    committees); variants: "RESOLVED to recommend to Council that:", lower-case "Resolved that it be
    recommended to Cabinet that:"."""
    for lead in (
        "RESOLVED that it be RECOMMENDED to the Police, Fire and Crime Commissioner that:",
        "RESOLVED to recommend to Council that:",
        "Resolved that it be recommended to Cabinet that:",
    ):
        assert lead_in(lead) == (True, "recommended"), lead
    items, _ = decision_list(
        [
            "RESOLVED that it be RECOMMENDED to the Commissioner that:",
            "(a) the Strategy be approved; and",
            "(b) a statement be added.",
        ],
        0,
    )
    assert [i.outcome for i in items] == ["recommended", "recommended"]
    assert lead_in("RESOLVED that the report be noted.") is None
