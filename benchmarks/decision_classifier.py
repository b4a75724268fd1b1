"""Would a trained sentence classifier find decisions the wording rules miss? (issue 8, a study)

The decision extractor (extract/decisions.py) finds decisions by wording rules written while
reading labelled sets; on the next unseen set its recall has stayed near 0.6. This study asks
whether a statistical model trained on the ~800 labelled decisions of the sets already read
does better on a set nobody read, before anyone builds it into the extractor.

Units are sentences of the document's body text (layout lines, furniture removed, joined
into paragraphs, split after . ; : before a capital, bracket or digit). A sentence is a
decision if a truth decision's text matches it the way score.py matches decision texts
(rapidfuzz token_set_ratio >= 85 after the scorer's normalising), so a decision printed as a
fragment of a longer sentence still labels that sentence.

Model: spaCy's bag-of-words text classifier (TextCatBOW, unigrams and bigrams; no vectors,
so it trains in seconds on CPU), trained on the TRAIN sets, scored on each TEST set:

* rules   truth decisions whose text one of extract's decisions matches (text only: the
          scorer also needs the outcome verb, which this study does not predict);
* model   truth decisions matched by a sentence the model scores >= THRESHOLD;
* union   either; and the model's sentence precision (positive sentences that match a
          truth or ignored decision).

The extractor's model (boardpapers/extract/decision_model.py) is the one this trains, saved with
--save: retrain it so when the read sets change, and say which sets in the commit.

Usage: python benchmarks/decision_classifier.py [--test SET ...] [--threshold 0.5] [--save]
Needs ../shared (for the tune set's PDFs and score.py); skips with a message otherwise.
"""

from __future__ import annotations

import argparse
import glob
import importlib.util
import json
import os
import random
import sys
import time
from dataclasses import dataclass

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SHARED = os.path.join(ROOT, "..", "shared")
sys.path.insert(0, ROOT)

TRAIN_SETS = [
    "tune",
    "written",
    "written-heldout",
    "written-heldout2",
    "written-heldout3",
    "written-heldout4",
    "written-heldout5",
]
TEST_SETS = ["written-heldout6", "heldout"]
# score.py's threshold for text keys (its THRESH)
MATCH_RATIO = 85.0
EPOCHS = 12


def _has_verb(text: str) -> bool:
    from boardpapers.extract.decision_model import outcome_of

    return outcome_of(text) is not None


SEED = 7


@dataclass
class Sentence:
    text: str
    page: int
    label: bool = False  # matches a truth decision
    ignorable: bool = False  # matches an ignored decision


