"""A date on a line of its own under a minutes heading ("MEETING NOTES" / "11 DECEMBER 2020") is
the meeting's date, not minute 11: the numbered minutes that follow (28., 30., 31.) keep their
own numbers. Family: council minutes that print the meeting's date as a line under the title
(the Hartlepool working group's notes in the sample pack; expected numbers read from pages 9-11
of the PDF)."""

from __future__ import annotations

from conftest import PACK_HARTLEPOOL

from boardpapers.extract import extract_all


def test_date_line_under_the_title_is_not_a_minute_number(load_doc):
    decisions = extract_all(load_doc(PACK_HARTLEPOOL))["decisions"]
    december = [(d.page, d.item_number, d.item_title) for d in decisions if d.meeting_date == "2020-12-11"]
    assert december == [
        (9, "30", "Notes of the Meeting held on 20 November 2020"),
        (10, "31", "Coronavirus in Hartlepool - Data Update - Presentation (Director of Public Health)"),
        (
            10,
            "32",
            "Covid-19 Community Champions - Presentation (Director of Adult and Community Based Services)",
        ),
        (
            11,
            "33",
            "Support Hub and support for the CEV Population – Update (Director of Adult and Community Based Services)",
        ),
    ]
