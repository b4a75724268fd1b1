"""Action-taken reports, matters-arising tables with RAG and Open / Closed columns, schedules of
actions closing minutes, and trackers going on over the page without their header (written
variants, not the read sets' files)."""

from __future__ import annotations

from tinypdf import write_pdf

from boardpapers.extract.actions import ACTION_SPEC, _not_in_tables, extract_actions
from boardpapers.extract.records import Action
from boardpapers.reading.tables_reader import runs_to_foot
from boardpapers.table_headers import table_families


def test_action_taken_report_columns():
    # "Sl. No. | Resolution of the Council | Action Taken | Status": the resolution is the text,
    # the action taken its update
    fields = ACTION_SPEC.fields_for(["Sl. No.", "Resolution of the Council", "Action Taken", "Status"])
    assert fields == ["ref", "text", "update", "status"]
    fields = ACTION_SPEC.fields_for(["S. No.", "Decision", "Actions taken / Remarks", "Status"])
    assert fields == ["ref", "text", "update", "status"]
    # a register of interests' "Action taken" (to manage the interest) is no action's update
    labels = ["Name", "Position", "Type of interest", "Description", "From", "Status", "Action taken"]
    assert "update" not in ACTION_SPEC.fields_for(labels)
    # without an action-taken column a decision column is not an action's text (decision logs)
    assert "text" not in ACTION_SPEC.fields_for(["Ref", "Decision", "Decided by", "Notes"])


def test_open_closed_column_is_the_status_beside_status_update_and_rag():
    labels = ["S/N", "Min. Ref.", "Matter", "Responsible", "Status / Progress", "RAG", "Open/Closed"]
    fields = ACTION_SPEC.fields_for(labels)
    assert fields[-1] == "status"
    assert fields[4] == "update"
    assert fields[5] is None  # the RAG word is kept as an extra


def test_gate_words_of_the_family():
    assert "actions" in table_families(
        "ANNEXURE A\nACTION TAKEN REPORT ON THE RESOLUTIONS OF THE 88TH MEETING\nStatus\n"
    )
    assert "actions" in table_families("Schedule of Actions\nNo. Task Responsible Officer Target date\n")
    # a header of weak words: "S/N | Min. Ref. | Matter arising | Responsibility | Status | RAG | Open / Closed"
    page = "S/N Min. Ref. Matter arising Responsibility Status RAG Open /\nClosed\n1. MIN. 4/2025 Finance to report\n"
    assert "actions" in table_families(page)
    page = "No. Action Responsible Timeframe\n1 Write to the Ministry CEO June 2025\n"
    assert "actions" in table_families(page)


def test_a_table_ending_over_its_page_footer_runs_on():
    rows = [["No.", "Matter", "Owner"], ["3.", "Report to the Board\non the audit", "CEO"]]
    text = "Minutes\nNo. Matter Owner\n3. Report to the Board\non the audit CEO\nBoard minutes of 4 June 2025 | 2\n"
    assert runs_to_foot(rows, text)
    text += "The Board noted the matters arising.\nITEM 5: FINANCE\nThe Treasurer presented the accounts.\n"
    assert not runs_to_foot(rows, text)


def test_borderless_action_taken_report_dated_by_its_title(tmp_path, load_doc):
    # an annexed report on one earlier meeting's resolutions: no owner, no dates in the rows
    rows = [
        (54, 60, 11, "ANNEXURE II"),
        (54, 80, 11, "ACTION TAKEN REPORT ON THE RESOLUTIONS OF THE 88TH MEETING OF THE COUNCIL"),
        (54, 94, 11, "HELD ON 12 FEBRUARY 2025"),
        (54, 120, 10, "Sl. No."),
        (110, 120, 10, "Resolution of the Council"),
        (330, 120, 10, "Action Taken"),
        (500, 120, 10, "Status"),
        (54, 140, 10, "88.2"),
        (110, 140, 10, "Resolved that the library hours be extended."),
        (330, 140, 10, "Hours extended from 1 March 2025."),
        (500, 140, 10, "Completed"),
        (54, 170, 10, "88.4"),
        (110, 170, 10, "Resolved that the hostel tender be invited."),
        (330, 170, 10, "Tender notice published; bids due."),
        (500, 170, 10, "In progress"),
        (54, 200, 10, "88.5"),
        (110, 200, 10, "Resolved that the statutes be amended."),
        (330, 200, 10, "Draft sent to the Chancellor."),
        (500, 200, 10, "Pending"),
    ]
    path = write_pdf(tmp_path / "atr.pdf", [rows], size=(595, 842))
    acts = extract_actions(load_doc(path))
    got = {a.ref: a for a in acts}
    assert set(got) == {"88.2", "88.4", "88.5"}
    assert got["88.2"].text == "Resolved that the library hours be extended."
    assert got["88.2"].update == "Hours extended from 1 March 2025."
    assert got["88.2"].status == "closed" and got["88.4"].status == "open"
    assert {a.assigned_on for a in acts} == {"2025-02-12"}