def _scorer():
    spec = importlib.util.spec_from_file_location("score", os.path.join(SHARED, "eval", "score.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def sentences_of(doc) -> list[Sentence]:
    """The body text as sentences, in reading order, split as the extractor splits them."""
    from boardpapers.extract.decision_model import sentences
    from boardpapers.layout.document import layout_of

    return [Sentence(s.text, s.page) for s in sentences(layout_of(doc).lines())]


def _truth_jobs(set_name: str) -> list[tuple[dict, str]]:
    folder = os.path.join(ROOT, "benchmarks", "truth", set_name)
    jobs = []
    for path in sorted(glob.glob(os.path.join(folder, "*.json"))):
        truth = json.load(open(path, encoding="utf-8"))
        if "decisions" not in truth.get("covers", []):
            continue
        pdf = os.path.normpath(os.path.join(ROOT, truth.get("source") or ""))
        if os.path.isfile(pdf):
            jobs.append((truth, pdf))
    return jobs


def _matches(score, a: str, b: str) -> bool:
    from rapidfuzz import fuzz

    return fuzz.token_set_ratio(score.norm(a), score.norm(b)) >= MATCH_RATIO


@dataclass
class DocSample:
    sentences: list[Sentence]
    truth_texts: list[str]
    rule_texts: list[str]


def load_set(set_name: str, score) -> list[DocSample]:
    from boardpapers.extract import extract_all
    from boardpapers.reading.pdf_reader import read_document

    out = []
    for truth, pdf in _truth_jobs(set_name):
        doc = read_document(pdf)
        sents = sentences_of(doc)
        truths = [d.get("text") or "" for d in truth.get("decisions", [])]
        ignored = [d.get("text") or "" for d in truth.get("ignore", {}).get("decisions", [])]
        for s in sents:
            s.label = any(_matches(score, s.text, t) for t in truths if t)
            s.ignorable = not s.label and any(_matches(score, s.text, t) for t in ignored if t)
        rules = [d.text for d in extract_all(doc)["decisions"]]
        out.append(DocSample(sents, truths, rules))
    return out


def train_bow_textcat(data: list[tuple[str, dict[str, float]]], labels, epochs: int, batch: int, seed: int):
    """A spaCy bag-of-words text classifier (TextCatBOW, unigrams and bigrams, no vectors, one
    class per text) trained on (text, cats) pairs; shared with register_line_model.py."""
    import spacy
    from spacy.training import Example

    nlp = spacy.blank("en")
    textcat = nlp.add_pipe(
        "textcat",
        config={
            "model": {
                "@architectures": "spacy.TextCatBOW.v3",
                "exclusive_classes": True,
                "ngram_size": 2,
                "no_output_layer": False,
            }
        },
    )
    for lab in labels:
        textcat.add_label(lab)
    examples = [Example.from_dict(nlp.make_doc(t), {"cats": cats}) for t, cats in data]
    random.seed(seed)
    optimizer = nlp.initialize(lambda: examples)
    for _ in range(epochs):
        random.shuffle(examples)
        for i in range(0, len(examples), batch):
            nlp.update(examples[i : i + batch], sgd=optimizer)
    return nlp


def train(samples: list[DocSample]):
    data = [
        (s.text, {"DECISION": float(s.label), "OTHER": float(not s.label)})
        for d in samples
        for s in d.sentences
        if not s.ignorable
    ]
    nlp = train_bow_textcat(data, ("DECISION", "OTHER"), EPOCHS, 32, SEED)
    return nlp, sum(1 for _, cats in data if cats["DECISION"]), len(data)


def evaluate(nlp, samples: list[DocSample], threshold: float, score, verb_needed: bool = False) -> dict:
    n_truth = rules_hit = model_hit = union_hit = 0
    pos = pos_right = lex_pos = lex_right = lex_hit = 0
    for d in samples:
        texts = [s.text for s in d.sentences]
        probs = [doc.cats["DECISION"] for doc in nlp.pipe(texts)] if texts else []
        chosen = [s for s, p in zip(d.sentences, probs, strict=True) if p >= threshold]
        lexical = [s for s in d.sentences if _has_verb(s.text)]
        if verb_needed:
            chosen = [s for s in chosen if _has_verb(s.text)]
        lex_pos += len(lexical)
        lex_right += sum(1 for s in lexical if s.label or s.ignorable)
        pos += len(chosen)
        pos_right += sum(1 for s in chosen if s.label or s.ignorable)
        for t in d.truth_texts:
            if not t:
                continue
            n_truth += 1
            r = any(_matches(score, t, x) for x in d.rule_texts)
            m = any(_matches(score, t, s.text) for s in chosen)
            lex_hit += any(_matches(score, t, s.text) for s in lexical)
            rules_hit += r
            model_hit += m
            union_hit += r or m
    return {
        "truth": n_truth,
        "rules": rules_hit / max(n_truth, 1),
        "model": model_hit / max(n_truth, 1),
        "union": union_hit / max(n_truth, 1),
        "model_precision": pos_right / max(pos, 1),
        "model_positives": pos,
        "lexicon": lex_hit / max(n_truth, 1),
        "lexicon_precision": lex_right / max(lex_pos, 1),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--test", action="append", help=f"test set (repeatable); default {', '.join(TEST_SETS)}")
    ap.add_argument(
        "--train", action="append", help=f"training set (repeatable); default {', '.join(TRAIN_SETS)}"
    )
    ap.add_argument("--threshold", type=float, action="append", help="model threshold (repeatable)")
    ap.add_argument(
        "--save",
        action="store_true",
        help="write the trained model where the extractor loads it (boardpapers/extract/models/)",
    )
    args = ap.parse_args()
    if not os.path.isdir(SHARED):
        print("../shared not available: skipped")
        return
    score = _scorer()
    t0 = time.perf_counter()
    train_sets = args.train or TRAIN_SETS
    train_samples = [d for name in train_sets for d in load_set(name, score)]
    nlp, n_pos, n_all = train(train_samples)
    print(
        f"trained on {len(train_samples)} documents of {', '.join(train_sets)}: {n_all} sentences, "
        f"{n_pos} decisions ({time.perf_counter() - t0:.0f} s with reading)"
    )
    if args.save:
        from boardpapers.extract.decision_model import MODEL_DIR

        nlp.meta["description"] = (
            f"decision sentences; trained by benchmarks/decision_classifier.py on {train_sets}"
        )
        MODEL_DIR.parent.mkdir(parents=True, exist_ok=True)
        nlp.to_disk(MODEL_DIR)
        print(f"saved to {os.path.relpath(MODEL_DIR, ROOT)}")
    print(
        f"{'set':<18} {'thr':>4} {'verb':>4} {'truth':>6} {'rules R':>8} {'model R':>8} {'union R':>8} "
        f"{'model P':>8} {'pos':>5} {'lex R':>6} {'lex P':>6}"
    )
    for name in args.test or TEST_SETS:
        samples = load_set(name, score)
        for thr in args.threshold or [0.5, 0.7]:
            for verb_needed in (False, True):
                r = evaluate(nlp, samples, thr, score, verb_needed)
                print(
                    f"{name:<18} {thr:>4.2f} {'yes' if verb_needed else 'no':>4} {r['truth']:>6} {r['rules']:>8.3f} "
                    f"{r['model']:>8.3f} {r['union']:>8.3f} {r['model_precision']:>8.3f} {r['model_positives']:>5} "
                    f"{r['lexicon']:>6.3f} {r['lexicon_precision']:>6.3f}"
                )


if __name__ == "__main__":
    main()
