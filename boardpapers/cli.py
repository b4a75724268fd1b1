"""The `boardpapers` command line: parse options, call the library, print.

Exit codes (README "Exit codes"): 0 done, 1 nothing could be done, 2 bad
command line, 3 some files stored and some failed."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import click
from rich.markup import escape
from rich.text import Text

from . import __version__
from .cli_options import (
    Exit,
    MemMb,
    TimeoutSeconds,
    Workers,
    date_options,
    db_option,
    db_path_of,
    fmt_options,
    limit_option,
    output_format,
)
from .render import (
    configure_consoles,
    console,
    count_heading,
    emit,
    emit_csv,
    emit_json,
    err_console,
    plain_snippet,
    plural,
    snippet_text,
)
from .store.store import Store, StoreMissing

# Kept for callers of the old private names (cli_records, web).
_fmt_options = fmt_options
_fmt = output_format


def _db(db_path: str | None) -> str:
    return db_path_of(db_path)


def _open_store(db_path: str | None, *, readonly: bool = True) -> Store:
    """Read commands open the store read-only; nothing is created."""
    path = _db(db_path)
    try:
        return Store(path, readonly=readonly) if readonly else _existing_store(path)
    except StoreMissing:
        raise click.ClickException(f"no store at {path}: run `boardpapers ingest PATH` first") from None


def _existing_store(path: str) -> Store:
    if not os.path.isfile(path):
        raise StoreMissing(path)
    return Store(path)


@click.group()
@click.version_option(__version__)
@click.option(
    "--db",
    "db_path",
    default=None,
    metavar="PATH",
    help="SQLite store for every command (default ./boardpapers.db or $BOARDPAPERS_DB).",
)
@click.pass_context
def main(ctx: click.Context, db_path: str | None) -> None:
    """Turn board-pack PDFs into a searchable record.

    Exit codes: 0 done; 1 nothing could be done; 2 bad command line;
    3 some files stored, some failed."""
    ctx.obj = {"db": db_path}
    configure_consoles()


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

    path = _db(db_path)
    if not os.path.isfile(path):
        raise click.ClickException(f"no store at {path}: run `boardpapers ingest PATH` first")
    try:
        with IngestLock(path):
            store = _open_store(path, readonly=False)
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
        state = "[green]in sync[/]"
    else:
        state = f"[red]{idx['state']}[/] (run `{idx['fix']} --db {escape(data['db'])}`)"
    counts = (
        f": {idx['documents_indexed']}/{data['documents']} documents, "
        f"{idx['entries_found']} entries (expected {idx['entries_expected']})"
        if idx["entries_found"] is not None
        else ""
    )
    console.print(f"  search index {state}{counts}")
    for f in data["failed_files"]:
        console.print(f"  [red]failed[/] {escape(f['path'])}: {escape(f['error'] or '')}")
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


# ---- search -------------------------------------------------------------------
SEARCH_TYPES = ("page", "item", "decision", "interest", "action", "risk", "meeting", "attendance")

# The CSV columns of every search, whatever the query or the hits.
SEARCH_COLUMNS = [
    "type",
    "document",
    "path",
    "sha256",
    "page",
    "date",
    "body",
    "heading",
    "outcome",
    "record_id",
    "score",
    "snippet",
    "document_title",
    "link",
    "text",
]


def search_options(f):
    f = limit_option(10)(f)
    f = date_options(f)
    f = click.option("--body", help="Only this body (e.g. 'Cabinet').")(f)
    f = click.option(
        "--sort",
        type=click.Choice(["relevance", "date"]),
        default=None,
        help="relevance (default with a query) or date (newest first, undated last).",
    )(f)
    f = click.option("--full", is_flag=True, help="Print whole pages instead of snippets marked with '…'.")(f)
    f = click.option(
        "--open", "open_first", is_flag=True, help="Open the first hit's page in the PDF viewer."
    )(f)
    return fmt_options(db_option(f))


def _open_index(db_path):
    """The search index, read-only; a missing or foreign one is an error that names the fix."""
    from .search.fulltext import FullTextIndex, IndexUnavailable, index_path_for

    path = _db(db_path)
    if not os.path.isfile(path):
        raise click.ClickException(f"no store at {path}: run `boardpapers ingest PATH` first")
    try:
        return FullTextIndex(index_path_for(path), readonly=True)
    except IndexUnavailable as exc:
        raise click.ClickException(
            f"{exc}: search needs it; run `boardpapers reindex --db {path}` to build it from the store"
        ) from None


def opener_command(link: str, platform: str | None = None) -> list[str]:
    """The platform's own command that opens a file:// link."""
    platform = platform or sys.platform
    if platform == "darwin":
        return ["open", link]
    if platform.startswith("win"):
        return ["cmd", "/c", "start", "", link]
    return ["xdg-open", link]


