"""Two families read in written-dev23, tested on variants written for them:

- a board paper headed by its meeting with a day-first dotted date, "45th MEETING OF THE
  SUPERVISORY BOARD – 3.02.2026" (Sri Lankan, South Asian and continental European boards'
  papers): the paper's own meeting;
- East African councils' and boards' minutes whose resolutions are listed under a label and the
  body, "Resolutions: The Board:" over "i. approved ...; ii. in Application No. X, deferred ...",
  a limb opening with the case it decides before its verb; an advocate's title "Adv." inside a
  sentence does not end it."""

from __future__ import annotations

from conftest import WRITTEN_DEV23, text_doc

from boardpapers.extract.decision_lists import decision_list
from boardpapers.extract.decisions import extract_decisions
from boardpapers.extract.meetings import extract_meetings


def test_dotted_date_in_meeting_heading_variant():
    doc = text_doc(
        "Board Paper No. HPA/BP/45/07\n"
        "HARBOUR PILOTAGE AUTHORITY OF THE NORTHERN PROVINCE\n"
        "45th MEETING OF THE SUPERVISORY BOARD – 3.02.2026\n"
        "Agenda Item No. 07: Status of Pilot Boat Procurement\n"
        "1. The Board is requested to note the status of the procurement as at 20.01.2026.\n"
    )
    meetings = extract_meetings(doc)
    assert [m.date for m in meetings] == ["2026-02-03"]


def test_dotted_date_not_read_without_a_meeting():
    """A dotted date on a line that names no meeting is not a meeting's date."""
    doc = text_doc("HARBOUR PILOTAGE AUTHORITY\nStatement of pilot boat hours as at 3.02.2026\n")
    assert extract_meetings(doc) == []


def test_labelled_body_lead_and_case_limbs_variant():
    texts = [
        "Resolutions: The Board:",
        "i. approved the renewal of the operating licence of Kivuko Ferries Ltd for three years;",
        "ii. in Application No. LB/APP/14/2025, deferred the decision pending a site inspection;",
        "iii. in respect of the Mwambao jetty, resolved that the tender be re-advertised.",
        "MIN. LB/12/08/2025: ANY OTHER BUSINESS",
    ]
    items, last = decision_list(texts, 0)
    assert [(x.outcome, x.text[:30]) for x in items] == [
        ("approved", "approved the renewal of the op"),
        ("deferred", "in Application No. LB/APP/14/2"),
        ("resolved", "in respect of the Mwambao jett"),
    ]
    assert last == 3


def test_unlabelled_case_phrase_is_no_limb():
    """Without a mark, a sentence opening "In Case No. ..." is no item of a list."""
    texts = ["The Board:", "In Case No. 4/2025, the respondent appeared in person."]
    assert decision_list(texts, 0) is None


def test_tanzanian_council_resolutions(load_doc):
    doc = load_doc(WRITTEN_DEV23 / "m-tcrt-council-2025-06-19.pdf")
    texts = [d.text for d in extract_decisions(doc)]
    assert any(t.startswith("received and noted the Report of the Registrar") for t in texts)
    assert any(t.startswith("in Case No. TCRT/EDC/02/2025, resolved") for t in texts)
    assert any("proposed by Adv. Godfrey P. Massawe" in t for t in texts)
