"""PostgreSQL-only behaviour: copying whole stores between backends, and
several ingests sharing one store through the jobs table. (The store, search
and record tests run on both backends through conftest's fixtures.)"""

from __future__ import annotations

import multiprocessing as mp
import shutil
from types import SimpleNamespace

import pytest
from click.testing import CliRunner
from conftest import PACK_2018, PACK_2020, PACK_HARTLEPOOL, PACK_TRUST, store_location

from boardpapers.cli import main
from boardpapers.pipeline.ingest import ingest
from boardpapers.search.fingerprint import differences, store_fingerprint
from boardpapers.search.open import open_search_at
from boardpapers.store.open import open_store
from boardpapers.store.schema import PEOPLE_TABLES, RECORD_TABLES

PEOPLE = tuple(t.name for t in PEOPLE_TABLES)

QUERIES = [
    '"integrated care"',
    "autism strategy",
    "budg*",
    "autism OR hartlepool",
    "risk NOT covid",
    "minutes",
]


def _counts(db: str) -> dict[str, int]:
    store = open_store(db)
    try:
        return {t: store.count(t) for t in ("files", "documents", "pages", *RECORD_TABLES, *PEOPLE)}
    finally:
        store.close()


def _hits(db: str, query: str) -> list[tuple]:
    result = open_search_at(db).search(query, limit=30)
    return sorted((h.type, h.sha256, h.page, h.record_id, round(h.score, 4)) for h in result.hits)


def test_copy_sqlite_to_postgres_and_back(corpus_stores, tmp_path):
    src = corpus_stores("sqlite")
    with store_location("postgresql", tmp_path) as pg:
        back = str(tmp_path / "back.db")
        runner = CliRunner()
        r = runner.invoke(main, ["copy", src, pg])
        assert r.exit_code == 0, r.output
        r = runner.invoke(main, ["copy", pg, back])
        assert r.exit_code == 0, r.output
        assert _counts(src) == _counts(pg) == _counts(back)
        assert _counts(src)["documents"] == 14
        assert _counts(src)["people"] > 0  # the people tables travel too (judgements are input)
        for q in QUERIES:
            assert _hits(src, q) == _hits(back, q), q
            # PostgreSQL ranks differently, but finds the same entries for a word query
            assert open_search_at(pg).search(q, limit=1).total > 0, q
        assert differences(store_fingerprint(src), store_fingerprint(back)) == []
        # a copy never lands on top of another store
        r = runner.invoke(main, ["copy", src, pg])
        assert r.exit_code != 0 and "already holds 14 documents" in r.output


def _ingest_machine(paths: list[str], db: str, out) -> None:
    summary = ingest(paths, db, workers=0)
    out.put([(r.path, r.status) for r in summary.results])


def test_three_machines_share_one_store(tmp_path):
    """Three ingest processes on the same files: each file parsed and stored
    exactly once between them, and the store equals a single-process run."""
    folder = tmp_path / "archive"
    folder.mkdir()
    for p in (PACK_2020, PACK_2018, PACK_HARTLEPOOL, PACK_TRUST):
        shutil.copy(p, folder / p.name)
    with store_location("postgresql", tmp_path) as shared, store_location("postgresql", tmp_path) as alone:
        ingest([str(folder)], alone, workers=0)
        open_store(shared).close()  # schema created once, before the machines start
        ctx = mp.get_context("spawn")
        out = ctx.Queue()
        machines = [ctx.Process(target=_ingest_machine, args=([str(folder)], shared, out)) for _ in range(3)]
        for m in machines:
            m.start()
        results = [out.get(timeout=600) for _ in machines]
        for m in machines:
            m.join(timeout=60)
            assert m.exitcode == 0
        stored = [path for res in results for path, status in res if status == "new"]
        assert sorted(stored) == sorted(
            str(folder / p) for p in (PACK_2020.name, PACK_2018.name, PACK_HARTLEPOOL.name, PACK_TRUST.name)
        )
        assert differences(store_fingerprint(alone), store_fingerprint(shared)) == []
        store = open_store(shared)
        assert {r["state"] for r in store.db.query("select state from jobs")} == {"done"}
        r = CliRunner().invoke(main, ["status", "--db", shared])
        assert r.exit_code == 0 and "jobs: 0 queued, 0 running, 4 done" in r.output, r.output


def _planned(pdf):
    """A file as the ingest planner queues it (new: no stored sha256 yet)."""
    st = pdf.stat()
    return SimpleNamespace(path=str(pdf), size=st.st_size, mtime=st.st_mtime, sha256=None, previous_sha=None)


