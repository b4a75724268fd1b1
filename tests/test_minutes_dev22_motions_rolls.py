"""Minutes of written-dev22's five traditions, tested on variants written for them (plain-text
Documents: other bodies, other wording) and on the read files:

- a resolution in capitals under "Moved by" / "Seconded by" label lines, a recorded vote between
  it and "Carried (4 to 1)" (Ontario councils); limbs listed under "That Council:" (New Zealand);
- "The amendment was put and declared LOST." closing an amendment (NZ and Australian standing
  orders); the minutes' sign-off naming the later meeting that confirmed them is no decision;
- "FURTHER RESOLVED THAT ..." on a line of its own (Kenyan state corporations);
- "Council Regrets:" (a group's regrets), "That the apology received from Cr A be accepted", a
  student member's own ", present" under the absent trustees (US school boards);
- a superscript ordinal line with an apostrophe in it, and a heading under a plain agenda list."""

from __future__ import annotations

from conftest import WRITTEN_DEV22, text_doc, written_doc

from boardpapers.extract.agenda import extract_agenda
from boardpapers.extract.attendance import extract_attendance
from boardpapers.extract.decisions import extract_decisions


def _minutes(*body: str) -> str:
    return (
        "MINUTES OF THE REGULAR MEETING OF THE TOWNSHIP OF ELM RIDGE COUNCIL HELD ON 3 MARCH 2025\n"
        + "".join(body)
    )


def test_capital_that_under_mover_labels_with_a_recorded_vote() -> None:
    doc = text_doc(
        _minutes(
            "4. Staff Reports\n",
            "Resolution No. 25-031\n",
            "Moved by Councillor Brandt\n",
            "Seconded by Councillor Ouimet\n",
            "THAT Council award the snow plowing contract to Northline Haulage Inc.\n",
            "for a three-year term; and THAT the Clerk execute the agreement.\n",
            "Recorded Vote: In Favour Opposed\n",
            "Councillor Brandt Councillor Lasalle\n",
            "Councillor Ouimet\n",
            "Carried (2 to 1)\n",
            "5. Adjournment\n",
        )
    )
    texts = [d.text for d in extract_decisions(doc)]
    assert any(
        t.startswith("THAT Council award the snow plowing") and t.endswith("execute the agreement.")
        for t in texts
    )
    assert not any("Recorded Vote" in t or t.startswith("Moved by") for t in texts)


def test_limbs_and_an_amendment_put_and_declared_lost() -> None:
    doc = text_doc(
        _minutes(
            "6 ANNUAL REPORT\n",
            "RESOLUTION 2025/041\n",
            "Moved: Cr Ana Lowe Seconded: Cr Bo Tane\n",
            "That Council:\n",
            "a. Receives the report.\n",
            "b. Adopts the Annual Report 2024/25.\n",
            "CARRIED\n",
            "7 ROADING\n",
            "An amendment was moved by Cr Lowe and seconded by Cr Tane that the item lie on the table.\n",
            "The amendment was put and declared LOST.\n",
            "8 CLOSE\n",
            "The minutes of this meeting were confirmed at the Ordinary Council Meeting held on 2 April 2025.\n",
        )
    )
    got = extract_decisions(doc)
    texts = [d.text for d in got]
    assert any(
        t.startswith("That Council: a. Receives the report.") and "b. Adopts the Annual Report" in t
        for t in texts
    )
    lost = [d for d in got if d.text.startswith("An amendment was moved")]
    assert len(lost) == 1 and lost[0].text.endswith("declared LOST.")
    assert not any("were confirmed at the Ordinary" in t for t in texts)


def test_further_resolved_on_a_line_of_its_own() -> None:
    doc = text_doc(
        "MINUTES OF THE 12TH FULL BOARD MEETING HELD ON 14TH MARCH 2025\n"
        "MIN. 04/12/2025 REPORT OF THE AUDIT COMMITTEE\n"
        "RESOLVED THAT the audited financial statements be and are hereby approved.\n"
        "FURTHER RESOLVED THAT the Managing Director submits the statements to the Auditor-General by 31st March 2025.\n"
    )
    texts = [d.text for d in extract_decisions(doc)]
    assert any(t.startswith("FURTHER RESOLVED THAT the Managing Director submits") for t in texts)
    assert any(t.startswith("RESOLVED THAT the audited financial statements") for t in texts)


def test_group_regrets_and_an_apology_received_in_a_resolution() -> None:
    doc = text_doc(
        _minutes(
            "Council Present: Mayor Lena Brandt\n",
            "Councillor Paul Ouimet\n",
            "Council Regrets: Councillor Ida Lasalle\n",
            "Staff Present: Tom Reyes, Clerk\n",
            "1. Call to Order\n",
        )
    )
    got = {a.name: a.status for a in extract_attendance(doc)}
    assert got.get("Ida Lasalle") == "apologies"
    assert got.get("Lena Brandt") == "present"
    doc = text_doc(
        "MINUTES OF THE ORDINARY COUNCIL MEETING HELD ON THURSDAY, 5 JUNE 2025\n"
        "PRESENT: Mayor Ana Lowe, Cr Bo Tane\n"
        "2 APOLOGIES\n"
        "RESOLUTION 2025/060\n"
        "Moved: Cr Bo Tane Seconded: Mayor Ana Lowe\n"
        "That the apology received from Cr Mere Kahu be accepted.\n"
        "CARRIED\n"
    )
    got = {a.name: a.status for a in extract_attendance(doc)}
    assert got.get("Mere Kahu") == "apologies"


def test_read_files() -> None:
    doc = written_doc(WRITTEN_DEV22, "x-cedar-hollow-usd-board-2025-03-11")
    brooks = [a for a in extract_attendance(doc) if a.name == "Aaliyah Brooks"]
    assert [(a.status, a.role) for a in brooks] == [("present", "Student Board Member (non-voting)")]
    items = extract_agenda(written_doc(WRITTEN_DEV22, "x-mlima-kijani-wasco-board-2025-02-27"))
    assert [it.number for it in items] == [str(n) for n in range(1, 10)]
    assert items[-1].title == "Any Other Business"
