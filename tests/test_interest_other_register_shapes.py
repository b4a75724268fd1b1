"""Registers of interests in other shapes (written-dev18 c- family): header words of other
countries' registers ("Elected member", "Member of Court", "Organization / Person", "Filed"),
NZ councils' category columns, ISO dates opening a row, and the "Declarations of Conflict of
Interest" title that marks a register's page. Variants written here, not the read files."""

from __future__ import annotations

import pytest
from table_docs import table_document

from boardpapers.extract.interest_grid import is_category_header
from boardpapers.extract.interests import INTEREST_SPEC, interests_from_tables
from boardpapers.extract.tables import _starts_dated_record
from boardpapers.table_headers import table_families


@pytest.mark.parametrize(
    "label", ["Elected member", "Elected Members", "Member of Court", "Member of the Council", "Lay member"]
)
def test_member_words_head_the_name_column(label: str) -> None:
    assert INTEREST_SPEC.fields_for([label, "Nature of interest"])[0] == "person"


def test_north_american_spelling_and_filed_date() -> None:
    fields = INTEREST_SPEC.fields_for(["Trustee", "Organization", "Nature of relationship", "Date filed"])
    assert fields == ["person", "organisation", "nature", "declared_on"]


@pytest.mark.parametrize(
    "label", ["Companies & directorships", "Trusts and incorporated societies", "Other organisations"]
)
def test_nz_council_category_columns(label: str) -> None:
    assert is_category_header(label)


def test_other_words_are_no_category_column() -> None:
    assert not is_category_header("Other business")
    assert not is_category_header("Company name")


def test_iso_date_opens_a_dated_row() -> None:
    assert _starts_dated_record([2], ["A", "B", "2024-03-01"], ["", "C", "2024-04-02"])


def test_conflict_of_interest_declarations_title_marks_the_page() -> None:
    text = (
        "Schedule B - Annual Declarations of Conflicts of Interest\n"
        "Trustee Organization Nature of relationship Date filed\n"
    )
    assert "interests" in table_families(text)


def test_appendix_register_name_on_first_row_only() -> None:
    text = "Appendix 2 - Annual Declarations of Conflict of Interest 2024\nTrustee Organization Relationship Filed"
    rows = [
        ["Trustee", "Organization", "Nature of relationship", "Date filed"],
        ["Jean Tremblay", "Lakeshore Credit Union", "Board member (unpaid)", "2024-10-02"],
        [None, "Tremblay Holdings Inc.", "Owner", "2024-10-02"],
        ["Mary Whitecloud", "Northern Ontario School of Medicine", "Preceptor (paid)", "2024-10-04"],
    ]
    got = interests_from_tables(table_document([(text, [rows])]))
    assert [(i.person, i.organisation, i.declared_on) for i in got] == [
        ("Jean Tremblay", "Lakeshore Credit Union", "2024-10-02"),
        ("Jean Tremblay", "Tremblay Holdings Inc.", "2024-10-02"),
        ("Mary Whitecloud", "Northern Ontario School of Medicine", "2024-10-04"),
    ]
