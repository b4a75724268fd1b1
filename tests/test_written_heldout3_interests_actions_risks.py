"""Interests, actions and risks in the fourth written set (benchmarks/written-heldout3/, read and
fixed against in session 7): expected values read from the PDFs, and variant forms of each
family that the set does not hold."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import WRITTEN_HELDOUT3
from tinypdf import write_pdf

from boardpapers.extract.accountability import extract_accountability
from boardpapers.extract.interests import _DECLARED, _records_nothing, interests_from_tables
from boardpapers.extract.minute_actions import _BOARD_ACTION, _DIRECTION
from boardpapers.extract.risk_panels import panel_risks
from boardpapers.extract.risks import _cell_triple
from boardpapers.pipeline.process import parse_file
from boardpapers.reading.pdf_reader import read_document
from boardpapers.reading.tables_reader import _attach_spans
from boardpapers.table_headers import table_families


def _records(stem: str) -> dict:
    path = WRITTEN_HELDOUT3 / f"{stem}.pdf"
    if not path.exists():
        pytest.skip(f"{path} absent")
    return extract_accountability(parse_file(str(path)).document)


def test_trust_register_with_bottom_aligned_header_and_directorate_bands() -> None:
    # NHS trust register of decision-making staff: "Type of / interest" and "Action taken to /
    # mitigate risk" headers set to the cell's bottom, the name on a person's first row only,
    # "Division of Medicine" band rows, "Nil declared" members
    recs = _records("blackwater-valley-register-of-interests-2025")["interests"]
    assert len(recs) == 29
    assert not any(r.person.startswith(("Division", "Trust Board", "Corporate")) for r in recs)
    first = recs[0]
    assert (first.person, first.role, first.category) == (
        "Dr Miriam Achterberg",
        "Chief Executive",
        "non-pecuniary",
    )
    assert first.nature == "Trustee, Blackwater Valley Hospice Care (registered charity 1104872)"
    assert [r.category for r in recs if r.person == "Dr Miriam Achterberg"] == [
        "non-pecuniary",
        "non-pecuniary",
        "indirect",
    ]


def _words(
    tmp: Path, x: float, top: float, text: str, size: float = 8.0
) -> list[tuple[float, float, float, str]]:
    """Each word its own text object at word spacing (as a PDF printer cuts a line into runs),
    placed after the words' widths as read back from a scratch PDF."""
    words = text.split()
    scratch = read_document(
        str(write_pdf(tmp / "words.pdf", [[(30, 20 + 12 * i, size, w) for i, w in enumerate(words)]]))
    )
    # a page of bare words is no agenda, minutes or table page: the reader leaves its spans out
    _attach_spans(scratch, [1])
    widths = {sp.text.strip(): sp.x1 - sp.x0 for sp in scratch.pages[0].spans}
    out = []
    for w in words:
        out.append((x, top, size, w))
        x += widths[w] + size * 0.3
    return out


def test_two_line_bottom_aligned_header_and_band_rows_variant(tmp_path: Path) -> None:
    # a variant: a foundation trust's register with "Date of / declaration" and "Type of /
    # interest" header tops, band rows "Executive Directors" / "Clinical Directorates" run over
    # the second column, an interest row under a name printed once
    xs = [30, 150, 260, 400, 560]
    items: list[tuple[float, float, float, str]] = [(30, 30, 12, "Register of Interests of Board Members")]
    items += [(260, 80, 8, "Type of"), (400, 80, 8, "Date of")]
    items += [(xs[0], 90, 8, "Name"), (xs[1], 90, 8, "Position"), (xs[2], 90, 8, "interest")]
    items += [(xs[3], 90, 8, "declaration"), (xs[4], 90, 8, "Organisation")]
    items += _words(tmp_path, 30, 115, "Executive Directors and Corporate Leads")
    rows = [
        (131, ["Jane Doe", "Medical Director", "Financial", "01/02/2024", "Acme Health Ltd"]),
        (147, ["", "", "Non-financial professional", "03/04/2024", "Royal College of Physicians"]),
        (163, ["John Roe", "Chief Nurse", "Indirect", "05/06/2024", "Roe Care Homes Ltd"]),
    ]
    for top, cells in rows:
        items += [(x, top, 8, c) for x, c in zip(xs, cells, strict=True) if c]
    items += _words(tmp_path, 30, 179, "Clinical Directorates and Support Services")
    items += [
        (x, 195, 8, c)
        for x, c in zip(xs, ["Ann Poe", "Clinical Director", "Nil declared", "", ""], strict=True)
        if c
    ]
    items += [
        (x, 211, 8, c)
        for x, c in zip(
            xs, ["Bob Moe", "Divisional Director", "Financial", "07/08/2024", "Moe Ltd"], strict=True
        )
    ]
    doc = read_document(str(write_pdf(tmp_path / "register.pdf", [items])))
    recs = interests_from_tables(doc)
    assert [(r.person, r.category, r.organisation, r.declared_on) for r in recs] == [
        ("Jane Doe", "pecuniary", "Acme Health Ltd", "2024-02-01"),
        ("Jane Doe", "non-pecuniary", "Royal College of Physicians", "2024-04-03"),
        ("John Roe", "indirect", "Roe Care Homes Ltd", "2024-06-05"),
        ("Bob Moe", "pecuniary", "Moe Ltd", "2024-08-07"),
    ]


