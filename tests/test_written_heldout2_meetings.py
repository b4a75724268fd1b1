"""Meetings and attendance of the layout families met in benchmarks/written-heldout2 (in the repo,
so these never skip), each with a variant form of the same family that the set does not hold.
Expected values read from the PDFs."""

from __future__ import annotations

from conftest import WRITTEN_HELDOUT2, written_doc

from boardpapers.extract.meetings import (
    _bulleted_place,
    _held_in,
    _stacked_meeting_title,
    extract_meetings,
    find_bodies,
)
from boardpapers.extract.structure import extract_structure
from boardpapers.model import Document, Page


def _doc(stem: str) -> Document:
    return written_doc(WRITTEN_HELDOUT2, stem)


def test_bilingual_nhs_trust_cover_and_minutes_dated_numerically():
    """Welsh NHS trust pack: "TRUST BOARD – MEETING IN PUBLIC" / its Welsh title / "Thursday 23rd"
    / "January 2025, 10:00" (a raised ordinal splits the date); the minutes inside are headed
    "Minutes of the Public Trust Board meeting held on 28.11.24 at 10:00am, Conference Room 1, ..."
    and the agenda row "Unconfirmed minutes of the meeting held on 28 / November 2024" on page 2
    is no meeting of its own."""
    own, minutes = extract_meetings(_doc("cwm-alarch-nhs-trust-board-pack-2025-01"))
    assert (own.date, own.kind, own.page, own.start_time) == ("2025-01-23", "meeting", 1, "10:00")
    assert own.title == "Trust Board – Meeting in Public"
    assert (minutes.date, minutes.kind, minutes.page) == ("2024-11-28", "minutes", 3)
    assert minutes.body == "Public Trust Board"
    assert minutes.location == "Conference Room 1, Tŷ Alarch, Pontyderyn"


def test_stacked_title_over_a_second_language_title_and_a_split_date():
    cover = ["Cwm Alarch NHS Trust", "TRUST BOARD – MEETING IN PUBLIC", "Bwrdd – Cyfarfod Cyhoeddus"]
    assert _stacked_meeting_title([*cover, "Thursday 23rd", "January 2025, 10:00"]) == cover[1]
    # variant: a Welsh council's cover, English title first, the date on one line
    council = ["CABINET MEETING", "Cyfarfod y Cabinet", "Dydd Mercher / Wednesday", "5 March 2025"]
    assert _stacked_meeting_title(council) == "CABINET MEETING"
    # a sentence mentioning a meeting is no title
    assert _stacked_meeting_title(["Members wishing to attend the meeting,", "5 March 2025"]) is None


def test_a_body_noun_after_another_is_one_name():
    """ "Trust Board", "Partnership Board": the board of a body, one name."""
    assert find_bodies("Minutes of the Public Trust Board meeting held on") == ["Public Trust Board"]
    assert find_bodies("Cwm Alarch NHS Trust Board") == ["Cwm Alarch NHS Trust Board"]
    assert find_bodies("Safeguarding Adults Partnership Board minutes") == [
        "Safeguarding Adults Partnership Board"
    ]
    assert find_bodies("Audit Committee") == ["Audit Committee"]


def test_place_after_the_time_and_a_comma():
    line = "meeting held on 28.11.24 at 10:00am, Conference Room 1, Tŷ Alarch, Pontyderyn Present:"
    assert _held_in(line) == "Conference Room 1, Tŷ Alarch, Pontyderyn"
    # variants: a 24-hour time, and the older "at 7.30pm in the ..." form
    assert _held_in("Minutes of the meeting held at 14.00, Council Chamber, Civic Offices") == (
        "Council Chamber, Civic Offices"
    )
    assert _held_in("meeting held on 18th March 2014 at 7.30pm in the Village Hall") == "Village Hall"


def _text_doc(text: str) -> Document:
    return Document(sha256="a" * 64, path="x.pdf", size=1, page_count=1, pages=[Page(number=1, text=text)])


def test_an_agenda_whose_meeting_is_not_recognised_is_still_read():
    """A front page titled "AGENDA" with no date the meeting finder reads: its items come out with
    no meeting rather than none; a register's numbered list (no agenda title) stays out."""
    agenda = _text_doc(
        "Harbour Users Forum\nAGENDA\nMeeting at the call of the Chair\n"
        "1. Apologies for absence\n2. Declarations of interest\n3. Minutes of the last meeting\n"
        "4. Harbour dues 2025/26\n5. Any other business\n"
    )
    assert extract_meetings(agenda) == []
    items = extract_structure(agenda)["agenda_items"]
    assert [it.number for it in items] == ["1", "2", "3", "4", "5"]
    register = _text_doc(
        "Register of Members' Interests\n1. Employment, office, trade\n2. Sponsorship\n3. Contracts\n"
        "4. Land\n5. Licences\n"
    )
    assert extract_structure(register)["agenda_items"] == []


def test_scottish_singular_minute_headings():
    """NHS Scotland: "Minute of the Meeting of NHS Glenbrae Board held in public on Tuesday 27 May
    2025 ..." (p2) and a committee's "Minute of meeting held on Tuesday 8 July 2025, 2.00pm" under
    "NHS GLENBRAE – CLINICAL GOVERNANCE COMMITTEE" (p6), beside the agenda's own meeting."""
    meetings = extract_meetings(_doc("nhs-glenbrae-board-public-pack-2025-07-29"))
    assert [(m.date, m.kind, m.page) for m in meetings] == [
        ("2025-07-29", "meeting", 1),
        ("2025-05-27", "minutes", 2),
        ("2025-07-08", "minutes", 6),
    ]
    assert meetings[1].body == "NHS Glenbrae Board"
    assert meetings[2].body == "Clinical Governance Committee"
    # variant: a Scottish council committee's minute, the "MINUTE OF" form in capitals
    text = "STRATHMORE COUNCIL\nMINUTE OF MEETING OF THE PLANNING COMMITTEE\nheld on 4 March 2025\nPresent: Councillor A Reid\n"
    (m,) = extract_meetings(_text_doc(text))
    assert (m.date, m.kind) == ("2025-03-04", "minutes")


def test_place_between_bullets_and_after_date_and_time():
    """US school board: "Monday, April 14, 2025 • 6:30 p.m. • District Administration Center, Board
    Room, 1450 Orchard" / "Lane, Riverside Hollow"; NHS Scotland committee: "Minute of meeting held
    on Tuesday 8 July 2025, 2.00pm, Seminar Room 2, Glenbrae Royal Infirmary / MS" / "Teams
    (unapproved)"."""
    (board,) = extract_meetings(_doc("riverside-hollow-usd-board-of-education-minutes-2025-04-14"))
    assert board.location == "District Administration Center, Board Room, 1450 Orchard Lane, Riverside Hollow"
    committee = extract_meetings(_doc("nhs-glenbrae-board-public-pack-2025-07-29"))[2]
    assert committee.location == "Seminar Room 2, Glenbrae Royal Infirmary / MS Teams"
    # variants: a county board's line with a vertical bar, the place on one line; a council
    # minute "held on 3 March 2025, 10.00am, Council Chamber, ..." before the attendance
    assert _bulleted_place(
        ["Tuesday, March 4, 2025 | 9:00 a.m. | Commission Chambers, County Courthouse"]
    ) == ("Commission Chambers, County Courthouse")
    assert _held_in("Minute of meeting held on 3 March 2025, 10.00am, Council Chamber, Perth Present: A") == (
        "Council Chamber, Perth"
    )
