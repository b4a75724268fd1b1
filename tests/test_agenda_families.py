"""Agenda layouts and meeting headings of several families (issue 8), read on real papers:

- free-text agendas with sittings that restart numbering ("4:30 P.M.-STUDY SESSION, PART I",
  "6:30 P.M.-SPECIAL SESSION"), numbered points inside an item's text, sub-items "3.1", "6(a)",
  "6a" + "i." (a US city council, US school boards, an English parish council);
- two agendas in one document (a parish council's ordinary and annual meetings);
- "1) 11.00 - 11.10 Title" time slots with bulleted sub-topics (a government panel);
- unnumbered items at an item margin ("Other Matters", closed-session matters);
- meeting headings stacked over lines, or with the agenda's title inside a heading line;
- minutes: numbered paragraphs are not agenda items.

Expected values were read from the PDFs in ../shared/corpus; the tests skip when it is absent."""

from __future__ import annotations

import pytest
from conftest import CABINET_OFFICE, PARISH, SCRUTINY, US, shared_path, text_doc

from boardpapers.extract.agenda import text_agenda
from boardpapers.extract.meetings import find_own_meeting
from boardpapers.model import Document, Page


def _hhmm(t):
    """An agenda time as a 24-hour clock: the readers keep the time as printed ("2.00pm", "10.05")."""
    from boardpapers.extract.dates import find_time

    return find_time(t) if t else t


def test_us_council_agenda_with_sittings_restarting_numbers(records):
    r = records(*US, "mountain-view.pdf")
    [m] = r["meetings"]
    assert (m.body, m.date, m.page) == ("City Council", "2016-04-05", 1)
    numbers = [it.number for it in r["agenda_items"]]
    # study session I (1-3.1), study session II (1-3.1), special session (1-7), closed session (1-4)
    assert numbers == (
        ["1", "2", "3", "3.1"] * 2
        + ["1", "2", "3", "3.1", "4", "4.1", "4.2", "4.3", "4.4", "5", "6", "6.1", "7"]
        + ["1", "2", "2.1", "2.2", "3", "4"]
    )
    titles = [it.title for it in r["agenda_items"]]
    # "1. Begin an environmental analysis ..." is a point of item 3.1's recommendation
    assert not any(t.startswith("Begin an environmental") for t in titles)
    assert titles[numbers.index("4.2")] == "575 East Middlefield Road-Accept Public Improvements."
    # a wrapped title, without the "Recommendation(s):" text under it
    assert titles[11].endswith("RSVP of San Mateo & Northern Santa Clara Counties")


def test_two_agendas_in_one_parish_document(records):
    r = records(*PARISH, "agenda_2018-05-24 Agenda.pdf")
    meetings = [(m.body, m.date, m.page) for m in r["meetings"]]
    assert meetings == [
        ("Souldern Parish Council", "2018-05-24", 1),
        ("Souldern Parish Council", "2018-05-24", 2),
    ]
    page1 = [it.number for it in r["agenda_items"] if it.page == 1]
    page2 = [(it.number, it.title) for it in r["agenda_items"] if it.page == 2]
    # no item 6 is printed; "Other Matters" is a bold heading with no number
    assert page1 == ["1", "2", "3", "4", "5", "7", "8", "9", "9a", "9b", "9c", "9d", "10", "11", None]
    assert [n for n, _ in page2] == [str(k) for k in range(1, 9)]
    assert page2[0][1] == "To elect a Chairman for the forthcoming year"


def test_parish_agenda_roman_point_under_lettered_sub_item(records):
    r = records(*PARISH, "agenda_2016-09-29 Agenda.pdf")
    numbers = [it.number for it in r["agenda_items"]]
    assert numbers[numbers.index("6a") : numbers.index("6a") + 3] == ["6a", "6ai", "6b"]


