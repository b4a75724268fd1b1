"""The trained decision-sentence model (extract/decision_model.py): what it adds, and what it
leaves to the wording rules. Expected sentences read from the PDFs (pdftotext -layout)."""

from __future__ import annotations

import pytest
from conftest import WRITTEN_HELDOUT4, written_doc

from boardpapers.extract import decision_model
from boardpapers.extract.decision_model import (
    DISABLE_ENV,
    already_found,
    model_available,
    model_decisions,
    outcome_of,
    sentences,
)
from boardpapers.extract.records import Meeting
from boardpapers.layout import layout_of
from boardpapers.layout.lines import Line
from boardpapers.layout.numbering import number_of

IJB = "carrickmuir-ijb-minutes-2025-09"  # Scottish IJB minutes: "The IJB:" over lettered clauses


def _lines(*texts: str) -> list[Line]:
    return [Line(t, 1, numbered=number_of(t)) for t in texts]


def test_the_model_ships_with_the_package():
    assert model_available()


def test_sentences_split_at_ends_and_mark_pieces_cut_by_a_gap():
    got = sentences(_lines("The Board noted the report. It approved the budget for 2025/26."))
    assert [s.text for s in got] == ["The Board noted the report.", "It approved the budget for 2025/26."]
    assert not any(s.cut for s in got)


def test_a_list_clause_ending_in_and_is_not_cut():
    # paragraphs() starts a new paragraph at each lettered line
    got = sentences(_lines("a. noted the content of the report; and", "b. agreed to close action 12."))
    assert [s.cut for s in got] == [False, False]


def test_outcome_is_the_first_decision_verb():
    assert outcome_of("The Committee RESOLVED to approve the plan.") == "resolved"
    assert outcome_of("Motion carried 9-0.") == "carried"
    assert outcome_of("Members discussed the report.") is None


def test_a_sentence_inside_a_rules_decision_is_already_found():
    found = [set("the city icb noted the register of interests".split())]
    assert already_found("NOTED the Register of Interests.", found)
    assert not already_found("APPROVED the budget for next year.", found)


def _ijb_minutes():
    pytest.importorskip("spacy")
    doc = written_doc(WRITTEN_HELDOUT4, IJB)
    meeting = Meeting("Carrickmuir Integration Joint Board", "2025-09-24", None, None, 1)
    return list(layout_of(doc).lines()), meeting


def test_model_finds_lettered_clauses_under_a_colon_lead_in():
    lines, meeting = _ijb_minutes()
    got = {d.text: d for d in model_decisions(lines, meeting, [])}
    # page 2: "The IJB:" / "a. noted the content of the Chief Officer's report; and"
    hit = next(d for t, d in got.items() if "noted the content of the Chief Officer's report" in t)
    assert (hit.outcome, hit.page, hit.meeting_date) == ("noted", 2, "2025-09-24")
    # page 3: "b. agreed to issue Direction CM/2025/12 to Carrickmuir Council ..."
    assert any("agreed to issue Direction CM/2025/12" in t and d.outcome == "agreed" for t, d in got.items())


def test_model_adds_nothing_the_rules_found_and_nothing_when_disabled(monkeypatch):
    lines, meeting = _ijb_minutes()
    first = model_decisions(lines, meeting, [])
    assert first
    assert model_decisions(lines, meeting, first) == []
    monkeypatch.setenv(DISABLE_ENV, "1")
    assert model_decisions(lines, meeting, []) == []
    assert decision_model.model_available() is False


def test_reported_speech_and_sign_off_forms_are_not_decisions():
    from boardpapers.extract.decision_model import _not_a_decision

    assert _not_a_decision("The Chief Executive said that Defra had confirmed a flat cash settlement.")
    assert _not_a_decision("The Director informed members that the scheme had been approved by the ICB.")
    assert _not_a_decision("These minutes were confirmed at the meeting held on ____________ 2025.")
    assert _not_a_decision("At that meeting, Members agreed to refer the decision to full Council.")
    assert _not_a_decision("The Audit Committee had, under its delegated authority, approved a change.")
    assert not _not_a_decision("The Board approved the plan, and noted that it would be reviewed in May.")


def test_outcome_of_resolutions_and_list_points_uses_the_grammars_lexicon():
    assert outcome_of("That the Council: a) receives the report; b) approves the plan.") == "approved"
    assert outcome_of("That the meeting be adjourned at 8.24 p.m.") == "resolved"
    assert outcome_of("APPROVE the minutes of the meeting held on 3 June;") == "approved"
    assert outcome_of("The Committee AUTHORIZED the Director to sign.") == "authorised"
