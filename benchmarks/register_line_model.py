"""Would a trained model of register lines read registers of interests the rule readers miss? (a study)

The register readers (extract/interests.py dispatches ~15 of them, extract/interest_*.py) read
the registers they were built on and carry badly to registers of bodies nobody has read (on
written-dev20, before it was read, they matched 15 of 179 interests; seven of its eight registers
gave nothing). The decision model (extract/decision_model.py, benchmarks/decision_classifier.py)
carried where rules did not; this study asks the same of registers, before anyone builds it in.

Units are the cells of the layout lines (boardpapers/layout; a line split at wide gaps, so a
table row's name, organisation and nature are three units) on every page of the documents of
the read sets whose truth holds register interests (category other than declared-at-meeting).
Each unit is labelled from the truth, weakly:

  NAME   the unit holds a truth person's name (or an alt form) and little else;
  ENTRY  its words are (nearly all) words of one truth record's organisation + nature on that
         page, normalised as score.py normalises;
  NIL    a nil return (interest_nil.NIL_ANSWER) or the text of an ignored record;
  OTHER  the rest.

The model sees the unit's text and layout tokens derived from it: bold, font size relative to
the body, indent bucket, column of the line, all capitals, title-case shape, how often the same
text recurs in the document, a date, a closing colon, the position on the page, whether the
previous/next unit is bold. spaCy TextCatBOW (unigrams + bigrams over text and tokens; no
vectors), trained leave-one-set-out.

Records are assembled from the predictions as a reader would: the person is the last NAME unit;
each ENTRY unit gives a record (consecutive ENTRY cells of one line are one record; a wrapped
continuation, the next line at the same indent opening in lower case, joins it); organisation
and nature split at " – ", " - " or ", ". They are scored with score.py's matching (greedy
one-to-one, ignore records) against the held-out register truth, next to the rule readers'
register records on the same files.

Results (session 16, fx16-rm; 192 documents, 47,857 units: 978 NAME, 4,585 ENTRY, 1,229 NIL;
folds: dev20, dev19, ..., dev13 each held out, dev9-12 together, written..written-heldout8
together, the seed packs; "rules" on a read set are the readers AFTER it was read):

  written-dev20 held out (never trained on): rules 13 of 177 records (P 0.21); model at 0.5:
  42 (P 0.27, R 0.24); at 0.8: 31 (P 0.36, R 0.18); at 0.95: 3 (P 0.33). On its seven
  registers the rules read nothing from: model 30 of 119 at P 0.34 (0.5), 23 at P 0.46 (0.8).
  Lines: NAME P 0.61 R 0.42, ENTRY P 0.79 R 0.77, NIL P 1.00 R 0.87.
  All folds, documents where the rules give no register record (349 truth records): P 0.15
  R 0.26 (0.5), P 0.38 R 0.17 (0.8), P 0.57 R 0.02 (0.95). Only one fold reached 0.8 there
  (dev18, 28 of 34 at 0.8, R 0.44); dev13, dev14, dev9-12 and the old sets were 0.00-0.14.
  Ceiling ("oracle": records assembled from the truth-derived labels themselves): all read
  sets P 0.53 R 0.52; dev20 P 0.61 R 0.40. Two of dev20's tables give 0 even so: a name cell
  wraps over two or three lines ("Ratu Epeli" / "Naulivou" / "Vakaloloma"), so no line holds a
  name, and a row's cells wrap at different lines; the prose statements (one sentence holds
  the person and several entries) give 0 too. The seed packs (long packs, a register on a few
  pages) are 3 of 225 at P 0.01: the model, like the readers, needs a gate.
  --strict (keep a record only when its person is a name-shaped line in a style two or more
  of the document's persons share, in a document with two such persons or more): documents
  with no rule record, pooled over the folds that have them (349 truth records): P 0.18 R 0.13
  (0.5), P 0.61 R 0.10 (0.8). dev20 10 of 11 at 0.8 (all from the one per-member form
  register; R 0.08), dev18 20 of 23 (R 0.32); dev13-16 and dev9-12 0.00-0.07, old sets 0.38.
  Verdict: below the 0.8 precision a fallback needs, and the ceiling says the line is the wrong
  unit (a table register wants merged cells, a prose register sentences). Not built in.

Usage:
  python benchmarks/register_line_model.py oracle         # the ceiling: truth labels, no model
  python benchmarks/register_line_model.py prepare        # read the documents once (cache)
  python benchmarks/register_line_model.py study [--hold SET ...] [--threshold 0.5 ...]
  python benchmarks/register_line_model.py save           # train on all read sets, save
Needs ../shared (seed packs, score.py).
"""

