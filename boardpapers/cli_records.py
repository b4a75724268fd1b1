"""CLI commands over structured records: decisions, meetings, show,
interests, actions, risks."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict

import click

from .api import people as people_api
from .api import queries
from .cli_common import _fmt, _fmt_options, _open_store, db_option, main, run_search, search_options
from .render import console, emit, emit_json


@main.command("decisions")
@click.argument("query", required=False)
@click.option("--outcome", help="approved, noted, resolved, agreed, endorsed, ...")
@search_options
def decisions_cmd(query, outcome, body, since, until, limit, as_json, as_csv, db_path):
    """Minuted decisions: ranked by QUERY if given, else newest first."""
    if query:
        run_search(
            query,
            db_path,
            ["decision"],
            body,
            since,
            until,
            limit,
            as_json,
            as_csv,
            outcome=outcome,
            title="decisions",
        )
        return
    store = _open_store(db_path)
    rows = queries.list_decisions(store, body=body, outcome=outcome, since=since, until=until, limit=limit)
    fmt = _fmt(as_json, as_csv)
    if fmt != "table":
        emit(
            rows,
            fmt,
            [
                (k, k)
                for k in (
                    "meeting_date",
                    "decided_by",
                    "item_number",
                    "item_title",
                    "outcome",
                    "text",
                    "document",
                    "page",
                    "sha256",
                )
            ],
        )
        return
    console.print(f"[bold]{len(rows)} decisions[/]")
    for i, r in enumerate(rows, 1):
        item = " ".join(x for x in (r.get("item_number"), r.get("item_title")) if x)
        console.print(
            f"[bold cyan]{i:>2}. {r.get('meeting_date') or '?'}[/] {r.get('decided_by') or ''}"
            f"  [bold]{r['outcome']}[/]  item {item}"
        )
        console.print(f"    {r['text']}", highlight=False)
        console.print(f"    [dim]{r['document']} page {r['page']}[/]")


@main.command("meetings")
@click.option("--body", help="Only meetings of this body.")
@_fmt_options
@db_option
def meetings_cmd(body, as_json, as_csv, db_path):
    """One line per meeting, with counts of agenda items and decisions."""
    store = _open_store(db_path)
    rows = queries.list_meetings(store, body=body)
    emit(
        rows,
        _fmt(as_json, as_csv),
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
        title=f"{len(rows)} meetings",
        widths={"document": 28, "body": 40, "location": 24},
    )


@main.group("show")
def show_group():
    """Show one record in full."""


@show_group.command("meeting")
@click.argument("meeting_id", type=int)
@click.option("--json", "as_json", is_flag=True)
@db_option
def show_meeting(meeting_id, as_json, db_path):
    """A meeting's agenda, attendance and decisions."""
    store = _open_store(db_path)
    detail = queries.meeting_detail(store, meeting_id)
    if detail is None:
        raise click.ClickException(f"no meeting with id {meeting_id} (see `boardpapers meetings`)")
    if as_json:
        emit_json(detail)
        return
    m = detail["meeting"]
    console.print(
        f"[bold]{m.get('body') or 'meeting'}[/] {m.get('date') or ''} {m.get('start_time') or ''} "
        f"{m.get('location') or ''} — {m['document']} p.{m['page']}"
    )
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
                ("page", "page"),
            ],
            title="decisions",
            widths={"text": 60},
        )


@main.command("interests")
@click.option("--person", "-p", help="Every register row and declaration for this person.")
@click.option(
    "--diff", is_flag=True, help="What was added, removed or changed between consecutive registers."
)
@click.option("--query", "-q", help="Full-text search over interests instead.")
@click.option("--limit", "-n", type=int, default=200)
@_fmt_options
@db_option
def interests_cmd(person, diff, query, limit, as_json, as_csv, db_path):
    """Registers of interests and declarations made at meetings."""
    if query:
        run_search(query, db_path, ["interest"], None, None, None, limit, as_json, as_csv, title="interests")
        return
    store = _open_store(db_path)
    fmt = _fmt(as_json, as_csv)
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
        rows = queries.rows_with_doc(store, "interests")[:limit]
        for r in rows:
            r["register_date"] = r.get("doc_date")
        emit(rows, fmt, cols, title=f"{len(rows)} interests", widths={"nature": 40, "document": 24})
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
                    f"  {mark} {c['change']}: {row.get('organisation') or ''} — {row.get('nature') or ''}"
                    f"{extra}"
                )


@main.command("actions")
@click.option("--status", type=click.Choice(["open", "closed", "other"]))
@click.option("--owner", help="Owner name (or part of it).")
@click.option("--overdue", is_flag=True, help="Due date passed and not closed in the latest tracker.")
@click.option("--as-of", type=click.DateTime(["%Y-%m-%d"]), help="Date for --overdue (default today).")
@click.option("--query", "-q", help="Full-text search over actions instead.")
@click.option("--limit", "-n", type=int, default=200)
@_fmt_options
@db_option
def actions_cmd(status, owner, overdue, as_of, query, limit, as_json, as_csv, db_path):
    """Actions across trackers, each with its history."""
    if query:
        run_search(query, db_path, ["action"], None, None, None, limit, as_json, as_csv, title="actions")
        return
    store = _open_store(db_path)
    items = queries.actions_view(
        store,
        status=status,
        owner=owner,
        overdue=overdue,
        as_of=as_of.date() if as_of else dt.date.today(),
        owner_record_ids=people_api.owner_action_ids(store, owner) if owner else None,
    )[:limit]
    rows = [asdict(h) | {"seen": len(h.history)} for h in items]
    emit(
        rows,
        _fmt(as_json, as_csv),
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
        title=f"{len(rows)} actions",
        widths={"text": 60},
    )


@main.command("risks")
@click.option("--min-score", type=float, help="Latest (residual) score at least this.")
@click.option("--rising", is_flag=True, help="Score went up since the previous register (or marked ↑/new).")
@click.option("--query", "-q", help="Full-text search over risks instead.")
@click.option("--limit", "-n", type=int, default=200)
@_fmt_options
@db_option
def risks_cmd(min_score, rising, query, limit, as_json, as_csv, db_path):
    """Risks across registers, with their score series."""
    if query:
        run_search(query, db_path, ["risk"], None, None, None, limit, as_json, as_csv, title="risks")
        return
    store = _open_store(db_path)
    items = queries.risks_view(store, min_score=min_score, rising=rising)[:limit]
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
        _fmt(as_json, as_csv),
        [
            ("ref", "ref"),
            ("description", "risk"),
            ("owner", "owner"),
            ("latest", "score"),
            ("series", "series"),
            ("direction", "direction"),
            ("page", "page"),
        ],
        title=f"{len(rows)} risks",
        widths={"description": 60},
    )