def test_schedule_of_actions_stops_at_the_next_sections_heading(tmp_path, load_doc):
    rows = [
        (54, 60, 11, "MINUTES OF THE BOARD MEETING HELD ON 3 MARCH 2025"),
        (54, 80, 10, "The meeting closed at 1.00pm."),
        (54, 110, 11, "SCHEDULE OF ACTIONS"),
        (54, 130, 10, "No."),
        (90, 130, 10, "Action"),
        (330, 130, 10, "Responsible"),
        (470, 130, 10, "Timeline"),
        (54, 150, 10, "1"),
        (90, 150, 10, "Circulate the revised levy schedule to"),
        (90, 162, 10, "exporters and report arrears"),
        (330, 150, 10, "Finance Officer"),
        (470, 150, 10, "April 2025"),
        (54, 180, 10, "2"),
        (90, 180, 10, "Report on the nursery replanting and"),
        (90, 192, 10, "the seedling supply"),
        (330, 180, 10, "CEO"),
        (470, 180, 10, "30 April 2025"),
        (54, 220, 11, "LIST OF BOARD RESOLUTIONS"),
        (54, 245, 10, "Resolution"),
        (140, 245, 10, "Subject"),
        (54, 270, 10, "25/12"),
        (140, 270, 10, "Budget approved"),
    ]
    path = write_pdf(tmp_path / "soa.pdf", [rows], size=(595, 842))
    acts = [a for a in extract_actions(load_doc(path)) if a.ref]
    assert [a.ref for a in acts] == ["1", "2"]
    assert acts[1].due == "2025-04-30" and acts[0].owner == "Finance Officer"


def test_action_log_with_action_resolution_and_remarks_columns():
    labels = ["Ref.", "Min. No.", "Action / Resolution", "Responsibility", "Timeline", "Status", "Remarks"]
    assert ACTION_SPEC.fields_for(labels) == ["ref", None, "text", "owner", "due", "status", "update"]
    # "Remarks" without a status column is no action's update: an agenda's or a list of papers'
    assert not ACTION_SPEC.is_header(["No.", "Item", "Remarks"])


def _log_row(y: float, ref: str, action: str, owner: str, due: str, status: str, update: str):
    return [
        (40, y, 9, ref),
        (110, y, 9, action),
        (360, y, 9, owner),
        (500, y, 9, due),
        (580, y, 9, status),
        (660, y, 9, update),
    ]


def test_headerless_log_rows_going_on_over_the_page_keep_columns_and_band(tmp_path, load_doc):
    # a register without a header row, grouped under meeting bands; its last two rows on the
    # next page are too few to find its columns by
    first = [(40, 40, 12, "Finance Committee Action Register")]
    first += [(40, 70, 9, "Meeting 4 March 2025")]
    first += _log_row(
        88, "FC25/01", "Report on the reserves policy", "Finance Manager", "Apr 2025", "Complete", "Done"
    )
    first += _log_row(
        106, "FC25/02", "Review the fees schedule", "Chief Executive", "May 2025", "Open", "Drafting"
    )
    first += [(40, 130, 9, "Meeting 8 April 2025")]
    first += _log_row(
        148, "FC25/05", "Circulate the audit plan", "Finance Manager", "May 2025", "Complete", "Sent"
    )
    first += _log_row(
        166, "FC25/06", "Brief members on insurance", "Risk Advisor", "Jun 2025", "In progress", "Booked"
    )
    second = _log_row(50, "FC25/07", "Update the debt strategy", "Treasurer", "Jul 2025", "Open", "Under way")
    second += _log_row(
        68, "FC25/08", "Cost the fleet renewal", "Fleet Manager", "Aug 2025", "Not started", "-"
    )
    path = write_pdf(tmp_path / "log.pdf", [first, second])
    acts = {a.ref: a for a in extract_actions(load_doc(path))}
    assert {"FC25/07", "FC25/08"} <= set(acts)
    assert acts["FC25/07"].owner == "Treasurer" and acts["FC25/08"].status == "open"
    assert acts["FC25/08"].assigned_on == "2025-04-08"
    assert acts["FC25/01"].assigned_on == "2025-03-04"


def _action(text: str, owner: str, tracker: str) -> Action:
    return Action(
        ref=None,
        text=text,
        owner=owner,
        assigned_on="2025-06-12",
        due=None,
        status=None,
        status_raw=None,
        update=None,
        page=4,
        tracker=tracker,
    )


def test_a_log_row_restating_a_longer_minuted_action_in_short_is_that_action():
    row = _action(
        "Table the revised procurement manual at the next Board meeting", "Company Secretary", "ACTIONS"
    )
    said = _action(
        "Company Secretary to table the revised procurement manual, with the changes agreed today, "
        "at the next Board meeting in September",
        "Company Secretary",
        "minutes",
    )
    other = _action(
        "Finance Manager to brief members on the pension fund valuation", "Finance Manager", "minutes"
    )
    assert _not_in_tables([said, other], [row]) == [other]
