"""Minute headings and motions in shapes other bodies use too (extract/decisions.py, meetings.py):

* "(14) HOUSING REVENUE ACCOUNT" : a minute number in brackets over a title in capitals (English
  district and county council cabinets), so that a "Reasons for the decision:" field closes at
  the next minute;
* "Item 4 Finance report" set as a heading with no colon (academy trust and charity board
  minutes), and papers in the plural ("The annual reports were approved.");
* "3. APPROVAL OF MINUTES. Motion by ..." : a title run in before the minute's text, and "..., a
  motion by Director A, seconded by Director B, to ... failed 2-3" (US school and special district
  boards);
* a venue named after the body ("Main Board Room") and a register's title ("Register of
  Interests of Board Members") are no body names.

Each is tested on a variant written here; the read files of written-dev12 are checked too."""

from __future__ import annotations

from conftest import WRITTEN_DEV12, written_doc

from boardpapers.extract.decisions import Line, decisions_in, extract_decisions
from boardpapers.extract.meetings import extract_meetings, find_bodies
from boardpapers.extract.records import Meeting

MEETING = Meeting(body="Executive", date="2026-02-03", title=None, location=None, page=1, kind="minutes")


def _decisions(*lines: Line) -> list[tuple[str | None, str | None, str, str]]:
    return [(d.item_number, d.item_title, d.outcome, d.text) for d in decisions_in(list(lines), MEETING)]


def test_bracketed_minute_numbers_close_the_reasons_field():
    got = _decisions(
        Line(1, "(14) HOUSING REVENUE ACCOUNT BUSINESS PLAN"),
        Line(1, "RESOLVED – That the Housing Revenue Account Business Plan be approved."),
        Line(1, "Reasons for the decision: to set a balanced account for the year."),
        Line(2, "(15) 26/00412 – PLAY AREA REFURBISHMENT PROGRAMME", heading=True),
        Line(2, "The Cabinet Member introduced the programme."),
        Line(2, "RESOLVED – That the play area refurbishment programme be agreed."),
    )
    assert [(n, o) for n, _, o, _ in got] == [("(14)", "resolved"), ("(15)", "resolved")]
    assert got[1][1] == "26/00412 – PLAY AREA REFURBISHMENT PROGRAMME"
    # a resolution's numbered part in lower case is no minute heading
    parts = _decisions(
        Line(1, "(3) PARKING CHARGES"),
        Line(1, "RESOLVED – That"),
        Line(1, "(1) the tariff be approved; and"),
        Line(1, "(2) the order be made."),
    )
    assert {n for n, _, _, _ in parts} == {"(3)"}


def test_item_word_heading_and_plural_papers():
    got = _decisions(
        Line(1, "Item 4 Annual reports of the academies", heading=True),
        Line(1, "4.1 The headteachers presented their reports."),
        Line(1, "DECISION The annual reports were approved."),
        Line(1, "Item 5 2026/27 admissions policy", heading=True),
        Line(2, "DECISION The admissions policies were adopted for consultation."),
    )
    assert [(n, o) for n, _, o, _ in got] == [("4", "approved"), ("5", "adopted")]
    # in running text "Item 6 A briefing ..." cites an item and heads no minute
    assert _decisions(Line(1, "Item 6 A briefing was given."), Line(1, "The reports were noted.")) == [
        (None, None, "noted", "The reports were noted.")
    ]
    # reports sent in by groups are not papers the body took
    assert _decisions(Line(1, "Written reports from the two member groups were received.")) == []


def test_run_in_title_and_motion_failing_with_its_tally():
    got = _decisions(
        Line(1, "3. APPROVAL OF MINUTES. Motion by Director Lee, second by Director Park, to approve"),
        Line(1, "the minutes of January 6. Motion passed 5-0."),
        Line(
            1, "4.b Purchase of Two Electric Buses, Phase No. 2. After discussion, a motion by", heading=True
        ),
        Line(1, "Director Park, seconded by Director Lee, to purchase two buses failed 2-3 (Lee, Park aye)."),
    )
    assert [(n, t, o) for n, t, o, _ in got] == [
        ("3", "APPROVAL OF MINUTES", "approved"),  # "Motion passed 5-0.": approved (session 17)
        ("4.b", "Purchase of Two Electric Buses, Phase No. 2", "failed"),
    ]
    assert got[1][3].startswith("a motion by Director Park")


def test_body_names_not_rooms_or_register_titles():
    assert find_bodies("Main Board Room, 100 Elm Street, Riverton") == []
    assert find_bodies("Register of Interests of Board Members 2026") == []


def test_written_dev12_files():
    doc = written_doc(WRITTEN_DEV12, "ravensby-dc-cabinet-2025-07-16")
    got = extract_decisions(doc, extract_meetings(doc))
    assert "(25)" in {d.item_number for d in got}
    doc = written_doc(WRITTEN_DEV12, "cedar-hollow-usd-board-2025-08-12")
    got = extract_decisions(doc, extract_meetings(doc))
    assert [d.item_number for d in got] == ["4", "6", "6.d", "7.a", "7.b", "8.a"]
    doc = written_doc(WRITTEN_DEV12, "fellgate-learning-partnership-trustees-2025-07-03")
    got = extract_decisions(doc, extract_meetings(doc))
    assert [d.item_number for d in got] == ["3", "5", "6", "7", "8", "9", "10", "11"]
