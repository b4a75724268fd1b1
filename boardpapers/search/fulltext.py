"""Full-text search with tantivy: an index folder beside the database.

The index is derived from SQLite and can always be rebuilt from it. Each entry
is a page or an extracted record, with its type, document, page, date and body
so filters apply to every record type alike."""

from __future__ import annotations

import datetime as dt
import html
import os
import re
import shutil
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import tantivy

from ..text import squash_spaces
from .query_syntax import parse_user_query

SCHEMA_VERSION = "2"  # 2: body_key and outcome as fast fields, for facet counts
SEARCH_FIELDS = ["title", "text"]


def build_schema() -> tantivy.Schema:
    sb = tantivy.SchemaBuilder()
    sb.add_text_field("uid", stored=True, tokenizer_name="raw")
    sb.add_text_field("type", stored=True, tokenizer_name="raw", fast=True)
    sb.add_text_field("sha256", stored=True, tokenizer_name="raw")
    sb.add_integer_field("page", stored=True, indexed=True, fast=True)
    sb.add_integer_field("record_id", stored=True, indexed=True)
    sb.add_text_field("title", stored=True, tokenizer_name="en_stem")
    sb.add_text_field("text", stored=True, tokenizer_name="en_stem")
    sb.add_date_field("date", stored=True, indexed=True, fast=True)
    sb.add_text_field("body", stored=True, tokenizer_name="default")
    sb.add_text_field("outcome", stored=True, tokenizer_name="raw", fast=True)
    # The body as written (untokenised), for facet counts and exact body filters.
    sb.add_text_field("body_key", stored=False, tokenizer_name="raw", fast=True)
    sb.add_text_field("doc_title", stored=True, tokenizer_name="raw")
    return sb.build()


def index_path_for(db_path: str) -> str:
    return os.path.abspath(db_path) + ".tantivy"


ELLIPSIS = "…"


@dataclass
class Entry:
    """One searchable unit: a page or a record."""

    uid: str
    type: str
    sha256: str
    page: int
    text: str
    title: str = ""
    record_id: int | None = None
    date: str | None = None  # ISO date
    body: str | None = None
    outcome: str | None = None
    doc_title: str | None = None


@dataclass
class Hit:
    type: str
    sha256: str
    page: int
    score: float
    snippet: str  # with <b>…</b> around matches
    title: str
    date: str | None
    body: str | None
    record_id: int | None
    doc_title: str | None
    outcome: str | None = None
    text: str = ""  # the entry's whole stored text (page text, or the record's fields)


@dataclass
class SearchResult:
    hits: list[Hit]
    total: int
    notice: str | None = None
    query: str = ""
    # With --since/--until: matches left out only because they carry no date.
    undated_excluded: int | None = None


# Facet values shown per facet (bodies and outcomes beyond these are rare in one result list).
FACET_SIZE = 30


@dataclass
class Facets:
    """Matching entries counted per value, most first (years newest first)."""

    type: list[tuple[str, int]] = field(default_factory=list)
    body: list[tuple[str, int]] = field(default_factory=list)
    year: list[tuple[str, int]] = field(default_factory=list)
    outcome: list[tuple[str, int]] = field(default_factory=list)


def _ns_of_year(year: int) -> float:
    """Dates in tantivy aggregations are nanoseconds since the epoch."""
    return dt.datetime(year, 1, 1, tzinfo=dt.timezone.utc).timestamp() * 1e9


def _year_of_ns(ns: float) -> int:
    return dt.datetime.fromtimestamp(ns / 1e9, tz=dt.timezone.utc).year


def _to_datetime(iso: str | None) -> dt.datetime | None:
    if not iso:
        return None
    try:
        d = dt.date.fromisoformat(iso[:10])
    except ValueError:
        return None
    return dt.datetime(d.year, d.month, d.day, tzinfo=dt.timezone.utc)


class IndexUnavailable(RuntimeError):
    """The index cannot be read as it is; `fix` is the command that mends it."""

    fix = "boardpapers reindex"


class IndexMissing(IndexUnavailable):
    pass


