"""Meeting and attendance layouts read in written-dev14 (session 12, second round), each tested
on a variant written here and, where it matters, on the read file:

- the roll as the minutes' first numbered item, "1 PRESENT" over "Councillors" / "Staff"
  columns, under the council's full name and "MINUTES OF THE ORDINARY MEETING OF COUNCIL"
  (Australian and New Zealand councils);
- a company's or trust's board named only after the meeting ("Minutes of the Board Meeting
  (Public Session) of X Limited held on ..."), or only in a running footer parted by middle dots;
  the roll's posts under the heading are no body's name;
- a charity's run-on attendance paragraph ("Present: ... In attendance: ... Minutes: Ms K" /
  "Villiers (Administrator). Apologies were received from ...");
- "Name – Post" staff lines whose post reads as a name ("General Counsel"), and a roll call grid
  whose name cell holds the officer's post ("Teresa Delgado, President"): US special districts."""

from __future__ import annotations

from conftest import WRITTEN_DEV14, text_doc, written_doc

from boardpapers.extract.attendance import _dash_line, _leading_name, _name_dash_post, extract_attendance
from boardpapers.extract.body_name import prominent_organisation
from boardpapers.extract.meetings import extract_meetings
from boardpapers.model import Document


def _read(doc: Document) -> tuple[list, set]:
    meetings = extract_meetings(doc)
    return meetings, {(a.name, a.status, a.role) for a in extract_attendance(doc, meetings)}


# ---- a numbered roll under a municipal council's full name -----------------------------------
NUMBERED_ROLL = """WARRINDALE CITY COUNCIL
MINUTES OF THE ORDINARY MEETING OF COUNCIL
held in the Council Chamber, 12 Hay Street, Warrindale
on Wednesday 9 April 2025 commencing at 6.00pm
2. PRESENT
Councillors
Cr Anna De Souza (Mayor)
Cr Peter Holm AO
Cr Nguyen Thi Lan
Officers
Rebecca Lyle – Chief Executive Officer
Tom Ashby – Director Community and
Services
3. ACKNOWLEDGEMENT OF COUNTRY
The Mayor opened the meeting and acknowledged the Traditional Owners.
"""


def test_numbered_roll_under_council_name_variant():
    meetings, people = _read(text_doc(NUMBERED_ROLL))
    assert [(m.body, m.date) for m in meetings] == [("Warrindale City Council", "2025-04-09")]
    assert ("Anna De Souza", "present", "Mayor") in people
    assert ("Peter Holm", "present", None) in people  # "AO": an honour, not a post
    assert ("Rebecca Lyle", "in_attendance", "Chief Executive Officer") in people
    assert ("Tom Ashby", "in_attendance", "Director Community and Services") in people


def test_capitalised_particles_in_names():
    assert _leading_name("Cr Tran Van Minh") == ("Tran Van Minh", "")
    assert _leading_name("Marie Du Plessis, Chair") == ("Marie Du Plessis", "Chair")


def test_titled_name_of_three_words():
    # a title, three name words and nothing more: one name ("Dr. Beverly Ann Kowalczyk")
    assert _leading_name("Ms Mary Kate Doherty") == ("Mary Kate Doherty", "")
    # ... but not a post after two: "Cllr John Smith Chair"; and no title, no third word
    assert _leading_name("Cllr John Smith Chair") == ("John Smith", "Chair")
    assert _leading_name("John Smith Wexcombe") == ("John Smith", "Wexcombe")


def test_numbered_roll_read_file():
    doc = written_doc(WRITTEN_DEV14, "c-yarrabool-shire-ordinary-2025-02-25")
    meetings, people = _read(doc)
    assert meetings[0].body == "Yarrabool Shire Council"
    assert ("Tran Van Minh", "present", None) in people
    assert ("Tahlia Morgan", "in_attendance", "Governance Officer (minutes)") in people
    assert len({p for p in people if p[1] != "apologies"}) == 12


# ---- a company's board named after the meeting, or only in the footer ----------------------
COMPANY_BOARD = """Minutes of the Board Meeting (Open Session) of Kōwhai Coast Port Company Limited held on
Thursday 3 April 2025 at 10.00am in the Boardroom, 2 Wharf Road, Kōwhai
Present: Ana Liufau (Chair), Peter Drummond, Wiremu Hōhepa
In attendance: Claire Bostock (Chief Executive), Sam Oduya (Company Secretary)
1. Welcome
The Chair opened the meeting.
"""


def test_company_named_after_the_meeting_variant():
    meetings, people = _read(text_doc(COMPANY_BOARD))
    assert [m.body for m in meetings] == ["Kōwhai Coast Port Company Limited"]
    assert ("Claire Bostock", "in_attendance", "Chief Executive") in people


