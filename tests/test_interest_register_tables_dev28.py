"""Registers of interests laid out as tables (written-dev28): a grid with one lettered column per
category, "Name and position on the Board" and a relatives' column; a borderless table listing
each member's interests one a line in one cell; a table of declarations recorded in minutes.
Expected values read from the PDFs."""

from __future__ import annotations

import pytest
from conftest import WRITTEN_DEV28

from boardpapers.extract.interests import _full_names_of_initials, extract_interests
from boardpapers.extract.records import Interest
from boardpapers.reading.pdf_reader import read_document


def _interests(stem: str) -> list[Interest]:
    return extract_interests(read_document(str(WRITTEN_DEV28 / f"{stem}.pdf")))


@pytest.fixture(scope="module")
def rwenzori() -> list[Interest]:
    return _interests("dc-rwenzori-highlands-tourism-roi-2025-07-15")


def test_lettered_category_grid_reads_a_record_per_cell_line(rwenzori: list[Interest]) -> None:
    # "Name and position on the Board" is the member's column; "Nil" cells are not records
    assert len(rwenzori) == 27
    lubega = [r for r in rwenzori if r.person == "Joseph Ssekandi Lubega"]
    assert len(lubega) == 7
    assert {r.role for r in lubega} == {"Member"}
    assert {r.declared_on for r in lubega} == {"2025-07-10"}
    # "(f) Interests of spouse or close relatives" is a category column: indirect
    spouse = [r for r in lubega if r.nature.startswith("Spouse, Mrs. Agnes Lubega")]
    assert [r.category for r in spouse] == ["indirect"]


def test_membership_grade_stays_with_its_entry(rwenzori: list[Interest]) -> None:
    # "Corporate" / "Member, Uganda Institution of ..." is one entry
    baguma = [r.nature for r in rwenzori if r.person == "Grace Nyakato Baguma"]
    assert "Corporate Member, Uganda Institution of Professional Engineers" in baguma
    assert "Corporate" not in baguma


def test_grid_continued_on_a_page_without_the_title_keeps_the_register(rwenzori: list[Interest]) -> None:
    okello = [r for r in rwenzori if r.person == "Patrick Ochieng Okello"]
    assert [r.page for r in okello] == [2]
    assert okello[0].register and "REGISTER OF INTERESTS OF MEMBERS OF THE BOARD" in okello[0].register


def test_borderless_interests_cell_split_at_its_printed_lines() -> None:
    recs = _interests("dc-atlantic-midlands-tu-governing-body-roi-2025-03-31")
    brid = [r for r in recs if r.person.endswith("Bríd Ní Fhlatharta")]
    assert [r.nature for r in brid] == ["Non-executive director", "Director", "Member"]
    assert brid[2].organisation == "Institute of Directors in Ireland"
    kilbride = [r for r in recs if r.person.endswith("Gráinne Kilbride")]
    assert len(kilbride) == 3
    assert kilbride[1].nature == "Land: residential investment property, Dublin Road, Athlone"
    assert {r.declared_on for r in kilbride} == {"2025-01-17"}  # read "1 7/01/2025"
    ward = [r.nature for r in recs if r.person.endswith("Niamh Ward")]
    assert "Member of the Board of Galway and Roscommon Education and Training Board" in ward
    assert any(n.startswith("Brother, Mr Martin Ward, is a director") for n in ward)
    # "None." and "No interests to declare." are not records
    assert not any("Lenihan" in r.person or "Feeney" in r.person for r in recs)


def test_minute_column_marks_declarations_made_at_meetings() -> None:
    recs = _interests("dc-kafue-flats-catchment-board-interests-2025-02-28")
    at_meeting = [r for r in recs if r.category == "declared-at-meeting"]
    assert [r.declared_on for r in at_meeting] == ["2024-03-14", "2024-06-20", "2024-06-20", "2024-11-07"]


def _rec(person: str, nature: str) -> Interest:
    return Interest(person, None, None, None, nature, None, None, 1)


def test_initialled_member_takes_the_full_name_given_elsewhere() -> None:
    recs = [
        _rec("Mwansa Chilufya Bwalya", "Director of Mazabuka Cane Growers"),
        _rec("Chipo Mulenga Lungu", "Trustee"),
        _rec("Grace Lungu", "Member"),
        _rec("Mr. M. C. Bwalya", "Holder of an irrigation permit"),
        _rec("Mrs. C. M. Lungu", "Spouse is a Partner"),
        _rec("Mr. Y. Banda", "Employee"),  # no full name given: left as printed
    ]
    out = _full_names_of_initials(recs)
    assert [r.person for r in out[3:]] == ["Mwansa Chilufya Bwalya", "Chipo Mulenga Lungu", "Mr. Y. Banda"]


def test_tables_by_part_read_disclosure_column_and_part_category() -> None:
    # "Director | Disclosure | Date disclosed", one table per part of the disclosure statement;
    # the part's heading follows a table of names the reader does not take for a register
    recs = _interests("dd-yukon-rural-electrification-corp-register-2025-03-14")
    assert len(recs) >= 21
    auston = [r for r in recs if r.person == "Thomas Auston"]
    assert [r.category for r in auston] == ["pecuniary"] * 4
    assert auston[0].declared_on == "2025-01-22"
    assert auston[0].register and "Register of Directors’ Disclosures" in auston[0].register
    spouse = [r for r in recs if r.person == "Leah Charlie" and r.nature.startswith("Spouse")]
    assert [r.category for r in spouse] == ["indirect"]
    # "No disclosure in Part A: Jessie Kassi." is no record
    assert not any(r.nature and r.nature.startswith("No disclosure") for r in recs)
