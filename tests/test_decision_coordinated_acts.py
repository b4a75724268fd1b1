"""Several acts in one minute (decisions.py), in shapes other bodies use too:

* a paper noted, then a decision of substance joined by "and" in one sentence ("The Committee
  RECEIVED the update and APPROVED ...", "Council noted the paper and agreed that ..."): two
  records; "approved the scheme and delegated authority to ..." stays one;
* a bare "RESOLVED" over numbered "(1) That ..." / "(2) That ..." limbs: one record per limb;
* office bearers elected as a list under "The following were elected ...:" ("Office – Name
  (proposed A, seconded B)"): one record per office;
* the trustees named in lower case ("The trustees AGREED ..."), a policy "re-adopted", and "the
  table of actions" received.

Each is tested on a variant written here; the read files of written-dev14 are checked too."""

from __future__ import annotations

from conftest import WRITTEN_DEV14, written_doc

from boardpapers.extract.decisions import Line, decisions_in, extract_decisions
from boardpapers.extract.records import Meeting

MEETING = Meeting(
    body="Finance Committee", date="2026-02-03", title=None, location=None, page=1, kind="minutes"
)


def _decisions(*texts: str) -> list[tuple[str, str]]:
    return [(d.outcome, d.text) for d in decisions_in([Line(1, t) for t in texts], MEETING)]


def test_paper_noted_and_a_decision_joined_by_and():
    got = _decisions(
        "4. Treasury management",
        "The Committee RECEIVED the update and APPROVED the revised counterparty limits.",
        "5. Estates",
        "Council noted the paper and agreed that the disposal be brought back in June.",
    )
    assert got == [
        ("received", "The Committee RECEIVED the update."),
        ("approved", "APPROVED the revised counterparty limits."),
        ("noted", "Council noted the paper."),
        ("agreed", "agreed that the disposal be brought back in June."),
    ]


def test_approval_and_its_delegation_stay_one():
    # ... and a paper named more closely stays one record with the act that follows
    assert [
        o
        for o, _ in _decisions(
            "4. Actions", "The Board noted the action log and agreed to close actions 5 and 6."
        )
    ] == ["noted"]
    got = _decisions(
        "6. Pay award",
        "Council approved the pay award on the terms set out in Paper C and delegated authority to the "
        "Remuneration Committee to settle the details.",
    )
    assert [o for o, _ in got] == ["approved"]


def test_bare_resolved_over_numbered_limbs():
    got = _decisions(
        "31/26 Housing delivery monitoring",
        "RESOLVED",
        "(1) That the housing delivery figures for 2025/26 be noted.",
        "(2) That the revised Statement of Community Involvement be approved for consultation.",
        "The meeting closed at 9.10 pm.",
    )
    assert got == [
        ("resolved", "That the housing delivery figures for 2025/26 be noted."),
        ("resolved", "That the revised Statement of Community Involvement be approved for consultation."),
    ]


def test_office_bearers_elected_as_a_list():
    got = _decisions(
        "3. Appointment of officers",
        "The following were appointed for the coming year:",
        "President – Ann Kerr (proposed Tom Reid, seconded Jo Bell)",
        "Honorary Secretary – Ian Moffat (proposed Ann Kerr, seconded Rev. Colin",
        "Baird)",
        "Ms Kerr thanked members.",
    )
    assert got == [
        ("elected", "President – Ann Kerr (proposed Tom Reid, seconded Jo Bell)"),
        ("elected", "Honorary Secretary – Ian Moffat (proposed Ann Kerr, seconded Rev. Colin Baird)"),
    ]


def test_trustees_lower_case_re_adopted_and_table_of_actions():
    got = _decisions(
        "7. Governance",
        "The governors AGREED to postpone the skills audit.",
        "The whistleblowing policy was re-adopted without amendment.",
        "The Committee RECEIVED the table of actions.",
    )
    assert [o for o, _ in got] == ["agreed", "adopted", "received"]


def test_read_files():
    got = extract_decisions(written_doc(WRITTEN_DEV14, "c-north-tamar-icb-board-2025-05-08"))
    assert (
        "endorsed",
        "ENDORSED the revised Conflicts of Interest Policy recommended by the Committee.",
    ) in [(d.outcome, d.text) for d in got]
    got = extract_decisions(written_doc(WRITTEN_DEV14, "e-ardnish-kilmory-cc-2025-03-11"))
    assert sum(d.outcome == "elected" for d in got) == 4
    got = extract_decisions(written_doc(WRITTEN_DEV14, "c-wendlebury-dc-planning-2025-06-17"))
    assert sum(d.item_number == "25/049" for d in got) == 2


def test_present_tense_clause_wrapped_from_above_is_no_motion():
    got = _decisions(
        "8. Strategic risk",
        "Members discussed the rating of SR03 and agreed that it should stay High until the Annual",
        "Budget is adopted. Cr Ngata asked for a briefing.",
        "9. Late items",
        "Motion to accept the late items carried 5-0.",
    )
    assert "adopted" not in [o for o, _ in got]
    assert ("carried", "Motion to accept the late items carried 5-0.") in got
