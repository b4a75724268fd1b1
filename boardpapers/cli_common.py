"""What every CLI module shares: the `main` command group, the common options
(--db, --json/--csv, search filters) and the search runner. Its own module so
cli.py and cli_records.py both import it and not each other."""

from __future__ import annotations

import os

import click
from rich.text import Text

from . import __version__
from .render import console, emit, emit_json, err_console, plain_snippet, snippet_text
from .store.store import Store, default_db_path

db_option = click.option(
    "--db",
    "db_path",
    default=None,
    metavar="PATH|URL",
    help="Store: a SQLite file (default ./boardpapers.db or $BOARDPAPERS_DB; the search index sits beside it) "
    "or a postgresql://... URL (a shared store).",
)


def _fmt_options(f):
    f = click.option("--csv", "as_csv", is_flag=True, help="CSV on stdout.")(f)
    f = click.option("--json", "as_json", is_flag=True, help="JSON on stdout.")(f)
    return f


def _fmt(as_json: bool, as_csv: bool) -> str:
    return "json" if as_json else "csv" if as_csv else "table"


def _db(db_path: str | None) -> str:
    return db_path or default_db_path()


def _open_store(db_path: str | None) -> Store:
    """The one place a --db location becomes a store: a path is SQLite, a postgresql:// URL PostgreSQL."""
    from .store.open import open_store
    from .store.pg import is_postgres_url

    path = _db(db_path)
    if not is_postgres_url(path) and not os.path.exists(path):
        raise click.ClickException(f"no store at {path}: run `boardpapers ingest PATH` first")
    try:
        return open_store(path)
    except Exception as exc:  # psycopg.OperationalError: server down, bad URL
        if not is_postgres_url(path):
            raise
        raise click.ClickException(
            f"cannot open the PostgreSQL store: {str(exc).strip().splitlines()[0]}"
        ) from exc


@click.group()
@click.version_option(__version__)
def main() -> None:
    """Turn board-pack PDFs into a searchable record."""


def search_options(f):
    f = click.option("--limit", "-n", type=int, default=10, show_default=True)(f)
    f = click.option("--until", metavar="YYYY-MM-DD", help="Meeting date on or before.")(f)
    f = click.option("--since", metavar="YYYY-MM-DD", help="Meeting date on or after.")(f)
    f = click.option("--body", help="Only this body (e.g. 'Cabinet').")(f)
    return _fmt_options(db_option(f))


def _open_index(db_path):
    from .search.fulltext import FullTextIndex, index_path_for
    from .store.pg import is_postgres_url

    if is_postgres_url(_db(db_path)):
        from .search.open import open_search

        return open_search(_open_store(db_path))
    path = _db(db_path)
    if not os.path.exists(path):
        raise click.ClickException(f"no store at {path}: run `boardpapers ingest PATH` first")
    return FullTextIndex(index_path_for(path))


def run_search(query, db_path, types, body, since, until, limit, as_json, as_csv, outcome=None, title="hits"):
    from .api.queries import hit_rows

    index = _open_index(db_path)
    result = index.search(
        query or "", types=types, body=body, outcome=outcome, since=since, until=until, limit=limit
    )
    store = _open_store(db_path)
    rows = hit_rows(store, result.hits)
    if result.notice:
        err_console.print(f"[yellow]note:[/] {result.notice}")
    fmt = _fmt(as_json, as_csv)
    if fmt == "table":
        heading = f"{result.total} {title}" + (f" for {query!r}" if query else "")
        console.print(f"[bold]{heading}[/]" + (f" (showing {len(rows)})" if result.total > len(rows) else ""))
        for i, r in enumerate(rows, 1):
            meta = " ".join(
                x
                for x in (
                    r["date"],
                    r["type"] if r["type"] != "page" else "",
                    r["heading"] if r["type"] != "page" else "",
                )
                if x
            )
            console.print(f"[bold cyan]{i:>2}. {r['document']}[/]  [bold]page {r['page']}[/]  {meta}")
            console.print(Text("    ").append(snippet_text(r["snippet_html"])))
    else:
        for r in rows:
            r["snippet"] = plain_snippet(r.pop("snippet_html"))
        if fmt == "json":
            emit_json({"query": query, "total": result.total, "notice": result.notice, "hits": rows})
        else:
            for r in rows:
                r.pop("record")
            emit(rows, fmt, [(k, k) for k in rows[0]] if rows else [("type", "type")])
