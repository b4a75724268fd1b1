"""The `boardpapers` command line: ingest, retry, failures, reindex, status,
search and extract (record commands are in cli_records; shared parts in
cli_common).

Exit codes (README "Exit codes"): 0 done, 1 nothing could be done, 2 bad
command line, 3 some files stored and some failed."""

from __future__ import annotations

import json
import os
import sys

import click
from rich.markup import escape

from .cli_common import (  # noqa: F401  (re-exported: tests and older callers use them from here)
    SEARCH_TYPES,
    Exit,
    MemMb,
    TimeoutSeconds,
    Workers,
    _db,
    _fmt,
    _fmt_options,
    _open_store,
    db_option,
    fmt_options,
    main,
    output_format,
    run_search,
    search_options,
)
from .render import console, emit, emit_json, plural


# ---- ingest -------------------------------------------------------------------
def _run_ingest(paths, db_path, workers, reprocess, retry_failed, only, timeout, mem_mb, ocr, as_json):
    from .pipeline.discover import NothingToIngest
    from .pipeline.ingest import ingest
    from .pipeline.lock import StoreBusy
    from .progress import IngestProgress

    show = not as_json and not os.environ.get("BOARDPAPERS_NO_PROGRESS") and sys.stderr.isatty()
    with IngestProgress(enabled=show) as progress:
        try:
            summary = ingest(
                paths,
                _db(db_path),
                workers=workers,
                reprocess=reprocess,
                retry_failed=retry_failed,
                only=only,
                timeout_s=timeout,
                mem_mb=mem_mb,
                ocr=ocr,
                listener=progress.listener,
            )
        except StoreBusy as exc:
            raise click.ClickException(str(exc)) from exc
        except NothingToIngest as exc:
            raise click.ClickException(str(exc)) from exc
    data = summary.as_dict()
    if as_json:
        emit_json(data)
        return summary
    console.print(
        f"[bold]{data['new']} new[/], {data['unchanged']} unchanged, {data['replaced']} replaced, "
        f"[{'red' if data['failed'] else 'green'}]{data['failed']} failed[/]"
        + (
            f", {data['skipped_failed']} failed before (run `boardpapers retry`)"
            if data["skipped_failed"]
            else ""
        )
        + f" — {data['pages']} pages in {data['seconds']:.1f}s ({data['pages_per_second']:.0f} pages/s, "
        f"{plural(summary.workers, 'worker')})"
    )
    for f in data["failures"]:
        console.print(f"  [red]failed[/] {escape(f['path'])}: {escape(f['error'] or '')}")
    if summary.index_repaired:
        console.print(f"  search index repaired: {summary.index_repaired} document(s) re-synced")
    people = summary.people or {}
    if people.get("error"):
        console.print(f"  [yellow]people not rebuilt[/]: {people['error']}")
    elif people.get("rebuilt"):
        console.print(
            f"  people: {people['people']} from {people['mentions']} mentions"
            f" ({people['ner_mentions']} in {people['ner_pages']} pages of minutes prose,"
            f" {people['ner_seconds']:.1f}s), {people['review']} pair(s) to review"
        )
    slow = data["slowest"]
    if slow and len(summary.results) > 3:
        console.print(
            "  slowest: "
            + "; ".join(f"{escape(os.path.basename(s['path']))} {s['seconds']:.2f}s" for s in slow[:3])
        )
    needs_ocr = [r for r in summary.results if r.kind == "needs_ocr"]
    if needs_ocr and ocr:
        from .reading.ocr import OCR_INSTALL_HINT, tesseract_available

        if not tesseract_available():
            console.print(f"  {len(needs_ocr)} file(s) need OCR and tesseract is missing: {OCR_INSTALL_HINT}")
    return summary


def _ingest_exit(summary) -> None:
    """0 when every file asked for is stored, 3 when some failed, 1 when none is."""
    failed = summary.count("failed") + summary.count("skipped_failed")
    if not failed:
        return
    stored = len(summary.results) - failed
    sys.exit(Exit.PARTIAL if stored else Exit.FAILED)


def _ingest_options(f):
    f = click.option(
        "--workers",
        "-j",
        type=Workers,
        default=None,
        help="Parser processes (default: number of cores; 0 = in this process).",
    )(f)
    f = click.option(
        "--timeout", type=TimeoutSeconds, default=300.0, show_default=True, help="Seconds allowed per file."
    )(f)
    f = click.option(
        "--mem-mb", type=MemMb, default=3072, show_default=True, help="Memory cap per worker (MB)."
    )(f)
    f = click.option("--no-ocr", is_flag=True, help="Do not OCR pages without a text layer.")(f)
    f = click.option("--json", "as_json", is_flag=True, help="Summary as JSON.")(f)
    return db_option(f)


def _workers(workers: int | None) -> int:
    return os.cpu_count() or 1 if workers is None else workers


@main.command("ingest")
@click.argument("paths", nargs=-1, required=True)
@click.option("--reprocess", is_flag=True, help="Re-parse stored files that an older parser version made.")
@_ingest_options
def ingest_cmd(paths, reprocess, workers, timeout, mem_mb, no_ocr, as_json, db_path):
    """Ingest PDF files, folders (recursive) and globs.

    Exit 0 when every file is stored, 3 when some failed, 1 when none could be."""
    summary = _run_ingest(
        paths, db_path, _workers(workers), reprocess, False, None, timeout, mem_mb, not no_ocr, as_json
    )
    _ingest_exit(summary)


