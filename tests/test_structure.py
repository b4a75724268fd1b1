"""Structure extractor: meetings, agenda items (+ segmentation), attendance,
decisions. Expected values were read off the PDFs / seed text by hand."""

from __future__ import annotations

from collections import Counter

import pytest
from conftest import (
    PACK_2018,
    PACK_2020,
    PACK_HARTLEPOOL,
    PACK_ICB_SESSION,
    PACK_TRUST,
    REAL,
    shared_path,
)

from boardpapers.extract.dates import find_date, find_time
from boardpapers.extract.records import AgendaItem, Attendance, Decision, Meeting
from boardpapers.extract.structure import extract_structure

KENT_FRONT = REAL / "cabinet_2025-01-30_Agenda frontsheet 30th-Jan-2025 10.00 Cabinet.pdf"
KENT_MINUTES_JAN9 = REAL / "cabinet_2025-01-30_Minutes of the meeting held on 9th January 2025.pdf"
KENT_PRINTED = REAL / "cabinet_2025-01-30_Printed minutes 30th-Jan-2025 10.00 Cabinet.pdf"
KENT_PACK_MAR = REAL / "cabinet_2025-03-13_pack_Public reports pack 13th-Mar-2025 15.00 Cabinet.pdf"
KENT_RISKS = REAL / "cabinet_2025-01-30_Appendix I Budget Risk Register 22.01.25.pdf"
TB_AGENDA = REAL / "TB(4)1 Transparency Board agenda - 11.01.11.pdf"
TB_ACTIONS_4 = REAL / "TB(4)1.i Status update on actions from last meeting - 11.01.11.pdf"
TB_ACTIONS_5 = REAL / "TB(5)1 i Status update on actions from last meeting 02 03 11v3.pdf"
TB_MINUTES = REAL / "Transparency Board 190711-  Final minutes v1.pdf"

_cache: dict[str, dict] = {}


def _hhmm(t):
    """An agenda time as a 24-hour clock: the readers keep the time as printed ("2.00pm", "10.05")."""
    from boardpapers.extract.dates import find_time

    return find_time(t) if t else t


@pytest.fixture
def structure(load_doc):
    def get(path):
        key = str(path)
        if key not in _cache:
            _cache[key] = extract_structure(load_doc(path))
        return _cache[key]

    return get


def counts(s: dict) -> tuple[int, int, int, int]:
    return (len(s["meetings"]), len(s["agenda_items"]), len(s["attendance"]), len(s["decisions"]))


def by_status(s: dict) -> Counter:
    return Counter(a.status for a in s["attendance"])


# ---- helpers -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,iso",
    [
        ("on Thursday 10 December 2020,", "2020-12-10"),
        ("Date of meeting: 10 th December 2020", "2020-12-10"),
        ("Thursday, 30th January, 2025, at 10.00 am", "2025-01-30"),
        ("Held on October 29th 2020", "2020-10-29"),
        ("Date 21st August 2013", "2013-08-21"),
        ("Meeting on Friday 16 November, 2.45 pm", None),
    ],
)
def test_find_date(text, iso):
    assert find_date(text) == iso


@pytest.mark.parametrize(
    "text,hhmm",
    [("10.00 – 12.", "10:00"), ("at 11.00 a.m.", "11:00"), ("2.45 pm", "14:45"), ("£23.3m overspend", None)],
)
def test_find_time(text, hhmm):
    assert find_time(text) == hhmm


def test_returns_record_types(structure):
    s = structure(PACK_2020)
    assert set(s) == {"meetings", "attendance", "agenda_items", "decisions"}
    assert all(isinstance(m, Meeting) for m in s["meetings"])
    assert all(isinstance(a, AgendaItem) for a in s["agenda_items"])
    assert all(isinstance(a, Attendance) for a in s["attendance"])
    assert all(isinstance(d, Decision) for d in s["decisions"])


# ---- 000: City & Hackney ICBs, 10 December 2020 -----------------------------------


def test_2020_counts(structure):
    s = structure(PACK_2020)
    assert counts(s) == (2, 15, 31, 18)


def test_2020_meetings(structure):
    own, prev = structure(PACK_2020)["meetings"]
    assert own.kind == "meeting" and own.date == "2020-12-10" and own.page == 1
    assert own.body == "City Integrated Commissioning Board and Hackney Integrated Commissioning Board"
    assert own.location == "remote" and own.start_time == "10:00"
    assert prev.kind == "minutes" and prev.date == "2020-11-12" and prev.page == 10
    assert prev.location == "remote"
    assert (
        "Hackney Integrated Commissioning Board" in prev.body
        and "City Integrated Commissioning Board" in prev.body
    )


