"""Printing results for people (rich tables, highlighted snippets) and for
scripts (--json, --csv)."""

from __future__ import annotations

import csv
import html
import json
import re
import sys
from collections.abc import Iterable, Sequence
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

console = Console(highlight=False)
err_console = Console(stderr=True, highlight=False)

# Width for output that is not a terminal: wide enough that rich never wraps a
# line a script or a pager reads (a table row is as long as its content).
PIPE_WIDTH = 100_000


def configure_consoles() -> None:
    """Plain, unwrapped output when stdout is not a terminal (pipes, files,
    tests); a terminal keeps rich's wrapping to its width."""
    for c in (console, err_console):
        tty = c.file.isatty()
        c.soft_wrap = not tty
        c._width = None if tty else PIPE_WIDTH


def is_terminal() -> bool:
    return console.file.isatty()


def plural(n: int, noun: str, many: str | None = None) -> str:
    """'1 decision', '2 decisions', '1 failed file'."""
    return f"{n:,} {noun if n == 1 else many or noun + 's'}"


def count_heading(shown: int, total: int, noun: str, many: str | None = None) -> str:
    """'12 decisions', or 'showing 10 of 57 decisions' when some are not shown."""
    if shown >= total:
        return plural(total, noun, many)
    return f"showing {shown:,} of {plural(total, noun, many)}"


def cell_text(value: Any) -> str:
    """A value as a person reads it: lists joined with '; ', no Python reprs."""
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(cell_text(v) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{k}: {cell_text(v)}" for k, v in value.items() if v not in (None, "", [], {}))
    if isinstance(value, str) and value[:1] in "[{":
        try:
            parsed = json.loads(value)
        except ValueError:
            return value
        if isinstance(parsed, (list, dict)):
            return cell_text(parsed)
    return str(value)


def snippet_text(snippet_html: str) -> Text:
    """tantivy's <b>…</b> snippet → rich Text with the matches highlighted."""
    out = Text()
    for part in re.split(r"(<b>.*?</b>)", snippet_html):
        if part.startswith("<b>"):
            out.append(html.unescape(part[3:-4]), style="bold yellow")
        else:
            out.append(html.unescape(part))
    return out


def plain_snippet(snippet_html: str) -> str:
    return html.unescape(re.sub(r"</?b>", "", snippet_html))


def emit_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")


def emit_csv(rows: Sequence[dict[str, Any]], columns: Sequence[str] | None = None) -> None:
    columns = list(columns or (rows[0].keys() if rows else []))
    writer = csv.DictWriter(sys.stdout, fieldnames=columns, extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: _csv_cell(row.get(k)) for k in columns})


def _csv_cell(value: Any) -> Any:
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False, default=str)
    return value


def emit_table(
    rows: Iterable[dict[str, Any]],
    columns: Sequence[tuple[str, str]],
    title: str | None = None,
    widths: dict[str, int] | None = None,
) -> None:
    """columns: (key, header). Values that are rich Text are kept as they are.
    Column widths apply on a terminal only; piped output keeps whole cells."""
    table = Table(title=title, show_lines=False, header_style="bold", title_justify="left")
    tty = is_terminal()
    for key, header in columns:
        table.add_column(header, max_width=(widths or {}).get(key) if tty else None, overflow="fold")
    for row in rows:
        table.add_row(*[v if isinstance(v := row.get(k), Text) else cell_text(v) for k, _ in columns])
    console.print(table)


def emit(
    rows: list[dict[str, Any]],
    fmt: str,
    columns: Sequence[tuple[str, str]],
    title: str | None = None,
    widths: dict[str, int] | None = None,
    json_data: Any = None,
) -> None:
    if fmt == "json":
        emit_json(json_data if json_data is not None else rows)
    elif fmt == "csv":
        emit_csv(
            rows, [k for k, _ in columns] + [k for k in (rows[0] if rows else {}) if k not in dict(columns)]
        )
    else:
        emit_table(rows, columns, title, widths)
