"""Issue 12's defects, one test (or two) each: the store, the ledger and the
search index must agree whatever happens between runs. Each failed on the
code before the fix (see the issue for the scenarios)."""

from __future__ import annotations

import json
import shutil

import pytest
from conftest import PACK_ICB_SESSION, PACK_TRUST

from boardpapers.api.queries import hit_rows
from boardpapers.api.status import store_status
from boardpapers.pipeline.ingest import ingest
from boardpapers.search.fulltext import FullTextIndex, Hit, index_path_for
from boardpapers.search.sync import IndexSync
from boardpapers.store.store import Store


def _entries_of(db: str, sha: str) -> int:
    return FullTextIndex(index_path_for(db)).search("", sha256=sha, limit=1).total


def _broken_pdf(path) -> None:
    path.write_bytes(b"%PDF-1.4\n" + b"garbage " * 300)


# ---- 1. a path owns at most one stored document -------------------------------
def test_path_owns_one_document_after_a_failure_in_between(tmp_path):
    db = str(tmp_path / "bp.db")
    target = tmp_path / "a.pdf"
    shutil.copy(PACK_TRUST, target)
    ingest([str(target)], db, workers=0)
    first = Store(db).file_row(str(target))["sha256"]
    _broken_pdf(target)
    assert ingest([str(target)], db, workers=0).count("failed") == 1
    assert Store(db).count("documents") == 1  # the good version's data is kept meanwhile
    shutil.copy(PACK_ICB_SESSION, target)
    summary = ingest([str(target)], db, workers=0)
    assert summary.count("replaced") == 1
    store = Store(db)
    assert [d["sha256"] for d in store.documents()] == [store.file_row(str(target))["sha256"]]
    assert store.count("pages", "sha256 = ?", [first]) == 0
    assert _entries_of(db, first) == 0
    assert IndexSync(store).health().in_sync


# ---- 2. index bookkeeping in order; repair removes entries of gone documents --
def test_crash_before_the_index_commit_leaves_no_stale_entries(tmp_path, monkeypatch):
    db = str(tmp_path / "bp.db")
    target = tmp_path / "a.pdf"
    shutil.copy(PACK_TRUST, target)
    ingest([str(target)], db, workers=0)
    old = Store(db).file_row(str(target))["sha256"]
    shutil.copy(PACK_ICB_SESSION, target)

    def crash(self):
        raise RuntimeError("simulated crash before the index commit")

    with monkeypatch.context() as m:
        m.setattr(FullTextIndex, "commit", crash)
        with pytest.raises(RuntimeError, match="simulated crash"):
            ingest([str(target)], db, workers=0)
    assert _entries_of(db, old) > 0  # the crash kept the old entries
    ingest([str(target)], db, workers=0)
    assert _entries_of(db, old) == 0
    assert IndexSync(Store(db)).health().in_sync


def test_repair_removes_entries_the_ledger_never_listed(tmp_path):
    db = str(tmp_path / "bp.db")
    ingest([str(PACK_ICB_SESSION)], db, workers=0)
    store = Store(db)
    sync = IndexSync(store)
    ghost = "f" * 64
    sync.index.add(
        [
            __import__("boardpapers.search.fulltext", fromlist=["Entry"]).Entry(
                uid=f"page:{ghost}:1", type="page", sha256=ghost, page=1, text="ghost page"
            )
        ]
    )
    sync.index.commit()  # in the index, not in fts_state, not in the store
    health = sync.health()
    assert not health.in_sync and ghost in health.stale
    assert sync.repair() == 1
    sync.close()
    assert _entries_of(db, ghost) == 0
    assert IndexSync(Store(db)).health().in_sync


# ---- 3. record ids never reused; hits joined checking the document ------------
def test_record_ids_are_never_reused(tmp_path):
    db = str(tmp_path / "bp.db")
    target = tmp_path / "a.pdf"
    shutil.copy(PACK_TRUST, target)
    ingest([str(target)], db, workers=0)
    old_ids = [r["id"] for r in Store(db).records("meetings")]
    assert old_ids
    shutil.copy(PACK_ICB_SESSION, target)
    ingest([str(target)], db, workers=0)
    new_ids = [r["id"] for r in Store(db).records("meetings")]
    assert new_ids and min(new_ids) > max(old_ids)


