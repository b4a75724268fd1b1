"""Agendas, meetings and attendance of the layout families in benchmarks/written (in the repo, so
these never skip). Expected values read from the PDFs."""

from __future__ import annotations

from conftest import WRITTEN, WRITTEN_HELDOUT, written_doc

from boardpapers.extract.agenda import extract_agenda
from boardpapers.extract.attendance import extract_attendance
from boardpapers.extract.meetings import boilerplate, extract_meetings
from boardpapers.model import Document


def _doc(stem: str) -> Document:
    return written_doc(WRITTEN, stem)


def _agenda(stem: str):
    doc = _doc(stem)
    return extract_agenda(doc, boilerplate(doc))


def test_icb_agenda_table_with_purpose_and_presenter_columns():
    """No. | Item | Purpose | Presenter | Paper | Time, glyph-by-glyph text layer, section rows in
    capitals, "Comfort break" and "Close" rows with a time and no number."""
    stem = "wolds-vale-icb-board-agenda-2024-05"
    (m,) = extract_meetings(_doc(stem))
    assert (m.date, m.title) == ("2024-05-15", "Meeting of the Board held in public")
    assert "Integrated Care Board" in m.body
    items = {it.number: it for it in _agenda(stem)}
    subs = [n for n in items if "." in n]
    assert len(subs) == 21 and subs[0] == "1.1" and subs[-1] == "6.3"
    two_four = items["2.4"]
    assert two_four.purpose == "Approve" and two_four.time == "11:25"
    assert two_four.lead == "Chief Finance Officer / Director of Strategy and Transformation"
    assert items["3.2"].time == "12:00" and "Comfort break" not in items["3.2"].title
    assert items["6.3"].time is None and items["6.3"].title.endswith("Integrated Care Partnership")
    assert items["5.2"].purpose == "Approve" and items["5.2"].lead == "Director of Corporate Affairs"


def test_icb_text_agenda_with_times_left_and_purpose_lead_lines():
    """ "13:30 1.  Title (Pages 9 - 10)" / "For approval – Chair" (the agenda on page 2)."""
    items = _agenda("brackenridge-lowmoor-icb-board-pack-2024-07")
    assert [it.number for it in items] == [str(n) for n in range(1, 12)]
    one, two, six = items[0], items[1], items[5]
    assert (one.title, one.lead, one.time) == (
        "Welcome, introductions and apologies for absence",
        "Chair",
        "13:30",
    )
    assert two.pages == "9-10" and two.lead == "Chair" and two.purpose.startswith("To declare any interest")
    assert six.purpose == "For approval" and six.pages == "7-8"
    assert six.lead == "Arjun Bhatt, Director of Primary Care and Community Commissioning"


def test_university_council_agenda_table_with_indented_and_starred_numbers():
    stem = "university-of-brackenridge-council-agenda-minutes-2025-03"
    items = _agenda(stem)
    numbers = [it.number for it in items]
    assert numbers[:7] == ["1", "2", "3", "4", "5", "5.1", "5.2"]
    assert "9.1" in numbers and "12" in numbers and numbers[-1] == "19" and len(items) == 22
    five_one = items[5]
    assert (five_one.title, five_one.lead, five_one.purpose) == (
        "Voluntary Severance Scheme 2025",
        "Chief People Officer",
        "For approval",
    )
    # the agenda convenes the meeting its minutes record: one meeting, on the date it is held
    (m,) = extract_meetings(_doc(stem))
    assert m.date == "2025-03-26" and m.body.endswith("Council")


def test_report_cover_sheet_has_meeting_and_no_agenda():
    stem = "harrowfield-teaching-hospitals-nhsft-baf-2024-09"
    (m,) = extract_meetings(_doc(stem))
    assert (m.body, m.date) == ("Board of Directors", "2024-09-26")
    assert _agenda(stem) == []


def test_meeting_named_in_running_header_or_footer():
    (fra,) = extract_meetings(_doc("ashcombe-tarrow-fra-strategic-risk-register-2025-02"))
    assert (fra.body, fra.date) == ("Audit and Governance Committee", "2025-02-12")
    (log,) = extract_meetings(_doc("eastholme-marsh-nhs-trust-board-action-log-2024-05"))
    assert log.date == "2024-05-02" and log.body.startswith("Eastholme and Marsh Community Health NHS Trust")


def test_trust_committee_minutes_carry_the_trust():
    (board,) = extract_meetings(_doc("harrowfield-th-nhsft-board-minutes-2024-03"))
    assert board.body == "Harrowfield Teaching Hospitals NHS Foundation Trust Board of Directors"
    (quality,) = extract_meetings(_doc("ashdown-vale-mhft-quality-committee-minutes-2024-11"))
    assert quality.body == "Ashdown Vale Partnership NHS Foundation Trust Quality Committee"


def test_attendance_table_with_initials_and_status_column():
    doc = _doc("linthwaite-ridge-learning-trust-trustees-minutes-2024-12")
    rows = extract_attendance(doc, extract_meetings(doc))
    by_name = {a.name: a for a in rows}
    assert len(rows) == 12
    assert by_name["Catriona Wheeler"].status == "present"
    assert by_name["Rhys Bannister"].status == "apologies"
    assert by_name["Martin Holroyd"].status == "in_attendance"
    assert by_name["Geoffrey Almond"].role == "Chair of Trustees"


def test_apologies_in_prose_over_lines_and_titled_name_role_lines():
    doc = _doc("ashdown-vale-mhft-quality-committee-minutes-2024-11")
    rows = extract_attendance(doc, extract_meetings(doc))
    apologies = {a.name: a.role for a in rows if a.status == "apologies"}
    assert apologies == {
        "Colette Maguire": "Medical Director",
        "Dev Patel": "Non-Executive Director",
        "Aurelia Fontaine": "Chief Executive",
    }
    present = {a.name for a in rows if a.status == "present"}
    assert {"Harriet Langstone", "Ian Sowerby"} <= present and len(present) == 5


def test_minutes_title_over_its_date_line_below_other_text(load_doc):
    # A national public body's board minutes (written-heldout set, read after it was scored): the
    # page's text opens with a column of paragraph numbers, so the title is not among the first
    # lines of text; the weekday date on the line under it marks it as the heading (page 1).
    from boardpapers.extract import extract_all

    path = WRITTEN_HELDOUT / "nbhc-board-minutes-2024-11.pdf"
    meetings = extract_all(load_doc(path))["meetings"]
    assert [(m.date, m.page) for m in meetings] == [("2024-11-21", 1)]
    assert "Board of Commissioners" in meetings[0].body
