"""Text-only ingest against raw pypdfium2, interleaved file by file (issue 8's 2.5x).

Why: `ingest_search.py --repeat` alternates whole runs of 10-25 s, and this machine's speed drifts
by a third between such runs: two runs of the same code read anywhere from 2.2x to 3.2x. Here one
text-only ingest of the bulk corpus runs as usual (one process, one store), and after each file is
stored its listener extracts the same file's text with raw PDFium, timed on its own. The ingest's
CPU time is the process's total less those raw runs. Raw and ours thus run seconds apart for every
file, and drift hits both alike.

Usage: python benchmarks/ingest_ratio.py [--bulk DIR] [--rounds R] [--workdir DIR]
Run it under PYTHONPATH=<a checkout> to measure that checkout's code with this script.
"""

from __future__ import annotations

import argparse
import glob
import os
import shutil
import statistics
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_BULK = os.path.join(HERE, "..", "..", "shared", "corpus", "bulk")


def raw_cpu(files: list[str]) -> float:
    """CPU seconds of plain PDFium text for the files (ingest_search.py's baseline)."""
    sys.path.insert(0, HERE)
    from ingest_search import raw_pdfium

    return raw_pdfium(files)[2]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bulk", default=DEFAULT_BULK)
    ap.add_argument("--rounds", type=int, default=1)
    ap.add_argument("--workdir")
    a = ap.parse_args()
    files = sorted(glob.glob(os.path.join(a.bulk, "**", "*.pdf"), recursive=True))
    if not files:
        print(f"no PDFs under {a.bulk}: skipped")
        return
    os.environ["BOARDPAPERS_NER"] = "0"  # text-only, as ingest_search.py's figure
    from boardpapers.pipeline.ingest import ingest

    workdir = a.workdir or tempfile.mkdtemp(prefix="bp-ratio-")
    os.makedirs(workdir, exist_ok=True)
    # warm-up (imports, the decision model's load), not counted
    warm = os.path.join(workdir, "warm")
    shutil.rmtree(warm, ignore_errors=True)
    os.makedirs(warm)
    ingest(files[:3], os.path.join(warm, "w.db"), workers=0, ocr=False)
    # the first three files hold no decision the rules missed, so the decision model (spaCy's
    # import and the model's load, ~1 CPU second) was loaded inside the timed run; ingest_search.py
    # loads it in its stage times, before its timed ingest: warm it here too
    from boardpapers.extract.decision_model import decision_scores, model_available

    if model_available():
        decision_scores(["The Board approved the budget."])
    raw_cpu(files[:3])
    ratios = []
    for r in range(a.rounds):
        store_dir = os.path.join(workdir, f"round{r}")
        shutil.rmtree(store_dir, ignore_errors=True)
        os.makedirs(store_dir)
        raw_total = 0.0

        def listener(event: str, result: object) -> None:
            nonlocal raw_total
            if event == "file":
                raw_total += raw_cpu([result.path])  # type: ignore[attr-defined]

        t = time.process_time()
        ingest(files, os.path.join(store_dir, "bulk.db"), workers=0, ocr=False, listener=listener)
        ours = time.process_time() - t - raw_total
        ratios.append(ours / raw_total)
        print(
            f"round {r + 1}: CPU seconds raw {raw_total:.2f}, text-only ingest {ours:.2f}: {ours / raw_total:.2f}x"
        )
    print(
        f"{len(files)} files, code from {_code_dir()}: median {statistics.median(ratios):.2f}x "
        f"over {len(ratios)} round(s)"
    )


def _code_dir() -> str:
    import boardpapers

    return os.path.dirname(os.path.dirname(os.path.abspath(boardpapers.__file__)))


if __name__ == "__main__":
    sys.exit(main())
