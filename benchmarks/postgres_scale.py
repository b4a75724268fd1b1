"""PostgreSQL at scale: several ingesting machines, kills, search latency, copy.

    python benchmarks/postgres_scale.py --url postgresql://... [--parts ingest,copy,search,kills]
        [--machines 4] [--kills 10] [--pages 100000,300000,1000000]

Start a throwaway server with `.ci/pg-cluster start DIR` (fsync off: numbers
are for CPU and query cost, not disk). Each "machine" is a separate
`boardpapers ingest` process with one worker, pointed at ../shared/corpus/bulk
and the same database (in its own schema per run).

  ingest  1 machine vs N machines: every document stored exactly once, wall time
  kills   N machines, `--kills` random SIGKILLs of single machines (each killed
          machine is started again, as a new one); the store must equal a clean run
  copy    the bulk store PG -> SQLite (A) -> PG -> SQLite (B): record counts
          everywhere, and A and B give identical results for 50 queries
  search  replicated pages (as ingest_search.py does for SQLite), built with
          COPY; 300 mixed queries with snippets, p50/p95 on PostgreSQL beside
          tantivy over the same entries
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import psycopg  # noqa: E402

from boardpapers.search.fingerprint import differences, store_fingerprint  # noqa: E402
from boardpapers.search.fulltext import Entry, FullTextIndex, index_path_for  # noqa: E402
from boardpapers.search.open import open_search_at  # noqa: E402
from boardpapers.store.open import open_store  # noqa: E402
from boardpapers.store.schema import RECORD_TABLES  # noqa: E402

BULK = (ROOT.parent / "shared" / "corpus" / "bulk").resolve()  # real paths, as the clean store has
# Short leases so a killed machine's files are taken over within seconds here
# (the default, 60 s, suits real machines).
BENCH_LEASE_SECONDS = "6"


def schema_url(base: str, label: str) -> str:
    schema = f"bench_{label}_{uuid.uuid4().hex[:6]}"
    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f"create schema {schema}")
    sep = "&" if "?" in base else "?"
    return f"{base}{sep}options={quote(f'-csearch_path={schema}')}"


def machine(url: str) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(ROOT), BOARDPAPERS_LEASE_SECONDS=BENCH_LEASE_SECONDS)
    return subprocess.Popen(
        [sys.executable, "-m", "boardpapers", "ingest", str(BULK), "--db", url, "-j", "1", "--json"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )


def run_machines(url: str, n: int) -> float:
    open_store(url).close()  # schema made before the machines start
    t = time.perf_counter()
    procs = [machine(url) for _ in range(n)]
    for p in procs:
        p.communicate()
    return time.perf_counter() - t


def stored_once(url: str) -> tuple[int, int, int]:
    store = open_store(url)
    try:
        docs = store.count("documents")
        distinct = store.db.execute("select count(distinct sha256) from documents").fetchone()[0]
        dup_pages = store.db.execute(
            "select count(*) from (select sha256, number from pages group by 1, 2 having count(*) > 1) d"
        ).fetchone()[0]
        return docs, distinct, dup_pages
    finally:
        store.close()


def part_ingest(base: str, machines: int) -> str:
    one = schema_url(base, "one")
    t1 = run_machines(one, 1)
    many = schema_url(base, "many")
    tn = run_machines(many, machines)
    d1, dn = stored_once(one), stored_once(many)
    store = open_store(one)
    pages = store.count("pages")
    store.close()
    diffs = differences(store_fingerprint(one), store_fingerprint(many))
    print(
        f"ingest: 1 machine {t1:.0f}s ({pages / t1:.1f} pages/s); {machines} machines {tn:.0f}s "
        f"({pages / tn:.1f} pages/s, {t1 / tn:.2f}x)"
    )
    print(
        f"  documents (stored, distinct sha256, duplicated pages): 1 machine {d1}, {machines} machines {dn}"
    )
    print(f"  {machines}-machine store vs 1-machine store: {'identical' if not diffs else diffs}")
    return one


def _lease_holders(url: str) -> dict[int, list[str]]:
    """pid -> paths it holds a live lease on (owner is host:pid)."""
    with psycopg.connect(url, autocommit=True) as conn:
        rows = conn.execute(
            "select owner, path from jobs where state = 'running' and lease_until > extract(epoch from clock_timestamp())"
        ).fetchall()
    out: dict[int, list[str]] = {}
    for owner, path in rows:
        out.setdefault(int(owner.rsplit(":", 1)[1]), []).append(path)
    return out


def part_kills(base: str, machines: int, kills: int, clean: str, seed: int = 11) -> None:
    """Each kill lands on a machine while it holds a lease on a file (mid-parse
    or mid-store), at a random moment; the killed machine is started again as a
    new one. The files it held must be finished by another machine and the
    store must equal the clean run's."""
    rnd = random.Random(seed)
    url = schema_url(base, "kills")
    open_store(url).close()
    t = time.perf_counter()
    procs = [machine(url) for _ in range(machines)]
    held: dict[str, set[int]] = {}  # path -> machines killed while holding it
    done_kills = 0
    while done_kills < kills:
        time.sleep(rnd.uniform(0.5, 4))
        alive = {p.pid: p for p in procs if p.poll() is None}
        if not alive:
            break
        holders = {pid: paths for pid, paths in _lease_holders(url).items() if pid in alive}
        if not holders:
            continue
        pid = rnd.choice(sorted(holders))
        victim = alive[pid]
        victim.send_signal(signal.SIGKILL)
        victim.wait()
        for path in holders[pid]:
            held.setdefault(path, set()).add(pid)
        print(f"  kill {done_kills + 1}: machine {pid} holding {[os.path.basename(p) for p in holders[pid]]}")
        done_kills += 1
        procs.remove(victim)
        procs.append(machine(url))  # the machine comes back
    for p in procs:
        p.communicate()
    took = time.perf_counter() - t
    docs = stored_once(url)
    with psycopg.connect(url, autocommit=True) as conn:
        finishers = conn.execute(
            "select path, owner from jobs where state = 'done' and path = any(%s)", [sorted(held)]
        ).fetchall()
        states = dict(conn.execute("select state, count(*) from jobs group by state").fetchall())
    # taken over: finished by another machine than the ones killed holding it
    # (a kill can land just after a commit, when the killed machine had finished it)
    taken_over = sum(1 for path, owner in finishers if int(owner.rsplit(":", 1)[1]) not in held[path])
    diffs = differences(store_fingerprint(clean), store_fingerprint(url))
    print(
        f"kills: {done_kills} SIGKILLs, each of a machine holding a lease (among {machines}); finished in "
        f"{took:.0f}s; files held by killed machines {len(held)}, taken over and done {taken_over}; "
        f"jobs {states}; documents (stored, distinct, duplicated pages) {docs}; "
        f"store vs clean run: {'identical' if not diffs else diffs}",
        flush=True,
    )


