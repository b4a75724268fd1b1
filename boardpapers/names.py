"""Person names: parse a name as written into its parts, split cells that
name several people, and make the comparison keys the resolver uses.

Pure functions (no database). Parsing is `nameparser`'s, with the cases board
papers add on top: initials written alone in an action column ("IW"), a name
with its initials in brackets ("Ian Brookman (IB)"), a surname alone after a
title ("Cllr Moore"), names broken over lines at a hyphen ("Fajana-\\nThomas").

Layer: below extract/ and people/, which both compare names (an extractor joins a register's
"Y. Banda" to the "Yusuf Banda" the same register prints; the resolver joins people across papers).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from nameparser import HumanName

from .abbreviations import ABBREVIATIONS
from .text import HONORIFIC_WORDS, fold, squash_spaces

# Initials written alone ("IW", "I.W.", "JMcS"): two to four capitals, no vowel-led word.
_INITIALS_ONLY = re.compile(r"^(?:[A-Z]\.?\s?){2,4}$|^[A-Z][a-z]?[A-Z][A-Za-z]?$")
_BRACKETED_INITIALS = re.compile(r"\(\s*([A-Z]{2,4})\s*\)")
# A break inside a word at a hyphen, left by a wrapped cell ("Fajana-\nThomas", "Fajana- Thomas").
_WRAPPED_HYPHEN = re.compile(r"(\w)-\s+(\w)")
# Words that show a cell names a post, a team or a body rather than a person.
NOT_A_PERSON_WORDS = frozenset(
    """all board team committee group council ccg icb stp nhs trust office department chair chairman
    chairwoman chief director directors head manager officer officers lead leads members member
    secretary secretariat clerk partners partnership service services authority unit programme
    executive executives governance finance health care commissioning public transparency panel
    network forum hospital foundation alliance healthwatch cabinet county borough city hackney
    london england government ministry agency leader deputy cllrs councillors staff tbc n/a na
    none various everyone representative representatives reference steering working strategy
    corporation society association people grant objective objectives plan
    fund update report young care policy budget covid bill act input exec recycling unlimited""".split()
)
_HONORIFIC_SET = {w.replace(" ", "") for w in HONORIFIC_WORDS}
# Cells naming several people: "A / B", "A and B", "A & B", "A, B" (commas only between full names).
_SPLIT = re.compile(r"\s*(?:/|;|\+)\s*|\s+(?:and|&)\s+", re.IGNORECASE)


@dataclass(frozen=True)
class ParsedName:
    """A person's name as written and its parts (lower-cased keys live in `keys`)."""

    written: str
    title: str | None
    forename: str | None  # a whole forename ("Ian"), None when only initials are known
    initials: str  # first letters of forenames and middle names, upper case ("I", "IB" for initials-only)
    surname: str | None
    suffix: str | None  # post-nominals: OBE, MBE, QC ...
    alias_initials: str | None = None  # "(IB)" written after the name
    initials_only: bool = False  # the whole name is initials ("IW")
    notes: list[str] = field(default_factory=list, compare=False)

    @property
    def surname_key(self) -> str:
        return fold(self.surname or "")

    @property
    def forename_key(self) -> str:
        return fold(self.forename or "")

    @property
    def full_key(self) -> str:
        """'ian williams' (forename + surname), '' when either is missing."""
        if self.forename and self.surname:
            return f"{self.forename_key} {self.surname_key}"
        return ""

    @property
    def key(self) -> str:
        """The stable key of the name as written, used to store judgements:
        forename (or initials) + surname, folded ('ian williams', 'i williams', 'iw')."""
        if self.initials_only:
            return self.initials.lower()
        first = self.forename_key or self.initials.lower()
        return " ".join(x for x in (first, self.surname_key) if x)

    @property
    def all_initials(self) -> str:
        """Initials of the whole name ('IW' for Ian Williams, 'IB' for the alias)."""
        if self.initials_only:
            return self.initials
        surname_initials = "".join(p[0] for p in re.split(r"[-\s]+", self.surname or "") if p)
        return (self.initials + surname_initials[:1]).upper()


def clean_written(text: str) -> str:
    """Whitespace squashed and a hyphen-wrapped word joined ('Fajana-\\nThomas' -> 'Fajana-Thomas')."""
    return squash_spaces(_WRAPPED_HYPHEN.sub(r"\1-\2", text or ""))


