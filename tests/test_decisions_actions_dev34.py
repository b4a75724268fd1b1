"""Decisions and actions in layouts and wordings of written-dev34 (read files), each a family
several bodies share: numbered motion blocks in a minutes table's "Motion / Action" column (Canadian
district education authorities); decisions passed "under" a numbered board resolution set out
below them (Philippine cooperatives); a RESOLVED block run on past an action column's initials
(Mauritian district councils); "Decision <ref> – The Council ..." labels and a "Record of
proceedings" (regional intergovernmental councils); dated undertakings of a department; a
capitals "ACTION:" label beyond a narrow table gutter."""

from __future__ import annotations

from conftest import WRITTEN_DEV34, written_doc

from boardpapers.extract.action_column import actions_from_action_column
from boardpapers.extract.decisions import extract_decisions
from boardpapers.extract.minute_actions import actions_from_minutes

DEA = "el-qamutik-bay-dea-minutes-2025-11-18"
COOP = "el-salinas-valley-electric-coop-board-2025-06-26"
DISTRICT = "el-haute-riviere-district-council-2025-07-17"
HYDRO = "el-pihmsc-council-24th-meeting-2025-10-08"
FISHERIES = "em-picftc-governing-council-record-2025-06-03"


def test_numbered_motion_blocks_in_a_motion_column() -> None:
    got = {d.text: d.outcome for d in extract_decisions(written_doc(WRITTEN_DEV34, DEA))}
    assert got["To approve the agenda as amended."] == "approved"
    assert got["To approve the minutes of October 21, 2025 as corrected."] == "approved"
    assert got["To accept the financial report to October 31, 2025."] == "received"
    assert got["That the spring land camp be extended to two weeks (May 4–15, 2026)."] == "rejected"
    assert not any(t.startswith("To adjourn") for t in got)


def test_action_label_beyond_a_narrow_gutter() -> None:
    got = [a.text for a in actions_from_minutes(written_doc(WRITTEN_DEV34, DEA))]
    assert any(t.startswith("Principal to send the 2026 graduation date options") for t in got)
    assert any(t.startswith("Principal to confirm gym schedule with Hamlet.") for t in got)


def test_motion_result_is_no_owner() -> None:
    got = actions_from_action_column(written_doc(WRITTEN_DEV34, DEA), None)
    assert not any(a.owner == "CARRIED" for a in got)


def test_decision_takes_the_resolution_it_was_passed_under() -> None:
    got = [d.text for d in extract_decisions(written_doc(WRITTEN_DEV34, COOP))]
    award = next(t for t in got if "approved the award" in t)
    assert award.endswith("in the Amount of ₱14,865,000.00 (Bid No. 2025-07).”")
    assert "BOARD RESOLUTION NO. 060, SERIES OF 2025" in award
    fee = next(t for t in got if "The motion was carried under" in t)
    assert "BOARD RESOLUTION NO. 061" in fee and fee.endswith("Effective August 1, 2025.”")


def test_undertakings_of_a_department_with_a_date() -> None:
    got = {a.owner: a for a in actions_from_minutes(written_doc(WRITTEN_DEV34, COOP))}
    campaign = got["Institutional Services Department"]
    assert campaign.text.startswith("Conduct an information campaign on the new membership fee")
    assert campaign.due == "2025-08-01"
    assert got["Engr. Castillo"].due == "2025-08-28"


def test_resolution_runs_on_past_action_column_initials() -> None:
    got = [d.text for d in extract_decisions(written_doc(WRITTEN_DEV34, DISTRICT))]
    payments = next(t for t in got if "list of payments" in t)
    assert payments.endswith("to Vote 22-140 (Maintenance of Roads) be approved.")
    assert "FC" not in payments.split()
    assert not any(t.startswith("22-140") for t in got)


def test_labelled_decision_whatever_its_verb() -> None:
    got = {d.text[:15]: d for d in extract_decisions(written_doc(WRITTEN_DEV34, HYDRO))}
    assert "Decision C24/6 " in got
    assert got["Decision C24/6 "].text.endswith("was deferred to that meeting.")
    assert sum(1 for t in got if t.startswith("Decision C24/")) == 7


def test_record_of_proceedings_is_read_as_minutes() -> None:
    got = [d for d in extract_decisions(written_doc(WRITTEN_DEV34, FISHERIES))]
    texts = [d.text for d in got]
    assert any(t.startswith("requested the Director to negotiate the host country agreement") for t in texts)
    assert any(t.startswith("deferred consideration of the revised Staff Regulations") for t in texts)
    assert len([d for d in got if d.outcome == "requested"]) == 3


def test_resolved_with_how_it_passed() -> None:
    got = [
        d.text
        for d in extract_decisions(
            written_doc(WRITTEN_DEV34, "em-cantonment-board-shahpur-heights-minutes-2025-07-24")
        )
    ]
    assert any(t.startswith("Resolved unanimously that the revised budget estimates") for t in got)
    assert any(t.startswith("Resolved by majority that the building plan for Plot No. 214") for t in got)