def queries(n: int) -> list[tuple[str, dict]]:
    from ingest_search import mixed_queries

    return mixed_queries(n)


def latency(index, qs, slowest: list | None = None) -> tuple[float, float]:
    """p50, p95 in ms; `slowest` (if given) receives (ms, query, matches) per query."""
    times = []
    for q, kw in qs:
        t = time.perf_counter()
        r = index.search(q, limit=10, **kw)
        times.append((time.perf_counter() - t) * 1000)
        if slowest is not None:
            slowest.append((times[-1], q, r.total))
    return _percentiles(times)


def part_copy(base: str, source_pg: str) -> None:
    work = tempfile.mkdtemp(prefix="bp-copy-")
    a, b = os.path.join(work, "a.db"), os.path.join(work, "b.db")
    pg2 = schema_url(base, "copy")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    t = time.perf_counter()
    for src, dst in ((source_pg, a), (a, pg2), (pg2, b)):
        subprocess.run(
            [sys.executable, "-m", "boardpapers", "copy", src, dst],
            env=env,
            check=True,
            stdout=subprocess.DEVNULL,
        )
    took = time.perf_counter() - t

    def counts(db):
        s = open_store(db)
        try:
            return {t: s.count(t) for t in ("files", "documents", "pages", *RECORD_TABLES)}
        finally:
            s.close()

    same_counts = counts(source_pg) == counts(a) == counts(pg2) == counts(b)
    qs = [q for q, _ in queries(60)][:50]
    ia, ib = open_search_at(a), open_search_at(b)

    def hits(ix, q):
        return [
            (h.type, h.sha256, h.page, h.record_id, round(h.score, 4)) for h in ix.search(q, limit=20).hits
        ]

    same = sum(1 for q in qs if sorted(hits(ia, q)) == sorted(hits(ib, q)))
    pa, pb = open_search_at(source_pg), open_search_at(pg2)
    same_pg = sum(1 for q in qs if sorted(hits(pa, q)) == sorted(hits(pb, q)))
    print(
        f"copy: PG -> SQLite -> PG -> SQLite in {took:.0f}s; record counts identical on all four: {same_counts} "
        f"({counts(a)}); SQLite A vs B: {same}/50 queries identical; PG source vs PG copy: {same_pg}/50"
    )
    shutil.rmtree(work, ignore_errors=True)


