"""Decisions minuted in shapes other bodies use too (decisions.py), each on a variant written here:

* "RESOLVED" in capitals mid-paragraph after the sentence that sets the item out, two in one
  paragraph (Welsh and English town and community councils);
* a sub-item's run-in title, "6.2 Cleaning contract. The Board ...", and a title opening with a
  dashed financial year, "6.1 2025-2026 Operating Budget" (NZ school boards, Irish charities,
  Ontario hospital boards);
* the mover's name at a line's end, "moved, seconded by ..." opening the next (US districts);
* "lost-time injury" is no motion lost;
* "The minute of the meeting ... held on <date> was" / "approved ..." is no minutes heading.
The read files of written-dev18 are checked too."""

from __future__ import annotations

from conftest import WRITTEN_DEV18, written_doc

from boardpapers.extract.decisions import Line, decisions_in, extract_decisions
from boardpapers.extract.meetings import _minuted_sentence
from boardpapers.extract.records import Meeting

MEETING = Meeting(
    body="Community Council", date="2025-06-02", title=None, location=None, page=1, kind="minutes"
)


def _decisions(*texts: str) -> list[tuple[str | None, str, str]]:
    return [(d.item_number, d.outcome, d.text) for d in decisions_in([Line(1, t) for t in texts], MEETING)]


def test_capitals_resolutions_run_on_in_a_paragraph():
    got = _decisions(
        "112 Planning applications",
        "P/25/0101 – Porch, 3 Heol Fach. RESOLVED to raise no objection to the",
        "application.",
        "P/25/0107 – Two dwellings, Cae Mawr. RESOLVED to object on highway",
        "grounds.",
        "113 Accounts",
        "The Clerk presented the year-end accounts. RESOLVED that the accounts be approved and signed",
        "by the Chair. RESOLVED that the internal auditor be reappointed for",
        "2025/26.",
    )
    assert [(n, o) for n, o, _ in got] == [("112", "resolved")] * 2 + [("113", "resolved")] * 2
    assert got[1][2] == "RESOLVED to object on highway grounds."
    assert got[3][2] == "RESOLVED that the internal auditor be reappointed for 2025/26."


def test_run_in_sub_item_titles():
    lines = [
        Line(1, "4. Property"),
        Line(1, "4.1 2025-2026 Capital Plan"),
        Line(1, "The Board approved the capital plan."),
        Line(1, "4.2 Grounds contract. Three tenders were received and evaluated."),
        Line(1, "The Board approved the award of the grounds contract to Green Edge Ltd."),
        Line(1, "4.3 Wendy Ashe joined the meeting to present. She took questions from members."),
        Line(1, "4.4 Tom Reid left. The discussion is recorded in a confidential minute."),
        Line(1, "The Board noted the report."),
    ]
    got = [(d.item_number, d.item_title) for d in decisions_in(lines, MEETING)]
    assert got == [
        ("4.1", "2025-2026 Capital Plan"),
        ("4.2", "Grounds contract"),
        ("4.2", "Grounds contract"),  # a numbered paragraph is no sub-item's title
    ]


def test_mover_named_at_the_line_end():
    got = _decisions(
        "VI. NEW BUSINESS",
        "B. Pump station telemetry. Staff presented three quotations. Trustee Amundsen",
        "moved, seconded by Trustee Kaur, to approve the quotation of Delta Controls in an amount",
        "not to exceed $48,200.00. Roll call vote: Ayes: 4. Nays: 0. Motion carried.",
    )
    assert len(got) == 1
    assert got[0][2].startswith("Trustee Amundsen moved, seconded by Trustee Kaur, to approve")


def test_a_compound_word_is_no_outcome():
    got = _decisions(
        "5. Safety",
        "One lost-time injury was reported in March. The Board noted the safety report.",
    )
    assert [o for _, o, _ in got] == ["noted"]


def test_a_minutes_sentence_wrapped_after_its_auxiliary():
    assert _minuted_sentence("The minute of the meeting of the Board held on 4 March 2025 was")
    assert _minuted_sentence("The minutes of the meeting held on 12 May were")
    assert not _minuted_sentence("Minute of the Meeting of the Integration Joint Board")


def test_written_dev18_read_files():
    town = extract_decisions(written_doc(WRITTEN_DEV18, "e-llanfair-dyffryn-town-council-2025-05-12"))
    assert sum(d.item_number == "25/047" for d in town) == 4
    ijb = extract_decisions(written_doc(WRITTEN_DEV18, "e-glen-dorran-ijb-2025-06-18"))
    assert {d.meeting_date for d in ijb} == {"2025-06-18"}
    assert any(d.item_number == "3" and d.outcome == "approved" for d in ijb)
    school = extract_decisions(written_doc(WRITTEN_DEV18, "d-te-awa-kowhai-school-board-2026-11-10"))
    assert [d.item_number for d in school if d.item_number.startswith("6")] == ["6.1", "6.2", "6.3"]
