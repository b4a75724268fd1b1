"""Actions as kinds of layout and wording (issue 8): action tables inside minutes (borderless,
with or without a title), rows holding several actions with stacked owners, numbered and
carried-forward action labels, owners in closing brackets or as the sentence subject, due
dates in the text, and reports whose "Action:" boxes are not minuted actions.

Expected values were read from the PDFs in ../shared/corpus (documents outside the tune
set where possible); those tests skip when ../shared is absent. The wording and layout
tests at the end need no files."""

from __future__ import annotations

import pytest
from conftest import CABINET_OFFICE, PARISH, shared_path

from boardpapers.extract.actions import extract_actions, split_row_actions
from boardpapers.extract.minute_actions import action_owner
from boardpapers.extract.normalise import action_status
from boardpapers.layout.lines import group_lines, join_spans
from boardpapers.model import Span


@pytest.fixture
def actions(load_doc):
    return lambda *parts: extract_actions(load_doc(shared_path(*parts)))


def test_borderless_action_table_inside_parish_minutes(actions):
    # "11.17.05 Clerks Report and Actions from previous meeting", a table without rules:
    # NO | ACTION | Update | OWNER, five rows, the Update cells wrapped over lines
    acts = [a for a in actions(*PARISH, "minutes_2017-11-23 SPC minutes.pdf") if a.page == 1 and a.ref]
    assert [a.ref for a in acts] == ["07.17.02", "07.17.04", "09.17.07", "09.17.08", "09.17.11"]
    assert [a.owner for a in acts] == ["CF", "NO", "CF", "KD", "CF"]
    assert acts[0].text == "NO to chase Clerk to Blackthorne re borrowing SID"
    assert acts[1].status == "open"  # "One quote received. On-\ngoing"
    assert [a.status for a in acts[2:]] == ["closed"] * 3  # "Completed"


def test_action_list_summary_table(actions):
    # "ACTION LIST SUMMARY" on the last page: NO | ACTION | OWNER, no update column
    acts = [a for a in actions(*PARISH, "minutes_2017-11-23 SPC minutes.pdf") if a.page == 4]
    assert [a.ref for a in acts][:3] == ["09.17.08", "11.17.07", "11.17.08"]
    assert (
        acts[2].text
        == "KD to investigate Wharf Lane stile and chase up the Council regarding the falling tree"
    )


def test_row_of_numbered_actions_with_stacked_owners(actions):
    # row 05.18.05: "1. NO to again contact ... 2. Clerk to request ... 3. NO to follow up ..."
    # beside the owners NO / CF / NO
    acts = actions(*PARISH, "minutes_2018-07-26 SPC minutes.pdf")
    row = [a for a in acts if a.page == 2 and a.tracker != "minutes"][:3]
    assert [a.owner for a in row] == ["NO", "CF", "NO"]
    assert [a.ref for a in row] == ["05.18.05", None, None]
    assert row[1].text.startswith("2. Clerk to request opt-in agreement")


def test_action_lines_in_parish_minutes(actions):
    # seven "ACTION : ..." lines, each under its paragraph (the next paragraph is not part
    # of it); three of them are restated as rows of the "ACTION LIST SUMMARY" on page 3
    # ("NO to arrange for tree to be pruned" as "NO to arrange for Ash tree outside VH to be
    # pruned", the OCC contract, the shrubs and willow): those are the summary's records
    acts = actions(*PARISH, "minutes_2017-07-13 SPC minutes.pdf")
    inline = [a for a in acts if a.tracker == "minutes"]
    assert [a.text for a in inline] == [
        "NO to follow up",
        "CF to put on September Agenda",
        "CF to put on next agenda",
        "CF to put on next Agenda",
    ]
    assert {a.assigned_on for a in inline} == {"2017-07-13"}
    summary = [a.text for a in acts if a.tracker != "minutes"]
    assert "NO to arrange for Ash tree outside VH to be pruned" in summary
    assert "NO to arrange for shrubs and willow outside Pond Cottage to be cut back" in summary


def test_numbered_action_labels_with_due_lines(actions):
    # "Action 1: Representative from Contract Finder to ... Due: To be added to ..."
    acts = actions(*CABINET_OFFICE, "Transparency board minutes (FINAL) 02 03 2011.pdf")
    assert [a.ref for a in acts] == [str(n) for n in range(1, 9)]
    assert acts[0].owner == "Representative from Contract Finder"
    assert acts[1].due == "as soon as possible."
    assert acts[2].text.endswith("to explore the potential for PDC Chief Executive to do the same")