def test_2020_agenda(structure):
    items = structure(PACK_2020)["agenda_items"]
    assert [it.number for it in items] == [str(n) for n in range(1, 13)] + [None, None, None]
    five = items[4]
    assert (five.title, five.lead, five.purpose, five.pages, _hhmm(five.time), five.page) == (
        "ICS Development – Next Steps",
        "David Maher",
        "For discussion",
        "15-85",
        "10:05",
        1,
    )
    ten = items[9]
    assert ten.lead == "Sunil Thakker / Ian Williams / Mark Jarvis"
    assert ten.pages == "149-160" and ten.purpose == "For noting"
    assert items[6].purpose == "For endorsement"
    assert [it.pages for it in items[12:]] == ["163-168", "Annex A", "Annex B"]
    assert items[14].title == "Integrated Care Partnership Plan"


def test_2020_segmentation(structure):
    items = structure(PACK_2020)["agenda_items"]
    # the minutes of 12 November start on PDF page 10 (printed page 8)
    assert items[3].pdf_pages.split("-")[0] == "10"
    # item 6's cover sheet is on PDF page 51 (printed page 86)
    six = items[5]
    assert six.pdf_pages.split("-")[0] == "51"
    assert six.cover["title"].startswith("City & Hackney IC Operating Model & CCG Merger")
    assert six.cover["date_of_meeting_iso"] == "2020-12-10"
    assert six.cover["lead_officer"].startswith("David Maher")
    assert "recommendations" in six.cover
    # People and Place Group cover sheet, PDF page 54
    assert items[6].pdf_pages.split("-")[0] == "54"
    assert items[6].cover["title"] == "People and Place Group progress update"


def test_2020_attendance(structure):
    s = structure(PACK_2020)
    assert by_status(s) == Counter(present=9, in_attendance=19, apologies=3)
    first = s["attendance"][0]
    assert (first.name, first.status, first.organisation, first.meeting_date, first.page) == (
        "Christopher Kennedy",
        "present",
        "London Borough of Hackney",
        "2020-11-12",
        10,
    )
    names = {a.name for a in s["attendance"]}
    assert {"Mark Ricketts", "Honor Rhodes", "Paul Coles", "Jane Milligan", "Ruby Sayed"} <= names
    paul = next(a for a in s["attendance"] if a.name == "Paul Coles")
    assert (paul.role, paul.organisation, paul.status) == (
        "General Manager",
        "Healthwatch City of London",
        "in_attendance",
    )
    assert not any(a.name.startswith(("Cllr", "Dr")) for a in s["attendance"])


def test_2020_decisions(structure):
    decisions = structure(PACK_2020)["decisions"]
    assert all(d.meeting_date == "2020-11-12" for d in decisions)
    autism = [d for d in decisions if "Autism Strategy" in d.text]
    assert [(d.decided_by, d.outcome, d.item_number, d.item_title) for d in autism] == [
        ("City Integrated Commissioning Board", "approved", "7", "Autism Strategy"),
        ("Hackney Integrated Commissioning Board", "approved", "7", "Autism Strategy"),
    ]
    assert autism[0].text == "APPROVED the All-Age Autism Strategy for City & Hackney."
    assert Counter(d.outcome for d in decisions) == Counter(noted=10, approved=6, endorsed=2)
    assert Counter(d.decided_by for d in decisions) == Counter(
        {"City Integrated Commissioning Board": 9, "Hackney Integrated Commissioning Board": 9}
    )
    assert "apologies" not in " ".join(d.text.lower() for d in decisions)


# ---- 001: City & Hackney ICBs, 16 November 2018 ----------------------------------


def test_2018_counts(structure):
    s = structure(PACK_2018)
    assert counts(s) == (2, 15, 26, 26)
    assert by_status(s) == Counter(present=9, in_attendance=16, apologies=1)


def test_2018_meetings_and_agenda(structure):
    s = structure(PACK_2018)
    own, prev = s["meetings"]
    assert (own.date, own.start_time, own.kind) == ("2018-11-16", "14:45", "meeting")
    assert own.location == "Room 102, Hackney Town Hall, Mare Street, London E8 1EA"
    # the printed heading has a truncated year ("11 October 201"); the pack's year completes it
    assert (prev.date, prev.kind, prev.page) == ("2018-10-11", "minutes", 10)
    items = s["agenda_items"]
    assert [it.number for it in items][-3:] == ["13", None, None]
    six = items[5]
    assert six.title == "IT Enabler - Outline Digital Model and governance"
    assert six.lead == "Tracey Fletcher / Niall Canavan" and six.purpose == "For endorsement / approval"
    assert (six.pages, _hhmm(six.time)) == ("27-57", "15:05")
    assert items[9].page == 2 and items[9].title == "Safeguarding Children Update"
    # cover sheet "Title of report: IT Enabler ..." is on PDF page 44
    assert six.pdf_pages.split("-")[0] == "44"
    assert six.cover["title"] == "IT Enabler – Outline Digital Model and governance"