# The phase breakdown runs on every 5th of the 300 queries (60): at 300,000
# pages a PostgreSQL query takes seconds, and the breakdown runs three queries each.
PHASE_SAMPLE_EVERY = 5


def _percentiles(times: list[float]) -> tuple[float, float]:
    times = sorted(times)
    return statistics.median(times), times[max(0, int(len(times) * 0.95) - 1)]


def pg_phases(ix, qs) -> dict[str, tuple[float, float]]:
    """Where a PostgreSQL query's time goes (query text only, no filters):
    `match` finds and counts the matching rows through the GIN index; `rank`
    also scores every match with ts_rank_cd to keep the best 10 (it reads each
    matching row's tsvector); `headline` is ts_headline for those 10 only."""
    from psycopg.rows import dict_row

    from boardpapers.search.pg_query import TS_CONFIG, to_tsquery
    from boardpapers.search.pg_search import HEADLINE_OPTIONS, RANK_NORMALISATION

    phases: dict[str, list[float]] = {"match": [], "rank": [], "headline": []}
    matched: list[int] = []
    with ix.db.conn.cursor(row_factory=dict_row) as cur:
        for q, _ in qs:
            tsq = to_tsquery(q)
            if tsq is None or not tsq.sql:
                continue
            t = time.perf_counter()
            cur.execute(f"select count(*) as n from search_entries where tsv @@ {tsq.sql}", tsq.params)
            matched.append(cur.fetchone()["n"])
            t1 = time.perf_counter()
            cur.execute(
                f"with q as (select {tsq.sql} as q) select uid from search_entries e, q where e.tsv @@ q.q "
                f"order by ts_rank_cd(e.tsv, q.q, {RANK_NORMALISATION}) desc limit 10",
                tsq.params,
            )
            uids = [r["uid"] for r in cur.fetchall()]
            t2 = time.perf_counter()
            cur.execute(
                f"select ts_headline('{TS_CONFIG}', text, {tsq.sql}, %s) from search_entries where uid = any(%s)",
                tsq.params + [HEADLINE_OPTIONS, uids],
            )
            cur.fetchall()
            t3 = time.perf_counter()
            phases["match"].append((t1 - t) * 1000)
            phases["rank"].append((t2 - t1) * 1000)
            phases["headline"].append((t3 - t2) * 1000)
    out = {k: _percentiles(v) for k, v in phases.items()}
    out["matched rows"] = _percentiles([float(n) for n in matched])
    return out


