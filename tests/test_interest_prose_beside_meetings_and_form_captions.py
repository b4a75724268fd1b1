"""Registers per member, session 18: members' statements summarised in prose read beside a table
of the declarations made at meetings (`interest_statements.prose_statements` kept by
`interests._registers_and_declarations` when a table reader read the other table), prose
sentences that hold none of the categories (`interest_nil.NIL_SENTENCE`), and a boxed form's
caption row written out ("Category of interest | Details of interest declared")."""

from __future__ import annotations

from conftest import WRITTEN_DEV28, written_doc

from boardpapers.extract.interests import extract_interests

PROSE = "dc-kafue-flats-catchment-board-interests-2025-02-28"
FORMS = "dc-ulster-waterways-heritage-board-roi-2025-04-30"
# the category of a row of the table of declarations made at meetings
MEETING = "declared-at-meeting"


def test_prose_statements_kept_beside_a_table_of_declarations_at_meetings() -> None:
    records = extract_interests(written_doc(WRITTEN_DEV28, PROSE))
    # the statements (Part A); the table's rows (Part B) name the same members by initials ("Mr. M.
    # C. Bwalya"), given the full names of Part A
    chair = [r for r in records if r.person == "Mwansa Chilufya Bwalya" and r.category != MEETING]
    # "... Limited and holds 30 per cent ..." is two interests; "He declared no interest of his
    # spouse" none
    assert [r.category for r in chair] == ["pecuniary", "pecuniary", "pecuniary", "non-pecuniary"]
    assert chair[2].nature == "holds 30 per cent of the shares in Nega Nega Farms Limited"
    assert {(r.role, r.declared_on, r.page) for r in chair} == {("Chairperson", "2025-01-20", 1)}
    # the table of declarations at meetings is still read
    assert [(r.person, r.nature, r.declared_on) for r in records if r.category == MEETING] == [
        ("Yotam Banda", "Employee and shareholder of Kafue Sugar Estates PLC, an applicant", "2024-03-14"),
        (
            "Chipo Mulenga Lungu",
            "Spouse is a Partner in Lungu and Phiri Consulting Engineers, a bidder",
            "2024-06-20",
        ),
        ("Mwansa Chilufya Bwalya", "Holder of an irrigation permit in the sub-catchment", "2024-06-20"),
        ("Lazarus Sikaona Mweemba", "Town Clerk of Mazabuka Municipal Council, the discharger", "2024-11-07"),
    ]
    assert any(r.person == "Yotam Banda" and "Environmental Institute of Zambia" in r.nature for r in records)


def test_sentences_holding_no_category_declare_nothing() -> None:
    records = extract_interests(written_doc(WRITTEN_DEV28, PROSE))
    # "She has no directorships or shareholdings." / "... holds no other employment, directorship ..."
    assert [r.nature for r in records if r.person == "Namwinga Hachilala" and r.category != MEETING] == [
        "an Induna of the Chief Mukobela Royal Establishment, Namwala, for which she receives an allowance",
        "owns 45 head of cattle grazed on the Kafue Flats floodplain under customary tenure",
    ]
    assert [r.nature for r in records if r.person == "Lazarus Sikaona Mweemba" and r.category != MEETING] == [
        "the Town Clerk of Mazabuka Municipal Council"
    ]


def test_written_out_caption_row_is_no_entry() -> None:
    records = extract_interests(written_doc(WRITTEN_DEV28, FORMS))
    assert not [r for r in records if r.nature == "Details of interest declared"]
    assert len([r for r in records if r.person == "Ciara Mulholland"]) == 6
