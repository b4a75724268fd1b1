"""A page of search results with facet counts, and for each hit what it
links to (its meeting, person, organisation, and the box on its page)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..search.backends import SearchBackend
from ..search.fulltext import Facets
from ..store.store import Store
from .documents import parse_bbox
from .meetings import meeting_ids
from .queries import hit_rows

# Per record type, the field whose text starts where the record sits on its page.
FIND_FIELDS: dict[str, tuple[str, ...]] = {
    "decision": ("text",),
    "item": ("title",),
    "attendance": ("name",),
    "interest": ("organisation", "person"),
    "action": ("text",),
    "risk": ("description",),
    "meeting": ("title", "body"),
}


@dataclass(frozen=True)
class SearchFilters:
    """The facet choices a user made; all optional."""

    type: str | None = None
    body: str | None = None  # exact body, as written in the documents
    year: str | None = None
    outcome: str | None = None

    def as_kwargs(self) -> dict[str, Any]:
        year = self.year if self.year and self.year.isdigit() and len(self.year) == 4 else None
        return {
            "types": [self.type] if self.type else None,
            "body_exact": self.body or None,
            "outcome": self.outcome or None,
            "since": f"{year}-01-01" if year else None,
            "until": f"{year}-12-31" if year else None,
        }


@dataclass
class SearchPage:
    query: str
    total: int
    rows: list[dict]
    facets: Facets
    notice: str | None


def _links(store: Store, rows: list[dict]) -> None:
    wanted: dict[int, tuple[str, str | None]] = {}
    for i, r in enumerate(rows):
        rec = r.get("record") or {}
        r["bbox"] = parse_bbox(rec.get("bbox"))
        r["meeting_id"] = rec.get("id") if r["type"] == "meeting" else None
        r["person"] = rec.get("name") if r["type"] == "attendance" else rec.get("person")
        r["organisation"] = rec.get("organisation") if r["type"] == "interest" else None
        # What the viewer looks for on the page when there is no box: the record's own words.
        r["find"] = next((rec.get(k) for k in FIND_FIELDS.get(r["type"], ()) if rec.get(k)), None)
        if r["meeting_id"] is None and r["type"] in ("decision", "attendance", "item", "page"):
            wanted[i] = (r["sha256"], rec.get("meeting_date") or r.get("date"))
    found = meeting_ids(store, set(wanted.values()))
    for i, pair in wanted.items():
        rows[i]["meeting_id"] = found.get(pair)


def search_page(
    store: Store,
    index: SearchBackend,
    query: str,
    filters: SearchFilters,
    *,
    limit: int = 20,
    offset: int = 0,
) -> SearchPage:
    kwargs = filters.as_kwargs()
    result = index.search(query or "", limit=limit, offset=offset, **kwargs)
    rows = hit_rows(store, result.hits)
    _links(store, rows)
    facets = index.facets(query or "", **kwargs)
    return SearchPage(query or "", result.total, rows, facets, result.notice)
