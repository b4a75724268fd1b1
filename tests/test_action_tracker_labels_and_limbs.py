"""Action tables and minuted actions in four further shapes:
- trackers of earlier board resolutions whose labels name a column twice ("Board Resolution /
  Action Required", "Remarks / Update"), a serial-number column before the action's own reference
  ("S/N | Meeting | Ref."), the meeting cell naming the meeting and its date ("45th Board Meeting
  (18/03/2025)") (Commonwealth statutory bodies' trackers);
- "Action points (from this meeting)" titling a table of common labels ("Item | Action |
  Responsible | When": Scottish community councils', Irish and UK committees' minutes);
- "<post> is to <do>" paragraphs, numbered ("5.4 The General Manager is to submit ...":
  Malaysian and other Commonwealth statutory boards' minutes), a staff unit as the post;
- "Action: <post>" under a resolution's lettered limbs ("The Committee agreed: (a) to note ...;
  and (b) to request that ...": Scottish IJB and council committees' minutes).
Variants written here (a Document with tables, tinypdf), then the read files."""

from __future__ import annotations

from conftest import WRITTEN_DEV16, WRITTEN_DEV17, WRITTEN_DEV24, written_doc
from table_docs import table_document
from tinypdf import write_pdf

from boardpapers.extract.actions import extract_actions
from boardpapers.table_headers import table_families

# a water utility's tracker of its board's earlier decisions, written here
TRACKER_TEXT = (
    "NKOMBE WATER AND SANITATION COMPANY\nBOARD OF DIRECTORS\n"
    "IMPLEMENTATION STATUS OF BOARD DECISIONS AS AT 30TH SEPTEMBER, 2025\n"
)
TRACKER = [
    [
        "Sl. No.",
        "Meeting",
        "Decision Ref.",
        "Board Decision / Action",
        "Responsible Officer",
        "Deadline",
        "Status",
        "Comments / Progress",
    ],
    [
        "1",
        "12th Ordinary Meeting (14/02/2025)",
        "NWSC/12/04",
        "Management to renegotiate the bulk water tariff with the county government.",
        "Managing Director",
        "30/06/2025",
        "Completed",
        "New tariff gazetted in June.",
    ],
    [
        "2",
        "13th Ordinary Meeting (22/05/2025)",
        "NWSC/13/02",
        "Commission a non-revenue water audit of the northern zone.",
        "Technical Manager",
        "31/12/2025",
        "Ongoing",
        "Consultant on site since August.",
    ],
    [
        "3",
        "Special Meeting",
        "NWSC/SP/01",
        "Review the staff medical scheme before renewal.",
        "HR Manager",
        "31/10/2025",
        "Not started",
        "",
    ],
]


def test_tracker_labels_naming_a_column_twice():
    doc = table_document([(TRACKER_TEXT, [TRACKER])])
    acts = extract_actions(doc)
    assert [a.ref for a in acts] == ["NWSC/12/04", "NWSC/13/02", "NWSC/SP/01"]
    assert acts[0].text.startswith("Management to renegotiate")
    assert acts[1].update == "Consultant on site since August."
    assert [a.status for a in acts] == ["closed", "open", "open"]
    # the date of the meeting named in the cell; the cell as written where it holds none
    assert [a.assigned_on for a in acts] == ["2025-02-14", "2025-05-22", "Special Meeting"]


def test_a_serial_number_stays_the_ref_unless_a_reference_is_labelled():
    rows = [["S/N", "Action", "Responsible", "Due Date", "Status"]] + [
        [str(i), f"Prepare paper {i} for the board.", "Secretary", "30/06/2025", "Open"] for i in (1, 2)
    ]
    acts = extract_actions(table_document([("SCHEDULE OF ACTIONS\n", [rows])]))
    assert [a.ref for a in acts] == ["1", "2"]
    # "No." numbering the log's actions stays the ref beside a "Minute ref" (NHS boards' logs)
    rows = [["No.", "Minute ref", "Action", "Lead", "Due", "Status"]] + [
        [f"{i}", f"25/1{i}", f"Report on item {i}.", "Director", "June 2025", "Open"] for i in (68, 71)
    ]
    acts = extract_actions(table_document([("ACTION LOG\n", [rows])]))
    assert [a.ref for a in acts] == ["68", "71"]
    # a serial beside the minute that set the action: the serial
    rows = [["S/N", "Min. Ref.", "Directive", "Responsible", "Time frame", "Status"]] + [
        [f"{i}", f"MIN. 0{i}/38/2025", f"Report on item {i}.", "Director", "June 2025", "Open"]
        for i in (1, 2)
    ]
    acts = extract_actions(table_document([("SCHEDULE OF DIRECTIVES\n", [rows])]))
    assert [a.ref for a in acts] == ["1", "2"]
    # a gifts register's "Reason / comments" beside no status: not an action table
    rows = [["Ref", "Name", "Description", "Offered by", "Reason / comments"]] + [
        [f"GH-{i}", "A. Person", "Lunch with a supplier", "Supplier Ltd", "Declined"] for i in (1, 2)
    ]
    assert extract_actions(table_document([("Gifts and hospitality register\n", [rows])])) == []


