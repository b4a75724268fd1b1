"""Minutes and agendas from bodies the extractors were not built on (issue 8): meetings
without a "Minutes of" heading, year-less dates, running headers, column attendance,
US and society wording of decisions, lettered sub-items, inline actions, declarations.

Expected values were read from the PDFs (../shared/corpus/dev and bulk); the tests skip
when ../shared is absent. The wording tests at the end need no files."""

from __future__ import annotations

from collections import Counter

from conftest import CABINET_OFFICE, PARISH, SOCIETY, US

from boardpapers.extract.attendance import attendance_in
from boardpapers.extract.decisions import Line, decisions_in
from boardpapers.extract.records import Meeting


def test_society_minutes_year_from_title_and_weekday(records):
    r = records(*SOCIETY, "cssuob_2024-10-09.pdf")
    # "Date: Wednesday 9th October"; the title metadata says 2024-10-09, a Wednesday
    [m] = r["meetings"]
    assert (m.date, m.location, m.start_time, m.body) == ("2024-10-09", "LG23", "18:30", "CSS Committee")
    present = [a.name for a in r["attendance"] if a.status == "present"]
    assert len(present) == 9 and "Leonardo Bishop" in present  # "Leonardo" + "Bishop (LB)" wrapped
    assert [a.name for a in r["attendance"] if a.status == "apologies"] == ["Sumeet Brar"]
    roles = {a.name: a.role for a in r["attendance"]}
    assert roles["Holly Packer"] == "Chairing"
    # 26 "Action XX: ..." lines, follow-up bullets give the status
    actions = r["actions"]
    assert len(actions) == 26
    plates = actions[0]
    assert (plates.owner, plates.text, plates.status, plates.update) == (
        "AA",
        "Buy plates, cups, napkins",
        "closed",
        "Action Complete",
    )
    assert (actions[1].owner, actions[1].status, actions[1].update) == (
        "S",
        "open",
        "Delivery has been delayed to the 14th",
    )
    [adopted] = r["decisions"]
    assert (adopted.item_number, adopted.outcome) == ("2", "adopted")


def test_society_agm_running_header_and_elections(records):
    r = records(*SOCIETY, "cssuob_2026-04-29_agm.pdf")
    # "Annual General Meeting - Minutes 29th April 2026" heads every later page: one meeting
    [m] = r["meetings"]
    assert (m.date, m.location) == ("2026-04-29", "Y3 - G29 (in-person) & Zoom (online)")
    # the names listed after "Present (54):"; item 1 "Apologies" adds "● Sumeet", "● Albert"
    assert sum(a.status == "present" for a in r["attendance"]) == 21
    assert not any(a.role == "54" for a in r["attendance"])
    elected = [d for d in r["decisions"] if d.outcome == "elected"]
    assert len(elected) == 13
    assert elected[0].text == "Joseph Adams is duly elected President"
    assert elected[0].item_number == "7.1"
    adopted = [
        d
        for d in r["decisions"]
        if d.outcome == "adopted" and d.text == "This amendment has been duly adopted"
    ]
    assert [d.item_number for d in adopted] == ["6.1", "6.2", "6.3", "6.4"]
    assert not any(d.text == "Approved" for d in r["decisions"])  # the sign-off box


def test_us_commission_minutes(records):
    r = records(*US, "SSA21_MeetingMinutes_1.29.18.pdf")
    [m] = r["meetings"]
    assert (m.date, m.location) == ("2018-01-29", "Carbon Arc Bar & Board")
    assert m.body == "Lincoln Square Special Service Area #21 Commission"
    by_status = Counter(a.status for a in r["attendance"])
    assert by_status == Counter(present=6, in_attendance=6, apologies=2)
    assert {a.role for a in r["attendance"] if a.status == "present"} == {"Commissioner"}
    texts = [d.text for d in r["decisions"]]
    assert len(texts) == 4
    assert texts[0] == "Minutes from 11/30/17 meeting approved – Z. Maiorca (motion), T. Feinberg (second)"
    assert texts[3] == "APPROVED – Revised 2018 budget – B. Munro (motion), Z. Maiorca (second)"


