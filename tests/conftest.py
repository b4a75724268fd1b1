from __future__ import annotations

import contextlib
import functools
import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

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


@pytest.fixture
def tmp_db(tmp_path):
    return str(tmp_path / "bp.db")


# ---- store backends -----------------------------------------------------------
# The store and query tests run on every backend through `store_backend` (or a
# module-scoped fixture using `store_location`), so SQLite and PostgreSQL
# cannot drift. PostgreSQL needs BOARDPAPERS_TEST_PG=postgresql://... (CI starts
# a throwaway cluster with .ci/pg-cluster); without it those tests skip, except
# in CI (CI=true), where a missing database is a failure.
PG_ENV = "BOARDPAPERS_TEST_PG"
BACKENDS = ["sqlite", "postgresql"]


def pg_base_url() -> str:
    url = os.environ.get(PG_ENV)
    if url:
        return url
    if os.environ.get("CI") == "true":
        pytest.fail(f"{PG_ENV} is not set: CI must run the PostgreSQL tests (see .ci/run)")
    pytest.skip(f"PostgreSQL tests need {PG_ENV}=postgresql://... (start one with .ci/pg-cluster start DIR)")


def _with_search_path(url: str, schema: str) -> str:
    sep = "&" if "?" in url else "?"
    return f"{url}{sep}options={quote(f'-csearch_path={schema}')}"


@contextlib.contextmanager
def store_location(kind: str, folder: Path) -> Iterator[str]:
    """A fresh, empty store: a SQLite path in `folder`, or a PostgreSQL URL
    whose search_path is a new schema (dropped afterwards)."""
    if kind == "sqlite":
        yield str(folder / "bp.db")
        return
    base = pg_base_url()
    psycopg = pytest.importorskip(
        "psycopg", reason="PostgreSQL tests need psycopg (pip install 'psycopg[binary]')"
    )
    schema = "test_" + uuid.uuid4().hex[:12]
    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f"create schema {schema}")
    try:
        yield _with_search_path(base, schema)
    finally:
        with psycopg.connect(base, autocommit=True) as conn:
            conn.execute(f"drop schema if exists {schema} cascade")


@pytest.fixture(params=BACKENDS)
def store_backend(request, tmp_path) -> Iterator[str]:
    """A fresh store location (path or URL) on each backend."""
    with store_location(request.param, tmp_path) as location:
        yield location


@pytest.fixture(scope="session", params=BACKENDS)
def corpus_store(request, tmp_path_factory) -> Iterator[str]:
    """The sample corpus ingested once per backend, shared by the read-only tests."""
    from boardpapers.pipeline.ingest import ingest

    with store_location(request.param, tmp_path_factory.mktemp("corpus_store")) as location:
        ingest([str(CORPUS)], location, workers=0)
        yield location


os.environ.setdefault("BOARDPAPERS_NO_PROGRESS", "1")