def rum_top10(ix, qs) -> tuple[float, float, float] | None:
    """What an index that ranks would give: a RUM index (the `rum` extension,
    Debian postgresql-NN-rum) returns the best 10 by its own distance
    (`tsv <=> query`, ts_rank-like) without reading every match; headlines for
    those 10. p50, p95 (ms) and the index build seconds; None without rum."""
    from boardpapers.search.pg_query import TS_CONFIG, to_tsquery
    from boardpapers.search.pg_search import HEADLINE_OPTIONS

    try:
        ix.db.execute("create extension if not exists rum schema public")
    except psycopg.Error as exc:
        print(f"  (no RUM measurement: {str(exc).splitlines()[0]})")
        return None
    t = time.perf_counter()
    ix.db.execute("create index search_entries_rum on search_entries using rum (tsv public.rum_tsvector_ops)")
    ix.db.execute("analyze search_entries")
    build = time.perf_counter() - t
    times = []
    with ix.db.conn.cursor() as cur:
        for q, _ in qs:
            tsq = to_tsquery(q)
            if tsq is None or not tsq.sql:
                continue
            t = time.perf_counter()
            cur.execute(
                f"with q as (select {tsq.sql} as q) select e.uid, ts_headline('{TS_CONFIG}', e.text, q.q, %s) "
                "from (select uid from search_entries, q where tsv @@ q.q "
                "order by tsv operator(public.<=>) q.q limit 10) top join search_entries e using (uid), q",
                tsq.params + [HEADLINE_OPTIONS],
            )
            cur.fetchall()
            times.append((time.perf_counter() - t) * 1000)
    ix.db.execute("drop index search_entries_rum")
    p50, p95 = _percentiles(times)
    return p50, p95, build


