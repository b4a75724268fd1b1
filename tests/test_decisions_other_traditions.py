"""Decisions in minutes of traditions outside the US (written-dev17, session 14): a motion boxed
with a label run into its "THAT" and its mover, seconder and result under it (Canadian health
authorities and boards), a numbered resolution's label on its first line ("Resolution 25/02: That
..."; New Zealand trusts), a resolution labelled in another language before English ("PENDERFYNWYD
/ RESOLVED:"; Welsh community councils), "Resolved further that ..." paragraphs (Indian
university syndicates) and "the Board resolved as follows:" over "i. That ..." limbs (Kenyan state
corporations). Each on a variant written here, and the read files."""

from __future__ import annotations

from conftest import WRITTEN_DEV17, written_doc

from boardpapers.extract.decision_grammar import resolution_block
from boardpapers.extract.decision_lists import lead_in
from boardpapers.extract.decisions import Line, decisions_in, extract_decisions
from boardpapers.extract.records import Meeting

BOARD = Meeting(body="Board of Governors", date="2025-03-12", title=None, location=None, page=1)


def _decide(text: str):
    return decisions_in([Line(1, t) for t in text.splitlines()], BOARD)


def test_boxed_motion_with_inline_label_and_a_lost_amendment() -> None:
    got = _decide(
        """7. Operating Budget 2025/26
The Treasurer presented the draft operating budget.
Motion to amend: That $40,000 be moved from the events reserve to student bursaries.
Moved: A. Tremblay   Seconded: R. Singh
DEFEATED
MOTION: THAT the Board of Governors approve the 2025/26 operating budget as presented.
Moved: K. Lavoie   Seconded: A. Tremblay
CARRIED
8. Facilities Report
The report was received for information."""
    )
    amended = [d for d in got if "bursaries" in d.text]
    budget = [d for d in got if "operating budget as presented" in d.text]
    assert len(amended) == 1 and amended[0].outcome == "rejected"
    assert amended[0].text.startswith("Motion to amend: That $40,000")
    assert len(budget) == 1 and budget[0].outcome == "approved"
    assert budget[0].text.startswith("THAT the Board of Governors approve")  # "MOTION:" says no more


def test_numbered_resolution_label_on_its_first_line() -> None:
    texts = [
        "Resolution 12/07: That the Trust adopts the Annual Report for 2024/25.",
        "Moved: T Ngata Seconded: L Faleolo CARRIED",
        "12/08 General business",
    ]
    block = resolution_block(texts, 0, [False, False, True])
    assert block is not None and block.outcome == "adopted" and block.last == 1
    assert block.text == "Resolution 12/07: That the Trust adopts the Annual Report for 2024/25."
    # a motion's word alone, with no vote under it, is no resolution (another reader's)
    assert (
        resolution_block(["Motion: That the item lie on the table.", "Members discussed it."], 0, [False] * 2)
        is None
    )


def test_label_in_another_language_before_the_english_one() -> None:
    got = _decide(
        """(45) Cynllunio / Planning
Penderfynwyd / Resolved: to object to the application on highway grounds.
(46) Cyllid / Finance
WHAKATAUNGA / RESOLVED: that the grant of £300 to the youth club be paid."""
    )
    assert [d.text for d in got] == [
        "Penderfynwyd / Resolved: to object to the application on highway grounds.",
        "WHAKATAUNGA / RESOLVED: that the grant of £300 to the youth club be paid.",
    ]


def test_resolved_further_that_is_a_resolution_of_its_own() -> None:
    got = _decide(
        """Item No. 88.05 : To consider the report of the Building Committee
Further resolved that the tender of the lowest bidder be accepted.
Resolved further that the Registrar be authorised to sign the work order."""
    )
    assert [d.text.split(" that ")[0] for d in got] == ["Further resolved", "Resolved further"]


def test_resolved_as_follows_leads_numbered_that_limbs() -> None:
    assert lead_in("After discussion, the Council resolved as follows:") == (True, "resolved")
    got = _decide(
        """MIN. 09/12/2025: AUDIT REPORT
After discussion, the Council resolved as follows:
(i) That the audit report be received.
(ii) That the Treasurer responds to the auditors by 30th June 2025."""
    )
    assert [d.text for d in got] == [
        "That the audit report be received.",
        "That the Treasurer responds to the auditors by 30th June 2025.",
    ]