def test_hit_shows_only_a_record_of_its_own_document(tmp_path):
    db = str(tmp_path / "bp.db")
    ingest([str(PACK_TRUST), str(PACK_ICB_SESSION)], db, workers=0)
    store = Store(db)
    meetings = store.records("meetings")
    assert len({m["sha256"] for m in meetings}) == 2
    mine, other = meetings[0], next(m for m in meetings if m["sha256"] != meetings[0]["sha256"])

    def hit(sha: str) -> Hit:
        return Hit("meeting", sha, 1, 1.0, "", "", None, None, mine["id"], None)

    assert hit_rows(store, [hit(mine["sha256"])])[0]["record"]["id"] == mine["id"]
    # An entry left from a replaced document names an id that is now another document's record.
    assert hit_rows(store, [hit(other["sha256"])])[0]["record"] is None


# ---- 5. extractor failures are warnings; internal errors keep the traceback ---
def test_failing_extractors_become_warnings_and_other_records_stay(tmp_path, monkeypatch):
    import boardpapers.extract.accountability as acc
    import boardpapers.extract.structure as structure

    def boom(*args, **kwargs):
        raise ValueError("unforeseen layout")

    monkeypatch.setattr(acc, "extract_risks", boom)  # an accountability extractor
    monkeypatch.setattr(structure, "extract_decisions", boom)  # a structure extractor
    db = str(tmp_path / "bp.db")
    summary = ingest([str(PACK_TRUST)], db, workers=0)
    assert summary.count("new") == 1, summary.as_dict()["failures"]
    store = Store(db)
    assert store.count("meetings") >= 1  # the other extractors' records are kept
    doc = store_status(store, documents=True)["document_health"][0]
    assert any(
        w.startswith("risks extractor failed (ValueError: unforeseen layout)") for w in doc["warnings"]
    )
    assert any(w.startswith("decisions extractor failed") for w in doc["warnings"])
    problems = json.loads(store.document(doc["sha256"])["problems"])
    assert {p["extractor"] for p in problems} == {"risks", "decisions"}
    assert all("Traceback" in p["traceback"] and "unforeseen layout" in p["traceback"] for p in problems)


def test_internal_error_keeps_its_traceback(tmp_path, monkeypatch):
    import boardpapers.pipeline.process as process

    def broken(*args, **kwargs):
        raise KeyError("no such column")

    monkeypatch.setattr(process, "parse_file", broken)
    db = str(tmp_path / "bp.db")
    summary = ingest([str(PACK_ICB_SESSION)], db, workers=0)
    assert summary.count("failed") == 1
    row = Store(db).file_row(str(PACK_ICB_SESSION))
    assert row["error_kind"] == "error" and row["error"].startswith("internal error: KeyError")
    assert "Traceback" in row["traceback"] and "in broken" in row["traceback"]


# ---- 6. smaller -------------------------------------------------------------------
def test_bad_ocr_dpi_does_not_crash_workers(monkeypatch):
    """A bad BOARDPAPERS_OCR_DPI fails only files that need OCR, with a reason
    naming the setting; before, every worker died at import."""
    from boardpapers.pipeline.workers import Job, run_jobs

    monkeypatch.setenv("BOARDPAPERS_OCR_DPI", "three hundred")
    jobs = [Job(str(PACK_ICB_SESSION), "", PACK_ICB_SESSION.stat().st_size)]
    (outcome,) = list(run_jobs(jobs, 1, timeout_s=60))
    assert outcome.parsed is not None, outcome.error


def test_bad_ocr_dpi_is_a_clear_reason(tmp_path, monkeypatch):
    from PIL import Image

    from boardpapers.reading import ocr

    monkeypatch.setenv("BOARDPAPERS_OCR_DPI", "abc")
    monkeypatch.setattr(ocr, "tesseract_available", lambda: True)
    scan = tmp_path / "scan.pdf"
    Image.new("L", (400, 400), 255).save(scan, resolution=100)
    from boardpapers.pipeline.workers import Job, run_jobs

    (outcome,) = list(run_jobs([Job(str(scan), "", scan.stat().st_size)], 0))
    assert outcome.kind == "config" and "BOARDPAPERS_OCR_DPI" in outcome.error and "'abc'" in outcome.error


def test_dependency_floor_has_what_the_code_uses():
    """The store uses sqlite-utils' db.atomic(), new in 4.0; the memory cap needs psutil."""
    from pathlib import Path

    import tomllib

    deps = tomllib.loads((Path(__file__).parent.parent / "pyproject.toml").read_text())["project"][
        "dependencies"
    ]
    floor = next(d for d in deps if d.startswith("sqlite-utils"))
    assert floor.startswith("sqlite-utils>=") and int(floor.split(">=")[1].split(".")[0]) >= 4
    assert any(d.startswith("psutil") for d in deps)
