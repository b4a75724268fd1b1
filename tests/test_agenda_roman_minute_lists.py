"""Agendas in roman numerals and agendas listed inside minutes (extract.agenda, agenda_keyed):
the agenda adopted under a minute "2.0 ADOPTION OF AGENDA" and listed "i." ... "xiii." (West
African and Caribbean statutory boards' minutes), a timed agenda with the slot time before a
roman numeral "9:05 a.m.  II.  Approval of Agenda" (US state boards), a roman agenda followed by
the last minutes headed by the same numerals (US ports' and districts' packets), a sub-item's
title wrapped back to its number's margin, and a report's numbered paragraphs under its
section headings "PURPOSE" / "BACKGROUND" (no agenda). Read on written-dev25 and -dev27
(session 17); the tests are variants written here."""

from __future__ import annotations

from boardpapers.extract.agenda import extract_agenda, minutes_open_with_agenda, report_paper
from boardpapers.extract.agenda_keyed import keyed_agenda, token_of
from boardpapers.model import Document, Page, Span


def _page(number: int, rows: list[tuple[float, float, str]]) -> Page:
    """One span per (x0, top, text), 10 pt."""
    spans = [Span(t, x, top, x + 5.0 * len(t), top + 10, size=10.0) for x, top, t in rows]
    lines: dict[float, list[str]] = {}
    for _x, top, t in rows:
        lines.setdefault(top, []).append(t)
    text = "\n".join("   ".join(v) for _, v in sorted(lines.items()))
    return Page(number=number, text=text, width=612, height=792, spans=spans)


def _doc(*pages: list[tuple[float, float, str]]) -> Document:
    ps = [_page(k + 1, rows) for k, rows in enumerate(pages)]
    return Document(sha256="0" * 64, path="m.pdf", size=1, page_count=len(ps), pages=ps)


def test_roman_token_with_a_point_and_past_ten() -> None:
    tok = token_of("xii. Any Other Business")
    assert tok is not None and (tok.style, tok.number, tok.seq) == ("roman", "xii", 12)
    assert token_of("(iv) Matters arising").seq == 4


def test_agenda_listed_in_roman_numerals_under_a_minute_of_adoption() -> None:
    # a statutory board's minutes: the minute "2.0 APPROVAL OF THE AGENDA", a sentence, and the
    # agenda listed "i." ... "xi."; the minutes then head each item "3.0", "4.0" with the same titles
    titles = [
        "Opening and Welcome",
        "Approval of the Agenda",
        "Disclosure of Interests",
        "Minutes of the Previous Meeting",
        "Matters Arising",
        "Chief Executive's Report",
        "Audited Accounts for 2024",
        "Procurement Plan",
        "Staff Housing Scheme",
        "Any Other Business",
        "Closing",
    ]
    romans = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi"]
    first = [
        (150, 40, "MINUTES OF THE 52ND MEETING OF THE BOARD OF THE RIVER BASIN AUTHORITY"),
        (40, 70, "PRESENT"),
        (60, 84, "Mr. Kofi Mensah - Chairman"),
        (40, 110, "1.0"),
        (80, 110, "OPENING AND WELCOME"),
        (80, 124, "The Chairman opened the meeting at 10:00 a.m."),
        (40, 150, "2.0"),
        (80, 150, "APPROVAL OF THE AGENDA"),
        (80, 164, "The following agenda was approved on a motion by Mrs. Asante:"),
    ]
    first += [(100, 180 + 14 * k, f"{r}. {t}") for k, (r, t) in enumerate(zip(romans, titles, strict=True))]
    first += [(40, 360, "3.0"), (80, 360, "DISCLOSURE OF INTERESTS"), (80, 374, "None was made.")]
    doc = _doc(first)
    assert minutes_open_with_agenda(doc)
    got = [(it.number, it.title) for it in extract_agenda(doc)]
    assert got == list(zip(romans, titles, strict=True))