def test_2018_decisions(structure):
    decisions = structure(PACK_2018)["decisions"]
    inline = [d for d in decisions if d.item_number == "2"]
    assert [(d.decided_by, d.outcome) for d in inline] == [("City ICB", "noted"), ("Hackney ICB", "noted")]
    agreed = [d for d in decisions if d.outcome == "agreed"]
    assert len(agreed) == 6
    assert any(d.text == "It was agreed that the report will be circulated to ICB." for d in agreed)


# ---- 002: Hartlepool Health and Wellbeing Board, 1 March 2021 -----------------------


def test_hartlepool(structure):
    s = structure(PACK_HARTLEPOOL)
    assert counts(s) == (4, 16, 66, 14)
    own = s["meetings"][0]
    assert (own.body, own.date, own.start_time, own.location, own.kind) == (
        "Health and Wellbeing Board",
        "2021-03-01",
        "11:00",
        "remote",
        "meeting",
    )
    assert [(m.date, m.kind, m.page) for m in s["meetings"][1:]] == [
        ("2020-12-07", "minutes", 3),
        ("2020-11-10", "minutes", 6),
        ("2020-12-11", "minutes", 8),
    ]
    numbers = [it.number for it in s["agenda_items"]]
    assert numbers == [
        "1",
        "2",
        "3",
        "3.1",
        "3.2",
        "4",
        "4.1",
        "4.2",
        "4.2(i)",
        "4.2(ii)",
        "4.2(iii)",
        "4.2(iv)",
        "4.3",
        "4.3(i)",
        "4.3(ii)",
        "5",
    ]
    face = s["agenda_items"][6]
    assert (face.title, face.lead) == ("Face the Public Event 2021", "Director of Public Health")
    assert face.pdf_pages.startswith("12")


def test_hartlepool_attendance_and_decisions(structure):
    s = structure(PACK_HARTLEPOOL)
    per_meeting = Counter((a.meeting_date, a.status) for a in s["attendance"])
    assert per_meeting == Counter(
        {
            ("2020-12-07", "present"): 18,
            ("2020-12-07", "in_attendance"): 12,
            ("2020-11-10", "present"): 12,
            ("2020-11-10", "in_attendance"): 3,
            ("2020-11-10", "apologies"): 3,
            ("2020-12-11", "present"): 8,
            ("2020-12-11", "in_attendance"): 5,
            ("2020-12-11", "apologies"): 5,
        }
    )
    blundred = next(a for a in s["attendance"] if a.name == "Craig Blundred")
    assert (blundred.role, blundred.organisation) == (
        "Director of Public Health",
        "Hartlepool Borough Council",
    )
    assert Counter(d.meeting_date for d in s["decisions"]) == Counter(
        {"2020-12-07": 6, "2020-11-10": 4, "2020-12-11": 4}
    )
    d22 = next(d for d in s["decisions"] if d.item_number == "22")
    assert (d22.outcome, d22.text, d22.page) == (
        "noted",
        "That the update and comments of Board Members be noted.",
        6,
    )
    agreed = [d for d in s["decisions"] if d.outcome == "agreed"]
    assert [d.text for d in agreed] == [
        "The presentation was noted.",
        "The update was noted.",
        "The update was noted.",
    ]


# ---- 003 / 004 ----------------------------------------------------------------


def test_icb_development_session(structure):
    s = structure(PACK_ICB_SESSION)
    assert counts(s) == (1, 0, 0, 0)
    m = s["meetings"][0]
    assert (m.date, m.kind, m.body) == (
        "2020-10-29",
        "minutes",
        "City & Hackney Integrated Commissioning Board",
    )


def test_trust_board_report(structure):
    s = structure(PACK_TRUST)
    assert counts(s) == (1, 0, 0, 0)
    m = s["meetings"][0]
    assert (m.body, m.date, m.kind) == ("Trust Board", "2020-12-03", "meeting")


# ---- corpus/real: Kent Cabinet ----------------------------------------------------


def test_kent_frontsheet(structure):
    s = structure(KENT_FRONT)
    assert counts(s) == (1, 9, 0, 0)
    m = s["meetings"][0]
    assert (m.body, m.date, m.start_time) == ("Cabinet", "2025-01-30", "10:00")
    assert m.location == "Council Chamber, Sessions House, County Hall, Maidstone"
    five = s["agenda_items"][4]
    assert (five.number, five.pages) == ("5", "11-84")
    assert five.title == "24/00108 - Revenue and Capital Budget Monitoring Report – November 2024-25"
    assert s["agenda_items"][8].pages == "461-610"


