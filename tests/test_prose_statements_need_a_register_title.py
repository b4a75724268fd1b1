"""Prose read as members' statements of interests only under a register's title.

A Cabinet Office compilation of applications to a user group answers a form's questions in prose
under each applicant's name and organisation ("I have sat on 2 Geovation panels ...", "I was a
founding director of ..."). Before session 18 the prose-statements reader crashed on its
text-only page and the crash hid it; once it stopped crashing it read 100 "interests" there. A
register printed as prose has a title naming a register, statements or interests above its first
statement (`interest_statements._prose_register`); without one nothing is read."""

from __future__ import annotations

from conftest import CABINET_OFFICE, WRITTEN_DEV28, shared_path, written_doc

from boardpapers.extract.interest_statements import prose_statements
from boardpapers.pipeline.process import parse_file


def test_applications_in_prose_are_no_register() -> None:
    pdf = shared_path(*CABINET_OFFICE, "ODUG Applications August 2013 published.pdf")
    parsed = parse_file(str(pdf), ocr=False)
    assert parsed.records["interests"] == []
    assert prose_statements(parsed.document) == []


def test_titled_prose_register_still_read() -> None:
    # Kafue Flats Catchment Water Resources Board: "Part A" statements under the register's title
    records = prose_statements(
        written_doc(WRITTEN_DEV28, "dc-kafue-flats-catchment-board-interests-2025-02-28")
    )
    assert len({r.person for r in records}) >= 3
    assert all(r.register for r in records)
