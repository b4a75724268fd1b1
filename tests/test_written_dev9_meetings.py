"""Meeting headers of the layout and wording families fixed on benchmarks/written-dev9 (session 9),
each with a variant of the same family written here. Expected values were read from the PDFs."""

from __future__ import annotations

from conftest import WRITTEN_DEV9, written_doc

from boardpapers.extract.meetings import _location, _meeting_field, extract_meetings


def test_cover_sheet_meeting_field():
    head = [
        "Quality Account 2024/25 – draft for approval",
        "Meeting Trust Board (Part 1), Wednesday 14 May 2025, 10.00am – 12.30pm, Seminar Room 2, Eastfield Hospital",
        "Agenda item 9.2",
        "Report of Chief Nurse",
    ]
    footer = "Eastfield and Marsh NHS Trust Trust Board (Part 1) – 14 May 2025 – Item 9.2"
    m = _meeting_field(head, [*head, footer], 1)
    assert m is not None
    # the body's full name from the running footer naming the same meeting
    assert (m.body, m.date, m.title, m.location, m.start_time) == (
        "Eastfield and Marsh NHS Trust Trust Board",
        "2025-05-14",
        "Trust Board (Part 1)",
        "Seminar Room 2, Eastfield Hospital",
        "10:00",
    )


def test_cover_sheet_meeting_field_with_running_footer_body():
    doc = written_doc(WRITTEN_DEV9, "northmoor-wexcombe-nhs-ft-baf-2025-09-04")
    m = extract_meetings(doc)[0]
    assert (m.body, m.title, m.location) == (
        "Northmoor and Wexcombe Hospitals NHS Foundation Trust Board of Directors",
        "Board of Directors meeting held in public",
        "Boardroom, Wexcombe General Hospital, Priory Lane, Wexcombe WX2 4PL",
    )


def test_room_beats_a_note_on_joining_remotely():
    assert (
        _location(
            [
                "Monday, June 2, 2025 – 7:00 PM",
                "Council Chambers, Town Hall, 12 Elm Street",
                "The public may watch the livestream or join via Microsoft Teams.",
            ]
        )
        == "Council Chambers, Town Hall, 12 Elm Street"
    )
    # a meeting held online has no room: still remote
    assert _location(["Monday, June 2, 2025 – 7:00 PM", "Virtual meeting via Zoom"]) == "remote"
