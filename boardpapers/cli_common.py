"""What every CLI module shares: the `main` group, what the command line
accepts (option types checked by Click before any command runs: a bad value is
a usage error, exit 2, never a traceback or a silently dropped filter), the
exit codes, and the search runner. Its own module so cli.py and cli_records.py
both import it and not each other."""

from __future__ import annotations

import datetime as dt
import os
import re
import subprocess
import sys
from enum import IntEnum

import click
from rich.markup import escape
from rich.text import Text

from . import __version__
from .extract.registry import ENTRY_TYPES
from .render import (
    configure_consoles,
    console,
    count_heading,
    emit_csv,
    emit_json,
    err_console,
    plain_snippet,
    plural,
    snippet_text,
)
from .store.store import Store, StoreMissing, default_db_path

# The most rows any command prints at once. tantivy allocates room for every
# hit asked for, so an unbounded --limit aborted the process (1e11 asked for
# 1.6 TB); the whole Commons register is ~10,000 interests, well under this.
MAX_ROWS = 100_000
Limit = click.IntRange(1, MAX_ROWS)

# Guard rails of ingest. A worker needs ~150 MB for PDFium and Python before
# reading a page, so caps below 256 MB only fail every file; 0 workers parses
# in this process.
MAX_WORKERS = 256
Workers = click.IntRange(0, MAX_WORKERS)
TimeoutSeconds = click.FloatRange(1, 24 * 3600)
MemMb = click.IntRange(256, 1024 * 1024)


class Exit(IntEnum):
    """Exit codes, documented in the README; a script can rely on them."""

    OK = 0  # done; every file asked for is stored
    FAILED = 1  # nothing could be done (bad store, no input, every file failed)
    USAGE = 2  # bad command line (Click's own code)
    PARTIAL = 3  # some files stored, some failed (see `boardpapers failures`)


# The search index stores dates as nanoseconds (tantivy: 1677-2262); no board
# paper falls outside this range, and a filter beyond it raised in tantivy.
MIN_YEAR, MAX_YEAR = 1700, 2200


class IsoDate(click.ParamType):
    """A calendar date written YYYY-MM-DD; converted to that ISO string."""

    name = "YYYY-MM-DD"

    def convert(self, value, param, ctx):
        if isinstance(value, dt.date):
            return value.isoformat()
        text = str(value).strip()
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            try:
                day = dt.date.fromisoformat(text)
            except ValueError:
                pass
            else:
                if not MIN_YEAR <= day.year <= MAX_YEAR:
                    self.fail(f"{value!r} is out of range: years {MIN_YEAR}-{MAX_YEAR}", param, ctx)
                return day.isoformat()
        self.fail(f"{value!r} is not a date: use YYYY-MM-DD, e.g. 2025-01-30", param, ctx)


ISO_DATE = IsoDate()

db_option = click.option(
    "--db",
    "db_path",
    default=None,
    metavar="PATH|URL",
    help="Store: a SQLite file (default ./boardpapers.db or $BOARDPAPERS_DB; the search index sits beside it) "
    "or a postgresql://... URL (a shared store). Also accepted before the command.",
)


def db_path_of(db_path: str | None) -> str:
    """--db given to the command, else to `boardpapers` itself, else the default."""
    if db_path:
        return db_path
    ctx = click.get_current_context(silent=True)
    root = ctx.find_root() if ctx else None
    if root is not None and isinstance(root.obj, dict) and root.obj.get("db"):
        return root.obj["db"]
    return default_db_path()


def fmt_options(f):
    f = click.option("--csv", "as_csv", is_flag=True, help="CSV on stdout (not with --json).")(f)
    f = click.option("--json", "as_json", is_flag=True, help="JSON on stdout (not with --csv).")(f)
    return f


def output_format(as_json: bool, as_csv: bool) -> str:
    if as_json and as_csv:
        raise click.UsageError("--csv and --json cannot be used together: choose one")
    return "json" if as_json else "csv" if as_csv else "table"


def limit_option(default: int):
    return click.option(
        "--limit",
        "-n",
        type=Limit,
        default=default,
        show_default=True,
        help=f"At most this many (1-{MAX_ROWS:,}).",
    )


def date_options(f):
    f = click.option("--until", type=ISO_DATE, help="Meeting date on or before (YYYY-MM-DD).")(f)
    f = click.option(
        "--since", type=ISO_DATE, help="Meeting date on or after (YYYY-MM-DD); undated records are left out."
    )(f)
    return f


# Kept for callers of the old private names.
_fmt_options = fmt_options
_fmt = output_format


def _db(db_path: str | None) -> str:
    return db_path_of(db_path)


def _open_store(db_path: str | None, *, read_only: bool = True) -> Store:
    """The one place a --db location becomes a store: a path is SQLite, a
    postgresql:// URL PostgreSQL. Read commands open it read-only (nothing is
    created or migrated); read_only=False opens an existing store for writing."""
    from .store.open import open_store
    from .store.pg import is_postgres_url
    from .store.schema import SchemaError

    path = _db(db_path)
    if is_postgres_url(path):
        try:
            return open_store(path, read_only=read_only)
        except SchemaError as exc:
            raise click.ClickException(str(exc)) from None
        except Exception as exc:  # psycopg.OperationalError: server down, bad URL
            raise click.ClickException(
                f"cannot open the PostgreSQL store: {str(exc).strip().splitlines()[0]}"
            ) from exc
    try:
        if not read_only and not os.path.isfile(path):
            raise StoreMissing(path)
        return Store(path, read_only=read_only)
    except StoreMissing:
        raise click.ClickException(f"no store at {path}: run `boardpapers ingest PATH` first") from None
    except SchemaError as exc:
        raise click.ClickException(str(exc)) from None


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


# ---- search -------------------------------------------------------------------
SEARCH_TYPES = ENTRY_TYPES  # from the record registry

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
    from .store.pg import is_postgres_url

    if is_postgres_url(_db(db_path)):
        from .search.open import open_search

        return open_search(_open_store(db_path))
    path = _db(db_path)
    if not os.path.isfile(path):
        raise click.ClickException(f"no store at {path}: run `boardpapers ingest PATH` first")
    try:
        return FullTextIndex.open_read_only(index_path_for(path))
    except IndexUnavailable as exc:
        raise click.ClickException(
            f"{exc}; search needs it: run `{exc.fix} --db {path}` to build it from the store"
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
    from .search.sync import compare

    health = compare(store, index)
    if health.in_sync:
        return None
    return f"{health.message}: results may be incomplete; run `{health.fix} --db {store.path}`"


def search_hits(query, db_path, types, body, since, until, limit, outcome=None, sort=None):
    """(rows, result, warning): hits with their documents and records."""
    from .api.queries import fold_appearances, hit_rows

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
    rows = fold_appearances(hit_rows(store, result.hits))
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
    for a in r.get("also_in") or []:
        console.print(Text(f"    also in {a['document']} page {a['page']}  {a['link']}", style="dim"))
    if r["type"] != "page" or full:  # a record is printed whole; a page on --full
        console.print(Text("    ").append(highlighted(_squash(r["text"]), r["snippet_html"])))
    else:
        console.print(Text("    ").append(snippet_text(r["snippet_html"])))
