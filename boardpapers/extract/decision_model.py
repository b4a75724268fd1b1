"""Decisions the wording rules miss, found by a trained sentence classifier.

Why: the wording rules in decisions.py were written while reading labelled sets, and on the
next set nobody had read they found about 0.65 of the decisions (written-heldout4, session 8),
while almost every decision (0.91) sits in a sentence that holds a decision verb. A bag-of-words
classifier trained on the labelled sets already read (benchmarks/decision_classifier.py) tells
the decision sentences among those apart from the rest ("Members asked whether ... would be
approved"); it adds the ones it is sure of that the rules did not find. Measured before it
was built in: on written-heldout4, which it was not trained on, the sentences it adds are 0.99
right (sentence level) and the share of decisions found rises from 0.65 to 0.83; on the
held-out real papers it adds nothing and costs nothing (benchmarks/decision_classifier.py).

The model (spaCy TextCatBOW, unigrams and bigrams, no vectors) is stored in models/ beside this
file and loaded offline by path; the sentence splitting below is the one it was trained on.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from ..layout.lines import Line
from ..layout.paragraphs import paragraphs
from ..text import fold
from .decision_grammar import (
    DECISION_VERBS,
    REPORTED_THAT,
    THAT_START,
    base_verb_outcome,
    resolution_outcome,
)
from .records import Decision, Meeting

MODEL_DIR = Path(__file__).parent / "models" / "decision_sentences"
# The model's score a sentence needs; 0.5 is the two classes' boundary. At 0.5 and with a
# decision verb required, the added sentences were 0.99 right on written-heldout4 (73 of 74)
# and 0.93 on the held-out real papers (13 of 14); at 0.7 recall fell by 0.09 for no precision.
DECISION_THRESHOLD = 0.5
# A sentence ends after . ; or : when a capital, an opening bracket or a digit follows.
_SENT_END = re.compile(r"(?<=[.;:])\s+(?=[A-Z(\d])")
# Sentences shorter than this many characters are headings or numbers, not decisions.
MIN_SENTENCE_CHARS = 12
# A decision names what was decided: "Noted the report." has three words, "Resolved: the Board"
# (a label and the start of a wrapped line) is a fragment. Not applied to training sentences.
MIN_DECISION_WORDS = 3
# Longer than this is a paragraph the splitter could not break (a table row run together), not a
# decision a reader could use; the longest labelled decision in the read sets is about 600.
MAX_SENTENCE_CHARS = 900
# The verbs a decision is recorded with are decision_grammar's lexicon (one list of stems). In a
# sentence of minutes they are past tense, and the outcome is the verb as printed ("The Board
# NOTED", "awarded the contract"), with these past forms the lexicon has no stem for.
_PAST_EXTRA = ("resolved", "decided", "carried", "elected", "appointed")
_PAST = re.compile(
    rf"\b((?:{'|'.join(v.stem for v in DECISION_VERBS)})(?:ed|d|red)?|{'|'.join(_PAST_EXTRA)})\b", re.I
)


def _past_verb(text: str) -> re.Match[str] | None:
    """The first decision verb in the past tense ("approved", "ratified", "deferred")."""
    for m in _PAST.finditer(text):
        if m.group(1).lower().endswith("d"):
            return m
    return None


# A sentence ends as a sentence or a list clause does ...
_ENDED = re.compile(r"(?:[.;!][\"'’”)\]]*|;\s*(?:and|or))$")
# ... or else the next paragraph must not carry it on in lower case: then it is a piece that a
# gap between lines cut ("resources were approved across each of the main" / "services ...").
# A lower-case paragraph that opens with a verb is the next clause of a list ("The IJB:" /
# "noted the report" / "agreed that ..."), not a carried-on sentence.
_CARRIED_ON = re.compile(r"^[a-z](?![.)]\s)")
_OPENS_CLAUSE = re.compile(r"^(?:to\s+)?[a-z]+ed\b")


# Not decisions whatever their verb: reported speech (decision_grammar.REPORTED_THAT) and a
# sign-off form with blanks to fill ("These minutes were confirmed at the meeting held on ______").
_FORM_BLANK = re.compile(r"_{4,}|\.{6,}")
# ... nor a report of a decision made elsewhere or earlier: the past perfect ("The Audit Committee
# had, under its delegated authority, approved ...") or "At that meeting, Members agreed ..." (a
# call-in's history in council cabinet minutes)
_EARLIER = re.compile(
    r"\bhad\b(?:,[^,]{1,60},)?\s+(?:been\s+|already\s+)?\w+ed\b|^At (?:that|its|the) [\w ]{0,30}meeting\b",
    re.I,
)


# ... nor the same sign-off filled in: "The minutes of this meeting were confirmed at the Ordinary
# Council Meeting held on 26 June 2025." (New Zealand and Australian councils close their minutes
# with the later meeting that confirmed them: that meeting's decision, not this one's)
_SIGNED_OFF = re.compile(
    r"^(?:The|These)\s+minutes\s+(?:of\s+(?:this|the\s+above)\s+meeting\s+)?(?:were|was)\s+"
    r"(?:confirmed|approved|adopted)\s+(?:at|by)\b",
    re.I,
)


def _not_a_decision(text: str) -> bool:
    verb = _past_verb(text)
    said = REPORTED_THAT.search(text)
    return bool(
        _FORM_BLANK.search(text)
        or _EARLIER.search(text)
        or _SIGNED_OFF.search(text)
        or (said and verb and said.start() < verb.start())
    )


# A motion's result on its own: "On being put to the vote, the motion was carried unanimously.",
# "Motion carried 9-0." It is the same decision as the motion above it.
_VOTE_RESULT = re.compile(
    r"\b(?:motion|amendment|recommendation|proposal|resolution|it|this)\s+(?:was\s+)?(?:carried|lost|passed)\b",
    re.I,
)


@dataclass
class Sentence:
    text: str
    page: int
    first_line: Line  # where it starts, for the record's box and the item it sits under
    cut: bool = False  # ends without punctuation and the next paragraph carries it on


def sentences(lines: Iterable[Line]) -> list[Sentence]:
    """Layout lines as sentences: joined into paragraphs, split at sentence ends."""
    out = []
    paras = paragraphs(lines)
    for n, para in enumerate(paras):
        parts = _SENT_END.split(para.text)
        following = paras[n + 1].text.lstrip() if n + 1 < len(paras) else ""
        for k, part in enumerate(parts):
            part = " ".join(part.split())
            if MIN_SENTENCE_CHARS <= len(part) <= MAX_SENTENCE_CHARS:
                cut = (
                    k == len(parts) - 1
                    and not _ENDED.search(part)
                    and bool(_CARRIED_ON.match(following))
                    and not _OPENS_CLAUSE.match(following)
                )
                out.append(Sentence(part, para.page, para.lines[0], cut))
    return out


def outcome_of(text: str) -> str | None:
    """A sentence's outcome, None when it records no decision verb: a resolution's ("That the
    Council: a) receives the report; b) approves the plan" -> approved), a list point's opening
    verb in its base form ("APPROVE the minutes"), else its first decision verb in the past tense,
    as printed ("authorized" spelt as the schema spells it)."""
    if THAT_START.match(text):
        return resolution_outcome(text)
    first = re.match(r"\s*(?:\(?[a-z0-9]{1,3}[.)]\s+)?([A-Za-z]+)\b", text)
    if first and (base := base_verb_outcome(first.group(1))):
        return base
    m = _past_verb(text)
    return m.group(1).lower().replace("authorized", "authorised") if m else None


@cache
def _model():
    import spacy

    return spacy.load(MODEL_DIR)


# Set to 1 to read decisions by the wording rules alone (to compare, or where spaCy is unwanted).
DISABLE_ENV = "BOARDPAPERS_NO_DECISION_MODEL"


def model_available() -> bool:
    return os.environ.get(DISABLE_ENV) != "1" and (MODEL_DIR / "meta.json").is_file()


def decision_scores(texts: Sequence[str]) -> list[float]:
    """The model's probability that each sentence records a decision."""
    if not texts:
        return []
    return [d.cats["DECISION"] for d in _model().pipe(texts, batch_size=256)]


