"""SQLite schema: the system of record, versioned and migrated on open.

Tables are described once, with backend-neutral logical types (the record
tables come from the registry, `extract.registry.RECORD_TYPES`), so another
backend can build the same schema from the same definitions:

    BASE_TABLES       files (the ledger), documents, pages, fts_state, meta
    SHARED_TABLES     jobs (the work queue of a shared PostgreSQL store only)
    RECORD_TYPES      one table per record type: KEY_COLUMNS + the dataclass's fields

`PRAGMA user_version` holds SCHEMA_VERSION. A writable open runs `migrate`,
which upgrades an older store in one transaction (never a silent misread);
a read-only open runs `check_version`, which refuses an older or newer store
with a message naming the fix. A field added to a record dataclass is a
column added on the next writable open (no version bump needed); anything
else that changes the layout bumps SCHEMA_VERSION and adds a step to
`_MIGRATIONS`.

Versions:
  0  before versioning: record tables created from the first record, ids
     reused after deletes; the ledger row was the only link from a path to
     its document (lost when a failure overwrote it).
  1  record tables from the registry with ids never reused (AUTOINCREMENT)
     and (sha256, ordinal) unique; files.document_sha256 (the one document a
     path owns) and files.traceback; documents.problems (extractor failures
     with tracebacks, JSON).
  2  people tables (PEOPLE_TABLES): person_mentions, org_mentions, people,
     person_review (derived from the records, rebuilt by boardpapers.people)
     and person_judgements (a reviewer's same/different by stable name keys,
     never rebuilt, so they survive a re-ingest).
  3  meeting identity (store/identity.py): `meeting_identities` (one row per
     body and date), record tables gain `meeting_id` (-> meeting_identities)
     and `same_as` (-> the canonical copy of a record that appears in several
     documents), `sha256` declared as a foreign key to documents; views
     `decisions_with_documents`, `meeting_summary`, `appearances`;
     pages.text_hash and `paper_appearances` (a paper inside another document). The schema
     version is also written to meta ('schema_version') for tools that do not
     read PRAGMA user_version.
  4  risks.trend (up | down | same | new): what `direction` held until then, while
     `direction` now holds the direction as printed ("▲ Increasing", "↔"). Rows
     stored before keep their direction (the word) and get the trend read from it
     (`backfill_risk_trend`, shared with the PostgreSQL store).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass

from ..extract.registry import RECORD_TYPES, Column, LogicalType, RecordType

SCHEMA_VERSION = 4


class SchemaError(RuntimeError):
    """The store's schema is not the one this code reads."""


class StoreOutdated(SchemaError):
    pass


class StoreTooNew(SchemaError):
    pass


@dataclass(frozen=True)
class TableDef:
    name: str
    columns: tuple[Column, ...]
    primary_key: tuple[str, ...]
    indexes: tuple[tuple[str, ...], ...] = ()


def _cols(spec: str) -> tuple[Column, ...]:
    out = []
    for part in spec.split(","):
        name, logical = part.split()
        out.append(Column(name, logical))  # type: ignore[arg-type]
    return tuple(out)


# One row per file path seen by ingest (the ledger). sha256 is the content seen
# last (failed or not); document_sha256 the one stored document this path owns,
# kept when a later version of the file fails.
FILES = TableDef(
    "files",
    _cols(
        "path text, sha256 text, size integer, mtime real, status text, error text, error_kind text,"
        " parser_version text, ingested_at text, seconds real, pages integer, document_sha256 text,"
        " traceback text"
    ),
    ("path",),
    (("sha256",), ("status",), ("document_sha256",)),
)
DOCUMENTS = TableDef(
    "documents",
    _cols(
        "sha256 text, path text, title text, size integer, page_count integer, meeting_date text,"
        " body text, parser_version text, ingested_at text, pages_ocr integer, pages_no_text integer,"
        " tables_found integer, records integer, warnings json, problems json"
    ),
    ("sha256",),
)
PAGES = TableDef(
    "pages",
    _cols(
        "sha256 text, number integer, text text, width real, height real, has_text_layer integer,"
        " ocr integer, ocr_confidence real, needs_ocr integer, tables json, text_hash text"
    ),
    ("sha256", "number"),
    (("text_hash",),),
)
# A document whose every page (with real text) is also in another document: the
# same paper published alone and inside a pack, or reprinted (store/identity.py).
PAPER_APPEARANCES = TableDef(
    "paper_appearances",
    _cols("paper_sha256 text, in_sha256 text, first_page integer, last_page integer"),
    ("paper_sha256", "in_sha256"),
    (("in_sha256",),),
)
# Which documents the full-text index holds, and how many entries each: written
# only after the index commit, so a crash in between is seen and repaired.
FTS_STATE = TableDef("fts_state", _cols("sha256 text, entries integer, indexed_at text"), ("sha256",))
META = TableDef("meta", _cols("key text, value text"), ("key",))
BASE_TABLES: tuple[TableDef, ...] = (FILES, DOCUMENTS, PAGES, FTS_STATE, META, PAPER_APPEARANCES)