def test_lettered_agenda_under_a_numbered_minute() -> None:
    first = [
        (150, 40, "MINUTES OF THE ORDINARY MEETING OF THE WATER BOARD"),
        (40, 80, "3. ADOPTION OF AGENDA"),
        (60, 94, "The agenda below was adopted without amendment."),
        (60, 108, "(a) Opening prayer"),
        (60, 122, "(b) Adoption of agenda"),
        (60, 136, "(c) Minutes of the last meeting"),
        (60, 150, "(d) Any other business"),
        (40, 176, "4. MINUTES OF THE LAST MEETING"),
        (60, 190, "The minutes were confirmed."),
    ]
    got = [(it.number, it.title) for it in keyed_agenda(_doc(first))]
    assert got == [
        ("(a)", "Opening prayer"),
        ("(b)", "Adoption of agenda"),
        ("(c)", "Minutes of the last meeting"),
        ("(d)", "Any other business"),
    ]


def test_timed_agenda_with_the_slot_time_before_a_roman_numeral() -> None:
    rows = [
        (200, 40, "STATE BOARD OF NURSING HOME ADMINISTRATORS"),
        (220, 56, "NOTICE OF MEETING AND AGENDA"),
        (40, 100, "1:00 p.m."),
        (110, 100, "I."),
        (150, 100, "Call to Order"),
        (40, 120, "1:10 p.m."),
        (110, 120, "II."),
        (150, 120, "Approval of Minutes"),
        (170, 134, "A. May 2, 2025 Regular Meeting"),
        (170, 148, "B. June 6, 2025 Special Meeting"),
        (40, 168, "1:30 p.m."),
        (110, 168, "III."),
        (150, 168, "Licensing Report"),
        (40, 188, "2:15 p.m."),
        (110, 188, "IV."),
        (150, 188, "Adjournment"),
    ]
    got = [(it.number, it.title) for it in extract_agenda(_doc(rows))]
    assert [n for n, _ in got] == ["I", "II", "A", "B", "III", "IV"]
    assert got[1] == ("II", "Approval of Minutes")


def _roman_agenda() -> list[tuple[float, float, str]]:
    return [
        (200, 40, "HARBOR DISTRICT"),
        (180, 56, "REGULAR MEETING OF THE BOARD"),
        (270, 80, "AGENDA"),
        (40, 110, "I."),
        (80, 110, "CALL TO ORDER"),
        (40, 130, "II."),
        (80, 130, "PUBLIC COMMENT"),
        (40, 150, "III."),
        (80, 150, "OLD BUSINESS"),
        (100, 164, "A."),
        (130, 164, "Breakwater Repair Contract"),
        (40, 184, "IV."),
        (80, 184, "ADJOURNMENT"),
    ]


def _last_minutes(heading: str) -> list[tuple[float, float, str]]:
    return [
        (260, 40, "DRAFT"),
        (200, 56, "HARBOR DISTRICT"),
        (150, 70, heading),
        (40, 100, "I. CALL TO ORDER"),
        (40, 114, "The President called the meeting to order at 7:00 p.m."),
        (40, 134, "II. PUBLIC COMMENT"),
        (40, 148, "None."),
        (40, 168, "III. OLD BUSINESS"),
        (40, 182, "A. Breakwater Repair Contract. Staff reported that the contractor had started."),
    ]


def test_roman_numbering_restarting_ends_the_agenda() -> None:
    # the last minutes follow the agenda headed only by the district's name
    doc = _doc(_roman_agenda(), _last_minutes("April 9, 2025"))
    got = [(it.number, it.page) for it in extract_agenda(doc)]
    assert got == [("I", 1), ("II", 1), ("III", 1), ("A", 1), ("IV", 1)]


def test_minutes_heading_with_a_dash_ends_the_agenda() -> None:
    doc = _doc(_roman_agenda(), _last_minutes("BOARD OF DIRECTORS – REGULAR MEETING MINUTES"))
    assert {it.page for it in extract_agenda(doc)} == {1}


