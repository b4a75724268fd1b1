"""Registers printed one section per member in flowing text columns, the members' names untitled
in one recurring style and the form's category labels repeated under each
(extract/interest_section_columns.py read by extract/interest_sections.py). Read on written-dev16
(a Canadian school board's trustee disclosure statements, labels in lower case); the variant is a
South African water board's declarations in two columns, labels in capitals, a name with a
particle, a member running from the first column into the second."""

from __future__ import annotations

from pathlib import Path

from conftest import WRITTEN_DEV16, WRITTEN_DEV20, written_doc

from boardpapers.extract.interest_section_columns import flowing_member_sections
from boardpapers.reading.pdf_reader import read_document

VARIANT = Path(__file__).parent / "data" / "variants" / "water-board-flowing-column-declarations.pdf"


def _by_person(records):
    out: dict[str, list] = {}
    for r in records:
        out.setdefault(r.person, []).append(r)
    return out


def test_two_column_declarations_untitled_names():
    recs = flowing_member_sections(read_document(str(VARIANT)))
    people = _by_person(recs)
    assert list(people) == [
        "Thandiwe Mokoena",
        "Johannes van Rooyen",
        "Nomvula Dlamini-Khumalo",
        "Sipho Ngcobo",
    ]
    assert len(recs) == 12
    chair = people["Thandiwe Mokoena"]
    # the post after the name's comma, the seat from the line under it; the date signed
    assert chair[0].role == "Chairperson; Local government nominee"
    assert chair[0].declared_on == "2025-04-02"
    assert [r.category for r in chair] == ["pecuniary", "pecuniary", "pecuniary", "indirect"]
    # the member whose section runs on at the top of the second column keeps its entries
    assert [r.nature for r in people["Johannes van Rooyen"]][-1].startswith("Residential erf 1187")
    assert not any(r.nature == "Nil" for r in recs)


def test_written_trustee_disclosure_statements_in_two_columns():
    recs = flowing_member_sections(
        written_doc(WRITTEN_DEV16, "d-muskeg-river-dsb-trustee-disclosures-2025-10-01")
    )
    people = _by_person(recs)
    assert len(people) == 5
    # the layout merges the columns' lines; each column is read down on its own
    lapointe = [r.nature for r in people["Marie-Claude Lapointe"]]
    assert lapointe[-1] == "Son – educational assistant, Kapuskasing Secondary School"
    assert [r.nature for r in people["Robert (Bob) Kowalchuk"]][-1] == "Camp lot, Lake Abitibi (seasonal)"
    # labels set in lower case are each a label, not one label wrapped
    assert {r.category for r in people["Sharon McNeil-Ducharme"]} == {"pecuniary", "non-pecuniary"}


HERITAGE = Path(__file__).parent / "data" / "variants" / "heritage-board-inverted-names-capital-heads.pdf"
DENTAL = Path(__file__).parent / "data" / "variants" / "dental-council-dash-post-statements.pdf"


def test_inverted_names_and_numbered_heads_in_capitals():
    """Read on written-dev20 (a South African council's register, "NKOSI, Sipho Jabulani"); the
    variant is an Irish heritage board's: names printed surname first in capitals, a title after
    the comma (the comma of one set on a baseline of its own), numbered heads in capitals
    wrapping onto a second line, only the heads a member declared under printed (one of them
    under one member only), a section running on at the head of the next column."""
    recs = flowing_member_sections(read_document(str(HERITAGE)))
    people = _by_person(recs)
    assert list(people) == ["Orla Máire Fitzgerald", "Séamus De Búrca", "Liam Keane", "Niamh Maguire"]
    assert len(recs) == 11
    assert people["Orla Máire Fitzgerald"][0].role == "Chair"
    # the wrapped head is one label, its category from its words
    assert people["Orla Máire Fitzgerald"][0].notes == (
        "type of interest: PAID EMPLOYMENT AND OFFICES HELD OUTSIDE THE BOARD"
    )
    assert people["Orla Máire Fitzgerald"][0].category == "pecuniary"
    # a head printed under one member only; its entry at the head of the next column
    seamus = [r.nature for r in people["Séamus De Búrca"]]
    assert seamus[-1] == "Adviser to the Clew Bay Lighthouse Trust on a monthly retainer."
    assert people["Séamus De Búrca"][-1].category == "pecuniary"
    assert [r.nature for r in people["Liam Keane"]][1].startswith("Bound facsimile edition")


def test_names_with_post_nominals_and_a_long_post_after_a_dash():
    """Read on written-dev24 (a New Brunswick regulator's council statements); the variant is a
    dental hygienists' council's: "Name, RDH — Vice-Chair (appointed by ...)", a post with
    commas of its own, the whole heading longer than a name."""
    recs = flowing_member_sections(read_document(str(DENTAL)))
    people = _by_person(recs)
    assert list(people) == ["Marguerite Lavoie-Tremblay", "Arjun Malhotra", "Bernadette (Bernie) Okafor"]
    assert people["Arjun Malhotra"][0].role == "President (Elected, Region 1)"
    assert people["Bernadette (Bernie) Okafor"][0].role.startswith("Public Member (appointed")
    assert len(recs) == 6
    assert people["Arjun Malhotra"][0].declared_on == "2025-03-05"


def test_written_register_with_inverted_names_in_two_columns():
    recs = flowing_member_sections(written_doc(WRITTEN_DEV20, "r-highveld-arts-culture-council-2024-11-29"))
    people = _by_person(recs)
    assert len(people) == 8
    # entries wrapped down a column are one entry; two one-line entries stay two
    assert [r.nature for r in people["Annelie Van Der Merwe"]][-2:] == [
        "Residential property, Brooklyn, Pretoria.",
        "Smallholding (4 ha), Hekpoort, North West.",
    ]
    assert people["Nomvula Precious Ndlovu"][0].nature.endswith(
        "(Department of Culture, Sport and Recreation)."
    )


def test_recurring_labels_fold_punctuation_and_spaces():
    # a label whose comma, double space or odd white space the layout changed on some lines
    # counts with the others (the fold's shortcut keeps plain lines as they are)
    from boardpapers.extract.interest_section_columns import _recurring_labels

    text = "\n".join(
        [
            "Employment, occupation",
            "Employment occupation",
            "employment  occupation",
            "Gifts and hospitality",
            "Gifts and\xa0hospitality",
            "Gifts\tand hospitality",
            "Land held",
            "Land held",
        ]
    )
    assert _recurring_labels(text) == {
        "employment, occupation",
        "employment occupation",
        "employment  occupation",
        "gifts and hospitality",
        "gifts and\xa0hospitality",
        "gifts\tand hospitality",
    }