# ------------------------------------------------------------------ risks


def test_risk_blocks_of_a_committee_register_extract() -> None:
    # NHS trust committee paper: one block of labelled lines per risk ("Risk ID 2147", "Risk
    # owner ... Care group ...", "Initial score 4 x 5 = 20  Current score ...  Target score ...
    # Trend Static"), a score wrapped under itself ("3 x 3" over "= 9")
    recs = _records("penhallow-partnership-qsc-risk-register-2025-10")["risks"]
    assert [r.ref for r in recs] == ["2147", "2203", "2218", "2240", "2256", "2291", "2302"]
    r = recs[1]
    assert (r.workstream, r.owner, r.trend) == (
        "Adult Mental Health",
        "Rob Tregunna, Director of Operations – Adult Mental Health",
        "up",
    )
    assert (r.inherent.score, r.residual.likelihood, r.residual.impact) == (20, 5, 4)
    assert (r.target.likelihood, r.target.impact, r.target.score) == (3, 3, 9)
    assert recs[3].trend == "down" and recs[3].target.score == 6  # "2 x 3 Trend" run together
    assert recs[0].extra["title"] == "Ligature anchor points on adult acute inpatient wards"


def test_risk_blocks_variant_wording(tmp_path: Path) -> None:
    # a variant: "Risk ref:" with the reference in a cell of its own, "Executive lead",
    # "Directorate", "Inherent / Residual risk score" and "Direction of travel"
    items: list[tuple[float, float, float, str]] = [(30, 30, 12, "Board Assurance Framework extract")]
    top = 60.0
    for ref, lead, direction in (
        ("BAF-03", "Director of Finance", "Decreasing"),
        ("BAF-04", "Chief Nurse", "New"),
    ):
        items += [(30, top, 8, "Risk ref:"), (120, top, 8, ref), (200, top, 8, "Financial sustainability")]
        items += [(30, top + 11, 8, "Description"), (120, top + 11, 8, "The Trust may not deliver its plan.")]
        items += [(30, top + 22, 8, "Executive lead"), (120, top + 22, 8, lead)]
        items += [(300, top + 22, 8, "Directorate"), (380, top + 22, 8, "Corporate")]
        items += [(30, top + 33, 8, "Inherent risk score"), (120, top + 33, 8, "4 x 4 = 16")]
        items += [(200, top + 33, 8, "Residual risk score"), (300, top + 33, 8, "L3 x C4 = 12")]
        items += [(380, top + 33, 8, "Direction of travel"), (470, top + 33, 8, direction)]
        top += 60
    doc = read_document(str(write_pdf(tmp_path / "baf.pdf", [items])))
    recs = panel_risks(doc)
    assert [(r.ref, r.owner, r.workstream, r.trend) for r in recs] == [
        ("BAF-03", "Director of Finance", "Corporate", "down"),
        ("BAF-04", "Chief Nurse", "Corporate", "new"),
    ]
    assert (recs[0].inherent.score, recs[0].residual.likelihood, recs[0].residual.impact) == (16, 3, 4)
    assert recs[0].target is None and recs[0].description == "The Trust may not deliver its plan."


def test_county_register_scores_printed_as_named_factors() -> None:
    # English county council corporate register: "Impact 5 x Likelihood 4 = 20 (Red)" under
    # "Current score (Q3)", "Previous score (Q2)" a score last reported, not the inherent one
    recs = _records("westmarch-cc-corporate-risk-register-2024-25-q3")["risks"]
    cr01 = next(r for r in recs if r.ref == "CR01" and r.owner)
    assert (cr01.residual.likelihood, cr01.residual.impact, cr01.residual.score) == (4, 5, 20)
    assert (cr01.target.likelihood, cr01.target.impact, cr01.target.score) == (2, 5, 10)
    assert cr01.inherent is None


