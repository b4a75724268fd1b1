"""Registers printed on the English model register-of-interests form: per member a Part 1 table
whose left column prints each disclosable pecuniary interest's name over its statutory description
("Employment, office, trade, profession or vocation" / "Any employment, office, trade, profession
or vocation carried on for profit or gain.") beside "Yourself" and "Your spouse or civil partner,
or person you live with as such" columns, then Part 2's lettered other registrable interests
(English councils, national park authorities and other relevant authorities under the Localism
Act 2011). The printed descriptions and the columns' captions are never entries (written-dev18's
national park authority register: the sections reader read 44 descriptions as entries)."""

from __future__ import annotations

import os

import pytest
from conftest import WRITTEN_DEV18

from boardpapers.extract.interest_forms import _name_heading
from boardpapers.extract.interest_sections import printed_description
from boardpapers.extract.interests import extract_interests
from boardpapers.reading.pdf_reader import read_document

ALLENDALE = os.path.join(WRITTEN_DEV18, "b-allendale-moors-npa-register-2025-05-20.pdf")


def test_printed_descriptions_are_recognised():
    assert printed_description(
        "Any employment, office, trade, profession or vocation carried on for profit or gain."
    )
    assert printed_description("Any beneficial interest in land which is within the area of the Authority.")
    assert printed_description("Any body directed to charitable purposes")
    assert not printed_description("Allendale Parish Council – Chair")
    assert not printed_description("Anya Holdings Ltd – director")


def test_nickname_quoted_in_brackets_is_part_of_the_name():
    assert _name_heading("Mr Robert ('Bob') Featherstone") == "Robert ('Bob') Featherstone"


@pytest.mark.skipif(not os.path.isfile(ALLENDALE), reason="written-dev18 set absent")
def test_model_form_descriptions_and_captions_are_no_entries():
    records = extract_interests(read_document(ALLENDALE))
    natures = [r.nature or "" for r in records]
    assert not any(n.startswith("Any ") for n in natures)
    assert not any(n in ("Yourself", "person you live with as such") for n in natures)
    # Part 2 answers as printed (pages 1 and 4 of the PDF)
    assert "North Pennines Dark Skies Trust – trustee" in natures
    assert "Allendale Parish Council – Chair" in natures
    # "Mr Robert ('Bob') Featherstone", Parish Member, notified 15 May 2025: his own entries
    bob = [r for r in records if (r.person or "").endswith("Featherstone")]
    assert "Allendale Mountain Rescue Team – treasurer" in {r.nature for r in bob}
    assert {r.declared_on for r in bob} == {"2025-05-15"}


@pytest.mark.skipif(not os.path.isfile(ALLENDALE), reason="written-dev18 set absent")
def test_part_one_table_read_by_its_yourself_and_spouse_columns():
    records = extract_interests(read_document(ALLENDALE))
    chair = {(r.nature, r.category) for r in records if r.person == "David Oyelaran-Hughes"}
    # page 1: Employment row, "Yourself" cell wrapped over three lines, the spouse's cell beside it
    assert (
        "Non-executive director, Tynedale Rural Enterprise Partnership CIC (remunerated)",
        "Disclosable pecuniary interest",
    ) in chair
    assert ("Teacher, Hexham and District Grammar School", "indirect") in chair
    # Land: the spouse's "As yourself (joint owner)" points at the member's own entry
    assert (
        "Low Shield House, Allenheads Road, Catton NE47 9QP (jointly owned residence)",
        "Disclosable pecuniary interest",
    ) in chair
    assert not any(n.startswith("As yourself") for n, _ in chair)
    # page 2: the table ends at "Part 2 – Other Registrable Interests"; (a)'s answer is whole
    teasdale = {r.nature for r in records if r.person == "Pauline Teasdale"}
    assert "Grazing licence, Killhope Common allotment 3 (from the Authority, annual)" in teasdale
    assert "Allendale Moors Local Access Forum – Authority representative" in teasdale
    assert "Retired" not in teasdale