def test_panel_agenda_time_slots_and_bullets(records):
    r = records(*CABINET_OFFICE, "Local Public Data Panel_Twenty-Second Meeting_17 October 2013_Agenda.pdf")
    items = r["agenda_items"]
    assert [it.number for it in items] == [str(k) for k in range(1, 8)]
    # "1 ) 11 .00 - 11 . 10 Minutes and action points (Nigel Shadbolt)" as printed in the text layer
    assert items[0].title.startswith("Minutes and action points")
    assert _hhmm(items[0].time) == "11:00"
    # "Cabinet Office Update:" over bulleted sub-topics: the bullets are not the title
    assert items[2].title == "Cabinet Office Update"
    # the notice after the items ("Date of next Panel meeting", "Wed 18 Dec 2013") is not an item
    assert not any("Dec 2013" in it.title for it in items)


def test_school_board_agenda_bold_headings_and_split_figures(records):
    r = records(*US, "cupertino_usd_01-12-2016.pdf")
    items = {it.number: it.title for it in r["agenda_items"]}
    assert len(r["agenda_items"]) == 28
    # "8 .1" in the text layer (the figures of a scaled font set apart)
    assert [n for n in items if n.startswith("8.")] == [f"8.{k}" for k in range(1, 9)]
    # the bold heading only: "Janice Waits, Staff Secretary" under it is not part of the title
    assert items["3"] == "RECOGNITION – CLASSIFIED EMPLOYEE OF THE MONTH"
    # "Accept for Information ...": the phrase belongs to the title, it is not a purpose
    assert items["9.2"].startswith("Accept for Information Quarterly Report")


def test_board_agenda_unnumbered_closed_session_matters(records):
    r = records(*US, "gavilan_ccd_01-12-2016.pdf")
    items = r["agenda_items"]
    unnumbered = [it.title for it in items if it.number is None and it.page == 1]
    # the "CLOSED SESSION 6:00 p.m." heading, then five matters in capitals
    matters = [t for t in unnumbered if not t.startswith("CLOSED SESSION")]
    assert len(matters) == 5
    assert sum(t.startswith("CONFERENCE WITH LABOR NEGOTIATORS") for t in matters) == 3
    numbers = [it.number for it in items]
    # "** (f)" flagged for a roll-call vote, and "(i)" after "(h)" is a letter; numbered as
    # printed, the letter in its brackets under "2."
    assert "2(f)" in numbers and "2(i)" in numbers
    assert "III" in numbers  # "I II. ACTION ITEMS" in the text layer


def test_supplement_front_sheet_stacked_body(records):
    r = records(*SCRUTINY, "stockton-adult-social-care-health-scrutiny-supplement-2023-10-24.pdf")
    [m] = r["meetings"]
    # "Adult Social Care" / "and Health Select" / "Committee" / "Agenda"
    assert (m.body, m.date) == ("Adult Social Care and Health Select Committee", "2023-10-24")
    [item] = r["agenda_items"]
    assert (item.number, item.pages) == ("8", "7-56")
    assert item.title.startswith("Scrutiny Review of Access to GPs and Primary Medical Care")


def test_title_slide_stacked_meeting_heading(load_doc):
    doc = load_doc(shared_path(*CABINET_OFFICE, "20120710 ODUG Meeting 1_10.pdf"))
    m = find_own_meeting(doc)
    assert m is not None
    assert (m.body, m.date, m.title) == ("Open Data User Group", "2012-07-10", "Inaugural meeting")


@pytest.mark.parametrize(
    "parts",
    [
        (*PARISH, "minutes_2013-03-21 SPC minutes.pdf"),
        (*PARISH, "minutes_2018-03-22 SPC minutes.pdf"),
        (*CABINET_OFFICE, "Transparency Board Minutes 08-02-2011.pdf"),
    ],
)
def test_minutes_paragraphs_are_not_agenda_items(records, parts):
    assert records(*parts)["agenda_items"] == []