def test_kent_minutes_9_january(structure):
    s = structure(KENT_MINUTES_JAN9)
    assert counts(s) == (1, 0, 21, 5)
    assert by_status(s) == Counter(present=10, in_attendance=11)
    m = s["meetings"][0]
    assert (m.body, m.date, m.kind) == ("Cabinet", "2025-01-09", "minutes")
    gough = s["attendance"][0]
    assert (gough.name, gough.role, gough.status) == ("R W Gough", "Chairman", "present")
    assert "R C Love" in {a.name for a in s["attendance"]}
    ghosh = next(a for a in s["attendance"] if a.name == "A Ghosh")
    assert (ghosh.role, ghosh.status) == ("Director of Public Health", "in_attendance")
    assert [d.item_number for d in s["decisions"]] == ["78", "80", "81", "82", "83"]
    assert all(d.outcome == "resolved" and d.decided_by == "Cabinet" for d in s["decisions"])
    last = s["decisions"][-1]
    assert last.item_title == "English Devolution White Paper"
    assert last.text.startswith("RESOLVED that Cabinet: 1. Agree to submit a request to Government")
    assert last.text.endswith("consider postponing County elections scheduled for May 2025")


def test_kent_printed_minutes(structure):
    s = structure(KENT_PRINTED)
    assert counts(s) == (1, 0, 24, 6)
    assert by_status(s) == Counter(present=9, in_attendance=14, apologies=1)
    apology = next(a for a in s["attendance"] if a.status == "apologies")
    assert apology.name == "C Bell"
    assert {"C Head", "McKay", "M Gogarty"} <= {a.name for a in s["attendance"]}
    assert [d.item_number for d in s["decisions"]] == ["86", "88", "89", "90", "91", "92"]
    assert s["decisions"][1].item_title.startswith("24/00108 - Revenue and Capital Budget Monitoring")


def test_kent_march_pack(structure):
    s = structure(KENT_PACK_MAR)
    assert counts(s) == (1, 3, 0, 0)
    m = s["meetings"][0]
    assert (m.date, m.start_time) == ("2025-03-13", "15:00")
    assert s["agenda_items"][2].title == "Consideration of Decision 24/00093 (if required)"


@pytest.mark.parametrize("path", [KENT_RISKS, TB_ACTIONS_4, TB_ACTIONS_5])
def test_documents_without_structure(structure, path):
    assert counts(structure(path)) == (0, 0, 0, 0)


# ---- corpus/real: Transparency Board --------------------------------------------------


def test_transparency_board_agenda(structure):
    s = structure(TB_AGENDA)
    assert counts(s) == (1, 5, 0, 0)
    m = s["meetings"][0]
    assert (m.body, m.date, m.start_time) == ("Transparency Board", "2011-01-11", "14:45")
    assert m.location == "Cabinet Office, 70 Whitehall, London SW1A 2AS"
    two = s["agenda_items"][1]
    assert (two.number, two.title, two.lead, two.time) == (
        "2",
        "Update on work programme",
        "Katie Davis and Nigel Shadbolt",
        "14:50",
    )


def test_transparency_board_minutes(structure):
    s = structure(TB_MINUTES)
    # "The Board noted that ..." and "The Board noted it was important to ..." report remarks,
    # not decisions (issue 8): 1 decision, not 6
    assert counts(s) == (1, 0, 21, 1)
    m = s["meetings"][0]
    assert (m.body, m.date, m.location) == ("Transparency Board", "2011-07-19", "Cabinet Office")
    # two columns: members and apologies on the left, officials and presenters on the right
    assert by_status(s) == Counter(present=4, in_attendance=12, apologies=5)
    status = {a.name: a.status for a in s["attendance"]}
    assert status["Francis Maude"] == "present"
    assert status["Tim Berners-Lee"] == "apologies"
    assert status["Kitty von Bertele"] == "in_attendance"
    assert status["John Hirst"] == "in_attendance"
    assert all(d.outcome == "noted" and d.decided_by == "Transparency Board" for d in s["decisions"])


# ---- ../shared: library board minutes (development only) --------------------------


def test_library_board_minutes(structure):
    path = shared_path("corpus", "real", "board-meeting-minutes-2013-08-21.pdf")
    s = structure(path)
    # 23: "the Board were in agreement with the paper" (item 3) is a decision too (issue 8)
    assert counts(s) == (1, 0, 10, 23)
    m = s["meetings"][0]
    assert (m.date, m.start_time, m.kind) == ("2013-08-21", "11:15", "minutes")
    assert by_status(s) == Counter(present=7, in_attendance=2, apologies=1)
    texts = [d.text for d in s["decisions"]]
    assert (
        "The Board agreed to 5k funding for the Website Manager to develop areas of the search facility in the meantime."
        in texts
    )
    assert texts.count("The minutes were agreed as accurate.") == 2
    endorsed = [d for d in s["decisions"] if d.outcome == "endorsed"]
    assert len(endorsed) == 1 and endorsed[0].item_number == "7"
