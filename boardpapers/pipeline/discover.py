"""Turn PATH arguments (files, folders, globs) into a sorted list of PDF paths."""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable


def discover(paths: Iterable[str]) -> list[str]:
    found: dict[str, None] = {}
    for arg in paths:
        matches = glob.glob(arg, recursive=True) if glob.has_magic(arg) else [arg]
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
                raise FileNotFoundError(m)
    return sorted(found)