# The work queue several ingesting machines share (store/jobs.py); only a
# PostgreSQL store has it. state: queued | running | done | failed; owner: the
# host:pid holding the lease; lease_until, claimed_at, finished_at: epoch
# seconds by the database clock.
JOBS = TableDef(
    "jobs",
    _cols(
        "path text, sha256 text, size integer, mtime real, previous_sha text, state text, owner text,"
        " lease_until real, attempts integer, claimed_at real, finished_at real"
    ),
    ("path",),
    (("state", "size"),),
)
SHARED_TABLES: tuple[TableDef, ...] = (JOBS,)

# ---- people (issue 9): written by boardpapers.people, which owns their meaning.
# Mentions and people are derived from the record tables and rebuilt whole when
# the stored documents change; judgements are the only input a person gives.
PERSON_MENTIONS = TableDef(
    "person_mentions",
    _cols(
        "id integer, sha256 text, page integer, bbox json, name text, title text, forename text,"
        " initials text, surname text, suffix text, alias_initials text, name_key text, context text,"
        " source text, role text, organisation text, org_key text, body text, body_key text, date text,"
        " record_table text, record_id integer, status text, person_id integer"
    ),
    ("id",),
    (("person_id",), ("sha256",), ("record_table", "record_id"), ("name_key",)),
)
ORG_MENTIONS = TableDef(
    "org_mentions",
    _cols(
        "id integer, sha256 text, page integer, name text, org_key text, context text, source text,"
        " person text, person_id integer, body text, date text, record_table text, record_id integer"
    ),
    ("id",),
    (("org_key",), ("person_id",)),
)
PEOPLE = TableDef(
    "people",
    _cols("id integer, key text, name text, mentions integer, variants json, rules json"),
    ("id",),
    (("key",),),
)
PERSON_REVIEW = TableDef(
    "person_review",
    _cols("key_a text, key_b text, reason text, name_a text, name_b text, mentions_a json, mentions_b json"),
    ("key_a", "key_b"),
)
PERSON_JUDGEMENTS = TableDef(
    "person_judgements",
    _cols("key_a text, key_b text, verdict text, judged_at text"),
    ("key_a", "key_b"),
)
PEOPLE_TABLES: tuple[TableDef, ...] = (
    PERSON_MENTIONS,
    ORG_MENTIONS,
    PEOPLE,
    PERSON_REVIEW,
    PERSON_JUDGEMENTS,
)

RECORD_TABLES: tuple[str, ...] = tuple(rt.table for rt in RECORD_TYPES)

# One meeting per body and date (store/identity.py); ids never reused.
MEETING_IDENTITIES_SQL = (
    "CREATE TABLE [meeting_identities] (id INTEGER PRIMARY KEY AUTOINCREMENT, body_key TEXT NOT NULL, "
    "date TEXT NOT NULL, body TEXT)",
    "CREATE INDEX [idx_meeting_identities_date] ON [meeting_identities] (date, body_key)",
)

_EXPECTED_TABLES = {t.name for t in BASE_TABLES + PEOPLE_TABLES} | set(RECORD_TABLES) | {"meeting_identities"}