@main.command("retry")
@_ingest_options
def retry_cmd(workers, timeout, mem_mb, no_ocr, as_json, db_path):
    """Re-run only the files that failed before (exit codes as for ingest)."""
    store = _open_store(db_path)
    failed = [
        r["path"] for r in store.db.query("select path from files where status = 'failed' order by path")
    ]
    store.close()
    if not failed:
        if as_json:
            emit_json({"retried": 0})
        else:
            console.print("no failed files")
        return
    summary = _run_ingest(
        [], db_path, _workers(workers), False, True, failed, timeout, mem_mb, not no_ocr, as_json
    )
    _ingest_exit(summary)


@main.command("failures")
@db_option
@fmt_options
def failures_cmd(db_path, as_json, as_csv):
    """Files that failed, with the reason."""
    fmt = output_format(as_json, as_csv)
    store = _open_store(db_path)
    rows = list(
        store.db.query(
            "select path, error_kind, error, size, ingested_at from files where status = 'failed' order by path"
        )
    )
    emit(
        rows,
        fmt,
        [
            ("path", "file"),
            ("error_kind", "kind"),
            ("error", "reason"),
            ("size", "size"),
            ("ingested_at", "when"),
        ],
        title=plural(len(rows), "failed file"),
    )


@main.command("reindex")
@db_option
def reindex_cmd(db_path):
    """Rebuild the search index from SQLite."""
    from .pipeline.lock import IngestLock, StoreBusy
    from .search.sync import IndexSync
    from .store.pg import is_postgres_url

    path = _db(db_path)
    if not is_postgres_url(path) and not os.path.isfile(path):
        raise click.ClickException(f"no store at {path}: run `boardpapers ingest PATH` first")
    try:
        with IngestLock(path):
            store = _open_store(path, read_only=False)
            sync = IndexSync(store)
            n = sync.rebuild()
            entries = sync.index.num_docs()
            sync.close()
    except StoreBusy as exc:
        raise click.ClickException(str(exc)) from exc
    console.print(f"reindexed {plural(n, 'document')} ({plural(entries, 'entry', 'entries')})")


@main.command("status")
@db_option
@click.option("--documents", "-d", is_flag=True, help="Per-document health.")
@click.option("--json", "as_json", is_flag=True)
def status_cmd(db_path, documents, as_json):
    """Counts, failures and whether the search index matches the store (reads only)."""
    from .api.status import store_status

    store = _open_store(db_path)
    data = store_status(store, documents=documents)
    if as_json:
        emit_json(data)
        return
    idx = data["index"]
    console.print(f"store {escape(data['db'])}")
    console.print(
        f"  {plural(data['documents'], 'document')}, {plural(data['pages'], 'page')} "
        f"({data['pages_ocr']} OCR'd, {data['pages_needing_ocr']} without text), "
        f"{plural(data['failures'], 'failed file')}"
    )
    console.print("  records: " + ", ".join(f"{v} {k.replace('_', ' ')}" for k, v in data["records"].items()))
    if idx["in_sync"]:
        console.print(f"  [green]{escape(idx['message'])}[/]")
    else:
        console.print(f"  [red]{escape(idx['message'])}[/]: run `{idx['fix']} --db {escape(data['db'])}`")
    for f in data["failed_files"]:
        console.print(f"  [red]failed[/] {escape(f['path'])}: {escape(f['error'] or '')}")
    if data.get("jobs"):
        from .render_jobs import print_jobs

        print_jobs(data["jobs"])
    if documents:
        emit(
            data["document_health"],
            "table",
            [
                ("path", "document"),
                ("page_count", "pages"),
                ("pages_ocr", "OCR'd"),
                ("pages_no_text", "no text"),
                ("tables_found", "tables"),
                ("records", "records"),
                ("warnings", "warnings"),
            ],
        )


@main.command("search")
@click.argument("query")
@click.option(
    "--type",
    "-t",
    "types",
    multiple=True,
    type=click.Choice(SEARCH_TYPES),
    help="Record type(s) to search (default: all).",
)
@search_options
def search_cmd(query, types, body, since, until, limit, sort, full, open_first, as_json, as_csv, db_path):
    """Full-text search: words, "phrases", prefix*, AND / OR / NOT."""
    run_search(
        query,
        db_path,
        list(types),
        body,
        since,
        until,
        limit,
        as_json,
        as_csv,
        sort=sort,
        full=full,
        open_first=open_first,
    )


# ---- extract ------------------------------------------------------------------
@main.command("extract")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="The full JSON object (the default output).")
@click.option("--no-ocr", is_flag=True)
def extract_cmd(file, as_json, no_ocr):
    """Parse one PDF and print its records as JSON, without touching any database."""
    from .extract.records import to_dict
    from .pipeline.process import parse_file
    from .reading.errors import IngestError

    try:
        parsed = parse_file(file, ocr=not no_ocr)
    except IngestError as exc:
        raise click.ClickException(f"{file}: {exc.reason}") from exc
    doc = parsed.document
    out = {"file": os.path.abspath(file), "sha256": doc.sha256, "pages": doc.page_count, "title": doc.title}
    for name, records in parsed.records.items():
        out[name] = [to_dict(r) for r in records]
    out["warnings"] = doc.warnings
    sys.stdout.write(json.dumps(out, ensure_ascii=False, indent=2, default=str) + "\n")


# Register the structured-record, copy and people commands on `main`.
from . import cli_copy, cli_people, cli_records  # noqa: E402,F401
from .web.command import serve  # noqa: E402

main.add_command(serve)

if __name__ == "__main__":
    main()