class IndexStale(IndexUnavailable):
    pass


SCHEMA_MARKER = "boardpapers-schema"


class FullTextIndex:
    """FullTextIndex(path) opens for writing (the ingest/reindex process, under
    the ingest lock): it creates the folder, and wipes an index built with
    another schema (derived data, rebuilt from SQLite). For readers use
    FullTextIndex.open_read_only(path): it never creates, deletes or writes
    anything and raises IndexMissing / IndexStale instead."""

    def __init__(self, path: str, *, create: bool = True, read_only: bool = False) -> None:
        self.path = path
        self.read_only = read_only
        self.schema = build_schema()
        marker = os.path.join(path, SCHEMA_MARKER)
        if read_only:
            found = _read(marker)
            if not os.path.isdir(path) or not os.path.exists(os.path.join(path, "meta.json")):
                raise IndexMissing(f"there is no search index at {path}")
            if found != SCHEMA_VERSION:
                raise IndexStale(
                    f"the search index at {path} was built by another version (schema {found or 'unknown'}, "
                    f"this one reads {SCHEMA_VERSION})"
                )
            self.created = False
            self.index = tantivy.Index.open(path)
            self._writer: tantivy.IndexWriter | None = None
            return
        if os.path.isdir(path) and _read(marker) != SCHEMA_VERSION:
            shutil.rmtree(path)  # derived data: rebuilt from SQLite
        if not os.path.isdir(path):
            if not create:
                raise IndexMissing(f"there is no search index at {path}")
            os.makedirs(path, exist_ok=True)
            _write_atomically(marker, SCHEMA_VERSION)
        self.created = not os.path.exists(os.path.join(path, "meta.json"))
        self.index = tantivy.Index(self.schema, path=path, reuse=True)
        self._writer = None

    @classmethod
    def open_read_only(cls, path: str) -> FullTextIndex:
        return cls(path, read_only=True)

    # ---- writing --------------------------------------------------------------
    @property
    def writer(self) -> tantivy.IndexWriter:
        if self.read_only:
            raise RuntimeError(f"the search index at {self.path} was opened read-only")
        if self._writer is None:
            try:
                self._writer = self.index.writer(heap_size=128_000_000, num_threads=1)
            except ValueError as exc:
                raise RuntimeError(
                    f"the search index at {self.path} is locked by another process (another ingest?)"
                ) from exc
        return self._writer

    def add(self, entries: Iterable[Entry]) -> int:
        n = 0
        w = self.writer
        for e in entries:
            fields: dict[str, Any] = {
                "uid": e.uid,
                "type": e.type,
                "sha256": e.sha256,
                "page": int(e.page),
                "title": e.title or "",
                "text": e.text or "",
            }
            if e.record_id is not None:
                fields["record_id"] = int(e.record_id)
            date = _to_datetime(e.date)
            if date is not None:
                fields["date"] = date
            for key in ("body", "outcome", "doc_title"):
                value = getattr(e, key)
                if value:
                    fields[key] = value
            if e.body:
                fields["body_key"] = e.body
            w.add_document(tantivy.Document(**fields))
            n += 1
        return n

    def delete_document(self, sha256: str) -> None:
        self.writer.delete_documents_by_term("sha256", sha256)

    def delete_all(self) -> None:
        self.writer.delete_all_documents()

    def commit(self) -> None:
        if self._writer is not None:
            self._writer.commit()
            self.index.reload()

    def close(self) -> None:
        if self._writer is not None:
            self._writer.wait_merging_threads()
            self._writer = None

    # ---- reading --------------------------------------------------------------
    def num_docs(self) -> int:
        self.index.reload()
        return self.index.searcher().num_docs

    def doc_counts(self) -> dict[str, int]:
        """Live entries per document sha256, read from the term dictionary
        (deleted entries not counted): what the index really holds."""
        self.index.reload()
        searcher = self.index.searcher()
        if not searcher.num_docs:
            return {}
        terms = searcher.terms_with_prefix("sha256", "", filter_query=tantivy.Query.all_query())
        return {term: n for term, n in terms if n}

    def _query(
        self, searcher: tantivy.Searcher, text: str, filters: list[tantivy.Query]
    ) -> tuple[tantivy.Query | None, tantivy.Query | None, str | None, str]:
        """(whole query, the user's text query, parser notice, parsed text);
        the whole query is None when the parser finds nothing to search."""

        def prefixes(prefix: str) -> list[tuple[str, int]]:
            return searcher.terms_with_prefix("text", prefix, limit=200)

        must: list[tantivy.Query] = []
        notice, parsed_text, main = None, "", None
        if text and text.strip():
            parsed = parse_user_query(self.index, text, SEARCH_FIELDS, prefixes)
            notice, parsed_text = parsed.notice, parsed.text
            if parsed.query is None:
                return None, None, notice, text
            main = parsed.query
            must.append(main)
        must.extend(filters)
        if not must:
            must.append(tantivy.Query.all_query())
        query = (
            must[0]
            if len(must) == 1
            else tantivy.Query.boolean_query([(tantivy.Occur.Must, q) for q in must])
        )
        return query, main, notice, parsed_text

    def search(
        self,
        text: str,
        *,
        types: Iterable[str] | None = None,
        body: str | None = None,
        outcome: str | None = None,
        since: str | None = None,
        until: str | None = None,
        sha256: str | None = None,
        limit: int = 10,
        offset: int = 0,
        snippet_chars: int = 220,
        body_exact: str | None = None,
        order: str = "relevance",
    ) -> SearchResult:
        """order: "relevance" (BM25) or "date" (newest first, undated last).
        Snippets that cut the text say so with an ellipsis at the cut end."""
        searcher = self.index.searcher()
        # dates are applied here, not in the filters, to count what they leave out undated
        filters = self._filters(types, body, outcome, None, None, sha256, body_exact)
        base, main, notice, parsed_text = self._query(searcher, text, filters)
        if base is None:
            return SearchResult([], 0, notice, text)
        query, undated = base, None
        lo, hi = _to_datetime(since), _to_datetime(until)
        if lo or hi:
            undated_query = _all_of([base], must_not=[tantivy.Query.exists_query("date")])
            undated = searcher.search(undated_query, 1, count=True).count or 0
            date_range = tantivy.Query.range_query(self.schema, "date", tantivy.FieldType.Date, lo, hi)
            query = _all_of([base, date_range])
        if order == "date":
            result = searcher.search(
                query, limit, count=True, offset=offset, order_by_field="date", order=tantivy.Order.Desc
            )
        else:
            result = searcher.search(query, limit, count=True, offset=offset)
        snippets = None
        if main is not None:
            snippets = tantivy.SnippetGenerator.create(searcher, main, self.schema, "text")
            snippets.set_max_num_chars(snippet_chars)
        hits: list[Hit] = []
        for score, address in result.hits:
            doc = searcher.doc(address)
            full = _first(doc, "text") or ""
            if snippets is not None:
                snippet = snippets.snippet_from_doc(doc).to_html()
            else:
                snippet = ""
            if not snippet:
                snippet = _escape(full[:snippet_chars])
            snippet = _mark_cuts(squash_spaces(snippet), squash_spaces(full))
            date = _first(doc, "date")
            hits.append(
                Hit(
                    type=_first(doc, "type"),
                    sha256=_first(doc, "sha256"),
                    page=_first(doc, "page"),
                    score=float(score) if order != "date" else 0.0,
                    snippet=snippet,
                    title=_first(doc, "title") or "",
                    date=date.date().isoformat() if isinstance(date, dt.datetime) else None,
                    body=_first(doc, "body"),
                    record_id=_first(doc, "record_id"),
                    doc_title=_first(doc, "doc_title"),
                    outcome=_first(doc, "outcome"),
                    text=full,
                )
            )
        return SearchResult(hits, result.count or 0, notice, parsed_text or text, undated)

    def facets(
        self,
        text: str,
        *,
        types: Iterable[str] | None = None,
        body: str | None = None,
        outcome: str | None = None,
        since: str | None = None,
        until: str | None = None,
        body_exact: str | None = None,
        size: int = FACET_SIZE,
    ) -> Facets:
        """Counts of the matching entries by type, body, year and outcome, with
        the same query and filters as `search` (for drill-down links)."""
        searcher = self.index.searcher()
        filters = self._filters(types, body, outcome, since, until, None, body_exact)
        query, _main, _notice, _text = self._query(searcher, text, filters)
        if query is None:
            return Facets()
        aggs = {
            name: {"terms": {"field": field, "size": size}}
            for name, field in (("type", "type"), ("body", "body_key"), ("outcome", "outcome"))
        }
        aggs["dates"] = {"stats": {"field": "date"}}
        found = searcher.aggregate(query, aggs)

        def buckets(name: str) -> list[tuple[str, int]]:
            return [(b["key"], b["doc_count"]) for b in found[name]["buckets"] if b["doc_count"]]

        out = Facets(type=buckets("type"), body=buckets("body"), outcome=buckets("outcome"))
        stats = found["dates"]
        if stats.get("count"):
            first = _year_of_ns(stats["min"])
            last = _year_of_ns(stats["max"])
            ranges = [
                {"key": str(y), "from": _ns_of_year(y), "to": _ns_of_year(y + 1)}
                for y in range(first, last + 1)
            ]
            years = searcher.aggregate(query, {"year": {"range": {"field": "date", "ranges": ranges}}})
            out.year = sorted(
                (
                    (b["key"], b["doc_count"])
                    for b in years["year"]["buckets"]
                    if b["doc_count"] and b["key"].isdigit()
                ),
                reverse=True,
            )
        return out

    def _filters(self, types, body, outcome, since, until, sha256, body_exact=None) -> list[tantivy.Query]:
        out: list[tantivy.Query] = []
        types = [t for t in (types or []) if t]
        if types:
            terms = [(tantivy.Occur.Should, tantivy.Query.term_query(self.schema, "type", t)) for t in types]
            out.append(terms[0][1] if len(terms) == 1 else tantivy.Query.boolean_query(terms))
        if body:
            words = re.findall(r"\w+", body.lower())
            if words:
                phrase = (
                    tantivy.Query.phrase_query(self.schema, "body", words)
                    if len(words) > 1
                    else tantivy.Query.term_query(self.schema, "body", words[0])
                )
                out.append(phrase)
        if body_exact:
            out.append(tantivy.Query.term_query(self.schema, "body_key", body_exact))
        if outcome:
            out.append(tantivy.Query.term_query(self.schema, "outcome", outcome.lower()))
        if sha256:
            out.append(tantivy.Query.term_query(self.schema, "sha256", sha256))
        lo, hi = _to_datetime(since), _to_datetime(until)
        if lo or hi:
            out.append(tantivy.Query.range_query(self.schema, "date", tantivy.FieldType.Date, lo, hi))
        return out


def _all_of(queries: list[tantivy.Query], must_not: list[tantivy.Query] = ()) -> tantivy.Query:
    if len(queries) == 1 and not must_not:
        return queries[0]
    return tantivy.Query.boolean_query(
        [(tantivy.Occur.Must, q) for q in queries] + [(tantivy.Occur.MustNot, q) for q in must_not]
    )


def _mark_cuts(snippet_html: str, full: str) -> str:
    """Add an ellipsis where a snippet starts after, or ends before, the text."""
    plain = html.unescape(re.sub(r"</?b>", "", snippet_html))
    at = full.find(plain)
    if at < 0:
        return snippet_html + ELLIPSIS
    return (ELLIPSIS if at > 0 else "") + snippet_html + (ELLIPSIS if at + len(plain) < len(full) else "")


def _first(doc: tantivy.Document, name: str) -> Any:
    values = doc.get_all(name)
    return values[0] if values else None


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _write_atomically(path: str, text: str) -> None:
    tmp = f"{path}.{os.getpid()}.tmp"
    with open(tmp, "w") as fh:
        fh.write(text)
    os.replace(tmp, path)


def _read(path: str) -> str | None:
    try:
        with open(path) as fh:
            return fh.read().strip()
    except OSError:
        return None
