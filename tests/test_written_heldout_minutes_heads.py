"""Meetings and attendance of the layout families fixed on benchmarks/written-heldout (in the
repo, so these never skip). Expected values read from the PDFs."""

from __future__ import annotations

from conftest import WRITTEN_HELDOUT, written_doc

from boardpapers.extract.attendance import extract_attendance
from boardpapers.extract.meetings import extract_meetings
from boardpapers.model import Document


def _doc(stem: str) -> Document:
    return written_doc(WRITTEN_HELDOUT, stem)


def test_minutes_headed_by_a_header_form():
    """A housing association's board minutes: "Meeting | Board   Date | 23.10.24", "Time",
    "Venue" (wrapped over two lines), "Chair" rows under the organisation's name, no "Minutes of"
    title; the attendance list follows the form."""
    (m,) = extract_meetings(_doc("fernhill-tyne-homes-board-minutes-2024-10"))
    assert (m.date, m.title, m.kind, m.page) == ("2024-10-23", "Board", "minutes", 1)
    assert m.body == "Fernhill & Tyne Homes Limited – Board of Management"
    assert m.location == "Riverside House, Quayside West, Tynemouth Park NE31 8HD, and MS Teams"
    assert m.start_time == "14:00"


def _people(stem: str) -> dict[tuple[str, str], object]:
    doc = _doc(stem)
    return {(a.name, a.status): a for a in extract_attendance(doc, extract_meetings(doc))}


def test_board_members_present_over_a_name_and_post_table():
    """ "Board members present" / "In attendance" / "Observer" / "Apologies" headings over rows
    set out as name | post cells, the names with post-nominals (DBE, FRICS, ACA) and "(via Teams)"."""
    people = _people("fernhill-tyne-homes-board-minutes-2024-10")
    present = sorted(n for n, s in people if s == "present")
    assert present == sorted(
        ["Hilary Okonkwo-Bell", "Nigel Strachan", "Anwen Gallagher", "Rhodri Pennant", "Chidinma Eze",
         "Lucas Brandreth", "Fenella Ruskin"]
    )  # fmt: skip
    assert len([s for _, s in people if s == "in_attendance"]) == 6
    assert people[("Marisa Kowalczyk", "in_attendance")].role == "Director of Property Services (DPS)"
    assert people[("Rhodri Pennant", "present")].role == "Non-executive director"
    assert people[("Lucas Brandreth", "present")].role == "Non-executive director"
    assert people[("Sheila Dobbins", "apologies")].role == "Non-executive director"


def test_us_city_council_roll_call():
    """ "1. CALL TO ORDER" / "2. ROLL CALL" / "Present: Mayor A, Mayor Pro Tem B, Councilmembers C,
    D, E and F" / "Absent: Councilmember G (arrived at 6:19 p.m.)" / "Staff present: H, City
    Manager; I, City Attorney; ...": offices as roles, the late arrival present."""
    people = _people("marlow-springs-city-council-minutes-2025-03")
    assert people[("Diane Kowalski-Reyes", "present")].role == "Mayor"
    assert people[("Luis Atencio", "present")].role == "Mayor Pro Tem"
    assert people[("Jerome Tillotson", "present")].role == "Councilmember"
    # the arrival is a note on attendance, not part of the office (session 7: "(arrived ...)",
    # "(left at ...)" are dropped from roles in every family)
    assert people[("Grace Hsu", "present")].role == "Councilmember"
    staff = {n: a.role for (n, s), a in people.items() if s == "in_attendance"}
    assert staff["Anita Sorensen"] == "City Attorney" and "Aaron Keel" in staff
    assert len(staff) == 6 and len(people) == 13


