"""Following people, actions and risks across packs in one store.
Ground truth from the seed texts: Ian Williams' rows in the 2018 and 2020
City & Hackney registers; the Transparency Board trackers of Jan and Mar 2011;
the 2018 escalated risk register."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from click.testing import CliRunner

from boardpapers.api.queries import actions_view, person_interests, risks_view
from boardpapers.cli import main
from boardpapers.store.history import due_date, name_matches, person_key
from boardpapers.store.store import Store


@pytest.fixture
def db(corpus_db):
    return corpus_db


def test_person_names_match_simply():
    assert person_key("Cllr  Honor RHODES") == "honor rhodes"
    assert name_matches("Honor Rhodes", "Dr Honor Rhodes")
    assert name_matches("rhodes", "Honor Rhodes")
    assert not name_matches("Honor Rhodes", "Honor Smith")


def test_ian_williams_interests_across_registers(db):
    data = person_interests(Store(db), "Ian Williams")
    registers = data["registers"]
    assert [r["date"] for r in registers] == ["2018-11-16", "2020-12-10"]
    assert len(registers[1]["rows"]) == 13  # 13 rows under Ian Williams in the 2020 register
    changes = data["diffs"][0]["changes"]
    added = {c["organisation"] for c in changes if c["change"] == "added"}
    assert added == {
        "London Treasury Ltd",
        "London CIV Board",
        "Society of Municipal Treasurers",
        "London CIV Shareholders Committee",
    }
    assert not [c for c in changes if c["change"] == "removed"]


def test_honor_rhodes_diff_pairs_renamed_interest(db):
    data = person_interests(Store(db), "Honor Rhodes")
    assert [len(r["rows"]) for r in data["registers"]] == [6, 4]
    changes = data["diffs"][0]["changes"]
    removed = {c["organisation"] for c in changes if c["change"] == "removed"}
    assert removed == {
        "The School and Family Works, Social Enterprise",
        "Oxleas NHS Foundation Trust",
        "Early Intervention Foundation",
    }
    renamed = [c for c in changes if c["change"] == "changed" and "organisation" in c["fields"]]
    assert [c["organisation"] for c in renamed] == [
        "Tavistock Relationships (manages the City Wellbeing Centre)"
    ]


def test_cli_interests_diff(db):
    out = CliRunner().invoke(main, ["interests", "--person", "Ian Williams", "--diff", "--db", db]).output
    assert "+ added: London Treasury Ltd" in out
    data = json.loads(
        CliRunner().invoke(main, ["interests", "--person", "Ian Williams", "--db", db, "--json"]).output
    )
    assert len(data["registers"]) == 2


def test_transparency_board_actions_followed_across_trackers(db):
    histories = actions_view(Store(db))
    followed = [h for h in histories if len(h.history) == 2]
    texts = sorted(h.text for h in followed)
    assert len(followed) == 3
    assert any(t.startswith("Cabinet Office Transparency Team to confirm plan for publishing") for t in texts)
    for h in followed:
        assert [e["event"] for e in h.history] == ["opened", "closed"]
        assert h.history[-1]["date"] == "2011-03-02" and h.status == "closed"


def test_overdue_open_actions(db):
    overdue = actions_view(Store(db), status="open", overdue=True, as_of=dt.date(2021, 1, 1))
    refs = {h.ref for h in overdue if h.ref}
    assert {"ICBMay-4", "ICBMay-5"} <= refs  # due Aug-20 and Jul-20, still Open in Dec 2020
    assert "ICBNov-1" not in refs  # closed
    assert all(h.status == "open" for h in overdue)
    by_owner = actions_view(Store(db), owner="Sunil Thakker")
    assert {h.ref for h in by_owner} == {"ICBMay-4"}


def test_due_dates_as_written():
    assert due_date("Dec-20") == dt.date(2020, 12, 31)
    assert due_date("March 2011") == dt.date(2011, 3, 31)
    assert due_date("2019-03-14") == dt.date(2019, 3, 14)
    assert due_date("Ongoing") is None


def test_risks_by_score(db):
    high = risks_view(Store(db), min_score=16)
    refs = {s.ref for s in high}
    assert "UC1" in refs  # residual 4 x 4 = 16 in the 2018 escalated risk register
    assert "UC2" not in refs  # residual 9
    assert all(s.latest >= 16 for s in high)
    out = CliRunner().invoke(main, ["risks", "--min-score", "16", "--db", db, "--csv"]).output
    assert out.splitlines()[0].startswith("ref,description,owner,latest")