def part_search(base: str, source: str, targets: list[int], rum: bool = False) -> None:
    """One table grown through the targets (COPY with the GIN index dropped,
    the index built again at each target), tantivy fed the same entries."""
    src = open_store(source)
    pages = list(src.db.query("select sha256, number, text from pages where length(text) > 50"))
    titles = {d["sha256"]: d["title"] for d in src.documents()}
    text_bytes = sum(len(p["text"].encode()) for p in pages)
    src.close()
    qs = queries(300)
    url = schema_url(base, "search")
    store = open_store(url)
    ix = open_search_at(url)
    work = tempfile.mkdtemp(prefix="bp-tantivy-")
    tv_path = index_path_for(os.path.join(work, "x.db"))
    tv = FullTextIndex(tv_path)
    made, replica, pg_seconds, tv_seconds = 0, 0, 0.0, 0.0
    for target in sorted(targets):
        ix.db.execute("drop index if exists search_entries_tsv")
        tv._writer = tv.index.writer(heap_size=500_000_000, num_threads=1)
        while made < target:
            replica += 1
            batch = []
            for p in pages:
                if made >= target:
                    break
                sha = f"{p['sha256'][:48]}{replica:016x}"
                title = titles.get(p["sha256"]) or ""
                batch.append(
                    Entry(
                        uid=f"page:{sha}:{p['number']}",
                        type="page",
                        sha256=sha,
                        page=p["number"],
                        text=p["text"],
                        title=title,
                        date=f"{2010 + replica % 15}-06-01",
                        doc_title=title,
                    )
                )
                made += 1
            t0 = time.perf_counter()
            ix.add(batch)
            t1 = time.perf_counter()
            tv.add(batch)
            pg_seconds += t1 - t0
            tv_seconds += time.perf_counter() - t1
        t1 = time.perf_counter()
        tv.commit()
        tv.close()
        tv_seconds += time.perf_counter() - t1
        t2 = time.perf_counter()
        ix.db.execute("create index search_entries_tsv on search_entries using gin (tsv)")
        ix.db.execute("vacuum analyze search_entries")
        gin = time.perf_counter() - t2
        sizes = ix.db.execute(
            "select pg_table_size('search_entries'), pg_indexes_size('search_entries'), "
            "pg_relation_size('search_entries_tsv')"
        ).fetchone()
        reader = FullTextIndex.open_read_only(tv_path)
        tv_bytes = sum(f.stat().st_size for f in Path(tv_path).iterdir() if f.is_file())
        latency(ix, qs[:30])
        latency(reader, qs[:30])  # warm both
        slow: list = []
        p50, p95 = latency(ix, qs, slow)
        t50, t95 = latency(reader, qs)
        text_at = text_bytes * made / len(pages)
        print(
            f"search at {made} pages: PostgreSQL p50 {p50:.1f} ms, p95 {p95:.1f} ms | tantivy p50 {t50:.1f} ms, "
            f"p95 {t95:.1f} ms (300 mixed queries, snippets)\n"
            f"  build so far: PostgreSQL COPY {pg_seconds:.0f}s + GIN {gin:.0f}s, tantivy {tv_seconds:.0f}s; "
            f"storage: page text {text_at / 1e6:.0f} MB; search_entries table {sizes[0] / 1e6:.0f} MB "
            f"+ indexes {sizes[1] / 1e6:.0f} MB (GIN {sizes[2] / 1e6:.0f} MB); tantivy {tv_bytes / 1e6:.0f} MB",
            flush=True,
        )
        phases = pg_phases(ix, qs[::PHASE_SAMPLE_EVERY])
        print(
            f"  PostgreSQL phases (every {PHASE_SAMPLE_EVERY}th query), p50/p95: "
            + "; ".join(
                f"{k} {a:.0f}/{b:.0f}" + ("" if k == "matched rows" else " ms")
                for k, (a, b) in phases.items()
            ),
            flush=True,
        )
        if rum:
            got = rum_top10(ix, qs)
            if got:
                print(
                    f"  with a RUM index ranking (top 10 by tsv <=> query, headlines): p50 {got[0]:.1f} ms, "
                    f"p95 {got[1]:.1f} ms; RUM build {got[2]:.0f}s",
                    flush=True,
                )
        slow.sort(reverse=True)
        print(
            "  slowest on PostgreSQL (ms, query, matches): "
            + "; ".join(f"{ms:.0f} {q!r} {n}" for ms, q, n in slow[:5]),
            flush=True,
        )
    store.close()
    shutil.rmtree(work, ignore_errors=True)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--url", required=True)
    ap.add_argument("--parts", default="ingest,copy,search,kills")
    ap.add_argument("--machines", type=int, default=4)
    ap.add_argument("--kills", type=int, default=10)
    ap.add_argument("--pages", default="100000,300000,1000000")
    ap.add_argument("--rum", action="store_true", help="also measure a RUM index (needs the rum extension)")
    ap.add_argument("--clean", help="a finished 1-machine store URL (skips the ingest part)")
    ap.add_argument(
        "--source",
        help="store (path or URL) whose pages the search part replicates (default: the clean store); "
        "a SQLite bulk store from ingest_search.py lets the search part run without an ingest",
    )
    args = ap.parse_args()
    if not BULK.exists():
        sys.exit(f"needs {BULK}")
    parts = args.parts.split(",")
    clean = args.clean
    if "ingest" in parts:
        clean = part_ingest(args.url, args.machines)
        print(f"  clean store: {clean}", flush=True)
    if "copy" in parts and clean:
        part_copy(args.url, clean)
    if "search" in parts and (args.source or clean):
        part_search(args.url, args.source or clean, [int(x) for x in args.pages.split(",")], rum=args.rum)
    if "kills" in parts and clean:
        part_kills(args.url, args.machines, args.kills, clean)


if __name__ == "__main__":
    main()