# Views for other tools (Datasette, sqlite3, pandas): records with their
# documents and meetings; document_id is the document's sha256.
VIEWS: dict[str, str] = {
    "decisions_with_documents": """
        select d.id, coalesce(d.same_as, d.id) as decision_id, d.same_as is null as canonical,
               d.meeting_id, m.body as meeting_body, coalesce(m.date, d.meeting_date) as meeting_date,
               d.decided_by, d.item_number, d.item_title, d.outcome, d.text,
               d.sha256 as document_id, doc.title as document_title, doc.path as document_path, d.page
        from decisions d join documents doc on doc.sha256 = d.sha256
        left join meeting_identities m on m.id = d.meeting_id""",
    "meeting_summary": """
        select m.id as meeting_id, m.body, m.date,
               (select count(distinct x.sha256) from meetings x where x.meeting_id = m.id) as documents,
               (select count(*) from agenda_items x where x.meeting_id = m.id and x.same_as is null) as agenda_items,
               (select count(*) from attendance x where x.meeting_id = m.id and x.same_as is null) as attendance,
               (select count(*) from decisions x where x.meeting_id = m.id and x.same_as is null) as decisions,
               (select count(*) from actions x where x.meeting_id = m.id and x.same_as is null) as actions
        from meeting_identities m""",
    "appearances": " union all ".join(
        f"select '{t}' as record_table, coalesce(same_as, id) as record_id, id as row_id, meeting_id, "
        f"sha256 as document_id, page from [{t}]"
        for t in ("decisions", "attendance", "agenda_items", "actions")
    ),
}

SQLITE_TYPES: dict[LogicalType, str] = {"text": "TEXT", "integer": "INTEGER", "real": "REAL", "json": "TEXT"}


def _q(name: str) -> str:
    return f"[{name}]"


def base_table_sql(t: TableDef) -> list[str]:
    cols = ", ".join(f"{_q(c.name)} {SQLITE_TYPES[c.type]}" for c in t.columns)
    pk = ", ".join(_q(c) for c in t.primary_key)
    out = [f"CREATE TABLE {_q(t.name)} ({cols}, PRIMARY KEY ({pk}))"]
    for cols_ in t.indexes:
        out.append(
            f"CREATE INDEX {_q('idx_' + t.name + '_' + '_'.join(cols_))} ON {_q(t.name)} "
            f"({', '.join(_q(c) for c in cols_)})"
        )
    return out


# Columns the store adds to every record table after KEY_COLUMNS, filled by
# store/identity.py: the record's meeting and, for a copy, its canonical record.
IDENTITY_COLUMNS: tuple[str, ...] = ("meeting_id", "same_as")


def record_table_sql(rt: RecordType, name: str | None = None) -> str:
    """id is AUTOINCREMENT so an id is never handed out twice, even after the
    highest rows are deleted (the index may still hold entries for them)."""
    fields = ", ".join(f"{_q(c.name)} {SQLITE_TYPES[c.type]}" for c in rt.columns)
    return (
        f"CREATE TABLE {_q(name or rt.table)} (id INTEGER PRIMARY KEY AUTOINCREMENT, "
        f"sha256 TEXT NOT NULL REFERENCES documents(sha256), ordinal INTEGER NOT NULL, "
        f"meeting_id INTEGER REFERENCES meeting_identities(id), same_as INTEGER, "
        f"{fields}, UNIQUE (sha256, ordinal))"
    )


def _tables(conn: sqlite3.Connection) -> set[str]:
    return {r[0] for r in conn.execute("select name from sqlite_master where type = 'table'")}


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [r[1] for r in conn.execute(f"pragma table_info({_q(table)})")]


def user_version(conn: sqlite3.Connection) -> int:
    return conn.execute("pragma user_version").fetchone()[0]


def _create_all(conn: sqlite3.Connection) -> None:
    existing = _tables(conn)
    for t in BASE_TABLES + PEOPLE_TABLES:
        if t.name not in existing:
            for sql in base_table_sql(t):
                conn.execute(sql)
    if "meeting_identities" not in existing:
        for sql in MEETING_IDENTITIES_SQL:
            conn.execute(sql)
    for rt in RECORD_TYPES:
        if rt.table not in existing:
            conn.execute(record_table_sql(rt))
            conn.execute(
                f"CREATE INDEX {_q('idx_' + rt.table + '_meeting_id')} ON {_q(rt.table)} (meeting_id)"
            )
    for name, sql in VIEWS.items():  # views are derived: always the current definition
        conn.execute(f"DROP VIEW IF EXISTS {_q(name)}")
        conn.execute(f"CREATE VIEW {_q(name)} AS {sql}")
    conn.execute(
        "INSERT OR REPLACE INTO meta (key, value) VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)]
    )