def test_roman_sections_with_capital_lettered_items():
    # the outline of a US council agenda: roman sections, capital-lettered items in sequence
    doc = text_doc(
        "CITY COUNCIL\nREGULAR MEETING AGENDA\nTuesday, May 1, 2018\n"
        "I. CALL TO ORDER\nII. CONSENT CALENDAR\nA. Approval of Minutes of April 17, 2018\n"
        "B. Warrant Register\nIII. PUBLIC HEARINGS\nA. Zoning Text Amendment\n"
        "IV. ADJOURNMENT\n"
    )
    items = text_agenda(doc)
    assert [(it.number, it.title) for it in items] == [
        ("I", "CALL TO ORDER"),
        ("II", "CONSENT CALENDAR"),
        ("A", "Approval of Minutes of April 17, 2018"),
        ("B", "Warrant Register"),
        ("III", "PUBLIC HEARINGS"),
        ("A", "Zoning Text Amendment"),
        ("IV", "ADJOURNMENT"),
    ]


def test_item_prefix_and_lettered_sequence_only():
    doc = text_doc(
        "AGENDA\nItem 1 - Apologies for absence\nItem 2 - Minutes of the last meeting\n"
        "Item 3 - Finance report\nC. Smith to report\n"
    )
    items = text_agenda(doc)
    # "C. Smith" is not in sequence (no "A." before it): not an item
    assert [(it.number, it.title) for it in items] == [
        ("1", "Apologies for absence"),
        ("2", "Minutes of the last meeting"),
        ("3", "Finance report"),
    ]


def test_letter_spaced_agenda_title_and_year_less_date():
    # "A G E N D A" and a date line without its year; the year comes from the document's title
    doc = text_doc(
        "Corporate Parenting Panel\nA G E N D A\nDate: Wednesday 9th October\nVenue: Darent Room\n"
        "1. Apologies for absence\n2. Minutes of the last meeting\n3. Review of Decision 24/00093\n"
    )
    doc.title = "Corporate Parenting Panel agenda 2024"
    m = find_own_meeting(doc)
    assert m is not None
    # 9 October 2024 was a Wednesday
    assert (m.body, m.date) == ("Corporate Parenting Panel", "2024-10-09")
    assert [it.number for it in text_agenda(doc)] == ["1", "2", "3"]


def test_notice_convening_a_meeting_that_follows_another(records):
    r = records(*US, "sunnyvale_4-12-16.pdf")
    # the joint meeting (page 1), then "SPECIAL CITY COUNCIL MEETING (Immediately Following Joint
    # Meeting of the City Council and Redevelopment Successor Agency)" on page 2, same evening
    meetings = [(m.body, m.date, m.page) for m in r["meetings"]]
    assert meetings == [("City Council", "2016-04-12", 1), ("City Council", "2016-04-12", 2)]


def test_ocr_ordinal_read_as_a_quote_mark():
    from boardpapers.extract.dates import find_date

    # a raised "th" read by OCR as a quote mark or cut to "t" (scanned parish papers)
    assert find_date('18" March 2014 at 7.30pm') == "2014-03-18"
    assert find_date("Minutes of the Last Meeting on 18t March 2014.") == "2014-03-18"
    assert find_date("18th March 2014") == "2014-03-18"


def test_draft_minutes_heading_is_the_meeting():
    from boardpapers.extract import extract_all

    # the first lines of a scanned parish council's minutes as OCR reads them (the raised "th" of
    # "18th" comes out as a quote mark): a heading opening "Draft Minutes" is these minutes, not a
    # reference to other minutes
    text = "\n".join(
        [
            "HORSLEY PARISH COUNCIL",
            "Draft Minutes of the meeting held on",
            '18" March 2014 at 7.30pm in the Village Hall',
            "Present: Cllr N Hackett (Chairman)",
            "Cllr A Caudwell (Vice Chairman)",
            "Apologies for Absence: Cllr Mrs Clarke",
            "14/037: Minutes of the Last Meeting held on 25th February 2014",
        ]
    )
    doc = Document(sha256="x", path="minutes.pdf", size=1, page_count=1, pages=[Page(number=1, text=text)])
    [m] = extract_all(doc)["meetings"]
    assert (m.body, m.date, m.location) == ("Horsley Parish Council", "2014-03-18", "Village Hall")
    assert m.title.startswith("Draft Minutes of the meeting held on 18")


