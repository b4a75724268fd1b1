"""Meeting identity (store/identity.py): one meeting per body and date whichever
documents it appears in; a record reprinted in another document is one record
with several appearances; the store navigable by other tools (foreign keys,
views, schema version)."""

from __future__ import annotations

import json
import sqlite3

import sqlite_utils
from click.testing import CliRunner

from boardpapers.cli import main
from boardpapers.extract.records import Attendance, Decision, Meeting
from boardpapers.model import Document
from boardpapers.store.identity import body_key
from boardpapers.store.schema import SCHEMA_VERSION
from boardpapers.store.store import Store


def ok(*args):
    r = CliRunner().invoke(main, [str(a) for a in args])
    assert r.exit_code == 0, r.output
    return r.stdout


# ---- on the sample corpus ---------------------------------------------------------
def test_agenda_and_printed_minutes_are_one_meeting(corpus_db):
    """Kent Cabinet 30 January 2025: the agenda frontsheet lists items 1-9 and
    the printed minutes record six RESOLVED decisions (pages 1, 10, 13, 14, 15, 17)."""
    meetings = json.loads(ok("meetings", "--json", "--db", corpus_db))
    cabinet = [m for m in meetings if m["date"] == "2025-01-30"]
    assert len(cabinet) == 1
    m = cabinet[0]
    assert m["body"] == "Cabinet" and m["documents"] == 2 and m["kind"] == "meeting, minutes"
    assert m["items"] == 9 and m["decisions"] == 6
    detail = json.loads(ok("show", "meeting", m["id"], "--json", "--db", corpus_db))
    assert [a["number"] for a in detail["agenda_items"]] == [str(n) for n in range(1, 10)]
    assert sorted(d["page"] for d in detail["decisions"]) == [1, 10, 13, 14, 15, 17]
    assert detail["attendance"] and "actions" in detail
    assert {a["document"] for a in detail["meeting"]["appearances"]} == {
        "cabinet_2025-01-30_Agenda frontsheet 30th-Jan-2025 10.00 Cabinet.pdf",
        "cabinet_2025-01-30_Printed minutes 30th-Jan-2025 10.00 Cabinet.pdf",
    }
    table = ok("show", "meeting", m["id"], "--db", corpus_db)
    assert "agenda" in table and "decisions" in table and "attendance" in table


def test_joint_boards_deciding_the_same_words_stay_two_decisions(corpus_db):
    """City and Hackney ICBs, 12 Nov 2020: each board approved the same
    strategies, so identical words from two boards are two decisions."""
    meetings = json.loads(ok("meetings", "--json", "--db", corpus_db))
    (m,) = [m for m in meetings if m["date"] == "2020-11-12"]
    assert m["decisions"] == 18


def test_store_is_navigable_by_other_tools(corpus_db):
    con = sqlite3.connect(corpus_db)
    for table in ("decisions", "attendance", "agenda_items", "meetings", "actions"):
        fks = {(r[2], r[3], r[4]) for r in con.execute(f"pragma foreign_key_list({table})")}
        assert ("documents", "sha256", "sha256") in fks
        assert ("meeting_identities", "meeting_id", "id") in fks
    assert con.execute("pragma user_version").fetchone()[0] == SCHEMA_VERSION
    assert con.execute("select value from meta where key = 'schema_version'").fetchone()[0] == str(
        SCHEMA_VERSION
    )
    views = {r[0] for r in con.execute("select name from sqlite_master where type = 'view'")}
    assert {"decisions_with_documents", "meeting_summary", "appearances"} <= views
    n_decisions = con.execute("select count(*) from decisions").fetchone()[0]
    assert con.execute("select count(*) from decisions_with_documents").fetchone()[0] == n_decisions
    summary = con.execute("select sum(decisions) from meeting_summary").fetchone()[0]
    linked = con.execute(
        "select count(*) from decisions where meeting_id is not null and same_as is null"
    ).fetchone()[0]
    assert summary == linked


# ---- reprints, on a store built record by record --------------------------------------
def _doc(sha: str, path: str) -> Document:
    return Document(sha256=sha, path=path, size=1, page_count=20)


DECISIONS_30_JAN = [
    "RESOLVED that Cabinet agree the Commissioning Plan for Education Provision in Kent 2025-29",
    "RESOLVED that Cabinet note the report.",
    "RESOLVED that Cabinet note the report.",  # a second item with the same words
]