def test_action_points_title_marks_a_table_page():
    page = (
        "Summary of action points\n"
        "Item Action Responsible When\n"
        "3 Write to the roads department about the verge Secretary Next meeting\n"
    )
    assert "actions" in table_families(page)
    # the title alone, in prose, with no second term: not a table page
    assert "actions" not in table_families("The action points were reviewed and noted.\n")


# a regional development authority's minutes, paragraphs numbered, written here
AUTHORITY = [
    (60, 40, 14, "PIHAN DEVELOPMENT AUTHORITY"),
    (60, 62, 10, "Minutes of the Board Meeting No. 2/2025"),
    (60, 80, 10, "Date : Thursday, 10 April 2025"),
    (60, 110, 10, "4. FINANCIAL REPORT"),
    (60, 124, 10, "4.1 The Head of Finance presented the report for the quarter."),
    (60, 138, 10, "4.2 The Finance Manager is to circulate the revised cash flow to members."),
    (60, 158, 10, "5. TENDERS"),
    (60, 172, 10, "5.1 The Board deferred the award of the tender."),
    (60, 186, 10, "5.2 The Procurement Unit is to re-evaluate the bids and report within 14 days."),
    (60, 200, 10, "5.3 The Chairman is to be informed of the outcome."),
]


def test_numbered_post_is_to_do_paragraphs(tmp_path, load_doc):
    path = write_pdf(tmp_path / "authority.pdf", [AUTHORITY], size=(595, 842))
    acts = extract_actions(load_doc(path))
    got = [(a.owner, a.text) for a in acts]
    assert got == [
        ("Finance Manager", "The Finance Manager is to circulate the revised cash flow to members."),
        ("Procurement Unit", "The Procurement Unit is to re-evaluate the bids and report within 14 days."),
    ]  # "is to be informed": a passive, no task
    assert all(a.assigned_on == "2025-04-10" for a in acts)


# a council audit committee's minutes, written here
COMMITTEE = [
    (60, 40, 14, "STRATHBEG COUNCIL AUDIT COMMITTEE"),
    (60, 62, 10, "Minutes of the meeting held on Tuesday 3 June 2025"),
    (60, 90, 10, "4. TREASURY MANAGEMENT"),
    (60, 104, 10, "The Head of Finance presented the treasury outturn."),
    (60, 118, 10, "Decision"),
    (60, 132, 10, "The Committee agreed:"),
    (60, 146, 10, "(a) to note the outturn; and"),
    (60, 160, 10, "(b) to ask the Head of Finance to report on the loans pool in September."),
    (400, 174, 10, "Action: Head of Finance"),
    (60, 194, 10, "5. RISK REGISTER"),
    (60, 208, 10, "The Committee noted the register."),
]


def test_owner_line_under_lettered_limbs(tmp_path, load_doc):
    path = write_pdf(tmp_path / "committee.pdf", [COMMITTEE], size=(595, 842))
    acts = extract_actions(load_doc(path))
    assert [(a.owner, a.text) for a in acts] == [
        ("Head of Finance", "to ask the Head of Finance to report on the loans pool in September.")
    ]


def test_read_files():
    lagos = extract_actions(written_doc(WRITTEN_DEV24, "l-lagos-inland-waterways-tracker-2025-10-21"))
    assert len(lagos) == 12 and lagos[0].ref == "BD/45/03" and lagos[0].assigned_on == "2025-03-18"
    kinbrae = extract_actions(written_doc(WRITTEN_DEV24, "l-kinbrae-district-cc-2025-03-11"))
    assert len(kinbrae) == 9 and kinbrae[0].owner == "Isla Kerr-Munro"
    kinta = extract_actions(written_doc(WRITTEN_DEV17, "f-lembaga-kemajuan-wilayah-kinta-board-2025-07-08"))
    assert [a.owner for a in kinta] == [
        "General Manager",
        "General Manager",
        "Integrity Unit",
        "General Manager",
    ]
    glen = extract_actions(written_doc(WRITTEN_DEV16, "f-glenmorven-ijb-apc-2025-05-27"))
    assert [a.owner for a in glen] == ["Chief Finance Officer", "Chief Officer", "Chief Officer"]