def open_link(link: str) -> None:
    cmd = opener_command(link)
    err_console.print(f"opening {escape(link)}")
    try:
        subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    except OSError as exc:
        raise click.ClickException(f"could not run {cmd[0]}: {exc.strerror}; open {link} by hand") from exc


def highlighted(text: str, snippet_html: str) -> Text:
    """The whole text with the words the snippet highlights in bold."""
    words = {w.lower() for w in re.findall(r"<b>(.*?)</b>", snippet_html)}
    out = Text(text)
    if words:
        pattern = r"\b(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")\b"
        out.highlight_regex(re.compile(pattern, re.I), style="bold yellow")
    return out


def _squash(text: str | None) -> str:
    return " ".join((text or "").split())


def _index_warning(store, index) -> str | None:
    from .api.status import index_state

    state = index_state(store, index)
    if state["in_sync"]:
        return None
    return (
        f"the search index is {state['state']} ({state['documents_missing']} stored document(s) not indexed, "
        f"{state['documents_stale']} gone from the store): results may be incomplete; "
        f"run `{state['fix']} --db {store.path}`"
    )


def search_hits(query, db_path, types, body, since, until, limit, outcome=None, sort=None):
    """(rows, result, warning): hits with their documents and records."""
    from .api.queries import hit_rows

    index = _open_index(db_path)
    store = _open_store(db_path)
    order = sort or ("relevance" if query else "date")
    result = index.search(
        query or "",
        types=types,
        body=body,
        outcome=outcome,
        since=since,
        until=until,
        limit=limit,
        order=order,
    )
    rows = hit_rows(store, result.hits)
    for r in rows:
        r["snippet"] = plain_snippet(r["snippet_html"])
    return rows, result, _index_warning(store, index)


def _notes(result, warning) -> None:
    if warning:
        err_console.print(f"[yellow]warning:[/] {escape(warning)}")
    if result.notice:
        err_console.print(f"[yellow]note:[/] {escape(result.notice)}")
    if result.undated_excluded:
        err_console.print(
            f"[yellow]note:[/] {plural(result.undated_excluded, 'undated hit')} left out by --since/--until "
            "(records without a date never match a date filter)"
        )


def run_search(
    query,
    db_path,
    types,
    body,
    since,
    until,
    limit,
    as_json,
    as_csv,
    outcome=None,
    title="hits",
    sort=None,
    full=False,
    open_first=False,
):
    fmt = output_format(as_json, as_csv)
    rows, result, warning = search_hits(query, db_path, types, body, since, until, limit, outcome, sort)
    _notes(result, warning)
    if fmt == "json":
        for r in rows:
            r.pop("snippet_html")
        emit_json(
            {
                "query": query,
                "total": result.total,
                "shown": len(rows),
                "notice": result.notice,
                "undated_excluded": result.undated_excluded,
                "index_warning": warning,
                "hits": rows,
            }
        )
    elif fmt == "csv":
        emit_csv(rows, SEARCH_COLUMNS)
    else:
        noun = title[:-1] if title.endswith("s") else title
        heading = count_heading(len(rows), result.total, noun, title) + (f" for {query!r}" if query else "")
        console.print(Text(heading, style="bold"))
        for i, r in enumerate(rows, 1):
            print_hit(i, r, full)
    if open_first and rows:
        open_link(rows[0]["link"])


def print_hit(i: int, r: dict, full: bool) -> None:
    meta = " ".join(
        x
        for x in (
            r["date"] or "undated",
            r["type"] if r["type"] != "page" else "",
            r["heading"] if r["type"] != "page" else "",
        )
        if x
    )
    line = Text(f"{i:>2}. ", style="bold cyan")
    line.append(r["document_title"] or r["document"], style="bold cyan")
    line.append(f"  page {r['page']}  ", style="bold")
    line.append(meta)
    console.print(line)
    console.print(Text(f"    {r['path']}", style="dim"))
    console.print(Text(f"    {r['link']}", style="dim"))
    if r["type"] != "page" or full:  # a record is printed whole; a page on --full
        console.print(Text("    ").append(highlighted(_squash(r["text"]), r["snippet_html"])))
    else:
        console.print(Text("    ").append(snippet_text(r["snippet_html"])))


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


from . import cli_records  # noqa: E402,F401  (registers the structured-record commands)

if __name__ == "__main__":
    main()