def test_parish_minutes_columns_sub_items_and_declaration(records):
    r = records(*PARISH, "minutes_2013-03-21 SPC minutes.pdf")
    [m] = r["meetings"]
    assert (m.date, m.location) == ("2013-03-21", "Village Hall")
    by_status = Counter(a.status for a in r["attendance"])
    # "Present:" (7) and "Also in attendance:" (3) side by side, "Apologies:" (2) under the second
    assert by_status == Counter(present=7, in_attendance=3, apologies=2)
    assert "M Kerford Byrne" in {a.name for a in r["attendance"] if a.status == "in_attendance"}
    numbers = [d.item_number for d in r["decisions"]]
    assert "5a" in numbers and "8b" in numbers and "8l" in numbers
    proposed = [d for d in r["decisions"] if d.outcome == "proposed"]
    assert [d.item_number for d in proposed] == ["8g"]  # proposed and seconded
    [decl] = r["interests"]
    # "RD declared ...": the initials resolved from the list ("R Deeley")
    assert (decl.person, decl.declared_on, decl.category) == ("R Deeley", "2013-03-21", "declared-at-meeting")
    # owners' initials in the right margin beside 8g (AM), 8h (AM & over the page break BM), 8l (BM)
    owners = [(a.owner, a.text.split(" –")[0]) for a in r["actions"]]
    assert owners == [
        ("AM", "Additional noticeboard"),
        ("AM & BM", "Planter by the Fox"),
        ("BM", "ORCC data package"),
    ]
    assert r["actions"][1].text.endswith("to ask them if they would like to plant it.")


def test_parish_annual_meeting_heading_stacked_over_lines(records):
    r = records(*PARISH, "minutes_2016-05-19 Annual Parish Meeting minutes.pdf")
    # "MINUTES OF SOULDERN ANNUAL PARISH MEETING / HELD IN THE VILLAGE HALL / ON 19 / th MAY 2016"
    [m] = r["meetings"]
    assert (m.body, m.date, m.location) == ("Souldern Annual Parish Meeting", "2016-05-19", "Village Hall")
    assert Counter(a.status for a in r["attendance"]) == Counter(present=7, in_attendance=4, apologies=9)
    [d] = r["decisions"]
    assert (d.item_number, d.outcome) == ("2", "approved")
    assert d.text.startswith("Minutes of the Souldern Parish Meeting held on 14th May 2015 were approved")


def test_parish_agenda_lettered_sub_items(records):
    r = records(*PARISH, "agenda_2017-03-16 Agenda.pdf")
    [m] = r["meetings"]
    assert (m.date, m.body) == ("2017-03-16", "Souldern Parish Council")  # "Thursday / 16 / th March 2017"
    numbers = [it.number for it in r["agenda_items"]]
    assert numbers == [
        "1", "2", "3", "4", "5", "6", "6a", "6b", "6c", "6d", "7", "7a", "8", "9", "9a", "9b", "9c", "10",
    ]  # fmt: skip
    titles = {it.number: it.title for it in r["agenda_items"]}
    assert titles["3"] == "Matters arising and updates"
    assert titles["6b"] == "Nancy Bowles Wood Advisory Group"
    assert titles["10"] == "Date of next meeting"


def test_us_council_agenda_with_file_numbers(records):
    r = records(*US, "sunnyvale_4-12-16.pdf")
    items = r["agenda_items"]
    numbers = [it.number for it in items]
    # consent items A-D of the joint meeting and 1.A-1.D of the council meeting, printed beside
    # their file numbers (16-0361 ...); four information items carry a file number only
    for n in ("A", "B", "C", "D", "1.A", "1.B", "1.C", "1.D"):
        assert n in numbers
    titles = {it.number: it.title for it in items}
    assert titles["D"].startswith("Approve the First Amendment to Outside Counsel Agreement")
    assert titles["1.A"] == "Approve City Council Meeting Minutes of March 29, 2016"
    assert sum(1 for it in items if it.number is None) == 5


