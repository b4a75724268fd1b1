"""Ingest the sample corpus into a store and search it."""

from __future__ import annotations

import json
import shutil

import pytest
from click.testing import CliRunner
from conftest import CORPUS, PACK_2018, PACK_2020, PACK_TRUST, store_location

from boardpapers.cli import main
from boardpapers.pipeline.ingest import ingest
from boardpapers.search.fulltext import FullTextIndex, index_path_for
from boardpapers.search.open import open_search_at
from boardpapers.search.sync import IndexSync
from boardpapers.store.open import open_store

N_FILES = 14
N_PAGES = 106 + 112 + 47 + 2 + 10 + (2 + 1 + 2 + 8 + 2 + 11 + 9 + 17 + 2)


@pytest.fixture
def corpus_db(corpus_store):
    """This module's tests run on every backend."""
    return corpus_store


def lose_index(db: str) -> None:
    """The search index lost entirely (folder deleted / table dropped)."""
    store = open_store(db)
    if store.kind == "sqlite":
        shutil.rmtree(index_path_for(db))
    else:
        store.db.execute("drop table search_entries")
    store.close()


def test_ingest_counts(corpus_db):
    store = open_store(corpus_db)
    assert store.count("documents") == N_FILES
    assert store.count("pages") == N_PAGES
    assert store.count("files", "status = 'ok'") == N_FILES
    if store.kind == "sqlite":
        assert store.db.execute("pragma journal_mode").fetchone()[0] == "wal"


def test_autism_strategy_found_on_its_page(corpus_db):
    index = open_search_at(corpus_db)
    result = index.search("autism strategy", types=["page"])
    store = open_store(corpus_db)
    top = result.hits[0]
    assert store.document(top.sha256)["path"].endswith(PACK_2020.name)
    assert top.page == 13
    assert "<b>Autism</b>" in top.snippet or "<b>autism</b>" in top.snippet


def test_query_syntax(corpus_db):
    index = open_search_at(corpus_db)
    phrase = index.search('"integrated care"', limit=100, types=["page"])
    assert phrase.total > 0 and phrase.notice is None
    words = index.search("integrated care", limit=100, types=["page"])
    assert words.total >= phrase.total
    prefix = index.search("budg*", types=["page"])
    exact = index.search("budget", types=["page"])
    assert prefix.total >= exact.total > 0
    either = index.search("autism OR hartlepool", types=["page"]).total
    assert either > index.search("autism", types=["page"]).total
    without = index.search("autism NOT alliance", types=["page"]).total
    assert (
        without
        == index.search("autism", types=["page"]).total
        - index.search("autism AND alliance", types=["page"]).total
    )


@pytest.mark.parametrize("query", ['"autism', "a:b", "(foo", "-", "autism)", "[x TO", "body:::"])
def test_bad_queries_fall_back_to_words(corpus_db, query):
    index = open_search_at(corpus_db)
    result = index.search(query)
    assert result.notice and "plain words" in result.notice


def test_reingest_is_a_noop(corpus_db):
    before = open_search_at(corpus_db).num_docs()
    summary = ingest([str(CORPUS)], corpus_db, workers=0)
    assert summary.count("unchanged") == N_FILES and summary.pages == 0
    assert open_search_at(corpus_db).num_docs() == before
    assert open_store(corpus_db).count("pages") == N_PAGES


def test_changed_file_replaces_its_records(tmp_path, store_backend):
    db = store_backend
    target = tmp_path / "pack.pdf"
    shutil.copy(PACK_TRUST, target)
    ingest([str(target)], db, workers=0)
    old_sha = open_store(db).file_row(str(target))["sha256"]
    shutil.copy(PACK_2018, target)
    summary = ingest([str(target)], db, workers=0)
    assert summary.count("replaced") == 1
    store = open_store(db)
    assert store.count("documents") == 1
    assert store.count("pages", "sha256 = ?", [old_sha]) == 0
    assert store.count("pages") == 112
    assert IndexSync(store).health().in_sync
    assert not open_search_at(db).search("*", sha256=old_sha).hits


def test_failure_half_way_leaves_no_rows(store_backend, monkeypatch):
    db = store_backend
    store_mod = __import__("boardpapers.store.store", fromlist=["Store"])
    real = store_mod.Store.record_file

    # record_file(path, sha, size, mtime, status, ...): fail at the very end of the document transaction
    def fail_on_ok(self, path, sha256, size, mtime, status, *a, **k):
        if status == "ok":
            raise RuntimeError("simulated crash at the end of the transaction")
        return real(self, path, sha256, size, mtime, status, *a, **k)

    monkeypatch.setattr(store_mod.Store, "record_file", fail_on_ok)
    with pytest.raises(RuntimeError):
        ingest([str(PACK_TRUST)], db, workers=0)
    store = open_store(db)
    assert store.count("documents") == 0
    assert store.count("pages") == 0


