"""CLI commands over structured records: decisions, meetings, show,
interests, actions, risks."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict

import click
from rich.markup import escape
from rich.text import Text

from .api import people as people_api
from .api import queries
from .cli_common import (
    _notes,
    _open_store,
    db_option,
    fmt_options,
    highlighted,
    limit_option,
    main,
    open_link,
    output_format,
    run_search,
    search_hits,
    search_options,
)
from .render import console, count_heading, emit, emit_csv, emit_json, err_console, plural

# The CSV columns of `decisions`, with or without a query.
DECISION_COLUMNS = [
    "meeting_date",
    "decided_by",
    "item_number",
    "item_title",
    "outcome",
    "text",
    "document_title",
    "document",
    "path",
    "page",
    "link",
    "sha256",
    "id",
    "seen_in",
    "score",
]


def _decision_from_hit(h: dict) -> dict:
    rec = dict(h.get("record") or {})
    for k in ("document_title", "document", "path", "link", "sha256", "page", "score", "snippet_html"):
        rec[k] = h.get(k)
    rec.setdefault("meeting_date", h.get("date"))
    rec.setdefault("text", h.get("text"))
    return rec


def _print_decisions(rows: list[dict]) -> None:
    for i, r in enumerate(rows, 1):
        item = " ".join(x for x in (r.get("item_number"), r.get("item_title")) if x)
        head = Text(f"{i:>2}. {r.get('meeting_date') or 'undated'}", style="bold cyan")
        head.append(f" {r.get('decided_by') or ''}  ")
        head.append(r.get("outcome") or "", style="bold")
        head.append(f"  item {item}" if item else "")
        console.print(head)
        text = " ".join((r.get("text") or "").split())
        console.print(Text("    ").append(highlighted(text, r.get("snippet_html") or "")))
        # "page N of <file>": the document's title alone read as the meeting's when one pack
        # records two boards' meetings (the City & Hackney packs)
        source = r["document"] + (f" ({r['document_title']})" if r.get("document_title") else "")
        console.print(Text(f"    page {r['page']} of {source}  {r['link']}", style="dim"))


@main.command("decisions")
@click.argument("query", required=False)
@click.option("--outcome", help="approved, noted, resolved, agreed, endorsed, ...")
@search_options
def decisions_cmd(
    query, outcome, body, since, until, limit, sort, full, open_first, as_json, as_csv, db_path
):
    """Minuted decisions: ranked by QUERY if given, else newest first."""
    fmt = output_format(as_json, as_csv)
    if query:
        hits, result, warning = search_hits(
            query, db_path, ["decision"], body, since, until, limit, outcome, sort
        )
        _notes(result, warning)
        rows, total = [_decision_from_hit(h) for h in hits], result.total
        if fmt == "json":
            for h in hits:
                h.pop("snippet_html")
            emit_json(
                {
                    "query": query,
                    "total": total,
                    "shown": len(hits),
                    "notice": result.notice,
                    "undated_excluded": result.undated_excluded,
                    "index_warning": warning,
                    "hits": hits,
                }
            )
    else:
        store = _open_store(db_path)
        everything = queries.list_decisions(store, body=body, outcome=outcome, limit=None)
        matching = queries.list_decisions(
            store, body=body, outcome=outcome, since=since, until=until, limit=None
        )
        if since or until:
            undated = sum(1 for r in everything if not (r.get("meeting_date") or r.get("doc_date")))
            if undated:
                err_console.print(
                    f"[yellow]note:[/] {plural(undated, 'undated decision')} left out by --since/--until"
                )
        if sort == "relevance":
            err_console.print("[yellow]note:[/] --sort relevance needs a query; sorted by date")
        rows, total = matching[:limit], len(matching)
        if fmt == "json":
            emit_json(rows)
    if fmt == "csv":
        emit_csv(rows, DECISION_COLUMNS)
    elif fmt == "table":
        console.print(
            Text(
                count_heading(len(rows), total, "decision") + (f" for {query!r}" if query else ""),
                style="bold",
            )
        )
        _print_decisions(rows)
    if open_first and rows:
        open_link(rows[0]["link"])


@main.command("meetings")
@click.option("--body", help="Only meetings of this body.")
@fmt_options
@db_option
def meetings_cmd(body, as_json, as_csv, db_path):
    """One line per meeting, with counts of agenda items and decisions."""
    fmt = output_format(as_json, as_csv)
    store = _open_store(db_path)
    rows = queries.list_meetings(store, body=body)
    emit(
        rows,
        fmt,
        [
            ("id", "id"),
            ("date", "date"),
            ("body", "body"),
            ("kind", "kind"),
            ("items", "items"),
            ("decisions", "decisions"),
            ("document", "document"),
            ("page", "page"),
            ("location", "location"),
        ],
        title=plural(len(rows), "meeting"),
        widths={"document": 28, "body": 40, "location": 24},
    )


@main.group("show")
def show_group():
    """Show one record in full."""


@show_group.command("meeting")
@click.argument("meeting_id", type=click.IntRange(1, 2**63 - 1))
@click.option("--json", "as_json", is_flag=True)
@db_option
def show_meeting(meeting_id, as_json, db_path):
    """A meeting's agenda, attendance, decisions and actions, from every document
    it appears in (--json: the whole meeting)."""
    store = _open_store(db_path)
    detail = queries.meeting_detail(store, meeting_id)
    if detail is None:
        raise click.ClickException(f"no meeting with id {meeting_id} (see `boardpapers meetings`)")
    if as_json:
        emit_json(detail)
        return
    m = detail["meeting"]
    console.print(
        f"[bold]{escape(m.get('body') or 'meeting')}[/] {m.get('date') or ''} {escape(m.get('start_time') or '')} "
        f"{escape(m.get('location') or '')}"
    )
    for a in m["appearances"]:
        console.print(
            Text(f"  {a['kind'] or 'meeting'} in {a['document_title']} page {a['page']}  {a['link']}")
        )
    for table in ("agenda_items", "attendance", "decisions", "actions"):
        for r in detail[table]:
            r["seen"] = "; ".join(f"{a['document']} p.{a['page']}" for a in r["appearances"])
    if detail["agenda_items"]:
        emit(
            detail["agenda_items"],
            "table",
            [
                ("number", "no."),
                ("title", "item"),
                ("lead", "lead"),
                ("purpose", "purpose"),
                ("pages", "pages"),
                ("pdf_pages", "PDF pages"),
                ("time", "time"),
            ],
            title="agenda",
            widths={"title": 50},
        )
    if detail["attendance"]:
        emit(
            detail["attendance"],
            "table",
            [("status", "status"), ("name", "name"), ("role", "role"), ("organisation", "organisation")],
            title="attendance",
        )
    if detail["decisions"]:
        emit(
            detail["decisions"],
            "table",
            [
                ("item_number", "item"),
                ("item_title", "title"),
                ("decided_by", "by"),
                ("outcome", "outcome"),
                ("text", "decision"),
                ("seen", "appears in"),
            ],
            title="decisions",
            widths={"text": 60},
        )
    if detail["actions"]:
        emit(
            detail["actions"],
            "table",
            [
                ("ref", "ref"),
                ("text", "action"),
                ("owner", "owner"),
                ("due", "due"),
                ("status_raw", "status"),
            ],
            title="actions",
            widths={"text": 60},
        )


@main.command("interests")
@click.option("--person", "-p", help="Every register row and declaration for this person.")
@click.option(
    "--diff", is_flag=True, help="What was added, removed or changed between consecutive registers."
)
@click.option("--query", "-q", help="Full-text search over interests instead.")
@limit_option(200)
@fmt_options
@db_option
def interests_cmd(person, diff, query, limit, as_json, as_csv, db_path):
    """Registers of interests and declarations made at meetings."""
    fmt = output_format(as_json, as_csv)
    if diff and not person:
        raise click.UsageError("--diff compares one person's registers: give --person NAME")
    if query:
        run_search(query, db_path, ["interest"], None, None, None, limit, as_json, as_csv, title="interests")
        return
    store = _open_store(db_path)
    cols = [
        ("register_date", "register date"),
        ("register", "register"),
        ("person", "person"),
        ("role", "role"),
        ("organisation", "organisation"),
        ("nature", "nature"),
        ("category", "category"),
        ("declared_on", "declared"),
        ("document", "document"),
        ("page", "page"),
    ]
    if not person:
        everything = queries.rows_with_doc(store, "interests")
        rows = everything[:limit]
        for r in rows:
            r["register_date"] = r.get("doc_date")
        emit(
            rows,
            fmt,
            cols,
            title=count_heading(len(rows), len(everything), "interest"),
            widths={"nature": 40, "document": 24},
        )
        return
    # Resolved people first ("I Williams", "Ian Wiliams" find Ian Williams); text matching
    # only when the name resolves to nobody (a store without people tables yet).
    data = people_api.interests_for(store, person)
    if not data["registers"] and not data["declarations"]:
        data = queries.person_interests(store, person)
    if fmt == "json":
        emit_json(data)
        return
    rows = [r for g in data["registers"] for r in g["rows"]] + data["declarations"]
    if fmt == "csv":
        emit(rows, fmt, cols)
        return
    if not rows:
        console.print(f"no interests found for {person!r}")
        return
    for g in data["registers"]:
        emit(
            g["rows"],
            "table",
            cols[2:],
            title=f"{g['register']} ({g['date'] or 'undated'})",
            widths={"nature": 50, "document": 24},
        )
    if data["declarations"]:
        emit(
            data["declarations"],
            "table",
            [("declared_on", "meeting"), *cols[2:]],
            title="declared at meetings",
            widths={"nature": 50},
        )
    if diff:
        for d in data["diffs"]:
            console.print(
                f"[bold]{d['from']['register']} ({d['from']['date']}) → "
                f"{d['to']['register']} ({d['to']['date']})[/]"
            )
            if not d["changes"]:
                console.print("  no changes")
            for c in d["changes"]:
                row = c["after"] or c["before"]
                if c["change"] == "role changed":
                    console.print(
                        f"  [yellow]~[/] role: {c['before'].get('role')} → {c['after'].get('role')}"
                    )
                    continue
                mark = {"added": "[green]+[/]", "removed": "[red]-[/]", "changed": "[yellow]~[/]"}[
                    c["change"]
                ]
                extra = f" ({', '.join(c['fields'])})" if c["fields"] else ""
                console.print(
                    f"  {mark} {c['change']}: {escape(row.get('organisation') or '')} — "
                    f"{escape(row.get('nature') or '')}{escape(extra)}"
                )


@main.command("actions")
@click.option("--status", type=click.Choice(["open", "closed", "other"]))
@click.option("--owner", help="Owner name (or part of it).")
@click.option("--overdue", is_flag=True, help="Due date passed and not closed in the latest tracker.")
@click.option("--as-of", type=click.DateTime(["%Y-%m-%d"]), help="Date for --overdue (default today).")
@click.option("--query", "-q", help="Full-text search over actions instead.")
@limit_option(200)
@fmt_options
@db_option
def actions_cmd(status, owner, overdue, as_of, query, limit, as_json, as_csv, db_path):
    """Actions across trackers, each with its history."""
    fmt = output_format(as_json, as_csv)
    if query:
        run_search(query, db_path, ["action"], None, None, None, limit, as_json, as_csv, title="actions")
        return
    store = _open_store(db_path)
    everything = queries.actions_view(
        store,
        status=status,
        owner=owner,
        overdue=overdue,
        as_of=as_of.date() if as_of else dt.date.today(),
        owner_record_ids=people_api.owner_action_ids(store, owner) if owner else None,
    )
    rows = [asdict(h) | {"seen": len(h.history)} for h in everything[:limit]]
    emit(
        rows,
        fmt,
        [
            ("ref", "ref"),
            ("text", "action"),
            ("owner", "owner"),
            ("due", "due"),
            ("status_raw", "status"),
            ("first_seen", "first seen"),
            ("last_seen", "last seen"),
            ("seen", "trackers"),
            ("page", "page"),
        ],
        title=count_heading(len(rows), len(everything), "action"),
        widths={"text": 60},
    )


@main.command("risks")
@click.option("--min-score", type=click.FloatRange(0, 10_000), help="Latest (residual) score at least this.")
@click.option(
    "--rising",
    is_flag=True,
    help="Score went up since the previous register; with a single score, marked ↑ or new in the register.",
)
@click.option("--query", "-q", help="Full-text search over risks instead.")
@limit_option(200)
@fmt_options
@db_option
def risks_cmd(min_score, rising, query, limit, as_json, as_csv, db_path):
    """Risks across registers, with their score series."""
    fmt = output_format(as_json, as_csv)
    if query:
        run_search(query, db_path, ["risk"], None, None, None, limit, as_json, as_csv, title="risks")
        return
    store = _open_store(db_path)
    everything = queries.risks_view(store, min_score=min_score, rising=rising)
    items = everything[:limit]
    rows = [
        asdict(s)
        | {
            "latest": s.latest,
            "series": " → ".join("?" if x["score"] is None else f"{x['score']:g}" for x in s.scores),
        }
        for s in items
    ]
    emit(
        rows,
        fmt,
        [
            ("ref", "ref"),
            ("description", "risk"),
            ("owner", "owner"),
            ("latest", "score"),
            ("series", "series"),
            ("trend", "trend"),
            ("page", "page"),
        ],
        title=count_heading(len(rows), len(everything), "risk"),
        widths={"description": 60},
    )
