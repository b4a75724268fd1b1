"""Agenda layouts of the agendas read in written-dev15, tested on variants written for them
(tests/data/variants, rendered with benchmarks/synthetic/render.py) and on the read files:

- an agenda table whose number column is headed "Minute" and numbered by the minute each item
  will become ("GB/26/58": FE and sixth form college corporations), the purpose on a line of its
  own under the title ("To approve"), and sub-items numbered in the title column ("60.1") with
  presenter and paper cells of their own;
- minutes listing their agenda under a key line ("ORDER OF THE DAY") below a numbered list of
  the members present (Kenyan and Ugandan state boards), or inside a numbered minute
  ("2. ADOPTION OF THE AGENDA" / "2.1 ...": Caribbean state boards);
- page ranges under a lone "Pages" header at the right, on a title's first or last line
  (Canadian regional districts; NSW councils' contents list at the head of minutes);
- a register of councillors' returns ("Register of Disclosures of Interests") holds no agenda."""

from __future__ import annotations

from pathlib import Path

from conftest import WRITTEN_DEV15, text_doc

from boardpapers.extract.agenda import extract_agenda, log_paper
from boardpapers.extract.agenda_keyed import token_of

VARIANTS = Path(__file__).parent / "data" / "variants"


def agenda_of(load_doc, path):
    from boardpapers.extract import extract_all

    return extract_all(load_doc(path))["agenda_items"]


def test_minute_column_purpose_lines_and_title_column_subitems(load_doc):
    items = agenda_of(load_doc, VARIANTS / "sixth-form-college-minute-column-agenda.pdf")
    assert [(it.number, it.lead) for it in items] == [
        ("GB/26/58", "Chair"),
        ("GB/26/59", "Chair"),
        ("GB/26/60", None),
        ("60.1", "KW"),
        ("60.2", "JL"),
        ("GB/26/61", "DF"),
    ]
    assert items[1].title == "Minutes of the meeting held on 20 May 2026"
    assert items[1].purpose == "To approve as a correct record"
    assert items[2].title == "Reports of the standing committees of the Board"
    assert items[3].title == "Finance and Estates Committee, 16 June 2026"


def test_minutes_agenda_under_key_line_after_numbered_members(load_doc):
    items = agenda_of(load_doc, VARIANTS / "state-board-minutes-numbered-members-agenda.pdf")
    assert [it.number for it in items] == ["1", "2", "3", "4", "5"]
    assert items[1].title == "Declarations of Interest"
    assert items[4].title == "Any Other Business"  # not run on into the first minute's heading


def test_minutes_agenda_listed_inside_numbered_minute(load_doc):
    items = agenda_of(load_doc, VARIANTS / "port-board-minutes-agenda-in-minute.pdf")
    assert [(it.number, it.title) for it in items] == [
        ("2.1", "Disclosure of Interests"),
        ("2.2", "Confirmation of Minutes of the Fortieth Meeting"),
        ("2.3", "Dredging of the Southern Approach Channel"),
        ("2.4", "Tariff Review 2026"),
    ]


def test_page_ranges_under_lone_pages_header(load_doc):
    items = agenda_of(load_doc, VARIANTS / "regional-district-pages-column-agenda.pdf")
    got = {it.number: (it.title, it.pages) for it in items}
    assert got["2.1"] == ("Committee of the Whole Minutes – April 8, 2026", "3-9")
    assert got["3.1"][1] == "10-44" and got["3.1"][0].endswith("held in March and April")
    assert got["3.2"] == ("Fire Services Mutual Aid Agreement Renewal", "45-52")


def test_plain_number_before_a_title_opening_like_a_month():
    assert token_of("2. Declaration of Conflict of Interest").number == "2"
    assert token_of("3 Marketing plan").number == "3"
    assert token_of("12 March 2026") is None


def test_register_of_returns_titles():
    for title in (
        "Register of Disclosures of Interests – Councillors",
        "Register of Declarations of Interest 2026",
        "Register of Returns of Pecuniary Interests",
    ):
        doc = text_doc(
            f"SHIRE COUNCIL\n{title}\nA. Real Property Nil\nB. Sources of income Nil\nC. Gifts Nil\n"
        )
        assert log_paper(doc), title
        assert extract_agenda(doc) == []


def test_read_files(load_doc):
    counts = {
        "d-tamsworth-college-corporation-2025-06-24.pdf": 15,
        "b-caroni-wetlands-authority-board-2025-04-22.pdf": 7,
        "b-nyando-valley-wwda-board-2025-03-13.pdf": 9,
        "a-coolabah-creek-shire-council-returns-2025-09-23.pdf": 0,
    }
    for name, n in counts.items():
        assert len(agenda_of(load_doc, WRITTEN_DEV15 / name)) == n, name
    stillwater = agenda_of(load_doc, WRITTEN_DEV15 / "d-stillwater-passage-rd-board-2025-04-17.pdf")
    assert {it.number: it.pages for it in stillwater}["3.1"] == "4-15"
