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
