"""Resolve person mentions to people by explainable, scoped rules.

Rules, applied in order (each merge records the rule that made it):

  same-name      same forename and surname, and a shared document, body or
                 organisation;
  surname-typo   same forename, surnames within Jaro-Winkler SURNAME_TYPO_JW
                 of each other, and a shared document, body or organisation;
  initials       an initial and surname ("I Williams"), or initials alone
                 ("IW", or the "(IB)" written after a name), that fit exactly
                 one person named in full in the same document, else in the
                 same body;
  surname-only   a surname alone ("Cllr Moore") that fits exactly one person
                 with that surname in the same document; it never leaves its
                 document;
  judged-same    a reviewer said two name keys are the same person.

A merge never joins forenames or initials that conflict, nor two name keys a
reviewer judged different ("different" always wins). Pairs that a rule
almost joined (same name without shared context, a typo without shared
context, forename variants, initials fitting several people) go to the
review queue. Pure: no database.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from rapidfuzz.distance import JaroWinkler

from ..names import forenames_compatible
from .mentions import PersonMention

# Jaro-Winkler similarity at or above which two surnames of people with the
# same forename and shared context are one person misspelt (issue 9: 0.95;
# 'williams'/'wiliams' = 0.975, 'williams'/'wilkins' = 0.90).
SURNAME_TYPO_JW = 0.95
# Below SURNAME_TYPO_JW but at or above this, the pair is shown for review.
SURNAME_REVIEW_JW = 0.90

SAME = "same"
DIFFERENT = "different"


@dataclass(frozen=True)
class Judgement:
    key_a: str
    key_b: str
    verdict: str  # same | different

    @property
    def pair(self) -> tuple[str, str]:
        return tuple(sorted((self.key_a, self.key_b)))  # type: ignore[return-value]


@dataclass
class ReviewPair:
    key_a: str
    key_b: str
    reason: str
    mentions_a: list[int]
    mentions_b: list[int]

    @property
    def pair(self) -> tuple[str, str]:
        return tuple(sorted((self.key_a, self.key_b)))  # type: ignore[return-value]


@dataclass
class Person:
    id: int
    key: str  # stable key: canonical name key | body key
    name: str  # the fullest name as most often written
    mentions: list[int]
    rules: list[str] = field(default_factory=list)


@dataclass
class Resolution:
    person_of: dict[int, int | None]  # mention index -> person id (None: unresolved)
    people: list[Person]
    review: list[ReviewPair]
    merges: list[tuple[int, int, str]]  # (mention a, mention b, rule) that joined clusters


def judgement_key(m: PersonMention) -> str:
    """The stable key a judgement is stored under: the name key (forename or
    initials + surname, folded) and the body it was found in."""
    return f"{m.parsed.key}|{m.body_key}"


class _Clusters:
    """Union-find over mentions that refuses merges joining conflicting names
    or keys judged different."""

    def __init__(self, mentions: list[PersonMention], different: set[tuple[str, str]]) -> None:
        self.m = mentions
        self.parent = list(range(len(mentions)))
        self.members: dict[int, list[int]] = {i: [i] for i in range(len(mentions))}
        self.different = different
        self.merges: list[tuple[int, int, str]] = []

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def conflict(self, a: int, b: int, *, judged_same: bool = False) -> bool:
        """Names that cannot be one person, or keys judged different. A
        reviewer's 'same' overrides the name checks, never a 'different'."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        ma, mb = self.members[ra], self.members[rb]
        if not judged_same and self._names_conflict(ma, mb):
            return True
        if self.different:
            ka = {judgement_key(self.m[i]) for i in ma}
            kb = {judgement_key(self.m[i]) for i in mb}
            for x in ka:
                for y in kb:
                    if tuple(sorted((x, y))) in self.different:
                        return True
        return False

    def _names_conflict(self, ma: list[int], mb: list[int]) -> bool:
        fa = {self.m[i].parsed.forename_key for i in ma} - {""}
        fb = {self.m[i].parsed.forename_key for i in mb} - {""}
        if fa and fb and fa != fb:
            return True
        for i in ma:
            for j in mb:
                if not forenames_compatible(self.m[i].parsed, self.m[j].parsed):
                    return True
        return False

    def union(self, a: int, b: int, rule: str) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        if self.conflict(ra, rb, judged_same=rule == "judged-same"):
            return False
        if len(self.members[ra]) < len(self.members[rb]):
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.members[ra] += self.members.pop(rb)
        self.merges.append((a, b, rule))
        return True

    def roots(self) -> dict[int, list[int]]:
        return {r: list(ms) for r, ms in self.members.items()}


def _contexts(m: PersonMention) -> set[str]:
    out = {"doc:" + m.sha256}
    if m.body_key:
        out.add("body:" + m.body_key)
    if m.org_key:
        out.add("org:" + m.org_key)
    return out


def _cluster_contexts(c: _Clusters, root: int) -> set[str]:
    out: set[str] = set()
    for i in c.members[root]:
        out |= _contexts(c.m[i])
    return out


