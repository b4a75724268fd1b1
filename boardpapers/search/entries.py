"""Search entries built from stored SQLite rows, so that ingest and
`reindex` produce exactly the same index. What each record type
contributes (title, text, date) is in the registry (extract.registry)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from ..extract.registry import PAGE_ENTRY_TYPE, RECORD_TYPES
from ..store.store import Store
from .fulltext import Entry


def _join(row: dict[str, Any], keys: tuple[str, ...], sep: str) -> str:
    parts = []
    for k in keys:
        v = row.get(k)
        if v in (None, "", "{}", "[]", "null"):
            continue
        if isinstance(v, str) and v.startswith(("{", "[")):
            try:
                v = _flatten(json.loads(v))
            except ValueError:
                pass
        parts.append(str(v))
    return sep.join(parts)


def _flatten(value: Any) -> str:
    if isinstance(value, dict):
        return " ".join(f"{k}: {_flatten(v)}" for k, v in value.items() if v not in (None, ""))
    if isinstance(value, list):
        return " ".join(_flatten(v) for v in value)
    return str(value)


def entries_for(store: Store, sha256: str) -> Iterator[Entry]:
    doc = store.document(sha256)
    if doc is None:
        return
    date, body, title = doc.get("meeting_date"), doc.get("body"), doc.get("title")
    for page in store.pages(sha256):
        yield Entry(
            uid=f"{PAGE_ENTRY_TYPE}:{sha256}:{page['number']}",
            type=PAGE_ENTRY_TYPE,
            sha256=sha256,
            page=page["number"],
            text=page["text"] or "",
            title=title or "",
            date=date,
            body=body,
            doc_title=title,
        )
    for rt in RECORD_TYPES:
        for row in store.records(rt.table, sha256):
            yield Entry(
                uid=f"{rt.entry_type}:{row['id']}",
                type=rt.entry_type,
                sha256=sha256,
                page=int(row.get("page") or 0),
                text=_join(row, rt.text_fields, " — "),
                title=_join(row, rt.title_fields, " "),
                record_id=row["id"],
                date=(row.get(rt.date_field) if rt.date_field else None) or date,
                body=row.get("body") or body,
                outcome=(row.get("outcome") or None),
                doc_title=title,
            )