def test_board_and_executive_in_two_labelled_columns():
    """ "Commissioners" / "Apologies" in the left column, "Executive" / "In attendance" in the
    right (read column by column); names with post-nominals wrapped to the next line ("DBE FSA
    (Chair)"), a peer ("Baroness Thornbury of Ellesmere"), "The Rt Revd Dr", "Gwen Ap Dafydd"."""
    people = _people("nbhc-board-minutes-2024-11")
    present = {n: a.role for (n, s), a in people.items() if s == "present"}
    assert len(present) == 8
    assert present["Alison Pryce-Whitley"] == "Chair"
    assert present["Baroness Thornbury of Ellesmere"] == "Commissioner"
    assert present["Rajiv Sethuraman"] == "Commissioner" and "Jonathan Mabry" in present
    assert sorted(n for n, s in people if s == "apologies") == ["Gwen Ap Dafydd", "Lorna McIlwraith"]
    staff = {n: a.role for (n, s), a in people.items() if s == "in_attendance"}
    assert staff["Adrian Pennycook"] == "Director of Finance and Corporate Services"
    assert len(staff) == 7


def test_membership_in_two_column_pairs_on_one_line():
    """ "Cllr R. Ashdown (Chair) | Kestrel County Council | Cllr C. Marlow | Kestrel County
    Council": two people and their councils on each line of a combined fire authority's minutes."""
    people = _people("kestrel-vale-cfa-agenda-pack-2024-12")
    present = {n: (a.role, a.organisation) for (n, s), a in people.items() if s == "present"}
    assert len(present) == 13
    assert present["R. Ashdown"] == ("Chair", "Kestrel County Council")
    assert present["D. O’Rourke"] == (None, "Tarnford City Council")
    assert present["H. Sowerby"] == (None, "Ravensmoor Borough Council")
    drax = people[("Philippa Drax", "in_attendance")]
    assert (drax.role, drax.organisation) == ("Engagement Lead", "Whitcombe Audit LLP")


def test_pack_cover_and_its_agenda_page_are_one_meeting():
    """An NHS trust's board pack: a cover page (body, "Meeting held in Public", date at 09.30,
    venue) then "AGENDA" with the same body, date and time: one meeting, plus the previous
    meeting's minutes, whose venue follows "Date: 30.01.25 Time: 09.30" on one line."""
    meetings = extract_meetings(_doc("western-fells-ambulance-board-pack-2025-03"))
    assert [(m.date, m.kind) for m in meetings] == [("2025-03-27", "meeting"), ("2025-01-30", "minutes")]
    assert meetings[1].location == "Lakeland Room, Fellside House, Carlmere"


def test_venue_label_over_its_value_and_a_postcode_line():
    """ "Venue" alone over a wrapped place (NHS trust minutes); "Venue:" over a place with an aside
    in brackets wrapped to the next line (ICB agenda); an address with a postcode and no label
    under the date (a public body's minutes)."""
    (m,) = extract_meetings(_doc("hartsmere-community-health-nhst-board-minutes-2025-01"))
    assert (
        m.location == "The Sanderling Room, Merrow House, Brackley Road, Wexcombe WX4 7QH, and via MS Teams"
    )
    (m,) = extract_meetings(_doc("kennet-downs-icb-finance-performance-committee-agenda-2025-02"))
    assert m.location == "Room 2.14, Kennet House, 40 Wharf Road, Newbury Marsh RG19 8XT and MS Teams"
    (m,) = extract_meetings(_doc("nbhc-board-minutes-2024-11"))
    assert m.location == "Tanner’s Yard, 40 Bankside Row, London SE1 9XJ (hybrid)"


def test_committee_paper_under_its_parent_icb():
    """ "NHS Brackenmoor and Ouse Valley" / "Integrated Care Board" / "Primary Care Commissioning
    Committee – Action Tracker" / "Meeting held in public: 21 January 2025": the committee's."""
    (m,) = extract_meetings(
        _doc("brackenmoor-icb-primary-care-commissioning-committee-action-tracker-2025-01")
    )
    assert m.date == "2025-01-21" and m.body.endswith("Primary Care Commissioning Committee")
