"""Minutes' actions, decisions and declarations in the wordings and layouts of written-dev15's
minutes (Commonwealth boards, Indian companies, Canadian conservation authorities): tables of
actions headed only by common words ("Ref | Action | Responsibility | Due") under an "Actions
arising" title, a matters-arising table of earlier resolutions ("Minute Ref. | Matter Arising |
Responsibility | Status"), an attachment's table after an action table not read as its rows,
resolutions minuted as quotations with "RESOLVED FURTHER THAT" limbs, "[Action: CFO]" tags,
"took note of" / "granted leave of absence", and declarers titled "Shri", "Mr." or "Member".
Each test is a variant written here, not a read file's wording."""

from __future__ import annotations

from pathlib import Path

from conftest import WRITTEN_DEV15, text_doc

from boardpapers.extract.actions import extract_actions
from boardpapers.extract.interests import declarations_at_meeting
from boardpapers.extract.minute_actions import actions_from_minutes
from boardpapers.extract.normalise import action_status
from boardpapers.reading.pdf_reader import read_document
from boardpapers.table_headers import table_families

VARIANT = Path(__file__).parent / "data" / "variants" / "water-board-minutes-matters-arising-and-actions.pdf"


def test_header_of_common_words_makes_an_action_table_page() -> None:
    assert "actions" in table_families(
        "Minutes\nNo. Action Responsibility Due\n1 Write to the Minister CAO May\n"
    )
    assert "actions" in table_families("ACTIONS ARISING\nRef Action Responsibility Due\nA-1 Do it CEO June\n")
    assert "actions" in table_families("Minute Ref. Matter / Resolution Responsibility Status\n")
    assert "actions" not in table_families(
        "The report is due to the Board in May; responsibility for the action rests with the CEO and the "
        "status of the work will be reported in the usual way at the next meeting of the Board.\n"
    )


def test_matters_arising_and_closing_action_tables_and_not_the_appendix() -> None:
    actions = extract_actions(read_document(str(VARIANT)))
    by_ref = {a.ref: a for a in actions}
    assert set(by_ref) == {"Min. 08/11/2024", "Min. 03/02/2025", "LRWB-25-07", "LRWB-25-08", "LRWB-25-09"}
    assert by_ref["Min. 08/11/2024"].owner == "Chief Engineer"
    assert by_ref["Min. 08/11/2024"].status == "open"  # "Ongoing. Tender documents completed; ..."
    assert by_ref["Min. 03/02/2025"].status == "closed"
    assert by_ref["LRWB-25-07"].due == "2025-05-14"
    assert not any(a.page == 3 for a in actions)  # the register of interests after the table


def test_status_is_the_first_word_of_a_status_cell() -> None:
    assert action_status("Ongoing. Survey completed; awaiting approval.") == "open"
    assert action_status("Not started - awaiting funding") == "open"
    assert action_status("Complete. Report issued.") == "closed"


def test_bracketed_action_tags_after_a_quoted_resolution() -> None:
    doc = text_doc(
        "MINUTES OF THE 41ST MEETING OF THE BOARD OF DIRECTORS HELD ON 12 FEBRUARY 2025\n"
        "41.4 ANNUAL ACCOUNTS\n"
        "“RESOLVED THAT the audited accounts for the year be and are hereby adopted.”\n"
        "The Board asked the Management to present a note on the pending arbitration at the next\n"
        "meeting. [Action: GM (Legal)]\n"
        "The Board further desired that the cash flow statement be circulated monthly. [Action:\n"
        "CFO]\n"
    )
    got = {a.owner: a for a in actions_from_minutes(doc)}
    assert set(got) == {"GM (Legal)", "CFO"}
    assert got["GM (Legal)"].text.startswith("The Board asked the Management to present")
    assert got["CFO"].text.startswith("The Board further desired")


def test_indian_and_canadian_declarers() -> None:
    doc = text_doc(
        "5.2 DISCLOSURE OF INTEREST BY DIRECTORS\n"
        "Smt. Lata Venkatesh disclosed that she is a partner of Venkatesh & Rao, the statutory auditors'\n"
        "associate firm, and did not take part in Item No. 5.6.\n"
        "5.3 CONFIRMATION OF MINUTES\n",
        "4. DECLARATIONS OF INTEREST\n"
        "Member Okafor-Lang declared a pecuniary interest in Item 9.1 as her husband owns the adjoining\n"
        "parcel. Mr. T. Brandt declared a non-pecuniary interest in Min. 07/2025 as a member of the\n"
        "Friends of the Marsh.\n"
        "5. MINUTES\n",
    )
    got = {i.person: i for i in declarations_at_meeting(doc)}
    assert set(got) == {"Lata Venkatesh", "Okafor-Lang", "T. Brandt"}
    assert got["Lata Venkatesh"].nature.startswith("she is a partner of Venkatesh & Rao")
    assert "Friends of the Marsh" in (got["T. Brandt"].nature or "")


def test_quoted_resolutions_with_further_limbs_on_a_read_file() -> None:
    from boardpapers.pipeline.process import parse_file

    decisions = parse_file(str(WRITTEN_DEV15 / "f-konkan-coastal-infra-board-2025-03-04.pdf")).records[
        "decisions"
    ]
    resolved = [d for d in decisions if d.text.startswith("RESOLVED")]
    assert len(resolved) == 5
    assert any("RESOLVED FURTHER THAT" in d.text for d in resolved)
    assert not any(d.text.endswith("”") for d in resolved)
    assert {d.outcome for d in decisions if not d.text.startswith("RESOLVED")} >= {"approved", "noted"}


def test_a_decimal_numbered_declarations_line_in_a_printed_agenda_reads_nothing() -> None:
    doc = text_doc(
        "AGENDA\n"
        "2.0 Approval of the Agenda\n"
        "3.0 Declarations of Interest\n"
        "4.0 Approval of Minutes\n"
        "5.1 Treasurer’s Report – April 2025 Information\n"
        "MINUTES\n"
        "3.0 DECLARATIONS OF INTEREST\n"
        "Member Castellano declared a pecuniary interest in item 6.2 as his brother owns the firm.\n"
        "4.0 APPROVAL OF MINUTES\n"
    )
    got = declarations_at_meeting(doc)
    assert [i.person for i in got] == ["Castellano"]
