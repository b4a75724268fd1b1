"""Board papers for one agenda item, whose numbered paragraphs or recommendation limbs are not an
agenda (written-dev23's Sri Lankan board paper and NSW committee report; variants written for the
two header forms):

- a paper headed "Agenda Item No. 07: <title>" with no other "Agenda item" line on its page;
- a report whose heading is followed by labelled fields "Responsible officer:", "Directorate:",
  "File reference:" (NSW and Victorian councils' committee reports)."""

from __future__ import annotations

from conftest import text_doc

from boardpapers.extract.agenda import extract_agenda


def test_one_item_paper_variant():
    doc = text_doc(
        "HARBOUR PILOTAGE AUTHORITY OF THE NORTHERN PROVINCE\n"
        "45th MEETING OF THE SUPERVISORY BOARD – 3.02.2026\n"
        "Agenda Item No. 07: Status of Pilot Boat Procurement\n"
        "1. The Board at its 41st meeting approved the procurement of two pilot boats.\n"
        "2. The supplier has delivered the first hull for inspection at the yard.\n"
        "3. The Board is requested to note the status of the procurement.\n"
    )
    assert extract_agenda(doc) == []


def test_agenda_printing_items_as_agenda_item_lines_is_read():
    """An agenda that prints every item so is still an agenda."""
    doc = text_doc(
        "HARBOUR PILOTAGE AUTHORITY\n"
        "AGENDA – 45th MEETING OF THE SUPERVISORY BOARD\n"
        "Agenda Item 1: Opening and Apologies\n"
        "Agenda Item 2: Confirmation of Minutes\n"
        "Agenda Item 3: Status of Pilot Boat Procurement\n"
    )
    from boardpapers.extract.agenda import report_cover_sheet

    assert not report_cover_sheet(doc)


def test_report_fields_variant():
    doc = text_doc(
        "KOORINGAL SHIRE COUNCIL\n"
        "AUDIT AND RISK COMMITTEE MEETING – TUESDAY 9 SEPTEMBER 2025\n"
        "Item 6.3        Internal Audit Plan 2025/26\n"
        "Responsible officer:     Hamish Teoh, Chief Audit Executive\n"
        "Directorate:             Corporate Performance\n"
        "File reference:          ARC/25/31\n"
        "RECOMMENDATION\n"
        "That the Audit and Risk Committee:\n"
        "1. Endorses the Internal Audit Plan 2025/26 for adoption by Council.\n"
        "2. Notes the carry-over of the payroll review to the second quarter.\n"
    )
    assert extract_agenda(doc) == []
