"""People resolution against the labelled set (benchmarks/people_truth.json).

Ingests every document the truth set names (the project's corpus/ and, when
present, ../shared) into a temporary store with the people refresh (spaCy
step included), then matches the system's person mentions to the truth
mentions by file + page + normalised name and prints:

  * pairwise precision and recall of the resolution over matched mentions
    (a pair is positive when both mentions are the same person);
  * truth mentions the system has no mention for (by context);
  * the labelled different-person pairs the system keeps apart;
  * how many pairs went to the review queue;
  * the cost of the spaCy step per page of minutes prose.

    python benchmarks/people_accuracy.py [--truth benchmarks/people_truth.json] [--db PATH] [--no-ner] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections import Counter, defaultdict
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from boardpapers.names import fold, parse_name  # noqa: E402
from boardpapers.people.people_store import refresh  # noqa: E402
from boardpapers.pipeline.ingest import ingest  # noqa: E402
from boardpapers.store.store import Store  # noqa: E402
from boardpapers.text import strip_honorifics  # noqa: E402


def name_keys(name: str) -> list[str]:
    """Keys to match a name by, strictest first: the parsed key ('ian williams',
    'i williams', 'moore'), then the folded name without titles."""
    text = name.replace("’s", "").replace("'s", "")
    keys = [parse_name(text).key, fold(strip_honorifics(text))]
    return [k for i, k in enumerate(keys) if k and k not in keys[:i]]


def load_truth(path: Path) -> dict:
    return json.loads(path.read_text())


def documents_of(truth: dict) -> tuple[list[str], list[str]]:
    """Paths of the truth's documents that exist here, and those missing."""
    present, missing = [], []
    for src in sorted({m["source"] for m in truth["mentions"]}):
        p = (ROOT / src).resolve()
        (present if p.is_file() else missing).append(str(p) if p.is_file() else src)
    return present, missing


def system_mentions(store: Store) -> list[dict]:
    rows = list(
        store.db.query(
            "select m.*, d.path as doc_path from person_mentions m join documents d on d.sha256 = m.sha256"
        )
    )
    for r in rows:
        r["file"] = os.path.basename(r["doc_path"])
    return rows


def match(truth_mentions: list[dict], system: list[dict]) -> dict[str, int | None]:
    """truth mention id -> the person id the system gave the same name on the
    same page of the same file (None: matched but unresolved; absent: no match)."""
    by_page: dict[tuple[str, int], list[dict]] = defaultdict(list)
    for s in system:
        by_page[(s["file"], s["page"])].append(s)
    out: dict[str, int | None] = {}
    for t in truth_mentions:
        cands = by_page.get((t["file"], t["page"]), [])
        tkeys = name_keys(t["name"])
        hit = None
        for k in tkeys:
            same = [s for s in cands if k in name_keys(s["name"])]
            if same:
                ids = Counter(s["person_id"] for s in same)
                hit = ids.most_common(1)[0][0]
                out[t["id"]] = hit
                break
        else:
            # same surname and compatible initial on the page, when exactly one such system name
            tp = parse_name(t["name"])
            fits = {
                s["person_id"]
                for s in cands
                if tp.surname_key
                and parse_name(s["name"]).surname_key == tp.surname_key
                and (not tp.initials or (s["initials"] or "").startswith(tp.initials[:1]))
            }
            if len(fits) == 1:
                out[t["id"]] = fits.pop()
    return out


