"""Documents for the viewer: looked up by content hash only, so a caller
(the web page) never turns a name from a URL into a file path."""

from __future__ import annotations

import json
import os
import re

from ..store.store import Store

SHA256 = re.compile(r"^[0-9a-f]{64}$")


def stored_document(store: Store, sha256: str) -> dict | None:
    """The stored document row for a well-formed sha256, else None."""
    if not SHA256.match(sha256 or ""):
        return None
    return store.document(sha256)


def pdf_file(store: Store, sha256: str) -> str | None:
    """The file path recorded for a stored document, if that file still exists."""
    doc = stored_document(store, sha256)
    if doc is None:
        return None
    path = doc["path"]
    return path if os.path.isfile(path) else None


def parse_bbox(value: str | list | None) -> list[float] | None:
    """A stored bbox ([x0, top, x1, bottom], JSON text or list) as floats."""
    if value in (None, ""):
        return None
    try:
        box = json.loads(value) if isinstance(value, str) else value
        out = [float(v) for v in box]
    except (TypeError, ValueError):
        return None
    return out if len(out) == 4 else None
