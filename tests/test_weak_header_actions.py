"""Action trackers headed only by common words, and minutes' action columns whose header runs
the item and discussion labels together (written variants, not the read sets' files)."""

from __future__ import annotations

from tinypdf import write_pdf

from boardpapers.extract.actions import extract_actions
from boardpapers.extract.normalise import action_status
from boardpapers.table_headers import table_families


def test_a_header_of_weak_terms_alone_marks_an_action_table_page():
    # "No. | Action | Lead officer | Target date | Progress": no strong term, one cell a line
    page = "Actions agreed\nNo.\nAction\nLead officer\nTarget date\nProgress\n1\nWrite to the minister\nHead of Policy\n"
    assert "actions" in table_families(page)
    # an audit follow-up tracker: "Recommendation | Responsible Party | Target Date | Status | Update"
    page = "Ref. Recommendation Responsible\nParty\nOriginal\nTarget Date\nStatus Management\nUpdate\nFU-1\n"
    assert "actions" in table_families(page)


def test_prose_holding_the_weak_terms_is_not_a_table_header():
    prose = (
        "The Director gave a progress update on the status of the programme, and the lead member\n"
        "asked who was responsible for the recommendations of the review and when they would report.\n"
    )
    assert table_families(prose) == []


def test_implemented_statuses_of_audit_follow_up_trackers():
    assert action_status("Implemented") == "closed"
    assert action_status("Partially Implemented") == "open"
    assert action_status("Not implemented") == "open"
    assert action_status("Not yet complete") == "open"


def test_action_column_under_a_header_running_item_and_discussion_together(tmp_path, load_doc):
    # "Min.    Discussion ... Action": the two left labels closer than the layout's column gap;
    # rows numbered per paragraph ("14.2"), the owner's initials ("SO'B") on the paragraph's first
    # line, a due month under them, the action a sentence of the paragraph
    rows = [
        (54, 60, 10, "Min."),
        (90, 60, 10, "Discussion"),
        (520, 60, 10, "Action"),
        (54, 90, 10, "14/031"),
        (90, 90, 10, "FINANCE REPORT"),
        (54, 110, 10, "14.1"),
        (90, 110, 10, "The Director of Finance presented the month 3 position."),
        (54, 130, 10, "14.2"),
        (90, 130, 10, "Members asked about agency spend. SO'B to report the agency"),
        (520, 130, 10, "SO'B"),
        (90, 143, 10, "spend by staff group to the October meeting."),
        (520, 143, 10, "Oct-25"),
        (54, 170, 10, "14/032"),
        (90, 170, 10, "ANY OTHER BUSINESS"),
        (54, 190, 10, "15.1"),
        (90, 190, 10, "There was no other business. The meeting closed at 4.10pm."),
    ]
    path = write_pdf(tmp_path / "m.pdf", [rows], size=(595, 842))
    acts = [a for a in extract_actions(load_doc(path)) if a.owner == "SO'B"]
    assert len(acts) == 1
    assert "SO'B to report the agency spend by staff group to the October meeting." in acts[0].text
    assert acts[0].due == "Oct-25"
    assert "action column" in (acts[0].notes or "")