def test_carried_forward_actions_and_bracketed_owners(actions):
    acts = actions(
        *CABINET_OFFICE, "Local Public Data Panel_Twenty-Second Meeting_17 October 2013_Minutes.pdf"
    )
    carried = [a for a in acts if a.status == "open"]
    # "Outstanding Action from 25th July meeting: Secretariat will follow up ..."
    assert [(a.owner, a.assigned_on) for a in carried] == [
        ("Secretariat", "2013-07-25"),
        ("Chris Taggart", "2013-07-25"),
    ]
    owners = {a.owner for a in acts}
    assert {"Steve Peters, Gesche Schmid", "Panel and Olivia Burman", "Tim Allen", "Panel members"} <= owners
    [scrutinise] = [a for a in acts if "scrutinise" in a.text]
    assert scrutinise.due == "21st October"  # "by NOON 21st October"


def test_action_text_from_a_pdf_of_single_characters(load_doc):
    # every character is its own text run; the words come back whole
    path = shared_path("corpus", "real", "Transparency Board 190711-  Final minutes v1.pdf")
    acts = extract_actions(load_doc(path))
    assert any(a.text.startswith("Transparency Team to circulate the spreadsheet") for a in acts)
    assert not any(" ci rculate" in a.text or "thei r" in a.text for a in acts)


def test_report_action_boxes_are_not_minuted_actions(actions):
    # a policy narrative with "Action: Departments will ..." boxes in its second column
    assert actions(*CABINET_OFFICE, "20131112 NII Narrative for publication FINAL.pdf") == []


# ---- wording and layout, without files ----------------------------------------------------


@pytest.mark.parametrize(
    "text, owner",
    [
        ("Confirm whether G8 Action Plan is public (Olivia Burman).", "Olivia Burman"),
        ("Work with the group on proposals (Steve Peters, Gesche Schmid).", "Steve Peters, Gesche Schmid"),
        ("A group will pull proposals together (Secretariat to set-up telekits).", "Secretariat"),
        ("Proposal for an item (Tim Allen - short paper to Panel).", "Tim Allen"),
        ("Panel members to provide ideas on extending partnerships.", "Panel members"),
        ("David Evans/ICO to give a presentation.", "David Evans/ICO"),
        ("Cheese & Wine fundraiser to be arranged. NO to confirm with the pub.", "NO"),
        ("Transparency Board members to be kept informed of progress.", "Transparency Board members"),
        ("Report on the Public Data Corporation (PDC).", None),
        ("The Board noted the update.", None),
    ],
)
def test_action_owner(text, owner):
    assert action_owner(text) == owner


def test_split_row_actions():
    assert split_row_actions("NO to arrange the tree KD to chase OCC", "NO KD") == [
        ("NO to arrange the tree", "NO"),
        ("KD to chase OCC", "KD"),
    ]
    assert split_row_actions("1. NO to call 2. Clerk to write", "NO CF") == [
        ("1. NO to call", "NO"),
        ("2. Clerk to write", "CF"),
    ]
    assert split_row_actions("NO to arrange the tree", "NO KD") is None  # KD's part not found
    assert split_row_actions("Jane Smith to call", "Jane Smith") is None  # a name, not two owners


def test_action_status_of_a_word_broken_at_its_hyphen():
    assert action_status("One quote received. On- going") == "open"


def test_action_status_when_nothing_is_left_to_do():
    assert action_status("KD had costed at approx £56. No action to be taken at present.") == "closed"
    assert action_status("No action taken yet") == "open"


def _span(text, x0, x1, top, bottom, size=12.0, space_after=False):
    return Span(text=text, x0=x0, top=top, x1=x1, bottom=bottom, size=size, space_after=space_after)


def test_superscript_joins_its_line():
    # "25" + raised "th" (8 pt) + "July": the "th" sorts above the line by its centre
    spans = [
        _span("Outstanding Action from 25", 69, 225.7, 685.0, 693.8),
        _span("th", 226.3, 233.3, 682.3, 688.1, size=8.0, space_after=True),
        _span("July meeting:", 237.3, 309.6, 684.9, 696.2),
    ]
    [line] = group_lines(spans)
    assert join_spans(line) == "Outstanding Action from 25th July meeting:"


def test_letters_of_one_word_join_where_the_text_layer_marks_spaces():
    # runs of single characters 1.9 pt apart are one word when word ends carry a space
    spans = [
        _span("to", 100, 110, 0, 12, space_after=True),
        _span("ci", 114.3, 120, 0, 12),
        _span("rculate", 121.9, 150, 0, 12),
    ]
    assert join_spans(spans) == "to circulate"


def test_initials_in_an_action_column_beside_minutes(load_doc):
    # board minutes headed "Action" over a right-hand column of initials ("AW") beside the
    # sentences they own (a public-service mutual's board)
    acts = extract_actions(load_doc(shared_path("corpus", "real", "board-meeting-minutes-2013-08-21.pdf")))
    page2 = {a.text: a.owner for a in acts if a.page == 2}
    assert (
        page2["The General Manager to invite the Minister for Culture and Communication to the AGM."] == "AW"
    )
    assert (
        page2[
            "Health & Safety and Equality be added to the headlines of the report so they do not need "
            "to be separate items in the main agenda."
        ]
        == "AW"
    )


