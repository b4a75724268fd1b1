"""Attendance and meeting headers of the layout and wording families fixed on benchmarks/written-dev9
(session 9), each with a variant of the same family written here. Expected values were read from
the PDFs."""

from __future__ import annotations

from pathlib import Path

from conftest import WRITTEN_DEV9, written_doc

from boardpapers.extract.attendance import attendance_in, extract_attendance
from boardpapers.extract.decisions import Line
from boardpapers.extract.meetings import extract_meetings
from boardpapers.extract.records import Meeting

VARIANTS = Path(__file__).parent / "data" / "variants"
MEETING = Meeting(body="Committee", date="2025-10-02", title=None, location=None, page=1)


def _read(text: str) -> list[tuple[str, str, str | None, str | None]]:
    lines = [Line(1, t) for t in text.splitlines()]
    return [(a.name, a.status, a.role, a.organisation) for a in attendance_in(lines, MEETING)]


def _people(folder: Path, stem: str) -> list[tuple[str, str, str | None]]:
    doc = written_doc(folder, stem)
    return [(a.name, a.status, a.role) for a in extract_attendance(doc, extract_meetings(doc))]


# ---------------------------------------------------------------- tick-column tables


def test_tick_table_rows_wrapped_in_their_cells():
    # a charity's "Trustee | Position | Attended | Absent" grid: a double-barrelled name wrapped
    # over three lines at its hyphen, a post wrapped onto a second line
    got = _people(VARIANTS, "charity-trustees-tick-table-attendance")
    assert got == [
        ("Rosalind Featherstone-Clarke", "present", "Chair of Trustees"),
        (
            "Bernard Quayle",
            "apologies",
            "Treasurer; Chair of the Property and Maintenance Sub-Committee and Lead Trustee for Safeguarding",
        ),
        ("Anjali Mehta", "present", "Trustee"),
        ("Owen Pritchard", "present", "Trustee (Resident Nominee)"),
        ("Gillian Sowerby", "in_attendance", "Clerk to the Trustees"),
    ]


def test_housing_board_tick_table():
    got = _people(WRITTEN_DEV9, "harrowdene-homes-board-2025-06-18")
    assert got[:3] == [
        ("Margaret Ellison-Hale", "present", "Chair"),
        ("Kwame Asante", "present", "Vice Chair; Chair of Audit & Risk Committee"),
        ("Rajesh Patel", "apologies", "Board Member; Chair of Finance & Treasury Committee"),
    ]
    assert len([p for p in got if p[1] == "present"]) == 7
    assert "Margaret Ellison" not in [p[0] for p in got]


# ---------------------------------------------------------------- members per body


def test_members_present_per_council_label():
    # a joint board of two councils: each council's members under a label naming it, the first
    # label wrapped before the organisation's last word
    got = _read(
        "Members present – Northfield County\n"
        "Council\n"
        "Cllr Amy Rowe (Chair)\n"
        "Cllr Ben Tate (substitute for Cllr Cara Voss)\n"
        "Members present – Eastwold Borough Council\n"
        "Cllr Dev Shah (Vice-Chair)\n"
        "Cllr Ella Moss\n"
    )
    assert [(n, s, o) for n, s, _, o in got] == [
        ("Amy Rowe", "present", "Northfield County Council"),
        ("Ben Tate", "present", "Northfield County Council"),
        ("Dev Shah", "present", "Eastwold Borough Council"),
        ("Ella Moss", "present", "Eastwold Borough Council"),
    ]


def test_joint_committee_side_by_side_blocks():
    doc = written_doc(WRITTEN_DEV9, "ravensworth-stourmoor-joint-waste-committee-2025-09-11")
    got = {
        a.name: a.organisation
        for a in extract_attendance(doc, extract_meetings(doc))
        if a.status == "present"
    }
    assert got == {
        "Janet Whitmore": "Ravensworth Borough Council",
        "Imran Hussain": "Ravensworth Borough Council",
        "Paul Bainbridge": "Ravensworth Borough Council",
        "Eleanor Faulkner-Price": "Ravensworth Borough Council",
        "Rosalind Chadwick": "Stourmoor District Council",
        "Dafydd Pritchard": "Stourmoor District Council",
        "Anne-Marie O’Connell": "Stourmoor District Council",
        "Terry Scrivener": "Stourmoor District Council",
    }


def test_a_label_naming_no_organisation_keeps_its_list():
    got = _read("Members present – Cllr Amy Rowe (Chair), Cllr Ben Tate\n")
    assert [n for n, *_ in got] == ["Amy Rowe", "Ben Tate"]


# ---------------------------------------------------------------- US rolls by office and surname


def test_roll_of_surnames_under_chair_and_plural_office():
    got = _read(
        "Roll Call\n"
        "Present: President Ibarra, Vice Chair Lund, Directors Moreau, Castillo, Oyelaran.\n"
        "Absent: Director Finch (excused).\n"
    )
    assert [(n, s, r) for n, s, r, _ in got] == [
        ("Ibarra", "present", "President"),
        ("Lund", "present", "Vice Chair"),
        ("Moreau", "present", "Director"),
        ("Castillo", "present", "Director"),
        ("Oyelaran", "present", "Director"),
        ("Finch", "apologies", "Director"),
    ]


def test_chair_before_a_post_is_not_a_surname():
    got = _read("Present: Chair Audit Committee (Jo Bell), Sam Ng, Ali Khan\n")
    assert "Audit" not in " ".join(n for n, *_ in got)
