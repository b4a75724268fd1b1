"""A council's closing "Pending items / Follow-Up" list of what it asked staff for (US city and
county councils: "# | Item | Requested by | Department | Target date"): read as an action table,
the department its owner, the date in "Requested by (m/d/yy)" when it was asked, else the
meeting's date. Variant written here (a county commission, other labels), not a set's paper."""

from pathlib import Path

from boardpapers.pipeline.process import parse_file

VARIANT = Path(__file__).parent / "data" / "variants" / "county-commission-follow-up-items-actions.pdf"


def test_follow_up_items_table_reads_as_actions():
    actions = parse_file(str(VARIANT)).records["actions"]
    rows = {a.ref: a for a in actions if a.ref}
    assert set(rows) == {"1", "2", "3"}
    assert rows["1"].owner == "Road Department"
    assert rows["1"].assigned_on == "2026-04-14"  # undated request: made at this meeting
    assert rows["2"].assigned_on == "2026-03-10"  # "Board (3/10/26)", month first
    assert rows["2"].due == "2026-05-12"
    assert rows["3"].assigned_on == "2026-02-24"
    assert rows["3"].text.startswith("Options for extending library")
