"""Attendance: the chair and vice-chair labelled before their names in a member list ("Chair:
Doug Van Kessel (Norfolk County)": an Ontario conservation authority, written-dev24), and an
action log closing the minutes, whose wrapped cells ("Executive" / "Director") are no roll
labels (a Caribbean sports commission, written-dev24). The tests are variants written here."""

from __future__ import annotations

from attendance_text import read_attendance


def test_chair_and_deputy_labelled_before_their_names():
    people = read_attendance(
        "Members Present\n"
        "Deputy Mayor: Angela Ferris (Ward 4)\n"
        "Chairperson: Tomas Lindqvist (Rural Municipality of Elm Creek)\n"
        "Harriet Osei (Town of Carberry)\n"
        "Apologies: Peter Vance (Town of Neepawa)\n"
    )
    assert ("Tomas Lindqvist", "present", "Chairperson") in people
    assert any(n == "Angela Ferris" and r.startswith("Deputy Mayor") for n, _s, r in people)
    assert not any(n.startswith(("Rural", "Ward")) for n, _s, _r in people)


def test_action_log_after_the_minutes_is_not_a_roll():
    # a post wrapped in the Responsible column ("Executive" / "Officer") is no "Executive" label,
    # and the status and date cells after it are no one's name
    people = read_attendance(
        "Present: Ms. Rosa Quintero (Chair); Mr. Ian Bradshaw; Dr. Nia Fontaine\n"
        "In attendance: Mr. Luis Ortega, Chief Executive\n"
        "25/041 WELCOME\n"
        "SCHEDULE OF ACTIONS\n"
        "Ref. Action Owner Deadline Status\n"
        "A1 Write to the Ministry about the pavilion roof\n"
        "Executive\n"
        "Officer\n"
        "Awaiting Reply – chased 2\n"
        "April 2025.\n"
        "A2 Report on volunteer recruitment through the\n"
        "officials through the Regiment and the\n"
        "Cadet Corps.\n"
        "L. Ortega 30 June\n"
        "2025\n"
    )
    names = {n for n, _s, _r in people}
    assert names == {"Rosa Quintero", "Ian Bradshaw", "Nia Fontaine", "Luis Ortega"}
