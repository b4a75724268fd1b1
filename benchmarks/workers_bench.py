"""Worker-pool throughput: pages/s with 1 and 2 workers, side by side with
raw pypdfium2 text extraction (the floor: open, get_text_range, close) on the
same files, plus peak RSS per worker and the cost of shipping results back.

    python benchmarks/workers_bench.py [--corpus /work/shared/corpus/bulk] [--workers 1 2]
                                       [--order size|path] [--limit N] [--json]

"full" = run_jobs (parse_file: text, spans, tables, extractors; OCR off
unless --ocr) in worker processes; "raw" = the same files' text layer only,
split over the same number of processes. Ratios: scaling (N workers vs 1) and
full/raw (how far the full parse is from the text-extraction floor).
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import pickle
import resource
import statistics
import sys
import time
from concurrent.futures import ProcessPoolExecutor

from boardpapers.pipeline.workers import Job, run_jobs


def raw_pages(path: str) -> int:
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(path)
    except pdfium.PdfiumError:
        return 0
    try:
        n = len(pdf)
        for i in range(n):
            page = pdf[i]
            tp = page.get_textpage()
            tp.get_text_range()
            tp.close()
            page.close()
        return n
    finally:
        pdf.close()


def _spin(n: int) -> int:
    x = 0
    for i in range(n):
        x ^= i * 7
    return x


def machine_scaling(procs: int, n: int = 15_000_000) -> float:
    """How much faster `procs` processes finish `procs` equal pure-CPU chunks
    than one process finishes one chunk, now (1.0 per process is ideal): the
    ceiling for any pool on this machine at this load."""
    start = time.perf_counter()
    _spin(n)
    one = time.perf_counter() - start
    with ProcessPoolExecutor(procs) as ex:
        list(ex.map(_spin, [1000] * procs))  # start the processes first
        start = time.perf_counter()
        list(ex.map(_spin, [n] * procs))
        many = time.perf_counter() - start
    return round(procs * one / many, 2)


def _cpu() -> tuple[float, float]:
    """(CPU s of this process, CPU s of reaped child processes)."""
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime, kids.ru_utime + kids.ru_stime


def _cpu_fields(before: tuple[float, float], pages: int) -> dict:
    after = _cpu()
    parent, children = after[0] - before[0], after[1] - before[1]
    return {
        "cpu_parent_s": round(parent, 2),
        "cpu_workers_s": round(children, 2),
        "pages_per_cpu_s": round(pages / max(parent + children, 1e-9), 1),
    }


def bench_raw(files: list[str], procs: int) -> dict:
    cpu0 = _cpu()
    start = time.perf_counter()
    if procs <= 1:
        pages = sum(raw_pages(f) for f in files)
    else:
        with ProcessPoolExecutor(procs) as ex:
            pages = sum(ex.map(raw_pages, files, chunksize=1))
    secs = time.perf_counter() - start
    return {
        "pages": pages,
        "seconds": round(secs, 2),
        "pages_per_s": round(pages / secs, 1),
        **_cpu_fields(cpu0, pages),
    }


def bench_full(files: list[str], workers: int, ocr: bool) -> dict:
    jobs = (Job(f, "", os.path.getsize(f)) for f in files)
    cpu0 = _cpu()
    start = time.perf_counter()
    pages = ok = 0
    failures: list[str] = []
    peaks: list[float] = []
    ser_s = 0.0
    ser_bytes = 0
    busy = 0.0
    for o in run_jobs(jobs, workers, ocr=ocr, timeout_s=300, mem_mb=2048):
        busy += o.seconds
        if o.peak_rss_mb:
            peaks.append(o.peak_rss_mb)
        if o.parsed is None:
            failures.append(f"{os.path.basename(o.job.path)}: {o.kind}: {o.error}")
            continue
        ok += 1
        pages += o.parsed.document.page_count
        if workers == 1:  # what shipping results costs (pickle + unpickle), measured once
            t = time.perf_counter()
            blob = pickle.dumps(o.parsed, protocol=pickle.HIGHEST_PROTOCOL)
            pickle.loads(blob)
            ser_s += time.perf_counter() - t
            ser_bytes += len(blob)
    secs = time.perf_counter() - start
    if workers == 1:
        secs -= ser_s  # not part of the run itself
    out = {
        "files_ok": ok,
        "failed": len(failures),
        "pages": pages,
        "seconds": round(secs, 2),
        "pages_per_s": round(pages / secs, 1),
        # share of the run the workers had a file in hand (1.0 = never waiting on the parent)
        "workers_busy": round(busy / (workers * secs), 3),
        "peak_rss_mb_max": max(peaks) if peaks else None,
        "peak_rss_mb_median": round(statistics.median(peaks), 1) if peaks else None,
        "failures": failures[:10],
        **_cpu_fields(cpu0, pages),
    }
    if workers == 1:
        out["pickle_roundtrip_s"] = round(ser_s, 2)
        out["pickled_mb"] = round(ser_bytes / 1e6, 1)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default="/work/shared/corpus/bulk")
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument(
        "--order",
        choices=["size", "path"],
        default="size",
        help="job order: largest first (default; better load balance) or by path",
    )
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--ocr", action="store_true")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)

    files = sorted(glob.glob(os.path.join(args.corpus, "**", "*.pdf"), recursive=True))
    if args.order == "size":
        files.sort(key=lambda f: -os.path.getsize(f))
    if args.limit:
        files = files[: args.limit]
    if not files:
        print(f"no PDFs under {args.corpus}", file=sys.stderr)
        return 1
    mb = sum(os.path.getsize(f) for f in files) / 1e6
    print(f"{len(files)} files, {mb:.0f} MB, {os.cpu_count()} CPUs, order={args.order}", file=sys.stderr)

    results: dict = {
        "files": len(files),
        "mb": round(mb, 1),
        "cpus": os.cpu_count(),
        "order": args.order,
        "loadavg_start": os.getloadavg()[0],
    }
    for n in args.workers:
        if n > 1:
            results[f"machine_scaling_{n}"] = m = machine_scaling(n)
            print(
                f"machine x{n}: pure-CPU spin loops run {m:.2f}x as fast as one (ideal {n})", file=sys.stderr
            )
        raw = bench_raw(files, n)
        print(
            f"raw  x{n}: {raw['pages_per_s']:7.1f} pages/s ({raw['seconds']} s, "
            f"{raw['pages_per_cpu_s']} pages/CPU-s)",
            file=sys.stderr,
        )
        full = bench_full(files, n, args.ocr)
        print(
            f"full x{n}: {full['pages_per_s']:7.1f} pages/s ({full['seconds']} s, "
            f"{full['pages_per_cpu_s']} pages/CPU-s, parent CPU {full['cpu_parent_s']} s, "
            f"workers busy {full['workers_busy']:.0%}), "
            f"peak RSS/worker max {full['peak_rss_mb_max']} MB, median {full['peak_rss_mb_median']} MB",
            file=sys.stderr,
        )
        results[f"raw_{n}"] = raw
        results[f"full_{n}"] = full

    results["loadavg_end"] = os.getloadavg()[0]
    print(
        f"load average (1 min) at start {results['loadavg_start']:.2f}, end {results['loadavg_end']:.2f} "
        "(other processes share these cores: compare pages/CPU-s too)",
        file=sys.stderr,
    )
    base = args.workers[0]
    rows = []
    for n in args.workers:
        raw, full = results[f"raw_{n}"], results[f"full_{n}"]
        rows.append(
            (
                n,
                raw["pages_per_s"],
                full["pages_per_s"],
                raw["pages_per_s"] / results[f"raw_{base}"]["pages_per_s"],
                full["pages_per_s"] / results[f"full_{base}"]["pages_per_s"],
                full["pages_per_s"] / raw["pages_per_s"],
                full["peak_rss_mb_max"],
            )
        )
    results["table"] = [
        dict(
            zip(
                (
                    "workers",
                    "raw_pps",
                    "full_pps",
                    "raw_scaling",
                    "full_scaling",
                    "full_over_raw",
                    "peak_rss_mb_max",
                ),
                r,
                strict=True,
            )
        )
        for r in rows
    ]
    if args.json:
        print(json.dumps(results, indent=2))
    else:
        print(
            f"{'workers':>7} {'raw p/s':>9} {'full p/s':>9} {'raw scale':>9} {'full scale':>10} "
            f"{'full/raw':>8} {'peak RSS MB':>11}"
        )
        for r in rows:
            print(f"{r[0]:>7} {r[1]:>9.1f} {r[2]:>9.1f} {r[3]:>9.2f} {r[4]:>10.2f} {r[5]:>8.3f} {r[6]:>11}")
        f1 = results.get("full_1", {})
        if "pickle_roundtrip_s" in f1:
            print(
                f"result shipping (pickle+unpickle, x1 run): {f1['pickle_roundtrip_s']} s for "
                f"{f1['pickled_mb']} MB = {100 * f1['pickle_roundtrip_s'] / f1['seconds']:.1f}% of the run"
            )
        for n in args.workers:
            if f"machine_scaling_{n}" in results:
                m = results[f"machine_scaling_{n}"]
                full = results[f"full_{n}"]["pages_per_s"] / results[f"full_{base}"]["pages_per_s"]
                print(
                    f"x{n}: the machine gave {m:.2f}x (spin loops) at the time; the pool got {full:.2f}x "
                    f"= {full / m:.0%} of that"
                )
        for n in args.workers:
            for line in results[f"full_{n}"]["failures"]:
                print(f"  x{n} failed: {line}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
