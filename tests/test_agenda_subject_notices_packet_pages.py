"""Agenda items of session 19's development set (written-dev32): a notice of meeting in letter
form listing its business as "Subject No. N – ..." with the proposing department in brackets
below (Indian municipal councils), and a US special district's agenda whose wrapped sub-item
titles end with a bare "pg. N" packet page at the right margin."""

from __future__ import annotations

from conftest import WRITTEN_DEV32, written_doc

from boardpapers.extract.agenda import extract_agenda


def test_subject_numbered_notice_with_bracketed_departments():
    items = extract_agenda(written_doc(WRITTEN_DEV32, "ei-ambegaon-municipal-council-gb-notice-2025-09-12"))
    assert [it.number for it in items] == [str(n) for n in range(1, 11)]  # not the copy-to list
    by_number = {it.number: it for it in items}
    assert by_number["1"].title == (
        "To read and confirm the proceedings of the Ordinary General Meeting held on 14/08/2025."
    )
    assert by_number["1"].lead is None
    assert by_number["2"].lead == "Accounts Department"
    assert by_number["3"].lead == "Public Works Department"
    assert by_number["3"].title.endswith("estimated cost Rs. 48,62,400/-.")  # not the note below
    assert by_number["6"].lead == "Market Department"
    assert by_number["7"].lead.startswith("Proposal received from")
    assert by_number["10"].title == "Any other subject with the permission of the Hon’ble President."


def test_bare_packet_page_after_a_wrapped_title_and_supervisor_presenter():
    items = extract_agenda(written_doc(WRITTEN_DEV32, "ei-coyote-slough-mvcd-agenda-2025-10-14"))
    by_number = {it.number: it for it in items}
    assert len(items) == 26
    d = by_number["5d"]
    assert d.title == (
        "Resolution No. 2025-11 Declaring Vehicle No. 27 (2014 Ford F-150) Surplus Property and "
        "Authorizing its Disposal"
    )
    assert d.pages == "22"
    assert by_number["6a"].lead == "Amber Reyes, Laboratory Director"
    assert by_number["6a"].pages == "28"
    assert by_number["6b"].title == "Invasive Aedes aegypti Detections in Rio Verde: Response Summary"
    assert by_number["6b"].lead == "Tomas Beltrán, Operations Supervisor"
    assert by_number["7a"].pages == "37"
    assert by_number["7a"].title.endswith("in an Amount Not to Exceed $684,000")


def test_bracketed_letters_numbered_as_printed_and_letter_close_ends_the_list():
    items = extract_agenda(written_doc(WRITTEN_DEV32, "ej-ngwempisi-pension-fund-trustees-notice-2025-06-12"))
    numbers = [it.number for it in items]
    assert numbers[:9] == ["1", "2", "3", "4", "5", "5(a)", "5(b)", "5(c)", "6"]
    assert "9(b)" in numbers
    assert numbers[-1] == "13"  # not the signatory's office under "Yours faithfully,"
    assert items[-1].title == "Date of Next Meeting and Closure"
    assert all(it.number for it in items)


def test_keyed_agenda_in_minutes_runs_over_the_running_footer():
    items = extract_agenda(written_doc(WRITTEN_DEV32, "ej-belize-arts-culture-council-minutes-2025-06-12"))
    assert [it.number for it in items] == [str(n) for n in range(1, 13)]
    assert items[-2].title == "Any Other Business"
    assert items[-1].title == "Adjournment"
    assert items[-1].page == 2