def _is_honorific(word: str) -> bool:
    return word.lower().rstrip(".") in _HONORIFIC_SET


def looks_like_person(text: str) -> bool:
    """True for a cell that plausibly names one person: two to five words (or a
    titled surname, or initials), no digits, no word of a post or body."""
    text = clean_written(text)
    if not text or re.search(r"\d|@|http", text):
        return False
    bare = _BRACKETED_INITIALS.sub("", text).strip(" ,.")
    words = bare.split()
    if not words or len(words) > 5:
        return False
    if any(fold(w) in NOT_A_PERSON_WORDS or fold(w) in ABBREVIATIONS for w in words if not _is_honorific(w)):
        return False
    if len(words) == 1 and _INITIALS_ONLY.match(words[0]):
        return True
    titled = _is_honorific(words[0])
    name_words = [w for w in words if not _is_honorific(w)]
    if not name_words:
        return False
    if not all(
        w[0].isupper() or w[0] in "'’" or w.lower() in {"de", "van", "von", "da", "le"} for w in name_words
    ):
        return False
    return len(name_words) >= 2 or titled


def split_people(cell: str) -> list[str]:
    """A cell naming several people, one name each ('Jon Williams / Catherine
    Macadam', 'Katie Davis and Nigel Shadbolt'); parts that are not a person
    ('Urgent Care Reference Group', 'Home Office') are dropped."""
    cell = clean_written(cell)
    parts = [p.strip(" ,.") for p in _SPLIT.split(cell) if p and p.strip(" ,.")]
    if len(parts) == 1 and "," in cell:
        comma_parts = [p.strip() for p in cell.split(",")]
        if all(len(p.split()) >= 2 for p in comma_parts):
            parts = comma_parts
    return [p for p in parts if looks_like_person(p)]


def _initials_of(*names: str) -> str:
    out = ""
    for n in names:
        for part in re.split(r"[\s.]+", n or ""):
            if part:
                out += part[0].upper()
    return out


def _is_initial(word: str) -> bool:
    """'I', 'I.', 'J.M.', 'JM' (capitals only, at most three)."""
    return bool(re.fullmatch(r"(?:[A-Z]\.?){1,3}", word))


def parse_name(written: str) -> ParsedName:
    """Parse one person's name as written."""
    text = clean_written(written)
    alias = None
    m = _BRACKETED_INITIALS.search(text)
    if m:
        alias = m.group(1)
        text = (text[: m.start()] + text[m.end() :]).strip()
    # Other bracketed notes ("(Chair)", "(Independent)") are not part of the name.
    text = squash_spaces(re.sub(r"\([^)]*\)", "", text)).strip(" ,.")
    if _INITIALS_ONLY.match(text.replace(" ", "")) and " " not in text.strip():
        letters = re.sub(r"[^A-Za-z]", "", text)
        return ParsedName(written, None, None, letters.upper(), None, None, alias, initials_only=True)
    words = text.split()
    title_words = []
    while words and _is_honorific(words[0]):
        title_words.append(words.pop(0))
    title = " ".join(title_words) or None
    if len(words) == 1:
        # "Cllr Moore", "Moore": a surname alone.
        return ParsedName(written, title, None, "", words[0] if words else None, None, alias)
    h = HumanName(" ".join(words))
    first, middle, last = h.first, h.middle, h.last
    suffix = h.suffix or None
    forename: str | None = first or None
    initials = ""
    if first and _is_initial(first):
        forename = None
        initials = re.sub(r"[^A-Z]", "", first)
    elif first:
        initials = first[0].upper()
    if middle:
        initials += _initials_of(*[w for w in middle.split()])
    if last and last.isupper() and len(last) > 3 and forename and forename.isupper():
        forename, last = forename.title(), last.title()  # "DAVID MAHER"
    return ParsedName(written, title, forename, initials, last or None, suffix, alias)


def forenames_compatible(a: ParsedName, b: ParsedName) -> bool:
    """Whether two names can be the same person by their forenames/initials:
    equal forenames; or initials that agree with a forename ('I' ~ 'Ian',
    'IB' ~ 'Ian B...'). A surname alone is compatible with anything."""
    if a.forename and b.forename:
        return a.forename_key == b.forename_key
    ia, ib = a.initials, b.initials
    if not ia or not ib:
        return True
    n = min(len(ia), len(ib))
    return ia[:n] == ib[:n]
