"""Kill an ingest with SIGKILL mid-run, run it again, and compare the store
with a clean single run: same documents, pages, records and index entries."""

from __future__ import annotations

import os
import random
import signal
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


def kill_and_resume(db: str, workers: int, kill_after: float) -> None:
    env = dict(os.environ, BOARDPAPERS_NO_PROGRESS="1")
    proc = subprocess.Popen(
        _ingest_cmd(db, workers),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
        start_new_session=True,
    )
    time.sleep(kill_after)
    try:
        os.killpg(proc.pid, signal.SIGKILL)  # the parent and its workers, at once
    except ProcessLookupError:
        pass
    proc.wait(timeout=30)
    done = subprocess.run(_ingest_cmd(db, workers), capture_output=True, text=True, env=env, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]


@pytest.fixture(scope="module")
def clean_fingerprint(tmp_path_factory):
    db = str(tmp_path_factory.mktemp("clean") / "bp.db")
    ingest([str(CORPUS)], db, workers=0)
    return store_fingerprint(db)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_sigkill_then_rerun_matches_a_clean_run(tmp_path, clean_fingerprint, seed):
    kill_after = random.Random(seed).uniform(0.8, 4.0)
    db = str(tmp_path / "bp.db")
    kill_and_resume(db, workers=2, kill_after=kill_after)
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


def test_search_works_while_an_ingest_runs(tmp_path):
    from boardpapers.search.fulltext import FullTextIndex, index_path_for

    db = str(tmp_path / "bp.db")
    ingest([str(CORPUS / "004_2dad23cd0221e165.pdf")], db, workers=0)
    env = dict(os.environ, BOARDPAPERS_NO_PROGRESS="1")
    proc = subprocess.Popen(_ingest_cmd(db, 1), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    searches = 0
    try:
        while proc.poll() is None and searches < 500:
            index = FullTextIndex(index_path_for(db))
            assert index.search("trust board").total >= 1
            searches += 1
            time.sleep(0.02)
    finally:
        proc.wait(timeout=300)
    assert proc.returncode == 0
    assert searches > 0