def _minutes(sha: str, page0: int, texts: list[str], own: Meeting | None = None) -> dict:
    meetings = [
        Meeting(
            "Kent County Council Cabinet" if own else "Cabinet",
            "2025-01-30",
            None,
            None,
            page0,
            kind="minutes",
        )
    ]
    if own:
        meetings.insert(0, own)
    return {
        "meetings": meetings,
        "decisions": [
            Decision(str(i), None, "Cabinet", "resolved", t, "2025-01-30", page0 + i)
            for i, t in enumerate(texts)
        ],
        "attendance": [Attendance("Mr R W Gough", "Chairman", None, "present", "2025-01-30", page0)],
    }


def test_minutes_reprinted_in_the_next_pack_are_one_meeting_with_two_appearances(tmp_path):
    store = Store(str(tmp_path / "bp.db"))
    store.replace_document(
        _doc("a" * 64, "/p/minutes.pdf"), _minutes("a", 1, DECISIONS_30_JAN), path="/p/minutes.pdf", mtime=0
    )
    reprint = [
        DECISIONS_30_JAN[0].replace("Provision", "Provi- sion"),
        *DECISIONS_30_JAN[1:],
    ]  # a line-break hyphen
    own = Meeting("Cabinet", "2025-03-13", None, None, 1)
    store.replace_document(
        _doc("b" * 64, "/p/pack.pdf"), _minutes("b", 5, reprint, own=own), path="/p/pack.pdf", mtime=0
    )
    db = store.db
    jan = list(db.query("select * from meeting_summary where date = '2025-01-30'"))
    assert len(jan) == 1 and jan[0]["documents"] == 2
    assert jan[0]["decisions"] == 3 and jan[0]["attendance"] == 1
    assert db.execute("select count(*) from meeting_identities").fetchone()[0] == 2
    seen = list(
        db.query("select record_id, count(*) n from appearances where record_table = 'decisions' group by 1")
    )
    assert len(seen) == 3 and all(r["n"] == 2 for r in seen)
    pages = sorted(r["page"] for r in db.query("select page from decisions"))
    assert pages == [1, 2, 3, 5, 6, 7]  # each appearance keeps its own page

    # The minutes file is replaced by a different document: the reprint becomes canonical.
    store.replace_document(_doc("c" * 64, "/p/minutes.pdf"), {"meetings": []}, path="/p/minutes.pdf", mtime=1)
    jan = list(db.query("select * from meeting_summary where date = '2025-01-30'"))
    assert jan[0]["decisions"] == 3 and jan[0]["documents"] == 1
    dangling = db.execute(
        "select count(*) from decisions a where same_as is not null and same_as not in (select id from decisions)"
    ).fetchone()[0]
    assert dangling == 0


def test_body_names_match_within_a_date():
    assert body_key("Cabinet") != body_key("Kent County Council Cabinet")
    assert body_key("City ICB and Hackney ICB") == body_key("Hackney ICB and City ICB")
    assert body_key("City & Hackney ICB") == body_key("city and hackney icb")
    from boardpapers.store.identity import _same_body

    assert _same_body(body_key("Kent County Council Cabinet"), body_key("Cabinet"))
    assert not _same_body(body_key("Trust Board"), body_key("Board"))
    assert not _same_body(body_key("Trust Board"), body_key("Health and Wellbeing Board"))


