"""What the command line accepts: option types checked by Click before any
command runs (a bad value is a usage error, exit 2, never a traceback or a
silently dropped filter), the shared options, and the exit codes."""

from __future__ import annotations

import datetime as dt
import re
from enum import IntEnum

import click

from .store.store import default_db_path

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


class IsoDate(click.ParamType):
    """A calendar date written YYYY-MM-DD; converted to that ISO string."""

    name = "YYYY-MM-DD"

    def convert(self, value, param, ctx):
        if isinstance(value, dt.date):
            return value.isoformat()
        text = str(value).strip()
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            try:
                return dt.date.fromisoformat(text).isoformat()
            except ValueError:
                pass
        self.fail(f"{value!r} is not a date: use YYYY-MM-DD, e.g. 2025-01-30", param, ctx)


ISO_DATE = IsoDate()

db_option = click.option(
    "--db",
    "db_path",
    default=None,
    metavar="PATH",
    help="SQLite store (default ./boardpapers.db or $BOARDPAPERS_DB); the search index sits beside it. "
    "Also accepted before the command.",
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
