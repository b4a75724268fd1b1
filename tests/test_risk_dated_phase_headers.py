"""Enterprise risk registers whose header words the register reader did not know: the title and
description in one column headed "Risk and description" ("Risk & details"), and a phase label
dated in brackets over its "L | C | Rating" cells ("Target (Mar 2027)", "Residual (June 2025)",
"Current (Q1 2025/26)": the date the target is to be reached or the quarter the scores were
taken). Read set: written-dev26's provincial legal aid commission's register under a briefing
note; the variant is a port authority's register with other words and dates (extract/risks.py)."""

from __future__ import annotations

import pytest
from conftest import WRITTEN_DEV26, written_doc
from table_docs import table_document

from boardpapers.extract.risks import RISK_SPEC, extract_risks


@pytest.mark.parametrize(
    ("labels", "fields"),
    [
        (
            [
                "Ref",
                "Risk & details",
                "Current (Q1 2025/26) L",
                "Current (Q1 2025/26) C",
                "Current (Q1 2025/26) Rating",
            ],
            ["ref", "description", "residual.likelihood", "residual.impact", "residual.score"],
        ),
        (
            [
                "ID",
                "Risk and description",
                "Target (Dec 2026) L",
                "Target (Dec 2026) I",
                "Target (Dec 2026) Score",
            ],
            ["ref", "description", "target.likelihood", "target.impact", "target.score"],
        ),
        # a scale in brackets says nothing of the phase either
        (
            ["Ref", "Risk description", "Likelihood (1-5)", "Impact (1-5)", "Score (1-25)"],
            ["ref", "description", "inherent.likelihood", "inherent.impact", "inherent.score"],
        ),
    ],
)
def test_dated_phase_and_joined_description_labels(labels: list[str], fields: list[str]) -> None:
    assert RISK_SPEC.fields_for(labels) == fields


def test_variant_port_authority_register_with_dated_phases() -> None:
    header = [
        "Ref",
        "Risk & details",
        "Category",
        "Owner",
        "Gross",
        None,
        None,
        "Residual (June 2025)",
        None,
        None,
        "Target (Mar 2026)",
        None,
        None,
        "Trend",
    ]
    sub = [None, None, None, None, "L", "C", "Rating", "L", "C", "Rating", "L", "C", "Rating", None]
    rows = [
        header,
        sub,
        ["PA-1", "Channel silting. Dredging falls behind.", "Operational", "Harbour Master"]
        + ["4", "4", "16", "3", "4", "12", "2", "3", "6", "Increasing"],
        ["PA-2", "Cyber attack on the port system.", "Technology", "CIO"]
        + ["3", "5", "15", "3", "4", "12", "2", "4", "8", "Stable"],
    ]
    doc = table_document([("Port Authority Enterprise Risk Register", [rows])])
    risks = extract_risks(doc)
    assert [r.ref for r in risks] == ["PA-1", "PA-2"]
    first = risks[0]
    assert first.description == "Channel silting. Dredging falls behind."
    assert (first.residual.likelihood, first.residual.impact, first.residual.score) == (3, 4, 12)
    assert (first.target.likelihood, first.target.impact, first.target.score) == (2, 3, 6)
    assert first.direction == "Increasing" and first.workstream == "Operational"


def test_written_dev26_briefing_note_register() -> None:
    doc = written_doc(WRITTEN_DEV26, "o-northern-plains-legal-aid-afrc-2025-09-17")
    risks = extract_risks(doc)
    assert [r.ref for r in risks] == [f"ERR-0{n}" for n in range(1, 9)]
    r = risks[0]
    assert (r.target.likelihood, r.target.impact, r.target.score) == (3, 3, 9)
    assert r.workstream == "Financial" and r.direction == "Increasing"
    assert risks[6].page == 3 and risks[6].direction == "New"
