"""Structured records through the store and the CLI: decisions, meetings,
show meeting, typed search. Expected values are from the seed texts (the
2020 City & Hackney minutes of 12 November 2020 list 18 decision bullets,
6 of them APPROVED, each once per board)."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from conftest import PACK_2020

from boardpapers.cli import main


@pytest.fixture
def db(corpus_db):
    return corpus_db


def run(*args):
    result = CliRunner().invoke(main, [str(a) for a in args])
    assert result.exit_code == 0, result.output
    return result.output


def test_decisions_search_finds_both_autism_approvals(db):
    data = json.loads(run("decisions", "autism strategy", "--db", db, "--json"))
    hits = data["hits"]
    assert len(hits) == 2
    assert {h["record"]["decided_by"] for h in hits} == {
        "City Integrated Commissioning Board",
        "Hackney Integrated Commissioning Board",
    }
    for h in hits:
        assert h["document"] == PACK_2020.name and h["page"] == 13 and h["date"] == "2020-11-12"
        assert h["record"]["outcome"] == "approved"
        assert "All-Age Autism Strategy" in h["record"]["text"]


def test_decisions_filters(db):
    rows = json.loads(
        run(
            "decisions",
            "--db",
            db,
            "--outcome",
            "approved",
            "--since",
            "2020-11-01",
            "--until",
            "2020-11-30",
            "--json",
        )
    )
    assert len(rows) == 6
    assert {r["meeting_date"] for r in rows} == {"2020-11-12"}
    assert all(r["text"].startswith("APPROVED") for r in rows)
    same_day = json.loads(
        run("decisions", "--db", db, "--since", "2020-11-12", "--until", "2020-11-12", "-n", 100, "--json")
    )
    by_outcome: dict[str, int] = {}
    for r in same_day:
        by_outcome[r["outcome"]] = by_outcome.get(r["outcome"], 0) + 1
    assert by_outcome == {"approved": 6, "noted": 10, "endorsed": 2}
    csv_out = run("decisions", "--db", db, "--outcome", "approved", "--csv")
    assert csv_out.splitlines()[0].startswith("meeting_date,decided_by,item_number")


def test_search_type_filter(db):
    pages = json.loads(run("search", "autism", "--db", db, "--type", "page", "--json"))
    decisions = json.loads(run("search", "autism", "--db", db, "--type", "decision", "--json"))
    assert {h["type"] for h in pages["hits"]} == {"page"}
    assert {h["type"] for h in decisions["hits"]} == {"decision"}
    items = json.loads(run("search", "autism", "--db", db, "--type", "item", "--json"))
    assert all(h["type"] == "item" for h in items["hits"])
    dated = json.loads(
        run("search", "minutes", "--db", db, "--type", "decision", "--since", "2025-01-01", "--json")
    )
    assert dated["hits"] and all(h["date"] >= "2025-01-01" for h in dated["hits"])


def test_meetings_and_show_meeting(db):
    meetings = json.loads(run("meetings", "--db", db, "--json"))
    own = [m for m in meetings if m["document"] == PACK_2020.name and m["kind"] == "meeting"]
    minutes = [m for m in meetings if m["document"] == PACK_2020.name and m["kind"] == "minutes"]
    assert len(own) == 1 and own[0]["date"] == "2020-12-10" and own[0]["items"] == 15
    assert len(minutes) == 1 and minutes[0]["date"] == "2020-11-12" and minutes[0]["decisions"] == 18
    detail = json.loads(run("show", "meeting", minutes[0]["id"], "--db", db, "--json"))
    assert len(detail["decisions"]) == 18 and detail["attendance"]
    agenda = json.loads(run("show", "meeting", own[0]["id"], "--db", db, "--json"))["agenda_items"]
    assert [a["number"] for a in agenda][:4] == ["1", "2", "3", "4"]
    out = run("show", "meeting", own[0]["id"], "--db", db)
    assert "agenda" in out and "Chair" in out and "2020-12-10" in out
    hartlepool = json.loads(run("meetings", "--db", db, "--body", "Health and Wellbeing", "--json"))
    assert hartlepool and all("Health and Wellbeing" in m["body"] for m in hartlepool)