def test_body_in_a_footer_parted_by_middle_dots():
    page = ["Board Meeting – Open Session", "Date: Thursday 3 April 2025", "Agenda", "1 Welcome"]
    page += ["Harbourside Housing Trust · Board Meeting (Open) · 3 April 2025", "1"]
    later = [["Item 3 – Finance", "Harbourside Housing Trust · Board Meeting (Open) · 3 April 2025", "2"]]
    assert prominent_organisation(page, later) == "Harbourside Housing Trust"


def test_company_board_read_file():
    doc = written_doc(WRITTEN_DEV14, "b-aorangi-regional-water-board-2025-03-18")
    assert {m.body for m in extract_meetings(doc)} == {"Aorangi Regional Water Limited"}


# ---- a run-on attendance paragraph -------------------------------------------------------------
RUN_ON = """Minutes of the meeting of the Board of Trustees held on Tuesday 8 April 2025 at 7.00pm
Present: Mr Ian Corbett (Chair), Mrs Ruth Ambler and Dr Femi Ladipo. In attendance: Ms Jo Pike
(Director) and Mr Ravi Shah (Finance Officer). Minute taker: Mrs Ellen
Marsh (Clerk). Apologies were received from Mr Colin Dyer.
25/01 WELCOME
The Chair welcomed trustees.
"""


def test_run_on_attendance_paragraph_variant():
    _, people = _read(text_doc(RUN_ON))
    assert people >= {
        ("Femi Ladipo", "present", None),
        ("Jo Pike", "in_attendance", "Director"),
        ("Ravi Shah", "in_attendance", "Finance Officer"),
        ("Ellen Marsh", "in_attendance", "Clerk"),
        ("Colin Dyer", "apologies", None),
    }
    assert not any(name in {"Ellen", "Colin"} for name, _, _ in people)


def test_run_on_attendance_paragraph_read_file():
    doc = written_doc(WRITTEN_DEV14, "b-wessex-vale-community-transport-trustees-2025-05-14")
    _, people = _read(doc)
    assert ("Kate Villiers", "in_attendance", "Administrator") in people
    assert ("James Fenwick-Lowe", "present", None) in people
    assert len(people) == 10


# ---- posts that read as names ------------------------------------------------------------------
def test_name_then_post_that_reads_as_a_name():
    assert _dash_line("Maria Lopez – District Counsel") is None
    assert _name_dash_post("Maria Lopez – District Counsel") == ("Maria Lopez", "District Counsel", None)
    # the post first still reads so
    assert _dash_line("Chief Executive – Jane Smith") == [("Jane Smith", "Chief Executive", None)]


def test_roll_grid_and_staff_read_file():
    doc = written_doc(WRITTEN_DEV14, "e-las-pulgas-vwd-2025-02-10")
    _, people = _read(doc)
    assert ("Teresa Delgado", "present", "President") in people
    assert ("Anthony Russo", "in_attendance", "General Counsel") in people


# ---- a summons letter over an agenda; a report's line naming a period and the meeting ---------
SUMMONS = """Harbridge Borough Council
Town Hall
High Street
Harbridge
Contact: Mr Owen Talbot
Date: 29 September 2025
To: Members of the Licensing Committee
Dear Councillor,
Members are requested to attend a meeting of the
LICENSING COMMITTEE
to be held in the Council Chamber, Town Hall, Harbridge on
Thursday, 9 October 2025 at 7.00 pm
Yours sincerely,
Owen Talbot
"""
SUMMONS_AGENDA = """AGENDA
1. Apologies for Absence
2. Minutes
To confirm the minutes of the meeting held on 4 September 2025.
3. Report of the Licensing Sub-Committee of 22
September 2025
"""


def test_summons_letter_variant():
    meetings = extract_meetings(text_doc(SUMMONS, SUMMONS_AGENDA))
    assert [(m.body, m.date, m.page) for m in meetings] == [
        ("Harbridge Borough Council Licensing Committee", "2025-10-09", 1)
    ]


REPORT_PERIOD = """Annual Report on Directors' Attendance
Year ended March 31, 2025 | Report to the Board of Directors, meeting of May 22, 2025
1. Purpose
This report sets out each director's attendance in the year.
"""


def test_report_line_with_a_period_and_the_meeting_variant():
    meetings = extract_meetings(text_doc(REPORT_PERIOD))
    assert [m.date for m in meetings] == ["2025-05-22"]


def test_summons_read_file():
    doc = written_doc(WRITTEN_DEV14, "d-wexcombe-dc-cabinet-2025-09-17")
    assert [(m.body, m.date) for m in extract_meetings(doc)] == [
        ("Wexcombe District Council Cabinet", "2025-09-17"),
        ("Wexcombe District Council", "2025-07-16"),
    ]
