"""Agenda layouts of US public bodies' agendas and of programmes without item numbers
(issue 8, session 3), read on real papers:

- sections lettered A., B. with items numbered from 1 under each, under roman sections or at
  the outer level (a community college board, a water and power board, a planning commission);
- a page of meeting rules describing the order of business in numbered prose before the agenda;
- Legistar file numbers with a four-digit year under each item ("33. 2017-0346"), titled by the
  "SUBJECT:" field above, a closed session's lettered matters;
- the accessibility (ADA) notice ending an agenda, the numbered joining instructions after it;
- a time-slot table without item numbers, and an event programme of timed sessions;
- a public notice dated before the meeting it convenes;
- minutes opening with their agenda in an "Item Description" table.

Expected values were read from the PDFs in ../shared/corpus; the tests skip when it is absent."""

from __future__ import annotations

from conftest import CABINET_OFFICE, PARISH, US, shared_path


def test_lettered_sections_under_roman_sections_number_items_from_one(records):
    r = records(*US, "cuya_community_college_agenda.pdf")
    numbers = [it.number for it in r["agenda_items"]]
    # I-IV, V. COMMITTEE REPORTS / A. (1) / B. / C. (1-13) / D. / VI. ADJOURNMENT
    assert numbers == (
        ["I", "II", "III", "IV", "V", "A", "1", "B", "C"] + [str(n) for n in range(1, 14)] + ["D", "VI"]
    )
    titles = [it.title for it in r["agenda_items"]]
    assert titles[8] == "MANAGEMENT"
    assert titles[-2] == "INVESTMENT"
    assert r["meetings"][0].body is not None and r["meetings"][0].body.endswith("Board of Trustees")


def test_rules_page_is_not_the_agenda_and_letters_are_the_outer_level(records):
    r = records(*US, "ladwp_2.pdf")
    items = r["agenda_items"]
    # page 3 describes the order of business in numbered paragraphs ("1. Preliminary Matters: ...")
    assert not any(it.page == 3 for it in items)
    letters = [it.number for it in items if it.number and it.number.isalpha()]
    assert letters == list("ABCDEFGHIJKLMN")
    filed = [it for it in items if it.page == 5 and it.number in {"1", "2", "3"}]
    assert filed[0].title.startswith("Office of the Chief Information Security Officer Monthly Report")
    # closed session: seven conferences with legal counsel, numbered 1-7 under M
    closed = [it.number for it in items if it.title.startswith("CONFERENCE WITH LEGAL COUNSEL")]
    assert closed == [str(n) for n in range(1, 8)]


def test_legistar_file_numbers_titled_by_subject_field(records):
    r = records(*US, "la-metro-executive-management-committee-agenda-2017-06.pdf")
    got = [(it.number, it.title) for it in r["agenda_items"]]
    assert got[:3] == [
        ("33", "STATE AND FEDERAL REPORT"),
        ("43", "BOARD RULES AND PROCEDURES"),
        ("35", "LEASE OF METRO PROPERTY FOR CROSSROADS SCHOOL FOR ARTS & SCIENCES"),
    ]
    assert [n for n, _ in got] == ["33", "43", "35", "36", "38", "44", "45", "46", "37", "47", "47.A", "47.B"]
    assert got[-3][1] == "CLOSED SESSION"
    [m] = r["meetings"]
    assert m.date == "2017-06-15" and m.body == "Los Angeles County Metropolitan Transportation Authority"


def test_accessibility_notice_ends_the_agenda(records):
    r = records(*US, "manhattanbeach_agenda_1.pdf")
    items = r["agenda_items"]
    assert [it.number for it in items if it.number and it.number.isalpha()] == list("ABCDEFGHIJKL")
    # "1. To watch the meeting only", "a. Join Zoom Meeting via the internet" follow the ADA notice
    assert not any("Zoom" in it.title or it.title.startswith("To watch") for it in items)


def test_time_slot_table_without_item_numbers(records):
    r = records(*CABINET_OFFICE, "20120710 ODUG Meeting 1_10.pdf")
    got = [(it.time, it.title) for it in r["agenda_items"]]
    assert [t for t, _ in got] == ["14:30", "15:20", "15:45", "16:05", "16:15", "17:15", "17:30", "17:45"]
    titles = [t for _, t in got]
    assert titles[0].startswith("Introductions around the table")
    assert titles[3] == "Break"
    assert titles[4].startswith("How we propose to work")  # centred in a tall row, above its time
    assert titles[-1] == "AOB"
    # sub-topics indented under a slot are not items
    assert not any(t.startswith("Strategy, Workplan") for t in titles)