# ---- competing numbered lists (session 4): the layouts below are composed in the shapes of the
# ---- UK and US agendas read in ../shared (a notice's numbered rules or ways to join before the
# ---- agenda's own title; a recommendation's numbered points inside an item)


def test_numbered_notice_rules_above_the_agenda_title_are_not_items():
    doc = text_doc(
        "\n".join(
            [
                "NORTH DISTRICT COUNCIL",
                "PLANNING COMMITTEE",
                "Notice of meeting on Tuesday 3 March 2020 at 6.00 pm, Council Chamber, Town Hall",
                "Public speaking",
                "1. Register to speak by 12 noon on the day before the meeting.",
                "2. Each speaker may speak for up to three minutes.",
                "3. Speakers must not introduce new material.",
                "AGENDA",
                "1. Apologies for Absence",
                "2. Declarations of Interest",
                "3. Minutes of the Meeting held on 4 February 2020",
                "4. 19/01234/FUL Land at Mill Lane",
                "5. Any Other Business",
            ]
        )
    )
    got = [(it.number, it.title) for it in text_agenda(doc)]
    assert got == [
        ("1", "Apologies for Absence"),
        ("2", "Declarations of Interest"),
        ("3", "Minutes of the Meeting held on 4 February 2020"),
        ("4", "19/01234/FUL Land at Mill Lane"),
        ("5", "Any Other Business"),
    ]


def test_numbered_ways_to_join_are_not_items():
    doc = text_doc(
        "\n".join(
            [
                "CITY OF SOMEWHERE",
                "PLANNING COMMISSION",
                "REGULAR MEETING AGENDA",
                "Monday, March 2, 2020 - 7:00 PM",
                "HOW TO PARTICIPATE",
                "1. In person: City Hall Council Chambers, 100 Main Street",
                "2. Online: https://somewhere.zoom.us/j/5550001111",
                "3. By phone: (555) 555-1234, Meeting ID 555 000 1111",
                "4. By email: planning@somewhere.gov before 5:00 PM",
                "I. CALL TO ORDER",
                "II. ROLL CALL",
                "III. CONSENT CALENDAR",
                "a) Approval of Minutes of February 3, 2020",
                "b) Design Review 20-0012, 45 Oak Street",
                "IV. PUBLIC HEARINGS",
                "a) Conditional Use Permit 19-0456, 12 Elm Avenue",
                "Staff recommends that the Commission:",
                "1. Adopt the resolution approving the permit; and",
                "2. Direct staff to file a notice of exemption.",
                "V. ADJOURNMENT",
            ]
        )
    )
    got = [(it.number, it.title) for it in text_agenda(doc)]
    assert got == [
        ("I", "CALL TO ORDER"),
        ("II", "ROLL CALL"),
        ("III", "CONSENT CALENDAR"),
        ("IIIa", "Approval of Minutes of February 3, 2020"),
        ("IIIb", "Design Review 20-0012, 45 Oak Street"),
        ("IV", "PUBLIC HEARINGS"),
        ("IVa", "Conditional Use Permit 19-0456, 12 Elm Avenue"),
        ("V", "ADJOURNMENT"),
    ]


def test_item_prefixes_and_trailing_times():
    doc = text_doc(
        "\n".join(
            [
                "AGENDA",
                "Agenda Item 1: Welcome and apologies 10:00",
                "Agenda Item 2: Minutes of the last meeting 10.05am",
                "Agenda Item 3: Public hearings - to commence at 6:30 P.M.",
            ]
        )
    )
    got = [(it.number, it.title, _hhmm(it.time)) for it in text_agenda(doc)]
    assert got == [
        ("1", "Welcome and apologies", "10:00"),
        ("2", "Minutes of the last meeting", "10:05"),
        ("3", "Public hearings - to commence at 6:30 P.M.", None),
    ]


def _boxed_page(rows: list[tuple[float, float, str]]) -> Page:
    """A page whose lines carry boxes: one span per (x0, top, text), 11 pt."""
    from boardpapers.model import Span

    spans = [Span(t, x, top, x + 5.2 * len(t), top + 11, size=11.0) for x, top, t in rows]
    return Page(number=1, text="\n".join(t for _, _, t in rows), width=612, height=792, spans=spans)