def test_commissioners_as_the_body_and_a_possessive_paper() -> None:
    """Harbour and port commissioners and Isle of Man commissioners minute their decisions with
    "The Commissioners" as the subject; a paper named with a possessive is noted in the passive."""
    got = _decide(
        """4. PILOTAGE
4.1 The Pilotage Manager presented the annual review. The Commissioners APPROVED the revised
pilotage directions with effect from 1 June 2025.
4.2 The Pilotage Manager’s report was NOTED."""
    )
    assert [d.outcome for d in got] == ["approved", "noted"]
    assert got[1].text == "The Pilotage Manager’s report was NOTED."
    # ... but a paper received on a date arrived then; it was not taken at this meeting
    assert not _decide(
        "7. AUDIT\nThe external auditor’s report for 2024/25 was received on 3/10/25 with no issues."
    )


def test_commonwealth_board_verbs() -> None:
    """Statutory boards outside the UK confirm minutes and reject proposals in the active voice;
    committees "scrutinised and noted" a report; a minute "was submitted and approved". A chair
    confirming a fact is no decision."""
    got = _decide(
        """3. MINUTES
3.1 The Board confirmed the minutes of Meeting No. 4/2025 without amendment.
4. LAND
4.1 The Board rejected the proposal to lease the depot and directed an open tender.
5. PERFORMANCE
5.1 The Committee scrutinised and noted the quarterly performance report.
6. MINUTE
The minute of the meeting held on 3 March 2025 was submitted and approved.
7. CHAIR
7.1 The Chair confirmed that the meeting was quorate."""
    )
    assert [d.outcome for d in got] == ["confirmed", "rejected", "noted", "approved"]


def test_a_refusal_in_the_active_voice() -> None:
    got = _decide(
        """9. RATES
The Trust did not support the proposal to raise mooring rates, and asked for options.
10. LETTERS
The Trust did not approve of the tone of the letter."""
    )
    assert [(d.outcome, d.text.split(",")[0]) for d in got] == [
        ("rejected", "The Trust did not support the proposal to raise mooring rates")
    ]


def test_movers_ending_in_and_over_resolved_are_one_resolution() -> None:
    got = _decide(
        """HB25/07 Grants
Moved by Cllr Ashe, seconded by Cllr Moreno and
RESOLVED that a grant of £400 be made to the Scout Group."""
    )
    assert [d.text for d in got] == ["RESOLVED that a grant of £400 be made to the Scout Group."]


def test_titles_and_currencies_with_a_full_stop_do_not_end_the_sentence() -> None:
    got = _decide(
        """MIN. 03/12/2025: ADOPTION OF THE AGENDA
The agenda was adopted having been proposed by Eng. Otieno and seconded by Amb. Wafula.
MIN. 04/12/2025: BUDGET
The Board further RESOLVED THAT the budget of Kshs. 12,500,000 be approved."""
    )
    assert [d.text for d in got] == [
        "The agenda was adopted having been proposed by Eng. Otieno and seconded by Amb. Wafula.",
        "The Board further RESOLVED THAT the budget of Kshs. 12,500,000 be approved.",
    ]


def test_lettered_infinitive_limbs_take_their_own_verbs() -> None:
    from boardpapers.extract.decision_lists import decision_list

    texts = [
        "Resolution 14/09: The Trust resolved to:",
        "(a) receive the audit committee's annual report;",
        "(b) adopt the revised investment policy; and",
        "(c) ask the Chief Executive to report on reserves in June.",
    ]
    items, last = decision_list(texts, 0)
    assert [i.outcome for i in items] == ["received", "adopted", "resolved"] and last == 3


def test_read_files_boxed_motions_and_bilingual_labels() -> None:
    whitemud = extract_decisions(written_doc(WRITTEN_DEV17, "a-whitemud-river-rha-board-2025-06-18"))
    assert sum(d.text.startswith(("THAT the Board of Directors", "THAT the agenda")) for d in whitemud) == 7
    assert [d.outcome for d in whitemud if d.text.startswith("MOTION TO AMEND")] == ["rejected"]
    welsh = extract_decisions(
        written_doc(WRITTEN_DEV17, "b-llanfihangel-y-bryn-community-council-2025-01-14")
    )
    assert sum(d.text.startswith("PENDERFYNWYD / RESOLVED:") for d in welsh) == 6
    indian = extract_decisions(written_doc(WRITTEN_DEV17, "f-sahyadri-state-university-syndicate-2025-06-14"))
    assert sum(d.text.startswith("Resolved further that") for d in indian) == 4
