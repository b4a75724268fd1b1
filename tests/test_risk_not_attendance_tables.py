"""A table of people is not a risk register (extract.risks): "Initials" beside "Name" and
"Title" in the attendance table of minutes printed as tables read as "Initial S", the initial
score of a risk register, with "Title" its description. Read on written-dev16 (session 13)."""

from __future__ import annotations

from conftest import WRITTEN_DEV16

from boardpapers.extract.risks import RISK_SPEC, extract_risks
from boardpapers.reading.pdf_reader import read_document


def test_initials_column_is_no_score() -> None:
    # variants: the attendance tables of committees' minutes ("Member | Role | Initials")
    for labels in (["Name", "Title", "Initials"], ["Member", "Title", "INITIALS"]):
        assert not RISK_SPEC.is_header(labels)
        assert RISK_SPEC.label_fields(labels)[-1] is None


def test_initial_score_still_read() -> None:
    # an initial score printed as its own label (two-level headers: "Initial S", "Initial score")
    fields = RISK_SPEC.label_fields(
        ["Ref", "Risk title", "Initial L", "Initial I", "Initial S", "Current score"]
    )
    assert fields[2:] == ["inherent.likelihood", "inherent.impact", "inherent.score", "residual.score"]


def test_minutes_as_table_give_no_risks() -> None:
    # committee minutes as "Item | Discussion | Action / Owner", the roll a "Name | Title |
    # Initials" table; strategic risks mentioned in passing are no register
    doc = read_document(str(WRITTEN_DEV16 / "f-wyvern-coast-chs-qsc-2025-06-18.pdf"))
    assert extract_risks(doc) == []
