"""Actions of minutes laid out with an action column beside numbered minutes, as small statutory
bodies (parish, town and community councils, drainage boards, harbour commissioners) and US
boards print them: the column labelled alone ("ACTION") or over the minute numbers ("Minute |
Action"), the owner a post or a member by name ("Clerk", "Mr Kinvig", "Town Clerk / Cllr" over a
surname), the action the sentence of the minute directing them; and "Topic | Discussion |
Action / Follow-up" tables whose column writes the follow-up out ("CEO to respond ...").
Written variants (tinypdf), then the read files of written-dev17."""

from __future__ import annotations

from conftest import WRITTEN_DEV17, written_doc
from tinypdf import write_pdf

from boardpapers.extract.actions import extract_actions

HEAD = [
    (60, 40, 14, "NETHERBY DRAINAGE BOARD"),
    (60, 62, 10, "Minutes of the meeting of the Board held on Tuesday 8 April 2025 at 2.00 pm"),
    (60, 80, 10, "Present: Mr A Brook (Chairman), Mrs C Dale and Mr E Fell."),
]


def _acts(tmp_path, load_doc, rows, name="m.pdf"):
    path = write_pdf(tmp_path / name, [HEAD + rows], size=(595, 842))
    return extract_actions(load_doc(path))


def test_lone_action_label_over_owner_column_of_numbered_minutes(tmp_path, load_doc):
    rows = [
        (500, 110, 10, "ACTION"),
        (60, 130, 10, "12/041"),
        (130, 130, 10, "APOLOGIES"),
        (130, 144, 10, "Apologies were received from Mr G Hart."),
        (60, 164, 10, "12/042"),
        (130, 164, 10, "PUMPING STATION"),
        (500, 164, 10, "Engineer"),
        (130, 178, 10, "The Engineer reported a fault on No. 1 pump at Low Fen. The Board"),
        (130, 192, 10, "noted the report. The Engineer was instructed to obtain two quotations"),
        (130, 206, 10, "for the repair before the July meeting."),
        (60, 226, 10, "12/043"),
        (130, 226, 10, "WEED CUTTING"),
        (500, 226, 10, "PW"),
        (500, 240, 10, "Mr Fell"),
        (130, 240, 10, "Members discussed the cutting programme for the summer. It was resolved"),
        (130, 254, 10, "to cut the main drains in August. Mr Fell to walk the Low Fen drains"),
        (130, 268, 10, "with the contractor and report back."),
        (60, 288, 10, "12/044"),
        (130, 288, 10, "ACCOUNTS"),
        (500, 288, 10, "Clerk"),
        (130, 302, 10, "It was resolved that the accounts listed be paid."),
    ]
    acts = _acts(tmp_path, load_doc, rows)
    got = [(a.owner, a.text) for a in acts]
    assert got[0][0] == "Engineer"
    assert "The Engineer was instructed to obtain two quotations" in got[0][1]
    # two marks stacked beside the heading and the line under it: the minute's joint owners
    assert got[1][0] == "PW, Mr Fell"
    assert "Mr Fell to walk the Low Fen drains" in got[1][1]
    # a mark against a minute no sentence of which says what is to be done: the minute whole
    assert got[2] == ("Clerk", "ACCOUNTS: It was resolved that the accounts listed be paid.")
    assert len(acts) == 3
    assert all(a.assigned_on == "2025-04-08" for a in acts)


def test_minute_label_over_the_numbers_and_a_name_wrapping_in_the_column(tmp_path, load_doc):
    # "Minute | Action": the minute numbers set closer to the headings than the layout's column gap
    rows = [
        (60, 110, 10, "Minute"),
        (470, 110, 10, "Action"),
        (60, 130, 10, "TC25/07"),
        (112, 130, 10, "FOOTPATHS"),
        (470, 130, 10, "Deputy Clerk / Cllr"),
        (470, 144, 10, "Ashworth"),
        (112, 144, 10, "A resident raised the state of the stile at Long Lane. It was agreed"),
        (112, 158, 10, "that the Deputy Clerk and Cllr Ashworth inspect the stile with the"),
        (112, 172, 10, "landowner."),
        (60, 192, 10, "TC25/08"),
        (112, 192, 10, "ALLOTMENTS"),
        (470, 192, 10, "Mrs Dale"),
        (112, 206, 10, "Mrs Dale reported two vacant plots. Mrs Dale will advertise the plots"),
        (112, 220, 10, "in the parish newsletter."),
    ]
    acts = _acts(tmp_path, load_doc, rows)
    assert [a.owner for a in acts] == ["Deputy Clerk / Cllr Ashworth", "Mrs Dale"]
    assert "inspect the stile with the landowner" in acts[0].text
    assert "Mrs Dale will advertise the plots in the parish newsletter." in acts[1].text


def test_follow_up_written_in_the_action_column(tmp_path, load_doc):
    rows = [
        (40, 110, 9, "Topic"),
        (170, 110, 9, "Discussion"),
        (430, 110, 9, "Action / Follow-up"),
        (40, 130, 9, "3. Public Comment"),
        (170, 130, 9, "A resident asked about the library's opening hours."),
        (430, 130, 9, "Director to reply to the resident"),
        (430, 142, 9, "in writing."),
        (40, 162, 9, "4. Budget"),
        (170, 162, 9, "The Treasurer presented the draft budget for 2025-26."),
        (430, 162, 9, "Trustee Vance moved, Trustee Ortiz"),
        (40, 174, 9, "Amendment"),
        (170, 174, 9, "Trustees discussed the reserve."),
        (430, 174, 9, "seconded, to adopt the budget. Motion"),
        (430, 186, 9, "carried 5-0. Treasurer to publish the"),
        (430, 198, 9, "adopted budget on the website."),
    ]
    acts = _acts(tmp_path, load_doc, rows)
    assert [(a.owner, a.text) for a in acts] == [
        ("Director", "Director to reply to the resident in writing."),
        ("Treasurer", "Treasurer to publish the adopted budget on the website."),
    ]


def test_read_files_parish_and_drainage_board_action_columns():
    owners = {
        "b-ballakinnish-commissioners-2024-11-13": [
            "Clerk",
            "Clerk",
            "Clerk",
            "Chairman / Clerk",
            "Mr Kinvig",
        ],
        "b-fenmoor-idb-2025-06-18": ["RJC", "RJC, HT", "AL", "AL", "RJC"],
    }
    for stem, first in owners.items():
        acts = extract_actions(written_doc(WRITTEN_DEV17, stem))
        assert [a.owner for a in acts][: len(first)] == first
    acts = extract_actions(written_doc(WRITTEN_DEV17, "b-fenmoor-idb-2025-06-18"))
    assert "The Engineer to place the order and report progress at the September meeting." in acts[2].text
