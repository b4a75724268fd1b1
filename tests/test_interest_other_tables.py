"""Rows other readers find beside the members' tables (a staff table under members' cards) are kept
only for persons the members' tables do not name, matched on whole words."""

from boardpapers.extract.interests import _other_tables
from boardpapers.extract.records import Interest


def _row(person: str | None, organisation: str, nature: str = "Director") -> Interest:
    return Interest(person, None, None, organisation, nature, "pecuniary", None, 1)


def test_a_name_inside_another_name_is_another_person():
    members = [_row("Ann Lee", "Harbour Trust")]
    staff = [_row("Joann Leeds", "Leeds Consulting Ltd")]
    assert _other_tables(staff, members) == staff


def test_a_member_read_with_a_post_after_the_name_is_left_to_the_tables():
    members = [_row("Ann Lee", "Harbour Trust")]
    found = [_row("Ann Lee Deputy Chair", "Harbour Trust Board", "Trustee")]
    assert _other_tables(found, members) == []


def test_a_members_row_with_no_person_names_no_one():
    members = [_row(None, "Harbour Trust"), _row("Ann Lee", "Harbour Trust")]
    staff = [_row("Rawiri Paki", "Paki Whanau Trust")]
    assert _other_tables(staff, members) == staff


def test_an_entry_the_tables_hold_is_not_read_twice():
    members = [_row("Ann Lee", "Harbour Trust")]
    found = [_row("A. Lee", "Harbour Trust")]
    assert _other_tables(found, members) == []
