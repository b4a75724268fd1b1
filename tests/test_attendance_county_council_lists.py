"""English county councils' run-in "PRESENT:" paragraphs (read on benchmarks/written-dev10):
members under a plural tier title ("County Councillors A, B and C"), a name wrapped before the
list's last "and", a co-opted member labelled singly, a tier title before a bracketed post, and
apologies in prose whose list ends mid-line before a sentence on the substitute. Variants
written here, then the read file."""

from __future__ import annotations

from attendance_text import read_attendance as _read
from conftest import WRITTEN_DEV10, written_doc

from boardpapers.extract.attendance import extract_attendance
from boardpapers.extract.meetings import extract_meetings


def test_plural_tier_title_and_a_name_wrapped_before_and():
    got = _read(
        "PRESENT: District Councillor Hugh Marsh (Chairman), District Councillors Ella Tate,\n"
        "Owen Price, Nia\n"
        "Llewellyn and Ravi Sood.\n"
        "Independent Member: Mrs Carol Webb (Audit Adviser).\n"
        "Also present: District Councillor Dan Frost (Portfolio Holder for Housing).\n"
        "Apologies: none\n"
    )
    assert got == [
        ("Hugh Marsh", "present", "Chairman"),
        ("Ella Tate", "present", None),
        ("Owen Price", "present", None),
        ("Nia Llewellyn", "present", None),
        ("Ravi Sood", "present", None),
        ("Carol Webb", "present", "Audit Adviser"),  # her own post over the group's
        ("Dan Frost", "in_attendance", "Portfolio Holder for Housing"),
    ]


def test_tier_title_alone_stays_the_role():
    # a district member visiting a parish: the tier and title are what they came as
    got = _read("Present: Cllr Ann Bell (Chair), Cllr Tom Hale\nAlso present: District Cllr Ivor Binns\n")
    assert ("Ivor Binns", "in_attendance", "District Cllr") in got


def test_apologies_in_prose_then_the_substitute_sentence():
    got = _read(
        "PRESENT: Councillors Ann Bell and Tom Hale.\n"
        "12/25 APOLOGIES\n"
        "Apologies for absence were received from Borough Councillors Jo Pike\n"
        "and Sam Reyes. Borough Councillor Lee Moss attended as substitute for\n"
        "Borough Councillor Pike.\n"
        "13/25 MINUTES\n"
    )
    assert ("Jo Pike", "apologies", None) in got
    assert ("Sam Reyes", "apologies", None) in got
    assert not any(n in {"Pike", "Borough Councillors"} for n, _, _ in got)
    assert all(s == "apologies" for n, s, _ in got if n not in {"Ann Bell", "Tom Hale"})


def test_written_dev10_county_scrutiny_committee():
    doc = written_doc(WRITTEN_DEV10, "northmoor-cc-asc-health-scrutiny-2026-11-17")
    got = [(a.name, a.status, a.role) for a in extract_attendance(doc, extract_meetings(doc))]
    names = {n for n, _, _ in got}
    assert {
        "Rosemary Atherton",
        "Sheila O'Rourke",
        "Imran Qureshi",
        "Tariq Hussain",
        "Lesley Fenwick",
    } <= names
    assert ("Janet Lowther", "in_attendance", "Cabinet Member for Adult Social Care") in got
    assert ("Brian Hetherington", "apologies", None) in got
    assert len(got) == 19