def test_working_group_minutes_without_minutes_heading(records):
    r = records(*CABINET_OFFICE, "Minutes of Open Data User Group 14 May.pdf")
    # "Attendees | Apologies" side by side, "Officials" under the attendees
    assert Counter(a.status for a in r["attendance"]) == Counter(present=7, in_attendance=2, apologies=7)
    numbers = [it.number for it in r["agenda_items"]]
    # the agenda table on page 1; the numbered minute paragraphs (1-17) that follow are not items
    assert numbers == [
        "1", "2", "3", "3a", "3b", "3c", "3d", "3e", "3f", "3g", "3h", "4", "5", "6", "7", "7a", "7b", "8", "9",
    ]  # fmt: skip
    [d] = r["decisions"]
    assert d.text == "The actions and minutes from the last meeting were approved."


def test_agenda_of_numbered_time_slots(records):
    # "1 16:00–16:05" with the title on the next line, "- Baroness Hanham" bullets under it
    r = records(*CABINET_OFFICE, "TB(2) - Transparency Board agenda  2010-09-15.pdf")
    items = r["agenda_items"]
    assert [it.number for it in items] == ["1", "2", "3", "4", "5", "6"]
    assert (items[0].title, items[0].time) == ("Welcome and Introductions", "16:00")
    assert (items[1].title, items[1].time) == ("Update on work programme", "16:05")
    assert items[4].title == "Trading funds"


def test_board_minutes_actions_with_due_dates(records):
    r = records(*CABINET_OFFICE, "Transparency Board Minutes 08-02-2011.pdf")
    actions = r["actions"]
    assert len(actions) == 6
    assert {a.due for a in actions} == {"March 2011"}
    assert {a.assigned_on for a in actions} == {"2011-02-08"}
    assert actions[1].owner == "Department for Transport"
    assert actions[1].text.endswith("(costs and revenue benefits).")


# ---- wording, without files ----------------------------------------------------------

MEETING = Meeting(body="Town Council", date="2016-01-12", title=None, location=None, page=1, kind="minutes")


def _lines(text: str) -> list[Line]:
    return [Line(1, t) for t in text.splitlines()]


def test_decision_wordings():
    text = """1. Minutes
The minutes of the last meeting were approved.
2. Budget
The Board noted that this cost was not in the financial model.
The Board were in agreement with this.
3. Amendments
Amendment lost.
This was agreed.
Motion to approve the consent calendar carried 5-0.
4. Elections
Professor Jane Smith is duly elected President."""
    got = [(d.item_number, d.outcome, d.text) for d in decisions_in(_lines(text), MEETING)]
    assert got == [
        ("1", "approved", "The minutes of the last meeting were approved."),
        ("2", "agreed", "The Board were in agreement with this."),
        # the verb as minuted (SCHEMA: the decision verb lower-cased; the written set labels "LOST" lost)
        ("3", "lost", "Amendment lost."),
        ("3", "agreed", "This was agreed."),
        ("3", "carried", "Motion to approve the consent calendar carried 5-0."),
        ("4", "elected", "Professor Jane Smith is duly elected President."),
    ]


def test_attendance_wordings():
    us = "Present: Councilmembers Adams, Brown, Crow-\nBrown, Davis; Absent: Evans\n1. Call to order"
    got = [(a.name, a.status) for a in attendance_in(_lines(us), MEETING)]
    assert got[:4] == [
        ("Adams", "present"),
        ("Brown", "present"),
        ("Crow-Brown", "present"),
        ("Davis", "present"),
    ]
    uk = (
        "Present: Mr R W Gough (Chairman), Mr Jeremy\nKite, MBE, Mrs S Prendergast\n"
        "Panel: Professor Sir Nigel Shadbolt (Chairman), Baroness Stowell (DCLG), Tim Kelsey\n1. Welcome"
    )
    got = [(a.name, a.role) for a in attendance_in(_lines(uk), MEETING)]
    assert ("Jeremy Kite", None) in got
    assert ("Nigel Shadbolt", "Chairman") in got
    assert ("Tim Kelsey", None) in got
