"""Full-text search on PostgreSQL, behind the same `SearchBackend` interface
as the tantivy index: one `search_entries` table in the store's own database
holding the same entries (search/entries.py), a generated `tsvector` column
with a GIN index, ts_rank_cd for ranking and ts_headline for snippets.

Entries are written on the store's connection, so inside the transaction that
stores a document they commit (or vanish) with it."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from typing import Any

from ..store.pg import INDEX_LOCK_KEY, PG_TYPES, SCHEMA_LOCK_KEY, pg_value
from .fulltext import FACET_SIZE, Entry, Facets, Hit, SearchResult
from .pg_query import TS_CONFIG, to_tsquery

ENTRY_COLUMNS = (
    "uid",
    "type",
    "sha256",
    "page",
    "record_id",
    "title",
    "text",
    "date",
    "body",
    "outcome",
    "doc_title",
)

# ts_rank_cd normalisation 1: divide by 1 + log(length), so long pages do not
# win on raw term counts alone (the nearest to BM25's length normalisation).
RANK_NORMALISATION = 1
# ts_headline: a fragment of about the size tantivy's 220-character snippet gives.
HEADLINE_OPTIONS = "StartSel=\x01, StopSel=\x02, MaxWords=32, MinWords=16, MaxFragments=1, ShortWord=2"

_TEXT = PG_TYPES[str]
SEARCH_DDL = f"""
create table if not exists search_entries (
    uid {_TEXT} primary key,
    type {_TEXT} not null,
    sha256 {_TEXT} not null,
    page integer not null,
    record_id bigint,
    title {_TEXT},
    text {_TEXT},
    date date,
    body {_TEXT},
    outcome {_TEXT},
    doc_title {_TEXT},
    tsv tsvector generated always as (
        setweight(to_tsvector('{TS_CONFIG}', coalesce(title, '')), 'A')
        || setweight(to_tsvector('{TS_CONFIG}', coalesce(text, '')), 'B')
    ) stored,
    body_words tsvector generated always as (to_tsvector('simple', coalesce(body, ''))) stored
);
create index if not exists search_entries_tsv on search_entries using gin (tsv);
create index if not exists search_entries_sha on search_entries (sha256);
create index if not exists search_entries_type_date on search_entries (type, date);
"""


def _to_date(iso: str | None) -> dt.date | None:
    if not iso:
        return None
    try:
        return dt.date.fromisoformat(iso[:10])
    except ValueError:
        return None


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _snippet(headline: str) -> str:
    html = _escape(headline).replace("\x01", "<b>").replace("\x02", "</b>")
    return re.sub(r"\s+", " ", html).strip()


class PgSearchIndex:
    """SearchBackend over the store's PostgreSQL connection."""

    shares_store_transaction = True

    def __init__(self, store: Any, *, read_only: bool = False) -> None:
        self.store = store
        self.db = store.db
        self.created = False
        if "search_entries" not in self.db.table_names() and not read_only:
            with self.db.atomic():
                self.db.execute("select pg_advisory_xact_lock(?)", [SCHEMA_LOCK_KEY])
                self.db.forget_catalog()
                if "search_entries" not in self.db.table_names():
                    self.db.conn.execute(SEARCH_DDL)
                    self.created = True
                    self.db.forget_catalog()

    # ---- writing ------------------------------------------------------------
    def _hold_index_lock(self, exclusive: bool = False) -> None:
        """Take INDEX_LOCK_KEY for the rest of the current transaction: shared
        for writing entries, exclusive for a rebuild. Waits as long as a
        rebuild takes (not the store's lock_timeout): an ingest that meets a
        reindex carries on after it."""
        timeout = self.db.execute("show lock_timeout").fetchone()[0]
        self.db.execute("set local lock_timeout = 0")
        kind = "" if exclusive else "_shared"
        self.db.execute(f"select pg_advisory_xact_lock{kind}(?)", [INDEX_LOCK_KEY])
        self.db.execute("select set_config('lock_timeout', ?, true)", [timeout])

    def add(self, entries: Iterable[Entry]) -> int:
        n = 0
        # Entries are built from the store on this same connection: read them all before COPY starts.
        entries = list(entries)
        with self.db.atomic(), self.db.conn.cursor() as cur:
            self._hold_index_lock()
            cols = ", ".join(ENTRY_COLUMNS)
            with cur.copy(f"copy search_entries ({cols}) from stdin") as copy:
                for e in entries:
                    copy.write_row(
                        [
                            e.uid,
                            e.type,
                            e.sha256,
                            int(e.page),
                            e.record_id,
                            pg_value(e.title or ""),
                            pg_value(e.text or ""),
                            _to_date(e.date),
                            pg_value(e.body) or None,
                            e.outcome or None,
                            pg_value(e.doc_title) or None,
                        ]
                    )
                    n += 1
        return n

    def delete_document(self, sha256: str) -> None:
        with self.db.atomic():
            self._hold_index_lock()
            self.db.execute("delete from search_entries where sha256 = ?", [sha256])

    def delete_all(self) -> None:
        """The start of a rebuild: call it inside the transaction that rebuilds
        (IndexSync.rebuild), which then holds the index lock alone until it commits."""
        self._hold_index_lock(exclusive=True)
        # delete, not truncate: other sessions keep searching the old rows until commit
        self.db.execute("delete from search_entries")

    def commit(self) -> None:
        """Entries are written on the store's connection: committed with its transaction."""

    def num_docs(self) -> int:
        if "search_entries" not in self.db.table_names():
            return 0
        return int(self.db.execute("select count(*) from search_entries").fetchone()[0])

    def doc_counts(self) -> dict[str, int]:
        """Entries per document sha256: what the table really holds."""
        if "search_entries" not in self.db.table_names():
            return {}
        rows = self.db.execute("select sha256, count(*) from search_entries group by sha256").fetchall()
        return {r[0]: int(r[1]) for r in rows}

    def close(self) -> None:
        """The connection belongs to the store."""

    # ---- reading ------------------------------------------------------------
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
        body_exact: str | None = None,
        order: str = "relevance",
    ) -> SearchResult:
        """order: "relevance" (ts_rank_cd) or "date" (newest first, undated
        last, score 0.0), as FullTextIndex.search."""
        by_date = order == "date"
        notice, parsed_text, tsq = None, "", None
        if text and text.strip() and text.strip() != "*":
            tsq = to_tsquery(text)
            notice, parsed_text = tsq.notice, tsq.text
            if not tsq.sql:
                return SearchResult([], 0, notice, text)
        filters, params = self._filters(types, body, outcome, since, until, sha256, body_exact)
        if tsq is not None:
            score = "0.0" if by_date else f"ts_rank_cd(e.tsv, q.q, {RANK_NORMALISATION})"
            ranked = "date desc nulls last, uid" if by_date else "score desc, uid"
            sql = (
                f"with q as (select {tsq.sql} as q), "
                f"m as (select e.uid, e.date, {score} as score "
                f"from search_entries e, q where e.tsv @@ q.q and {filters}) "
                "select e.*, m.score, (select count(*) from m) as total, "
                f"ts_headline('{TS_CONFIG}', e.text, q.q, %s) as headline "
                f"from (select * from m order by {ranked} limit %s offset %s) m "
                f"join search_entries e on e.uid = m.uid, q order by m.{ranked.replace(', uid', ', m.uid')}"
            )
            args = tsq.params + params + [HEADLINE_OPTIONS, limit, offset]
        else:
            listed = "date desc nulls last, uid" if by_date else "uid"
            sql = (
                f"with m as (select uid, date from search_entries where {filters}) "
                "select e.*, 0.0 as score, (select count(*) from m) as total, null as headline "
                f"from (select uid, date from m order by {listed} limit %s offset %s) m "
                f"join search_entries e on e.uid = m.uid order by m.{listed.replace(', uid', ', m.uid')}"
            )
            args = params + [limit, offset]
        from psycopg.rows import dict_row

        with self.db.conn.cursor(row_factory=dict_row) as cur:
            cur.execute(sql, args)
            rows = cur.fetchall()
        total = int(rows[0]["total"]) if rows else self._count(tsq, filters, params) if offset else 0
        hits = [self._hit(r) for r in rows]
        return SearchResult(hits, total, notice, parsed_text or text)

    def _filters(self, types, body, outcome, since, until, sha256, body_exact) -> tuple[str, list[Any]]:
        """The SQL filter (and its parameters) shared by search and facets."""
        where: list[str] = []
        params: list[Any] = []
        types = [t for t in (types or []) if t]
        if types:
            where.append("type = any(%s)")
            params.append(types)
        if body and re.search(r"\w", body):
            where.append("body_words @@ phraseto_tsquery('simple', %s)")
            params.append(body)
        if body_exact:
            where.append("body = %s")
            params.append(body_exact)
        if outcome:
            where.append("outcome = %s")
            params.append(outcome.lower())
        if sha256:
            where.append("sha256 = %s")
            params.append(sha256)
        if _to_date(since):
            where.append("date >= %s")
            params.append(_to_date(since))
        if _to_date(until):
            where.append("date <= %s")
            params.append(_to_date(until))
        return " and ".join(where) or "true", params

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
        """Counts of the matching entries by type, body, year and outcome (as FullTextIndex.facets)."""
        tsq = None
        if text and text.strip() and text.strip() != "*":
            tsq = to_tsquery(text)
            if not tsq.sql:
                return Facets()
        filters, params = self._filters(types, body, outcome, since, until, None, body_exact)
        if tsq is None:
            matched, args = f"select type, body, outcome, date from search_entries where {filters}", params
        else:
            matched = (
                f"select e.type, e.body, e.outcome, e.date from search_entries e, (select {tsq.sql} as q) q "
                f"where e.tsv @@ q.q and {filters}"
            )
            args = tsq.params + params
        sql = (
            f"with m as ({matched}) "
            "select 'type', type, count(*) from m group by type "
            "union all select 'body', body, count(*) from m where body is not null group by body "
            "union all select 'outcome', outcome, count(*) from m where outcome is not null group by outcome "
            "union all select 'year', extract(year from date)::int::text, count(*) from m "
            "where date is not null group by 2"
        )
        with self.db.conn.cursor() as cur:
            cur.execute(sql, args)
            rows = cur.fetchall()
        out = Facets()
        for facet in ("type", "body", "outcome"):
            values = sorted(((v, int(n)) for f, v, n in rows if f == facet), key=lambda x: (-x[1], x[0]))
            setattr(out, facet, values[:size])
        out.year = sorted(((v, int(n)) for f, v, n in rows if f == "year"), reverse=True)
        return out

    def _count(self, tsq, filters: str, params: list[Any]) -> int:
        if tsq is None:
            sql, args = f"select count(*) from search_entries where {filters}", params
        else:
            sql = f"select count(*) from search_entries e, (select {tsq.sql} as q) q where e.tsv @@ q.q and {filters}"
            args = tsq.params + params
        with self.db.conn.cursor() as cur:
            cur.execute(sql, args)
            return int(cur.fetchone()[0])

    @staticmethod
    def _hit(r: dict[str, Any]) -> Hit:
        snippet = _snippet(r["headline"]) if r.get("headline") else ""
        if not snippet:
            snippet = _snippet((r["text"] or "")[:220])
        return Hit(
            type=r["type"],
            sha256=r["sha256"],
            page=r["page"],
            score=float(r["score"] or 0.0),
            snippet=snippet,
            title=r["title"] or "",
            date=r["date"].isoformat() if r["date"] else None,
            body=r["body"],
            record_id=r["record_id"],
            doc_title=r["doc_title"],
            outcome=r["outcome"],
        )