def _key(text: str) -> set[str]:
    return set(re.findall(r"[a-z0-9]+", fold(text).lower()))


# A sentence is already found when this share of its words is in one decision the rules found
# (the rules' text may be longer: a resolution with its list, or shorter: the clause after a
# label); score.py accepts a decision text at a token-set ratio of 85.
FOUND_SHARE = 0.8


def already_found(sentence: str, found_texts: Sequence[set[str]]) -> bool:
    words = _key(sentence)
    if not words:
        return True
    for f in found_texts:
        common = len(words & f)
        if common >= FOUND_SHARE * len(words) or (f and common >= FOUND_SHARE * len(f)):
            return True
    return False


def sure_decisions(candidates: list[Sentence], found_texts: Sequence[str]) -> list[tuple[Sentence, str]]:
    """The candidate sentences the model is sure record a decision and the rules did not find,
    each with its outcome verb. A sentence without a decision verb is never one: the verb is
    the outcome, and the model alone is right on fewer of them (0.82 against 0.99)."""
    found = [_key(t) for t in found_texts]
    pool: list[tuple[Sentence, str]] = []
    for s in candidates:
        if len(s.text.split()) < MIN_DECISION_WORDS or s.cut or _not_a_decision(s.text):
            continue
        outcome = outcome_of(s.text)
        if outcome and not already_found(s.text, found):
            pool.append((s, outcome))
    scores = decision_scores([s.text for s, _ in pool])
    return [c for c, p in zip(pool, scores, strict=True) if p >= DECISION_THRESHOLD]