def test_sub_item_title_wrapped_back_to_its_number() -> None:
    # the agenda at the head of minutes, typed with spaces: the wrapped line of "6.2" starts under
    # its number, the title stopped inside a bracket
    first = [
        (150, 40, "MINUTES OF THE 88TH MEETING OF THE PORT AUTHORITY BOARD"),
        (40, 70, "AGENDA:"),
        (60, 84, "1. Call to Order"),
        (60, 98, "2. Confirmation of Minutes"),
        (60, 112, "3. Items for Decision"),
        (85, 126, "3.1 Annual Budget"),
        (85, 140, "3.2 Award of Contract - Harbour Dredging (Tender"),
        (85, 154, "No. PA/T/04/2025)"),
        (85, 168, "3.3 Staff Regulations"),
        (60, 182, "4. Adjournment"),
        (40, 210, "1.0 CALL TO ORDER"),
    ]
    got = [(it.number, it.title) for it in keyed_agenda(_doc(first))]
    assert ("3.2", "Award of Contract - Harbour Dredging (Tender No. PA/T/04/2025)") in got
    assert [n for n, _ in got] == ["1", "2", "3", "3.1", "3.2", "3.3", "4"]


def test_report_paragraphs_under_section_headings_are_no_agenda() -> None:
    rows = [
        (200, 40, "EASTGATE TOWN COUNCIL"),
        (150, 56, "TOWN COUNCIL MEETING NO. 4/2025 - 20 MAY 2025"),
        (160, 70, "REVIEW OF CONSERVANCY CHARGES"),
        (40, 90, "PURPOSE"),
        (50, 104, "1. This paper seeks Councillors' approval to revise the conservancy charges."),
        (40, 124, "BACKGROUND"),
        (50, 138, "2. Charges were last revised in 2019 and costs have risen since."),
        (50, 152, "3. The Finance Committee reviewed the options at its April meeting."),
        (40, 172, "RECOMMENDATION"),
        (50, 186, "4. Councillors are invited to approve the revised charges."),
    ]
    doc = _doc(rows)
    assert report_paper(doc)
    assert extract_agenda(doc) == []


def test_an_agenda_with_one_report_word_is_read() -> None:
    rows = [
        (200, 40, "AUDIT COMMITTEE"),
        (270, 60, "AGENDA"),
        (40, 90, "1. Apologies"),
        (40, 104, "2. Minutes of the last meeting"),
        (40, 118, "3. Internal audit report"),
        (40, 132, "4. Recommendations"),
        (40, 146, "5. Any other business"),
    ]
    doc = _doc(rows)
    assert not report_paper(doc)
    assert [it.number for it in extract_agenda(doc)] == ["1", "2", "3", "4", "5"]


def test_paragraphs_numbered_under_a_point_zero_minute_are_no_agenda() -> None:
    # minutes numbered "2.0" / "2.1" number their paragraphs so: "2.1" is the minute's text
    first = [
        (150, 40, "MINUTES OF THE 30TH MEETING OF THE BOARD OF THE FERRY CORPORATION"),
        (40, 80, "1.0 CALL TO ORDER"),
        (40, 94, "1.1 The Chairman called the meeting to order at 09:05 hrs."),
        (40, 114, "2.0 ADOPTION OF THE AGENDA"),
        (40, 128, "2.1 The agenda was adopted with one addition under Any Other Business."),
        (40, 148, "3.0 MATTERS ARISING"),
        (40, 162, "3.1 The General Manager reported on the new vessel."),
    ]
    doc = _doc(first)
    assert not minutes_open_with_agenda(doc)
    assert keyed_agenda(doc) == []


def test_lettered_sentences_under_a_minute_of_adoption_are_no_agenda() -> None:
    first = [
        (150, 40, "MINUTES OF THE ORDINARY MEETING OF THE WATER BOARD"),
        (40, 80, "3. ADOPTION OF AGENDA"),
        (60, 94, "The agenda was adopted with these changes:"),
        (60, 108, "(a) the item on tariffs was deferred to the next meeting."),
        (60, 122, "(b) the Secretary was asked to table the audit letter."),
        (60, 136, "(c) two items were taken in camera at the request of the Chair."),
        (40, 162, "4. MINUTES OF THE LAST MEETING"),
    ]
    assert keyed_agenda(_doc(first)) == []
