"""The body of a meeting whose heading names only the meeting ("Minutes of the meeting of the
Board"), the meeting date of a summons letter, a bilingual minutes heading, and the agenda and
minutes of one meeting in one pack (extract/body_name.py, extract/meetings.py)."""

from __future__ import annotations

from conftest import WRITTEN_HELDOUT5, written_doc

from boardpapers.extract.body_name import prominent_organisation
from boardpapers.extract.meetings import (
    _dated_heading,
    _letter_date,
    _same_body_noun,
    _summoned_date,
    extract_meetings,
    find_bodies,
)


# ---- the scored body reader on page heads --------------------------------------------
def test_company_name_over_board_minutes_heading():
    """Housing associations: the registered society's name over a heading naming only "the Board"."""
    lines = [
        "BRINDLE VALE HOMES LIMITED",
        "Minutes of the meeting of the Board held on Tuesday 24 June 2025 at 5.30pm",
        "Present:",
    ]
    assert prominent_organisation(lines) == "BRINDLE VALE HOMES LIMITED"


def test_variant_forms_of_the_name_over_the_title():
    """Variants not in the written set: an arm's-length body named after its country in title case,
    a university over its court, a name under a security marking, a bilingual running header."""
    assert (
        prominent_organisation(["OFFICIAL", "Sport Wales", "Minutes of the Board meeting"]) == "Sport Wales"
    )
    assert prominent_organisation(
        ["UNIVERSITY OF KIRKHOLM", "THE COURT", "Minute of the meeting held on"]
    ) in {
        "UNIVERSITY OF KIRKHOLM",
        "COURT",
    }
    later = [["Cyngor Sir Penfro / Pembrokeshire County Council", "Page 2"]]
    page = [
        "Minutes",
        "Thursday 3 July 2025",
        "body text",
        "Cyngor Sir Penfro / Pembrokeshire County Council",
    ]
    assert prominent_organisation(page, later) == "Pembrokeshire County Council"


def test_no_name_from_people_places_or_labels():
    """Chairs, venues, dates and labels at the top of a page are never taken for the body."""
    lines = [
        "Minutes of the meeting held on 3 June 2025",
        "Council Chamber, Town Hall Road",
        "Mr John Smith",
        "Present:",
        "Thursday 5 June 2025",
    ]
    assert prominent_organisation(lines) is None


# ---- meetings helpers ------------------------------------------------------------------
def test_summons_sentence_dates_the_meeting_not_the_letter():
    """English town councils' summons; variants: a society's notice, a US board's "shall be held"."""
    assert (
        _summoned_date(
            [
                "You are hereby summoned to attend the Meeting of the Full Council which will be held in the Council",
                "Chamber, The Guildhall on Monday 9th June 2025 at 7.00pm for",
            ]
        )
        == "2025-06-09"
    )
    assert (
        _summoned_date(
            ["Notice is hereby given that a meeting of the Board will", "take place on 4 March 2025."]
        )
        == "2025-03-04"
    )
    assert (
        _summoned_date(["The regular meeting shall be held at 6 p.m. on June 5, 2025 in the Hall"])
        == "2025-06-05"
    )


def test_session_words_are_not_a_body_name():
    assert find_bodies("Public Board Meeting") == []
    assert find_bodies("Public Sector Transparency Board") == ["Public Sector Transparency Board"]


def test_one_body_by_its_meeting_and_by_its_name():
    assert _same_body_noun("Full Council", "Ashcombe Regis Town Council")
    assert not _same_body_noun("Audit Committee", "Ashcombe Regis Town Council")


# ---- on the written set -------------------------------------------------------------------
def _meetings(stem: str) -> list[tuple[str | None, str | None]]:
    return [(m.body, m.date) for m in extract_meetings(written_doc(WRITTEN_HELDOUT5, stem))]


def test_written_bodies_printed_over_the_heading():
    assert _meetings("brindlevale-homes-board-2025-06") == [("Brindle Vale Homes Limited", "2025-06-24")]
    assert _meetings("heritage-places-england-board-2025-03") == [("Heritage Places England", "2025-03-19")]
    # a Canadian school board: the district's name over "BOARD OF EDUCATION – PUBLIC MEETING AGENDA";
    # either name is the body's (the truth keeps both)
    (fraser,) = _meetings("fraser-ridge-sd47-2025-05-13")
    assert fraser[1] == "2025-05-13"
    assert fraser[0] in {"School District No. 47 (Fraser Ridge)", "Board of Education"}


def test_written_bilingual_minutes_and_summons_pack():
    assert _meetings("teifi-uhb-board-2025-07") == [("Teifi Valley University Health Board", "2025-07-31")]
    assert _meetings("ashcombe-regis-town-council-2025-06") == [("Ashcombe Regis Town Council", "2025-06-09")]


def test_letter_heading_names_the_meeting_under_the_letters_date():
    """A council's despatch letter: "Date: 27 January 2025" / "Dear Member" / "CABINET - THURSDAY,
    30 JANUARY 2025"; variants: a committee in title case with an en dash, a comma before the date."""
    assert _letter_date("Date: 27 January 2025") and _letter_date("3 June 2025")
    assert not _letter_date("Cabinet - 30 January 2025")
    assert _dated_heading(["Dear Member", "CABINET - THURSDAY, 30 JANUARY 2025"]) == 1
    assert _dated_heading(["Planning Committee – 12 March 2025"]) == 0
    assert _dated_heading(["AUDIT COMMITTEE, 5 JUNE 2024"]) == 0
    assert _dated_heading(["Dear Member", "I enclose the papers - 5 June 2024"]) is None
