"""Actions of minutes whose owner's mark stands against a whole minute, and undertakings given by an
officer named by post:
- the directive sentence ("Ms Kerr to publish ...", "Finance Manager to revise ...") closing a
  minute whose initials sit beside its heading or first line (Scottish IJBs' action columns, Irish
  boards' margin initials) is the action, not the first sentence that merely mentions a report;
- "The Chief Executive undertook to provide ...", "the Deputy Chief Fire Officer undertook to
  reply in writing" (Irish ETBs', English fire authorities' minutes) in minutes with no other
  action;
- trackers of the implementation of earlier decisions and directions ("Decision / Direction of
  the Board | Responsibility | Status of implementation | Remarks", "Complied" / "Partially
  complied" / "Not complied");
- minutes' "Action:" lines that the closing "Action points" table restates in other words: one
  record each.
Expected values read from the written sets' PDFs; the tracker and the action points table are
written variants (tinypdf)."""

from __future__ import annotations

from conftest import WRITTEN, WRITTEN_DEV17, WRITTEN_DEV18, WRITTEN_HELDOUT6, WRITTEN_HELDOUT7, written_doc
from tinypdf import write_pdf

from boardpapers.extract.actions import extract_actions
from boardpapers.extract.minute_actions import DIRECTIVE_OPENING


def test_directive_opening_is_whom_and_what():
    assert DIRECTIVE_OPENING.match("Finance Manager to revise the draft 2027 budget")
    assert DIRECTIVE_OPENING.match("Treasurer and CEO to re-score the funding risk")
    assert DIRECTIVE_OPENING.match("The Chief Finance Officer to bring a progress report")
    assert not DIRECTIVE_OPENING.match("RESOLVED to accept the tender")
    assert not DIRECTIVE_OPENING.match("It was agreed to defer the item")
    assert not DIRECTIVE_OPENING.match("The Board to be kept informed")


def test_action_column_mark_beside_heading_takes_the_directive_sentence():
    acts = extract_actions(written_doc(WRITTEN_DEV18, "e-glen-dorran-ijb-2025-06-18"))
    by_owner = {a.owner: a.text for a in acts}
    assert "Ms Kerr to publish the Strategy and an easy-read version" in by_owner["JK"]
    assert "Appendix 2" not in by_owner["JK"]
    assert "The Chief Finance Officer to bring a progress report" in by_owner["GS"]


def test_margin_mark_on_a_minutes_first_line_takes_the_directive_sentence():
    acts = extract_actions(written_doc(WRITTEN_DEV18, "d-slievenamon-community-care-board-2026-10-15"))
    ab = [a.text for a in acts if a.owner == "AB"]
    assert ab == [
        "Finance Manager to revise the draft 2027 budget with the fundraising targets agreed and "
        "recirculate it before the November meeting."
    ]


def test_undertaking_by_an_officer_named_by_post():
    etb = extract_actions(written_doc(WRITTEN_HELDOUT7, "shannonside-etb-2025-05-20"))
    assert [(a.owner, a.text[:57]) for a in etb] == [
        ("Chief Executive", "The Chief Executive undertook to provide members with a b")
    ]
    fra = extract_actions(written_doc(WRITTEN_HELDOUT6, "calderwick-fra-2025-06-26"))
    assert [a.owner for a in fra] == ["Deputy Chief Fire Officer"]
    assert "undertook to reply in writing" in fra[0].text


# A tracker of the implementation of earlier board decisions and directions (Commonwealth
# statutory bodies' and universities' matters arising): no word "action" anywhere on the page.
DIRECTIONS_HEAD = [
    (47, 40, 12, "KANDARA WATER RESOURCES AUTHORITY"),
    (47, 60, 10, "Status of implementation of Board decisions - 52nd Board meeting, 14 May 2025"),
    (47, 100, 9, "S/No."),
    (85, 100, 9, "Min. No."),
    (150, 100, 9, "Decision / Direction of the Board"),
    (400, 100, 9, "Responsibility"),
    (520, 100, 9, "Status of implementation"),
    (660, 100, 9, "Remarks"),
]
DIRECTIONS_ROWS = [
    (
        "1",
        "BD/49/04",
        "Management to submit the revised scheme of service.",
        "CEO",
        "Complied",
        "Approved by SRC.",
    ),
    (
        "2",
        "BD/50/02",
        "Finalise the lease of the Nyeri office.",
        "Head, Legal",
        "Partially complied",
        "With landlord.",
    ),
    (
        "3",
        "BD/51/07",
        "Present the procurement plan for FY 2025/26.",
        "Manager, SCM",
        "Not complied",
        "Awaiting budget.",
    ),
    (
        "4",
        "BD/51/09",
        "Prepare the water allocation plan.",
        "Director, Planning",
        "Complied",
        "Plan gazetted.",
    ),
]


def test_tracker_of_decisions_and_directions_of_the_board(tmp_path, load_doc):
    cells = [
        (x, 120 + 24 * k, 9, text)
        for k, row in enumerate(DIRECTIONS_ROWS)
        for x, text in zip((47, 85, 150, 400, 520, 660), row, strict=True)
    ]
    path = write_pdf(tmp_path / "directions.pdf", [DIRECTIONS_HEAD + cells])
    acts = extract_actions(load_doc(path))
    assert [(a.text, a.owner, a.status, a.update) for a in acts] == [
        ("Management to submit the revised scheme of service.", "CEO", "closed", "Approved by SRC."),
        ("Finalise the lease of the Nyeri office.", "Head, Legal", "open", "With landlord."),
        ("Present the procurement plan for FY 2025/26.", "Manager, SCM", "open", "Awaiting budget."),
        ("Prepare the water allocation plan.", "Director, Planning", "closed", "Plan gazetted."),
    ]
    assert [a.status_raw for a in acts][:3] == ["Complied", "Partially complied", "Not complied"]


