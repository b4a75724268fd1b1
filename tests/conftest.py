from __future__ import annotations

import functools
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
SHARED = ROOT.parent / "shared"
SHARED_CORPUS = SHARED / "corpus"

PACK_2020 = CORPUS / "000_96e9045d9cfa0288.pdf"  # City & Hackney ICBs, 10 Dec 2020
PACK_2018 = CORPUS / "001_e49a8843e1a52558.pdf"  # City & Hackney ICBs, Nov 2018
PACK_HARTLEPOOL = CORPUS / "002_1432d437b43a1ff5.pdf"
PACK_ICB_SESSION = CORPUS / "003_461c3e7fad82a6d5.pdf"
PACK_TRUST = CORPUS / "004_2dad23cd0221e165.pdf"
REAL = CORPUS / "real"


@functools.cache
def _load(path: str):
    from boardpapers.reading.pdf_reader import read_document

    return read_document(path)


@pytest.fixture
def load_doc():
    """Parsed Document for a PDF path, cached across the session."""
    return lambda p: _load(str(p))


def shared_path(*parts: str) -> Path:
    """A path in ../shared; the calling test is skipped when it is absent."""
    p = SHARED.joinpath(*parts)
    if not p.exists():
        pytest.skip(f"../shared not available ({p})")
    return p


@pytest.fixture(scope="session")
def corpus_db(tmp_path_factory) -> str:
    """The sample corpus ingested once for the whole session (in-process).
    Tests that share it only read it, or re-run ingest expecting no change."""
    from boardpapers.pipeline.ingest import ingest

    db = str(tmp_path_factory.mktemp("corpus_store") / "bp.db")
    summary = ingest([str(CORPUS)], db, workers=0)
    assert not summary.count("failed"), summary.as_dict()["failures"]
    return db


@pytest.fixture
def tmp_db(tmp_path):
    return str(tmp_path / "bp.db")


os.environ.setdefault("BOARDPAPERS_NO_PROGRESS", "1")


@pytest.fixture(scope="session")
def corpus_store(corpus_db) -> str:
    """The session's corpus store under the name the CLI tests use; they only
    read it (copy it with `copy_store` to change it)."""
    return corpus_db


def copy_store(db: str, dest_dir: Path, *, with_index: bool = True) -> str:
    """A copy of a store (and, unless told otherwise, its index folder)."""
    import shutil
    import sqlite3

    dest = str(dest_dir / "copy.db")
    src = sqlite3.connect(db)
    out = sqlite3.connect(dest)
    src.backup(out)
    src.close()
    out.close()
    if with_index:
        shutil.copytree(db + ".tantivy", dest + ".tantivy")
    return dest
