"""Extraction accuracy on labelled documents: precision, recall and F1 per record type.

Runs the `extract` code path (parse_file, in-process, the same records the CLI's
`boardpapers extract FILE --json` prints) over four sets of labelled documents and scores
each set with ../shared/eval/score.py (the scorer's matching rules, `covers`, `ignore`
and `alt` are documented in its docstring):

  ruled       ../shared/corpus/packs/*.pdf             against ../shared/eval/truth/
  borderless  ../shared/corpus/packs-borderless/*.pdf  against ../shared/eval/truth/
  tune        every truth file in benchmarks/truth/tune/    (PDF from its "source")
  heldout     every truth file in benchmarks/truth/heldout/ (PDF from its "source")
  written     documents written in this project in common public-sector layouts, fictional
              people (benchmarks/written/, see benchmarks/synthetic/render.py), truth in
              benchmarks/truth/written/; written-heldout (session 5), written-heldout2 (session 6)
              written-heldout3/4 (session 7), written-heldout5/6/7 (session 8) and written-heldout8
              (session 9), each by other authors,
              likewise, each scored before it was studied; written-dev9 (session 9) is a development
              set written for fixers to read: several layouts of each family the unread sets
              were weak on (risk panels, registers of interests, attendance and action layouts);
              written-heldout9 and written-dev10 (end of session 9): the next unread set and the next
              development set; written-heldout10 (session 10, unread) and written-dev11 (session
              10, development: per-member registers of interests; actions and decisions in
              minutes of five traditions); written-dev12 (session 10, development: agendas;
              risk registers and action logs); written-heldout11 (session 11, unread) and
              written-dev13 (session 11, development: registers as tables and columns, attendance
              and meeting headings, risk registers, actions, agendas; five layouts each);
              later sets (to written-heldout24 and written-dev38, session 20) are described in
              benchmarks/ACCURACY_HISTORY.md

The tune files may be read while changing the extractors; the heldout files may not (they are
written from the PDF by people who do not change the extractors, and scored, not studied).
When a held-out set has been reported it may be promoted to tune (its files then carry
"promoted_from_heldout") and a new held-out set labelled in its place.

Prints per set and per type: truth count, predicted, matched, precision, recall, F1 and the
set's overall F1; then the documents that gave no records at all where their truth has
some; the last lines are a compact summary (F1 per type and set), so `tail -12` shows it.

Usage: python benchmarks/extraction_accuracy.py [--per-file] [--keep DIR] [--set NAME ...]
Exit status 0; skips with a message when ../shared is absent.
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SHARED = os.path.join(ROOT, "..", "shared")
SCORER = os.path.join(SHARED, "eval", "score.py")
SEED_TRUTH = os.path.join(SHARED, "eval", "truth")
TYPES = ["meetings", "attendance", "agenda_items", "decisions", "interests", "actions", "risks"]
SET_NAMES = [
    "ruled",
    "borderless",
    "tune",
    "heldout",
    "written",
    "written-heldout",
    "written-heldout2",
    "written-heldout3",
    "written-heldout4",
    "written-heldout5",
    "written-heldout6",
    "written-heldout7",
    "written-heldout8",
    "written-dev9",
    "written-heldout9",
    "written-dev10",
    "written-heldout10",
    "written-dev11",
    "written-dev12",
    "written-heldout11",
    "written-dev13",
    "written-heldout12",
    "written-dev14",
    "written-heldout13",
    "written-dev15",
    "written-dev16",
    "written-heldout14",
    "written-dev17",
    "written-heldout15",
    "written-dev18",
    "written-heldout16",
    "written-dev19",
    "written-heldout17",
    "written-dev20",
    "written-dev21",
    "written-dev22",
    "written-dev23",
    "written-dev24",
    "written-heldout18",
    "written-dev25",
    "written-dev26",
    "written-dev27",
    "written-heldout19",
    "written-dev28",
    "written-dev29",
    "written-dev30",
    "written-heldout20",
    "written-heldout21",
    "written-dev31",
    "written-dev32",
    "written-dev33",
    "written-dev34",
    "written-dev35",
    "written-heldout22",
    "written-heldout23",
    "written-dev36",
    "written-dev37",
    "written-dev38",
    "written-heldout24",
]


@dataclass
class LabelledSet:
    """One set of documents: where its truth lives and which PDF each truth file reads."""

    name: str
    truth_dir: str
    # (prediction file name, PDF path) pairs; the scorer finds a prediction by truth name or PDF stem
    jobs: list[tuple[str, str]] = field(default_factory=list)
    missing_pdfs: list[str] = field(default_factory=list)


@dataclass
class SetResult:
    name: str
    types: dict
    overall: dict
    zero_docs: list[str]
    covered: set[str]
    failures: list[str]
    seconds: float
    scorer_stdout: str


def pack_set(name: str, pdf_dir: str) -> LabelledSet:
    """The five seed packs in one layout, scored against the seed truth."""
    s = LabelledSet(name, SEED_TRUTH)
    for pdf in sorted(glob.glob(os.path.join(pdf_dir, "*.pdf"))):
        s.jobs.append((os.path.splitext(os.path.basename(pdf))[0] + ".json", pdf))
    return s


def truth_folder_set(name: str, truth_dir: str) -> LabelledSet:
    """Truth files written in this project: each names its PDF in "source" (relative to the root)."""
    s = LabelledSet(name, truth_dir)
    for path in sorted(glob.glob(os.path.join(truth_dir, "*.json"))):
        with open(path, encoding="utf-8") as f:
            truth = json.load(f)
        pdf = os.path.normpath(os.path.join(ROOT, truth.get("source") or ""))
        if not os.path.isfile(pdf):
            s.missing_pdfs.append(os.path.basename(path))
            continue
        s.jobs.append((os.path.basename(path), pdf))
    return s


def extract_json(pdf: str) -> dict:
    """What `boardpapers extract PDF --json` prints (cli.extract_cmd), built in-process."""
    from boardpapers.extract.records import to_dict
    from boardpapers.pipeline.process import parse_file

    parsed = parse_file(pdf)
    doc = parsed.document
    out = {"file": os.path.abspath(pdf), "sha256": doc.sha256, "pages": doc.page_count, "title": doc.title}
    for name, records in parsed.records.items():
        out[name] = [to_dict(r) for r in records]
    out["warnings"] = doc.warnings
    return out


def run_set(s: LabelledSet, pred_dir: str, per_file: bool) -> SetResult | None:
    if not s.jobs:
        return None
    os.makedirs(pred_dir, exist_ok=True)
    failures = [f"{name}: PDF not found" for name in s.missing_pdfs]
    start = time.perf_counter()
    for out_name, pdf in s.jobs:
        try:
            pred = extract_json(pdf)
        except Exception as exc:  # a bad document is reported and scored as no predictions
            failures.append(f"{os.path.basename(pdf)}: {type(exc).__name__}: {exc}")
            continue
        with open(os.path.join(pred_dir, out_name), "w", encoding="utf-8") as f:
            json.dump(pred, f, ensure_ascii=False, default=str)
    seconds = time.perf_counter() - start

    score_json = os.path.join(pred_dir, "_score.json")
    cmd = [sys.executable, SCORER, s.truth_dir, pred_dir, "--json", score_json]
    if per_file:
        cmd.append("--per-file")
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0 or not os.path.exists(score_json):
        failures.append(f"score.py failed: {proc.stderr.strip().splitlines()[-1:]}")
        return SetResult(s.name, {}, {}, [], set(), failures, seconds, proc.stdout)
    with open(score_json, encoding="utf-8") as f:
        score = json.load(f)
    os.remove(score_json)

    # documents whose covered types hold truth records but which gave no record at all
    per_doc: dict[str, list[int]] = {}
    for row in score["per_file"]:
        t, p = per_doc.setdefault(row["file"], [0, 0])
        per_doc[row["file"]] = [t + row["truth"], p + row["pred"] + row["ignored"]]
    zero = [name for name, (t, p) in per_doc.items() if t > 0 and p == 0]
    covered = {row["type"] for row in score["per_file"]}
    return SetResult(s.name, score["types"], score["overall"], zero, covered, failures, seconds, proc.stdout)


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """As score.py: an empty side with nothing to find counts as perfect."""
    p = tp / (tp + fp) if tp + fp else (1.0 if fn == 0 else 0.0)
    r = tp / (tp + fn) if tp + fn else (1.0 if fp == 0 else 0.0)
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def type_f1(res: SetResult | None, typ: str) -> float | None:
    """None when no document of the set covers the type."""
    if res is None or typ not in res.covered:
        return None
    g = res.types[typ]
    return prf(g["matched"], g["pred"] - g["matched"], g["truth"] - g["matched"])[2]


def print_detail(res: SetResult) -> None:
    print(f"\n[{res.name}] extracted in {res.seconds:.1f} s")
    for line in res.failures:
        print(f"  failed: {line}")
    print(f"  {'type':<13} {'truth':>6} {'pred':>6} {'match':>6} {'prec':>6} {'recall':>6} {'F1':>6}")
    for typ in TYPES:
        if typ not in res.covered:
            continue
        g = res.types[typ]
        p, r, f = prf(g["matched"], g["pred"] - g["matched"], g["truth"] - g["matched"])
        print(f"  {typ:<13} {g['truth']:>6} {g['pred']:>6} {g['matched']:>6} {p:>6.3f} {r:>6.3f} {f:>6.3f}")
    if res.overall:
        o = res.overall
        print(
            f"  {'overall':<13} {o['tp'] + o['fn']:>6} {o['tp'] + o['fp']:>6} {o['tp']:>6} "
            f"{o['precision']:>6.3f} {o['recall']:>6.3f} {o['f1']:>6.3f}"
        )


def print_summary(results: dict[str, SetResult | None]) -> None:
    cols = [n for n in SET_NAMES if n in results]
    w = max([11] + [len(n) + 2 for n in cols])
    fmt = lambda v: f"{v:>{w}.3f}" if v is not None else f"{'-':>{w}}"  # noqa: E731
    print("\n== summary: F1 per record type and set (counts in the tables above)")
    print(f"{'type':<13}" + "".join(f"{n:>{w}}" for n in cols))
    for typ in TYPES:
        print(f"{typ:<13}" + "".join(fmt(type_f1(results[n], typ)) for n in cols))
    print(
        f"{'overall F1':<13}"
        + "".join(fmt(results[n].overall.get("f1") if results[n] else None) for n in cols)
    )
    zero = [f"{n}: {d}" for n in cols if results[n] for d in results[n].zero_docs]
    print(
        f"zero-record documents whose truth has records: {len(zero)}"
        + (f" ({'; '.join(zero)})" if zero else "")
    )


def print_markdown(results: dict[str, SetResult | None], documents: dict[str, int]) -> None:
    """The summary as the README prints it: a row per set, a column per type ("-": not covered)."""
    heads = ["meetings", "attendance", "agenda", "decisions", "interests", "actions", "risks"]
    print("\n| set | documents | " + " | ".join(heads) + " | overall | precision | recall |")
    print("|---|---|" + "---|" * (len(heads) + 3))
    for name in [n for n in SET_NAMES if results.get(n)]:
        res = results[name]
        cells = [f"{v:.3f}" if (v := type_f1(res, typ)) is not None else "-" for typ in TYPES]
        o = res.overall
        overall = [f"{o[k]:.3f}" for k in ("f1", "precision", "recall")] if o else ["-"] * 3
        print(f"| {name} | {documents[name]} | " + " | ".join(cells + overall) + " |")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument(
        "--per-file", action="store_true", help="also print score.py's per-file table for each set"
    )
    ap.add_argument("--keep", metavar="DIR", help="write predictions under DIR/<set>/ and keep them")
    ap.add_argument("--set", action="append", choices=SET_NAMES, help="run only these sets (repeatable)")
    ap.add_argument("--markdown", action="store_true", help="also print the summary as a Markdown table")
    a = ap.parse_args(argv)

    if not os.path.isdir(SHARED) or not os.path.isfile(SCORER):
        print(f"skipped: {os.path.normpath(SHARED)} (shared corpus and eval/score.py) is absent")
        return 0
    sys.path.insert(0, ROOT)  # score this worktree's boardpapers, whatever the venv points at

    sets = {
        "ruled": pack_set("ruled", os.path.join(SHARED, "corpus", "packs")),
        "borderless": pack_set("borderless", os.path.join(SHARED, "corpus", "packs-borderless")),
    }
    for name in SET_NAMES:  # the others: a folder of truth files each, benchmarks/truth/<name>/
        if name not in sets:
            sets[name] = truth_folder_set(name, os.path.join(HERE, "truth", name))
    chosen = a.set or SET_NAMES
    results: dict[str, SetResult | None] = {}
    with tempfile.TemporaryDirectory(prefix="bp-accuracy-") as tmp:
        base = a.keep or tmp
        for name in chosen:
            res = run_set(sets[name], os.path.join(base, name), a.per_file)
            results[name] = res
            if res is None:
                print(
                    f"\n[{name}] no labelled documents ({os.path.relpath(sets[name].truth_dir, ROOT)}); skipped"
                )
                continue
            print_detail(res)
            if a.per_file:
                print(res.scorer_stdout.rstrip())
    print_summary(results)
    if a.markdown:
        print_markdown(results, {name: len(sets[name].jobs) for name in chosen})
    return 0


if __name__ == "__main__":
    sys.exit(main())
