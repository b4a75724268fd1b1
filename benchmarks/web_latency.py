"""Web page latency (issue 11): p50/p95 server time and page size for the
search, meeting and person pages, on a store built from ../shared/corpus/bulk.

Requests go through the ASGI app in-process (Starlette's TestClient: no
network, no browser), so the time is the server's: routing, api/ queries,
tantivy, templates. Target: p95 <= 100 ms per page type. Wall time depends on
what else the machine runs (the load average is printed); CPU time (this
process, all threads) much less so, and is printed beside it.

Usage: python benchmarks/web_latency.py [--bulk DIR] [--db PATH] [--rounds N]
(--db reuses an existing store; otherwise the bulk folder is ingested into a
temporary one first.)
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
import warnings

warnings.filterwarnings("ignore", category=DeprecationWarning)

from starlette.testclient import TestClient  # noqa: E402

from boardpapers.pipeline.ingest import ingest  # noqa: E402
from boardpapers.store.store import Store  # noqa: E402
from boardpapers.web.app import create_app  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_BULK = os.path.join(HERE, "..", "..", "shared", "corpus", "bulk")
TARGET_P95_MS = 100.0  # from issue 11
SEARCH_WORDS = [
    "budget", "risk", "open data", "transparency", "cabinet", "education", "housing", "social care",
    "climate", "procurement", "performance", "minutes", "decision", "children", "health", "finance",
    "planning", "school", "transport", "consultation", "approved", "noted", "safeguarding", "workforce",
]  # fmt: skip


def search_urls(store: Store, n: int, rnd: random.Random) -> list[str]:
    """Plain queries, queries with a facet chosen, and facet-only browsing."""
    years = [
        r[0]
        for r in store.db.execute(
            "select distinct substr(meeting_date, 1, 4) from documents where meeting_date is not null"
        )
    ]
    out = []
    for i in range(n):
        q = rnd.choice(SEARCH_WORDS)
        kind = i % 4
        if kind == 0:
            out.append(f"/?q={q}")
        elif kind == 1:
            out.append(f"/?q={q}&type={rnd.choice(['page', 'decision', 'item', 'attendance'])}")
        elif kind == 2 and years:
            out.append(f"/?q={q}&year={rnd.choice(years)}")
        else:
            out.append(f"/?type={rnd.choice(['decision', 'meeting', 'action'])}")
    return out


def meeting_urls(store: Store, n: int, rnd: random.Random) -> list[str]:
    ids = (
        [r[0] for r in store.db.execute("select id from meetings")]
        if "meetings" in store.db.table_names()
        else []
    )
    return [f"/meeting/{rnd.choice(ids)}" for _ in range(n)] if ids else []


def person_urls(store: Store, n: int, rnd: random.Random) -> list[str]:
    names: list[str] = []
    for table, col in (("attendance", "name"), ("interests", "person"), ("actions", "owner")):
        if table in store.db.table_names():
            names += [
                r[0]
                for r in store.db.execute(f"select distinct [{col}] from [{table}] where [{col}] is not null")
            ]
    return [f"/person?name={rnd.choice(names)}" for _ in range(n)] if names else []


def measure(client: TestClient, urls: list[str]) -> dict:
    times, cpu, sizes, codes = [], [], [], {}
    for url in urls:
        t, c = time.perf_counter(), time.process_time()
        r = client.get(url)
        times.append((time.perf_counter() - t) * 1000)
        cpu.append((time.process_time() - c) * 1000)
        sizes.append(len(r.content))
        codes[r.status_code] = codes.get(r.status_code, 0) + 1
    times.sort()
    cpu.sort()
    return {
        "cpu_p50_ms": statistics.median(cpu),
        "cpu_p95_ms": cpu[max(int(len(cpu) * 0.95) - 1, 0)],
        "n": len(times),
        "p50_ms": statistics.median(times),
        "p95_ms": times[max(int(len(times) * 0.95) - 1, 0)],
        "max_ms": times[-1],
        "bytes_median": int(statistics.median(sizes)),
        "bytes_max": max(sizes),
        "status": codes,
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bulk", default=DEFAULT_BULK)
    ap.add_argument("--db", help="an existing store to measure (skips the ingest)")
    ap.add_argument("--rounds", type=int, default=200, help="requests per page type")
    args = ap.parse_args()
    db = args.db
    if not db:
        if not os.path.isdir(args.bulk):
            print(f"no bulk corpus at {args.bulk}", file=sys.stderr)
            return 2
        db = os.path.join(tempfile.mkdtemp(prefix="bp-web-"), "bulk.db")
        t = time.perf_counter()
        s = ingest([args.bulk], db, workers=os.cpu_count() or 1, ocr=False)
        print(f"ingested {len(s.results)} files in {time.perf_counter() - t:.0f}s into {db}")
    store = Store(db)
    docs, pages = store.count("documents"), store.count("pages")
    rnd = random.Random(11)
    plans = {
        "search": search_urls(store, args.rounds, rnd),
        "meeting": meeting_urls(store, args.rounds, rnd),
        "person": person_urls(store, args.rounds, rnd),
    }
    store.close()
    client = TestClient(create_app(db))
    for urls in plans.values():  # warm up: templates compiled, SQLite pages cached
        for url in urls[:5]:
            client.get(url)
    print(f"store: {docs} documents, {pages} pages ({db})")
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(
        f"{'page':<8} {'n':>4} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8} {'cpu p50':>8} {'cpu p95':>8}"
        f" {'median bytes':>13} {'max bytes':>10}  status"
    )
    worst = 0.0
    for name, urls in plans.items():
        if not urls:
            print(f"{name:<8} (no records of this kind in the store)")
            continue
        m = measure(client, urls)
        worst = max(worst, m["p95_ms"])
        print(
            f"{name:<8} {m['n']:>4} {m['p50_ms']:>8.1f} {m['p95_ms']:>8.1f} {m['max_ms']:>8.1f}"
            f" {m['cpu_p50_ms']:>8.1f} {m['cpu_p95_ms']:>8.1f}"
            f" {m['bytes_median']:>13,} {m['bytes_max']:>10,}  {m['status']}"
        )
    print(
        f"target p95 <= {TARGET_P95_MS:.0f} ms (wall): {'met' if worst <= TARGET_P95_MS else 'NOT met'}"
        f" (worst p95 {worst:.1f} ms; load average now {os.getloadavg()[0]:.1f})"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
