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
    """columns: (key, header). Values that are rich Text are kept as they are."""
    table = Table(title=title, show_lines=False, header_style="bold")
    for key, header in columns:
        table.add_column(header, max_width=(widths or {}).get(key), overflow="fold")
    for row in rows:
        table.add_row(
            *[v if isinstance(v := row.get(k), Text) else ("" if v is None else str(v)) for k, _ in columns]
        )
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
