"""Search entries built from stored SQLite rows, so that ingest and
`reindex` produce exactly the same index."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from ..store.store import Store
from .fulltext import Entry

# record table → (entry type, title fields, text fields, date field)
RECORD_ENTRY_SPECS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...], str | None]] = {
    "agenda_items": ("item", ("number", "title"), ("title", "lead", "purpose", "cover"), None),
    "decisions": ("decision", ("item_number", "item_title"), ("text", "decided_by"), "meeting_date"),
    "interests": (
        "interest",
        ("person",),
        ("person", "role", "organisation", "nature", "category", "register"),
        "declared_on",
    ),
    "actions": ("action", ("ref", "owner"), ("text", "owner", "update", "status_raw"), "assigned_on"),
    "risks": ("risk", ("ref", "workstream"), ("description", "workstream", "owner", "extra"), None),
    "meetings": ("meeting", ("body", "title"), ("body", "title", "location"), "date"),
    "attendance": ("attendance", ("name",), ("name", "role", "organisation", "status"), "meeting_date"),
}
ENTRY_TYPES = ("page",) + tuple(spec[0] for spec in RECORD_ENTRY_SPECS.values())


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
            uid=f"page:{sha256}:{page['number']}",
            type="page",
            sha256=sha256,
            page=page["number"],
            text=page["text"] or "",
            title=title or "",
            date=date,
            body=body,
            doc_title=title,
        )
    for table, (etype, title_keys, text_keys, date_key) in RECORD_ENTRY_SPECS.items():
        for row in store.records(table, sha256):
            yield Entry(
                uid=f"{etype}:{row['id']}",
                type=etype,
                sha256=sha256,
                page=int(row.get("page") or 0),
                text=_join(row, text_keys, " — "),
                title=_join(row, title_keys, " "),
                record_id=row["id"],
                date=(row.get(date_key) if date_key else None) or date,
                body=row.get("body") or body,
                outcome=(row.get("outcome") or None),
                doc_title=title,
            )
