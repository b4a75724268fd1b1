"""Superscript ordinal suffixes ("18<sup>th</sup> March") in Word exports: PDFium starts a new
line at the raised baseline, and the page text is joined back so dates, titles and seconders
read as printed. Expected values read from the PDFs (pdftotext shows the same split)."""

from __future__ import annotations

from conftest import CABINET_OFFICE, PARISH, shared_path

from boardpapers.reading.pdf_reader import clean_text, read_document


def test_suffix_opening_a_line_after_a_number_is_joined_and_nothing_else() -> None:
    text = clean_text("held on 18\r\nth March 2014\r\nProposed: CR 2\r\nnd: KD\r\nItem 4\r\nthe Board noted")
    assert text == "held on 18th March 2014\nProposed: CR 2nd: KD\nItem 4\nthe Board noted"


def test_parish_payments_list_reads_its_dates() -> None:
    # page 2 lists payments dated "9th May 2012" and "1st June 2012" with raised suffixes
    doc = read_document(str(shared_path(*PARISH, "minutes_2012-06-28 SPC minutes.pdf")))
    page = doc.pages[1].text
    assert page.count("9th May 2012") == 3
    assert "1st June 2012 S Reilly" in page
    assert "\nth May" not in page


def test_board_agenda_title_keeps_its_meeting_number(records) -> None:
    # "TRANSPARENCY BOARD / 2nd Meeting / 15 September 2010 / 16:00 - 17:30"
    recs = records(*CABINET_OFFICE, "TB(2) - Transparency Board agenda  2010-09-15.pdf")
    (meeting,) = recs["meetings"]
    assert (meeting.title, meeting.date, meeting.start_time) == ("2nd Meeting", "2010-09-15", "16:00")