def test_an_unversioned_store_is_migrated_and_linked(tmp_path):
    """A store as version 0 left it (tables created from the first record)."""
    path = str(tmp_path / "old.db")
    db = sqlite_utils.Database(path)
    db["files"].insert(
        {"path": "/p/m.pdf", "sha256": "d" * 64, "size": 1, "mtime": 0.0, "status": "ok"}, pk="path"
    )
    db["documents"].insert(
        {
            "sha256": "d" * 64,
            "path": "/p/m.pdf",
            "title": "m",
            "meeting_date": "2025-01-30",
            "body": "Cabinet",
            "ingested_at": "2025-02-01T00:00:00",
            "parser_version": "0",
        },
        pk="sha256",
    )
    db["pages"].insert({"sha256": "d" * 64, "number": 1, "text": "x"}, pk=("sha256", "number"))
    db["meetings"].insert(
        {"id": 1, "sha256": "d" * 64, "body": "Cabinet", "date": "2025-01-30", "kind": "minutes", "page": 1},
        pk="id",
    )
    db["decisions"].insert(
        {
            "id": 1,
            "sha256": "d" * 64,
            "decided_by": "Cabinet",
            "outcome": "resolved",
            "text": "RESOLVED x",
            "meeting_date": "2025-01-30",
            "page": 2,
        },
        pk="id",
    )
    db.close()
    store = Store(path)
    assert store.db.execute("pragma user_version").fetchone()[0] == SCHEMA_VERSION
    (row,) = store.db.query("select * from decisions_with_documents")
    assert row["meeting_id"] is not None and row["document_id"] == "d" * 64 and row["canonical"] == 1


def _paged(sha: str, path: str, texts: list[str]) -> Document:
    from boardpapers.model import Page

    pages = [Page(i + 1, t) for i, t in enumerate(texts)]
    return Document(sha256=sha, path=path, size=1, page_count=len(pages), pages=pages)


def _report_page(n: int) -> str:
    return f"Report page {n}. " + " ".join(f"paragraph {n} sentence {k} about the budget" for k in range(12))


def test_a_paper_inside_a_pack_is_one_paper_with_two_appearances(tmp_path):
    store = Store(str(tmp_path / "bp.db"))
    report = [_report_page(n) for n in range(1, 4)]
    store.replace_document(_paged("r" * 64, "/p/report.pdf", report), {}, path="/p/report.pdf", mtime=0)
    pack = [
        "Agenda " * 40,
        "This page is intentionally left blank",
        *[p.replace("  ", " \n") for p in report],
    ]
    store.replace_document(_paged("p" * 64, "/p/pack.pdf", pack), {}, path="/p/pack.pdf", mtime=0)
    rows = list(store.db.query("select * from paper_appearances"))
    assert rows == [{"paper_sha256": "r" * 64, "in_sha256": "p" * 64, "first_page": 3, "last_page": 5}]
    other = ["Agenda " * 40, _report_page(1), _report_page(9)]  # shares one page only: not the paper
    store.replace_document(_paged("o" * 64, "/p/other.pdf", other), {}, path="/p/other.pdf", mtime=0)
    assert store.db.execute("select count(*) from paper_appearances").fetchone()[0] == 1
    store.replace_document(
        _paged("q" * 64, "/p/pack.pdf", ["new pack " * 40]), {}, path="/p/pack.pdf", mtime=1
    )
    assert store.db.execute("select count(*) from paper_appearances").fetchone()[0] == 0


def _minutes_and_a_pack_reprinting_them(db: str) -> Store:
    """The 30 January minutes alone, and again inside the 13 March pack."""
    store = Store(db)
    store.replace_document(
        _doc("a" * 64, "/p/minutes.pdf"), _minutes("a", 1, DECISIONS_30_JAN), path="/p/minutes.pdf", mtime=0
    )
    own = Meeting("Cabinet", "2025-03-13", None, None, 1)
    store.replace_document(
        _doc("b" * 64, "/p/pack.pdf"),
        _minutes("b", 5, DECISIONS_30_JAN, own=own),
        path="/p/pack.pdf",
        mtime=0,
    )
    return store


def test_decisions_list_each_reprinted_decision_once(tmp_path):
    db = str(tmp_path / "bp.db")
    store = _minutes_and_a_pack_reprinting_them(db)
    store.close()
    rows = json.loads(ok("decisions", "--json", "--db", db))
    assert len(rows) == 3 and all(r["seen_in"] == 2 for r in rows)


def test_search_shows_a_reprinted_decision_once(tmp_path):
    from boardpapers.search.sync import IndexSync

    db = str(tmp_path / "bp.db")
    store = _minutes_and_a_pack_reprinting_them(db)
    IndexSync(store).rebuild()
    store.close()
    hits = json.loads(ok("search", "Commissioning Plan", "--type", "decision", "--json", "--db", db))["hits"]
    assert len(hits) == 1 and len(hits[0]["also_in"]) == 1
    assert {hits[0]["document"], hits[0]["also_in"][0]["document"]} == {"minutes.pdf", "pack.pdf"}