@pytest.mark.parametrize(
    ("cell", "triple"),
    [
        ("Impact 5 x Likelihood 4 = 20 (Red)", (4, 5, 20)),
        ("Impact 4 x Likelihood 3 = 12", (3, 4, 12)),
        # variants: likelihood first, consequence named, a RAG word without brackets
        ("Likelihood 3 x Consequence 4 = 12 Amber", (3, 4, 12)),
        ("Probability: 2 × Severity: 5 = 10", (2, 5, 10)),
        ("Impact 4 x Impact 3 = 12", None),
    ],
)
def test_named_factor_scores(cell: str, triple: tuple | None) -> None:
    assert _cell_triple(cell) == (tuple(float(x) for x in triple) if triple else None)


def test_declarations_table_at_the_head_of_minutes() -> None:
    # ICB committee minutes: "Declarations of interest made at the meeting" as a table "Name |
    # Agenda item | Interest declared | Action taken", the type in brackets at the end
    recs = _records("harrowdale-fenmoor-icb-pccc-2025-10-01")["interests"]
    assert [(r.person, r.category, r.declared_on, r.page) for r in recs] == [
        ("Dr Saoirse Kavanagh", "pecuniary", "2025-10-01", 1),
        ("Dr Aled Prosser", "non-pecuniary", "2025-10-01", 1),
        ("Dr Aled Prosser", "pecuniary", "2025-10-01", 1),
        ("Mrs Gillian Ferreira", "indirect", "2025-10-01", 1),
    ]
    assert "managed: Left the meeting for item 9.1 and did not take part." in recs[3].notes


def test_declarations_table_variant_headers(tmp_path: Path) -> None:
    # a variant: "Member | Item | Nature of interest | How managed", no type printed: a
    # declaration at the meeting
    xs = [30, 150, 230, 450]
    items: list[tuple[float, float, float, str]] = [(30, 30, 12, "Declarations of interests")]
    items += [
        (x, 60, 8, c)
        for x, c in zip(xs, ["Member", "Item", "Nature of interest", "How managed"], strict=True)
    ]
    items += [
        (x, 80, 8, c)
        for x, c in zip(xs, ["Cllr Ann Lee", "5", "Governor of Oak School", "Remained"], strict=True)
    ]
    items += [
        (x, 95, 8, c)
        for x, c in zip(
            xs, ["Bob Hale", "7.2", "Spouse works for Hale Ltd (indirect)", "Left the room"], strict=True
        )
    ]
    doc = read_document(str(write_pdf(tmp_path / "declarations.pdf", [items])))
    recs = interests_from_tables(doc)
    assert [(r.person, r.category, r.register) for r in recs] == [
        ("Cllr Ann Lee", "declared-at-meeting", None),
        ("Bob Hale", "indirect", None),
    ]
    assert recs[1].notes == "declared at the meeting; item: 7.2; managed: Left the room"


# ------------------------------------------------------------------ actions


def test_actions_arising_table_with_lead_and_by_columns() -> None:
    # national park authority minutes: "Actions arising" over "Minute | Action | Lead | By"
    recs = _records("harrowfell-npa-authority-meeting-pack-2025-03-28")["actions"]
    assert [(a.owner, a.due, a.page) for a in recs] == [
        ("Chief Executive", "2025-02-28", 5),
        ("Director of Corporate Services", "March 2025 meeting", 5),
        ("Director of Corporate Services", "2025-02-07", 5),
        ("Monitoring Officer", "2025-06-30", 5),
        ("Director of Corporate Services", "March 2025 meeting", 5),
    ]


@pytest.mark.parametrize(
    ("text", "actions"),
    [
        ("Actions arising\nMinute Action Lead By\n4/25 Respond in writing Chief Executive 28 February", True),
        # variants: "Who" for the owner; a page naming actions arising in prose only stays out
        ("ACTIONS ARISING\nMin. Action Who By\n12 Write to the trust Clerk 1 May", True),
        ("There were no actions arising from the previous minutes.", False),
    ],
)
def test_actions_arising_pages(text: str, actions: bool) -> None:
    assert ("actions" in table_families(text)) is actions


def test_us_action_minutes_action_lines_are_no_tasks() -> None:
    # US water district "Action Minutes": "ACTION: Approved Consent Calendar Items 4A through
    # 4D." over a "Moved: ...; Second: ...; Ayes: ..." line records what the board did
    # (the directors' requests to staff under "Requests for future agenda items" may be read as
    # actions: the truth ignores them, and another US district's minutes list them as directions)
    acts = _records("mesa-colorada-water-district-board-2025-11-06")["actions"]
    assert [a for a in acts if "requested that staff" not in a.text] == []


