"""Issue 13, "What was found": one test per case a new user hit. Each failed on
the code before the fix (tracebacks, silently ignored input, output that cannot
be trusted, exit codes and keys a script cannot rely on)."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import PACK_ICB_SESSION, copy_store

from boardpapers.cli import main

LIST_COMMANDS = [
    ["search", "budget"],
    ["decisions"],
    ["decisions", "budget"],
    ["interests"],
    ["actions"],
    ["risks"],
]


def invoke(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def ok(*args):
    r = invoke(*args)
    assert r.exit_code == 0, r.output
    return r


def assert_usage_error(r, *words):
    """Exit 2 (Click's usage error), a message, no traceback."""
    assert r.exit_code == 2, (r.exit_code, r.output, r.exception)
    assert r.exception is None or isinstance(r.exception, SystemExit)
    for w in words:
        assert w in r.output


# ---- tracebacks and aborts ------------------------------------------------------
@pytest.mark.parametrize("cmd", LIST_COMMANDS, ids=" ".join)
@pytest.mark.parametrize("limit", ["0", "-5", "-1", "100000000000"])
def test_out_of_range_limits_are_usage_errors(corpus_db, cmd, limit):
    assert_usage_error(invoke(*cmd, "-n", limit, "--db", corpus_db), "--limit")


# ---- input silently ignored ------------------------------------------------------
@pytest.mark.parametrize("cmd", [["search", "budget"], ["decisions"], ["decisions", "budget"]], ids=" ".join)
@pytest.mark.parametrize("value", ["2025-13-01", "yesterday", "2025"])
@pytest.mark.parametrize("option", ["--since", "--until"])
def test_bad_dates_are_usage_errors(corpus_db, cmd, value, option):
    assert_usage_error(invoke(*cmd, option, value, "--db", corpus_db), "YYYY-MM-DD", value)


def test_date_filter_says_how_many_undated_hits_it_hides(corpus_db):
    everything = json.loads(ok("search", "budget", "-n", 1000, "--json", "--db", corpus_db).stdout)
    assert everything["total"] <= 1000
    undated = sum(1 for h in everything["hits"] if h["date"] is None)
    assert undated > 0  # the corpus has undated papers (risk register appendix, action updates)
    r = ok("search", "budget", "--since", "2000-01-01", "--db", corpus_db)
    assert f"{undated} undated" in r.stderr
    filtered = json.loads(ok("search", "budget", "--since", "2000-01-01", "--json", "--db", corpus_db).stdout)
    assert filtered["undated_excluded"] == undated
    assert filtered["total"] == everything["total"] - undated


def test_diff_without_person_is_a_usage_error(corpus_db):
    assert_usage_error(invoke("interests", "--diff", "--db", corpus_db), "--person")


@pytest.mark.parametrize(
    "cmd", [["search", "budget"], ["decisions"], ["meetings"], ["interests"], ["failures"]], ids=" ".join
)
def test_csv_and_json_together_are_a_usage_error(corpus_db, cmd):
    assert_usage_error(invoke(*cmd, "--csv", "--json", "--db", corpus_db), "--csv", "--json")


@pytest.mark.parametrize(
    "option", [["--workers", "-1"], ["--timeout", "0"], ["--timeout", "-3"], ["--mem-mb", "0"]], ids=" ".join
)
def test_ingest_rejects_bad_guard_rails_before_creating_anything(tmp_path, option):
    db = tmp_path / "bp.db"
    assert_usage_error(invoke("ingest", PACK_ICB_SESSION, "--db", db, *option), option[0])
    assert os.listdir(tmp_path) == []


@pytest.mark.parametrize("pattern", ["nothing/*.pdf", "*.nomatch"])
def test_glob_matching_nothing_is_an_error_and_creates_nothing(tmp_path, pattern):
    db = tmp_path / "store" / "bp.db"
    db.parent.mkdir()
    r = invoke("ingest", str(tmp_path / pattern), "--db", db)
    assert r.exit_code == 1, r.output
    assert "matches no file" in r.output
    assert os.listdir(db.parent) == []


def test_folder_without_pdfs_is_an_error_and_creates_nothing(tmp_path):
    (tmp_path / "empty").mkdir()
    db = tmp_path / "bp.db"
    r = invoke("ingest", tmp_path / "empty", "--db", db)
    assert r.exit_code == 1 and "no PDF" in r.output
    assert sorted(os.listdir(tmp_path)) == ["empty"]


# ---- hard to read or use -------------------------------------------------------------
def test_decision_hits_print_the_whole_decision(corpus_db):
    r = ok("decisions", "resolved", "-n", 100, "--db", corpus_db)
    hits = json.loads(ok("decisions", "resolved", "-n", 100, "--json", "--db", corpus_db).stdout)["hits"]
    texts = [" ".join(h["record"]["text"].split()) for h in hits]
    assert max(map(len, texts)) > 300  # longer than the old ~220-character snippet
    for t in texts:
        assert t in r.stdout


def test_page_snippets_mark_cut_text_and_full_prints_the_page(corpus_db):
    r = ok("search", "autism", "--type", "page", "-n", 1, "--db", corpus_db)
    assert "…" in r.stdout
    full = ok("search", "autism", "--type", "page", "-n", 1, "--full", "--db", corpus_db)
    hit = json.loads(ok("search", "autism", "--type", "page", "-n", 1, "--json", "--db", corpus_db).stdout)
    page = hit["hits"][0]
    con = sqlite3.connect(corpus_db)
    (text,) = con.execute(
        "select text from pages where sha256 = ? and number = ?", [page["sha256"], page["page"]]
    ).fetchone()
    assert " ".join(text.split()) in full.stdout


def _csv_header(r) -> str:
    return r.stdout.splitlines()[0]


def test_csv_columns_do_not_depend_on_the_arguments(corpus_db):
    listed = _csv_header(ok("decisions", "--csv", "--db", corpus_db))
    searched = _csv_header(ok("decisions", "autism", "--csv", "--db", corpus_db))
    none = _csv_header(ok("decisions", "zzzzqqq", "--csv", "--db", corpus_db))
    assert listed == searched == none
    hits = _csv_header(ok("search", "autism", "--csv", "--db", corpus_db))
    no_hits = _csv_header(ok("search", "zzzzqqq", "--csv", "--db", corpus_db))
    assert hits == no_hits and "link" in hits.split(",")


def test_hits_carry_title_path_and_a_link_to_the_page(corpus_db):
    data = json.loads(ok("search", "autism strategy", "--json", "--db", corpus_db).stdout)
    top = data["hits"][0]
    assert os.path.isabs(top["path"]) and top["document_title"]
    assert top["link"] == f"{Path(top['path']).as_uri()}#page={top['page']}"
    table = ok("search", "autism strategy", "--db", corpus_db).stdout
    assert top["link"] in table and top["path"] in table and top["document_title"] in table


def test_open_runs_the_platform_opener_on_the_first_hit(corpus_db, monkeypatch):
    import boardpapers.cli_common as cli

    ran = []
    monkeypatch.setattr(cli.subprocess, "Popen", lambda cmd, **kw: ran.append(cmd))
    monkeypatch.setattr(cli.sys, "platform", "linux")
    data = json.loads(ok("search", "autism strategy", "--json", "--db", corpus_db).stdout)
    ok("search", "autism strategy", "--open", "--db", corpus_db)
    assert ran == [["xdg-open", data["hits"][0]["link"]]]


def test_sort_by_date(corpus_db):
    data = json.loads(ok("search", "minutes", "--sort", "date", "-n", 50, "--json", "--db", corpus_db).stdout)
    dates = [h["date"] for h in data["hits"]]
    dated = [d for d in dates if d]
    assert dated == sorted(dated, reverse=True) and len(set(dated)) > 2
    assert dates[: len(dated)] == dated  # undated last
    assert_usage_error(invoke("search", "minutes", "--sort", "size", "--db", corpus_db))


def test_piped_output_is_not_wrapped(corpus_db):
    out = ok("meetings", "--db", corpus_db).stdout
    assert max(len(line) for line in out.splitlines()) > 120
    hits = json.loads(ok("decisions", "resolved", "-n", 100, "--json", "--db", corpus_db).stdout)["hits"]
    longest = max((" ".join(h["record"]["text"].split()) for h in hits), key=len)
    assert any(
        longest in line
        for line in ok("decisions", "resolved", "-n", 100, "--db", corpus_db).stdout.splitlines()
    )


def test_counts_say_showing_n_of_m(corpus_db):
    total = sqlite3.connect(corpus_db).execute("select count(*) from interests").fetchone()[0]
    assert total > 5
    assert f"showing 5 of {total}" in ok("interests", "-n", 5, "--db", corpus_db).stdout
    decisions = sqlite3.connect(corpus_db).execute("select count(*) from decisions").fetchone()[0]
    assert f"showing 3 of {decisions}" in ok("decisions", "-n", 3, "--db", corpus_db).stdout


def test_rising_includes_risks_marked_new(corpus_db):
    con = sqlite3.connect(corpus_db)
    new = [r[0] for r in con.execute("select ref from risks where trend = 'new'")]
    assert new
    rising = json.loads(ok("risks", "--rising", "--json", "--db", corpus_db).stdout)
    assert set(new) <= {r["ref"] for r in rising}


def test_warnings_print_as_text_not_python_lists(corpus_db, tmp_path):
    db = copy_store(corpus_db, tmp_path)
    con = sqlite3.connect(db)
    con.execute(
        """update documents set warnings = '["table cut short", "page 3 unreadable"]' where rowid = 1"""
    )
    con.commit()
    con.close()
    out = ok("status", "--documents", "--db", db).stdout
    assert "['" not in out and "table cut short; page 3 unreadable" in out


def test_singular_counts(corpus_db):
    out = ok("meetings", "--body", "Trust Board", "--db", corpus_db).stdout
    assert "1 meeting" in out and "1 meetings" not in out


# ---- scripts ------------------------------------------------------------------------------
@pytest.fixture
def mixed_folder(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(PACK_ICB_SESSION, folder / "good.pdf")
    (folder / "broken.pdf").write_bytes(b"this is not a PDF at all\n" * 10)
    return folder


def test_exit_codes_for_partial_and_total_failure(mixed_folder, tmp_path):
    db = tmp_path / "bp.db"
    r = invoke("ingest", mixed_folder, "--workers", 0, "--db", db)
    assert r.exit_code == 3, r.output  # some files failed
    again = invoke("ingest", mixed_folder, "--workers", 0, "--db", db)
    assert again.exit_code == 3  # the failed file is still not stored
    all_bad = invoke("ingest", mixed_folder / "broken.pdf", "--workers", 0, "--db", tmp_path / "other.db")
    assert all_bad.exit_code == 1  # nothing could be done
    retry = invoke("retry", "--workers", 0, "--db", db)
    assert retry.exit_code == 1, retry.output  # every retried file failed again
    assert (
        ok("ingest", mixed_folder / "good.pdf", "--workers", 0, "--db", tmp_path / "good.db").exit_code == 0
    )


def test_json_keys_are_the_same_across_commands(mixed_folder, tmp_path):
    db = tmp_path / "bp.db"
    ingested = json.loads(invoke("ingest", mixed_folder, "--workers", 0, "--json", "--db", db).stdout)
    failures = json.loads(ok("failures", "--json", "--db", db).stdout)
    status = json.loads(ok("status", "--json", "--db", db).stdout)
    keys = {frozenset(ingested["failures"][0]), frozenset(failures[0]), frozenset(status["failed_files"][0])}
    for k in keys:
        assert {"path", "error", "error_kind"} <= k and "kind" not in k


def test_db_before_or_after_the_subcommand(corpus_db):
    after = ok("meetings", "--json", "--db", corpus_db).stdout
    before = ok("--db", corpus_db, "meetings", "--json").stdout
    assert before == after and json.loads(before)


def test_no_lock_file_beside_a_store_that_was_never_created(tmp_path):
    r = invoke("reindex", "--db", tmp_path / "missing.db")
    assert r.exit_code == 1 and "no store" in r.output
    assert os.listdir(tmp_path) == []


# ---- moving the store ------------------------------------------------------------------------
def test_search_without_index_says_so_and_writes_nothing(corpus_db, tmp_path):
    db = copy_store(corpus_db, tmp_path, with_index=False)
    before = sqlite3.connect(db).execute("select count(*) from fts_state").fetchone()[0]
    r = invoke("search", "autism", "--db", db)
    assert r.exit_code == 1 and "boardpapers reindex" in r.output and "index" in r.output
    st = invoke("status", "--db", db)
    assert st.exit_code == 0 and "boardpapers reindex" in st.output
    assert json.loads(ok("status", "--json", "--db", db).stdout)["index"]["state"] == "missing"
    assert not os.path.exists(db + ".tantivy")
    assert sqlite3.connect(db).execute("select count(*) from fts_state").fetchone()[0] == before


def test_search_on_an_index_of_another_schema_says_so_and_keeps_it(corpus_db, tmp_path):
    db = copy_store(corpus_db, tmp_path)
    marker = os.path.join(db + ".tantivy", "boardpapers-schema")
    with open(marker, "w") as fh:
        fh.write("0")
    r = invoke("search", "autism", "--db", db)
    assert r.exit_code == 1 and "boardpapers reindex" in r.output
    st = invoke("status", "--db", db)
    assert "boardpapers reindex" in st.output
    assert open(marker).read() == "0" and os.path.exists(os.path.join(db + ".tantivy", "meta.json"))


def test_search_on_an_index_out_of_step_warns_and_names_the_fix(corpus_db, tmp_path):
    db = copy_store(corpus_db, tmp_path)
    con = sqlite3.connect(db)
    con.execute("delete from fts_state where rowid in (select rowid from fts_state limit 1)")
    con.commit()
    con.close()
    r = invoke("search", "autism", "--db", db)
    assert r.exit_code == 0 and "boardpapers reindex" in r.stderr


def test_read_commands_do_not_create_a_store(tmp_path):
    for cmd in (["search", "x"], ["status"], ["meetings"], ["failures"], ["decisions"]):
        r = invoke(*cmd, "--db", tmp_path / "none.db")
        assert r.exit_code == 1 and "no store" in r.output
    assert os.listdir(tmp_path) == []


def test_readme_documents_the_exit_codes():
    import re

    from boardpapers.cli_common import Exit

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text()
    table = readme.split("### Exit codes", 1)[1].split("\n\n", 2)[1]
    assert {int(c) for c in re.findall(r"^\| (\d+) \|", table, re.M)} == {int(e) for e in Exit}