def test_event_programme_of_timed_sessions(records):
    r = records(*CABINET_OFFICE, "10-February-Linked-Data-Workshop-Agenda.pdf")
    titles = [it.title for it in r["agenda_items"]]
    assert titles[0] == "Welcome and objectives of the workshop"
    assert "Buffet Lunch" in titles  # a session without talks
    assert "Regroup and feedback from breakout sessions" in titles  # a wrapped talk title
    assert titles[-1] == "Closing"
    # points under a talk, the speakers' column and the session headings are not items
    assert not any(t.startswith(("-", "What is Linked Data", "Sedgemoor", "Linked Data –")) for t in titles)
    assert r["agenda_items"][0].time == "10:30"


def test_notice_dated_before_the_meeting_it_convenes(records):
    r = records(*US, "il_finance_authority.pdf")
    [m] = r["meetings"]
    # posted "Thursday, December 3, 2020"; "SPECIAL MEETING OF THE CONDUIT FINANCING COMMITTEE
    # MEMBERS" / "Tuesday, December 8, 2020"
    assert m.date == "2020-12-08"
    assert m.title == "Special Meeting of the Conduit Financing Committee Members"


def test_minutes_opening_with_their_agenda_table(records):
    r = records(*CABINET_OFFICE, "minutes 19th july final version_10.pdf")
    numbers = [it.number for it in r["agenda_items"]]
    assert numbers == ["1", "2", "3", "4", "5", "5.1", "5.2", "6", "7", "7.1", "7.2", "7.3", "7.4", "7.5"]


def test_minutes_without_an_agenda_table_have_no_items(records):
    r = records(*PARISH, "minutes_2013-03-21 SPC minutes.pdf")
    assert r["agenda_items"] == []


def test_browser_print_stamps_are_not_agenda_lines(load_doc):
    from boardpapers.extract.agenda import agenda_lines
    from boardpapers.layout import layout_of

    doc = load_doc(shared_path(*US, "manhattanbeach_agenda_1.pdf"))
    page = layout_of(doc).pages[0]
    texts = [ln.text for ln in agenda_lines(page, doc.pages[0].lines)]
    # printed by a browser: "City of Manhattan Beach https://cms6ftp..." and "1 of 2 12/6/22, 9:07 PM"
    assert not any(t.startswith("1 of 2") or "cms6ftp" in t for t in texts)
    # an address inside the notice's text stays
    assert any("https://www.manhattanbeach.gov" in t for t in texts)


# ---- session 4: competing numbered lists, roman sections with lettered sub-items, dockets,
# ---- unnumbered "title – presenter" lines


def test_numbered_ways_to_attend_are_not_the_agenda(records):
    r = records(*US, "hermosa_beach_agenda_1.pdf")
    items = r["agenda_items"]
    titles = [it.title for it in items]
    # "1. IN PERSON", "2. ZOOM - https://...", "3. PHONE", "4. EMAIL" ... on pages 2, 3 and 5
    assert not any(
        t.startswith(("IN PERSON", "ZOOM", "PHONE", "EMAIL", "ECOMMENT", "CABLE TV")) for t in titles
    )
    romans = [it.number for it in items if it.number and set(it.number) <= set("IVX")]
    assert romans == "I II III IV V VI VII VIII IX X XI XII XIII XIV XV XVI".split()