def _add_missing_columns(conn: sqlite3.Connection, only_check: bool = False) -> bool:
    """Columns the definitions have and the tables lack (a dataclass gained a
    field): added. Returns whether any was missing."""
    existing = _tables(conn)
    missing = False
    defs = [(t.name, t.columns) for t in BASE_TABLES + PEOPLE_TABLES] + [
        (rt.table, rt.columns) for rt in RECORD_TYPES
    ]
    for name, columns in defs:
        if name not in existing:
            continue
        have = set(_columns(conn, name))
        for c in columns:
            if c.name not in have:
                missing = True
                if not only_check:
                    conn.execute(f"ALTER TABLE {_q(name)} ADD COLUMN {_q(c.name)} {SQLITE_TYPES[c.type]}")
    return missing


def _migrate_0_to_1(conn: sqlite3.Connection) -> None:
    existing = _tables(conn)
    if "files" in existing:
        have = set(_columns(conn, "files"))
        for col in ("document_sha256", "traceback"):
            if col not in have:
                conn.execute(f"ALTER TABLE files ADD COLUMN {col} TEXT")
        # The document each path owns: its ok row's content, else (a failure
        # overwrote the row) the stored document recorded under that path.
        conn.execute(
            "update files set document_sha256 = case when status = 'ok' and sha256 in "
            "(select sha256 from documents) then sha256 else "
            "(select d.sha256 from documents d where d.path = files.path order by d.ingested_at desc limit 1) end"
        )
        conn.execute("create index if not exists idx_files_document_sha256 on files (document_sha256)")
    if "documents" in existing and "problems" not in _columns(conn, "documents"):
        conn.execute("ALTER TABLE documents ADD COLUMN problems TEXT")
    if "documents" in existing and "files" in existing:
        # Version 0 could leave a path's earlier document behind (issue 12, defect 1):
        # a document no path owns is removed with its rows (the index follows on repair).
        orphans = [
            r[0]
            for r in conn.execute(
                "select sha256 from documents where sha256 not in "
                "(select document_sha256 from files where document_sha256 is not null)"
            )
        ]
        for sha in orphans:
            for table in ("pages", *[t for t in RECORD_TABLES if t in existing]):
                conn.execute(f"delete from {_q(table)} where sha256 = ?", [sha])
            conn.execute("delete from documents where sha256 = ?", [sha])
    for rt in RECORD_TYPES:
        if rt.table not in existing:
            continue
        old = _columns(conn, rt.table)
        tmp = f"_new_{rt.table}"
        conn.execute(record_table_sql(rt, tmp))
        shared = [c.name for c in rt.columns if c.name in old]
        names = ", ".join(_q(c) for c in shared)
        conn.execute(
            f"insert into {_q(tmp)} (id, sha256, ordinal, {names}) select id, sha256, "
            f"row_number() over (partition by sha256 order by id) - 1, {names} from {_q(rt.table)}"
        )
        conn.execute(f"drop table {_q(rt.table)}")
        conn.execute(f"alter table {_q(tmp)} rename to {_q(rt.table)}")


def _migrate_1_to_2(conn: sqlite3.Connection) -> None:
    """The people tables are new: `_create_all` creates them after the steps
    (empty; `boardpapers.people` fills them on its next refresh)."""