from __future__ import annotations

import argparse
import glob
import importlib.util
import json
import os
import pickle
import random
import re
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SHARED = os.path.join(ROOT, "..", "shared")
sys.path.insert(0, ROOT)

# The READ sets that hold registers (never the unseen sets: written-heldout9..17, written-dev21)
READ_SETS = (
    ["written", "written-heldout"]
    + [f"written-heldout{i}" for i in range(2, 9)]
    + [f"written-dev{i}" for i in range(9, 21)]
    + ["tune", "heldout"]
)
SEED = "seed"  # ../shared/eval/truth with ../shared/corpus/packs
CACHE = os.environ.get("REGISTER_LINE_CACHE", "/tmp/register_line_units.pkl")
LABELS = ("NAME", "ENTRY", "NIL", "OTHER")
EPOCHS = 4
# The share of OTHER units trained on (they are 86% of the units; a third keeps training quick
# and leaves OTHER the largest class)
OTHER_SHARE = 0.35
RANDOM_SEED = 7
REGISTER = lambda r: r.get("category") != "declared-at-meeting"  # noqa: E731


def _scorer():
    spec = importlib.util.spec_from_file_location("score", os.path.join(SHARED, "eval", "score.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


SCORE = _scorer()


@dataclass
class Unit:
    text: str
    page: int
    line: int  # index of its layout line in the document
    cell: int  # its column in that line
    x0: float
    feats: list[str]
    label: str = "OTHER"


@dataclass
class Doc:
    set_name: str
    file: str
    units: list[Unit]
    truth: list[dict]  # register interests
    ignore: list[dict]
    rules: list[dict] = field(default_factory=list)  # the rule readers' register records


def jobs(set_name: str) -> list[tuple[dict, str]]:
    if set_name == SEED:
        out = []
        for p in sorted(glob.glob(os.path.join(SHARED, "eval", "truth", "*.json"))):
            t = json.load(open(p, encoding="utf-8"))
            pdf = os.path.join(SHARED, "corpus", "packs", t.get("file") or "")
            out.append((t, pdf))
    else:
        out = []
        for p in sorted(glob.glob(os.path.join(ROOT, "benchmarks", "truth", set_name, "*.json"))):
            t = json.load(open(p, encoding="utf-8"))
            out.append((t, os.path.normpath(os.path.join(ROOT, t.get("source") or ""))))
    return [
        (t, pdf)
        for t, pdf in out
        if os.path.isfile(pdf)
        and "interests" in (t.get("covers") or [])
        and any(REGISTER(r) for r in t.get("interests") or [])
    ]


# ------------------------------------------------------------------ features
_DATE = re.compile(
    r"\b(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4}|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)",
    re.I,
)
_WORD = re.compile(r"[A-Za-zÀ-ÿ'’-]+")


def _bucket(v: float, edges: tuple[float, ...]) -> int:
    return sum(v > e for e in edges)


def unit_features(units_raw, body_size: float) -> list[list[str]]:
    """Layout tokens for each unit: (cell Line, page width, page height, line index, cell index,
    cell count) in reading order."""
    recur = Counter(" ".join(c.text.lower().split()) for c, *_ in units_raw)
    out = []
    for c, width, height, _li, ci, nc in units_raw:
        text = c.text.strip()
        words = _WORD.findall(text)
        f = []
        f.append("_bold" if c.bold else "_plain")
        if body_size and c.size:
            f.append(f"_sz{_bucket(c.size / body_size, (0.9, 1.05, 1.2, 1.5))}")
        if width:
            f.append(f"_ind{_bucket(c.x0 / width, (0.1, 0.15, 0.2, 0.3, 0.45, 0.6, 0.75))}")
        if height:
            f.append(f"_pos{_bucket(c.top / height, (0.15, 0.5, 0.85))}")
        f.append(f"_col{min(ci, 3)}of{min(nc, 4)}")
        letters = [ch for ch in text if ch.isalpha()]
        if letters and all(ch.isupper() for ch in letters) and len(letters) > 2:
            f.append("_caps")
        if words and all(w[0].isupper() for w in words):
            f.append(f"_title{min(len(words), 6)}")
        f.append(f"_nw{_bucket(len(words), (1, 2, 4, 6, 10, 20))}")
        n = recur[" ".join(text.lower().split())]
        f.append(f"_rec{_bucket(n, (1, 2, 4))}")
        if _DATE.search(text):
            f.append("_date")
        if text.endswith(":"):
            f.append("_colon")
        if ":" in text[:-1]:
            f.append("_midcolon")
        if re.search(r"\d", text):
            f.append("_digit")
        if text[:1].islower():
            f.append("_lower")
        if re.match(r"^(?:[•▪·*–-]|\(?[a-z0-9]{1,3}[.)])\s", text):
            f.append("_bullet")
        if c.heading:
            f.append("_heading")
        out.append(f)
    return out


_CONTEXT = ("_bold", "_person", "_caps", "_colon", "_heading", "_bullet", "_date")


def derived_features(units: list[Unit]) -> None:
    """Tokens from the unit's text and its neighbours': a name's shape; the neighbours' shape
    (a name line heads entries, an entry follows a name or an entry)."""
    for u in units:
        u.feats = [
            t
            for t in u.feats
            if t[:1] == "_" and t not in ("_pbold", "_pplain", "_nbold", "_nplain", "_person")
        ]
        if _personish(u.text):
            u.feats.append("_person")
    base = [list(u.feats) for u in units]
    for k, u in enumerate(units):
        if k:
            u.feats += ["p" + t for t in base[k - 1] if t in _CONTEXT or t.startswith("_col")]
        if k + 1 < len(units):
            u.feats += ["n" + t for t in base[k + 1] if t in _CONTEXT or t.startswith("_col")]


_TITLE = re.compile(
    r"^(?:(?:mr|mrs|ms|miss|mx|dr|prof|professor|cllr|councillor|hon|rev|revd|sir|dame|lord|lady)\.?\s+)+",
    re.I,
)
_NAME_WORD = re.compile(
    r"^(?:[A-ZÀ-Þ][\w'’.-]*|[A-Z]\.|(?:de|da|van|von|der|la|le|bin|binti|arap|al|el|du|di)\b)$"
)


def _personish(text: str) -> bool:
    """Shaped like a person's name: two to five capitalised words (a particle allowed), no
    digits, titles and post-nominals after a comma set aside."""
    t = _TITLE.sub("", text.split(",")[0].split("(")[0].strip())
    words = t.split()
    return (
        2 <= len(words) <= 5
        and len(t) <= 45
        and not re.search(r"\d", t)
        and all(_NAME_WORD.match(w) for w in words)
    )


def doc_units(doc) -> list[Unit]:
    from boardpapers.layout.document import layout_of

    lay = layout_of(doc)
    raw = []
    li = 0
    for p in lay.pages:
        for ln in p.lines:
            cells = ln.cells()
            for ci, c in enumerate(cells):
                if c.text.strip():
                    raw.append((c, p.width, p.height, li, ci, len(cells)))
            li += 1
    feats = unit_features(raw, lay.body_size)
    units = [
        Unit(c.text.strip(), c.page, li, ci, c.x0, f)
        for (c, _, _, li, ci, _), f in zip(raw, feats, strict=True)
    ]
    derived_features(units)
    return units


def model_text(u: Unit) -> str:
    return " ".join(u.feats) + " | " + u.text


# ------------------------------------------------------------------ labels
def _toks(s, person=False) -> list[str]:
    return SCORE.norm(s, person=person).split()


# A name line holds the name and little else: a title, post-nominals, a post ("Chair")
NAME_EXTRA_WORDS = 4
# An entry unit's words are this share of one record's organisation + nature words
ENTRY_SHARE = 0.8
_HEADERISH = {"organisation", "organization", "nature", "interest", "interests", "name", "category", "date"}


def label_units(units: list[Unit], truth: list[dict], ignore: list[dict]) -> None:
    from boardpapers.extract.interest_nil import NIL_ANSWER

    persons = []
    for r in truth + ignore:
        for p in SCORE.alts(r, "person"):
            t = set(_toks(p, person=True))
            if t:
                persons.append(t)
    entries = []  # (page or None, token set)
    for r in truth:
        for o in SCORE.alts(r, "organisation"):
            for n in SCORE.alts(r, "nature"):
                t = set(_toks(" ".join(filter(None, [SCORE.text_of(o), SCORE.text_of(n)]))))
                if t:
                    entries.append((r.get("page"), t))
    nils = [set(_toks(r.get("nature"))) for r in ignore if r.get("nature")]
    for u in units:
        toks = set(_toks(u.text, person=True))
        if not toks:
            continue
        if any(p <= toks and len(toks - p) <= NAME_EXTRA_WORDS for p in persons):
            u.label = "NAME"
            continue
        tail = u.text.split(":")[-1]
        if (
            NIL_ANSWER.match(u.text)
            or NIL_ANSWER.match(tail)
            or any(n and n == set(_toks(u.text)) for n in nils)
        ):
            u.label = "NIL"
            continue
        words = set(_toks(u.text))
        if not words or words <= _HEADERISH:
            continue
        for page, t in entries:
            if page not in (None, u.page):
                continue
            # one word is an entry only when it is the whole record ("Freemason")
            if len(words & t) >= ENTRY_SHARE * len(words) and (len(words) > 1 or words == t):
                u.label = "ENTRY"
                break


# ------------------------------------------------------------------ prepare
def _prepare_one(job):
    set_name, truth, pdf = job
    from boardpapers.extract.records import to_dict
    from boardpapers.pipeline.process import parse_file

    parsed = parse_file(pdf)
    units = doc_units(parsed.document)
    reg = [r for r in truth.get("interests") or [] if isinstance(r, dict) and REGISTER(r)]
    ign = [r for r in (truth.get("ignore") or {}).get("interests") or [] if isinstance(r, dict)]
    label_units(units, reg, ign)
    rules = [to_dict(r) for r in parsed.records.get("interests", [])]
    rules = [r for r in rules if REGISTER(r)]
    return Doc(set_name, os.path.basename(pdf), units, reg, ign, rules)


def prepare(workers: int) -> None:
    from multiprocessing import Pool

    todo = [(s, t, pdf) for s in READ_SETS + [SEED] for t, pdf in jobs(s)]
    t0 = time.perf_counter()
    with Pool(workers) as pool:
        docs = pool.map(_prepare_one, todo, chunksize=1)
    with open(CACHE, "wb") as f:
        pickle.dump(docs, f)
    n = Counter(u.label for d in docs for u in d.units)
    print(
        f"{len(docs)} documents, {sum(n.values())} units {dict(n)} ({time.perf_counter() - t0:.0f} s) -> {CACHE}"
    )


# ------------------------------------------------------------------ model
def train(docs: list[Doc], epochs: int = EPOCHS):
    sys.path.insert(0, HERE)
    from decision_classifier import train_bow_textcat

    rng = random.Random(RANDOM_SEED)
    data = [
        (model_text(u), {lab: float(lab == u.label) for lab in LABELS})
        for d in docs
        for u in d.units
        if u.label != "OTHER" or rng.random() < OTHER_SHARE
    ]
    return train_bow_textcat(data, LABELS, epochs, 64, RANDOM_SEED)


# A unit is taken for a name line at this NAME probability, below the entries' threshold: a
# record needs only the last name before its entries, and names are the words no training set
# has seen
NAME_THRESHOLD = 0.3
# --strict: keep only the records structural() keeps
STRICT = False


def scores(nlp, units: list[Unit]) -> list[dict]:
    return [d.cats for d in nlp.pipe([model_text(u) for u in units], batch_size=512)]


def predict(cats: list[dict], threshold: float) -> list[str]:
    out = []
    for c in cats:
        if c["NAME"] >= NAME_THRESHOLD and c["NAME"] >= c["ENTRY"]:
            out.append("NAME")
            continue
        lab = max(c, key=c.get)
        if lab == "NAME" or (lab == "ENTRY" and c[lab] < threshold):
            lab = "OTHER"
        out.append(lab)
    return out


_SPLIT = re.compile(r" [–—-] |, ")
# a line that ends so runs on to the next ("University of Nairobi, Faculty of" / "Health ...")
_RUNS_ON = re.compile(r"(?:\b(?:of|and|the|for|in|on|to|at|by|with|&)|[,(–-])$", re.I)


def assemble(units: list[Unit], labels: list[str]) -> list[dict]:
    recs: list[dict] = []
    person = None
    last = None  # (record, unit) of the last entry
    who = None
    for u, lab in zip(units, labels, strict=True):
        if lab == "NAME":
            person, who, last = u.text, u, None
            continue
        if lab != "ENTRY" or person is None:
            if lab != "ENTRY":
                last = None if lab == "NAME" else last
            continue
        if last is not None:
            rec, prev = last
            same_line = prev.line == u.line
            wrapped = (
                prev.line + 1 == u.line
                and abs(prev.x0 - u.x0) < 3
                and (u.text[:1].islower() or _RUNS_ON.search(prev.text))
            )
            if same_line or wrapped:
                if same_line and rec["nature"] is None:
                    rec["nature"] = u.text
                elif same_line:
                    rec["nature"] += " " + u.text
                elif rec["nature"] is not None:
                    rec["nature"] += " " + u.text
                else:
                    rec["organisation"] += " " + u.text
                last = (rec, u)
                continue
        parts = _SPLIT.split(u.text, maxsplit=1)
        org, nature = (parts[0], parts[1]) if len(parts) == 2 else (u.text, None)
        rec = {"person": person, "organisation": org, "nature": nature, "page": u.page, "_who": who}
        recs.append(rec)
        last = (rec, u)
    return recs


def _style(u: Unit) -> tuple[str, ...]:
    return tuple(t for t in u.feats if t == "_bold" or t.startswith(("_sz", "_ind", "_col", "_caps")))


def structural(recs: list[dict]) -> list[dict]:
    """The records whose person is a name-shaped line in a style that two or more of the
    document's persons share (the structural signal of a register: name lines of one style,
    recurring), in a document with two such persons or more."""
    styles: dict[tuple, set[str]] = defaultdict(set)
    for r in recs:
        w = r["_who"]
        if "_person" in w.feats:
            styles[_style(w)].add(w.text)
    keep = [r for r in recs if "_person" in r["_who"].feats and len(styles[_style(r["_who"])]) >= 2]
    return keep if len({r["person"] for r in keep}) >= 2 else []


def score_records(truth: list[dict], ignore: list[dict], preds: list[dict]) -> tuple[int, int, int]:
    """(matched, predicted not ignored, truth) as score.py counts interests."""
    pairs = SCORE.greedy("interests", truth, preds)
    used = {j for _, j in pairs}
    rest = [p for j, p in enumerate(preds) if j not in used]
    ip = (
        SCORE.greedy("interests", ignore, rest, only_of=lambda r: r.get("match_on"))
        if ignore and rest
        else []
    )
    return len(pairs), len(preds) - len(ip), len(truth)


def _prf(m, p, t):
    pr = m / p if p else (1.0 if not t else 0.0)
    rc = m / t if t else 1.0
    return pr, rc, (2 * pr * rc / (pr + rc) if pr + rc else 0.0)


def load() -> list[Doc]:
    with open(CACHE, "rb") as f:
        docs = pickle.load(f)
    for d in docs:
        derived_features(d.units)
    return docs


def study(holds: list[str], thresholds: list[float], epochs: int) -> None:
    docs = load()
    sets = sorted({d.set_name for d in docs}, key=lambda s: (READ_SETS + [SEED]).index(s))
    holds = holds or sets
    total = defaultdict(lambda: [0, 0, 0])
    print(
        f"{'held out':<18} {'thr':>4} | {'rules m/p/t':>13} {'P':>5} {'R':>5} | {'model m/p/t':>13} {'P':>5} {'R':>5} | {'union R':>7} | zero-rule docs: model m/p/t"
    )
    for hold in holds:
        t0 = time.perf_counter()
        held = set(hold.split("+"))
        nlp = train([d for d in docs if d.set_name not in held], epochs)
        test = [d for d in docs if d.set_name in held]
        cats = {id(d): scores(nlp, d.units) for d in test}
        conf = defaultdict(Counter)
        for thr in thresholds:
            agg = defaultdict(lambda: [0, 0, 0])
            per_file = []
            for d in test:
                labs = predict(cats[id(d)], thr)
                if thr == thresholds[0]:
                    for u, lab in zip(d.units, labs, strict=True):
                        conf[u.label][lab] += 1
                recs = assemble(d.units, labs)
                if STRICT:
                    recs = structural(recs)
                rm = score_records(d.truth, d.ignore, d.rules)
                mm = score_records(d.truth, d.ignore, recs)
                # union: the model's records only where the rules gave none (the fallback's use)
                um = mm if not d.rules else rm
                for key, v in (("rules", rm), ("model", mm), ("union", um)):
                    for i in range(3):
                        agg[key][i] += v[i]
                if not d.rules:
                    for i in range(3):
                        agg["zero"][i] += mm[i]
                per_file.append((d.file, rm, mm))
            r, m, z = agg["rules"], agg["model"], agg["zero"]
            print(
                f"{hold:<18} {thr:>4.2f} | {r[0]:>4}/{r[1]:>4}/{r[2]:>4} {_prf(*r)[0]:>5.2f} {_prf(*r)[1]:>5.2f} | "
                f"{m[0]:>4}/{m[1]:>4}/{m[2]:>4} {_prf(*m)[0]:>5.2f} {_prf(*m)[1]:>5.2f} | {_prf(*agg['union'])[1]:>7.2f} | "
                f"{z[0]}/{z[1]}/{z[2]} P {_prf(*z)[0]:.2f} R {_prf(*z)[1]:.2f}",
                flush=True,
            )
            for key in ("rules", "model", "zero", "union"):
                for i in range(3):
                    total[(thr, key)][i] += agg[key][i]
            if hold in ("written-dev20", "written-dev19", "written-dev18") or os.environ.get("PER_FILE"):
                for f, rm, mm in per_file:
                    print(f"    {f[:60]:<60} rules {rm[0]}/{rm[1]}/{rm[2]}  model {mm[0]}/{mm[1]}/{mm[2]}")
        line = []
        for lab in ("NAME", "ENTRY", "NIL"):
            tp = conf[lab][lab]
            pp = sum(conf[g][lab] for g in LABELS)
            tt = sum(conf[lab].values())
            line.append(f"{lab} P {tp / pp if pp else 0:.2f} R {tp / tt if tt else 0:.2f} (n={tt})")
        print(f"    lines: {'; '.join(line)}  ({time.perf_counter() - t0:.0f} s)", flush=True)
    print("ALL held-out folds:")
    for thr in thresholds:
        r, m, z, u = (total[(thr, k)] for k in ("rules", "model", "zero", "union"))
        print(
            f"  thr {thr:.2f}: rules P {_prf(*r)[0]:.2f} R {_prf(*r)[1]:.2f} ({r[0]}/{r[2]}); model P {_prf(*m)[0]:.2f} "
            f"R {_prf(*m)[1]:.2f} ({m[0]}/{m[1]}/{m[2]}); zero-rule docs model {z[0]}/{z[1]}/{z[2]} P {_prf(*z)[0]:.2f} "
            f"R {_prf(*z)[1]:.2f}; rules+fallback R {_prf(*u)[1]:.2f}"
        )


def oracle() -> None:
    """Records assembled from the weak TRUTH labels (no model): the ceiling of reading
    registers line by line with this assembly, per set and per file name prefix."""
    docs = load()
    agg = defaultdict(lambda: [0, 0, 0])
    for d in docs:
        m = score_records(d.truth, d.ignore, assemble(d.units, [u.label for u in d.units]))
        r = score_records(d.truth, d.ignore, d.rules)
        for key in (d.set_name, "ALL"):
            for i in range(3):
                agg[(key, "oracle")][i] += m[i]
                agg[(key, "rules")][i] += r[i]
        if d.set_name in ("written-dev20", "written-dev19", "written-dev18"):
            print(f"  {d.set_name} {d.file[:55]:<55} oracle {m[0]}/{m[1]}/{m[2]} rules {r[0]}/{r[1]}/{r[2]}")
    for key in dict.fromkeys(k for k, _ in agg):
        o, r = agg[(key, "oracle")], agg[(key, "rules")]
        print(
            f"{key:<18} oracle labels: P {_prf(*o)[0]:.2f} R {_prf(*o)[1]:.2f} ({o[0]}/{o[1]}/{o[2]})   rules: P {_prf(*r)[0]:.2f} R {_prf(*r)[1]:.2f}"
        )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("prepare")
    p.add_argument("--workers", type=int, default=2)
    s = sub.add_parser("study")
    s.add_argument("--hold", action="append")
    s.add_argument("--threshold", type=float, action="append")
    s.add_argument("--epochs", type=int, default=EPOCHS)
    s.add_argument("--strict", action="store_true", help="keep records whose name lines share a style")
    sub.add_parser("oracle")
    args = ap.parse_args()
    if args.cmd == "oracle":
        oracle()
    elif args.cmd == "prepare":
        prepare(args.workers)
    else:
        global STRICT
        STRICT = args.strict
        study(args.hold or [], args.threshold or [0.5, 0.8], args.epochs)


if __name__ == "__main__":
    main()
