"""Decisions under minute headings "MIN. <code>/<meeting>/<sequence>/<year>: TITLE" (East African
state corporations', water boards' and councils' minutes: written-dev15/16/17/23): the heading
names the decision's item. The test is a variant written here."""

from __future__ import annotations

from boardpapers.extract.decisions import Line, decisions_in
from boardpapers.extract.records import Meeting


def test_min_coded_minute_headings_name_the_decisions_item():
    # a Ugandan district service commission's minutes: "MIN. <code>/<meeting>/<sequence>/<year>:"
    meeting = Meeting(body="Commission", date="2025-04-10", title=None, location=None, page=1)
    got = decisions_in(
        [
            Line(1, t)
            for t in (
                "MIN. DSC/12/02/2025: ADOPTION OF THE AGENDA",
                "The agenda was adopted as presented.",
                "MIN. DSC/12/03/2025: APPOINTMENT OF HEAD TEACHERS NO. 4 OF 2025",
                "The Commission approved the appointment of eleven head teachers.",
                "Min. 04/12/2025: RECRUITMENT PLAN",
                "The Commission deferred the recruitment plan to its next sitting.",
            )
        ],
        meeting,
    )
    assert [(d.item_number, d.item_title) for d in got] == [
        ("DSC/12/02/2025", "ADOPTION OF THE AGENDA"),
        ("DSC/12/03/2025", "APPOINTMENT OF HEAD TEACHERS NO. 4 OF 2025"),
        ("04/12/2025", "RECRUITMENT PLAN"),
    ]
