"""The record registry: the one list of record types.

Everything that needs to know which kinds of record exist reads this module:
`extract_all` (the keys of its result and of `extract --json`), the store's
schema (one table per type, columns from the dataclass), the search index
(entry type, title, text and date of each entry), `status` (record counts)
and the CLI (`search --type` choices). Adding a record type is one dataclass
in `records.py` and one `RecordType` row below.

    from boardpapers.extract.registry import RECORD_TYPES, by_table, by_entry_type, ENTRY_TYPES

    for rt in RECORD_TYPES:
        rt.table          # "decisions": store table, key of extract_all() and of `extract --json`
        rt.cls            # records.Decision: the dataclass the extractors return
        rt.entry_type     # "decision": the search index's `type`, a `search --type` choice
        rt.title_fields   # ("item_number", "item_title"): joined into the entry's title
        rt.text_fields    # ("text", "decided_by"): joined into the entry's searchable text
        rt.date_field     # "meeting_date": the entry's date (else the document's meeting date)
        rt.columns        # (Column("item_number", "text"), ..., Column("bbox", "json")): dataclass order
        rt.row(record)    # {column: value} with json columns encoded, ready for any SQL backend

Columns carry a backend-neutral logical type (`LogicalType`), derived from
the dataclass's type hints: str -> "text", int/bool -> "integer", float ->
"real", anything else (dicts, lists, nested dataclasses, bboxes) -> "json".
A backend maps them to its own types (SQLite: TEXT/INTEGER/REAL/TEXT holding
JSON; PostgreSQL: text/bigint/double precision/jsonb) and adds the key
columns every record table has (`KEY_COLUMNS`): `id` (never reused), the
document's `sha256` and the record's `ordinal` among the document's records
of that type, so (sha256, ordinal) identifies a record in any backend.

This module sits in extract/ because the dataclasses do; it imports nothing
above extract, so store/, search/, api/ and the CLI can all read it.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import types
import typing
from dataclasses import dataclass
from typing import Any, Literal

from . import records as R

LogicalType = Literal["text", "integer", "real", "json"]


@dataclass(frozen=True)
class Column:
    name: str
    type: LogicalType


# Columns of every record table that the store adds to the dataclass's fields.
KEY_COLUMNS: tuple[Column, ...] = (
    Column("id", "integer"),  # never reused (SQLite: AUTOINCREMENT)
    Column("sha256", "text"),  # the document the record came from
    Column("ordinal", "integer"),  # 0-based position among the document's records of this type
)

PAGE_ENTRY_TYPE = "page"  # search entries for whole pages (not a record type)


def _logical_type(hint: Any) -> LogicalType:
    args = [a for a in typing.get_args(hint) if a is not type(None)]
    origin = typing.get_origin(hint)
    if (origin is typing.Union or origin is types.UnionType) and len(args) == 1:
        hint = args[0]
    if hint is bool or hint is int:
        return "integer"
    if hint is float:
        return "real"
    if hint is str:
        return "text"
    return "json"


def _encode(value: Any, logical: LogicalType) -> Any:
    if value is None:
        return None
    if logical == "json":
        return json.dumps(value, ensure_ascii=False, default=str)
    if isinstance(value, bool):
        return int(value)
    return value


@dataclass(frozen=True)
class RecordType:
    table: str
    cls: type
    entry_type: str
    title_fields: tuple[str, ...]
    text_fields: tuple[str, ...]
    date_field: str | None = None

    @functools.cached_property
    def columns(self) -> tuple[Column, ...]:
        # cached: resolving the type hints took a third of the store's time per record
        hints = typing.get_type_hints(self.cls)
        return tuple(Column(f.name, _logical_type(hints[f.name])) for f in dataclasses.fields(self.cls))

    @property
    def column_names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)

    def row(self, record: Any) -> dict[str, Any]:
        """The record's column values (json columns encoded), without the key columns."""
        data = dataclasses.asdict(record) if dataclasses.is_dataclass(record) else dict(record)
        return {c.name: _encode(data.get(c.name), c.type) for c in self.columns}


RECORD_TYPES: tuple[RecordType, ...] = (
    RecordType("meetings", R.Meeting, "meeting", ("body", "title"), ("body", "title", "location"), "date"),
    RecordType(
        "attendance",
        R.Attendance,
        "attendance",
        ("name",),
        ("name", "role", "organisation", "status"),
        "meeting_date",
    ),
    RecordType(
        "agenda_items", R.AgendaItem, "item", ("number", "title"), ("title", "lead", "purpose", "cover")
    ),
    RecordType(
        "decisions",
        R.Decision,
        "decision",
        ("item_number", "item_title"),
        ("text", "decided_by"),
        "meeting_date",
    ),
    RecordType(
        "interests",
        R.Interest,
        "interest",
        ("person",),
        ("person", "role", "organisation", "nature", "category", "register"),
        "declared_on",
    ),
    RecordType(
        "actions",
        R.Action,
        "action",
        ("ref", "owner"),
        ("text", "owner", "update", "status_raw"),
        "assigned_on",
    ),
    RecordType(
        "risks", R.Risk, "risk", ("ref", "workstream"), ("description", "workstream", "owner", "extra")
    ),
)

TABLES: tuple[str, ...] = tuple(rt.table for rt in RECORD_TYPES)
# Every `type` an index entry can have: pages, then one per record type.
ENTRY_TYPES: tuple[str, ...] = (PAGE_ENTRY_TYPE, *(rt.entry_type for rt in RECORD_TYPES))

_BY_TABLE = {rt.table: rt for rt in RECORD_TYPES}
_BY_ENTRY = {rt.entry_type: rt for rt in RECORD_TYPES}


def by_table(table: str) -> RecordType:
    return _BY_TABLE[table]


def by_entry_type(entry_type: str) -> RecordType | None:
    """The record type of a search entry type (None for pages)."""
    return _BY_ENTRY.get(entry_type)