def test_timed_title_presenter_lines_with_a_wrapped_title():
    from boardpapers.extract.agenda import presenter_agenda

    # a user group's programme in the shape of the one-page presenter agendas of dev/us-public-bodies
    rows = [
        (200, 80, "Open Data User Group"),
        (220, 100, "Meeting of 12 March 2013"),
        (72, 160, "10.30 Welcome and introductions – Chair"),
        (72, 194, "10.40 Minutes and actions from the last meeting – Secretariat"),
        (72, 228, "11.00 Update on the National Information Infrastructure – Paul Maltby"),
        (72, 262, "11.30 Discussion of the data release priorities for the"),
        (72, 279, "coming year – Heather Savory"),
        (72, 313, "12.00 Any other business – All"),
    ]
    doc = Document(sha256="0" * 64, path="a.pdf", size=1, page_count=1, pages=[_boxed_page(rows)])
    got = [(it.title, it.lead, _hhmm(it.time)) for it in presenter_agenda(doc)]
    assert got == [
        ("Welcome and introductions", "Chair", "10:30"),
        ("Minutes and actions from the last meeting", "Secretariat", "10:40"),
        ("Update on the National Information Infrastructure", "Paul Maltby", "11:00"),
        ("Discussion of the data release priorities for the coming year", "Heather Savory", "11:30"),
        ("Any other business", "All", "12:00"),
    ]


def test_membership_list_is_not_a_presenter_agenda():
    from boardpapers.extract.agenda import presenter_agenda

    names = [
        "Chair – Professor Sir Nigel Shadbolt",
        "Deputy Chair – Heather Savory",
        "Member – Jeni Tennison",
    ]
    rows = [(72, 160 + 20 * k, t) for k, t in enumerate(names + ["Member – Tim Kelsey"])]
    doc = Document(sha256="1" * 64, path="b.pdf", size=1, page_count=1, pages=[_boxed_page(rows)])
    assert presenter_agenda(doc) == []


@pytest.mark.parametrize(
    "name",
    [
        "agenda_2017-01-19 Agenda.pdf",
        "minutes_2013-09-19 SPC minutes.pdf",
        "minutes_2016-09-29 SPC minutes.pdf",
    ],
)
def test_planning_application_statuses_are_not_presenters(load_doc, name):
    from boardpapers.extract.agenda import presenter_agenda

    # "16/00964/F – Gen purpose agricultural bldg Somerton Road" / "Approved", "b. 13/00891/F – WV
    # Malins & Son" / "Passed": the word after the dash is an application's status, not a presenter
    assert presenter_agenda(load_doc(shared_path(*PARISH, name))) == []


def test_timed_agenda_table_split_by_section_headings(records):
    # TB(7)1.i: a ruled "Timing | Item | Lead" table broken into three by italic section
    # headings ("Departmental update", "Progress on existing commitments"); each timing cell
    # holds the slot and its length ("13:30 – 13:35 (5 mins)", "15 .10– 15.30" in the text layer);
    # "UNCLASSIFIED" heads and foots the page. Read from the PDF: 9 slots, 13:30 to 16:10.
    items = records(*CABINET_OFFICE, "TB(7)1.i Transparency Board agenda.pdf")["agenda_items"]
    assert [i.number for i in items] == [str(n) for n in range(1, 10)]
    assert [_hhmm(i.time) for i in items] == [
        "13:30",
        "13:35",
        "14:00",
        "14:20",
        "14:40",
        "15:10",
        "15:30",
        "15:50",
        "16:10",
    ]
    assert items[3].title == "Local Public Data Panel update" and items[3].lead == "Nigel Shadbolt"
    assert items[4].title == "Data from the Health Sector"  # not "... Progress on existing commitments"
    assert items[5].title == "Improving the quality of financial data"  # one word cut in two runs
    assert items[8].title.startswith("AOB") and "UNCLASSIFIED" not in items[8].title
