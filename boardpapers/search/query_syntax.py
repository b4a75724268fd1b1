"""User query text → tantivy query, tolerant of anything a person types.

Supported: words (stemmed, all must match by default), "phrases", prefixes
(budg*), AND / OR / NOT, -word, (groups). A query the parser rejects is
searched again as plain words and the caller gets a notice saying so."""

from __future__ import annotations

import re
from dataclasses import dataclass

PREFIX = re.compile(r'(?<![\w"])([A-Za-z0-9]{2,})\*')
_PLAIN = re.compile(r"[A-Za-z0-9][A-Za-z0-9'&.]*")
MAX_PREFIX_TERMS = 40


@dataclass
class ParsedQuery:
    query: object  # tantivy.Query
    notice: str | None = None
    text: str = ""


def _outside_quotes(text: str) -> list[tuple[bool, str]]:
    parts = re.split(r'("[^"]*")', text)
    return [(p.startswith('"') and p.endswith('"') and len(p) > 1, p) for p in parts if p]


def expand_prefixes(text: str, terms_with_prefix) -> str:
    """budg* → (budget OR budgets ...) from the index's own term dictionary,
    because tantivy's parser has no term-prefix syntax."""

    def repl(m: re.Match[str]) -> str:
        prefix = m.group(1).lower()
        terms = [t for t, _ in terms_with_prefix(prefix)][:MAX_PREFIX_TERMS]
        terms = [t for t in terms if re.fullmatch(r"[a-z0-9]+", t)]
        if not terms:
            return prefix
        return "(" + " OR ".join(terms) + ")" if len(terms) > 1 else terms[0]

    out = []
    for quoted, part in _outside_quotes(text):
        out.append(part if quoted else PREFIX.sub(repl, part))
    return "".join(out)


def plain_words(text: str) -> str:
    words = [w.strip(".'") for w in _PLAIN.findall(text)]
    return " ".join(w for w in words if w and w.upper() not in {"AND", "OR", "NOT"})


def parse_user_query(index, text: str, fields: list[str], terms_with_prefix) -> ParsedQuery:
    cleaned = text.strip()
    expanded = expand_prefixes(cleaned, terms_with_prefix)
    # "AND NOT x" reads naturally but tantivy wants "NOT x" / "-x".
    expanded = re.sub(r"\bAND\s+NOT\b", "NOT", expanded)
    try:
        return ParsedQuery(index.parse_query(expanded, fields, conjunction_by_default=True), None, expanded)
    except ValueError as exc:
        plain = plain_words(cleaned)
        notice = f"could not parse the query ({str(exc).splitlines()[0]}); searched as plain words: {plain!r}"
        if not plain:
            return ParsedQuery(None, notice + " (nothing left to search)", "")
        plain = expand_prefixes(plain, terms_with_prefix)
        try:
            q = index.parse_query(plain, fields, conjunction_by_default=True)
        except ValueError:
            q, _errors = index.parse_query_lenient(plain, fields, conjunction_by_default=True)
        return ParsedQuery(q, notice, plain)
