"""People over the 2018 and 2020 City & Hackney packs, through the store and
the CLI. Expected values are read from the PDFs: Ian Williams (LB Hackney,
Group Director, Finance and Corporate Services) is in attendance at the
minuted meetings of 11 Oct 2018 (2018 pack p11) and 12 Nov 2020 (2020 pack
p10); the 2020 register (p2) lists four interests the 2018 register (p3)
does not: London Treasury Ltd, London CIV Board, Society of Municipal
Treasurers and London CIV Shareholders Committee. Jon Williams (Healthwatch
Hackney) is another person."""

from __future__ import annotations

import json
import sqlite3

import pytest
from click.testing import CliRunner
from conftest import PACK_2018, PACK_2020

from boardpapers.cli import main
from boardpapers.pipeline.ingest import ingest
from boardpapers.store.schema import SCHEMA_VERSION


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("people") / "bp.db")
    ingest([str(PACK_2018), str(PACK_2020)], path, workers=0)
    return path


def run(*args):
    result = CliRunner().invoke(main, [str(a) for a in args])
    assert result.exit_code == 0, result.output
    return result.output


def test_person_profile_shows_roles_attendance_and_added_interests(db):
    data = json.loads(run("person", "Ian Williams", "--db", db, "--json"))
    assert data["person"]["name"] == "Ian Williams"
    assert {"2018-10-11", "2020-11-12"} <= {a["date"] for a in data["attendance"]}
    assert any(
        r["role"]
        and "Group Director, Finance and Corporate" in r["role"]
        and r["organisation"] == "London Borough of Hackney"
        for r in data["roles"]
    )
    assert len(data["registers"]) == 2
    added = {c["organisation"] for d in data["diffs"] for c in d["changes"] if c["change"] == "added"}
    assert added == {
        "London Treasury Ltd",
        "London CIV Board",
        "Society of Municipal Treasurers",
        "London CIV Shareholders Committee",
    }
    names = {r["person"] for g in data["registers"] for r in g["rows"]}
    assert names == {"Ian Williams"}


@pytest.mark.parametrize("variant", ["I Williams", "Ian Wiliams", "Cllr Ian Williams", "ian williams"])
def test_interests_by_any_variant_give_the_same_rows(db, variant):
    expected = run("interests", "--person", "Ian Williams", "--db", db, "--csv")
    assert expected.count("\n") > 10
    assert "Jon Williams" not in expected
    assert run("interests", "--person", variant, "--db", db, "--csv") == expected


def test_same_surname_different_people(db):
    rows = json.loads(run("people", "Williams", "--db", db, "--json"))
    by_name = {r["name"]: r["id"] for r in rows}
    assert "Ian Williams" in by_name and "Jon Williams" in by_name
    assert by_name["Ian Williams"] != by_name["Jon Williams"]
    jon = json.loads(run("person", "Jon Williams", "--db", db, "--json"))
    assert {r["person"] for g in jon["registers"] for r in g["rows"]} == {"Jon Williams"}


def test_actions_owner_by_initial_finds_the_same_actions(db):
    full = run("actions", "--owner", "Jonathan McShane", "--db", db, "--csv")
    assert full.count("\n") > 1
    assert run("actions", "--owner", "J McShane", "--db", db, "--csv") == full


def test_org_by_abbreviation(db):
    data = json.loads(run("org", "LB Hackney", "--db", db, "--json"))
    assert data["key"] == "london borough hackney"
    assert "Ian Williams" in {r["person"] for r in data["interests"]}
    assert json.loads(run("org", "London Borough of Hackney", "--db", db, "--json")) == data


def _keys(db, name):
    con = sqlite3.connect(db)
    keys = {r[0] for r in con.execute("select name_key from person_mentions where name = ?", [name])}
    con.close()
    return keys


def test_judgement_different_survives_reingest_and_wins(db):
    """'Mark Rickets' (2018 pack p10) and 'Mark Ricketts' (2020 pack p10) are joined by
    the surname-typo rule; a reviewer's 'different' splits them, and still does after
    both packs are ingested again; a later 'same' does not undo it."""
    from boardpapers.api.people import record_judgement
    from boardpapers.store.store import Store

    variants = {
        v["name"] for v in json.loads(run("person", "Mark Ricketts", "--db", db, "--json"))["variants"]
    }
    assert {"Mark Rickets"} <= variants and any("Ricketts" in v for v in variants)
    (typo,) = _keys(db, "Mark Rickets")
    (right,) = {k for v in variants if "Ricketts" in v for k in _keys(db, v)}
    store = Store(db)
    record_judgement(store, typo, right, "different")
    store.close()
    split = {v["name"] for v in json.loads(run("person", "Mark Ricketts", "--db", db, "--json"))["variants"]}
    assert "Mark Rickets" not in split
    con = sqlite3.connect(db)
    con.execute("update documents set parser_version = 'old'")
    con.execute("update files set parser_version = 'old'")
    con.commit()
    con.close()
    summary = ingest([str(PACK_2018), str(PACK_2020)], db, workers=0, reprocess=True)
    assert summary.count("replaced") + summary.count("new") == 2
    con = sqlite3.connect(db)
    assert con.execute("pragma user_version").fetchone()[0] == SCHEMA_VERSION
    assert con.execute("select verdict from person_judgements").fetchall() == [("different",)]
    con.close()
    again = {v["name"] for v in json.loads(run("person", "Mark Ricketts", "--db", db, "--json"))["variants"]}
    assert "Mark Rickets" not in again
    store = Store(db)
    record_judgement(store, typo, right, "same")
    assert [r["verdict"] for r in store.db.query("select verdict from person_judgements")] == ["different"]
    store.close()


def test_review_queue_lists_and_judges_by_number(db):
    """Two Harrisons with forenames plus a bare 'Harrison' in one document: the
    rules leave it to review (hand-made store rows, so the test does not depend
    on what the packs hold)."""
    from boardpapers.api.people import record_judgement, review_queue
    from boardpapers.names import parse_name
    from boardpapers.people.mentions import PersonMention
    from boardpapers.people.resolve import resolve

    ms = [
        PersonMention(
            n, parse_name(n), "attendance", "attendance", "d1", 1, body="Health and Wellbeing Board"
        )
        for n in ("Jill Harrison", "Brenda Harrison", "Councillor Harrison")
    ]
    res = resolve(ms)
    assert len(res.review) == 2
    assert res.person_of[2] not in (res.person_of[0], res.person_of[1])
    assert callable(review_queue) and callable(record_judgement)


def test_cover_sheet_names_are_agenda_leads(db):
    """2020 pack p51, the cover of item 6: 'Lead Officer: David Maher – CCG Managing
    Director', 'Author: Carol Beckford – Transition Director'."""
    con = sqlite3.connect(db)
    rows = con.execute(
        "select m.name, m.role from person_mentions m join documents d on d.sha256 = m.sha256"
        " where m.context = 'agenda_lead' and m.page = 51 and d.path like ?",
        [f"%{PACK_2020.name}"],
    ).fetchall()
    con.close()
    assert ("David Maher", "lead officer") in rows and ("Carol Beckford", "author") in rows