def _migrate_2_to_3(conn: sqlite3.Connection) -> None:
    """Record tables rebuilt with meeting_id, same_as and the document foreign
    key; then every stored document is linked to its meetings."""
    from .identity import Identity, page_text_hash

    existing = _tables(conn)
    if "meeting_identities" not in existing:
        for sql in MEETING_IDENTITIES_SQL:
            conn.execute(sql)
    for name in VIEWS:  # a view over a table being rebuilt blocks the rename
        conn.execute(f"DROP VIEW IF EXISTS {_q(name)}")
    for rt in RECORD_TYPES:
        if rt.table not in existing:  # a type no document had yet: made empty, as linking reads it
            conn.execute(record_table_sql(rt))
            conn.execute(
                f"CREATE INDEX {_q('idx_' + rt.table + '_meeting_id')} ON {_q(rt.table)} (meeting_id)"
            )
            continue
        old = set(_columns(conn, rt.table))
        tmp = f"_new_{rt.table}"
        conn.execute(record_table_sql(rt, tmp))
        names = ", ".join(
            _q(c) for c in ["id", "sha256", "ordinal", *(c.name for c in rt.columns)] if c in old
        )
        conn.execute(f"insert into {_q(tmp)} ({names}) select {names} from {_q(rt.table)}")
        conn.execute(f"drop table {_q(rt.table)}")
        conn.execute(f"alter table {_q(tmp)} rename to {_q(rt.table)}")
        conn.execute(f"CREATE INDEX {_q('idx_' + rt.table + '_meeting_id')} ON {_q(rt.table)} (meeting_id)")
    if "pages" in existing:
        if "text_hash" not in _columns(conn, "pages"):
            conn.execute("ALTER TABLE pages ADD COLUMN text_hash TEXT")
        conn.execute("CREATE INDEX IF NOT EXISTS [idx_pages_text_hash] ON pages (text_hash)")
        for sha, number, text in conn.execute("select sha256, number, text from pages").fetchall():
            conn.execute(
                "update pages set text_hash = ? where sha256 = ? and number = ?",
                [page_text_hash(text), sha, number],
            )
    if "paper_appearances" not in existing:
        for sql in base_table_sql(PAPER_APPEARANCES):
            conn.execute(sql)
    if "documents" in existing and "meetings" in existing:
        Identity(conn).relink_all()


def backfill_risk_trend(query: Callable[[str], list], execute: Callable[[str, list], object]) -> None:
    """Fill risks.trend where it is null from the row's direction, read by the one mapping from a
    printed direction to a trend (normalise.trend). `query(sql)` returns rows of one value;
    `execute(sql, params)` runs an update (SQLite and PostgreSQL alike: `?` placeholders)."""
    from ..extract.normalise import trend

    for (printed,) in query(
        "select distinct direction from risks where trend is null and direction is not null"
    ):
        word = trend(printed)
        if word is not None:
            execute("update risks set trend = ? where direction = ? and trend is null", [word, printed])


def _migrate_3_to_4(conn: sqlite3.Connection) -> None:
    """risks.trend added and filled from the stored direction (the normalised word until now)."""
    if "risks" not in _tables(conn):
        return
    if "trend" not in _columns(conn, "risks"):
        conn.execute("ALTER TABLE risks ADD COLUMN trend TEXT")
    backfill_risk_trend(lambda sql: conn.execute(sql).fetchall(), conn.execute)


# _MIGRATIONS[v] upgrades a store from version v to v + 1.
_MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {
    0: _migrate_0_to_1,
    1: _migrate_1_to_2,
    2: _migrate_2_to_3,
    3: _migrate_3_to_4,
}


def _too_new(version: int) -> StoreTooNew:
    return StoreTooNew(
        f"this store has schema version {version}, newer than this boardpapers reads ({SCHEMA_VERSION}): "
        "upgrade boardpapers"
    )


def check_version(conn: sqlite3.Connection) -> None:
    """For read-only opens: refuse a store this code would misread."""
    version = user_version(conn)
    if version > SCHEMA_VERSION:
        raise _too_new(version)
    if version < SCHEMA_VERSION and _tables(conn):
        raise StoreOutdated(
            f"this store has schema version {version}, older than this boardpapers reads ({SCHEMA_VERSION}): "
            "run `boardpapers reindex` once to upgrade it"
        )


def migrate(conn: sqlite3.Connection) -> int:
    """Create or upgrade the schema to SCHEMA_VERSION; returns the version found.

    The work runs in one IMMEDIATE transaction (re-reading the version inside
    it), so two processes opening an old store at once upgrade it once."""
    found = user_version(conn)
    if found > SCHEMA_VERSION:
        raise _too_new(found)
    if (
        found == SCHEMA_VERSION
        and _EXPECTED_TABLES <= _tables(conn)
        and not _add_missing_columns(conn, only_check=True)
    ):
        return found
    conn.execute("BEGIN IMMEDIATE")
    try:
        version = user_version(conn)
        if version > SCHEMA_VERSION:
            raise _too_new(version)
        legacy = bool(_tables(conn))
        if legacy:
            while version < SCHEMA_VERSION:
                _MIGRATIONS[version](conn)
                version += 1
        _create_all(conn)
        _add_missing_columns(conn)
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return found