def resolve(mentions: list[PersonMention], judgements: Iterable[Judgement] = ()) -> Resolution:
    judgements = list(judgements)
    different = {j.pair for j in judgements if j.verdict == DIFFERENT}
    same = {j.pair for j in judgements if j.verdict == SAME} - different
    c = _Clusters(mentions, different)
    review: dict[tuple[str, str], ReviewPair] = {}

    def to_review(a: int, b: int, reason: str) -> None:
        ka, kb = judgement_key(mentions[a]), judgement_key(mentions[b])
        pair = tuple(sorted((ka, kb)))
        if ka == kb and c.find(a) == c.find(b):
            return
        if pair in different:
            return
        if pair in same:
            c.union(a, b, "judged-same")
            return
        if pair not in review:
            review[pair] = ReviewPair(ka, kb, reason, [], [])
        rp = review[pair]
        (rp.mentions_a if ka == rp.key_a else rp.mentions_b).append(a)
        (rp.mentions_b if kb == rp.key_b else rp.mentions_a).append(b)

    full = [i for i, m in enumerate(mentions) if m.parsed.full_key]
    by_full: dict[str, list[int]] = defaultdict(list)
    for i in full:
        by_full[mentions[i].parsed.full_key].append(i)

    # same-name: within each full name, join mentions sharing a document, body or organisation.
    for idxs in by_full.values():
        first_with: dict[str, int] = {}
        for i in idxs:
            for ctx in _contexts(mentions[i]):
                if ctx in first_with:
                    c.union(first_with[ctx], i, "same-name")
                else:
                    first_with[ctx] = i
        roots = sorted({c.find(i) for i in idxs})
        for a, b in zip(roots, roots[1:], strict=False):
            to_review(a, b, "same name, no shared document, body or organisation")

    # surname-typo: same forename, near-identical surname.
    by_forename: dict[str, list[str]] = defaultdict(list)
    for key in by_full:
        by_forename[key.split(" ", 1)[0]].append(key)
    for keys in by_forename.values():
        for x in range(len(keys)):
            for y in range(x + 1, len(keys)):
                sa, sb = keys[x].split(" ", 1)[1], keys[y].split(" ", 1)[1]
                sim = JaroWinkler.similarity(sa, sb)
                if sim < SURNAME_REVIEW_JW:
                    continue
                for ra in sorted({c.find(i) for i in by_full[keys[x]]}):
                    for rb in sorted({c.find(i) for i in by_full[keys[y]]}):
                        shared = _cluster_contexts(c, ra) & _cluster_contexts(c, rb)
                        if sim >= SURNAME_TYPO_JW and shared:
                            c.union(ra, rb, "surname-typo")
                        else:
                            to_review(
                                ra,
                                rb,
                                f"surnames {sim:.2f} alike" + ("" if shared else ", no shared context"),
                            )

    # Forename variants (Chris / Christopher) with the same surname and context: review only.
    by_surname_full: dict[str, list[int]] = defaultdict(list)
    for i in full:
        by_surname_full[mentions[i].parsed.surname_key].append(i)
    for idxs in by_surname_full.values():
        roots = sorted({c.find(i) for i in idxs})
        for x in range(len(roots)):
            for y in range(x + 1, len(roots)):
                fa = mentions[roots[x]].parsed.forename_key
                fb = mentions[roots[y]].parsed.forename_key
                if fa != fb and (fa.startswith(fb) or fb.startswith(fa)) and min(len(fa), len(fb)) >= 3:
                    if _cluster_contexts(c, roots[x]) & _cluster_contexts(c, roots[y]):
                        to_review(roots[x], roots[y], "forename variants, same surname and context")

    partial = [i for i, m in enumerate(mentions) if not m.parsed.full_key]
    initialled = [i for i in partial if mentions[i].parsed.initials and mentions[i].parsed.surname]
    bare = [i for i in partial if i not in set(initialled)]

    def index(idxs: Iterable[int]) -> dict[tuple[str, str], list[int]]:
        out: dict[tuple[str, str], list[int]] = defaultdict(list)
        for i in idxs:
            out[("doc", mentions[i].sha256)].append(i)
            if mentions[i].body_key:
                out[("body", mentions[i].body_key)].append(i)
        return out

    def fits(i: int, j: int) -> bool:
        """Does partial name i fit the (fuller) name j?"""
        p, q = mentions[i].parsed, mentions[j].parsed
        if p.initials_only:
            return not q.initials_only and p.initials in {q.all_initials, q.alias_initials}
        if not q.surname or p.surname_key != q.surname_key:
            return False
        return (
            not p.initials
            or (q.initials or "").startswith(p.initials)
            or p.initials.startswith(q.initials or "~")
        )

    def attach(i: int, pool: dict[tuple[str, str], list[int]], scopes: tuple[str, ...], rule: str) -> bool:
        """Join mention i to the one cluster in its document (else body) that it fits."""
        for where in scopes:
            value = mentions[i].sha256 if where == "doc" else mentions[i].body_key
            if not value:
                continue
            cands = sorted(
                {c.find(j) for j in pool.get((where, value), ()) if j != i and fits(i, j)} - {c.find(i)}
            )
            if len(cands) == 1:
                if not c.union(cands[0], i, f"{rule} ({where})"):
                    to_review(cands[0], i, "partial name fits but names conflict")
                return True
            if len(cands) > 1:
                for r in cands:
                    to_review(r, i, f"partial name fits {len(cands)} people in the same {where}")
                return True
        return False

    # initials: "I Williams" fits one person named in full in the document, else the body.
    full_pool = index(full)
    for i in initialled:
        attach(i, full_pool, ("doc", "body"), "initials")
    # the same initials and surname ("Mr P J Oakford") in a shared document, body or organisation
    by_initialled: dict[str, list[int]] = defaultdict(list)
    for i in initialled:
        if len(c.members[c.find(i)]) == 1 or not any(
            mentions[j].parsed.full_key for j in c.members[c.find(i)]
        ):
            by_initialled[mentions[i].parsed.surname_key].append(i)
    for idxs in by_initialled.values():
        first_with: dict[tuple[str, str], int] = {}
        distinct = {mentions[i].parsed.initials for i in idxs}
        chain = all(a.startswith(b) or b.startswith(a) for a in distinct for b in distinct)
        for i in idxs:
            # "R W Gough" and "R Gough" join when no other initials of that surname are in play
            ikey = "" if chain else mentions[i].parsed.initials
            for ctx in _contexts(mentions[i]):
                k = (ikey, ctx)
                if k in first_with:
                    c.union(first_with[k], i, "same initials and surname")
                else:
                    first_with[k] = i
    # surname alone ("Mr Oakford", "Cllr Moore"): one person of that surname in the document only;
    # initials alone ("IW", "AM"): one person with those initials in the document, else the body.
    named_pool = index(full + initialled)
    for i in bare:
        p = mentions[i].parsed
        attach(
            i,
            named_pool,
            ("doc", "body") if p.initials_only else ("doc",),
            "initials" if p.initials_only else "surname-only",
        )

    # Partial names left alone: join the same partial name within one document.
    left: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i in partial:
        if len(c.members[c.find(i)]) == 1:
            left[(mentions[i].sha256, mentions[i].parsed.key)].append(i)
    for idxs in left.values():
        for j in idxs[1:]:
            c.union(idxs[0], j, "same partial name (document)")

    # judged-same pairs whose keys are both present and not yet applied.
    if same:
        by_key: dict[str, list[int]] = defaultdict(list)
        for i, m in enumerate(mentions):
            by_key[judgement_key(m)].append(i)
        for ka, kb in same:
            if by_key.get(ka) and by_key.get(kb):
                c.union(by_key[ka][0], by_key[kb][0], "judged-same")

    # People: every cluster with a full name or a surname; initials alone that fit nobody stay unresolved.
    person_of: dict[int, int | None] = {}
    people: list[Person] = []
    seen_keys: Counter[str] = Counter()
    rules_by_root: dict[int, list[str]] = defaultdict(list)
    for a, _b, rule in c.merges:
        rules_by_root[c.find(a)].append(rule)
    for root, members in sorted(c.roots().items(), key=lambda kv: min(kv[1])):
        if all(mentions[i].parsed.initials_only for i in members):
            for i in members:
                person_of[i] = None
            continue
        name = canonical_name([mentions[i] for i in members])
        base = canonical_key([mentions[i] for i in members])
        seen_keys[base] += 1
        key = base if seen_keys[base] == 1 else f"{base}#{seen_keys[base]}"
        pid = len(people) + 1
        people.append(Person(pid, key, name, sorted(members), sorted(set(rules_by_root.get(root, [])))))
        for i in members:
            person_of[i] = pid
    pending = [r for r in review.values() if r.mentions_a and r.mentions_b and not _joined(c, r)]
    return Resolution(person_of, people, pending, c.merges)


def _joined(c: _Clusters, r: ReviewPair) -> bool:
    return c.find(r.mentions_a[0]) == c.find(r.mentions_b[0])


def canonical_name(mentions: list[PersonMention]) -> str:
    """The fullest name as most often written (titles dropped)."""
    counts: Counter[str] = Counter()
    for m in mentions:
        p = m.parsed
        if p.full_key:
            counts[f"{p.forename} {p.surname}"] += 2
        elif p.surname:
            counts[" ".join(x for x in (p.initials, p.surname) if x)] += 1
        else:
            counts[p.initials] += 0
    if not counts:
        return mentions[0].name
    top = max(counts.values())
    return sorted((n for n, k in counts.items() if k == top), key=lambda n: (-len(n), n))[0]


def canonical_key(mentions: list[PersonMention]) -> str:
    keys = Counter(m.parsed.full_key or m.parsed.key for m in mentions)
    full = [k for k in keys if " " in k]
    name = max(full or keys, key=lambda k: (keys[k], k))
    bodies = Counter(m.body_key for m in mentions if m.body_key)
    body = bodies.most_common(1)[0][0] if bodies else ""
    return f"{name}|{body}"
