"""Decisions in minutes laid out in ways other bodies share (written-dev16, session 13 round 2):
two-column minutes and minutes set as a table Item | Discussion | Action, whose headings stack a
minute's number and title a word or two a line in the left column; records of decisions as a table
Item | Application | Decision (planning committees); resolutions among numbered paragraphs
("25/043.2 RESOLVED: that ..."); a page number between dashes inside a resolution's list; the
outcome of an Ontario council's by-law readings and of a resolution with an aside. Each on a
variant written for the family, and on the read file."""

from __future__ import annotations

from pathlib import Path

from conftest import WRITTEN_DEV16, written_doc

from boardpapers.extract.decision_grammar import resolution_outcome
from boardpapers.extract.decisions import Line, decisions_in, extract_decisions
from boardpapers.extract.records import Meeting

VARIANTS = Path(__file__).parent / "data" / "variants"
BOARD = Meeting(body="Harbour Board", date="2025-04-09", title=None, location=None, page=1)


def test_variant_two_column_minutes_stacked_heads(load_doc):
    """A Scottish council sub-committee's two-column minute: "2." / "OUTSTANDING" / "ACTION LOG"
    is a minute's heading (not an action log ending the minutes), "3." / "SCHOOL" / "TRANSPORT" /
    "POLICY" heads the lettered limbs under "The Sub-Committee agreed:"."""
    got = extract_decisions(load_doc(VARIANTS / "council-committee-two-column-stacked-heads.pdf"))
    assert [(d.item_number, d.item_title) for d in got] == [
        ("2", "OUTSTANDING ACTION LOG"),
        ("3", "SCHOOL TRANSPORT POLICY"),
        ("3", "SCHOOL TRANSPORT POLICY"),
        ("3", "SCHOOL TRANSPORT POLICY"),
        ("4", "ATTAINMENT REPORT 2024/25"),
    ]
    assert got[2].text.startswith("to approve the revised school transport policy")


def test_stacked_heads_in_mixed_case_table_minutes():
    """Minutes as a table: the coded number alone, its title wrapped in mixed case in the Item
    cell; a number closing a wrapped sentence ("... raised at" / "AB 25/010.") heads nothing."""
    text = """AB 25/011
Action log and
matters arising
The Board reviewed the action log, including the item raised at
AB 25/010.
The Board NOTED the action log.
AB 25/012
Quarterly
finance report
The Board APPROVED the revised forecast."""
    lines = [Line(1, t) for t in text.splitlines()]
    from boardpapers.extract.decisions import _join_stacked_heads

    joined = [ln.text for ln in _join_stacked_heads(lines)]
    assert joined[0] == "AB 25/011. Action log and matters arising"
    assert "AB 25/010." in joined
    assert joined[-2] == "AB 25/012. Quarterly finance report"


def test_read_file_two_column_and_table_minutes():
    got = extract_decisions(written_doc(WRITTEN_DEV16, "f-glenmorven-ijb-apc-2025-05-27"))
    assert len(got) == 11 and got[-1].item_number == "8"
    got = extract_decisions(written_doc(WRITTEN_DEV16, "f-wyvern-coast-chs-qsc-2025-06-18"))
    assert "QSC 25/064" in {d.item_number for d in got}
    assert "QSC 25/069" in {d.item_number for d in got}


def test_variant_planning_record_of_decisions_table(load_doc):
    """ "Item | Application | Decision": the item's number, the application as its title, the
    verdict ("Refused ...") as the outcome, a bare "Noted" kept."""
    got = extract_decisions(load_doc(VARIANTS / "licensing-committee-record-of-decisions-table.pdf"))
    assert [(d.item_number, d.outcome) for d in got] == [
        ("5", "approved"),
        ("6", "rejected"),
        ("7", "confirmed"),
        ("8", "noted"),
    ]
    assert got[1].item_title == "HB/25/0530 – Erection of nine dwellings, land off Kiln Lane"


def test_read_file_planning_committee_record_table():
    got = extract_decisions(written_doc(WRITTEN_DEV16, "c-gwent-uplands-npa-2025-07-23"))
    assert [d.outcome for d in got] == ["approved", "rejected", "deferred", "agreed", "noted"]


def test_resolved_after_a_paragraph_number():
    text = """24/012 CAPITAL PROGRAMME
24/012.1 The Director presented the capital programme.
24/012.2 RESOLVED: that the capital programme be approved.
24/013 ANY OTHER BUSINESS"""
    lines = [Line(1, t, heading=i in (0, 3)) for i, t in enumerate(text.splitlines())]
    got = decisions_in(lines, BOARD)
    assert [(d.item_number, d.text) for d in got] == [
        ("24/012", "RESOLVED: that the capital programme be approved.")
    ]
    got = extract_decisions(written_doc(WRITTEN_DEV16, "f-bailiwick-harbours-board-2025-04-09"))
    assert {"25/043", "25/044", "25/045"} <= {d.item_number for d in got}


def test_dashed_page_number_inside_a_resolution_list():
    """ "RESOLVED – That" at a page's foot, "- 2 -" under it, the lettered parts on the next page."""
    got = extract_decisions(written_doc(WRITTEN_DEV16, "b-north-wealdbury-dc-cabinet-2025-07-09"))
    parts = [d.text for d in got if d.item_number == "25/048"]
    assert len(parts) == 3 and parts[0].startswith("the report of the Overview")
    assert not any("- 1 -" in d.text for d in got)


def test_bylaw_readings_and_an_aside_before_the_verb():
    assert (
        resolution_outcome(
            "THAT By-law 2025-40, being a By-law to authorize a lease, be read a first, second and "
            "third time and finally passed."
        )
        == "approved"
    )
    assert resolution_outcome("That Bylaw No. 1187 be enacted.") == "approved"
    assert resolution_outcome("THAT Council, acting as the Board of Health, approve the levy.") == "approved"


def test_heading_skips_sections_without_business():
    """ "9. REPORTS – PLANNING" set as a heading after "5.1 ...": sections 6-8 had no business."""
    text = """5. MAYORAL MINUTE
5.1 River water recovery – advocacy
That Council write to the Minister.
9. REPORTS – PLANNING AND DEVELOPMENT
9.1 Draft Housing Strategy – public exhibition
RESOLVED: that the draft strategy be placed on public exhibition."""
    lines = [Line(1, t, heading=i in (0, 1, 3, 4)) for i, t in enumerate(text.splitlines())]
    got = decisions_in(lines, BOARD)
    assert got[-1].item_number == "9.1"