def test_expired_lease_is_taken_over(tmp_path, monkeypatch):
    """A machine that claimed a file and died: once its lease expires the next
    ingest claims the file and stores it; the dead machine can no longer finish it."""
    from boardpapers.store.jobs import JobQueue

    with store_location("postgresql", tmp_path) as db:
        store = open_store(db)
        dead = JobQueue(store.db, owner="dead-machine:1", lease_seconds=0.0)

        dead.enqueue([_planned(PACK_TRUST)])
        assert dead.claim().path == str(PACK_TRUST)
        summary = ingest([str(PACK_TRUST)], db, workers=0)
        assert summary.count("new") == 1
        with store.db.atomic():
            assert not dead.still_mine(str(PACK_TRUST))
        assert store.count("documents") == 1


def test_file_that_stops_every_machine_is_recorded_failed_not_claimed_for_ever(tmp_path):
    """Three machines each claimed a file and stopped holding it (their leases expired):
    the next ingest records it as failed with a one-line reason instead of parsing it a
    fourth time, and `retry` tries it again."""
    from boardpapers.store.jobs import MAX_CLAIMS, JobQueue

    with store_location("postgresql", tmp_path) as db:
        store = open_store(db)
        try:
            for n in range(MAX_CLAIMS):
                lost = JobQueue(store.db, owner=f"lost-machine:{n}", lease_seconds=0.0)
                lost.enqueue([_planned(PACK_TRUST)])  # a restarted machine plans the file again
                assert lost.claim().attempts == n + 1
            summary = ingest([str(PACK_TRUST)], db, workers=0)
            assert summary.count("failed") == 1 and summary.count("new") == 0
            [failed] = [r for r in summary.results if r.status == "failed"]
            assert failed.kind == "crashed" and "machines stopped" in failed.error
            assert "\n" not in failed.error
            assert store.count("documents") == 0
            retried = ingest([str(PACK_TRUST)], db, workers=0, retry_failed=True)
            assert retried.count("new") == 1
            assert store.count("documents") == 1
        finally:
            store.close()


@pytest.mark.parametrize("url", ["postgresql://nobody@127.0.0.1:1/none"])
def test_unreachable_server_is_one_line(url):
    r = CliRunner().invoke(main, ["status", "--db", url])
    assert r.exit_code != 0 and "cannot open the PostgreSQL store" in r.output and "Traceback" not in r.output


def test_corpus_searches_agree_on_what_matches(corpus_stores):
    """Both backends find the autism strategy decisions on page 13 of the 2020 pack."""
    for kind in ("sqlite", "postgresql"):
        db = corpus_stores(kind)
        hits = open_search_at(db).search("autism strategy", types=["decision"]).hits
        assert {(h.page, h.type) for h in hits} == {(13, "decision")}, kind
        assert len(hits) == 2, kind


def _waiting_for_index_lock(db: str) -> bool:
    from boardpapers.store.pg import INDEX_LOCK_KEY

    store = open_store(db)
    try:
        row = store.db.execute(
            "select count(*) from pg_locks where locktype = 'advisory' and not granted "
            "and classid = ? and objid = ?",
            [INDEX_LOCK_KEY >> 32, INDEX_LOCK_KEY & 0xFFFFFFFF],
        ).fetchone()
        return row[0] > 0
    finally:
        store.close()


def _until(condition, seconds: float = 120.0) -> bool:
    """Poll for a state another connection reaches (no fixed sleeps)."""
    import time

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return False


def test_reindex_and_entry_writers_take_turns(tmp_path):
    """On PostgreSQL a reindex waits for a document being stored, and a
    document's entries wait for a reindex in progress (an advisory lock), so
    neither writes into the other's half-done work."""
    import threading

    from boardpapers.search.pg_search import PgSearchIndex
    from boardpapers.search.sync import IndexSync

    with store_location("postgresql", tmp_path) as db:
        ingest([str(PACK_HARTLEPOOL)], db, workers=0)
        writer, rebuilder = open_store(db), open_store(db)
        # 1. a document's entries are being written: the rebuild waits for its commit
        done: list[int] = []
        with writer.db.atomic():
            PgSearchIndex(writer).delete_document("0" * 64)
            t = threading.Thread(target=lambda: done.append(IndexSync(rebuilder).rebuild()))
            t.start()
            assert _until(lambda: _waiting_for_index_lock(db))
            assert not done
        t.join(timeout=300)
        assert done == [1]
        # 2. a rebuild is under way: a writer's entries wait for it to commit
        finished = threading.Event()

        def write() -> None:
            PgSearchIndex(writer).delete_document("0" * 64)
            finished.set()

        class Abandon(Exception):
            pass

        with pytest.raises(Abandon), rebuilder.db.atomic():
            PgSearchIndex(rebuilder).delete_all()
            t = threading.Thread(target=write)
            t.start()
            assert _until(lambda: _waiting_for_index_lock(db))
            assert not finished.is_set()
            raise Abandon  # the rebuild rolls back: the entries stay
        t.join(timeout=300)
        assert finished.is_set()
        writer.close()
        rebuilder.close()
        assert open_search_at(db).search("hartlepool", limit=1).total > 0
