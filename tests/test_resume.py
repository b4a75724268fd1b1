"""Kill an ingest with SIGKILL mid-run, run it again, and compare the store
with a clean single run: same documents, pages, records and index entries."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest
from conftest import CORPUS

from boardpapers.pipeline.ingest import ingest
from boardpapers.search.fingerprint import differences, store_fingerprint


def _ingest_cmd(db: str, workers: int) -> list[str]:
    return [
        sys.executable,
        "-m",
        "boardpapers",
        "ingest",
        str(CORPUS),
        "--db",
        db,
        "-j",
        str(workers),
        "--json",
    ]


def stored_documents(db: str) -> int:
    """Documents committed so far (read-only; 0 while the store is not there yet)."""
    if not os.path.exists(db):
        return 0
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return conn.execute("select count(*) from documents").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


def kill_and_resume(db: str, workers: int, kill_at_documents: int, total: int) -> None:
    """Start an ingest, SIGKILL it (parent and workers) once `kill_at_documents`
    documents are committed, check the kill landed mid-ingest, run it again."""
    env = dict(os.environ, BOARDPAPERS_NO_PROGRESS="1")
    proc = subprocess.Popen(
        _ingest_cmd(db, workers),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
        start_new_session=True,
    )
    deadline = time.monotonic() + 300  # a guard against a hung ingest, not a timing assertion
    while stored_documents(db) < kill_at_documents and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    try:
        os.killpg(proc.pid, signal.SIGKILL)  # the parent and its workers, at once
    except ProcessLookupError:
        pass
    proc.wait(timeout=30)
    at_kill = stored_documents(db)
    assert kill_at_documents <= at_kill < total, (
        f"the kill did not land mid-ingest ({at_kill}/{total} stored)"
    )
    done = subprocess.run(_ingest_cmd(db, workers), capture_output=True, text=True, env=env, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]


@pytest.fixture(scope="module")
def clean_fingerprint(corpus_db):
    return store_fingerprint(corpus_db)


@pytest.mark.slow
@pytest.mark.parametrize("kill_at", [1, 3, 5])
def test_sigkill_then_rerun_matches_a_clean_run(tmp_path, clean_fingerprint, kill_at):
    total = sum(clean_fingerprint["documents"].values())
    db = str(tmp_path / "bp.db")
    kill_and_resume(db, workers=2, kill_at_documents=kill_at, total=total)
    got = store_fingerprint(db)
    assert differences(clean_fingerprint, got) == []
    assert got["index_in_sync"]
    for table in ("documents", "pages"):
        assert max(got[table].values()) == 1, f"duplicate rows in {table}"


def test_second_ingest_on_the_same_store_refuses(tmp_path):
    from boardpapers.pipeline.lock import IngestLock, StoreBusy

    db = str(tmp_path / "bp.db")
    with IngestLock(db):
        with pytest.raises(StoreBusy, match="another ingest"):
            ingest([str(CORPUS)], db, workers=0)


@pytest.mark.slow
def test_search_works_while_an_ingest_runs(tmp_path):
    from boardpapers.search.fulltext import FullTextIndex, index_path_for

    db = str(tmp_path / "bp.db")
    ingest([str(CORPUS / "004_2dad23cd0221e165.pdf")], db, workers=0)
    env = dict(os.environ, BOARDPAPERS_NO_PROGRESS="1")
    proc = subprocess.Popen(_ingest_cmd(db, 1), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    searches = 0
    try:
        while proc.poll() is None and searches < 500:
            index = FullTextIndex.open_read_only(index_path_for(db))
            assert index.search("trust board").total >= 1
            searches += 1
            time.sleep(0.02)
    finally:
        proc.wait(timeout=300)
    assert proc.returncode == 0
    assert searches > 0
