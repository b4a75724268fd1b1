"""Trackers of earlier board decisions and tables of directives closing minutes (statutory boards
of South and South-East Asia and East Africa), and a direction minuted in the passive naming an
officer by post. Variants written here (a municipal council's tracker, a river basin authority's
minutes), other labels and wording than the set's papers; the set's papers checked too."""

from pathlib import Path

import pytest
from conftest import WRITTEN_DEV23

from boardpapers.extract.actions import _tracker_date
from boardpapers.extract.minute_actions import _DIRECTION, _may_direct
from boardpapers.pipeline.process import parse_file

VARIANTS = Path(__file__).parent / "data" / "variants"


def test_council_decisions_tracker_reads_decision_column_and_numbered_date():
    actions = parse_file(str(VARIANTS / "municipal-council-decisions-implementation-tracker.pdf")).records[
        "actions"
    ]
    rows = {a.ref: a for a in actions}
    assert set(rows) == {"1", "2", "3"}
    assert rows["1"].text.startswith("Upgrade the street lighting")
    assert rows["1"].owner == "Director of Engineering"
    # "Council Decision No. and Date": "MPKS 4/2025(12) 15.05.2025"
    assert rows["1"].assigned_on == "2025-05-15"
    assert rows["2"].due == "2025-11-30"
    assert rows["1"].status == "closed" and rows["2"].status == "open"


def test_schedule_of_directives_closing_minutes():
    actions = parse_file(str(VARIANTS / "river-basin-board-minutes-schedule-of-directives.pdf")).records[
        "actions"
    ]
    table = {a.ref: a for a in actions if a.ref}
    assert set(table) == {"1", "2", "3"}
    assert table["1"].text.startswith("Publish the draft catchment")
    assert table["1"].owner == "Director of Planning"
    assert table["1"].due == "2025-06-30"
    assert table["2"].due == "Next meeting"
    assert all(a.assigned_on == "2025-05-12" for a in table.values())  # set at the meeting minuted
    passive = [a for a in actions if a.ref is None]
    assert [a.owner for a in passive] == ["Corporation Secretary"]
    assert passive[0].text.startswith("The Corporation Secretary was asked to circulate")


@pytest.mark.parametrize(
    "cell,iso",
    [("30thApril 2025", "2025-04-30"), ("1stJune 2025", "2025-06-01"), ("22ndMay 2025", "2025-05-22")],
)
def test_ordinal_run_into_month(cell, iso):
    assert _tracker_date(cell) == iso


@pytest.mark.parametrize(
    "sentence,owner",
    [
        ("The Chancellor was asked to bring an analysis to the November meeting.", "The Chancellor"),
        ("the General Manager was directed to report on the fleet.", "the General Manager"),
        ("The Superintendent was requested to present options in March.", "The Superintendent"),
    ],
)
def test_passive_direction_to_an_officer(sentence, owner):
    assert _may_direct(sentence)
    m = _DIRECTION.search(sentence)
    assert m and m.group("passive") == owner


def test_passive_direction_not_to_the_board():
    assert not _DIRECTION.search("The Board was asked to note the report.")


def test_dev23_decision_tracker_and_directives():
    sl = parse_file(str(WRITTEN_DEV23 / "n-southern-province-rpta-board-2025-08-26.pdf")).records["actions"]
    assert len(sl) == 10
    assert sl[0].assigned_on == "2025-04-29" and sl[0].status == "closed"
    tz = parse_file(str(WRITTEN_DEV23 / "n-pwani-coastal-wssa-board-2025-03-27.pdf")).records["actions"]
    assert [a.due for a in tz][:2] == ["2025-04-30", "Next meeting"]


def test_direction_inside_an_action_column_row_is_that_row():
    from conftest import WRITTEN_DEV17

    actions = parse_file(str(WRITTEN_DEV17 / "b-fenmoor-idb-2025-06-18.pdf")).records["actions"]
    said = [a for a in actions if "asked to write again" in a.text]
    assert len(said) == 1 and said[0].owner == "RJC"
