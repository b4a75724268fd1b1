"""A declarer's role from the meeting's attendance list, matched on a surname folded the way the
people layer folds names (accents, apostrophes), so "Cllr O'Hara" (straight apostrophe, as
minutes typed) finds "Siobhán O’Hara" (curly, as the list printed)."""

from __future__ import annotations

from boardpapers.extract.interests import AT_MEETING_NOTE, roles_from_attendance
from boardpapers.extract.records import Attendance, Interest


def _declaration(person: str) -> Interest:
    return Interest(person, "2025-09-08", None, None, "item 6", None, None, 1, notes=AT_MEETING_NOTE)


def test_surname_matches_across_apostrophes_and_accents_and_stays_whole_when_hyphenated() -> None:
    attendance = [
        Attendance("Siobhán O’Hara", "Cathaoirleach", None, "present", "2025-09-08", 1),
        Attendance("Pádraig Ó Murchú", "Councillor (Ward 3)", None, "present", "2025-09-08", 1),
        Attendance("Abena Osei-Bonsu", "Vice-Chair", None, "present", "2025-09-08", 1),
        Attendance("Kwame Bonsu", "Director of Finance", None, "in_attendance", "2025-09-08", 1),
    ]
    found = [
        _declaration("O'Hara"),
        _declaration("O Murchu"),
        _declaration("Osei-Bonsu"),
        _declaration("Bonsu"),
    ]
    roles_from_attendance(found, attendance)
    assert [i.role for i in found] == [
        "Cathaoirleach",
        "Councillor (Ward 3)",
        "Vice-Chair",
        "Director of Finance",
    ]


def test_a_surname_two_people_carry_gives_no_role() -> None:
    attendance = [
        Attendance("Ann Byrne", "Councillor", None, "present", "2025-09-08", 1),
        Attendance("Tom Byrne", "Director of Services", None, "in_attendance", "2025-09-08", 1),
    ]
    found = [_declaration("Byrne")]
    roles_from_attendance(found, attendance)
    assert found[0].role is None


def test_declarations_found_near_their_verb_are_those_a_whole_text_scan_finds() -> None:
    from boardpapers.extract.interests import _DECLARED, _declared_matches

    filler = "The Board received the finance report and noted the position at month 7. " * 200
    text = (
        filler
        + "Councillors Ann Byrne, Tom Byrne (Chair) and Joe Bloggs declared a pecuniary interest in item 6 as "
        "directors of Acme Ltd. and left the room. "
        + filler
        + "Director Okafor stated that he has a potential conflict of interest because his employer bid. "
        "Mayor Pro Tem Atencio recused himself from item 10.a. "
        + filler
        + "Dr Jane Smith declared an interest"
    )
    want = [(m.start(), m.end()) for m in _DECLARED.finditer(text)]
    assert len(want) >= 3  # the text holds declarations, far apart
    assert [(m.start(), m.end()) for m in _declared_matches(text)] == want
