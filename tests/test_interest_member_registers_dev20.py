"""Registers printed one member at a time, read by the existing per-member readers once their
gates take other bodies' wordings (written-dev20): a statutory form per member in a ruled box
under the form's title band (interest_boxed_forms: "Name of <body> member", post-nominals after
a comma, questions answered "No", the signature line's date), and one numbered section per
member with lettered heads printed only where the member declared something
(interest_sections: "2.3 Prof. X, MBChB, MMed (Paeds)", "Sr." and "arap" in names, the date
line closing the section). Variants written for the test (tests/data/variants), then the read
files."""

from __future__ import annotations

from pathlib import Path

from conftest import WRITTEN_DEV20, written_doc

from boardpapers.extract.interests import _cell_entries, extract_interests

VARIANTS = Path(__file__).parent / "data" / "variants"


def test_form_per_member_boxes_under_a_title_band():
    doc = written_doc(VARIANTS, "water-authority-member-forms-question-boxes")
    got = extract_interests(doc)
    assert {r.person for r in got} == {"Gareth Pennington", "Priya Raman-Holt", "Tomasz Nowicki"}
    by = {(r.person, r.nature): r for r in got}
    first = by[("Gareth Pennington", "Northfell Engineering Partnership – Partner")]
    assert (first.role, first.declared_on, first.category) == ("Chair", "2026-03-04", "1. Paid work")
    # the member's own sentence runs on to its full stop
    assert (
        "Gareth Pennington",
        "My daughter is a graduate engineer at Derwent Pumps Ltd, which services the Authority's stations.",
    ) in by
    # "No" answers a question: nothing declared
    assert not any(r.nature == "No" for r in got)
    assert len(got) == 6


def test_open_statement_runs_on_to_its_full_stop():
    cell = "My husband is a partner at Blackrock\nSurveyors, which values land for the Trust."
    assert _cell_entries(cell, 40) == [
        "My husband is a partner at Blackrock Surveyors, which values land for the Trust."
    ]
    assert _cell_entries("Member, Fell Runners\nTrustee, Hill Farm Trust", 40) == [
        "Member, Fell Runners",
        "Trustee, Hill Farm Trust",
    ]


def test_numbered_sections_with_lettered_heads_shown_only_when_declared():
    doc = written_doc(VARIANTS, "hospital-board-register-lettered-heads")
    got = extract_interests(doc)
    assert {r.person for r in got} == {
        "Grace Wambui Mwangi",
        "Kipchumba arap Sang",
        "Amina Yusuf Ali",
        "Janet Achieng Otieno",
    }
    assert len(got) == 10
    by = {r.nature: r for r in got}
    land = by["Residential plot, Nyali, Mombasa"]  # a head only one member prints
    assert (land.person, land.role, land.declared_on, land.category) == (
        "Grace Wambui Mwangi",
        "Chairperson",
        "2026-02-02",
        "pecuniary",
    )
    assert by["Likoni Ferries Holdings Ltd – Director"].person == "Kipchumba arap Sang"
    assert by["Rotary Club of Likoni – Treasurer"].category == "non-pecuniary"
    assert by["Husband, Mr. Omar Ali, is a director of Bandari Medical Supplies Ltd."].category == "indirect"
    assert land.register == "DIRECTORS' REGISTER OF INTERESTS FINANCIAL YEAR 2026"


def test_read_files_of_written_dev20():
    forms = extract_interests(
        written_doc(WRITTEN_DEV20, "r-crt-new-brunswick-council-declarations-2025-01-31")
    )
    assert len(forms) == 17 and len({r.person for r in forms}) == 5  # one member declares nothing
    sections = extract_interests(written_doc(WRITTEN_DEV20, "s-rift-highlands-trh-board-register-2025-08-01"))
    assert len(sections) == 25
    assert {r.person for r in sections} >= {
        "Kiprop arap Lagat",
        "Mary Atieno Odhiambo",
        "Wanjiru Kamau-Otieno",
    }


def test_a_body_word_before_member_only():
    from boardpapers.extract.interest_forms import _PERSON_LABEL

    assert _PERSON_LABEL.match("Name of Authority member").group("rest") == ""
    # a report's contact is no member: the label keeps its words as the value, so it names nobody
    assert _PERSON_LABEL.match("Name of Contact Officer: Gary Woods").group("rest") != ""