def test_margin_initials_stacked_and_over_a_page_break(actions):
    # parish minutes: "AM &" beside one line and "BM" under it -> one action of AM & BM;
    # "AM" over "(DB)" -> "AM (DB)"; each mark owns the sentence beside it, not its paragraph
    acts = actions(*PARISH, "minutes_2014-11-20 SPC minutes.pdf")
    assert acts[0].owner == "AM & BM" and acts[0].text.endswith("to obtain a preservation order on them all.")
    acts = actions(*PARISH, "minutes_2012-06-28 SPC minutes.pdf")
    assert [(a.owner, a.text) for a in acts[1:4]] == [
        ("BM", "A letter will be written to Mr Deeley to inform him of this."),
        ("AM (DB)", acts[2].text),
        ("All", "It was resolved to keep an eye on it."),
    ]
    assert acts[2].text.startswith("It was therefore resolved that families with children would be targeted")


def test_margin_initials_on_a_page_read_without_spans_before(actions):
    # page 3 of these minutes has no minutes cue of its own; its margin initials ("KA",
    # "KD") beside "Bellringers – ... KA to enquire whether anyone is interested" and
    # "Defibrilator – KD to investigate" are read from the page's boxes
    acts = [a for a in actions(*PARISH, "minutes_2016-09-29 SPC minutes.pdf") if a.page == 3]
    assert ("KA", "KA to enquire whether anyone is interested") in [(a.owner, a.text) for a in acts]
    assert ("KD", "Defibrilator – KD to investigate") in [(a.owner, a.text) for a in acts]


@pytest.mark.parametrize(
    "text, due",
    [
        ("send comments to Nick by NOON 21st October for publication", "21st October"),
        ("to report back by 28 February 2014.", "2014-02-28"),
        ("to report back by the end of March", "March"),
        ("to return the form by 31/03/2024 please", "2024-03-31"),
        ("to be handled by Marshall and Co", None),  # a name, not a month
    ],
)
def test_due_date_in_action_text(text, due):
    from boardpapers.extract.minute_actions import due_in

    assert due_in(text) == due


def test_labelled_actions_in_minutes_written_without_a_real_action(tmp_path, load_doc):
    # a tiny set of minutes: "Action: none" is not an action; "Action 2: Clerk to write ...
    # by 31/03/2024" is one, numbered, with its owner, due date and the meeting's date
    from tinypdf import write_pdf

    lines = [
        "Minutes of the meeting held on 4 March 2024",
        "Present: Alex Harris, Sam Jones",
        "1. The budget was discussed.",
        "Action: none",
        "2. The letter was discussed.",
        "Action 2: Clerk to write to the council by 31/03/2024.",
    ]
    path = write_pdf(
        tmp_path / "m.pdf", [[(72, 72 + 18 * i, 11, t) for i, t in enumerate(lines)]], size=(595, 842)
    )
    [act] = extract_actions(load_doc(path))
    assert (act.ref, act.owner, act.due) == ("2", "Clerk", "2024-03-31")
    assert act.text == "Clerk to write to the council by 31/03/2024."
    assert act.assigned_on == "2024-03-04"


def test_superscript_beside_a_margin_mark_joins_its_line(actions):
    # a raised "th" of "90th" shares its height with the margin mark "NO" beside it: the
    # "th" goes back into its line, the mark stays in the margin
    acts = [a for a in actions(*PARISH, "minutes_2016-05-19 SPC minutes.pdf") if a.page == 3]
    trees = [a for a in acts if "memorial trees" in a.text]
    assert [a.owner for a in trees] == ["NO"]
    assert (
        "one should be added in memory of Audrey Westbury who died recently in her 90th year" in trees[0].text
    )


def test_margin_initials_raised_above_their_line(actions):
    # Souldern 18 Jul 2013 (page 2): "RD" on a row of its own just above "b. Nancy Bowles Wood –
    # The ditches leading up to NBW will be cleared next week."; page 3: "BM ," / "JM &" / "AM"
    # stacked beside 7a, the "AM" just above 7b, which has no mark of its own
    acts = actions(*PARISH, "minutes_2013-07-18 SPC minutes.pdf")
    owners = {a.text: a.owner for a in acts if a.tracker == "minutes"}
    assert owners.get("Nancy Bowles Wood – The ditches leading up to NBW will be cleared next week.") == "RD"
    assert not any(t.startswith("The Clerk attended a training meeting") for t in owners)
    # Souldern 5 Dec 2013 (page 3): "NO" just above 8b, "BM/AM" just above 8e
    acts = actions(*PARISH, "minutes_2013-12-05 SPC minutes.pdf")
    owners = {a.text: a.owner for a in acts if a.tracker == "minutes"}
    assert owners.get("Bus shelter – NO agreed to look into options and costings.") == "NO"
    # (the paragraph's first sentence reports; the mark goes with the one that reads as the action)
    assert any("letter should be sent to CDC" in t and o == "BM/AM" for t, o in owners.items())
