"""Kill/resume check (issue 5): SIGKILL an ingest at random points, run it
again to completion, and compare the store with a clean run.

Usage: python benchmarks/resume_check.py [--dir DIR] [--runs 20] [--workers 2]
Prints one line per run and the count of mismatches (must be 0)."""

from __future__ import annotations

import argparse
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time

from boardpapers.search.fingerprint import differences, store_fingerprint

HERE = os.path.dirname(os.path.abspath(__file__))


def run(cmd: list[str], kill_after: float | None) -> float:
    env = dict(os.environ, BOARDPAPERS_NO_PROGRESS="1")
    start = time.perf_counter()
    proc = subprocess.Popen(
        cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, start_new_session=True
    )
    if kill_after is None:
        _, err = proc.communicate()
        if proc.returncode != 0:
            sys.exit(f"ingest failed: {err.decode()[-2000:]}")
        return time.perf_counter() - start
    try:
        proc.wait(timeout=kill_after)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
    return time.perf_counter() - start


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument(
        "--dir", default=os.path.join(HERE, "..", "..", "shared", "corpus", "bulk", "kent-cabinet")
    )
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--seed", type=int, default=2026)
    args = ap.parse_args()
    work = tempfile.mkdtemp(prefix="bp-resume-")

    def cmd(db: str) -> list[str]:
        return [
            sys.executable,
            "-m",
            "boardpapers",
            "ingest",
            args.dir,
            "--db",
            db,
            "-j",
            str(args.workers),
            "--json",
        ]

    clean_db = os.path.join(work, "clean.db")
    full = run(cmd(clean_db), None)
    clean = store_fingerprint(clean_db)
    print(
        f"clean run: {full:.1f}s, {sum(clean['pages'].values())} pages, {clean['index_entries']} index entries"
    )
    rnd = random.Random(args.seed)
    mismatches = 0
    for i in range(args.runs):
        db = os.path.join(work, f"run{i}.db")
        kill_at = rnd.uniform(0.3, full * 0.95)
        run(cmd(db), kill_at)
        partial = store_fingerprint(db)
        run(cmd(db), None)
        diffs = differences(clean, store_fingerprint(db))
        mismatches += bool(diffs)
        print(
            f"run {i + 1:>2}: killed at {kill_at:5.1f}s with {sum(partial['documents'].values()):>3} documents "
            f"stored -> {'OK' if not diffs else 'MISMATCH ' + '; '.join(diffs)}",
            flush=True,
        )
        for p in os.listdir(work):
            if p.startswith(f"run{i}.db"):
                target = os.path.join(work, p)
                shutil.rmtree(target) if os.path.isdir(target) else os.remove(target)
    print(f"{args.runs} kill/resume runs, {mismatches} mismatches")


if __name__ == "__main__":
    main()
