"""Decisions of families met in benchmarks/written-dev14 (read in session 12): the agenda adopted
in the passive, and "approved" as an adjective in a register's cell, on the read file and a variant."""

from __future__ import annotations

from conftest import WRITTEN_DEV14, written_doc

from boardpapers.extract.decisions import extract_decisions
from boardpapers.model import Document, Page


def test_agenda_adopted_and_risk_cell_not_a_decision():
    got = extract_decisions(written_doc(WRITTEN_DEV14, "f-mid-shannon-etb-audit-risk-2025-06-10"))
    texts = [d.text for d in got]
    assert any(t.startswith("The agenda was adopted on the proposal of") for t in texts)
    assert not any("exceed approved" in t for t in texts)


def test_variant_agenda_approved_and_attributive_approved():
    text = (
        "MINUTES OF THE MEETING OF THE FINANCE COMMITTEE HELD ON 3 MARCH 2025\n"
        "1. Agenda\n"
        "The agenda was approved on the proposal of Mr Byrne, seconded by Ms Walsh.\n"
        "2. Capital programme\n"
        "Projects which exceed approved\n"
        "budgets are reported monthly.\n"
        "R-07 Contract costs exceed approved\n"
        "budgets (supplier inflation).\n"
    )
    doc = Document(sha256="0", path="x.pdf", size=0, page_count=1, pages=[Page(number=1, text=text)])
    got = extract_decisions(doc)
    assert [(d.outcome, d.text) for d in got] == [
        ("approved", "The agenda was approved on the proposal of Mr Byrne, seconded by Ms Walsh.")
    ]
