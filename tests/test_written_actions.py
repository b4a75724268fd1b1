"""Actions in the written-layout families (issue 8), on the written PDFs in benchmarks/written
(in the repository: these never skip). Expected values read from the PDFs."""

from __future__ import annotations

import pytest
from conftest import WRITTEN

from boardpapers.extract.actions import extract_actions
from boardpapers.reading.pdf_reader import read_document


@pytest.fixture(scope="module")
def actions():
    cache: dict[str, list] = {}

    def get(stem: str):
        if stem not in cache:
            cache[stem] = extract_actions(read_document(str(WRITTEN / f"{stem}.pdf")))
        return cache[stem]

    return get


def test_item_discussion_action_table_minutes(actions):
    # NHS trust board minutes as an Item | Discussion / Minute | Action table: ten owner
    # marks in the Action column (one stacked over two lines: "DO /" + "SW")
    acts = actions("harrowfield-th-nhsft-board-minutes-2024-03")
    assert [a.owner for a in acts] == ["FB", "GL", "YQH", "JP", "DO / SW", "TE", "BK / JP", "DO", "DO", "FB"]
    assert all(a.assigned_on == "2024-03-07" for a in acts)
    gl = acts[1]
    assert "GL agreed to circulate this before the April Board development session" in gl.text
    assert gl.text.startswith("Chief Executive's report: NAR asked that")  # the minute's title first
    assert "BK and JP to report progress against the safety action 8 training plan" in acts[6].text
    assert "FB would respond in writing" in acts[9].text


def test_action_lines_in_numbered_paragraphs(actions):
    # "5.6  Action: OPD to provide ..." after a paragraph number; "Action: LA – next report ..."
    acts = actions("ashdown-vale-mhft-quality-committee-minutes-2024-11")
    assert [a.owner for a in acts] == [
        "Head of Patient Safety",
        "OPD",
        "IS and EM",
        "LA",
        "Director of Nursing",
    ]
    assert (
        acts[1].text
        == "OPD to provide a trajectory for the clearance of the PSII backlog to the next meeting."
    )
    assert all(a.assigned_on == "2024-11-06" for a in acts)


def test_actions_arising_table_of_town_council_minutes(actions):
    # "ACTIONS ARISING – FULL COUNCIL ..." : Minute | Action | Who | By when, eight rows
    acts = actions("fernley-bridge-tc-full-council-minutes-2024-12")
    assert len(acts) == 8
    assert [a.owner for a in acts][:3] == ["Clerk", "Clerk / Cllr Castellano", "RFO"]
    assert acts[1].due == "2025-01-10"  # "10.01.25"
    assert acts[0].due == "Jan meeting"
    assert acts[2].text == "Submit precept demand form to Wendmoor District Council"


def test_action_log_meeting_bands_give_assigned_on(actions):
    # rows grouped under "Trust Board meeting held in public - 7 September 2023" bands
    acts = {a.ref: a for a in actions("eastholme-marsh-nhs-trust-board-action-log-2024-05")}
    assert acts["A23/061"].assigned_on == "2023-09-07"
    assert acts["A23/078"].assigned_on == "2023-11-02"
    assert acts["A24/002"].assigned_on == "2024-01-11"


def test_action_log_with_item_and_meeting_columns(actions):
    # Ref | Meeting | Item | Action | Owner ...: the Action column is the text, Item the
    # agenda item number, Meeting the date the action was set
    acts = {a.ref: a for a in actions("kestermoor-hwb-agenda-and-minutes-2024-09") if a.ref}
    assert acts["HWB/23/14"].text.startswith(
        "Develop a shared communications plan for the winter vaccination"
    )
    assert acts["HWB/23/14"].assigned_on == "2023-12-14"
    assert acts["HWB/24/07"].assigned_on == "2024-06-27"


def test_right_aligned_owner_lines_are_not_actions(actions):
    # "Action: Director of Finance" set under the paragraph (the action list restates it)
    acts = actions("nhs-strathlorne-audit-risk-committee-minutes-2024-06")
    assert not [a for a in acts if a.text in ("Director of Finance", "Head of Risk and Resilience")]
