"""Papers tabled at a meeting that name it only in a running footer parted by bars or middle dots
("Commission | Audit, Finance and Risk Committee | September 17, 2025 | Agenda Item 5.1", "Sport
Trust · Board of Trustees Meeting · 24 July 2025 Item 2.2") or by the paper's number ("Board of
Directors – 26 June 2025 – Paper BD 25/31"); boards named after the field they govern ("Board of
Speech-Language Pathology and Audiology", US state licensing boards) and boards of management
(extract/meetings.py). Read sets: written-dev25 and written-dev26; the variants are other bodies."""

from __future__ import annotations

import pytest
from conftest import WRITTEN_DEV25, WRITTEN_DEV26, text_doc, written_doc

from boardpapers.extract.meetings import extract_meetings, find_bodies


def test_footer_parted_by_bars_names_the_committee():
    doc = text_doc(
        "PRAIRIE HOUSING AGENCY\n"
        "Quarterly Risk Report\n"
        "Prepared as at 30 June 2025 by the Risk Office.\n"
        "The register lists the agency's strategic risks.\n"
        "Prairie Housing Agency | Governance, Audit and Finance Committee | October 2, 2025 | Agenda Item 6.3\n"
        "PUBLIC 1\n"
    )
    meetings = extract_meetings(doc)
    assert [(m.body, m.date) for m in meetings] == [("Governance, Audit and Finance Committee", "2025-10-02")]


def test_footer_parted_by_middle_dots_item_after_the_date():
    doc = text_doc(
        "Kahurangi Rowing Trust\n"
        "Register of Interests\n"
        "Register updated 2 August 2025\n"
        "Each trustee must disclose any interest.\n"
        "Kahurangi Rowing Trust · Board of Trustees Meeting · 14 August 2025 Item 4.1\n"
        "Page 1 of 1\n"
    )
    meetings = extract_meetings(doc)
    assert [(m.body, m.date, m.title) for m in meetings] == [
        ("Kahurangi Rowing Trust Board of Trustees", "2025-08-14", "Board of Trustees Meeting")
    ]


def test_footer_numbering_the_paper():
    doc = text_doc(
        "Island Ports Authority\n"
        "Quarterly performance report\n"
        "1. Purpose\n"
        "1.1 This paper reports the quarter's performance to 31 March 2025.\n"
        "Island Ports Authority Board – 22 May 2025 – Paper IPA 25/07\n"
        "Page 1 of 2\n"
    )
    meetings = extract_meetings(doc)
    assert [(m.body, m.date) for m in meetings] == [("Island Ports Authority Board", "2025-05-22")]


@pytest.mark.parametrize(
    ("line", "bodies"),
    [
        ("Board of Nursing", ["Board of Nursing"]),
        ("Ohio State Board of Pharmacy Regular Meeting Agenda", ["Ohio State Board of Pharmacy"]),
        (
            "Minutes of the Meeting of the Board of Examiners of Psychologists held on 3 May",
            ["Board of Examiners of Psychologists"],
        ),
        ("the County Board of Health, 3 June 2025", ["County Board of Health"]),
        ("MINUTES OF THE 4TH MEETING OF THE BOARD OF MANAGEMENT", ["Board of Management"]),
        ("Board of Directors (Public)", ["Board of Directors"]),
        ("Board of the Office for Veterinary Practice Standards", []),
    ],
)
def test_boards_named_after_their_field(line: str, bodies: list[str]) -> None:
    assert find_bodies(line) == bodies


def test_written_tabled_papers_and_named_boards():
    doc = written_doc(WRITTEN_DEV26, "o-sport-ruahine-interests-register-2025-07-24")
    # the letterhead's "Sport Ruahine Trust (Charities Register CC21874)": the trust's name without
    # its registration number, joined to the generic board
    assert [(m.body, m.date) for m in extract_meetings(doc)] == [
        ("Sport Ruahine Trust Board of Trustees", "2025-07-24")
    ]
    doc = written_doc(WRITTEN_DEV26, "o-northern-plains-legal-aid-afrc-2025-09-17")
    assert [m.body for m in extract_meetings(doc)] == ["Audit, Finance and Risk Committee"]
    doc = written_doc(WRITTEN_DEV26, "o-fmc-oke-ako-bom-2025-06-12")
    assert [m.body for m in extract_meetings(doc)] == ["Board of Management"]
    doc = written_doc(WRITTEN_DEV25, "i-tci-health-services-authority-risk-register-2025-06-26")
    assert [(m.body, m.date) for m in extract_meetings(doc)] == [
        ("Turks and Caicos Islands Health Services Authority Board of Directors", "2025-06-26")
    ]
    doc = written_doc(WRITTEN_DEV25, "i-wyoming-slp-audiology-board-2025-09-12")
    assert [m.body for m in extract_meetings(doc)] == [
        "Board of Speech-Language Pathology and Audiology",
        "Wyoming Board of Speech-Language Pathology and Audiology",
    ]


@pytest.mark.parametrize(
    ("line", "bodies"),
    [
        # a name opening with an accented capital (Māori place names with macrons, French Canadian)
        ("ŌTAUTAHI COMMUNITY BOARD", ["Ōtautahi Community Board"]),
        ("Minutes of the École Secondaire Board", ["École Secondaire Board"]),
        # the kind of meeting is no part of the body's name
        ("Extraordinary Council Meeting", []),
    ],
)
def test_accented_names_and_kinds_of_meeting(line: str, bodies: list[str]) -> None:
    assert find_bodies(line) == bodies


def test_ordinary_meeting_under_the_councils_name():
    doc = text_doc(
        "ŌHAU DISTRICT COUNCIL\n"
        "Ordinary Council Meeting\n"
        "Agenda\n"
        "Notice is hereby given that an Ordinary Meeting of the Ōhau District Council will be held in the\n"
        "Council Chamber on Wednesday 9 April 2025 commencing at 9.30am.\n"
        "1 Apologies\n"
    )
    assert [(m.body, m.date) for m in extract_meetings(doc)] == [("Ōhau District Council", "2025-04-09")]