# A numbered line of at most this many words that is a heading starts an item ("6. Finance
# report"); a longer numbered line is a minute's paragraph.
ITEM_HEADING_MAX_WORDS = 16


def _items(lines: Sequence[Line]) -> dict[int, tuple[str | None, str | None]]:
    """id(line) -> the (number, title) of the numbered heading it sits under, in reading order."""
    current: tuple[str | None, str | None] = (None, None)
    out = {}
    for ln in lines:
        if ln.numbered and ln.heading and len(ln.text.split()) <= ITEM_HEADING_MAX_WORDS:
            current = (ln.numbered.number, ln.numbered.rest.strip() or None)
        out[id(ln)] = current
    return out


def model_decisions(lines: Sequence[Line], meeting: Meeting, found: Sequence[Decision]) -> list[Decision]:
    """Decisions in one meeting's minutes (its layout lines, in reading order) that the model is
    sure of and the rules (`found`) missed."""
    if not model_available():
        return []
    items = _items(lines)
    decided_items = {d.item_number for d in found if d.item_number}
    # a sub-item the rules read ("7.3 Financial Report. ... was received") is part of its section,
    # which the model sees whole when the sub-item's run-in heading is no layout heading
    decided_items |= {n.split(".")[0] for n in decided_items if "." in n}
    decided_pages = {d.page for d in found}
    out = []
    for s, outcome in sure_decisions(sentences(lines), [d.text for d in found]):
        number, title = items.get(id(s.first_line), (None, None))
        if (number in decided_items) if number else (s.page in decided_pages):
            continue  # the rules read this item: the model fills items they found nothing in
        if _VOTE_RESULT.search(s.text) and s.page in decided_pages:
            continue  # the result of a motion the rules read on this page (under a sub-item heading)
        out.append(
            Decision(number, title, meeting.body, outcome, s.text, meeting.date, s.page, s.first_line.bbox)
        )
    return out
