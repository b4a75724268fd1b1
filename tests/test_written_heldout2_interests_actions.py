"""Interests, actions and risks in the third written set (benchmarks/written-heldout2/, read and
fixed against in session 7): expected values read from the PDFs, and variant forms of each
family that the set does not hold."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import WRITTEN_HELDOUT2

from boardpapers.extract.accountability import extract_accountability
from boardpapers.extract.normalise import interest_category, meeting_date_before
from boardpapers.pipeline.process import parse_file


def _records(stem: str, folder: Path = WRITTEN_HELDOUT2) -> dict:
    path = folder / f"{stem}.pdf"
    if not path.exists():
        pytest.skip(f"{path} absent")
    return extract_accountability(parse_file(str(path)).document)


def test_scottish_register_name_cell_with_post_and_code_of_conduct_categories() -> None:
    # NHS Scotland board register: "Member | Category | Registered interest | Date registered",
    # the member's post on the name cell's second line, the Code of Conduct's categories
    recs = _records("nhs-glenbrae-board-public-pack-2025-07-29")["interests"]
    register = [i for i in recs if i.category != "declared-at-meeting"]
    assert len(register) == 19  # three "None" nil returns are no interests
    first = register[0]
    assert (first.person, first.role, first.category, first.declared_on) == (
        "Fiona MacLachlan",
        "Chair",
        "pecuniary",
        "2021-04-01",
    )
    assert first.nature == "Non-executive director, Firth Ferries Ltd (remunerated)"
    assert [i.role for i in register if i.person == "Euan Bellingham"] == ["Chair, Area Clinical Forum"]
    assert [i.category for i in register if i.person == "Ruaridh Tulloch"] == ["pecuniary", "other"]


def test_declarations_under_a_year_slash_number_minute() -> None:
    # "25/31 DECLARATIONS OF INTEREST" under "Minute of the Meeting of NHS Glenbrae Board held
    # in public on Tuesday 27 May 2025"; "Professor Rennick, for transparency, reminded members"
    recs = _records("nhs-glenbrae-board-public-pack-2025-07-29")["interests"]
    decl = [i for i in recs if i.category == "declared-at-meeting"]
    assert [(i.person, i.declared_on, i.page) for i in decl] == [
        ("Guthrie", "2025-05-27", 2),
        ("Rennick", "2025-05-27", 2),
    ]
    assert decl[1].nature.startswith("he holds an honorary professorship")


@pytest.mark.parametrize(
    ("written", "category"),
    [
        ("Remuneration", "pecuniary"),
        ("Houses, land and buildings", "pecuniary"),
        ("Interest in shares and securities", "pecuniary"),
        ("Related undertakings", "pecuniary"),
        # variants not in the set: the other Scottish categories and the English DPI headings
        ("Election expenses", "pecuniary"),
        ("Sponsorship", "pecuniary"),
        ("Corporate tenancies", "pecuniary"),
        ("Gifts and hospitality", "other"),
        ("Non-financial interests", "non-pecuniary"),
        ("Loyalty interest", "other"),
    ],
)
def test_registrable_categories(written: str, category: str) -> None:
    assert interest_category(written) == category


@pytest.mark.parametrize(
    "heading",
    [
        "Minute of the Meeting of NHS Glenbrae Board held in public on Tuesday 27 May 2025",
        # variants: a committee minute in the singular, the plural with the body named
        "Minute of Meeting of the Audit and Risk Committee held on 27 May 2025",
        "Minutes of the Meeting of Strathmore Council held via Teams on 27th May 2025",
    ],
)
def test_minute_heading_dates_the_meeting(heading: str) -> None:
    text = f"{heading}\nPresent: ...\n25/31 DECLARATIONS OF INTEREST\n"
    assert meeting_date_before(text, len(text)) == "2025-05-27"


def test_register_one_block_per_person() -> None:
    # NI HSC trust register: name heading, post, "Type of interest | Details | From | To", or
    # "No interests declared."; Brendan Hagan's table runs over the page break without its header
    recs = _records("lagan-moss-hsct-register-of-interests-2024-25")["interests"]
    assert len(recs) == 20
    assert {i.register for i in recs} == {"Register of Interests – Trust Board Members 2024/25"}
    hagan = [(i.role, i.category, i.page) for i in recs if i.person == "Brendan Hagan"]
    assert hagan == [
        ("Non-Executive Director", "pecuniary", 1),
        ("Non-Executive Director", "indirect", 2),
        ("Non-Executive Director", "non-pecuniary", 2),
    ]
    first = recs[0]
    assert (first.person, first.role, first.declared_on) == ("Colm Devlin-Hughes", "Chair", "2019-04-01")
    assert first.nature.endswith("(healthcare governance advice; no contracts with HSC bodies)")
    assert not any(i.person in ("Ronan Tierney", "Geraldine Moffett") for i in recs)  # nothing declared


def test_register_blocks_with_name_and_post_on_one_line(tmp_path: Path) -> None:
    # a variant the set does not hold: "Dr Jane Okafor, Medical Director" on one line (not bold),
    # "Category | Nature of interest | Date declared", a nil member between two with interests
    from tinypdf import write_pdf

    from boardpapers.extract.interests import extract_interests

    items = [
        (50, 40, 16, "Register of Board Members' Interests 2025"),
        (50, 80, 12, "Dr Jane Okafor, Medical Director"),
        (50, 100, 9, "Category"),
        (200, 100, 9, "Nature of interest"),
        (450, 100, 9, "Date declared"),
        (50, 116, 9, "Financial"),
        (200, 116, 9, "Director, Okafor Health Ltd"),
        (450, 116, 9, "01/04/2023"),
        (50, 130, 9, "Non-financial personal"),
        (200, 130, 9, "Trustee, Hope Hospice"),
        (450, 130, 9, "12/05/2022"),
        (50, 150, 12, "Mr Tom Reyes, Non-Executive Director"),
        (50, 168, 9, "No interests declared."),
        (50, 190, 12, "Ms Ana Silva, Director of Finance"),
        (50, 210, 9, "Category"),
        (200, 210, 9, "Nature of interest"),
        (450, 210, 9, "Date declared"),
        (50, 226, 9, "Indirect"),
        (200, 226, 9, "Husband is a partner at Silva LLP"),
        (450, 226, 9, "03/03/2024"),
    ]
    pdf = write_pdf(tmp_path / "register.pdf", [items], size=(595.0, 842.0))
    recs = extract_interests(parse_file(str(pdf)).document)
    assert [(i.person, i.role, i.category, i.declared_on) for i in recs] == [
        ("Jane Okafor", "Medical Director", "pecuniary", "2023-04-01"),
        ("Jane Okafor", "Medical Director", "non-pecuniary", "2022-05-12"),
        ("Ana Silva", "Director of Finance", "indirect", "2024-03-03"),
    ]


def test_trailing_action_tags_close_their_sentence() -> None:
    # mental health trust board minutes: "... to the Quality Committee. Action: HO" at a
    # paragraph's end, "Action:" / "CA" broken over lines, "Action: RQ to bring ..." inline
    acts = _records("coldwater-lune-mht-public-board-minutes-2024-11")["actions"]
    assert [a.owner for a in acts] == ["HO", "HO", "RQ", "CA", "CA / KT", "LH / OB", "MPL"]
    assert acts[0].text == "Action 24/095 (out of area placements trajectory) was carried forward to January."
    assert acts[2].text == "RQ to bring an outcomes framework to the March Board."
    assert acts[3].text.startswith("Mr Maitland asked for the trend")
    assert [a.page for a in acts] == [1, 1, 2, 3, 3, 3, 4]
    assert {a.assigned_on for a in acts} == {"2024-11-28"}


def test_trailing_action_tag_variants() -> None:
    # variants the set does not hold: a role as owner ("Action: Clerk"), owners joined by "&",
    # a numbered paragraph, and a tag that is not at its sentence's end (not read)
    from boardpapers.extract.minute_actions import actions_from_minutes
    from boardpapers.model import Document, Page

    text = (
        "Minutes of the meeting held on 4 March 2025\n"
        "5. FINANCE REPORT\n"
        "5.1 The Treasurer presented the accounts. The precept request is to be sent to the\n"
        "district council by 31 January 2026. Action: Clerk\n"
        "6. ESTATES\n"
        "The Director reported on the boiler. Members asked for quotes to be obtained. Action: JB & PW\n"
        "7. AOB\n"
        "It was agreed to buy a bench. Action: JB and the Clerk would share the choices.\n"
    )
    doc = Document("0" * 64, "x.pdf", 1, 1, pages=[Page(1, text)])
    acts = [(a.owner, a.text, a.due) for a in actions_from_minutes(doc, margin=False)]
    assert acts == [
        (
            "Clerk",
            "The precept request is to be sent to the district council by 31 January 2026.",
            "2026-01-31",
        ),
        ("JB & PW", "Members asked for quotes to be obtained.", None),
    ]


def test_risk_cards_and_ref_theme_cells() -> None:
    # ICB corporate risk register as one boxed card per risk (the page-1 summary repeats them)
    risks = _records("kestrel-coast-icb-corporate-risk-register-2024-11")["risks"]
    assert [r.ref for r in risks] == [f"KC-CRR-0{n}" for n in range(1, 8)]
    first, second = risks[0], risks[1]
    assert (first.owner, first.trend, first.page) == ("Chief Delivery Officer (Mark Ellery)", "same", 2)
    assert (second.residual.likelihood, second.residual.impact, second.residual.score) == (
        4,
        5,
        20,
    )  # "4 x 5 = 20"
    assert risks[2].owner == "Director of Primary Care (Dr Yusuf Kamara)"  # wrapped in the panel
    # university strategic risk register: "Ref / theme" holds "SR01" over "Financial sustainability"
    risks = _records("westmarch-university-arc-strategic-risk-register-2025-06")["risks"]
    assert [(r.ref, r.workstream) for r in risks[:3]] == [
        ("SR01", "Financial sustainability"),
        ("SR02", "Financial sustainability"),
        ("SR03", "Digital & data"),
    ]


def test_risk_card_and_ref_theme_variants() -> None:
    from boardpapers.extract.risk_panels import Panel, _grid_row, panel_risk
    from boardpapers.extract.risks import _split_ref_workstream

    d = {"ref_workstream": "BAF-3 – Workforce supply"}
    _split_ref_workstream(d)
    assert d == {"ref": "BAF-3", "workstream": "Workforce supply"}
    # a card's score grid: one phase's score in one cell ("20 (4x5)") or in three
    panel = Panel("BAF-3", "Workforce supply", 1)
    for row in (["Initial", "20 (4x5)"], ["Residual", "3", "4", "12"], ["Notes", "x"]):
        _grid_row(panel, row)
    risk = panel_risk(panel, None)
    assert risk is not None and risk.target is None
    assert (risk.inherent.likelihood, risk.inherent.impact, risk.inherent.score) == (4, 5, 20)
    assert (risk.residual.likelihood, risk.residual.impact, risk.residual.score) == (3, 4, 12)