def test_corrupt_file_is_recorded_and_batch_goes_on(tmp_path, store_backend):
    db = store_backend
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.4\n" + b"garbage " * 200)
    notpdf = tmp_path / "notes.pdf"
    notpdf.write_text("just some text")
    shutil.copy(PACK_TRUST, tmp_path / "good.pdf")
    summary = ingest([str(tmp_path)], db, workers=0)
    assert summary.count("new") == 1 and summary.count("failed") == 2
    store = open_store(db)
    fails = {
        r["path"].rsplit("/", 1)[1]: r for r in store.db.query("select * from files where status='failed'")
    }
    assert fails["notes.pdf"]["error_kind"] == "not_pdf"
    assert fails["bad.pdf"]["error_kind"] in ("corrupt", "truncated")
    assert store.count("documents") == 1


def test_index_repaired_after_crash_between_store_and_index(store_backend):
    db = store_backend
    ingest([str(PACK_TRUST), str(PACK_2020)], db, workers=0)
    entries = open_search_at(db).num_docs()
    store = open_store(db)
    # crash after the index commit, before fts_state was written
    store.db.execute("delete from fts_state")
    store.db.conn.commit()
    assert not IndexSync(store).health().in_sync
    summary = ingest([str(PACK_TRUST), str(PACK_2020)], db, workers=0)
    assert summary.index_repaired == 2
    assert open_search_at(db).num_docs() == entries
    assert IndexSync(open_store(db)).health().in_sync
    # the index folder lost entirely: rebuilt from SQLite on the next run
    lose_index(db)
    ingest([str(PACK_TRUST)], db, workers=0)
    assert open_search_at(db).num_docs() == entries


def test_cli_ingest_search_status_reindex(store_backend):
    db = store_backend
    runner = CliRunner()
    r = runner.invoke(main, ["ingest", str(PACK_2020), str(PACK_TRUST), "--db", db, "-j", "0"])
    assert r.exit_code == 0, r.output
    assert "2 new" in r.output
    r = runner.invoke(main, ["search", "autism strategy", "--db", db, "--json"])
    data = json.loads(r.output)
    assert data["hits"][0]["page"] == 13 and data["hits"][0]["document"] == PACK_2020.name
    r = runner.invoke(main, ["search", "autism strategy", "--db", db])
    assert "page 13" in r.output and PACK_2020.name in r.output
    r = runner.invoke(main, ["search", "autism", "--db", db, "--csv"])
    assert r.output.splitlines()[0].startswith("type,document,path")
    r = runner.invoke(main, ["search", '"autism', "--db", db])
    assert r.exit_code == 0 and "Traceback" not in r.output
    r = runner.invoke(main, ["reindex", "--db", db])
    assert r.exit_code == 0 and "reindexed 2 documents" in r.output
    r = runner.invoke(main, ["status", "--db", db, "--json"])
    status = json.loads(r.output)
    assert status["documents"] == 2 and status["pages"] == 116 and status["index"]["in_sync"]


def test_reprocess_only_after_a_parser_version_change(store_backend, monkeypatch):
    import boardpapers.pipeline.plan as plan_mod
    import boardpapers.store.store as store_mod

    db = store_backend
    ingest([str(PACK_TRUST)], db, workers=0)
    assert ingest([str(PACK_TRUST)], db, workers=0, reprocess=True).count("unchanged") == 1
    monkeypatch.setattr(store_mod, "PARSER_VERSION", "999")
    monkeypatch.setattr(plan_mod, "PARSER_VERSION", "999")  # the ledger decisions read it
    assert ingest([str(PACK_TRUST)], db, workers=0).count("unchanged") == 1  # kept without --reprocess
    assert ingest([str(PACK_TRUST)], db, workers=0, reprocess=True).count("replaced") == 1
    assert ingest([str(PACK_TRUST)], db, workers=0, reprocess=True).count("unchanged") == 1
    store = open_store(db)
    assert store.document(store.file_row(str(PACK_TRUST))["sha256"])["parser_version"] == "999"
    assert store.count("pages") == 10


def test_tantivy_index_implements_the_backend_interface(tmp_path):
    from boardpapers.search.backends import SearchBackend

    assert isinstance(FullTextIndex(str(tmp_path / "ix")), SearchBackend)


def test_postgres_index_implements_the_backend_interface(tmp_path):
    from boardpapers.search.backends import SearchBackend

    with store_location("postgresql", tmp_path) as db:
        assert isinstance(open_search_at(db), SearchBackend)
