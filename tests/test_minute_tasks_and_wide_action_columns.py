"""Actions of minutes in two further shapes, and due dates named by a meeting's month:
- minutes tables with a resolution column before the action column, the item and subject labels
  run into one header cell ("Item Subject | Discussion | Resolution / Outcome | Action by"), the
  column naming a person by initial and surname and the task after a dash or "to" (Australian
  statutory boards);
- "<post> to <do>" sentences with no action label (town and community councils; US ports and
  districts under a "Direction to staff" heading), read only where nothing else found an action.
Written variants (tinypdf), then the read files of written-dev18."""

from __future__ import annotations

from conftest import WRITTEN_DEV18, written_doc
from tinypdf import write_pdf

from boardpapers.extract.actions import extract_actions
from boardpapers.extract.minute_actions import due_in

WIDE_HEAD = [
    (47, 40, 12, "KOORALBYN COAST WATER"),
    (47, 60, 9, "Minutes of Board Meeting No. 88 held on Wednesday 14 May 2025 at 10.00 am"),
    (47, 76, 9, "Directors present: Ms A Lowe (Chair), Mr B Quinn"),
    (47, 100, 9, "Item"),
    (85, 100, 9, "Subject"),
    (200, 100, 9, "Discussion"),
    (464, 100, 9, "Resolution / Outcome"),
    (721, 100, 9, "Action by"),
]


def test_wide_minutes_table_owner_first_in_the_action_column(tmp_path, load_doc):
    rows = [
        (47, 120, 9, "1"),
        (85, 120, 9, "Opening"),
        (200, 120, 9, "The Chair opened the meeting at 10.02 am."),
        (47, 140, 9, "2.1"),
        (85, 140, 9, "Capital works"),
        (200, 140, 9, "The General Manager reported on the dam spillway upgrade."),
        (464, 140, 9, "The Board noted the report."),
        (721, 140, 9, "P. Nakamura -"),  # tinypdf sets no en dash: the hyphen variant
        (721, 152, 9, "spillway cost"),
        (721, 164, 9, "update to July"),
        (721, 176, 9, "meeting"),
        (47, 196, 9, "2.2"),
        (85, 196, 9, "Tariffs"),
        (200, 196, 9, "Directors discussed the draft tariff schedule."),
        (464, 196, 9, "Resolution 88/02 That the tariffs be approved."),
        (721, 196, 9, "T. Okafor"),
        (47, 216, 9, "3"),
        (85, 216, 9, "Site visit"),
        (200, 216, 9, "Directors agreed to visit the treatment plant."),
        (464, 216, 9, "Agreed."),
        (721, 216, 9, "T. Okafor to"),
        (721, 228, 9, "arrange"),
        (47, 248, 9, "4"),
        (85, 248, 9, "Annual report"),
        (200, 248, 9, "The Company Secretary presented the draft annual report."),
        (464, 248, 9, "Approved."),
        (721, 248, 9, "Publish on the"),
        (721, 260, 9, "website - J"),
        (721, 272, 9, "Marsden"),
    ]
    path = write_pdf(tmp_path / "wide.pdf", [WIDE_HEAD + rows])
    acts = extract_actions(load_doc(path))
    got = [(a.owner, a.text, a.due) for a in acts]
    assert ("P. Nakamura", "spillway cost update to July meeting", "July meeting") in got
    assert any(o == "T. Okafor" and t.startswith("T. Okafor to arrange") for o, t, _ in got)
    # the owner after the task, the surname wrapping to the next line
    assert ("J Marsden", "Publish on the website", None) in got
    # a name alone in the column, no task written: not an action by itself
    assert len(acts) == 3
    assert all(a.assigned_on == "2025-05-14" for a in acts)


