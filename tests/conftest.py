from __future__ import annotations

import contextlib
import functools
import os
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import quote

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
SHARED = ROOT.parent / "shared"
SHARED_CORPUS = SHARED / "corpus"

# papers written in common public-sector layouts, fictional people (benchmarks/written/README.md)
WRITTEN = ROOT / "benchmarks" / "written"
# the session-5 second written set (read since session 6); tests may use it
WRITTEN_HELDOUT = ROOT / "benchmarks" / "written-heldout"
# the session-6 third written set, read and fixed against in session 7
WRITTEN_HELDOUT2 = ROOT / "benchmarks" / "written-heldout2"
# the session-7 fourth written set, read and fixed against in its second round
WRITTEN_HELDOUT3 = ROOT / "benchmarks" / "written-heldout3"
# the session-7 fifth written set, read and fixed against in session 8's first round
WRITTEN_HELDOUT4 = ROOT / "benchmarks" / "written-heldout4"
# the session-8 sixth written set, read and fixed against in session 8's second round
WRITTEN_HELDOUT5 = ROOT / "benchmarks" / "written-heldout5"
# the session-8 seventh written set, read and fixed against in session 8's third round
WRITTEN_HELDOUT6 = ROOT / "benchmarks" / "written-heldout6"
# the session-8 eighth written set, read and fixed against in session 9's first round
WRITTEN_HELDOUT7 = ROOT / "benchmarks" / "written-heldout7"
# the session-9 development set, written for fixers, read in session 9's second round. Tests never
# use the unread held-out sets
WRITTEN_DEV9 = ROOT / "benchmarks" / "written-dev9"
# the session-9 eighth unread set and the session-9 development set, read in session 10
WRITTEN_HELDOUT8 = ROOT / "benchmarks" / "written-heldout8"
WRITTEN_DEV10 = ROOT / "benchmarks" / "written-dev10"
# the session-10 development sets, read in session 10's second fixers' round
WRITTEN_DEV11 = ROOT / "benchmarks" / "written-dev11"
WRITTEN_DEV12 = ROOT / "benchmarks" / "written-dev12"
# the session-11 development set (five families, five layouts each), read in session 11. Tests
# never use written-heldout9, -heldout10 or -heldout11 (unread: the held-out sets)
WRITTEN_DEV13 = ROOT / "benchmarks" / "written-dev13"
WRITTEN_DEV14 = ROOT / "benchmarks" / "written-dev14"
# the session-13 development set; written-heldout12 and -heldout13 stay unread too
WRITTEN_DEV15 = ROOT / "benchmarks" / "written-dev15"
WRITTEN_DEV16 = ROOT / "benchmarks" / "written-dev16"
# the session-14 development set; written-heldout14 stays unread
WRITTEN_DEV17 = ROOT / "benchmarks" / "written-dev17"
# the session-15 development set; written-heldout15 and -heldout16 stay unread
WRITTEN_DEV18 = ROOT / "benchmarks" / "written-dev18"
# the session-15 probe set of registers printed one member at a time
WRITTEN_DEV19 = ROOT / "benchmarks" / "written-dev19"
# the session-16 development sets: registers (dev20, read by fixers), minutes, agendas and trackers
# (dev22). written-dev21 (registers by other authors) and written-heldout17 stay unread by fixers
WRITTEN_DEV20 = ROOT / "benchmarks" / "written-dev20"
WRITTEN_DEV22 = ROOT / "benchmarks" / "written-dev22"
# a development set written with the held-out sets' brief (free choice of body, country, layout)
WRITTEN_DEV23 = ROOT / "benchmarks" / "written-dev23"
# written the same way, scored twice unread (start code, after the first round), then read
WRITTEN_DEV24 = ROOT / "benchmarks" / "written-dev24"
# the session-17 development sets, written with the held-out brief by six authors (two per set);
# written-heldout18 stays unread by fixers
WRITTEN_DEV25 = ROOT / "benchmarks" / "written-dev25"
WRITTEN_DEV26 = ROOT / "benchmarks" / "written-dev26"
WRITTEN_DEV27 = ROOT / "benchmarks" / "written-dev27"
# the session-18 development sets: registers of interests (dev28) and agendas (dev29), read by
# fixers; written-dev30, written-heldout19 and -heldout20 stay unread
WRITTEN_DEV28 = ROOT / "benchmarks" / "written-dev28"
WRITTEN_DEV29 = ROOT / "benchmarks" / "written-dev29"
# the session-19 development sets: registers of interests and minutes (dev31), agendas and
# minutes' openings (dev32), read by fixers; written-dev33 and written-heldout21 stay unread
WRITTEN_DEV31 = ROOT / "benchmarks" / "written-dev31"
WRITTEN_DEV32 = ROOT / "benchmarks" / "written-dev32"
# session 19's minutes set (attendance, decisions, actions, agendas printed in minutes), read by fixers
WRITTEN_DEV34 = ROOT / "benchmarks" / "written-dev34"
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