def pairwise(truth_mentions: list[dict], got: dict[str, int | None]) -> dict:
    matched = [t for t in truth_mentions if t["id"] in got]
    tp = fp = fn = 0
    false_merges: Counter = Counter()
    missed: Counter = Counter()
    for a, b in combinations(matched, 2):
        truth_same = a["person"] == b["person"]
        pa, pb = got[a["id"]], got[b["id"]]
        sys_same = pa is not None and pa == pb
        if truth_same and sys_same:
            tp += 1
        elif sys_same:
            fp += 1
            false_merges[tuple(sorted((a["person"], b["person"])))] += 1
        elif truth_same:
            fn += 1
            missed[a["person"]] += 1
    return {
        "matched": len(matched),
        "true_pairs": tp,
        "false_pairs": fp,
        "missed_pairs": fn,
        "precision": tp / (tp + fp) if tp + fp else 1.0,
        "recall": tp / (tp + fn) if tp + fn else 1.0,
        "false_merges": false_merges.most_common(10),
        "missed_people": missed.most_common(15),
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--truth", default=str(ROOT / "benchmarks" / "people_truth.json"))
    ap.add_argument("--db", help="reuse this store (ingested already) instead of a temporary one")
    ap.add_argument("--no-ner", action="store_true", help="structured mentions only (no spaCy step)")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    truth = load_truth(Path(args.truth))
    present, missing = documents_of(truth)
    tmp = None
    if args.db:
        db = args.db
    else:
        tmp = tempfile.mkdtemp(prefix="people_acc_")
        db = os.path.join(tmp, "bp.db")
    started = time.perf_counter()
    os.environ["BOARDPAPERS_NER"] = "0"  # ingest without it: the refresh below is timed on its own
    if not args.db:
        ingest(present, db, workers=0)
    ingest_s = time.perf_counter() - started
    store = Store(db)
    report = refresh(store, force=True, ner=not args.no_ner)
    files_here = {os.path.basename(p) for p in present}
    mentions = [t for t in truth["mentions"] if t["file"] in files_here]
    got = match(mentions, system_mentions(store))
    scores = pairwise(mentions, got)
    unmatched = [t for t in mentions if t["id"] not in got]
    by_id = {t["id"]: t for t in mentions}
    apart = kept = 0
    for a, b in truth.get("different_pairs", []):
        if a in got and b in got:
            kept += 1
            if got[a] is None or got[a] != got[b]:
                apart += 1
    review = store.count("person_review")
    pages = store.db.execute("select count(*) from pages").fetchone()[0]
    result = {
        "truth_mentions": len(mentions),
        "documents": len(present),
        "documents_missing": missing,
        **{k: v for k, v in scores.items()},
        "unmatched": len(unmatched),
        "unmatched_by_context": Counter(t["context"] for t in unmatched).most_common(),
        "unmatched_examples": [
            f"{t['name']} ({t['file'][:30]} p{t['page']}, {t['context']})" for t in unmatched[:25]
        ],
        "different_pairs_matched": kept,
        "different_pairs_kept_apart": apart,
        "review_pairs": review,
        "system_mentions": report.mentions,
        "people": report.people,
        "ner_pages": report.ner_pages,
        "ner_seconds": round(report.ner_seconds, 2),
        "ner_seconds_per_page": round(report.ner_seconds / report.ner_pages, 4) if report.ner_pages else None,
        "pages_stored": pages,
        "ingest_seconds": round(ingest_s, 1),
    }
    del by_id
    if args.json:
        print(json.dumps(result, indent=2, default=str))
        return 0
    print(
        f"truth: {result['truth_mentions']} mentions in {result['documents']} documents"
        + (f" ({len(missing)} documents not here: skipped)" if missing else "")
    )
    print(f"matched {result['matched']}; unmatched {result['unmatched']}: {result['unmatched_by_context']}")
    for ex in result["unmatched_examples"]:
        print(f"  unmatched: {ex}")
    print(f"false merges (truth people pairs): {result['false_merges']}")
    print(f"missed pairs by person: {result['missed_people']}")
    print(f"different-person pairs kept apart: {apart} of {kept} matched")
    print(
        f"spaCy step: {result['ner_pages']} pages of minutes prose in {result['ner_seconds']}s"
        f" ({result['ner_seconds_per_page']} s/page, model load and ruler included)"
    )
    print(f"pairs to review: {review}")
    print(
        f"pairwise precision {result['precision']:.4f}  recall {result['recall']:.4f}"
        f"  ({result['true_pairs']} true, {result['false_pairs']} false, {result['missed_pairs']} missed pairs)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