MINUTES = [
    (60, 40, 14, "ASHGROVE HOUSING ASSOCIATION"),
    (60, 62, 10, "Minutes of the Board meeting held on 12 March 2025"),
    (60, 80, 10, "Present: Ms A Lowe (Chair), Mr B Quinn, Dr C Rowe"),
    (60, 110, 10, "1.  Rent setting 2025/26"),
    (60, 124, 10, "The Board discussed the rent increase and the affordability assessment."),
    (60, 140, 10, "Action: Director of Finance to circulate the affordability model to members."),
    (60, 170, 10, "2.  Damp and mould"),
    (60, 184, 10, "Members asked about the backlog of damp and mould cases in the north area."),
    (60, 200, 10, "Action: Head of Repairs to report the backlog by area to the May meeting."),
]
ACTION_POINTS = [
    (60, 40, 12, "ACTION POINTS"),
    (60, 64, 10, "No."),
    (100, 64, 10, "Action"),
    (360, 64, 10, "Owner"),
    (470, 64, 10, "Due"),
    (60, 84, 10, "1"),
    (100, 84, 10, "Circulate the affordability model to members"),
    (360, 84, 10, "Director of Finance"),
    (470, 84, 10, "March 2025"),
    (60, 104, 10, "2"),
    (100, 104, 10, "Report the damp and mould backlog by area"),
    (360, 104, 10, "Head of Repairs"),
    (470, 104, 10, "May 2025"),
]


def test_action_lines_restated_in_other_words_by_the_action_points_table(tmp_path, load_doc):
    path = write_pdf(tmp_path / "points.pdf", [MINUTES, ACTION_POINTS], size=(595, 842))
    acts = extract_actions(load_doc(path))
    # the minutes' "Action:" lines are the table's rows: one record each, the table's
    assert [(a.text, a.owner, a.page) for a in acts] == [
        ("Circulate the affordability model to members", "Director of Finance", 2),
        ("Report the damp and mould backlog by area", "Head of Repairs", 2),
    ]


def _closing_table_over_a_page_break() -> list[list[tuple[float, float, float, str]]]:
    first = [
        (60, 40, 14, "ASHGROVE HOUSING ASSOCIATION"),
        (60, 62, 10, "Minutes of the Board meeting held on 12 March 2025"),
        (60, 80, 10, "Present: Ms A Lowe (Chair), Mr B Quinn, Dr C Rowe"),
        (60, 110, 10, "1.  Rent setting 2025/26"),
    ]
    first += [
        (
            60,
            124 + 14 * k,
            10,
            f"The Board discussed part {k} of the rent setting paper at length and noted it.",
        )
        for k in range(40)
    ]
    first += [
        (60, 700, 12, "SUMMARY OF ACTION POINTS"),
        (60, 724, 10, "No."),
        (100, 724, 10, "Action"),
        (360, 724, 10, "Owner"),
        (470, 724, 10, "Due"),
        (60, 744, 10, "1"),
        (100, 744, 10, "Circulate the affordability model"),
        (360, 744, 10, "Director of Finance"),
        (470, 744, 10, "March 2025"),
        (60, 764, 10, "2"),
        (100, 764, 10, "Report the damp backlog by area"),
        (360, 764, 10, "Head of Repairs"),
        (470, 764, 10, "May 2025"),
    ]
    second = [
        (60, 60, 10, "3"),
        (100, 60, 10, "Publish the TSM return on the website"),
        (360, 60, 10, "Company Secretary"),
        (470, 60, 10, "April 2025"),
        (60, 80, 10, "4"),
        (100, 80, 10, "Arrange a board away day on strategy"),
        (360, 80, 10, "Chair"),
        (470, 80, 10, "June 2025"),
        (60, 120, 10, "The meeting closed at 8.15 pm."),
    ]
    return [first, second]


def test_action_points_table_going_on_over_a_page_break_keeps_its_rows_apart(tmp_path, load_doc):
    path = write_pdf(tmp_path / "over.pdf", _closing_table_over_a_page_break(), size=(595, 842))
    acts = extract_actions(load_doc(path))
    assert [(a.ref, a.owner, a.page) for a in acts] == [
        ("1", "Director of Finance", 1),
        ("2", "Head of Repairs", 1),
        ("3", "Company Secretary", 2),
        ("4", "Chair", 2),
    ]


def test_minutes_table_row_with_two_actions_two_owners_and_two_dues():
    """An NHS trust board's "Ref | Item | Minute | Action | Owner | Due" row holding two actions:
    two sentences in the action cell, "LH" / "PN" and "September 2025" / "17 July 2025"."""
    acts = extract_actions(written_doc(WRITTEN_DEV17, "a-calder-wolds-ambulance-trust-board-2025-05-29"))
    got = [(a.owner, a.due, a.text[:30]) for a in acts if a.owner in ("LH", "PN")]
    assert ("LH", "September 2025", "Deep dive into Category 2 perf") in got
    assert ("PN", "2025-07-17", "Bring an appraisal compliance ") in got
    assert len(acts) == 7


def test_minutes_action_by_initials_restated_in_the_log_by_name():
    """The minutes' "HR to circulate the final BCF submission ..." is the action log's row for
    "H Ridgeway" (a health and wellbeing board's minutes and its action log)."""
    acts = extract_actions(written_doc(WRITTEN, "kestermoor-hwb-agenda-and-minutes-2024-09"))
    owners = [a.owner for a in acts]
    assert "H Ridgeway" in owners
    assert "HR" not in owners
    assert not any(o.startswith("AM / KW") for o in owners)