def written_doc(folder: Path, stem: str):
    """A written set's PDF (benchmarks/written*/<stem>.pdf) as a Document, cached across the session."""
    return _load(str(folder / f"{stem}.pdf"))


@pytest.fixture
def load_doc():
    """Parsed Document for a PDF path, cached across the session."""
    return lambda p: _load(str(p))


def text_doc(*pages: str):
    """A Document of plain page texts (no spans, no tables): for readers of the text alone."""
    from boardpapers.model import Document, Page

    return Document(
        path="x.pdf",
        sha256="0",
        size=0,
        page_count=len(pages),
        pages=[Page(number=n, text=t) for n, t in enumerate(pages, start=1)],
    )


def shared_path(*parts: str) -> Path:
    """A path in ../shared; the calling test is skipped when it is absent."""
    p = SHARED.joinpath(*parts)
    if not p.exists():
        pytest.skip(f"../shared not available ({p})")
    return p


# Folders of ../shared used by the extraction tests, as shared_path() parts.
PARISH = ("corpus", "dev", "parish-souldern")
US = ("corpus", "dev", "us-public-bodies")
SOCIETY = ("corpus", "dev", "student-society")
SCRUTINY = ("corpus", "dev", "scrutiny")
CABINET_OFFICE = ("corpus", "bulk", "cabinet-office")
KENT = ("corpus", "bulk", "kent-cabinet")


@pytest.fixture
def records(load_doc):
    """`extract --json` records of a ../shared PDF: records(*PARISH, "file.pdf")."""
    from boardpapers.extract import extract_all

    return lambda *parts: extract_all(load_doc(shared_path(*parts)))


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


@pytest.fixture(scope="session")
def corpus_stores(tmp_path_factory) -> Iterator[Callable[[str], str]]:
    """The sample corpus ingested once per backend for the whole session (in-process),
    on first use. Tests that share it only read it, or re-run ingest expecting no change."""
    from boardpapers.pipeline.ingest import ingest

    made: dict[str, str] = {}
    with contextlib.ExitStack() as stack:

        def get(kind: str) -> str:
            if kind not in made:
                folder = tmp_path_factory.mktemp(f"corpus_store_{kind}")
                location = stack.enter_context(store_location(kind, folder))
                summary = ingest([str(CORPUS)], location, workers=0)
                assert not summary.count("failed"), summary.as_dict()["failures"]
                made[kind] = location
            return made[kind]

        yield get


@pytest.fixture(params=BACKENDS)
def corpus_store(request, corpus_stores) -> str:
    """The shared corpus store on each backend."""
    return corpus_stores(request.param)


@pytest.fixture(scope="session")
def corpus_db(corpus_stores) -> str:
    """The shared corpus store on SQLite (session-scoped like the store itself,
    so module-scoped fixtures such as test_resume's clean_fingerprint can use it)."""
    return corpus_stores("sqlite")


os.environ.setdefault("BOARDPAPERS_NO_PROGRESS", "1")
# The spaCy step of the people refresh costs seconds per store; tests that
# ingest run without it, and the entity tests ask for it explicitly.
os.environ.setdefault("BOARDPAPERS_NER", "0")


@pytest.fixture(scope="session")
def web_db(tmp_path_factory):
    """A small store for the web tests: two City & Hackney packs (a meeting
    with decisions and the body's next meeting) and a PDF with hostile text."""
    from web_server import build_web_store

    return build_web_store(tmp_path_factory.mktemp("web"), [PACK_2018, PACK_2020])


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
