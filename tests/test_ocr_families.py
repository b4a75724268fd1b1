"""Minutes read by OCR: Tesseract's well-known misreadings corrected once in the OCR
reading (reading/ocr_fixes.py), so every extractor gets "18th March 2014" and "Cllr";
and the margin owners of actions read from OCR word boxes.

The OCR tests read one or two pages of the Horsley parish minutes, whose text layer
decodes to junk (../shared/corpus/dev/broken-text-layer); the numbers were checked by
reading the rendered pages."""

from __future__ import annotations

import shutil

import pytest
from conftest import PARISH, shared_path

from boardpapers.extract import extract_all
from boardpapers.reading import ocr
from boardpapers.reading.ocr_fixes import fix_words, ordinal
from boardpapers.reading.pdf_reader import read_document

needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract not installed")

MINUTES = ("corpus", "dev", "broken-text-layer", "horsley-parish-minutes-2014-03-18.pdf")


@pytest.mark.parametrize(
    ("words", "fixed"),
    [
        # superscript ordinals read as quotes or symbols glued to the day
        (['18"', "March", "2014"], ["18th", "March", "2014"]),
        (["Tuesday", "29”", "April"], ["Tuesday", "29th", "April"]),
        (["1*", "May"], ["1st", "May"]),
        (["22'", "Sept.", "2016"], ["22nd", "Sept.", "2016"]),
        (["3™", "of", "June"], ["3rd", "of", "June"]),
        (["March", '23",', "2016"], ["March", "23rd,", "2016"]),
        # ... or as a mark standing alone between the day and the month
        (["on", "25", "”", "February"], ["on", "25th", "", "February"]),
        # "ll" of "Cllr" read as "li", "Il", "1l"
        (["Clir", "N", "Hackett"], ["Cllr", "N", "Hackett"]),
        (["Clirs", "Howells,"], ["Cllrs", "Howells,"]),
        (["District", "CIlr.", "Carter"], ["District", "Cllr.", "Carter"]),
        (["liaison", "cIir"], ["liaison", "cllr"]),
        (["1,", "To", "receive", "apologies"], ["1.", "To", "receive", "apologies"]),
    ],
)
def test_well_known_misreadings_are_corrected(words, fixed):
    assert fix_words(words) == fixed


@pytest.mark.parametrize(
    "words",
    [
        ['12"', "screen"],  # inches, not a day
        ['45"', "March"],  # no such day
        ["18", "March", "2014"],  # already right
        ["Cllr", "Clerk", "Clear", "Cir"],  # real words and the right title
        ["‘Bell", "&", "Castle’"],
        ["items", "1,", "2", "and", "3"],  # not the head of the line
        ["12,", "000"],  # a figure
    ],
)
def test_other_words_are_left_alone(words):
    assert fix_words(words) == words


def test_ordinal_suffixes():
    assert [ordinal(d) for d in (1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 31)] == [
        "st", "nd", "rd", "th", "th", "th", "th", "st", "nd", "rd", "st",
    ]  # fmt: skip


@pytest.fixture(scope="module")
def horsley_pages_1_and_3():
    if shutil.which("tesseract") is None:
        pytest.skip("tesseract not installed")
    doc = read_document(str(shared_path(*MINUTES)), with_tables=False)
    assert ocr.ocr_document(doc, pages=[1, 3]) == 2
    return doc


@needs_tesseract
def test_ocr_minutes_meeting_and_attendance(horsley_pages_1_and_3):
    doc = horsley_pages_1_and_3
    page1 = doc.page(1).text
    # "18th March 2014" is printed with a superscript "th"; "Cllr" in bold sans
    assert "18th March 2014" in page1
    assert "Clir" not in page1 and "Present: Cllr N Hackett (Chairman)" in page1
    records = extract_all(doc)
    [meeting] = records["meetings"]
    assert (meeting.date, meeting.body) == ("2014-03-18", "Horsley Parish Council")
    people = {(a.name, a.role, a.status) for a in records["attendance"]}
    # Present: 2 with roles, then "Cllrs Howells, Mrs Kay and Ms McDonagh";
    # In Attendance: District Cllr Blackwell; Apologies: Cllr Mrs Clarke, District Cllr Carter,
    # District Cllr Mrs Sims and County Cllr Mrs Binns
    assert people == {
        ("N Hackett", "Chairman", "present"),
        ("A Caudwell", "Vice Chairman", "present"),
        ("Howells", None, "present"),
        ("Kay", None, "present"),
        ("McDonagh", None, "present"),
        ("Blackwell", "District Cllr", "in_attendance"),
        ("Clarke", None, "apologies"),
        ("Carter", "District Cllr", "apologies"),
        ("Sims", "District Cllr", "apologies"),
        ("Binns", "County Cllr", "apologies"),
    }
    # "14/037: Minutes of the Last Meeting ..." / "... the minutes were agreed as a true record"
    first = records["decisions"][0]
    assert (first.item_number, first.page) == ("14/037", 1)
    assert "agreed as a true record" in first.text


@needs_tesseract
def test_ocr_minutes_margin_owner_at_a_tab_stop(horsley_pages_1_and_3):
    # page 3: "NH" at a right tab stop on the last line of the Residents Parking paragraph;
    # "Noted." at the same stop beside the correspondence is not an owner
    actions = [a for a in extract_all(horsley_pages_1_and_3)["actions"] if a.page == 3]
    assert [(a.owner, a.assigned_on) for a in actions] == [("NH", "2014-03-18")]
    assert actions[0].text.endswith("Cllr Hackett would pass on this information to the resident concerned.")


def test_side_by_side_blocks_read_as_rows():
    # Tesseract TSV with two blocks side by side: a column of minute numbers (block 1) and
    # the titles beside them (block 2), as its layout analysis returns them
    rows = [
        ("1", "1", "1", "1", "1", "100", "100", "120", "30", "95", "08.18.06"),
        ("1", "1", "1", "2", "1", "100", "160", "120", "30", "95", "08.18.07"),
        ("2", "1", "1", "1", "1", "400", "102", "150", "30", "95", "Finance"),
        ("2", "1", "1", "2", "1", "400", "162", "200", "30", "95", "Grasscutting"),
    ]
    tsv = "header\n" + "\n".join("\t".join(("5", *r)) for r in rows)
    text, spans, _ = ocr.parse_tsv(tsv, 72 / 300)
    assert text.splitlines() == ["08.18.06 Finance", "08.18.07 Grasscutting"]
    assert len(spans) == 4  # each word keeps its own box


@needs_tesseract
def test_outlined_agenda_page_reads_its_item_numbers():
    # Souldern agenda of 9 October 2018: every glyph drawn as a path, so the page is OCR'd. Its
    # items are numbered 1.-11. in a column left of the titles; read from the rendered page.
    doc = read_document(str(shared_path(*PARISH, "agenda_2018-10-09 Agenda.pdf")))
    ocr.ocr_document(doc)
    items = extract_all(doc)["agenda_items"]
    numbers = [i.number for i in items]
    assert [n for n in numbers if n and n.isdigit()] == [str(n) for n in range(1, 12)]
    assert items[0].title == "To receive apologies for absence"
    assert "6a" in numbers and "6b" in numbers