def test_lettered_sub_items_under_roman_sections(records):
    r = records(*US, "hermosa_beach_agenda_1.pdf")
    by_number = {it.number: it for it in r["agenda_items"]}
    # VII. PROCLAMATIONS / PRESENTATIONS: a) - d); XI. CONSENT CALENDAR: a) - k)
    assert [n for n in by_number if n.startswith("VII") and n[-1] in "abcd" and n[:-1] == "VII"] == [
        "VIIa",
        "VIIb",
        "VIIc",
        "VIId",
    ]
    assert sorted(n for n in by_number if n[:-1] == "XI" and n[-1].islower()) == [
        f"XI{c}" for c in "abcdefghijk"
    ]
    # the Legistar file number (23-0015) is not part of the title; the capitals title wraps
    assert by_number["VIIa"].title.startswith(
        "RECOGNIZING JUNIOR LIFEGUARDS JACKSON LOWREY AND JAMESON LOWREY FOR THEIR LIFESAVING"
    )
    # "b) REPORT" / "23-0021" / "CITY COUNCIL MEETING MINUTES" / "(City Clerk Myra Maravilla)"
    assert by_number["XIb"].title == "CITY COUNCIL MEETING MINUTES"
    assert by_number["XIb"].lead == "City Clerk Myra Maravilla"
    # XIV. MUNICIPAL MATTERS a) - c); the recommendations' numbered points are not items
    assert [n for n in by_number if n.startswith("XIV")] == ["XIV", "XIVa", "XIVb", "XIVc"]
    assert by_number["XVI"].title == "ADJOURNMENT"


def test_planning_commission_docket_items(records):
    r = records(*US, "san_diego_city_planning_upcoming_follow_0.pdf")
    got = [(it.number, it.title, it.page) for it in r["agenda_items"]]
    assert got == [
        ("1", "3903 HAINES STREET – PROJECT NO. 669397", 3),
        ("2", "CALIFORNIA TERRACES PA61 (LOT 1) – PROJECT NO. 690358", 4),
        ("3", "UNIVERSITY COMMUNITY PLAN UPDATE - WORKSHOP", 4),
    ]


def test_unnumbered_title_presenter_lines(records):
    r = records(*US, "il_corrections.pdf")
    items = r["agenda_items"]
    assert len(items) == 9 and all(it.number is None for it in items)
    assert (items[0].title, items[0].lead) == ("Welcome, Introductions and Roll Call", "Phil Whittington")
    assert (items[2].title, items[2].lead) == ("IDOC Reports", "Director Jeffreys")
    # two items on consecutive lines, each with its presenter
    assert items[3].title == "Adoption of Ohio Risk Assessment System (ORAS)"
    assert items[4].title == "Implementation of PA 101-0440 (HB94)"
    # a title wrapped onto the presenter's line; hyphens inside the presenters' names
    assert items[5].title.endswith("Advancing Higher Ed in Illinois Prisons")
    assert items[5].lead == "Alyssa Williams-James Pagano-Rich Stempinski"
    assert items[6].title == "Briefing on Offender 365 – Microsoft BI demonstration"
    assert (
        items[8].title == "Woman’s Subcommittee – Program Document – Capital Projects – Director’s Document"
    )
    assert items[8].lead == "Nikki Robinson/Alyssa Williams"


def test_link_label_and_spaced_title_read_from_the_plain_text(records):
    r = records(*US, "hermosa_beach_agenda_1.pdf")
    by_number = {it.number: it for it in r["agenda_items"]}
    # page 7: "i) REPORT" beside "FINDINGS TO HOLD REMOTE TELECONFERENCE/MEETINGS," on one baseline,
    # the file number 23-0022 below it, the title's second line centred under it
    assert (
        by_number["XIi"].title
        == "FINDINGS TO HOLD REMOTE TELECONFERENCE/MEETINGS, PURSUANT TO ASSEMBLY BILL 361"
    )
    assert by_number["XII"].title == "ITEMS REMOVED FROM THE CONSENT CALENDAR FOR SEPARATE DISCUSSION"


def test_closed_session_matters_lettered_before_the_open_session(records):
    r = records(*US, "hermosa_beach_agenda_1.pdf")
    first = [(it.number, it.page) for it in r["agenda_items"][:3]]
    # page 3: "RECESS TO CLOSED SESSION" / "a) 23-0028 MINUTES: ..." / "b) 23-0025 CONFERENCE WITH
    # LEGAL COUNSEL:" with its numbered claims "1) Delay Claim ..." (particulars, not items); page 4
    # opens the open session with "I. CALL TO ORDER"
    assert first == [("a", 3), ("b", 3), ("I", 4)]
    assert r["agenda_items"][0].title.startswith("MINUTES: Approval of minutes of Closed Session")


def test_lettered_rules_of_conduct_do_not_start_the_agenda(records):
    r = records(*US, "la-metro-executive-management-committee-agenda-2017-06.pdf")
    # page 2: the board's rules of conduct "a. Disorderly behavior toward the Board ..." / "b. A
    # breach of the peace ..." are not items
    assert not any(it.page == 2 for it in r["agenda_items"])
