"""Agenda layouts read in written-dev14, tested on variants written for them (tests/data/variants,
rendered with benchmarks/synthetic/render.py) and on the read files:

- an agenda table whose time column comes first ("Time | No. | Subject | Presenter | Purpose |
  Attachment"), its header letter-spaced, 24-hour times without a separator ("1830"), section
  rows, a motion or a description under a title, an unnumbered timed row with a presenter, a
  break, a note line under the table;
- an unnumbered agenda at the head of minutes, the presenter's column first, section bands at
  the title's margin and a paper's reference at the right;
- a summons letter on page 1 with the agenda on page 2: "(Pages x - y)" at the right of a short
  title, the purpose sentence under it, "Report of ..." then "Purpose: ..." lines."""

from __future__ import annotations

from pathlib import Path

from conftest import WRITTEN_DEV14

from boardpapers.extract import extract_all
from boardpapers.extract.agenda import extract_agenda

VARIANTS = Path(__file__).parent / "data" / "variants"


def test_time_first_table_with_letter_spaced_header_variant(load_doc):
    items = extract_agenda(load_doc(VARIANTS / "school-board-time-first-agenda-table.pdf"))
    # an unnumbered timed row with a presenter is an item; the break (no presenter) is not
    assert [it.number for it in items] == [
        "1.0",
        "1.1",
        "1.2",
        "2.0",
        "2.1",
        "3.0",
        "3.1",
        "3.2",
        None,
        "4.0",
    ]
    assert (items[8].title, items[8].time) == ("Trustee Reports and Announcements", "2005")
    by = {it.number: it for it in items}
    assert by["1.0"].time == "1830" and by["4.0"].time == "2025"
    # the motion and the description under a title are not the title
    assert by["1.2"].title == "Approval of the Agenda"
    assert by["2.1"].title == "Indigenous Education Annual Update"
    # "PRESENTATION" in the title column is the item, not a paper's note
    assert by["2.0"].title == "PRESENTATION"
    assert (by["1.2"].lead, by["1.2"].purpose) == ("Chair Okafor", "Decision")
    # the note under the table is not part of the last row
    assert by["4.0"].lead == "Chair Okafor"


def test_presenter_first_unnumbered_agenda_at_head_of_minutes_variant(load_doc):
    doc = load_doc(VARIANTS / "college-governors-minutes-presenter-first-agenda.pdf")
    items = extract_all(doc)["agenda_items"]
    assert [(it.title, it.lead) for it in items] == [
        ("Apologies and welcome", "Chair"),
        ("Minutes of the meeting of 10 December 2025", "Chair"),
        ("Action log and matters arising", "Board Secretary"),
        ("Curriculum Plan 2026/27 and the regional outcome agreement with the funding council", "Principal"),
        ("Financial Forecast Return", "Vice Principal (Finance)"),
        ("Estates Strategy Progress Report", None),  # starred: "*" in the presenter column
        ("Any other competent business", "Chair"),
    ]
    assert all(it.number is None for it in items)


def test_summons_letter_then_agenda_with_report_of_and_purpose_variant(load_doc):
    items = extract_all(load_doc(VARIANTS / "district-council-summons-report-of-purpose.pdf"))["agenda_items"]
    assert [(it.number, it.title) for it in items] == [
        ("1", "Apologies"),
        ("2", "Minutes"),
        ("3", "Local Plan Review – Preferred Options"),
        ("4", "Conservation Area Appraisals"),
    ]
    assert items[1].pages == "3-6"
    assert items[1].purpose.startswith("To approve the minutes")
    assert items[2].lead == "Head of Planning"
    assert items[2].purpose == "To agree the preferred options document for public consultation."


def test_read_files_of_the_agenda_family(load_doc):
    def agenda(stem):
        return extract_all(load_doc(WRITTEN_DEV14 / f"{stem}.pdf"))["agenda_items"]

    nhs = agenda("d-brackenmoor-nhs-ft-board-2025-06-05")
    assert [it.number for it in nhs][:8] == [str(k) for k in range(1, 9)]
    assert len(nhs) == 27 and nhs[-1].time == "13:15"  # 23 items and four sub-items
    hospital = agenda("d-tamarack-bay-health-centre-board-2025-04-24")
    assert len(hospital) == 26 and hospital[0].time == "1700"
    court = agenda("d-glenmorven-university-court-2025-06-23")
    assert len(court) == 16 and court[3].lead == "Clerk to Court"
    cabinet = agenda("d-wexcombe-dc-cabinet-2025-09-17")
    assert [it.number for it in cabinet] == [str(k) for k in range(1, 15)]
