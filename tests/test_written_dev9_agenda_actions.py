"""Agenda items and actions of the families met in benchmarks/written-dev9 (the session-9
development set), with variants the set does not hold. Expected values read from the PDFs."""

from __future__ import annotations

from conftest import WRITTEN_DEV9, written_doc

from boardpapers.extract.actions import extract_actions
from boardpapers.extract.agenda import extract_agenda
from boardpapers.model import Document, Page


def _doc(*pages: list[str]) -> Document:
    return Document(
        sha256="9" * 64,
        path="x.pdf",
        size=1,
        page_count=len(pages),
        pages=[Page(number=k + 1, text="\n".join(lines)) for k, lines in enumerate(pages)],
    )


def test_us_commission_agenda_letters_matters_under_numbered_sections():
    """ "5. CONSENT CALENDAR" / "5.A Approval of Minutes": the lettered matters do not end the list;
    "Staff: <name>, <title>. Recommendation: ..." names the lead, "(Action)" is the purpose."""
    items = extract_agenda(written_doc(WRITTEN_DEV9, "alder-creek-parks-recreation-commission-2025-03-11"))
    assert [i.number for i in items] == [
        "1", "2", "3", "4", "5", "5.A", "5.B", "6", "6.A", "6.B", "6.C", "7", "8", "9",
    ]  # fmt: skip
    by = {i.number: i for i in items}
    assert by["6.A"].title == "Rosewood Park Playground Replacement – Selection of Preferred Design Concept"
    assert by["6.A"].lead == "Marcus Lindqvist, Recreation Superintendent"


def test_variant_council_agenda_lowercase_letters_after_a_stop():
    """A variant: a town council's agenda, "3.a" / "3.b" in lower case, the presenter first,
    "Staff Recommendation:" on the next line; "4. A review of ..." is an item, not a matter."""
    doc = _doc(
        [
            "TOWN OF BIRCH HOLLOW",
            "TOWN COUNCIL AGENDA",
            "Monday, June 2, 2025 – 7:00 PM",
            "1. CALL TO ORDER",
            "2. PUBLIC COMMENT",
            "3. CONSENT AGENDA",
            "3.a Minutes of the May 5, 2025 Regular Meeting",
            "3.b Warrant List for May 2025",
            "Staff: Dana Ruiz, Finance Director. Staff Recommendation: Approve.",
            "4. A review of the Main Street parking pilot",
            "5. ADJOURNMENT",
        ]
    )
    items = extract_agenda(doc)
    assert [i.number for i in items] == ["1", "2", "3", "3.a", "3.b", "4", "5"]
    by = {i.number: i for i in items}
    assert by["3.b"].lead == "Dana Ruiz, Finance Director"
    assert by["4"].title == "A review of the Main Street parking pilot"


def test_us_minutes_follow_up_list_is_the_actions():
    """Draft minutes closing with "Follow-up items:" and a bulleted list of who is to do what."""
    doc = written_doc(WRITTEN_DEV9, "alder-creek-parks-recreation-commission-2025-03-11")
    got = [(a.owner, a.due, a.assigned_on) for a in extract_actions(doc)]
    assert got == [
        ("Staff", "2025-05-13", "2025-02-11"),
        ("Staff", "2025-04-08", "2025-02-11"),
        ("Staff (Lindqvist)", "2025-03-11", "2025-02-11"),
        ("Recording Secretary", "2025-02-21", "2025-02-11"),
        ("Director Vance", None, "2025-02-11"),
    ]


def test_variant_committee_minutes_numbered_action_points():
    """A variant: English committee minutes closing with "Actions agreed" and numbered points,
    one wrapped, one naming no one; the sentence after the list is not a point."""
    doc = _doc(
        [
            "MINUTES OF THE MEETING OF THE LEISURE COMMITTEE",
            "Held on Tuesday 8 April 2025 at the Town Hall",
            "1. Apologies",
            "Apologies were received from Cllr Moss.",
            "Actions agreed",
            "1. The Clerk to write to the county council about the footpath",
            "closure by 30 April 2025.",
            "2. Cllr Hart and Cllr Lyle will inspect the play area before the next meeting.",
            "3. Quotes for the bench repairs to be obtained.",
            "The meeting closed at 8.40 pm.",
        ]
    )
    acts = extract_actions(doc)
    assert [(a.owner, a.due) for a in acts] == [
        ("The Clerk", "2025-04-30"),
        # "before the next meeting": due the next meeting, kept as written (minute_actions.due_in)
        ("Cllr Hart and Cllr Lyle", "next meeting"),
        (None, None),
    ]
    assert acts[0].text.endswith("footpath closure by 30 April 2025.")
    assert all(a.assigned_on == "2025-04-08" for a in acts)


def test_bulleted_list_under_actions_heading_naming_no_one_is_not_actions():
    """A report's "Actions" heading over bullets that name no owner is not a list of actions."""
    doc = _doc(
        [
            "MINUTES OF THE FINANCE COMMITTEE",
            "Held on 3 March 2025",
            "Actions",
            "• Review of reserves policy.",
            "• Procurement thresholds.",
        ]
    )
    assert extract_actions(doc) == []


def test_joint_committee_actions_table_set_at_the_minuted_meeting():
    """ "Actions arising" / "No. | Action | Owner | Due" closing one meeting's minutes (its heading
    stranded on the page before): the actions were set at that meeting."""
    doc = written_doc(WRITTEN_DEV9, "ravensworth-stourmoor-joint-waste-committee-2025-09-11")
    acts = extract_actions(doc)
    assert len(acts) == 6
    assert {a.assigned_on for a in acts} == {"2025-09-11"}


def _table_doc(text: list[str], rows: list[list[str | None]]) -> Document:
    from boardpapers.model import Table

    page = Page(number=1, text="\n".join(text), tables=[Table(rows=rows)])
    return Document(sha256="9" * 64, path="x.pdf", size=1, page_count=1, pages=[page])


def test_variant_actions_table_without_dates_in_one_meetings_minutes():
    """A variant: a district committee's minutes ending with "Summary of actions" as a table of
    Ref | Action | Lead | Deadline (no date column): the actions are the meeting's; an action log
    carried from meeting to meeting keeps its rows undated."""
    text = [
        "MINUTES OF THE MEETING OF THE PLANNING POLICY COMMITTEE",
        "Held on Wednesday 14 May 2025 at 7.00 pm, Council Offices",
        "1. Apologies for absence",
        "None were received.",
        "Summary of actions",
    ]
    rows = [
        ["Ref", "Action", "Lead", "Deadline"],
        ["A1", "Publish the revised local development scheme", "Policy Manager", "30 June 2025"],
        ["A2", "Circulate the housing land supply statement to members", "Clerk", "31 May 2025"],
    ]
    acts = extract_actions(_table_doc(text, rows))
    assert [(a.ref, a.assigned_on) for a in acts] == [("A1", "2025-05-14"), ("A2", "2025-05-14")]
    log = extract_actions(_table_doc(text[:-1] + ["Action log"], rows))
    assert [a.assigned_on for a in log] == [None, None]
    # a list reporting each action's status carries earlier meetings' actions too
    status = [row + [s] for row, s in zip(rows, ["Status", "Open", "Complete"], strict=True)]
    assert [a.assigned_on for a in extract_actions(_table_doc(text, status))] == [None, None]
