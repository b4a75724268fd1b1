"""Content hashing: the sha256 is the identity of a document everywhere."""

from __future__ import annotations

import hashlib


def sha256_file(path: str, chunk: int = 1 << 20) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        while block := fh.read(chunk):
            h.update(block)
    return h.hexdigest()
