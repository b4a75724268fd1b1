"""User query text -> a PostgreSQL tsquery expression, with the same syntax as
the tantivy backend (query_syntax.py): words (all must match), "phrases",
prefix*, AND / OR / NOT, -word, (groups).

websearch_to_tsquery reads words and phrases but has no prefixes, groups or
NOT keyword, so the query is parsed here into a small tree whose leaves are
websearch_to_tsquery (words, phrases: the server's own normalising and stop
words) or to_tsquery('word:*') (prefixes), joined with the tsquery operators
&&, || and !!. Text the parser rejects is searched as plain words with a
notice, as on tantivy."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .query_syntax import plain_words

TS_CONFIG = "english"  # stemming as tantivy's en_stem tokenizer

_TOKEN = re.compile(r'\s*(?:(\()|(\))|("[^"]*")|(-)(?=[\w"(])|([^\s()"]+))')
_UNSUPPORTED = re.compile(r"[:\[\]{}^~]")
_PREFIX = re.compile(r"([A-Za-z0-9]{2,})\*")


class QuerySyntaxError(ValueError):
    pass


@dataclass
class TsQuery:
    sql: str  # a tsquery-valued SQL expression with %s placeholders
    params: list[str]
    notice: str | None = None
    text: str = ""


def _tokens(text: str) -> list[str]:
    if text.count('"') % 2:
        raise QuerySyntaxError("unbalanced quote")
    out: list[str] = []
    pos = 0
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        if not m or m.end() == pos:
            if text[pos:].strip():
                raise QuerySyntaxError(f"unexpected {text[pos:].strip()[:10]!r}")
            break
        pos = m.end()
        tok = next(g for g in m.groups() if g is not None)
        out.append(tok)
    return out


class _Parser:
    def __init__(self, tokens: list[str]) -> None:
        self.tokens = tokens
        self.i = 0
        self.params: list[str] = []

    def peek(self) -> str | None:
        return self.tokens[self.i] if self.i < len(self.tokens) else None

    def take(self) -> str:
        tok = self.tokens[self.i]
        self.i += 1
        return tok

    def parse(self) -> str:
        if not self.tokens:
            raise QuerySyntaxError("empty query")
        sql = self.or_expr()
        if self.peek() is not None:
            raise QuerySyntaxError(f"unexpected {self.peek()!r}")
        return sql

    def or_expr(self) -> str:
        parts = [self.and_expr()]
        while self.peek() == "OR":
            self.take()
            parts.append(self.and_expr())
        return parts[0] if len(parts) == 1 else "(" + " || ".join(parts) + ")"

    def and_expr(self) -> str:
        parts = [self.unary()]
        while self.peek() not in (None, ")", "OR"):
            if self.peek() == "AND":
                self.take()
            parts.append(self.unary())
        return parts[0] if len(parts) == 1 else "(" + " && ".join(parts) + ")"

    def unary(self) -> str:
        tok = self.peek()
        if tok in ("NOT", "-"):
            self.take()
            return "(!! " + self.unary() + ")"
        return self.primary()

    def primary(self) -> str:
        if self.peek() is None:
            raise QuerySyntaxError("query ends with an operator")
        tok = self.take()
        if tok == "(":
            inner = self.or_expr()
            if self.peek() != ")":
                raise QuerySyntaxError("unbalanced parenthesis")
            self.take()
            return inner
        if tok in (")", "AND", "OR"):
            raise QuerySyntaxError(f"unexpected {tok!r}")
        if tok.startswith('"'):
            self.params.append(tok)
            return f"websearch_to_tsquery('{TS_CONFIG}', %s)"
        if _UNSUPPORTED.search(tok):
            raise QuerySyntaxError(f"unsupported syntax in {tok!r}")
        m = _PREFIX.fullmatch(tok)
        if m:
            self.params.append(m.group(1).lower() + ":*")
            return f"to_tsquery('{TS_CONFIG}', %s)"
        word = tok.rstrip("*")
        if not re.search(r"\w", word):
            raise QuerySyntaxError(f"nothing to search in {tok!r}")
        self.params.append(word)
        return f"websearch_to_tsquery('{TS_CONFIG}', %s)"


def _compile(text: str) -> tuple[str, list[str]]:
    cleaned = re.sub(r"\bAND\s+NOT\b", "NOT", text.strip())
    parser = _Parser(_tokens(cleaned))
    return parser.parse(), parser.params


def to_tsquery(text: str) -> TsQuery | None:
    """The tsquery for `text`; None when nothing is left to search."""
    try:
        sql, params = _compile(text)
        return TsQuery(sql, params, None, text.strip())
    except QuerySyntaxError as exc:
        plain = plain_words(text)
        notice = f"could not parse the query ({exc}); searched as plain words: {plain!r}"
        if not plain:
            return TsQuery("", [], notice + " (nothing left to search)", "")
        # plain words keep a trailing * (prefix) where the user typed one
        words = [w + "*" if re.search(re.escape(w) + r"\*", text) else w for w in plain.split()]
        sql, params = _compile(" ".join(words))
        return TsQuery(sql, params, notice, plain)