@pytest.mark.parametrize(
    ("body", "decision"),
    [
        ("Approved Item 4E.", True),
        ("Continued to the December 4, 2025 Regular Board Meeting.", True),
        ("No action taken.", True),
        # variants: other US boards' forms; a UK action in the imperative stays a task
        ("Motion carried 5-0.", True),
        ("Received and filed.", True),
        ("Adopted Ordinance No. 2025-11 on second reading.", True),
        ("Approve the revised budget and circulate to members (KW)", False),
        ("Continue discussions with the ICB on the estates plan", False),
    ],
)
def test_board_action_wording(body: str, decision: bool) -> None:
    assert bool(_BOARD_ACTION.match(body)) is decision


def test_officer_undertakings_in_irish_county_minutes() -> None:
    # "Mr. Tuohy agreed to circulate the Drumaghlin Active Travel programme to Members." in the
    # text of a management report item, no action labels in the minutes
    recs = _records("kilbrannagh-county-council-monthly-2025-09-08")["actions"]
    assert [(a.owner, a.page) for a in recs] == [("Mr. Tuohy", 2), ("Ms. Nolan", 3)]
    assert recs[0].text == "Mr. Tuohy agreed to circulate the Drumaghlin Active Travel programme to Members."


@pytest.mark.parametrize(
    ("sentence", "owner"),
    [
        ("Ms. Nolan agreed to include this from the December report.", "Ms. Nolan"),
        # variants: English committee minutes without the full stop, "undertook", a full name
        ("Dr Patel undertook to write to the practice about the list closure.", "Dr Patel"),
        ("Mrs Jane Okoro offered to liaise with the parish council.", "Mrs Jane Okoro"),
        # a councillor's agreement is a vote, and a request is not an undertaking
        ("Cllr. Fahy agreed to second the motion.", None),
        ("Mr. Tuohy was asked to circulate the programme.", None),
    ],
)
def test_undertaking_wording(sentence: str, owner: str | None) -> None:
    m = _DIRECTION.search(sentence)
    assert (m.group("person") if m else None) == owner


def test_fe_college_register_posts_and_nil_rows() -> None:
    # FE college corporation register: "Governor | Category | Interest | Organisation | Date
    # declared", the governor's kind under the name ("Independent Governor", "Staff Governor
    # (Support Staff)"), members with nothing to declare printed "None | No interests declared | –"
    recs = _records("harrowfield-wexcombe-college-corporation-pack-2025-12-09")["interests"]
    assert len(recs) == 18
    assert not any(r.person.startswith(("Mr Callum", "Mrs Philippa", "Ms Keeley")) for r in recs)
    by_person = {r.person: r.role for r in recs}
    assert by_person["Ms Beatrix Ng"] == "Staff Governor (Support Staff)"
    assert by_person["Mr Ravi Shankar-Lowe"] == "Co-opted Governor (Curriculum & Quality Committee)"


@pytest.mark.parametrize(
    ("cells", "nothing"),
    [
        ({"category": "None", "nature": "No interests declared", "organisation": "–"}, True),
        ({"nature": "Nil declared"}, True),
        # variants: a dash alone, "Nothing to declare"; an interest stays one
        ({"nature": "—", "organisation": "-"}, True),
        ({"nature": "Nothing to declare"}, True),
        ({"category": "Employment", "nature": "Lecturer", "organisation": "–"}, False),
    ],
)
def test_nil_register_rows(cells: dict[str, str], nothing: bool) -> None:
    assert _records_nothing(cells) is nothing


def test_declarations_by_irish_names_and_us_district_directors() -> None:
    # Northern Irish borough council: "Councillor Ó Murchú declared an interest in item 6 ..."
    recs = _records("mourne-glens-bc-environment-regeneration-committee-minutes-2024-11-04")["interests"]
    assert [(i.person, i.role) for i in recs] == [("Ó Murchú", "Councillor"), ("Kennedy", "Alderman")]
    # US water district: "Director Okafor stated that he has a potential conflict of interest
    # because his brother-in-law is ... employed by Coastline Coatings, Inc., ... and recused himself"
    recs = _records("mesa-colorada-water-district-board-2025-11-06")["interests"]
    assert [(i.person, i.role, i.declared_on) for i in recs] == [("Okafor", "Director", "2025-11-06")]
    assert "and recused himself from consideration of the item" in recs[0].nature


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Councillor Ó Murchú declared an interest in item 6.", "Councillor Ó Murchú"),
        # variants: another Irish name, a school board trustee, a recusal after a conflict
        ("Cllr Ní Mhurchú declared a personal interest in item 4.", "Cllr Ní Mhurchú"),
        (
            "Trustee Alvarez stated that she has a financial conflict of interest in item 7.",
            "Trustee Alvarez",
        ),
        ("Director Lee recused himself from the item.", "Director Lee"),
        ("The Director stated that the item was deferred.", None),
    ],
)
def test_declaration_wording(text: str, person: str | None) -> None:
    m = _DECLARED.search(text)
    assert (m.group("person") if m else None) == person