COUNCIL = [
    (60, 40, 14, "PENRHOS COMMUNITY COUNCIL"),
    (60, 62, 10, "Minutes of the meeting held on Monday 9 June 2025 at 7.00 pm"),
    (60, 80, 10, "Present: Cllr D Jones (Chair), Cllr E Pugh, Cllr F Lloyd"),
    (60, 110, 10, "25/061   Footpaths"),
    (60, 124, 10, "The stile on footpath 12 remains broken. The Clerk to report it to the"),
    (60, 138, 10, "Rights of Way officer again."),
    (60, 158, 10, "25/062   Grants"),
    (60, 172, 10, "RESOLVED to authorise the Responsible Financial"),
    (60, 186, 10, "Officer to pay the grant of £200 to the village hall."),
    (
        60,
        200,
        10,
        "Secretary to the Council Ann Vaughan read the notices. Cllrs Pugh and Lloyd to meet the hall committee and report back to the July",
    ),
    (60, 214, 10, "meeting."),
    (60, 234, 10, "25/063   Planning"),
    (60, 248, 10, "No objection to the extension at Ty Gwyn. Clerk to respond to the planning authority"),
    (60, 262, 10, "- 25/0141 Bryn Awel, rear dormer."),
]


def test_post_to_do_sentences_of_council_minutes(tmp_path, load_doc):
    path = write_pdf(tmp_path / "council.pdf", [COUNCIL], size=(595, 842))
    acts = extract_actions(load_doc(path))
    got = [(a.owner, a.text, a.due) for a in acts]
    assert got == [
        ("Clerk", "The Clerk to report it to the Rights of Way officer again.", None),
        (
            "Cllrs Pugh and Lloyd",
            "Cllrs Pugh and Lloyd to meet the hall committee and report back to the July meeting.",
            "July meeting",
        ),
        # unpunctuated, over the next application's bullet: the task ends at its line
        ("Clerk", "Clerk to respond to the planning authority", None),
    ]  # "... authorise the Responsible Financial" / "Officer to pay ...": a resolution's words
    assert all(a.assigned_on == "2025-06-09" for a in acts)


def test_post_to_do_sentences_not_read_outside_minutes(tmp_path, load_doc):
    agenda = [
        (60, 40, 14, "PENRHOS COMMUNITY COUNCIL"),
        (60, 62, 10, "Agenda for the meeting to be held on Monday 9 June 2025"),
        (60, 90, 10, "1. Footpaths"),
        (60, 104, 10, "The Clerk to report on the stile on footpath 12."),
    ]
    path = write_pdf(tmp_path / "agenda.pdf", [agenda], size=(595, 842))
    assert extract_actions(load_doc(path)) == []


def test_due_named_by_the_meetings_month():
    assert due_in("report back to the September meeting") == "September meeting"
    assert due_in("a briefing to FRC June meeting") == "FRC June meeting"
    assert due_in("report at the May 12 meeting") == "May 12 meeting"
    assert due_in("schedule a workshop before June 30, 2025.") == "2025-06-30"
    # a full date still wins over the month alone
    assert due_in("report to the April 15, 2025 meeting") == "2025-04-15"


def test_written_dev18_minutes_actions(load_doc):
    mallee = extract_actions(written_doc(WRITTEN_DEV18, "e-mallee-ranges-water-2025-02-27"))
    assert [a.owner for a in mallee][:3] == ["G. Fitzgerald", "R. Otieno", "S. Drummond"]
    assert len(mallee) == 5
    town = extract_actions(written_doc(WRITTEN_DEV18, "e-llanfair-dyffryn-town-council-2025-05-12"))
    assert [a.owner for a in town] == ["Clerk", "Clerk", "Cllrs Humphreys and Rees"]
    port = extract_actions(written_doc(WRITTEN_DEV18, "e-port-of-chinook-harbor-2025-03-11"))
    assert [(a.owner, a.due) for a in port] == [
        ("Harbormaster", "March 25 meeting"),
        ("Executive Director", "2025-04-30"),
    ]


def test_closure_proposed_is_open_until_the_board_closes_it():
    from boardpapers.extract.normalise import action_status

    assert action_status("Proposed for closure") == "open"
    assert action_status("Recommend to\nclose") == "open"
    assert action_status("Propose to close") == "open"
    # the work done and closure proposed: closed, as the logs' other readers have it
    assert action_status("Complete – propose closure") == "closed"
    assert action_status("Closed - propose removal") == "closed"
    assert action_status("Superseded") == "closed"
