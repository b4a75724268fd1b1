"""Turn PATH arguments (files, folders, globs) into a sorted list of PDF paths."""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable


class NothingToIngest(FileNotFoundError):
    """An argument that names no PDF: a missing path, a glob matching nothing,
    a folder without PDFs. Raised before anything is created."""


def discover(paths: Iterable[str]) -> list[str]:
    found: dict[str, None] = {}
    for arg in paths:
        matches = glob.glob(arg, recursive=True) if glob.has_magic(arg) else [arg]
        if not matches:
            raise NothingToIngest(f"{arg} matches no file")
        before = len(found)
        for m in matches:
            if os.path.isdir(m):
                for root, dirs, files in os.walk(m):
                    dirs.sort()
                    for name in sorted(files):
                        if name.lower().endswith(".pdf"):
                            found[os.path.abspath(os.path.join(root, name))] = None
            elif os.path.exists(m):
                found[os.path.abspath(m)] = None
            else:
                raise NothingToIngest(f"no such file or folder: {m}")
        if len(found) == before and any(os.path.isdir(m) for m in matches):
            raise NothingToIngest(f"no PDF files in {arg}")
    return sorted(found)
