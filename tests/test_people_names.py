"""Name parsing, cell splitting and organisation keys (pure)."""

from __future__ import annotations

import pytest

from boardpapers.names import forenames_compatible, looks_like_person, parse_name, split_people
from boardpapers.people.orgs import org_key


@pytest.mark.parametrize(
    "written,key,initials,surname",
    [
        ("Ian Williams", "ian williams", "I", "Williams"),
        ("Cllr Ian Williams", "ian williams", "I", "Williams"),
        ("I Williams", "i williams", "I", "Williams"),
        ("I. Williams", "i williams", "I", "Williams"),
        ("Mr S Akers-Belcher", "s akers belcher", "S", "Akers-Belcher"),
        ("Cllr Fajana-\nThomas", "fajana thomas", "", "Fajana-Thomas"),
        ("Susan Fajana- Thomas", "susan fajana thomas", "S", "Fajana-Thomas"),
        ("Dr Sandra Husbands OBE", "sandra husbands", "S", "Husbands"),
        ("Kieron O’Hara", "kieron ohara", "K", "O’Hara"),
        ("DAVID MAHER", "david maher", "D", "Maher"),
        ("Councillor Moore", "moore", "", "Moore"),
    ],
)
def test_parse_name(written, key, initials, surname):
    p = parse_name(written)
    assert (p.key, p.initials, p.surname) == (key, initials, surname)


def test_initials_alone_and_bracketed():
    iw = parse_name("IW")
    assert iw.initials_only and iw.initials == "IW" and iw.surname is None
    ib = parse_name("Ian Brookman (IB)")
    assert ib.alias_initials == "IB" and ib.full_key == "ian brookman" and ib.all_initials == "IB"


def test_forenames_conflict_and_fit():
    assert forenames_compatible(parse_name("I Williams"), parse_name("Ian Williams"))
    assert not forenames_compatible(parse_name("Jon Williams"), parse_name("Ian Williams"))
    assert not forenames_compatible(parse_name("J Williams"), parse_name("Ian Williams"))
    assert forenames_compatible(parse_name("Cllr Williams"), parse_name("Ian Williams"))


def test_split_people_drops_posts_and_bodies():
    assert split_people("Jon Williams / Catherine Macadam") == ["Jon Williams", "Catherine Macadam"]
    assert split_people("Home Office and Kieron O’Hara and Nigel Shadbolt") == [
        "Kieron O’Hara",
        "Nigel Shadbolt",
    ]
    assert split_people("Nina Griffith/ Urgent Care Reference Group") == ["Nina Griffith"]
    for cell in ("HUHFT/ C&HCCG", "Transparency Team", "Director of Public Health", "All", "Chair", "CCG"):
        assert split_people(cell) == [], cell
    assert looks_like_person("IW") and not looks_like_person("Board")


def test_org_keys_join_abbreviations():
    assert org_key("LB Hackney") == org_key("London Borough of Hackney") == org_key("LBH")
    assert (
        org_key("C&H CCG")
        == org_key("City & Hackney CCG")
        == org_key("City and Hackney Clinical Commissioning Group")
    )
    assert org_key("n/a") == ""
    assert org_key("Hackney Council") != org_key("London Borough of Hackney")  # not guessed: no table entry
